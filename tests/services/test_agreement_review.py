"""复核 of issued agreements on SQLite and PostgreSQL (DOMAIN §7.4 step 5, §1 sod_maker_checker): a supervisor other
than the issuer makes an agreement effective; the reviewed copy with the reviewer's name is archived beside the
untouched original, and both verify against the audit chain; a return never takes effect."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select, update

from db import audit
from db.models import Agreement, AgreementVersion, AuditEntry, Product
from domain.errors import DomainError, InvalidValue
from services import agreement_archive, agreement_review, agreements
from services.staff import user_by_login
from tests.approved import approved_reprint, approved_void
from tests.factories import add_second_supervisor
from tests.reports.conftest import Pdf
from tests.services.test_agreements import NOW, ZHANG, issue_wm, manager, shop

LATER = NOW + timedelta(hours=2)


@pytest.fixture
def branch(db):
    shop(db)
    return db


def supervisor(db, login="supervisor1"):
    return user_by_login(db, login)


def review_rows(db) -> tuple[int, int]:
    with db.read() as uow:
        s = uow.session
        versions = s.scalar(select(func.count()).select_from(AgreementVersion))
        entries = s.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "agreement_reviewed")
        )
        return versions, entries


def test_review_makes_it_effective_and_archives_a_reviewed_copy_beside_the_original(branch, tmp_path):
    issued = issue_wm(branch)
    before = agreement_archive.show(branch, issued.number)
    assert before.status == "issued" and before.reviewed_by is None
    assert "复核人：__________" in Pdf(issued.pdf, tmp_path).flat  # the original: signed before the review

    record = agreement_review.review(branch, supervisor(branch), issued.number, now=LATER)

    assert record.status == "effective" and record.reviewed_by == "supervisor1"
    assert record.reviewed_at == LATER and record.review_sha256 is not None
    copy = agreement_archive.reviewed_copy(branch, issued.number)
    text = Pdf(copy, tmp_path).flat
    assert "复核人：supervisor-supervisor1" in text and "复核日期：2026年11月23日" in text
    # The original's bytes are untouched and still verify as the original; the reviewed copy verifies as such.
    assert agreement_archive.original(branch, issued.number) == issued.pdf
    original = agreement_archive.verify(branch, issued.pdf)
    reviewed = agreement_archive.verify(branch, copy)
    assert (original.verdict, original.kind, original.status) == ("valid", "original", "effective")
    assert (reviewed.verdict, reviewed.kind, reviewed.status) == ("valid", "reviewed", "effective")
    assert reviewed.chain_seq > original.chain_seq
    with branch.read() as uow:
        s = uow.session
        version = s.scalars(select(AgreementVersion)).one()
        assert version.supersedes_sha256 == issued.sha256 and version.sha256 == record.review_sha256
        assert version.content_sha256 != issued.content_sha256  # its QR binds the reviewed document
        assert audit.check_chain(s).intact
    # A copy served after the review is the reviewed document marked 副本, and verifies as a copy.
    served = approved_reprint(branch, manager(branch), issued.number, now=LATER)
    assert "复核人：supervisor-supervisor1" in Pdf(served, tmp_path).flat
    assert agreement_archive.verify(branch, served).kind == "copy"


def test_the_issuer_never_reviews_their_own_agreement(branch):
    issued = agreements.issue(branch, supervisor(branch), ZHANG, "TD-X", Decimal("100010"), "1Y", now=NOW)
    with pytest.raises(DomainError) as refused:
        agreement_review.review(branch, supervisor(branch), issued.number, now=LATER)
    assert refused.value.code == "agreement_reviewer_is_issuer"
    with pytest.raises(DomainError) as returned:
        agreement_review.return_agreement(
            branch, supervisor(branch), issued.number, "金额有误请重开", now=LATER
        )
    assert returned.value.code == "agreement_reviewer_is_issuer"
    assert review_rows(branch) == (0, 0)
    assert agreement_archive.show(branch, issued.number).status == "issued"
    # A second supervisor may.
    add_second_supervisor(branch)
    record = agreement_review.review(branch, supervisor(branch, "supervisor2"), issued.number, now=LATER)
    assert record.status == "effective" and record.reviewed_by == "supervisor2"


@pytest.mark.parametrize("login", ["teller1", "manager1", "admin1"])
def test_only_supervisors_review(branch, login):
    issued = issue_wm(branch)
    with pytest.raises(DomainError) as refused:
        agreement_review.review(branch, user_by_login(branch, login), issued.number, now=LATER)
    assert refused.value.code == "not_permitted"
    with pytest.raises(DomainError):
        agreement_review.pending_reviews(branch, user_by_login(branch, login))
    assert review_rows(branch) == (0, 0)


def test_a_returned_agreement_never_takes_effect_and_can_be_voided(branch):
    issued = issue_wm(branch)
    with pytest.raises(InvalidValue) as short:
        agreement_review.return_agreement(branch, supervisor(branch), issued.number, "错误", now=LATER)
    assert short.value.code == "agreement_return_reason_missing"
    record = agreement_review.return_agreement(
        branch, supervisor(branch), issued.number, "  客户签名栏\n漏签  ", now=LATER
    )
    assert (record.status, record.returned_by, record.return_reason) == (
        "returned",
        "supervisor1",
        "客户签名栏 漏签",
    )
    with pytest.raises(DomainError) as again:
        agreement_review.review(branch, supervisor(branch), issued.number, now=LATER)
    assert again.value.code == "agreement_was_returned"
    assert agreement_archive.verify(branch, issued.pdf).status == "returned"
    voided = approved_void(branch, manager(branch), issued.number, "复核退回，重新出具", supervisor(branch))
    assert voided.status == "voided"
    with pytest.raises(DomainError) as void:
        agreement_review.review(branch, supervisor(branch), issued.number, now=LATER)
    assert void.value.code == "agreement_is_voided"


def test_a_review_happens_once(branch):
    issued = issue_wm(branch)
    agreement_review.review(branch, supervisor(branch), issued.number, now=LATER)
    with pytest.raises(DomainError) as twice:
        agreement_review.review(branch, supervisor(branch), issued.number, now=LATER)
    assert twice.value.code == "agreement_already_reviewed"
    with pytest.raises(DomainError) as back:
        agreement_review.return_agreement(
            branch, supervisor(branch), issued.number, "发现金额错误", now=LATER
        )
    assert back.value.code == "agreement_already_reviewed"
    assert review_rows(branch) == (1, 1)


def test_the_review_list_shows_what_waits_oldest_first_and_marks_ones_own(branch):
    first = issue_wm(branch)
    own = agreements.issue(branch, supervisor(branch), ZHANG, "TD-X", Decimal("5000"), "3M", now=LATER)
    third = issue_wm(branch)
    agreement_review.review(branch, supervisor(branch), third.number, now=LATER)
    items = agreement_review.pending_reviews(branch, supervisor(branch))
    assert [(i.number, i.own, i.issued_by) for i in items] == [
        (first.number, False, "manager1"),
        (own.number, True, "supervisor1"),
    ]
    assert items[0].amount == Decimal("50000.00") and items[0].customer_name == "张三"


def test_the_review_list_carries_the_products_english_name_for_the_english_screens(branch):
    with branch.write() as uow:
        uow.session.execute(
            update(Product).where(Product.code == "WM-R2").values(name_en="Steady wealth 180 days")
        )
        uow.commit()
    issue_wm(branch)
    [item] = agreement_review.pending_reviews(branch, supervisor(branch))
    assert (item.product_name, item.product_name_en) == ("稳健理财180天", "Steady wealth 180 days")


def test_the_cooling_off_window_starts_at_the_review(branch):
    private = agreements.issue(
        branch,
        manager(branch),
        ZHANG,
        "WM-PRIV",
        Decimal("300000"),
        now=NOW,
        acknowledged_warnings=("cooling_off",),
    )
    plain = issue_wm(branch)
    assert agreement_archive.show(branch, private.number).cooling_off_ends_at is None  # not effective yet
    reviewed = agreement_review.review(branch, supervisor(branch), private.number, now=LATER)
    assert reviewed.cooling_off_ends_at == LATER + timedelta(hours=24)
    assert (
        agreement_review.review(branch, supervisor(branch), plain.number, now=LATER).cooling_off_ends_at
        is None
    )


def test_a_change_at_another_station_during_the_rendering_saves_nothing(branch, monkeypatch):
    issued = issue_wm(branch)
    real = agreement_review._draft

    def meanwhile(db, user, number, now):
        draft = real(db, user, number, now)
        agreement_review.return_agreement(db, supervisor(db), number, "另一台终端已退回", now=now)
        return draft

    monkeypatch.setattr(agreement_review, "_draft", meanwhile)
    with pytest.raises(DomainError) as refused:
        agreement_review.review(branch, supervisor(branch), issued.number, now=LATER)
    assert refused.value.code == "agreement_was_returned"
    assert review_rows(branch) == (0, 0)
    with branch.read() as uow:
        assert uow.session.scalars(select(Agreement.status)).one() == "returned"
