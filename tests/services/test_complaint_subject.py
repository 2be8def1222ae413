"""`sod_complaint_handler_not_subject` (DOMAIN §1, §7.7): the person complained about never handles the case, nor
signs it off or archives it as withdrawn, whatever their role; someone else may. SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from domain.complaint_flow import ClosingFacts
from domain.errors import SeparationOfDuties
from services import complaints
from services.staff import user_by_login
from tests.factories import add_other_roles
from tests.services.test_agreements import NOW, shop

REPORT = ClosingFacts("同意", "属实", "批评教育", "培训", "satisfied", "")


@pytest.fixture
def branch(db):
    shop(db)
    add_other_roles(db)
    return db


def about(db, subject: str) -> str:
    case = complaints.register(
        db, user_by_login(db, "lobby1"), channel="walk_in", category="attitude", content="态度差",
        complainant_name="王小明", subject_login=subject, received_at=NOW, now=NOW,
    )  # fmt: skip
    return case.number


def handled(db, number: str, handler: str = "manager1") -> None:
    complaints.assign(db, user_by_login(db, "supervisor1"), number, handler, now=NOW)
    complaints.start_handling(db, user_by_login(db, handler), number, now=NOW)
    complaints.record_reply(db, user_by_login(db, handler), number, "已致歉", now=NOW)


def refused(call, *args, **kwargs) -> None:
    with pytest.raises(SeparationOfDuties) as caught:
        call(*args, **kwargs)
    assert caught.value.code == "complaint_handler_is_subject"


def test_the_person_complained_about_is_never_assigned_the_case(branch):
    number = about(branch, "manager1")
    refused(complaints.assign, branch, user_by_login(branch, "complaints1"), number, "manager1", now=NOW)
    complaints.assign(branch, user_by_login(branch, "complaints1"), number, "wealth1", now=NOW)


def test_a_complaint_officer_complained_about_never_closes_the_case(branch):
    number = about(branch, "complaints1")
    handled(branch, number)
    refused(complaints.close, branch, user_by_login(branch, "complaints1"), number, REPORT, now=NOW)
    assert (
        complaints.close(branch, user_by_login(branch, "head1"), number, REPORT, now=NOW).status == "closed"
    )


def test_a_supervisor_complained_about_never_archives_it_as_withdrawn(branch):
    number = about(branch, "supervisor1")
    supervisor = user_by_login(branch, "supervisor1")
    refused(complaints.withdraw, branch, supervisor, number, "客户自愿撤诉", True, now=NOW)
    withdrawn = complaints.withdraw(
        branch, user_by_login(branch, "head1"), number, "客户自愿撤诉", True, now=NOW
    )
    assert withdrawn.status == "withdrawn"
