"""What a recommendation reads from the database, in bulk (services/recommend.py runs the engine on it).

- The catalogue is read once per call (`load_catalogue`): every product row, switched off or not, so each
  appears in the result; an entry this version cannot read is excluded as `product_spec_unreadable`.
- A customer's facts are read in bulk (`load_customers`: a few plain-column queries for any number of customers)
  and built exactly as `services.suitability.suitability_facts` builds them (the tests hold the two together),
  plus the active holdings, the declared annual income, recent answers and sales, and the household's children.
- Similar customers (`peer_stats`): per segment (tier × life stage on the day) of the customer's branch, how many
  customers there are and how many hold each product: one grouped query each, reused across the batch.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Case, case, func, literal, select
from sqlalchemy.orm import Session, aliased

from db.models import (
    Agreement,
    Customer,
    Holding,
    IdDocument,
    Product,
    RecommendationOutcome,
    RiskAssessment,
)
from domain.agreements import Status
from domain.catalog import CatalogInvalid, spec_from_dict
from domain.codes import AssessmentChannel, HoldingStatus, ProductFamily
from domain.people import LIFE_STAGE_BOUNDS, age_on
from domain.recommend import (
    AnswerFact,
    CatalogueEntry,
    HoldingFact,
    PeerStats,
    RecommendCustomer,
)
from domain.suitability import SuitabilityCustomer
from services.suitability import (
    TAG_AML_EDD_PENDING,
    TAG_CIRCUMSTANCES_CHANGED,
    TAG_GUARDIAN_CONSENT,
    TAG_NO_DECISION_AUTHORITY,
)

_ANSWER_LOOKBACK_DAYS = 366  # answers older than this never rest an offer (weights' answers.* days are less)


@dataclass(frozen=True)
class ProductRow:
    code: str
    family: str
    liquidity: str | None
    own_wealth: bool


def load_catalogue(session: Session) -> tuple[list[CatalogueEntry], dict[int, ProductRow]]:
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
        by_id[row.id] = ProductRow(
            row.code,
            row.family,
            raw.get("liquidity"),
            row.family == ProductFamily.WEALTH and raw.get("sale_mode") == "own",
        )
    return entries, by_id


def load_customers(
    session: Session, ids: Sequence[int], as_of: date, products: dict[int, ProductRow]
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


def born_by(as_of: date, years: int) -> date:
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
        (Customer.birth_date > born_by(as_of, 18), literal("minor")),
        (Customer.birth_date > born_by(as_of, young), literal("young")),
        (Customer.birth_date > born_by(as_of, senior), literal("middle")),
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
