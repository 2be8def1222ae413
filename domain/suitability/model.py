"""What a suitability check reads and returns: the customer's facts, the configurable rules, the findings."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType

RULE_VERSION = "suitability-2026-02-01"  # NFRA 2025 No. 7 in force; bump with any rule or default change


class SaleChannel(StrEnum):
    BRANCH = "branch"
    ONLINE = "online"
    SELF_SERVICE = "self_service"


def assessment_valid_until(assessed_on: date) -> date:
    """Last valid day of an assessment made on `assessed_on`: D + 12 months - 1 day (DOMAIN §5).

    2025-11-24 -> 2026-11-23. 29 February counts as 28 February the next year, so 2024-02-29 -> 2025-02-27.
    """
    try:
        anniversary = assessed_on.replace(year=assessed_on.year + 1)
    except ValueError:
        anniversary = date(assessed_on.year + 1, 2, 28)
    return anniversary - timedelta(days=1)


@dataclass(frozen=True, kw_only=True)
class SuitabilityCustomer:
    """The facts about one customer a check needs, as the service reads them (nothing derived is typed here).

    Identity fields have no default, so a caller cannot forget them into a pass. Everything else defaults to
    "nothing on file" (no assessment, no holdings, not qualified, no consent), which can only block.
    """

    birth_date: date
    civil_capacity: str  # domain.codes.CivilCapacity
    tier: str  # domain.codes.Tier
    kyc_status: str  # domain.codes.KycStatus
    id_expiry: date | None  # None: long-term (长期)
    aml_edd_pending: bool
    guardian_consent: bool = False
    qualified_investor: bool = False
    qualified_until: date | None = None  # None with qualified_investor: no end recorded, taken as current
    # The latest risk assessment (风险测评); grade None = none on file.
    risk_grade: str | None = None  # domain.codes.RiskGrade
    assessed_on: date | None = None
    risk_valid_until: date | None = None  # as stored; None: computed from assessed_on
    assessment_channel: str | None = None  # domain.codes.AssessmentChannel
    assessment_confirmed: bool = True  # False: the grade changed and the customer has not re-confirmed
    change_reported: bool = False  # the customer reported a change in circumstances since
    has_branch_assessment: bool = False  # any face-to-face assessment ever (the latest one counts too)
    held_products: frozenset[str] = frozenset()  # codes of active holdings
    has_bought_bank_wmp: bool = False  # ever bought a bank's own WMP (自营理财)
    lacks_decision_authority: bool = False  # the "no decision authority" tag
    financial_assets: Decimal | None = None  # declared financial assets; None: not declared, not checked


@dataclass(frozen=True, kw_only=True)
class SuitabilityRules:
    """The [CFG] values of DOMAIN §5 in one place; a branch setting replaces them, the version travels along."""

    version: str = RULE_VERSION
    senior_age: int = 65
    senior_high_risk_levels: frozenset[int] = frozenset({4, 5})
    limited_capacity_max_level: int = 1
    # Private products (资管新规): the category comes from the product's risk level, R1..R5.
    private_category_by_level: tuple[str, str, str, str, str] = (
        "fixed_income",
        "fixed_income",
        "mixed",
        "equity_derivatives",
        "equity_derivatives",
    )
    private_minimums: tuple[tuple[str, Decimal], ...] = (
        ("fixed_income", Decimal("300000")),
        ("mixed", Decimal("400000")),
        ("equity_derivatives", Decimal("1000000")),
    )
    private_cooling_off_hours: int = 24
    # An amount above declared financial assets × this ratio is "clearly beyond the customer's means".
    financial_capacity_ratio: Decimal = Decimal("1")

    def private_minimum(self, risk_level: int) -> tuple[str, Decimal]:
        category = self.private_category_by_level[risk_level - 1]
        return category, dict(self.private_minimums)[category]


@dataclass(frozen=True)
class Finding:
    """One reason: a stable code, the parameters its words need, and whether it stops the sale.

    A warning (`blocking=False`) does not stop a recommendation, but the sale must acknowledge it.
    """

    code: str
    params: Mapping[str, object] = field(default_factory=dict, hash=False)
    blocking: bool = True

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))


@dataclass(frozen=True)
class SuitabilityResult:
    allowed: bool
    blocks: tuple[Finding, ...]
    warnings: tuple[Finding, ...]
    rule_version: str

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(f.code for f in self.blocks + self.warnings)

    @property
    def block_codes(self) -> tuple[str, ...]:
        return tuple(f.code for f in self.blocks)

    @property
    def warning_codes(self) -> tuple[str, ...]:
        return tuple(f.code for f in self.warnings)


def block(code: str, **params: object) -> Finding:
    return Finding(code, params, blocking=True)


def warn(code: str, **params: object) -> Finding:
    return Finding(code, params, blocking=False)
