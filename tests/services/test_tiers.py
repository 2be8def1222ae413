"""The month-end tier job as a branch meets it (both databases): an imported ¥850,000 customer becomes T3 and may
buy a T3 product; downgrades wait two quarters; overrides hold and expire; every change is on record."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select, update

from db.models import Customer, CustomerMonthEnd, TierChange, TierRun
from domain.catalog import ProductSpec
from domain.codes import Role
from domain.errors import DomainError, InvalidValue
from services import customers, positions, suitability, tiers
from services.customer_import import import_customers, import_holdings
from tests.domain.test_customer_import import account, customer_csv, holdings_csv, person
from tests.factories import operator, small_branch
from tests.services.test_complaints import as_user
from tests.services.test_suitability_service import product

NOVEMBER_END = date(2026, 11, 30)
T3_ONLY = ProductSpec(code="WM-T3", name="贵宾理财", family="wealth", risk_level=2, currency="CNY",
                      sale_mode="own", tiers=("T3", "T4", "T5"))  # fmt: skip


@pytest.fixture
def branch(db):
    ids = small_branch(db, date(2026, 11, 20))
    with db.write() as uow:
        product(uow.session, T3_ONLY)
        uow.commit()
    return ids


def supervisor(ids):
    return as_user(ids, Role.SUPERVISOR)


def imported_customer(db, balance: str = "850000.00") -> str:
    added = import_customers(db, customer_csv(person(customer_no="C0000000009", risk_grade="C3",
                                                     risk_assessed_on="2026-10-01")), operator(db), today=date(2026, 11, 20))  # fmt: skip
    assert added.created == 1
    held = import_holdings(
        db,
        holdings_csv(account(customer_no="C0000000009", product_code="TD1Y", balance=balance)),
        operator(db),
        today=date(2026, 11, 20),
    )
    assert held.created == 1
    return "C0000000009"


def sale(db, customer_no):
    return suitability.check_sale(db, customer_no, "WM-T3", Decimal("100000"), "branch", date(2026, 12, 1))


def test_an_imported_customer_with_850000_becomes_t3_at_the_month_end_and_may_buy_a_t3_product(db, branch):
    number = imported_customer(db)
    assert customers.customer_detail(db, number).tier == "T0"
    assert "tier_not_eligible" in [f.code for f in sale(db, number).blocks]

    result = tiers.run_month_end(db, date(2026, 12, 1), supervisor(branch), now=datetime(2026, 12, 1, 8))

    # 张三's ¥120,000 deposit makes him T1 at the same month end.
    assert (result.as_of, result.already, result.upgrades) == (NOVEMBER_END, False, 2)
    detail = customers.customer_detail(db, number)
    assert (detail.tier, detail.star) == ("T3", 5)
    assert "tier_not_eligible" not in [f.code for f in sale(db, number).blocks]
    change = tiers.history(db, number)[0]
    assert (change.old_tier, change.new_tier, change.measure, change.reason, change.by) == (
        "T0",
        "T3",
        Decimal("850000.00"),
        "upgrade",
        "",
    )


def test_one_fen_below_the_floor_stays_below(db, branch):
    number = imported_customer(db, "499999.99")
    tiers.run_month_end(db, NOVEMBER_END, supervisor(branch))
    assert customers.customer_detail(db, number).tier == "T2"


def test_a_second_run_for_the_same_month_end_changes_nothing(db, branch):
    imported_customer(db)
    first = tiers.run_month_end(db, NOVEMBER_END, supervisor(branch))
    again = tiers.run_month_end(db, date(2026, 12, 5), supervisor(branch))
    assert again.already and (again.as_of, again.upgrades) == (NOVEMBER_END, first.upgrades)
    with db.read() as uow:
        assert uow.session.scalar(select(func.count()).select_from(TierRun)) == 1
        changes = uow.session.scalar(select(func.count()).select_from(TierChange))
    tiers.run_month_end(db, NOVEMBER_END, supervisor(branch))
    with db.read() as uow:
        assert uow.session.scalar(select(func.count()).select_from(TierChange)) == changes


@pytest.mark.parametrize("role", [Role.TELLER, Role.MANAGER])
def test_tellers_and_managers_do_not_run_the_job(db, branch, role):
    with pytest.raises(DomainError) as refused:
        tiers.run_month_end(db, NOVEMBER_END, as_user(branch, role))
    assert refused.value.code == "not_permitted"


def _set_tier(db, number, tier):
    with db.write() as uow:
        uow.session.execute(update(Customer).where(Customer.customer_no == number).values(tier=tier))
        uow.commit()


def _month_end_record(db, number, day, aum):
    with db.write() as uow:
        row = uow.session.scalars(select(Customer).where(Customer.customer_no == number)).one()
        uow.session.add(CustomerMonthEnd(month_end=day, customer_id=row.id, branch_id=row.branch_id,
                                         manager_id=row.manager_id, tier=row.tier, aum=aum))  # fmt: skip
        uow.commit()


def test_a_downgrade_needs_two_consecutive_quarter_ends_below(db, branch):
    number = imported_customer(db, "300000.00")  # T2 by the measure
    _set_tier(db, number, "T3")
    tiers.run_month_end(db, NOVEMBER_END, supervisor(branch))
    assert customers.customer_detail(db, number).tier == "T3"  # not a quarter end

    _month_end_record(db, number, date(2026, 9, 30), Decimal("600000"))  # still T3 at the last quarter end
    tiers.run_month_end(db, date(2026, 12, 31), supervisor(branch))
    assert customers.customer_detail(db, number).tier == "T3"

    _month_end_record(db, number, date(2026, 12, 31), Decimal("300000"))
    tiers.run_month_end(db, date(2027, 3, 31), supervisor(branch))
    assert customers.customer_detail(db, number).tier == "T2"
    assert tiers.history(db, number)[0].reason == "downgrade"


def test_an_override_holds_the_tier_until_it_expires(db, branch):
    number = imported_customer(db, "100000.00")  # T1 by the measure
    held = tiers.override(db, supervisor(branch), number, "T3", "行长指定贵宾", date(2026, 12, 31),
                          now=datetime(2026, 11, 20, 9))  # fmt: skip
    assert (held.old_tier, held.new_tier, held.reason, held.by) == ("T0", "T3", "override", "supervisor1")
    tiers.run_month_end(db, NOVEMBER_END, supervisor(branch))
    assert customers.customer_detail(db, number).tier == "T3"

    tiers.run_month_end(db, date(2027, 1, 31), supervisor(branch))  # expired on 31 December
    assert customers.customer_detail(db, number).tier == "T1"
    assert tiers.history(db, number)[0].reason == "override_expired"


def test_an_override_needs_a_supervisor_a_reason_and_a_future_end(db, branch):
    number = imported_customer(db)
    with pytest.raises(DomainError):
        tiers.override(db, as_user(branch, Role.MANAGER), number, "T5", "想要", date(2027, 1, 1))
    with pytest.raises(InvalidValue) as refused:
        tiers.override(db, supervisor(branch), number, "T5", "  ", date(2027, 1, 1))
    assert refused.value.code == "tier_override_reason_required"
    with pytest.raises(InvalidValue) as refused:
        tiers.override(db, supervisor(branch), number, "T5", "原因", date(2026, 11, 19),
                       now=datetime(2026, 11, 20))  # fmt: skip
    assert refused.value.code == "tier_override_expired"
    with pytest.raises(InvalidValue):
        tiers.override(db, supervisor(branch), number, "T9", "原因", date(2027, 1, 1))


def test_the_daily_positions_job_moves_tiers_before_recording_the_month_end(db, branch):
    number = imported_customer(db)
    positions.record_positions(db, date(2026, 12, 1))
    assert customers.customer_detail(db, number).tier == "T3"
    with db.read() as uow:
        recorded = uow.session.execute(
            select(CustomerMonthEnd.tier)
            .join(Customer, Customer.id == CustomerMonthEnd.customer_id)
            .where(Customer.customer_no == number, CustomerMonthEnd.month_end == NOVEMBER_END)
        ).scalar_one()
    assert recorded == "T3"


def test_near_threshold_list_and_eighty_twenty(db, branch):
    near = imported_customer(db, "420000.00")  # 84% of the T3 floor
    tiers.run_month_end(db, NOVEMBER_END, supervisor(branch))
    listed = tiers.near_threshold(db, supervisor(branch))
    assert [(n.customer_no, n.kind, n.next_tier, n.gap) for n in listed if n.customer_no == near] == [
        (near, "upgrade", "T3", Decimal("80000.00"))
    ]
    assert (
        tiers.near_threshold(db, as_user(branch, Role.MANAGER)) == ()
    )  # the imported customer has no manager
    with pytest.raises(DomainError):
        tiers.near_threshold(db, as_user(branch, Role.TELLER))
    exported = tiers.export_near_threshold(db, supervisor(branch))
    assert exported.splitlines()[0].startswith("customer_no,name") and near in exported

    report = tiers.concentration_report(db, supervisor(branch))
    branch_row = report[0]
    assert branch_row.scope == "" and branch_row.customers == 3 and branch_row.top_customers == 1
    assert branch_row.top_aum == Decimal("420000.00")
