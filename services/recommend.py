"""Recommendations from the database (DOMAIN §6): one customer, or a manager's whole book, in a few queries.

The facts are read in bulk by services/recommend_facts.py; the weights are the shipped
resources/recommend/weights.yaml, read once per process.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import errors
from db.models import (
    Branch,
    Customer,
    Staff,
)
from db.session import Database
from domain.catalog import ProductSpec
from domain.errors import UnknownRecord
from domain.paths import resource_path
from domain.permissions import Action, require
from domain.recommend import (
    SHIPPED_FILE,
    HoldingFact,
    PeerStats,
    Prepared,
    Recommendation,
    RecommendCustomer,
    SuitabilityCache,
    Weights,
    batch_collection_paused,
    parse_weights,
    prepare,
    recommend,
)
from domain.sales import held_qualifications, seller_findings
from domain.staff import StaffUser
from domain.suitability import SaleChannel
from domain.suitability.model import Finding
from services import book_workers
from services.recommend_facts import load_catalogue, load_customers, peer_stats

_CHUNK = 2000  # customers per bulk read: bounded memory and bound parameters


@functools.cache
def shipped_weights() -> Weights:
    return parse_weights(resource_path(*SHIPPED_FILE).read_text(encoding="utf-8"))


class _Batch:
    """One unit of work's reads shared by every customer of a call: catalogue, peers per branch, the cache."""

    def __init__(
        self,
        session: Session,
        as_of: date,
        weights: Weights | None = None,
        peers: Mapping[int, PeerStats] | None = None,  # per branch, read already (a worker process)
    ) -> None:
        self.session, self.as_of = session, as_of
        entries, self.products = load_catalogue(session)
        self.prepared: Prepared = prepare(entries, weights or shipped_weights())
        self.cache = SuitabilityCache()
        self._peers: dict[int, PeerStats] = dict(peers or {})

    def peers(self, branch_id: int) -> PeerStats:
        if branch_id not in self._peers:
            self._peers[branch_id] = peer_stats(self.session, branch_id, self.as_of)
        return self._peers[branch_id]

    def run(self, ids: Sequence[int], channel: str) -> list[tuple[RecommendCustomer, Recommendation]]:
        """The customers `ids` names (a chunk of at most `_CHUNK`), by customer number."""
        rows = load_customers(self.session, ids, self.as_of, self.products)
        with batch_collection_paused():
            return [
                (
                    facts,
                    recommend(
                        facts,
                        self.prepared,
                        self.as_of,
                        self.peers(branch),
                        channel=channel,
                        cache=self.cache,
                    ),
                )
                for branch, facts in rows
            ]


def recommend_for(
    db: Database, customer_no: str, as_of: date, channel: str = SaleChannel.BRANCH.value
) -> Recommendation:
    """The recommendation for one customer on `as_of`; NotFound `unknown_customer` for an unknown number."""
    return recommend_shown(db, customer_no, as_of, channel).recommendation


@dataclass(frozen=True)
class ShownRecommendation:
    """What the recommendation panel shows: the recommendation, the catalogue entries of the products it names
    (for the key terms: minimum, term, rate, risk level) and how many cards the weights file shows."""

    recommendation: Recommendation
    products: Mapping[str, ProductSpec]
    max_shown: int
    # Recommended products the person asking may not sell themselves (a teller's fund, a manager's insurance
    # without the qualification): what stops them, so the panel offers the referral instead of 办理.
    refer: Mapping[str, Finding] = field(default_factory=dict)


def recommend_shown(
    db: Database,
    customer_no: str,
    as_of: date,
    channel: str = SaleChannel.BRANCH.value,
    seller: StaffUser | None = None,
) -> ShownRecommendation:
    """`recommend_for` with the catalogue entries, read in the same transaction; with `seller`, also which
    recommended products that person may not sell (domain/sales.py, the rule the sale itself applies)."""
    if seller is not None:
        require(seller, Action.RECOMMEND_VIEW)
    number = customer_no.strip().upper()
    with db.read() as uow:
        session = uow.session
        customer_id = session.scalar(select(Customer.id).where(Customer.customer_no == number))
        if customer_id is None:
            raise errors.unknown_customer(number)
        batch = _Batch(session, as_of)
        rec = batch.run([customer_id], channel)[0][1]
        products = {e.code: e.spec for e in batch.prepared.entries if e.spec is not None}
        refer = {} if seller is None else _not_theirs(session, seller, rec, products, as_of)
        return ShownRecommendation(rec, products, batch.prepared.weights.max_shown, refer)


def _not_theirs(
    session: Session,
    seller: StaffUser,
    rec: Recommendation,
    products: Mapping[str, ProductSpec],
    as_of: date,
) -> dict[str, Finding]:
    stored = session.scalar(select(Staff.qualifications).where(Staff.id == seller.id)) or []
    held = held_qualifications(stored, as_of)
    refer: dict[str, Finding] = {}
    for item in rec.recommended:
        spec = products.get(item.product)
        if spec is None:
            continue
        found = seller_findings(seller.role, held, spec.family, spec.needs_assessment)
        if found:
            refer[item.product] = found[0]
    return refer


