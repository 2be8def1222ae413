"""A customer's separate consents (PIPL Art. 23 sharing, Art. 29 sensitive data, DOMAIN §5): which purposes
exist, which a sale needs, and how an agreement states one that is on file."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from domain.profile import CONSENT_PURPOSES
from domain.suitability.model import Finding

CHANNELS = ("branch", "online", "phone", "legacy")  # legacy: moved from the old customer tags
THIRD_PARTY = "third_party"
SENSITIVE = "sensitive"
_SHARED_FAMILIES = frozenset({"fund", "insurance"})  # the issuer gets the customer's identity and trades


@dataclass(frozen=True)
class ConsentView:
    purpose: str
    given_on: date
    channel: str
    evidence: str


def needed_for_sale(family: str, sale_mode: str | None) -> tuple[tuple[str, str], ...]:
    """(purpose, refusal code) of each consent a sale of this kind needs on the day."""
    needed = []
    if family in _SHARED_FAMILIES or sale_mode == "agency":
        needed.append((THIRD_PARTY, "consent_missing_third_party_sharing"))
    if family == "insurance":  # health and beneficiaries' data
        needed.append((SENSITIVE, "consent_missing_sensitive_processing"))
    return tuple(needed)


def consent_findings(
    on_file: Mapping[str, ConsentView], family: str, sale_mode: str | None
) -> tuple[Finding, ...]:
    return tuple(
        Finding(code) for purpose, code in needed_for_sale(family, sale_mode) if purpose not in on_file
    )


def statement(consent: ConsentView | None) -> str:
    """The agreement's words for the sharing consent: its date when on file, else the bank's undertaking."""
    if consent is None:
        return "乙方向第三方提供甲方个人信息前，将另行取得甲方的单独同意"
    d = consent.given_on
    return f"甲方已于{d.year}年{d.month}月{d.day}日就此单独同意"


__all__ = ["CHANNELS", "CONSENT_PURPOSES", "ConsentView", "consent_findings", "needed_for_sale", "statement"]
