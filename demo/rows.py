"""Rows for the demo database, as plain dicts ready for bulk inserts, batch by batch.

Customers come in family units (single, couple, couple with a child, single parent with a child); each gets a
target tier from a skewed distribution (most mass, a few private-banking), an AUM inside that tier split over 1-5
holdings that respect the catalogue's minimums and steps, and the tier the AUM really reaches. Investors mostly
have a risk assessment (some expired, some missing), and contacts are logged more often for higher tiers.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from demo.people import RETIRED, STUDENT, PeopleFactory, Person
from domain.catalog import ProductSpec
from domain.suitability.model import assessment_valid_until

BATCH = 5_000  # customers per batch: rows of all tables for one batch are built, inserted, then dropped
# Tier floors in fen: DOMAIN.md §3 defaults (5万, 20万, 50万, 200万, 600万). The tier settings own these numbers
# once they exist; the demo only needs customers spread over every tier.
TIER_FLOORS = (
    (600_000_000, "T5"),
    (200_000_000, "T4"),
    (50_000_000, "T3"),
    (20_000_000, "T2"),
    (5_000_000, "T1"),
)
_TIERS = ("T0", "T1", "T2", "T3", "T4", "T5")
_ADULT_TIER_WEIGHTS = (58, 22, 11.5, 6, 2, 0.5)
_TIER_AUM_YUAN = ((50, 49_999), (50_000, 199_999), (200_000, 499_999), (500_000, 1_999_999),
                  (2_000_000, 5_999_999), (6_000_000, 30_000_000))  # fmt: skip
_STARS = (2, 3, 4, 5, 6, 7)  # T0 customers get 1 or 2
_INCOME_FLOOR = (0, 0, 0, 200_000, 500_000, 1_000_000)  # yuan: rich customers do not earn 60k a year
# (products, weight for T0..T5): what else a customer holds besides the demand deposit.
_HOLDING_KINDS = (
    (("DEP-TD-3M", "DEP-TD-6M", "DEP-TD-1Y", "DEP-TD-2Y", "DEP-TD-3Y", "DEP-TD-5Y"), (5, 8, 8, 6, 5, 4)),
    (("DEP-INSTALMENT",), (2, 1, 0, 0, 0, 0)),
    (("DEP-NOTICE-7D", "DEP-NOTICE-1D"), (0, 1, 2, 2, 2, 2)),
    (("DEP-LCD-1Y", "DEP-LCD-3Y"), (0, 0, 3, 4, 4, 3)),
    (("DEP-STRUCTURED",), (0, 0, 1, 2, 2, 2)),
    (("WMC-DAILY-CASH",), (2, 3, 3, 3, 2, 2)),
    (("WM-STABLE-180D", "WM-BALANCED-1Y"), (0, 2, 4, 5, 5, 4)),
    (("WM-PRIVATE-2Y",), (0, 0, 0, 0, 3, 5)),
    (("FUND-MMF", "FUND-BOND", "FUND-MIXED", "FUND-EQUITY"), (1, 2, 3, 4, 4, 4)),
    (("INS-PARTICIPATING", "INS-PENSION"), (0, 1, 2, 3, 3, 3)),
    (("BOND-CERT-3Y", "BOND-ESAVE-3Y", "BOND-ESAVE-5Y"), (0, 2, 2, 2, 1, 1)),
    (("BOND-BOOK-ENTRY",), (0, 0, 1, 1, 2, 2)),
    (("GOLD-ACCOUNT", "GOLD-BAR"), (0, 1, 1, 2, 2, 2)),
)
_EXTRA_HOLDINGS = ((0, 1), (1, 2), (1, 3), (2, 4), (3, 4), (3, 4))  # besides the demand deposit, by tier
_MINOR_KINDS = (("DEP-TD-1Y", "DEP-TD-3Y"), ("DEP-EDUCATION",))
# Holdings without a maturity date even when the product has terms (insurance terms are payment periods).
_NO_MATURITY = frozenset({"insurance", "fund", "gold"})
_GRADE_WEIGHTS = (10, 30, 35, 18, 7)
_CHANNELS = ("counter", "phone", "phone", "visit", "message", "wechat", "wechat", "counter")
_CONTACTS = (  # (purpose, summary, outcomes)
    (
        "maturity_reminder",
        "电话提醒客户定期存款即将到期，介绍续存和大额存单。",
        ("reached", "appointment_made", "no_answer"),
    ),
    (
        "product_introduction",
        "介绍稳健型理财产品和基金定投，客户表示考虑。",
        ("interested", "declined", "reached"),
    ),
    ("service_follow_up", "柜面业务办理后回访，客户对服务满意。", ("reached", "no_answer")),
    ("kyc_update", "核对并更新客户联系方式和职业信息。", ("reached",)),
    (
        "risk_reassessment",
        "邀请客户到网点重新进行风险承受能力评估。",
        ("appointment_made", "declined", "no_answer"),
    ),
    ("birthday_greeting", "发送生日祝福短信。", ("reached",)),
)
_VIP_CONTACT = ("vip_signing", "邀请客户签约贵宾服务并领取贵宾卡。", ("appointment_made", "interested"))
_NEXT_STEPS = {
    "appointment_made": "按预约时间到网点面谈。",
    "interested": "一周内电话跟进。",
    "no_answer": "三天后再次联系。",
}
_CONTACTS_PER_TIER = ((0, 1), (0, 2), (1, 3), (2, 4), (3, 5), (3, 5))
_TABLES = (
    "households",
    "customers",
    "id_documents",
    "holdings",
    "risk_assessments",
    "interactions",
    "consents",
)
# Shares of adults who gave each separate consent (PIPL): most investors agreed to issuer sharing at account opening.
CONSENT_SHARES = (("third_party", 0.85), ("sensitive", 0.6), ("marketing", 0.5))


@dataclass(frozen=True)
class _Offer:
    """A catalogue product reduced to what allocating a balance needs (amounts in fen)."""

    id: int
    family: str
    rate: Decimal | None
    min_fen: int
    step_fen: int
    max_fen: int | None
    terms: tuple[str, ...]
    matures: bool
    risk: int
    assessed: bool


def _offer(product_id: int, spec: ProductSpec) -> _Offer:
    def fen(value: Decimal | None) -> int | None:
        return None if value is None else int(value * 100)

    return _Offer(
        id=product_id,
        family=spec.family,
        rate=spec.rate,
        min_fen=fen(spec.min_amount) or 0,
        step_fen=fen(spec.step_amount) or 10_000,  # no step: whole hundreds of yuan
        max_fen=fen(spec.max_amount),
        terms=spec.terms,
        # Notice deposits have terms (1D, 7D) but no maturity date either.
        matures=bool(spec.terms) and spec.family not in _NO_MATURITY and spec.template != "notice_deposit",
        risk=spec.risk_level or 1,
        assessed=spec.needs_assessment,
    )


def tier_for(aum_fen: int) -> str:
    for floor, tier in TIER_FLOORS:
        if aum_fen >= floor:
            return tier
    return "T0"


def add_term(day: date, term: str) -> date:
    count, unit = int(term[:-1]), term[-1]
    if unit == "D":
        return day + timedelta(days=count)
    months = count * (12 if unit == "Y" else 1)
    year, month = divmod(day.month - 1 + months, 12)
    year += day.year
    month += 1
    for last in (day.day, 30, 29, 28):  # month end: 31 January + 1 month is 28/29 February
        try:
            return date(year, month, last)
        except ValueError:
            continue
    raise AssertionError("unreachable")


@dataclass
class _Member:
    person: Person
    age: int
    relation: str | None
    target: int = 0  # tier index


class RowBuilder:
    def __init__(
        self,
        rng: random.Random,
        today: date,
        branch: tuple[int, str],
        staff: dict[str, list[int]],
        products: dict[str, tuple[int, ProductSpec]],
        next_ids: dict[str, int],
    ) -> None:
        self.rng = rng
        self.today = today
        self.people = PeopleFactory(rng, today)
        self.managers = staff.get("manager", [])
        self.tellers = staff.get("teller", [])
        self.offers = {code: _offer(pid, spec) for code, (pid, spec) in products.items()}
        self.ids = dict(next_ids)
        self.branch_id = branch[0]
        self.account_prefix = f"6230{branch[1]}"
        self.tiers: Counter[str] = Counter()

    def _id(self, table: str) -> int:
        value = self.ids[table]
        self.ids[table] = value + 1
        return value

    def batches(self, count: int, first_number: int) -> Iterator[dict[str, list[dict[str, Any]]]]:
        made = 0
        while made < count:
            batch: dict[str, list[dict[str, Any]]] = {name: [] for name in _TABLES}
            while made < count and len(batch["customers"]) < BATCH:
                unit = self._unit(count - made)
                self._add_unit(batch, unit, first_number + made)
                made += len(unit)
            yield batch

    # -- family units --------------------------------------------------------------------------------------
    def _unit(self, room: int) -> list[_Member]:
        rng, people = self.rng, self.people
        r = rng.random()
        head_age = people.adult_age()
        if r < 0.55 or room == 1 or head_age < 22:
            gender = "M" if rng.random() < 0.5 else "F"
            return [_Member(people.person(gender, head_age), head_age, None)]
        head_gender = "M" if rng.random() < 0.8 else "F"
        head = people.person(head_gender, head_age)
        members = [_Member(head, head_age, "head")]
        if r < 0.97:
            spouse_age = min(85, max(20, head_age + rng.randint(-6, 3)))
            spouse = people.person("F" if head_gender == "M" else "M", spouse_age, address=head.address)
            members.append(_Member(spouse, spouse_age, "spouse"))
        if r >= 0.85 and len(members) < room:
            child_age = max(0, head_age - rng.randint(22, 36))
            surname = head.surname if head_gender == "M" else None  # children take the father's surname
            child = people.person(
                "M" if rng.random() < 0.5 else "F", child_age, surname=surname, address=head.address
            )
            members.append(_Member(child, child_age, "child"))
        return members[:room]

    def _add_unit(self, batch, unit: list[_Member], first_number: int) -> None:
        rng = self.rng
        household_id = None
        if len(unit) > 1:
            household_id = self._id("households")
            batch["households"].append({"id": household_id, "code": f"H{household_id:09d}"})
        for member in unit:
            member.target = self._target_tier(member.age)
        wants_manager = max(m.target for m in unit) >= 2 or rng.random() < 0.7
        manager = rng.choice(self.managers) if wants_manager and self.managers else None
        for offset, member in enumerate(unit):
            self._add_customer(batch, member, f"C{first_number + offset:010d}", manager, household_id)

    def _target_tier(self, age: int) -> int:
        rng = self.rng
        if age < 18:
            return 1 if rng.random() < 0.1 else 0
        tier = rng.choices(range(6), _ADULT_TIER_WEIGHTS)[0]
        return min(tier, 2) if age < 25 else tier  # the young rarely hold much

    # -- one customer --------------------------------------------------------------------------------------
    def _add_customer(self, batch, member: _Member, number: str, manager, household_id) -> None:
        rng, p, today = self.rng, member.person, self.today
        customer_id = self._id("customers")
        since = self._since(p.birth, member.age)
        qualified = member.target >= 4 and rng.random() < 0.85 or member.target == 3 and rng.random() < 0.15
        aum, max_risk, invests = self._holdings(batch, customer_id, member, since, qualified)
        tier = tier_for(aum)
        self.tiers[tier] += 1
        tier_index = _TIERS.index(tier)
        created = datetime.combine(since, time(9)) + timedelta(minutes=rng.randint(0, 480))
        id_expired = p.id_expiry is not None and p.id_expiry < today
        income = p.income
        if income and income < _INCOME_FLOOR[tier_index]:
            income = _INCOME_FLOOR[tier_index] * rng.randint(10, 30) // 10
        stars = _STARS[tier_index] - (1 if tier_index == 0 and rng.random() < 0.6 else 0)
        batch["customers"].append(
            {
                "id": customer_id,
                "customer_no": number,
                "branch_id": self.branch_id,
                "name": p.name,
                "name_pinyin": p.pinyin,
                "name_initials": p.initials,
                "gender": p.gender,
                "birth_date": p.birth,
                "nationality": p.nationality,
                "phone": p.phone,
                "address": p.address,
                "email": p.email,
                "occupation": p.occupation.title,
                "employer": p.employer,
                "annual_income": Decimal(income) if income else None,
                "civil_capacity": "full" if member.age >= 18 else ("limited" if member.age >= 8 else "none"),
                "qualified_investor": qualified,
                "qualified_until": today + timedelta(days=rng.randint(30, 360)) if qualified else None,
                "kyc_status": self._kyc(id_expired),
                "aml_risk": "low" if rng.random() < 0.95 else ("medium" if rng.random() < 0.8 else "high"),
                "tier": tier,
                "star_level": stars,
                "manager_id": manager,
                "household_id": household_id,
                "household_relation": member.relation,
                "tags": self._tags(p),
                "created_at": created,
                "updated_at": created,
                "version": 1,
            }
        )
        self._documents(batch, customer_id, p, created)
        if member.age >= 18:
            self._assessments(batch, customer_id, max_risk, invests, manager)
            self._consents(batch, customer_id, created)
        self._contacts(batch, customer_id, tier_index, manager, since)

    def _consents(self, batch, customer_id: int, created: datetime) -> None:
        for purpose, share in CONSENT_SHARES:
            if self.rng.random() < share:
                batch["consents"].append({
                    "id": self._id("consents"), "customer_id": customer_id, "purpose": purpose,
                    "given_on": created.date(), "channel": "branch", "evidence": "开户时签署的个人信息授权书",
                    "recorded_by_id": None, "recorded_at": created, "withdrawn_at": None, "withdrawn_by_id": None,
                })  # fmt: skip

    def _since(self, birth: date, age: int) -> date:
        """Customer since: adults from 18 at the earliest, at most 20 years ago."""
        earliest = birth if age < 18 else date(birth.year + 18, birth.month, min(birth.day, 28))
        earliest = max(earliest, self.today - timedelta(days=20 * 365))
        span = (self.today - earliest).days
        return earliest + timedelta(days=self.rng.randint(0, max(span - 1, 0)))

    def _kyc(self, id_expired: bool) -> str:
        r = self.rng.random()
        if id_expired and r < 0.7:
            return "re_identification_required"
        return "verified" if r < 0.97 else ("pending" if r < 0.99 else "re_identification_required")

    def _tags(self, p: Person) -> list[str]:
        tags = []
        if p.occupation is RETIRED:
            tags.append("retiree")
        if p.employer and p.occupation is not STUDENT and self.rng.random() < 0.4:
            tags.append("payroll")  # salary paid through us (代发工资)
        return tags

    def _documents(self, batch, customer_id: int, p: Person, created: datetime) -> None:
        numbers = [(p.id_type, p.id_number, p.id_issuer, p.id_expiry)]
        if p.second_passport:
            expiry = self.today + timedelta(days=self.rng.randint(60, 3600))
            numbers.append(("PASSPORT", p.second_passport, "国家移民管理局", expiry))
        for id_type, number, issuer, expiry in numbers:
            batch["id_documents"].append(
                {
                    "id": self._id("id_documents"),
                    "customer_id": customer_id,
                    "id_type": id_type,
                    "id_number": number,
                    "id_tail": number[-6:],
                    "issuer": issuer,
                    "expiry": expiry,
                    "check_method": "online" if id_type == "RESIDENT_ID" else "formal",
                    "verified_at": created,
                }
            )

    # -- holdings ------------------------------------------------------------------------------------------
    def _holdings(self, batch, customer_id: int, member: _Member, since: date, qualified: bool):
        """Writes the holdings; returns (AUM in fen, highest risk level held, holds investments)."""
        rng, tier = self.rng, member.target
        lo, hi = _TIER_AUM_YUAN[tier]
        aum = int(math.exp(rng.uniform(math.log(lo), math.log(hi))) * 100) + rng.randint(0, 99)
        if member.age < 18:
            kinds = [rng.choice(kind) for kind in _MINOR_KINDS if rng.random() < 0.4]
        else:
            kinds = self._pick_kinds(tier, member.age, qualified)
        demand_share = rng.uniform(0.4, 1.0) if tier == 0 else rng.uniform(0.05, 0.35)
        weights = [rng.uniform(0.2, 1.0) for _ in kinds]
        spread = aum * (1 - demand_share)
        placed, max_risk, invests = 0, 0, False
        for code, weight in zip(kinds, weights, strict=True):
            offer = self.offers[code]
            amount = self._fit(offer, int(spread * weight / sum(weights)))
            if amount is None:
                continue  # too small for this product: it stays on the demand account
            placed += amount
            self._holding(batch, customer_id, offer, amount, since)
            if offer.assessed:
                invests, max_risk = True, max(max_risk, offer.risk)
        self._holding(batch, customer_id, self.offers["DEP-DEMAND"], aum - placed, since)
        return aum, max_risk, invests

    def _pick_kinds(self, tier: int, age: int, qualified: bool) -> list[str]:
        rng = self.rng
        lo, hi = _EXTRA_HOLDINGS[tier]
        wanted = rng.randint(lo, hi)
        candidates = [
            (products, weights[tier])
            for products, weights in _HOLDING_KINDS
            if weights[tier]
            and (qualified or products[0] != "WM-PRIVATE-2Y")
            and (age <= 60 or not products[0].startswith("INS-"))
        ]
        chosen: list[str] = []
        while candidates and len(chosen) < wanted:
            index = rng.choices(range(len(candidates)), [w for _, w in candidates])[0]
            products, _ = candidates.pop(index)
            chosen.append(rng.choice(products))
        return chosen

    @staticmethod
    def _fit(offer: _Offer, amount: int) -> int | None:
        """The amount rounded down to the product's minimum plus whole steps, capped; None if below the minimum."""
        if offer.max_fen is not None:
            amount = min(amount, offer.max_fen)
        if amount < offer.min_fen:
            return None
        fitted = offer.min_fen + (amount - offer.min_fen) // offer.step_fen * offer.step_fen
        return fitted or None

    def _holding(self, batch, customer_id: int, offer: _Offer, amount: int, since: date) -> None:
        rng = self.rng
        opened, maturity = self._dates(offer, since)
        holding_id = self._id("holdings")
        batch["holdings"].append(
            {
                "id": holding_id,
                "customer_id": customer_id,
                "product_id": offer.id,
                "account_no": f"{self.account_prefix}{holding_id:011d}",
                "balance": Decimal(amount).scaleb(-2),
                "currency": "CNY",
                "rate": offer.rate,
                "opened_on": opened,
                "maturity_on": maturity,
                "auto_rollover": maturity is not None and offer.family == "deposit" and rng.random() < 0.5,
                "status": "active",
                "version": 1,
            }
        )

    def _dates(self, offer: _Offer, since: date) -> tuple[date, date | None]:
        """Opening and maturity dates; about one term holding in eight matures within the next 30 days."""
        rng, today = self.rng, self.today
        tenure = max((today - since).days, 0)
        if not offer.matures:
            return since + timedelta(days=rng.randint(0, tenure)), None
        term = rng.choice(offer.terms)
        length = (add_term(today, term) - today).days
        ahead = rng.randint(1, 30) if rng.random() < 0.12 else rng.randint(1, max(length, 1))
        opened = today + timedelta(days=ahead) - timedelta(days=length)
        if opened < since:  # the customer was not with us yet: opened later, so matures later
            opened = since + timedelta(days=rng.randint(0, min(tenure, 30)))
        return opened, add_term(opened, term)

    # -- suitability and contacts ------------------------------------------------------------------------
    def _assessments(self, batch, customer_id: int, max_risk: int, invests: bool, manager) -> None:
        rng, today = self.rng, self.today
        if not (rng.random() < 0.88 if invests else rng.random() < 0.1):
            return  # never assessed: the suitability rules must catch it
        expired = rng.random() < 0.15
        history = [
            (today - timedelta(days=rng.randint(366, 900)), rng.choices(range(1, 6), _GRADE_WEIGHTS)[0])
        ]
        if not expired:
            grade = max(max_risk, rng.choices(range(1, 6), _GRADE_WEIGHTS)[0])
            current = (today - timedelta(days=rng.randint(0, 360)), grade)
            history = [*history, current] if rng.random() < 0.2 else [current]
        for assessed_on, grade in history:
            branch = rng.random() < 0.8
            assessor = manager or (rng.choice(self.managers) if self.managers else None)
            batch["risk_assessments"].append(
                {
                    "id": self._id("risk_assessments"),
                    "customer_id": customer_id,
                    "grade": f"C{grade}",
                    "score": rng.randint(grade * 20 - 19, grade * 20),
                    "questionnaire_version": "2025-01",
                    "assessed_on": assessed_on,
                    "valid_until": assessment_valid_until(assessed_on),
                    "channel": "branch" if branch else "online",
                    "assessor_id": assessor if branch else None,
                    "answers": {},
                    "confirmed": True,
                    "created_at": datetime.combine(assessed_on, time(10, 30)),
                }
            )

    def _contacts(self, batch, customer_id: int, tier: int, manager, since: date) -> None:
        rng = self.rng
        lo, hi = _CONTACTS_PER_TIER[tier]
        days = max((self.today - since).days, 1)
        for _ in range(rng.randint(lo, hi)):
            purpose, summary, outcomes = (
                _VIP_CONTACT if tier >= 3 and rng.random() < 0.2 else rng.choice(_CONTACTS)
            )
            outcome = rng.choice(outcomes)
            channel = rng.choice(_CHANNELS)
            staff = (
                manager
                if manager and channel != "counter"
                else (rng.choice(self.tellers) if self.tellers else None)
            )
            day = self.today - timedelta(days=rng.randint(1, min(days, 365)))
            batch["interactions"].append(
                {
                    "id": self._id("interactions"),
                    "customer_id": customer_id,
                    "staff_id": staff,
                    "channel": channel,
                    "purpose": purpose,
                    "summary": summary,
                    "outcome": outcome,
                    "next_step": _NEXT_STEPS.get(outcome, ""),
                    "occurred_at": datetime.combine(day, time(9)) + timedelta(minutes=rng.randint(0, 510)),
                }
            )
