"""Staff as the rest of the app sees them (never the ORM row, never the password hash)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from domain.codes import Role
from domain.errors import InvalidValue
from domain.sales import Qualification

MIN_PASSWORD_LENGTH = 8
MAX_FAILED_LOGINS = 5


@dataclass(frozen=True)
class StaffUser:
    id: int
    login: str
    name: str
    role: Role
    branch_code: str
    branch_name: str
    idle_lock_max_minutes: int = 10  # the branch's ceiling, set by its administrator


IDLE_LOCK_RANGE = range(1, 241)


def effective_idle_minutes(chosen: int, ceiling: int) -> int:
    """The idle time a station locks after: the user's choice, never longer than the administrator's ceiling
    (and never "never" while there is one)."""
    return ceiling if chosen <= 0 or chosen > ceiling else chosen


@dataclass(frozen=True)
class StaffAccount:
    """A row of the staff administration screen."""

    id: int
    login: str
    name: str
    role: Role
    active: bool
    locked: bool
    failed_logins: int
    last_login_at: datetime | None
    version: int
    qualifications: tuple[Qualification, ...] = ()  # the sales qualifications on file, expired ones included


def check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidValue("password_too_short", minimum=MIN_PASSWORD_LENGTH)
    if password.isdigit() or password.isalpha():
        raise InvalidValue("password_too_simple")
