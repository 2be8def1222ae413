"""The written notice of a manager change (DOMAIN §7.6): after a departing manager's book is moved, a supervisor
prints one page per customer naming the new manager, the branch, a phone and the date; printing is on record and
is the supervisors' (who move books), not a manager's."""

from __future__ import annotations

import re
from datetime import date

import pytest
from sqlalchemy import select

from db.models import AuditEntry, Customer, Staff
from domain.codes import Role
from domain.errors import NotPermitted
from domain.staff import StaffUser
from services import approvals
from services.customer_edit import reassign_book
from services.reassignment_notices import reassignment_notices
from tests.factories import LOGINS, add_second_supervisor, new_staff, small_branch
from tests.reports.conftest import Pdf

TODAY = date.today()


def user(ids, role: Role) -> StaffUser:
    return StaffUser(ids[role], LOGINS[role], role.value, role, "0001", "示范银行测试支行")


@pytest.fixture
def moved(db):
    """manager1's book (two customers) moved to a new manager 接任经理, approved today."""
    ids = small_branch(db, TODAY)
    with db.write() as uow:
        s = uow.session
        for customer in s.scalars(select(Customer)):
            customer.manager_id = ids[Role.MANAGER]
        branch_id = s.get(Staff, ids[Role.MANAGER]).branch_id
        successor = new_staff("manager9", Role.MANAGER, branch_id, name="接任经理")
        successor.phone = "021-64380009"
        s.add(successor)
        s.flush()
        new_id = successor.id
        uow.commit()
    pending = reassign_book(db, user(ids, Role.SUPERVISOR), ids[Role.MANAGER], new_id)
    checker = StaffUser(add_second_supervisor(db), "supervisor2", "主管二", Role.SUPERVISOR, "0001", "")
    approvals.approve(db, checker, pending.approval_id)
    return ids


def test_one_page_per_customer_names_the_new_manager_phone_branch_and_date(db, moved, tmp_path):
    count, data = reassignment_notices(db, user(moved, Role.SUPERVISOR), "manager9", TODAY)
    with db.read() as uow:
        customers = uow.session.execute(
            select(Customer.customer_no, Customer.name).order_by(Customer.customer_no)
        ).all()
    assert count == len(customers) >= 2
    pdf = Pdf(data, tmp_path)
    assert pdf.pages == count
    for page, customer in enumerate(customers, start=1):
        text = re.sub(r"\s+", "", pdf.page_text(page))
        assert "客户经理变更通知书" in text and customer.name in text and customer.customer_no in text
        assert "变更为接任经理" in text and "021-64380009" in text
        assert f"{TODAY.year}年{TODAY.month:02d}月{TODAY.day:02d}日" in text
    with db.read() as uow:
        entry = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "reassignment_notices_printed")
        ).one()
        assert entry.details["customers"] == [c.customer_no for c in customers]


def test_another_day_or_manager_prints_no_one_and_a_manager_may_not_print(db, moved):
    supervisor = user(moved, Role.SUPERVISOR)
    assert reassignment_notices(db, supervisor, "manager9", date(2020, 1, 1))[0] == 0
    assert reassignment_notices(db, supervisor, "manager1", TODAY)[0] == 0
    with pytest.raises(NotPermitted):
        reassignment_notices(db, user(moved, Role.MANAGER), "manager9", TODAY)
