"""Who opens customers (DOMAIN.md §1 rights). Identifiers are shown masked to every role: a full ID number, phone
or account number is a reveal with a reason, recorded before it is shown (services/customers.reveal_logged)."""

from __future__ import annotations

from domain.codes import Role
from domain.permissions import PERMITTED, Action

CUSTOMER_ROLES = PERMITTED[Action.CUSTOMER_OPEN]


def may_open_customers(role: Role) -> bool:
    return role in CUSTOMER_ROLES
