"""`sod_no_self_dealing` (DOMAIN §1): a staff member whose own identity number is on a customer's record may not
edit it, sell to it, issue its receipts, review its agreements or approve requests about it; a colleague may. On
SQLite and PostgreSQL, each with the boundary: the same step without the recorded number, or by a colleague."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from db.models import Customer, IdDocument
from domain.errors import InvalidValue, SeparationOfDuties
from domain.identity import check_character
from services import (
    agreement_archive,
    agreement_review,
    agreements,
    approvals,
    customer_edit,
    receipts,
    staff,
)
from services.staff import user_by_login
from tests.approved import another_supervisor
from tests.factories import LI_ID, ZHANG_ID, add_other_roles, add_second_supervisor
from tests.services.test_agreements import NOW, ZHANG, issue_wm, shop

# 张三's resident ID with its right check digit (the factory's fixed number predates the checksum check).
OWN_ID = ZHANG_ID[:17] + check_character(ZHANG_ID[:17])


@pytest.fixture
def branch(db):
    shop(db)
    add_other_roles(db)
    with db.write() as uow:
        document = uow.session.scalars(select(IdDocument).where(IdDocument.id_number == ZHANG_ID)).one()
        document.id_number = OWN_ID
        uow.commit()
    return db


def is_zhang(db, login: str) -> None:
    """`login` is 张三 himself: the administrator records their own identity number."""
    staff.set_id_number(db, user_by_login(db, "admin1"), login, OWN_ID)


def zhang_version(db) -> int:
    with db.read() as uow:
        return uow.session.scalars(select(Customer.version).where(Customer.customer_no == ZHANG)).one()


def self_dealing(call, *args, **kwargs) -> None:
    with pytest.raises(SeparationOfDuties) as refused:
        call(*args, **kwargs)
    assert refused.value.code == "self_dealing"


def test_a_manager_may_not_edit_their_own_customer_record(branch):
    manager = user_by_login(branch, "manager1")
    version = customer_edit.update_customer(
        branch, manager, ZHANG, zhang_version(branch), {"address": "上海市徐汇区1号"}
    )
    is_zhang(branch, "manager1")
    self_dealing(
        customer_edit.update_customer, branch, manager, ZHANG, version, {"address": "上海市徐汇区2号"}
    )
    supervisor = user_by_login(branch, "supervisor1")  # a colleague does it
    assert customer_edit.update_customer(branch, supervisor, ZHANG, version, {"address": "上海市徐汇区2号"})


def test_nor_sell_to_themselves_nor_issue_their_own_receipt(branch):
    issue_wm(branch)  # before the number is on file: an ordinary sale
    is_zhang(branch, "manager1")
    self_dealing(issue_wm, branch)
    self_dealing(
        receipts.issue_receipt, branch, user_by_login(branch, "manager1"), station="T03", service="定期存款开户",
        amount=Decimal("100.00"), customer_no=ZHANG, now=NOW,
    )  # fmt: skip
    colleague = user_by_login(branch, "wealth1")
    sold = agreements.issue(
        branch, colleague, ZHANG, "WM-R2", Decimal("50000"), now=NOW, station="T03",
        acknowledged_warnings=("dual_recording_required",),
    )  # fmt: skip
    assert sold.number


def test_a_supervisor_may_not_review_an_agreement_of_their_own(branch):
    issued = issue_wm(branch)
    is_zhang(branch, "supervisor1")
    self_dealing(
        agreement_review.review, branch, user_by_login(branch, "supervisor1"), issued.number, now=NOW
    )
    self_dealing(
        agreement_review.return_agreement, branch, user_by_login(branch, "supervisor1"), issued.number, "金额有误",
        now=NOW,
    )  # fmt: skip
    add_second_supervisor(branch)
    assert agreement_review.review(branch, user_by_login(branch, "supervisor2"), issued.number, now=NOW)


def test_nor_approve_a_request_about_their_own_record(branch):
    manager, head = user_by_login(branch, "manager1"), user_by_login(branch, "head1")
    issued = issue_wm(branch)
    reprint = agreement_archive.request_reprint(branch, manager, issued.number, now=NOW)
    reassign = customer_edit.reassign_customer(
        branch,
        user_by_login(branch, "supervisor1"),
        ZHANG,
        zhang_version(branch),
        user_by_login(branch, "wealth1").id,
        now=NOW,
    )
    is_zhang(branch, "head1")
    self_dealing(approvals.approve, branch, head, reprint.approval_id, now=NOW)
    self_dealing(approvals.reject, branch, head, reassign.approval_id, "不同意", now=NOW)
    self_dealing(approvals.approve, branch, head, reassign.approval_id, now=NOW)
    assert approvals.approve(branch, another_supervisor(branch, manager), reprint.approval_id, now=NOW)


def test_nor_hand_over_a_book_with_their_own_record_in_it(branch):
    pending = customer_edit.reassign_book_by_login(
        branch, user_by_login(branch, "supervisor1"), "manager1", "wealth1"
    )
    is_zhang(branch, "head1")
    self_dealing(approvals.approve, branch, user_by_login(branch, "head1"), pending.approval_id, now=NOW)


def test_a_number_for_someone_else_changes_nothing_and_a_malformed_one_is_refused(branch):
    admin = user_by_login(branch, "admin1")
    staff.set_id_number(branch, admin, "manager1", LI_ID)  # 李四 is not in manager1's way here
    assert customer_edit.update_customer(
        branch, user_by_login(branch, "manager1"), ZHANG, zhang_version(branch), {"address": "新址"}
    )
    with pytest.raises(InvalidValue):
        staff.set_id_number(
            branch, admin, "manager1", OWN_ID[:17] + ("0" if OWN_ID[17] != "0" else "1")
        )  # wrong check digit
    with pytest.raises(InvalidValue):
        staff.add_user(branch, login_name="x9", name="某", role=staff.Role.TELLER, password="Counter2026",
                       actor=admin, id_number="12345")  # fmt: skip
