"""Who may sell what (DOMAIN §1 and §5): tellers sell deposits and standard products only; an investment product
needs a customer manager, wealth manager or supervisor, and a fund, insurance or gold product one holding that family's
qualification, still valid on the day (`seller_not_qualified`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from domain.codes import Role
from domain.suitability.model import Finding

INVESTMENT_FAMILIES = frozenset({"wealth", "fund", "insurance", "gold", "fx"})
QUALIFIED_FAMILIES = frozenset({"fund", "insurance", "gold"})  # each needs the qualification of its own name
SELLING_ROLES = frozenset({Role.TELLER, Role.MANAGER, Role.SUPERVISOR, Role.WEALTH_MANAGER})
# The roles a qualification makes a difference to: a teller sells no investment product, qualified or not.
QUALIFIABLE_ROLES = SELLING_ROLES - {Role.TELLER}


@dataclass(frozen=True)
class Qualification:
    """One family a staff member is qualified for, as on file: valid through `until` (None: no expiry)."""

    family: str
    until: date | None = None

    def expired(self, today: date) -> bool:
        return self.until is not None and self.until < today


def stored_qualifications(stored: Iterable[object]) -> tuple[Qualification, ...]:
    """The qualifications on file, expired ones included, in family order."""
    found = []
    for item in stored:
        if isinstance(item, str):
            found.append(Qualification(item))
        elif isinstance(item, Mapping) and isinstance(item.get("family"), str):
            until = item.get("until")
            found.append(
                Qualification(str(item["family"]), date.fromisoformat(str(until)) if until else None)
            )
    return tuple(sorted(found, key=lambda q: q.family))


def held_qualifications(stored: Iterable[object], today: date) -> frozenset[str]:
    """The families a staff member is qualified for on `today`: `"fund"`, or `{"family": "fund", "until":
    "2027-06-30"}` (valid through that day)."""
    return frozenset(q.family for q in stored_qualifications(stored) if not q.expired(today))


def is_investment(family: str, needs_assessment: bool) -> bool:
    return family in INVESTMENT_FAMILIES or needs_assessment


def seller_findings(
    role: Role, qualifications: frozenset[str], family: str, needs_assessment: bool
) -> tuple[Finding, ...]:
    """What stops this person selling a product of `family` (empty: they may)."""
    if role not in SELLING_ROLES:
        return (Finding("role_not_permitted_for_product", {"role": role.value, "family": family}),)
    if not is_investment(family, needs_assessment):
        return ()
    if role is Role.TELLER:
        return (Finding("role_not_permitted_for_product", {"role": role.value, "family": family}),)
    if family in QUALIFIED_FAMILIES and family not in qualifications:
        return (Finding("seller_not_qualified", {"family": family}),)
    return ()
