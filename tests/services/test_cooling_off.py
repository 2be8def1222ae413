"""The cooling-off window on SQLite and PostgreSQL: cancelling inside it (form + full refund record) and not after it,
to the second; the 回访 task after it, never by the seller and never while the window is open."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select

from db.models import AgreementCancellation, Counter, Task
from domain.cooling_off import needs_follow_up_call
from domain.errors import DomainError, InvalidValue
from domain.identity import mask_account
from services import (
    agreement_archive,
    agreement_cancel,
    agreement_review,
    agreements,
    follow_up_calls,
    inbox,
    profile,
)
from services.staff import user_by_login
from tests.reports.conftest import Pdf
from tests.services.test_agreements import DEMAND_ACCOUNT, NOW, ZHANG, issue_wm, manager, shop

REVIEWED = NOW + timedelta(hours=2)  # Mon 2026-11-23 12:15:30
ENDS = REVIEWED + timedelta(hours=24)  # Tue 2026-11-24 12:15:30


@pytest.fixture
def branch(db):
    shop(db)
    return db


def user(db, login):
    return user_by_login(db, login)


def private_effective(db) -> str:
    issued = agreements.issue(
        db, manager(db), ZHANG, "WM-PRIV", Decimal("300000"), now=NOW, acknowledged_warnings=("cooling_off",),
        account=DEMAND_ACCOUNT,
    )  # fmt: skip
    agreement_review.review(db, user(db, "supervisor1"), issued.number, now=REVIEWED)
    return issued.number


def stored(db) -> tuple[int, int]:
    with db.read() as uow:
        s = uow.session
        forms = s.scalar(select(func.count()).select_from(AgreementCancellation))
        counter = s.scalar(
            select(func.coalesce(func.sum(Counter.value), 0)).where(
                Counter.name.like("cooling_off_cancellation:%")
            )
        )
        return forms, counter


def call_task(db, number) -> SimpleNamespace:
    with db.read() as uow:
        row = uow.session.scalars(select(Task).where(Task.source_key == f"follow_up_call:{number}")).one()
        names = ("status", "outcome", "assignee_id", "due_on", "details")
        return SimpleNamespace(**{name: getattr(row, name) for name in names})


@pytest.mark.parametrize(
    "offset",
    [timedelta(days=-1), timedelta(minutes=-1), timedelta(0)],
    ids=["day_before", "last_minute", "at_end"],
)
def test_a_cancellation_inside_the_window_records_the_form_and_a_full_refund(branch, tmp_path, offset):
    number = private_effective(branch)
    record, pdf = agreement_cancel.cancel(branch, user(branch, "teller1"), number, now=ENDS + offset)
    assert record.refund_amount == Decimal("300000.00") and isinstance(record.refund_amount, Decimal)
    assert record.number == "LQ0001-2026-000001" and record.agreement_number == number
    assert record.refund_account == mask_account(DEMAND_ACCOUNT)  # the settlement account, masked
    assert agreement_archive.show(branch, number).status == "cancelled"
    text = Pdf(pdf, tmp_path).flat
    for expected in (
        "投资冷静期内解除协议申请书",
        number,
        "人民币叁拾万元整",
        "¥300,000.00",
        "2026年11月24日12:15",
    ):
        assert expected in text, expected
    assert stored(branch) == (1, 1)
    assert call_task(branch, number).status == "cancelled"  # nothing left to confirm
    assert agreement_archive.verify(branch, agreement_archive.original(branch, number)).status == "cancelled"
    again, form = agreement_cancel.cancellation(branch, number)
    assert again == record and form == pdf


@pytest.mark.parametrize(
    "offset", [timedelta(seconds=1), timedelta(days=1)], ids=["second_after", "day_after"]
)
def test_after_the_window_a_cancellation_is_refused_and_nothing_is_written(branch, offset):
    number = private_effective(branch)
    with pytest.raises(DomainError) as refused:
        agreement_cancel.cancel(branch, user(branch, "teller1"), number, now=ENDS + offset)
    assert refused.value.code == "agreement_cooling_off_ended"
    assert refused.value.params["ended_at"] == "2026-11-24 12:15"
    assert stored(branch) == (0, 0)
    assert agreement_archive.show(branch, number).status == "effective"


def test_what_cannot_be_cancelled_says_why(branch):
    pending = agreements.issue(
        branch,
        manager(branch),
        ZHANG,
        "WM-PRIV",
        Decimal("300000"),
        now=NOW,
        acknowledged_warnings=("cooling_off",),
    )
    with pytest.raises(DomainError) as not_yet:
        agreement_cancel.cancel(branch, user(branch, "teller1"), pending.number, now=NOW)
    assert not_yet.value.code == "agreement_not_effective"
    plain = issue_wm(branch).number
    agreement_review.review(branch, user(branch, "supervisor1"), plain, now=REVIEWED)
    with pytest.raises(DomainError) as no_window:
        agreement_cancel.cancel(branch, user(branch, "teller1"), plain, now=REVIEWED)
    assert no_window.value.code == "agreement_no_cooling_off"
    number = private_effective(branch)
    with pytest.raises(DomainError) as admin:
        agreement_cancel.cancel(branch, user(branch, "admin1"), number, now=REVIEWED)
    assert admin.value.code == "not_permitted"
    with pytest.raises(InvalidValue):
        agreement_cancel.cancel(branch, user(branch, "teller1"), number, refund_account="62-22", now=REVIEWED)
    unnamed = agreements.issue(
        branch,
        manager(branch),
        ZHANG,
        "WM-PRIV",
        Decimal("300000"),
        now=NOW,
        acknowledged_warnings=("cooling_off",),
    ).number  # no settlement account printed
    agreement_review.review(branch, user(branch, "supervisor1"), unnamed, now=REVIEWED)
    with pytest.raises(InvalidValue) as nowhere:
        agreement_cancel.cancel(branch, user(branch, "teller1"), unnamed, now=REVIEWED)
    assert nowhere.value.code == "agreement_refund_account_required"
    agreement_cancel.cancel(branch, user(branch, "teller1"), number, now=REVIEWED)
    with pytest.raises(DomainError) as twice:
        agreement_cancel.cancel(branch, user(branch, "teller1"), number, now=REVIEWED)
    assert twice.value.code == "agreement_already_cancelled"
    assert stored(branch) == (1, 1)


def test_the_follow_up_call_waits_for_the_window_and_is_never_the_sellers(branch):
    number = private_effective(branch)
    task = call_task(branch, number)
    assert task.assignee_id == user(branch, "supervisor1").id  # the reviewer, not the seller
    assert task.due_on == date(2026, 12, 1)  # 5 working days after Tue 2026-11-24
    supervisor = user(branch, "supervisor1")
    with pytest.raises(DomainError) as early:
        follow_up_calls.record_call(
            branch, supervisor, number, "confirmed", now=ENDS
        )  # the window's last instant
    assert (
        early.value.code == "follow_up_call_too_early"
        and early.value.params["not_before"] == "2026-11-24 12:15"
    )
    with pytest.raises(DomainError) as seller:
        follow_up_calls.record_call(
            branch, manager(branch), number, "confirmed", now=ENDS + timedelta(days=1)
        )
    assert seller.value.code == "follow_up_call_by_seller"
    after = ENDS + timedelta(seconds=1)
    assert follow_up_calls.record_call(branch, supervisor, number, "not_reached", now=after) == "open"
    assert (
        follow_up_calls.record_call(branch, supervisor, number, "confirmed", "客户确认自愿购买", now=after)
        == "done"
    )
    done = call_task(branch, number)
    assert (done.status, done.outcome) == ("done", "confirmed")
    assert [a["outcome"] for a in done.details["attempts"]] == ["not_reached", "confirmed"]
    with pytest.raises(DomainError) as closed:
        follow_up_calls.record_call(branch, supervisor, number, "confirmed", now=after)
    assert closed.value.code == "follow_up_call_not_due"
    # Once the window is over the customer cannot cancel any more.
    with pytest.raises(DomainError):
        agreement_cancel.cancel(branch, user(branch, "teller1"), number, now=after)


def test_an_objection_on_the_call_goes_to_the_supervisors_queue(branch):
    number = private_effective(branch)
    after = ENDS + timedelta(hours=1)
    with pytest.raises(InvalidValue) as bare:
        follow_up_calls.record_call(branch, user(branch, "supervisor1"), number, "objection", now=after)
    assert bare.value.code == "follow_up_call_objection_needs_note"
    follow_up_calls.record_call(
        branch, user(branch, "supervisor1"), number, "objection", "客户称未被告知风险", now=after
    )
    with branch.read() as uow:
        queued = uow.session.scalars(select(Task).where(Task.kind == "follow_up_objection")).one()
        assert queued.assignee_id is None and queued.details["agreement"] == number


def test_only_products_that_need_a_call_get_one(branch):
    plain = issue_wm(branch).number
    agreement_review.review(branch, user(branch, "supervisor1"), plain, now=REVIEWED)
    with branch.read() as uow:
        assert (
            uow.session.scalar(select(func.count()).select_from(Task).where(Task.kind == "follow_up_call"))
            == 0
        )
    assert needs_follow_up_call("insurance", None) and needs_follow_up_call("wealth", 24)
    assert not needs_follow_up_call("wealth", None) and not needs_follow_up_call("deposit", 0)


def test_the_window_starts_at_the_review_not_the_signing(branch):
    number = private_effective(branch)
    assert agreement_archive.show(branch, number).cooling_off_ends_at == datetime(2026, 11, 24, 12, 15, 30)


def test_the_profile_shows_the_window_to_the_second_and_the_inbox_wants_the_calls_outcome(branch):
    number = private_effective(branch)
    pending = issue_wm(branch).number
    teller = user(branch, "teller1")

    def lines(now):
        return {a.number: a for a in profile.load_profile(branch, teller, ZHANG, now=now).agreements}

    at_end, after = lines(ENDS), lines(ENDS + timedelta(seconds=1))
    assert (at_end[number].window, at_end[number].cooling_off_ends_at) == ("open", ENDS)
    assert after[number].window == "ended" and after[pending].window == "pending"
    assert at_end[number].amount == Decimal("300000.00") and at_end[number].status == "effective"
    with branch.read() as uow:
        task_id = uow.session.scalar(select(Task.id).where(Task.kind == "follow_up_call"))
    with pytest.raises(DomainError) as plain_done:
        inbox.complete(branch, user(branch, "supervisor1"), task_id)
    assert plain_done.value.code == "follow_up_call_needs_outcome"
