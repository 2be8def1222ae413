"""`sod_maker_checker` (DOMAIN §1) wherever a second person decides: the requester of every approval kind never
decides it, the seller never approves voiding their own sale, and the next person may. SQLite and PostgreSQL."""

from __future__ import annotations

from decimal import Decimal

import pytest

from domain.approvals import Kind
from domain.errors import SeparationOfDuties, SignInRefused
from domain.permissions import APPROVER_ROLES
from services import agreement_archive, agreements, approvals, customer_edit, staff
from services.staff import user_by_login
from tests.factories import PASSWORD, add_other_roles, add_second_supervisor
from tests.services.test_agreements import NOW, ZHANG, issue_wm, shop


@pytest.fixture
def branch(db):
    shop(db)
    add_other_roles(db)
    add_second_supervisor(db)
    return db


def same_person(call, *args, **kwargs) -> None:
    with pytest.raises(SeparationOfDuties) as refused:
        call(*args, **kwargs)
    assert refused.value.code in ("approval_same_person", "void_approver_is_issuer")


def _void(db, who):
    issued = issue_wm(db)
    return agreement_archive.request_void(db, who, issued.number, "客户要求撤销", now=NOW)


def _reprint(db, who):
    return agreement_archive.request_reprint(db, who, issue_wm(db).number, now=NOW)


def _reassign(db, who):
    return customer_edit.reassign_customer(
        db, who, "C0000000002", 1, user_by_login(db, "wealth1").id, now=NOW
    )


def _unlock(db, who):
    for _ in range(5):
        with pytest.raises(SignInRefused):
            staff.login(db, "teller1", "not-" + PASSWORD)
    return staff.request_unlock(db, who, "teller1", now=NOW)


# Each kind filed by someone whose role may also decide it: only then could they approve their own request.
REQUESTS = {
    Kind.AGREEMENT_VOID: ("supervisor1", _void),
    Kind.AGREEMENT_REPRINT: ("supervisor1", _reprint),
    Kind.BOOK_REASSIGN: ("head1", _reassign),
    Kind.STAFF_UNLOCK: ("admin1", _unlock),
}


def test_every_kind_is_covered():
    assert set(REQUESTS) | {Kind.CATALOG_CHANGE} == set(
        Kind
    )  # the catalogue's: tests/services/test_catalog_versions
    assert all(len(roles) >= 1 for roles in APPROVER_ROLES.values())


@pytest.mark.parametrize("kind", list(REQUESTS))
def test_the_requester_never_decides_their_own_request_and_a_second_person_does(branch, kind):
    login, file_request = REQUESTS[kind]
    requester = user_by_login(branch, login)
    pending = file_request(branch, requester)
    same_person(approvals.approve, branch, requester, pending.approval_id, now=NOW)
    same_person(approvals.reject, branch, requester, pending.approval_id, "不同意", now=NOW)
    second = user_by_login(branch, "supervisor2")
    assert approvals.approve(branch, second, pending.approval_id, now=NOW).status == "approved"


def test_the_seller_never_approves_voiding_their_own_sale(branch):
    seller, teller = user_by_login(branch, "supervisor1"), user_by_login(branch, "teller1")
    sold = agreements.issue(branch, seller, ZHANG, "TD-X", Decimal("100010"), "1Y", now=NOW, station="T03")
    pending = agreement_archive.request_void(branch, teller, sold.number, "客户要求撤销", now=NOW)
    same_person(approvals.approve, branch, seller, pending.approval_id, now=NOW)
    assert agreement_archive.show(branch, sold.number).status != "voided"
    approvals.approve(branch, user_by_login(branch, "supervisor2"), pending.approval_id, now=NOW)
    assert agreement_archive.show(branch, sold.number).status == "voided"
