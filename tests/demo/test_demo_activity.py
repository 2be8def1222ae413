"""The demo's activity (demo/activity.py): every section of the dashboard has figures, the same every time."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

import demo
from db.models import Agreement, Receipt, RecommendationOutcome, SalesPlan, Task
from db.session import Database
from domain.periods import Cadence, period_containing
from domain.referrals import REFERRAL_KIND
from services.performance import scorecard
from services.staff import user_by_login

TODAY = date(2026, 11, 23)


def _fingerprint(db: Database) -> tuple:
    with db.read() as uow:
        s = uow.session
        return (
            s.execute(
                select(Task.kind, Task.customer_id, Task.status, Task.outcome, Task.created_at).order_by(
                    Task.id
                )
            ).all(),
            s.execute(
                select(Agreement.number, Agreement.amount, Agreement.sha256).order_by(Agreement.id)
            ).all(),
            s.execute(select(Receipt.number, Receipt.amount, Receipt.sha256).order_by(Receipt.id)).all(),
            s.execute(
                select(RecommendationOutcome.customer_id, RecommendationOutcome.outcome).order_by(
                    RecommendationOutcome.id
                )
            ).all(),
            s.execute(
                select(SalesPlan.metric, SalesPlan.first_day, SalesPlan.target).order_by(SalesPlan.id)
            ).all(),
        )


def test_every_section_has_figures_and_the_same_seed_gives_the_same_activity(db, tmp_path):
    demo.generate(db, customers=300, seed=4, today=TODAY)
    supervisor = user_by_login(db, "supervisor1")
    for cadence in (Cadence.MONTH, Cadence.QUARTER):
        card = scorecard(db, supervisor, period_containing(cadence, TODAY), today=TODAY)
        a = card.activity
        assert a.referrals_made and a.referrals_converted and a.referrals_contacted
        assert a.recommendations_accepted and a.decline_reasons and a.agreements_issued and a.services
        assert a.overdue_tasks and card.plans and card.complaints.total
        assert any(r.code != "deposit" for r in a.agreements)  # not only deposits: fee business too
        assert any(s.referrals_made for s in card.staff) and any(s.agreements for s in card.staff)
        assert any(p.actual for p in card.plans)
    manager = scorecard(db, supervisor, period_containing(Cadence.QUARTER, TODAY), "manager1", today=TODAY)
    assert manager.activity.referrals_received and manager.activity.recommendations and manager.plans
    teller = scorecard(db, supervisor, period_containing(Cadence.QUARTER, TODAY), "teller1", today=TODAY)
    assert teller.activity.referrals_made and teller.activity.services

    with db.read() as uow:
        outcomes = set(uow.session.scalars(select(Task.outcome).where(Task.kind == REFERRAL_KIND)).all())
    assert {"converted", "not_interested", "contacted", ""} <= outcomes

    again = Database(f"sqlite:///{tmp_path / 'again.db'}")
    try:
        from db import schema

        schema.upgrade(again)
        demo.generate(again, customers=300, seed=4, today=TODAY)
        assert _fingerprint(again) == _fingerprint(db)
    finally:
        again.dispose()
