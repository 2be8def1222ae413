"""Recommendations from the database (DOMAIN §6): one customer, or a manager's whole book, in a few queries.

- The catalogue is read once per call (`load_catalogue`): every product row, switched off or not, so each
  appears in the result; an entry this version cannot read is excluded as `product_spec_unreadable`.
- A customer's facts are read in bulk (`_load_customers`: four queries for any number of customers) and built
  exactly as `services.suitability.suitability_facts` builds them (the tests hold the two together), plus the
  active holdings with their maturity dates and balances and the declared annual income.
- Similar customers (`peer_stats`): per segment (tier × life stage on the day) of the customer's branch, how many
  customers there are and how many hold each product: one grouped query each, reused across the batch.
- The weights are the shipped resources/recommend/weights.yaml, read once per process.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import Case, case, func, literal, select
from sqlalchemy.orm import Session, aliased

from db import errors
from db.models import (
    Agreement,
    Branch,
    Customer,
    Holding,
    IdDocument,
    Product,
    RecommendationOutcome,
    RiskAssessment,
    Staff,
)
from db.session import Database
from domain.agreements import Status
from domain.catalog import CatalogInvalid, ProductSpec, spec_from_dict
from domain.codes import AssessmentChannel, HoldingStatus, ProductFamily
from domain.errors import UnknownRecord
from domain.paths import resource_path
from domain.people import LIFE_STAGE_BOUNDS, age_on
from domain.recommend import (
    SHIPPED_FILE,
    AnswerFact,
    CatalogueEntry,
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
from domain.suitability import SaleChannel, SuitabilityCustomer
from domain.suitability.model import Finding
from services import book_workers
from services.suitability import (
    TAG_AML_EDD_PENDING,
    TAG_CIRCUMSTANCES_CHANGED,
    TAG_GUARDIAN_CONSENT,
    TAG_NO_DECISION_AUTHORITY,
)

_CHUNK = 2000  # customers per bulk read: bounded memory and bound parameters
_ANSWER_LOOKBACK_DAYS = 366  # answers older than this never rest an offer (weights' answers.* days are less)


@functools.cache
def shipped_weights() -> Weights:
    return parse_weights(resource_path(*SHIPPED_FILE).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class _ProductRow:
    code: str
    family: str
    liquidity: str | None
    own_wealth: bool


def load_catalogue(session: Session) -> tuple[list[CatalogueEntry], dict[int, _ProductRow]]:
    """Every product row as a catalogue entry, and what holdings need to know of each product by id."""
    entries, by_id = [], {}
    for row in session.execute(
        select(Product.id, Product.code, Product.family, Product.spec, Product.active)
    ):
        try:
            spec = spec_from_dict(row.spec)
        except CatalogInvalid:
            spec = None
        raw = row.spec or {}
        entries.append(CatalogueEntry(row.code, spec, bool(row.active)))
        by_id[row.id] = _ProductRow(
            row.code,
            row.family,
            raw.get("liquidity"),
            row.family == ProductFamily.WEALTH and raw.get("sale_mode") == "own",
        )
    return entries, by_id


def _load_customers(
    session: Session, ids: Sequence[int], as_of: date, products: dict[int, _ProductRow]
) -> list[tuple[int, RecommendCustomer]]:
    """(branch id, facts) for the customers `ids` names (a chunk), by customer number: seven queries of plain
    columns (no ORM objects, no JSON but the customers' tags), each on an indexed customer id (the household's
    children on the household index)."""
    customers = session.execute(
        select(
            Customer.id,
            Customer.customer_no,
            Customer.branch_id,
            Customer.birth_date,
            Customer.civil_capacity,
            Customer.tier,
            Customer.kyc_status,
            Customer.qualified_investor,
            Customer.qualified_until,
            Customer.annual_income,
            Customer.tags,
        )
        .where(Customer.id.in_(ids))
        .order_by(Customer.customer_no)
    ).all()
    latest: dict[int, tuple[str, date, date, str, bool]] = {}
    branch_assessed: set[int] = set()
    for customer_id, grade, assessed_on, valid_until, channel, confirmed in session.execute(
        select(
            RiskAssessment.customer_id,
            RiskAssessment.grade,
            RiskAssessment.assessed_on,
            RiskAssessment.valid_until,
            RiskAssessment.channel,
            RiskAssessment.confirmed,
        )
        .where(RiskAssessment.customer_id.in_(ids), RiskAssessment.assessed_on <= as_of)
        .order_by(RiskAssessment.customer_id, RiskAssessment.assessed_on.desc(), RiskAssessment.id.desc())
    ):
        latest.setdefault(customer_id, (grade, assessed_on, valid_until, channel, confirmed))
        if channel == AssessmentChannel.BRANCH:
            branch_assessed.add(customer_id)
    expiry: dict[int, date | None] = {}
    for customer_id, day in session.execute(
        select(IdDocument.customer_id, IdDocument.expiry)
        .where(IdDocument.customer_id.in_(ids))
        .order_by(IdDocument.customer_id, IdDocument.id.desc())
    ):
        expiry.setdefault(customer_id, day)
    held: dict[int, list[HoldingFact]] = defaultdict(list)
    bought_wmp: set[int] = set()
    active = HoldingStatus.ACTIVE.value
    for customer_id, product_id, status, balance, opened_on, maturity_on in session.execute(
        select(
            Holding.customer_id,
            Holding.product_id,
            Holding.status,
            Holding.balance,
            Holding.opened_on,
            Holding.maturity_on,
        ).where(Holding.customer_id.in_(ids))
    ):
        product = products[product_id]
        if product.own_wealth and opened_on <= as_of:
            bought_wmp.add(customer_id)
        if status == active:
            held[customer_id].append(
                HoldingFact(product.code, product.family, balance, opened_on, maturity_on, product.liquidity)
            )
    answers: dict[int, list[AnswerFact]] = defaultdict(list)
    since = datetime.combine(as_of - timedelta(days=_ANSWER_LOOKBACK_DAYS), datetime.min.time())
    until = datetime.combine(as_of + timedelta(days=1), datetime.min.time())
    for customer_id, product_id, outcome, recorded_at in session.execute(
        select(
            RecommendationOutcome.customer_id,
            RecommendationOutcome.product_id,
            RecommendationOutcome.outcome,
            RecommendationOutcome.recorded_at,
        ).where(
            RecommendationOutcome.customer_id.in_(ids),
            RecommendationOutcome.recorded_at >= since,
            RecommendationOutcome.recorded_at < until,
        )
    ):
        answers[customer_id].append(AnswerFact(products[product_id].code, outcome, recorded_at.date()))
    # A product just sold rests like an accepted offer (issue 13: no 办理 on what the customer bought today).
    for customer_id, product_id, issued_at in session.execute(
        select(Agreement.customer_id, Agreement.product_id, Agreement.issued_at).where(
            Agreement.customer_id.in_(ids),
            Agreement.issued_at >= since,
            Agreement.issued_at < until,
            Agreement.status.notin_(Status.NOT_SOLD),
        )
    ):
        if product_id in products:
            answers[customer_id].append(AnswerFact(products[product_id].code, "accepted", issued_at.date()))
    # The household's children (户 relation 子女): 教育储蓄 is offered to an adult for a child of its ages.
    children: dict[int, list[date]] = defaultdict(list)
    child = aliased(Customer)
    for customer_id, born in session.execute(
        select(Customer.id, child.birth_date)
        .join(child, child.household_id == Customer.household_id)
        .where(Customer.id.in_(ids), child.household_relation == "child", child.id != Customer.id)
    ):
        children[customer_id].append(born)
    out = []
    for c in customers:
        tags = set(c.tags or ())
        a = latest.get(c.id)
        holdings = tuple(sorted(held.get(c.id, ()), key=_holding_order))
        facts = SuitabilityCustomer(
            birth_date=c.birth_date,
            civil_capacity=c.civil_capacity,
            tier=c.tier,
            kyc_status=c.kyc_status,
            id_expiry=expiry.get(c.id),
            aml_edd_pending=TAG_AML_EDD_PENDING in tags,
            guardian_consent=TAG_GUARDIAN_CONSENT in tags,
            qualified_investor=c.qualified_investor,
            qualified_until=c.qualified_until,
            risk_grade=a[0] if a else None,
            assessed_on=a[1] if a else None,
            risk_valid_until=a[2] if a else None,
            assessment_channel=a[3] if a else None,
            assessment_confirmed=a[4] if a else True,
            change_reported=TAG_CIRCUMSTANCES_CHANGED in tags,
            has_branch_assessment=c.id in branch_assessed,
            held_products=frozenset(h.product for h in holdings),
            has_bought_bank_wmp=c.id in bought_wmp,
            lacks_decision_authority=TAG_NO_DECISION_AUTHORITY in tags,
            financial_assets=None,
        )
        given = answers.get(c.id)
        out.append(
            (
                c.branch_id,
                RecommendCustomer(
                    customer_no=c.customer_no,
                    suitability=facts,
                    holdings=holdings,
                    annual_income=c.annual_income,
                    branch=str(c.branch_id),
                    answers=tuple(sorted(given, key=_answer_order)) if given else (),
                    children_born=tuple(sorted(children.get(c.id, ()))),
                ),
            )
        )
    return out


def _holding_order(h: HoldingFact) -> tuple[str, date]:
    return h.product, h.opened_on


def _answer_order(a: AnswerFact) -> tuple[date, str]:
    return a.on, a.product


def _born_by(as_of: date, years: int) -> date:
    """The last birth date that makes a person `years` old on `as_of` (as `age_on` counts 29 February)."""
    try:
        day = as_of.replace(year=as_of.year - years)
    except ValueError:
        day = date(as_of.year - years, 2, 28)
    while age_on(day + timedelta(days=1), as_of) >= years:
        day += timedelta(days=1)
    return day


def _stage_column(as_of: date) -> Case[str]:
    """The life stage of `domain.people.life_stage`, worked out in SQL from the birth date."""
    young, senior = LIFE_STAGE_BOUNDS
    return case(
        (Customer.birth_date > _born_by(as_of, 18), literal("minor")),
        (Customer.birth_date > _born_by(as_of, young), literal("young")),
        (Customer.birth_date > _born_by(as_of, senior), literal("middle")),
        else_=literal("senior"),
    )


def peer_stats(session: Session, branch_id: int, as_of: date) -> PeerStats:
    """Customers per segment (tier × life stage) of the branch, and holders of each product per segment."""
    stage = _stage_column(as_of).label("stage")
    sizes: dict[tuple[str, ...], int] = {
        (tier, st): n
        for tier, st, n in session.execute(
            select(Customer.tier, stage, func.count(Customer.id))
            .where(Customer.branch_id == branch_id)
            .group_by(Customer.tier, stage)
        )
    }
    holders: dict[tuple[str, ...], dict[str, int]] = defaultdict(dict)
    for tier, st, code, n in session.execute(
        select(Customer.tier, stage, Product.code, func.count(func.distinct(Customer.id)))
        .join(Holding, Holding.customer_id == Customer.id)
        .join(Product, Product.id == Holding.product_id)
        .where(Customer.branch_id == branch_id, Holding.status == HoldingStatus.ACTIVE)
        .group_by(Customer.tier, stage, Product.code)
    ):
        holders[(tier, st)][code] = n
    return PeerStats(segments=sizes, holders=dict(holders))


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
        rows = _load_customers(self.session, ids, self.as_of, self.products)
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
