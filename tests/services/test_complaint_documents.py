"""Printing the complaint documents from the store: each only in the state it fits, the complainant masked for a
reader not on the case, a print in full audited, a refusal writing nothing."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from db import errors
from db.models import AuditEntry
from domain.codes import Role
from domain.errors import DomainError, InvalidValue
from domain.staff import StaffUser
from services import complaint_documents as documents
from services import complaint_views, complaints
from tests.factories import small_branch
from tests.reports.conftest import Pdf
from tests.services.test_complaints import FULL_REPORT, NOW, as_user, register, walk_to_replied


@pytest.fixture
def ids(db):
    return small_branch(db, NOW.date())


def text_of(data: bytes, tmp_path) -> str:
    return re.sub(r"\s+", "", Pdf(data, tmp_path).text)


def printed(db) -> list[tuple[str, str, dict]]:
    with db.read() as uow:
        rows = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == documents.AUDIT_ACTION).order_by(AuditEntry.id)
        ).all()
        return [(r.actor, r.entity_id, r.details) for r in rows]


def audit_count(db) -> int:
    with db.read() as uow:
        return uow.session.scalar(select(func.count()).select_from(AuditEntry))


def outsider(ids) -> StaffUser:
    return StaffUser(ids[Role.ADMIN], "admin1", "admin", Role.ADMIN, "0001", "支行")


def refused(db, user, number, kind, now=NOW, **kw) -> DomainError:
    before = audit_count(db)
    with pytest.raises(DomainError) as caught:
        documents.case_document(db, user, number, kind, now=now, **kw)
    assert audit_count(db) == before  # a refusal writes nothing
    return caught.value


def test_a_transfer_slip_needs_a_handler_and_names_the_case(db, ids, tmp_path):
    case = register(db, ids)
    supervisor = as_user(ids, Role.SUPERVISOR)
    problem = refused(db, supervisor, case.number, "transfer")
    assert (problem.code, problem.params["number"]) == ("complaint_transfer_needs_handler", case.number)
    complaints.assign(db, supervisor, case.number, "manager1", now=NOW)
    text = text_of(documents.case_document(db, supervisor, case.number, "transfer", now=NOW), tmp_path)
    for item in ("客户投诉转办单", case.number, "王小明", "13812345678", "柜员态度冷淡", "2026年11月26日",
                 "示范银行测试支行", "manager-manager1（manager1）", "C0000000001", "teller-teller1"):  # fmt: skip
        assert item in text, item
    assert "遮蔽" not in text
    assert printed(db) == [("supervisor1", case.number, {"document": "transfer"})]


def test_a_reader_not_on_the_case_gets_the_complainant_masked_and_no_audit_entry(db, ids, tmp_path):
    case = register(db, ids)
    complaints.assign(db, as_user(ids, Role.SUPERVISOR), case.number, "manager1", now=NOW)
    text = text_of(documents.case_document(db, outsider(ids), case.number, "transfer", now=NOW), tmp_path)
    assert "王**" in text and "138****5678" in text and "遮蔽" in text
    assert "王小明" not in text and "13812345678" not in text
    assert printed(db) == []
    documents.case_document(db, as_user(ids, Role.MANAGER), case.number, "transfer", now=NOW)
    assert [p[0] for p in printed(db)] == ["manager1"]  # the handler sees it in full: logged
    assert "王小明" not in repr(printed(db))


def test_an_urging_slip_only_near_or_past_the_deadline_of_an_open_case(db, ids, tmp_path):
    case = register(db, ids)  # general: due Thursday 2026-11-26
    supervisor = as_user(ids, Role.SUPERVISOR)
    early = refused(db, supervisor, case.number, "urging")
    assert early.code == "complaint_urging_too_early"
    assert early.params == {"number": case.number, "deadline": "2026-11-26", "date": "2026-11-25"}
    assert complaint_views.show(db, supervisor, case.number, today=NOW.date()).documents == ()
    assert complaint_views.show(db, supervisor, case.number, today=date(2026, 11, 25)).documents == (
        "urging",
    )
    near = documents.case_document(db, supervisor, case.number, "urging", now=datetime(2026, 11, 25, 9, 0))
    assert "剩余1个工作日" in text_of(near, tmp_path)
    late = documents.case_document(db, supervisor, case.number, "urging", now=datetime(2026, 11, 30, 9, 0))
    text = text_of(late, tmp_path)
    for item in (
        "客户投诉督办单",
        "已超时2个工作日",
        "回复期限",
        "2026年12月01日",
        "督办人：supervisor-supervisor1",
    ):
        assert item in text, item
    custom = documents.case_document(
        db,
        supervisor,
        case.number,
        "urging",
        now=datetime(2026, 11, 30, 9, 0),
        urging_text="请今日内答复客户",
    )
    assert "请今日内答复客户" in text_of(custom, tmp_path)
    with pytest.raises(InvalidValue) as long:
        documents.case_document(db, supervisor, case.number, "urging", urging_text="催" * 501, now=NOW)
    assert long.value.code == "complaint_urging_text_too_long"


def test_a_complex_complaint_is_urged_from_its_warning_day_and_a_manual_one_never(db, ids):
    supervisor = as_user(ids, Role.SUPERVISOR)
    product = register(db, ids, category="product")  # warn 2026-12-02, due 2026-12-07
    assert refused(db, supervisor, product.number, "urging", now=datetime(2026, 12, 1, 9, 0)).params[
        "date"
    ] == ("2026-12-02")
    documents.case_document(db, supervisor, product.number, "urging", now=datetime(2026, 12, 2, 9, 0))
    crime = register(db, ids, category="crime")
    assert refused(db, supervisor, crime.number, "urging").code == "complaint_urging_no_deadline"


def test_the_result_report_once_answered_and_no_urging_after(db, ids, tmp_path):
    case = register(db, ids)
    supervisor = as_user(ids, Role.SUPERVISOR)
    problem = refused(db, supervisor, case.number, "result")
    assert (problem.code, problem.params["status"]) == ("complaint_result_not_replied", "registered")
    walk_to_replied(db, ids, case, datetime(2026, 11, 27, 15, 0))  # a day late
    assert refused(db, supervisor, case.number, "urging").code == "complaint_urging_not_open"
    draft = text_of(documents.case_document(db, supervisor, case.number, "result", now=NOW), tmp_path)
    assert "客户投诉处理结果报告单" in draft and "已当面致歉" in draft and "同意处理意见" not in draft
    complaints.close(db, supervisor, case.number, replace(FULL_REPORT, overdue_reason="客户外出"), now=NOW)
    view = complaint_views.show(db, supervisor, case.number)
    assert view.documents == ("transfer", "result")
    text = text_of(documents.case_document(db, supervisor, case.number, "result", now=NOW), tmp_path)
    for item in (
        "柜员未按规范接待",
        "批评教育",
        "服务规范培训",
        "■满意",
        "客户外出",
        "共4个工作日",
        "同意处理意见",
    ):
        assert item in text, item


def test_a_withdrawn_case_has_no_transfer_slip_and_bad_requests_are_named(db, ids):
    case = register(db, ids)
    complaints.withdraw(db, as_user(ids, Role.SUPERVISOR), case.number, "客户自愿撤诉", True, now=NOW)
    supervisor = as_user(ids, Role.SUPERVISOR)
    assert refused(db, supervisor, case.number, "transfer").code == "complaint_document_withdrawn"
    assert refused(db, supervisor, case.number, "result").code == "complaint_result_not_replied"
    with pytest.raises(errors.NotFound) as missing:
        documents.case_document(db, supervisor, "TS0001-2026-09999", "transfer", now=NOW)
    assert missing.value.code == "unknown_complaint"
    for kind in ("register", "receipt"):
        with pytest.raises(InvalidValue) as unknown:
            documents.case_document(db, supervisor, case.number, kind, now=NOW)
        assert unknown.value.code == "complaint_document_unknown"


def test_the_register_lists_the_period_in_the_readers_scope_and_logs_full_views(db, ids, tmp_path):
    inside = register(db, ids)
    other = register(
        db, ids, subject_login=None, complainant_name="刘芳", received_at=datetime(2026, 11, 2, 9, 0)
    )
    register(db, ids, received_at=datetime(2026, 10, 31, 16, 0))  # before the period
    complaints.assign(db, as_user(ids, Role.SUPERVISOR), other.number, "manager1", now=NOW)
    supervisor = as_user(ids, Role.SUPERVISOR)
    data = documents.register_document(db, supervisor, date(2026, 11, 1), date(2026, 11, 30), now=NOW)
    text = text_of(data, tmp_path)
    assert "客户投诉登记簿" in text and "DJB0001-20261101-20261130" in text
    assert inside.number in text and other.number in text and "TS0001-2026-00003" not in text
    assert text.index(other.number) < text.index(inside.number)  # by time received
    assert "王小明" in text and "刘芳" in text and "本期共受理投诉2件" in text
    assert sorted(p[1] for p in printed(db)) == sorted([inside.number, other.number])
    assert {p[2]["document"] for p in printed(db)} == {"register"}
    mine = documents.register_document(db, as_user(ids, Role.MANAGER), date(2026, 11, 1), date(2026, 11, 30))
    text = text_of(mine, tmp_path)
    assert other.number in text and inside.number not in text  # a manager: the cases they handle


def test_a_bad_period_is_refused_and_writes_nothing(db, ids):
    supervisor = as_user(ids, Role.SUPERVISOR)
    before = audit_count(db)
    with pytest.raises(InvalidValue) as reversed_period:
        documents.register_document(db, supervisor, date(2026, 11, 30), date(2026, 11, 1))
    assert reversed_period.value.code == "complaint_register_period_reversed"
    with pytest.raises(InvalidValue) as too_long:
        documents.register_document(db, supervisor, date(2025, 1, 1), date(2026, 11, 30))
    assert too_long.value.code == "complaint_register_period_too_long"
    assert audit_count(db) == before