@dataclass(frozen=True)
class Opportunity:
    """One customer of a book, as the weekly call plan lists them."""

    customer_no: str
    name: str
    tier: str
    next_maturity: date | None  # the earliest holding maturing within the window
    maturing_amount: Decimal | None
    top_score: int
    products: tuple[str, ...]  # the top recommendations (weights' max_shown)
    reasons: tuple[str, ...]  # the reason codes of the first product
    alerts: tuple[str, ...]  # id_expiring, assessment_expiring


def _rank(opportunities: list[Opportunity]) -> list[Opportunity]:
    """Maturities first (earliest first), then the best score, then customer number."""
    return sorted(
        opportunities,
        key=lambda o: (o.next_maturity is None, o.next_maturity or date.max, -o.top_score, o.customer_no),
    )


def opportunities(
    db: Database, manager_login: str, as_of: date, channel: str = SaleChannel.BRANCH.value
) -> list[Opportunity]:
    """The manager's whole book ranked by opportunity. DomainError `unknown_manager` for an unknown login."""
    with db.read() as uow:
        session = uow.session
        manager_id = session.scalar(select(Staff.id).where(Staff.login == manager_login.strip()))
        if manager_id is None:
            raise UnknownRecord("unknown_manager", login=manager_login.strip())
        batch = _Batch(session, as_of)
        book = session.execute(
            select(Customer.id, Customer.customer_no, Customer.name, Customer.branch_id)
            .where(Customer.manager_id == manager_id)
            .order_by(Customer.id)
        ).all()
        names = {number: name for _id, number, name, _b in book}
        ids = [customer_id for customer_id, _n, _name, _b in book]
        workers = book_workers.workers_for(db, len(ids))
        if workers > 1:  # a large book: the other parts in worker processes, the first one here meanwhile
            peers = {branch: batch.peers(branch) for branch in sorted({b for *_rest, b in book})}
            number_of = {customer_id: number for customer_id, number, _name, _b in book}
            parts = [
                (part, {number_of[i]: names[number_of[i]] for i in part})
                for part in book_workers.split(ids, workers)
            ]
            with book_workers.Pool(db, parts[1:], as_of, channel, peers) as others:
                found = book_opportunities(batch, parts[0][0], names, channel)
                found.extend(others.results())
        else:
            found = book_opportunities(batch, ids, names, channel)
    return _rank(found)


def book_opportunities(
    batch: _Batch, ids: Sequence[int], names: Mapping[str, str], channel: str
) -> list[Opportunity]:
    """The opportunities of the customers `ids` names, read and scored in chunks (unranked)."""
    found: list[Opportunity] = []
    weights = batch.prepared.weights
    with batch_collection_paused():  # a book's results hold no cycles: no collector passes over them
        for start in range(0, len(ids), _CHUNK):
            for facts, rec in batch.run(ids[start : start + _CHUNK], channel):
                found.append(_opportunity(facts, rec, names[rec.customer_no], weights))
    return found


def _opportunity(facts: RecommendCustomer, rec: Recommendation, name: str, weights: Weights) -> Opportunity:
    due = maturity_of(facts.holdings, rec.as_of, weights.maturity_days)
    alerts = set()
    id_expiry = facts.suitability.id_expiry
    if id_expiry is not None and rec.as_of <= id_expiry <= rec.as_of + timedelta(days=weights.id_days):
        alerts.add("id_expiring")
    if _names_expiring_assessment(rec):
        alerts.add("assessment_expiring")
    top = rec.shown(weights.max_shown)
    return Opportunity(
        customer_no=rec.customer_no,
        name=name,
        tier=rec.tier,
        next_maturity=due.maturity_on if due else None,
        maturing_amount=due.balance if due else None,
        top_score=rec.top_score,
        products=tuple(r.product for r in top),
        reasons=tuple(r.code for r in top[0].reasons) if top else (),
        alerts=tuple(sorted(alerts)),
    )


def _names_expiring_assessment(rec: Recommendation) -> bool:
    for item in rec.recommended:  # plain loops: a book checks some fifty reasons per customer
        for r in item.reasons:
            if r.code == "assessment_expiring":
                return True
    return False


def branch_book(
    db: Database, as_of: date, branch_code: str | None = None, channel: str = SaleChannel.BRANCH.value
) -> Sequence[Recommendation]:
    """Every customer of a branch (all branches without a code), for batch runs and the benchmark."""
    with db.read() as uow:
        session = uow.session
        query = select(Customer.id).order_by(Customer.customer_no)
        if branch_code is not None:
            query = query.join(Branch, Branch.id == Customer.branch_id).where(Branch.code == branch_code)
        ids = list(session.scalars(query))
        batch = _Batch(session, as_of)
        out: list[Recommendation] = []
        with batch_collection_paused():
            for start in range(0, len(ids), _CHUNK):
                out.extend(rec for _facts, rec in batch.run(ids[start : start + _CHUNK], channel))
    return out


def maturity_of(holdings: Sequence[HoldingFact], as_of: date, days: int) -> HoldingFact | None:
    horizon = as_of + timedelta(days=days)
    due = [h for h in holdings if h.maturity_on is not None and as_of <= h.maturity_on <= horizon]
    return min(due, key=lambda h: (h.maturity_on, h.product)) if due else None
