"""The customer 360 profile: the frozen view a service returns, and the facts derived from it (DOMAIN §2-§3).

Pure: no storage, no Qt. Thresholds are [CFG] defaults kept here in one place: tier floors, the near-threshold
band (临界区间), the deposit-insurance limit (存款保险 50万 per depositor per bank), the ID-expiry warning window.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from domain.codes import AmlRisk, CivilCapacity, IdType, KycStatus
from domain.customer import HoldingView
from domain.errors import InvalidValue
from domain.identity import (
    mask_account,
    mask_address,
    mask_id_number,
    mask_phone,
    normalise_document_number,
    validate_mobile,
)
from domain.money import parse_amount
from domain.people import age_on, life_stage
from domain.text import checked_text

if TYPE_CHECKING:  # domain.cooling_off imports domain.agreements, which reads consent purposes from here
    from domain.cooling_off import AgreementLine

# [CFG] DOMAIN §3: AUM floors in yuan and the stars each tier normally carries.
TIER_FLOORS = (
    ("T0", Decimal("0")),
    ("T1", Decimal("50000")),
    ("T2", Decimal("200000")),
    ("T3", Decimal("500000")),
    ("T4", Decimal("2000000")),
    ("T5", Decimal("6000000")),
)
TIER_STARS = {"T0": "1-2", "T1": "3", "T2": "4", "T3": "5", "T4": "6", "T5": "7"}
UPGRADE_BAND = Decimal("0.80")  # [CFG] AUM at 80-100% of the next floor: upgrade list (上移)
RETENTION_BAND = Decimal("1.10")  # [CFG] AUM below 110% of the current floor: retention watch
DEPOSIT_INSURANCE_LIMIT = Decimal("500000")  # 存款保险条例: 50万 per depositor per insured bank
ID_EXPIRY_WARNING_DAYS = 30
RISK_EXPIRY_WARNING_DAYS = 30
UPCOMING_MATURITY_DAYS = 30
AUM_FAMILIES = frozenset({"deposit", "wealth", "fund", "insurance", "bond", "gold", "fx"})  # loans excluded
DEPOSIT_FAMILIES = frozenset({"deposit"})
CONSENT_PURPOSES = ("marketing", "sensitive", "third_party", "cross_border")


# -- the view ------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ProfileDocument:
    id_type: str
    id_number: str
    issuer: str
    expiry: date | None  # None: long-term (长期)
    check_method: str
    verified_at: datetime | None


@dataclass(frozen=True)
class HouseholdMember:
    customer_no: str
    name: str
    relation: str | None
    gender: str
    birth_date: date
    tier: str


@dataclass(frozen=True)
class AssessmentView:
    grade: str
    score: int
    assessed_on: date
    valid_until: date
    channel: str
    assessor_name: str | None
    questionnaire_version: str


@dataclass(frozen=True)
class InteractionView:
    occurred_at: datetime
    channel: str
    purpose: str
    staff_name: str | None
    summary: str
    outcome: str
    next_step: str


@dataclass(frozen=True)
class ComplaintView:
    number: str
    received_at: datetime
    category: str
    status: str
    deadline: date | None


@dataclass(frozen=True)
class TaskView:
    kind: str
    title: str
    assignee_name: str | None
    due_on: date | None
    status: str


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class ChangeEntry:
    """One audited change to the customer (shown to supervisors); identifiers are stored masked."""

    at: datetime
    actor: str
    action: str
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True)
class CustomerProfile:
    """Everything the bank knows about one customer, as this viewer may see it."""

    id: int
    customer_no: str
    name: str
    name_pinyin: str
    gender: str
    birth_date: date
    nationality: str
    phone: str
    email: str
    address: str
    occupation: str
    employer: str
    annual_income: Decimal | None  # None also when the role may not see it
    civil_capacity: str
    qualified_investor: bool
    qualified_until: date | None
    kyc_status: str
    aml_risk: str | None  # None: hidden from this role (tellers)
    tier: str
    star_level: int
    manager_id: int | None
    manager_name: str | None
    household_code: str | None
    household_relation: str | None
    tags: tuple[str, ...]
    documents: tuple[ProfileDocument, ...]
    household: tuple[HouseholdMember, ...]
    holdings: tuple[HoldingView, ...]
    assessments: tuple[AssessmentView, ...]  # newest first
    interactions: tuple[InteractionView, ...]  # newest first
    complaints: tuple[ComplaintView, ...]
    tasks: tuple[TaskView, ...]
    changes: tuple[ChangeEntry, ...]  # empty unless the viewer is a supervisor
    version: int
    today: date
    masked: bool = False
    may_edit: bool = False
    may_reassign: bool = False
    may_see_history: bool = False
    counter_view: bool = False  # a teller's view: no income, AML level, household or change history
    consents: tuple[
        str, ...
    ] = ()  # purposes in force today (services/consents.py), in CONSENT_PURPOSES order
    agreements: tuple[AgreementLine, ...] = ()  # newest first, with their cooling-off windows
    # False for the lobby manager (the tier only) and the complaint officer (DOMAIN §1 rights): holdings, agreements
    # and the figures made of them are left out, and the screens say so instead of showing zeros.
    holdings_visible: bool = True
    may_reveal: bool = (
        True  # full identifiers with a reason (not the complaint officer: the complainant only)
    )

    @property
    def aum(self) -> Decimal:
        return aum_of(self.holdings)

    @property
    def risk(self) -> AssessmentView | None:
        return self.assessments[0] if self.assessments else None

    def masked_copy(self) -> CustomerProfile:
        return replace(
            self,
            phone=mask_phone(self.phone) if self.phone else "",
            documents=tuple(replace(d, id_number=mask_id_number(d.id_number)) for d in self.documents),
            holdings=tuple(replace(h, account_no=mask_account(h.account_no)) for h in self.holdings),
            masked=True,
        )


# -- derivations ---------------------------------------------------------------------------------------------
def aum_of(holdings: tuple[HoldingView, ...]) -> Decimal:
    """AUM = deposits + wealth products + funds + bonds + insurance + gold (+ FX deposits); loans excluded."""
    return sum(
        (h.balance for h in holdings if h.status == "active" and h.family in AUM_FAMILIES), Decimal("0.00")
    )


def deposits_of(holdings: tuple[HoldingView, ...]) -> Decimal:
    return sum(
        (h.balance for h in holdings if h.status == "active" and h.family in DEPOSIT_FAMILIES),
        Decimal("0.00"),
    )


def deposit_insurance_exposure(holdings: tuple[HoldingView, ...]) -> Decimal:
    """Deposits at this bank above the 50万 the deposit insurance covers (0 when within it)."""
    return max(deposits_of(holdings) - DEPOSIT_INSURANCE_LIMIT, Decimal("0.00"))


def tier_for_aum(aum: Decimal) -> str:
    tier = "T0"
    for code, floor in TIER_FLOORS:
        if aum >= floor:
            tier = code
    return tier


def floor_of(tier: str) -> Decimal:
    return dict(TIER_FLOORS)[tier]


@dataclass(frozen=True)
class TierStanding:
    """Where the customer stands: the tier on file, the tier the AUM rule gives, and the way to the next one."""

    tier: str
    computed_tier: str
    floor: Decimal  # AUM floor of the tier on file
    aum: Decimal
    next_tier: str | None
    next_floor: Decimal | None
    gap: Decimal | None  # AUM still missing to the next floor
    progress: Decimal | None  # aum / next_floor, 0..1
    near_upgrade: bool  # 临界区间: 80-100% of the next floor
    retention_watch: bool  # within 110% of the current floor (and above T0)

    @property
    def near_threshold(self) -> bool:
        return self.near_upgrade or self.retention_watch


def tier_standing(tier: str, aum: Decimal) -> TierStanding:
    codes = [code for code, _ in TIER_FLOORS]
    index = codes.index(tier) if tier in codes else 0
    floor = TIER_FLOORS[index][1]
    computed = tier_for_aum(aum)
    # The next tier is the one above both the tier on file and the one the AUM already reaches (an upgrade
    # waits for month end, so "next" is never a tier the customer has already earned).
    above = max(index, codes.index(computed)) + 1
    next_tier, next_floor = TIER_FLOORS[above] if above < len(TIER_FLOORS) else (None, None)
    gap = max(next_floor - aum, Decimal("0.00")) if next_floor is not None else None
    progress = min(aum / next_floor, Decimal("1")) if next_floor else None
    near_upgrade = next_floor is not None and UPGRADE_BAND * next_floor <= aum < next_floor
    retention_watch = index > 0 and aum < floor * RETENTION_BAND  # below the floor is watched all the more
    return TierStanding(
        tier=tier,
        computed_tier=computed,
        floor=floor,
        aum=aum,
        next_tier=next_tier,
        next_floor=next_floor,
        gap=gap,
        progress=progress,
        near_upgrade=near_upgrade,
        retention_watch=retention_watch,
    )


def document_status(expiry: date | None, today: date) -> str:
    """`long_term`, `valid`, `expiring` (within 30 days) or `expired`."""
    if expiry is None:
        return "long_term"
    if expiry < today:
        return "expired"
    if expiry <= today + timedelta(days=ID_EXPIRY_WARNING_DAYS):
        return "expiring"
    return "valid"


def assessment_status(assessment: AssessmentView | None, today: date) -> str:
    """`none`, `valid`, `expiring` (within 30 days) or `expired` (valid 12 months from the assessment)."""
    if assessment is None:
        return "none"
    if assessment.valid_until < today:
        return "expired"
    if assessment.valid_until <= today + timedelta(days=RISK_EXPIRY_WARNING_DAYS):
        return "expiring"
    return "valid"


def holdings_in_order(holdings: tuple[HoldingView, ...], today: date) -> tuple[HoldingView, ...]:
    """Active holdings maturing from today on come first (soonest first), then the rest by balance; closed last."""

    def key(h: HoldingView) -> tuple[bool, bool, date, Decimal, str]:
        upcoming = h.status == "active" and h.maturity_on is not None and h.maturity_on >= today
        return (
            h.status != "active",
            not upcoming,
            h.maturity_on if upcoming and h.maturity_on is not None else date.max,
            -h.balance,
            h.account_no,
        )

    return tuple(sorted(holdings, key=key))


def maturing_soon(holding: HoldingView, today: date) -> bool:
    return (
        holding.status == "active"
        and holding.maturity_on is not None
        and today <= holding.maturity_on <= today + timedelta(days=UPCOMING_MATURITY_DAYS)
    )


@dataclass(frozen=True)
class PersonFacts:
    age: int
    life_stage: str  # minor / young / middle / senior
    senior_care: bool  # 65+


def person_facts(birth: date, today: date) -> PersonFacts:
    age = age_on(birth, today)
    return PersonFacts(age=age, life_stage=life_stage(birth, today), senior_care=age >= 65)


# -- editing -------------------------------------------------------------------------------------------------
# Fields a customer manager or supervisor may change, in the order the edit dialog shows them. `id_number` and
# `id_expiry` are those of the first (primary) ID document; a resident ID number also sets birth date and gender.
EDITABLE_FIELDS = (
    "name",
    "phone",
    "email",
    "address",
    "occupation",
    "employer",
    "annual_income",
    "id_number",
    "id_expiry",
    "civil_capacity",
    "qualified_investor",
    "qualified_until",
    "kyc_status",
    "aml_risk",
    "consents",
)
IDENTIFIER_FIELDS = frozenset({"phone", "id_number", "address"})  # stored masked in the audit trail
_CODED = {"civil_capacity": CivilCapacity, "kyc_status": KycStatus, "aml_risk": AmlRisk}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def editable_values(profile: CustomerProfile) -> dict[str, object]:
    """What the edit dialog starts from (and sends back as `seen`, to tell a stale save what changed)."""
    document = profile.documents[0] if profile.documents else None
    return {
        "name": profile.name,
        "phone": profile.phone,
        "email": profile.email,
        "address": profile.address,
        "occupation": profile.occupation,
        "employer": profile.employer,
        "annual_income": profile.annual_income,
        "id_number": document.id_number if document else "",
        "id_expiry": document.expiry if document else None,
        "civil_capacity": profile.civil_capacity,
        "qualified_investor": profile.qualified_investor,
        "qualified_until": profile.qualified_until,
        "kyc_status": profile.kyc_status,
        "aml_risk": profile.aml_risk,
        "consents": tuple(profile.consents),
    }


def parse_day(text: str) -> date | None:
    """`YYYY-MM-DD`; empty is None (no date / long-term)."""
    cleaned = text.strip()
    if not cleaned:
        return None
    try:
        return date.fromisoformat(cleaned)
    except ValueError as exc:
        raise InvalidValue("malformed_date", value=cleaned) from exc


def check_field(name: str, value: object, id_type: str = "RESIDENT_ID") -> object:
    """The canonical value of one edited field, or InvalidValue saying what is wrong (codes, no personal data)."""
    if isinstance(value, str):
        checked_text(value, name)  # no NUL, no direction override hidden in a name or an address
    if name == "name":
        text = str(value).strip()
        if not text:
            raise InvalidValue("name_required")
        if len(text) > 60:
            raise InvalidValue("too_long", maximum=60)
        return text
    if name == "phone":
        return validate_mobile(str(value)) if str(value).strip() else ""
    if name == "email":
        text = str(value).strip()
        if text and not _EMAIL.match(text):
            raise InvalidValue("email_format")
        return text
    if name in ("address", "occupation", "employer"):
        text = str(value).strip()
        limit = 200 if name == "address" else (60 if name == "occupation" else 100)
        if len(text) > limit:
            raise InvalidValue("too_long", maximum=limit)
        return text
    if name == "annual_income":
        if value is None or isinstance(value, Decimal):
            return value
        text = str(value).strip().replace(",", "")
        return parse_amount(text) if text else None
    if name == "id_number":
        return normalise_document_number(IdType(id_type), str(value))
    if name in ("id_expiry", "qualified_until"):
        return value if value is None or isinstance(value, date) else parse_day(str(value))
    if name in _CODED:
        try:
            return _CODED[name](str(value)).value
        except ValueError as exc:
            raise InvalidValue("code_unknown", field=name) from exc
    if name == "qualified_investor":
        return bool(value)
    if name == "consents":
        if isinstance(value, str):
            chosen = tuple(v for v in value.split(",") if v)
        elif isinstance(value, Iterable):
            chosen = tuple(str(v) for v in value)
        else:
            raise InvalidValue("consent_unknown", purpose=str(value))
        unknown = [c for c in chosen if c not in CONSENT_PURPOSES]
        if unknown:
            raise InvalidValue("consent_unknown", purpose=unknown[0])
        return tuple(c for c in CONSENT_PURPOSES if c in chosen)
    raise InvalidValue("field_not_editable", field=name)


def audit_value(name: str, value: object) -> str:
    """How a value is written in the audit trail: identifiers masked, dates ISO, amounts plain."""
    if value is None:
        return ""
    if name == "phone":
        return mask_phone(str(value)) if value else ""
    if name == "id_number":
        return mask_id_number(str(value)) if value else ""
    if name == "address":
        return mask_address(str(value))
    if isinstance(value, tuple | list):
        return ",".join(str(v) for v in value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


# DOMAIN §2 re-identification triggers the app can see: a change of name, occupation or address, or a higher AML
# level, on a customer whose identity was verified (金融机构客户尽职调查和客户身份资料及交易记录保存管理办法).
REIDENTIFY_FIELDS = frozenset({"name", "occupation", "address"})
_AML_ORDER = {"low": 0, "medium": 1, "high": 2}


def needs_reidentification(changes: Iterable[tuple[str, object, object]], kyc_status: str) -> bool:
    if kyc_status != "verified":
        return False
    for name, old, new in changes:
        if name in REIDENTIFY_FIELDS:
            return True
        if name == "aml_risk" and _AML_ORDER.get(str(new), 0) > _AML_ORDER.get(str(old), 0):
            return True
    return False
