"""A past for the demo branch: 13 months of daily positions and month-end tiers, so figures have a trend.

A real branch gets its history from the daily job (services/positions.py) running day after day; the demo
starts today. Each customer's AUM is walked back from today's by a growth rate of their own (some shrink), their
tier at each month end is the tier that AUM reaches, and a customer appears from the day they joined. Days from
the last month end on equal today, so the job's own first run (today, from the live tables) joins on seamlessly.
Only demo-sized books: this walks every customer for every day in Python.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import func, insert, select

from db.models import Customer, CustomerMonthEnd, DailyPosition, Holding, Interaction, Product
from db.session import Database
from demo.rows import tier_for
from domain.money import from_fen
from domain.performance import CONTACT_INTERVAL_DAYS
from domain.periods import month_ends
from domain.profile import AUM_FAMILIES
from services.positions import _write_transitions, previous_month_end, record_positions

HISTORY_DAYS = 400  # over a year: 同期 (the same day last year) needs it


def _customers(session) -> list[tuple[int, int, int | None, str, date, int, int, int, int]]:
    """(id, branch, manager, tier, joined, aum fen, deposits fen, holdings, families) of every customer."""
    rows = session.execute(
        select(
            Customer.id,
            Customer.branch_id,
            Customer.manager_id,
            Customer.tier,
            Customer.created_at,
            Product.family,
            Holding.balance,
        )
        .outerjoin(Holding, (Holding.customer_id == Customer.id) & (Holding.status == "active"))
        .outerjoin(Product, Product.id == Holding.product_id)
    ).all()
    people: dict[int, list] = {}
    for cid, branch, manager, tier, created, family, balance in rows:
        p = people.setdefault(cid, [cid, branch, manager, tier, created.date(), 0, 0, 0, set()])
        if family is None:
            continue
        fen = int(balance * 100)
        p[5] += fen if family in AUM_FAMILIES else 0
        p[6] += fen if family == "deposit" else 0
        p[7] += 1
        p[8].add(family)
    return [(*p[:8], len(p[8])) for p in people.values()]


def _contacts(session) -> dict[int, list[date]]:
    """Each customer's contact days, sorted."""
    days: dict[int, list[date]] = defaultdict(list)
    for cid, at in session.execute(select(Interaction.customer_id, Interaction.occurred_at)):
        days[cid].append(at.date())
    return {cid: sorted(d) for cid, d in days.items()}


def generate_history(db: Database, today: date, seed: int = 1) -> int:
    """Fill the positions tables for the days before today; returns the number of daily rows written."""
    rng = random.Random(seed)
    anchor = previous_month_end(today)  # from here on, the past equals today
    start = today - timedelta(days=HISTORY_DAYS)
    ends = month_ends(start, anchor - timedelta(days=1))
    with db.write() as uow:
        s = uow.session
        if s.scalar(select(func.count()).select_from(DailyPosition)):
            return 0
        people = _customers(s)
        contacts = _contacts(s)
        yearly = {p[0]: rng.uniform(-0.12, 0.30) for p in people}
        growth = {cid: 1 + rate for cid, rate in yearly.items()}

        def back(day: date) -> float:
            """The power that takes today's AUM back to `day`'s (the same float for every customer that day)."""
            return -(max((anchor - day).days, 0) / 365)

        def factor(cid: int, day: date) -> float:
            return growth[cid] ** back(day)

        tier_at: dict[tuple[int, date], str] = {}
        month_rows = []
        for end in ends:
            for cid, branch, manager, _tier, joined, aum, _dep, _h, _f in people:
                if joined > end:
                    continue
                past_aum = round(aum * factor(cid, end))
                past_tier = tier_for(past_aum)
                tier_at[(cid, end)] = past_tier
                month_rows.append(
                    {"month_end": end, "customer_id": cid, "branch_id": branch, "manager_id": manager,
                     "tier": past_tier, "aum": from_fen(past_aum)}
                )  # fmt: skip
        s.execute(insert(CustomerMonthEnd.__table__), month_rows)
        daily = []
        # The walk below is 400 days x every customer: nothing in it is worked out twice. Each customer's last
        # contact on or before the day moves forward with the day (a contact counts as services/positions.py counts it).
        last_contact = {cid: max(d for d in ds if d < start) for cid, ds in contacts.items() if ds[0] < start}
        contacted_on: dict[date, list[int]] = defaultdict(list)
        for cid, ds in contacts.items():
            for d in ds:
                if d >= start:
                    contacted_on[d].append(cid)
        day = start
        while day < today:
            end = next((e for e in ends if e >= day), None)
            groups: dict[tuple, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0, 0])
            power = back(day)
            for cid in contacted_on.get(day, ()):
                last_contact[cid] = day
            for cid, branch, manager, tier, joined, aum, dep, holdings, families in people:
                if joined > day:
                    continue
                f = growth[cid] ** power
                t = tier if end is None else tier_at.get((cid, end), tier)
                g = groups[(branch, manager, t)]
                g[0] += 1
                g[1] += round(aum * f)
                g[2] += round(dep * f)
                g[3] += holdings
                g[4] += families
                if t in CONTACT_INTERVAL_DAYS:
                    g[5] += 1
                    seen = last_contact.get(cid)
                    g[6] += seen is not None and (day - seen).days < CONTACT_INTERVAL_DAYS[t]
            daily += [
                {"day": day, "branch_id": b, "manager_id": m, "tier": t, "customers": g[0],
                 "aum": from_fen(g[1]), "deposits": from_fen(g[2]), "holdings": g[3], "families": g[4],
                 "contact_due": g[5], "contacted": g[6]}
                for (b, m, t), g in groups.items()
            ]  # fmt: skip
            day += timedelta(days=1)
        s.execute(insert(DailyPosition.__table__), daily)
        for end in ends[1:]:
            _write_transitions(s, end)
        uow.commit()
    record_positions(db, today)
    return len(daily)
