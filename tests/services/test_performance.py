"""Performance figures, checked against the raw tables by plain queries of their own (as an auditor would)."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from db.models import (
    Complaint,
    Customer,
    CustomerMonthEnd,
    DailyPosition,
    Holding,
    Interaction,
    Product,
    Staff,
)
from domain.codes import Role
from domain.errors import InvalidValue, NotPermitted, NotYours, UnknownRecord
from domain.performance import CONTACT_INTERVAL_DAYS, MID_HIGH_TIERS, TIERS, Figure, PlanMetric
from domain.periods import Cadence, Period, period_containing
from domain.profile import AUM_FAMILIES
from domain.staff import StaffUser
from services import performance, performance_drill, positions, sales_plans
from tests.factories import small_branch

TODAY = date(2026, 11, 23)


def _user(db, login: str) -> StaffUser:
    with db.read() as uow:
        row = uow.session.scalar(select(Staff).where(Staff.login == login))
        from db.models import Branch

        branch = uow.session.get(Branch, row.branch_id)
        return StaffUser(row.id, row.login, row.name, Role(row.role), branch.code, branch.name)


def _raw(db):
    """Every customer with manager, tier, created day, AUM and deposits, straight from the live tables."""
    with db.read() as uow:
        s = uow.session
        people = {
            c.id: {"manager": c.manager_id, "tier": c.tier, "created": c.created_at.date(), "aum": Decimal(0),
                   "deposits": Decimal(0), "holdings": 0, "families": set()}
            for c in s.scalars(select(Customer))
        }  # fmt: skip
        for h, family in s.execute(
            select(Holding, Product.family).join(Product).where(Holding.status == "active")
        ):
            p = people[h.customer_id]
            p["aum"] += h.balance if family in AUM_FAMILIES else 0
            p["deposits"] += h.balance if family == "deposit" else 0
            p["holdings"] += 1
            p["families"].add(family)
        contacts: dict[int, list[datetime]] = {}
        for cid, at in s.execute(select(Interaction.customer_id, Interaction.occurred_at)):
            contacts.setdefault(cid, []).append(at)
    return people, contacts


@pytest.fixture
def demo_db(db, demo_copy):
    demo_copy(db, customers=300, seed=3, today=TODAY)
    return db


def test_branch_figures_equal_the_live_tables_and_add_up(demo_db):
    db = demo_db
    card = performance.scorecard(
        db, _user(db, "supervisor1"), period_containing(Cadence.DAY, TODAY), today=TODAY
    )
    people, contacts = _raw(db)
    book = card.book
    assert card.as_of == TODAY
    assert book.customers_end == len(people) == 300
    assert book.aum_end == sum(p["aum"] for p in people.values())
    assert book.deposits_end == sum(p["deposits"] for p in people.values())
    assert book.holdings == sum(p["holdings"] for p in people.values())
    assert book.families == sum(len(p["families"]) for p in people.values())
    tiers = Counter(p["tier"] for p in people.values())
    assert [(t.tier, t.customers) for t in book.tiers] == [(t, tiers[t]) for t in TIERS]
    assert sum(t.aum for t in book.tiers) == book.aum_end
    # the staff table adds up to the branch, customers without a manager in their own row
    assert sum(r.customers for r in card.staff) == book.customers_end
    assert sum(r.aum for r in card.staff) == book.aum_end
    assert sum(r.deposits for r in card.staff) == book.deposits_end
    # contact plan: T1+ customers with a contact inside their tier's interval up to today
    end = datetime.combine(TODAY + timedelta(days=1), datetime.min.time())
    due = [cid for cid, p in people.items() if p["tier"] in CONTACT_INTERVAL_DAYS]
    contacted = [
        cid
        for cid in due
        if any(
            end - timedelta(days=CONTACT_INTERVAL_DAYS[people[cid]["tier"]]) <= at < end
            for at in contacts.get(cid, [])
        )
    ]
    assert (book.contact_due, book.contacted) == (len(due), len(contacted))
    assert book.contact_coverage is not None
    # the demo has a year of history: the trend runs the 30 days to today, 同期 is known
    assert len(book.trend) == 30 and book.trend[-1].aum == book.aum_end
    assert book.deposits_last_year is not None
    assert card.complaints is not None and card.complaints.total == 0  # none received today


def test_a_managers_figures_are_their_book_only(demo_db):
    db = demo_db
    manager = _user(db, "manager1")
    card = performance.scorecard(db, manager, period_containing(Cadence.MONTH, TODAY), today=TODAY)
    people, _contacts = _raw(db)
    mine = [p for p in people.values() if p["manager"] == manager.id]
    assert card.book.customers_end == len(mine) > 0
    assert card.book.aum_end == sum(p["aum"] for p in mine)
    new = [p for p in mine if p["created"] >= date(2026, 11, 1)]
    assert card.book.new_customers == len(new)
    assert card.staff == () and card.complaints is None
    drill = performance_drill.drill(db, manager, Figure.BOOK, card.period, today=TODAY)
    assert drill.total == card.book.customers_end
    assert [r.aum for r in drill.rows] == sorted((r.aum for r in drill.rows), reverse=True)
    tier = next(t for t in card.book.tiers if t.customers)
    by_tier = performance_drill.drill(db, manager, Figure.BOOK, card.period, tier=tier.tier, today=TODAY)
    assert by_tier.total == tier.customers and {r.tier for r in by_tier.rows} == {tier.tier}


def test_year_figures_count_moves_between_month_ends_and_drill_to_the_same_customers(demo_db):
    db = demo_db
    supervisor = _user(db, "supervisor1")
    year = period_containing(Cadence.YEAR, TODAY)
    card = performance.scorecard(db, supervisor, year, today=TODAY)
    with db.read() as uow:
        start = dict(
            uow.session.execute(
                select(CustomerMonthEnd.customer_id, CustomerMonthEnd.tier).where(
                    CustomerMonthEnd.month_end == date(2025, 12, 31)
                )
            ).all()
        )
        end = dict(
            uow.session.execute(
                select(CustomerMonthEnd.customer_id, CustomerMonthEnd.tier).where(
                    CustomerMonthEnd.month_end == date(2026, 10, 31)
                )
            ).all()
        )
    up = [c for c, t in start.items() if c in end and end[c] > t]
    down = [c for c, t in start.items() if c in end and end[c] < t]
    assert (card.book.moved_up, card.book.moved_down) == (len(up), len(down))
    mid_high = [c for c, t in start.items() if t in MID_HIGH_TIERS]
    kept = [c for c in mid_high if end.get(c) in MID_HIGH_TIERS]
    assert (card.book.mid_high_start, card.book.mid_high_kept) == (len(mid_high), len(kept))
    for figure, expected in ((Figure.MOVED_UP, up), (Figure.MOVED_DOWN, down)):
        listed = performance_drill.drill(db, supervisor, figure, year, today=TODAY)
        assert listed.total == len(expected)
    lost = performance_drill.drill(db, supervisor, Figure.MID_HIGH_LOST, year, today=TODAY)
    assert lost.total == len(mid_high) - len(kept)
    with db.read() as uow:
        received = uow.session.execute(select(Complaint.replied_at, Complaint.is_major)).all()
    complaints = card.complaints
    assert complaints.total == len(received) == sum(r.count for r in complaints.by_category)
    assert sum(r.count for r in complaints.by_channel) == complaints.total
    assert complaints.answered == sum(1 for replied, _major in received if replied is not None)
    assert complaints.major == sum(1 for _replied, major in received if major)


def test_the_daily_job_replaces_its_day_and_carries_the_last_day_over_a_gap(db):
    ids = small_branch(db, TODAY)
    first = positions.record_positions(db, TODAY)
    assert first.groups == 2 and first.carried_days == 0
    assert first.month_end == date(2026, 10, 31)  # the first run after a month ends records it
    with db.write() as uow:
        uow.session.execute(
            update(Holding)
            .values(balance=Decimal("130000.00"))
            .where(Holding.account_no == "6222020000000001")
        )
        uow.commit()
    again = positions.record_positions(db, TODAY)
    assert again.month_end is None  # once per month end
    assert positions.record_positions(db, TODAY, if_missing=True) is None  # sign-in: the day is recorded
    with db.write() as uow:  # business after the day's last run, before the branch closed
        uow.session.execute(
            update(Holding)
            .values(balance=Decimal("150000.00"))
            .where(Holding.account_no == "6222020000000001")
        )
        uow.commit()
    later = positions.record_positions(db, TODAY + timedelta(days=3), if_missing=True)
    assert (
        later.carried_days == 3
    )  # the last recorded day closed with what it ended on, two closed days after
    with db.read() as uow:
        rows = uow.session.execute(
            select(DailyPosition.day, DailyPosition.customers, DailyPosition.deposits).order_by(
                DailyPosition.day
            )
        ).all()
    per_day = Counter(day for day, _n, _d in rows)
    assert set(per_day.values()) == {2}  # no day written twice
    assert {d for d, *_ in rows} == {TODAY + timedelta(days=k) for k in range(4)}
    totals = {}
    for day, _n, deposits in rows:
        totals[day] = totals.get(day, 0) + deposits
    assert totals[TODAY] == totals[TODAY + timedelta(days=2)] == Decimal("158000.50")
    supervisor = _user(db, "supervisor1")
    period = Period(Cadence.CUSTOM, TODAY, TODAY + timedelta(days=3))
    card = performance.scorecard(db, supervisor, period, today=TODAY + timedelta(days=3))
    assert card.book.deposits_daily_average == Decimal("158000.50")
    assert card.book.customers_end == 2 and ids[Role.MANAGER]


def test_a_tier_change_between_month_ends_is_a_move_and_opens_to_the_customer(db):
    ids = small_branch(db, TODAY)
    positions.record_positions(db, date(2026, 10, 5))  # records 09-30; the tier job makes ¥120,000 T1 first
    with db.write() as uow:
        uow.session.execute(update(Customer).values(tier="T2").where(Customer.customer_no == "C0000000001"))
        uow.commit()
    positions.record_positions(db, date(2026, 11, 2))  # records 10-31 and the moves since 09-30
    manager = _user(db, "manager1")
    card = performance.scorecard(db, manager, period_containing(Cadence.MONTH, TODAY), today=TODAY)
    assert [(m.from_tier, m.to_tier, m.customers) for m in card.book.moves] == [("T1", "T2", 1)]
    assert card.book.moved_up == 1 and card.book.moved_down == 0
    listed = performance_drill.drill(db, manager, Figure.MOVED_UP, card.period, today=TODAY)
    assert [(r.customer_no, r.detail, r.aum) for r in listed.rows] == [
        ("C0000000001", "T1→T2", Decimal("120000.00"))  # the AUM at the month end that set the tier
    ]
    assert ids


def test_people_see_their_own_figures_only(db):
    small_branch(db, TODAY)
    positions.record_positions(db, TODAY)
    period = period_containing(Cadence.MONTH, TODAY)
    teller = _user(db, "teller1")
    with pytest.raises(NotYours) as error:
        performance.scorecard(db, teller, period, "manager1", today=TODAY)
    assert error.value.code == "figures_of_others_not_allowed"
    with pytest.raises(NotYours) as error:
        performance.scorecard(db, _user(db, "admin1"), period, today=TODAY)
    assert error.value.code == "figures_not_allowed"
    own = performance.scorecard(db, teller, period, today=TODAY)
    assert own.book is None and own.scope_login == "teller1"  # a teller has no book
    listed = performance_drill.drill(db, _user(db, "manager1"), Figure.BOOK, period, today=TODAY)
    assert [r.name for r in listed.rows] == ["张三"]
    everyone = performance_drill.drill(db, teller, Figure.OVERDUE_TASKS, period, today=TODAY)
    assert everyone.total == 0
    with pytest.raises(UnknownRecord) as error:
        performance.scorecard(db, _user(db, "supervisor1"), period, "nobody", today=TODAY)
    assert error.value.code == "unknown_staff"
    with pytest.raises(InvalidValue) as error:
        performance.scorecard(
            db, teller, period_containing(Cadence.DAY, TODAY + timedelta(days=1)), today=TODAY
        )
    assert error.value.code == "period_in_future"


def test_plans_are_set_by_a_supervisor_and_measured_to_date(db):
    small_branch(db, TODAY)
    positions.record_positions(db, date(2026, 10, 31))
    positions.record_positions(db, date(2026, 11, 1))  # the next morning closes 10-31 as it stood
    with db.write() as uow:
        uow.session.execute(
            update(Holding)
            .values(balance=Decimal("100000.00"))
            .where(Holding.account_no == "6222020000000001")
        )
        uow.commit()
    positions.record_positions(db, TODAY)
    supervisor = _user(db, "supervisor1")
    month = period_containing(Cadence.MONTH, TODAY)
    with pytest.raises(NotPermitted) as error:
        sales_plans.set_plan(db, _user(db, "manager1"), PlanMetric.DEPOSIT_GROWTH, month, Decimal("1"))
    assert error.value.code == "plans_need_supervisor"
    sales_plans.set_plan(db, supervisor, PlanMetric.DEPOSIT_GROWTH, month, Decimal("50000.00"))
    sales_plans.set_plan(db, supervisor, PlanMetric.DEPOSIT_GROWTH, month, Decimal("40000.00"))  # replaces
    assert [p.target for p in sales_plans.list_plans(db, supervisor, month.first, month.last)] == [
        Decimal("40000.00")
    ]
    card = performance.scorecard(db, supervisor, period_containing(Cadence.DAY, TODAY), today=TODAY)
    (plan,) = card.plans
    assert plan.actual == Decimal("-20000.00")  # 128,000.50 at 10-31, 108,000.50 today
    assert plan.completion == Decimal("-50.0")
    for text, code in (
        ("abc", "plan_target_malformed"),
        ("-5", "plan_target_out_of_range"),
        ("1.234", "plan_target_malformed"),
    ):
        with pytest.raises(InvalidValue) as error:
            sales_plans.parse_target(text, PlanMetric.DEPOSIT_GROWTH)
        assert error.value.code == code
    with pytest.raises(InvalidValue) as error:
        sales_plans.parse_target("2.5", PlanMetric.NEW_CUSTOMERS)
    assert error.value.code == "plan_target_not_whole"


def test_each_drill_down_lists_as_many_rows_as_its_figure_counts(demo_db):
    db = demo_db
    supervisor = _user(db, "supervisor1")
    year = period_containing(Cadence.YEAR, TODAY)
    card = performance.scorecard(db, supervisor, year, today=TODAY)
    expected = {
        Figure.NEW_CUSTOMERS: card.book.new_customers,
        Figure.MOVED_UP: card.book.moved_up,
        Figure.MOVED_DOWN: card.book.moved_down,
        Figure.CONTACT_DUE: card.book.contact_due - card.book.contacted,
        Figure.REFERRALS_CONVERTED: card.activity.referrals_converted,
        Figure.RECOMMENDATIONS_ACCEPTED: card.activity.recommendations_accepted,
        Figure.AGREEMENTS: card.activity.agreements_issued,
        Figure.OVERDUE_TASKS: card.activity.overdue_tasks,
    }
    for figure, count in expected.items():
        assert performance_drill.drill(db, supervisor, figure, year, today=TODAY).total == count, figure
    move = card.book.moves[0]
    one_cell = performance_drill.drill(
        db,
        supervisor,
        Figure.MOVED_UP if move.up else Figure.MOVED_DOWN,
        year,
        move=(move.from_tier, move.to_tier),
        today=TODAY,
    )
    assert one_cell.total == move.customers
    assert {r.detail for r in one_cell.rows} == {f"{move.from_tier}→{move.to_tier}"}
