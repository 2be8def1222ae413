"""Who sees full identifiers (DOMAIN.md §1 rights): everything else is shown masked."""

from __future__ import annotations

from domain.codes import Role

CUSTOMER_ROLES = frozenset({Role.TELLER, Role.MANAGER, Role.SUPERVISOR})


def sees_full_identifiers(role: Role, viewer_id: int, manager_id: int | None) -> bool:
    """Supervisors see all; a customer manager sees their own book; tellers see masked values (reveal is audited)."""
    if role is Role.SUPERVISOR:
        return True
    return role is Role.MANAGER and manager_id == viewer_id


def may_open_customers(role: Role) -> bool:
    return role in CUSTOMER_ROLES
