"""Logging in, and the staff accounts a branch administers (argon2 hashes, lock after 5 failures)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import audit, errors
from db.models import Branch, Staff
from db.session import Database
from domain.codes import Role
from domain.errors import DomainError, InvalidValue
from domain.staff import MAX_FAILED_LOGINS, StaffAccount, StaffUser, check_new_password
from domain.text import checked_text

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _password_matches(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _user(row: Staff, branch: Branch) -> StaffUser:
    return StaffUser(
        id=row.id,
        login=row.login,
        name=row.name,
        role=Role(row.role),
        branch_code=branch.code,
        branch_name=branch.name,
    )


def login(db: Database, login_name: str, password: str, *, now: datetime | None = None) -> StaffUser:
    """Check a login. Raises DomainError: bad_credentials (with attempts left), account_locked, account_disabled."""
    now = now or datetime.now()
    with db.write() as uow:
        row = uow.session.scalars(select(Staff).where(Staff.login == login_name.strip())).one_or_none()
        if row is None:
            _hasher.hash(password)  # same cost as a real check: do not reveal which logins exist
            raise DomainError("bad_credentials", remaining=None)
        if not row.active:
            raise DomainError("account_disabled")
        if row.locked_at is not None:
            raise DomainError("account_locked")
        if not _password_matches(row.password_hash, password):
            row.failed_logins += 1
            remaining = MAX_FAILED_LOGINS - row.failed_logins
            if remaining <= 0:
                row.locked_at = now
            audit.record(
                uow.session,
                actor=row.login,
                staff_id=row.id,
                action="login_failed",
                entity="staff",
                entity_id=row.id,
                details={"failed_logins": row.failed_logins},
                at=now,
            )
            uow.commit()
            raise (
                DomainError("account_locked")
                if remaining <= 0
                else DomainError("bad_credentials", remaining=remaining)
            )
        row.failed_logins = 0
        row.last_login_at = now
        audit.record(
            uow.session,
            actor=row.login,
            staff_id=row.id,
            action="login",
            entity="staff",
            entity_id=row.id,
            at=now,
        )
        user = _user(row, uow.session.get_one(Branch, row.branch_id))
        uow.commit()
        return user


def staff_count(db: Database) -> int:
    with db.read() as uow:
        return uow.session.scalar(select(func.count()).select_from(Staff)) or 0


def add_user(
    db: Database,
    *,
    login_name: str,
    name: str,
    role: Role,
    password: str,
    actor: str,
    branch_code: str | None = None,
    now: datetime | None = None,
) -> StaffUser:
    """Create a staff account (how a new branch gets its first ones: `branchdesk users add`)."""
    login_name = login_name.strip()
    if not login_name or not login_name.replace(".", "").replace("_", "").replace("-", "").isalnum():
        raise InvalidValue("login_format")
    if not name.strip():
        raise InvalidValue("name_required")
    checked_text(name, "name")
    check_new_password(password)
    now = now or datetime.now()
    with db.write() as uow:
        session = uow.session
        if session.scalar(select(Staff.id).where(Staff.login == login_name)) is not None:
            raise DomainError("login_taken", login=login_name)
        branch = branch_or_default(session, branch_code)
        row = Staff(
            login=login_name,
            name=name.strip(),
            role=role.value,
            branch_id=branch.id,
            password_hash=hash_password(password),
            failed_logins=0,
            active=True,
            qualifications=[],
            created_at=now,
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            actor=actor,
            action="user_added",
            entity="staff",
            entity_id=row.id,
            details={"login": login_name, "role": role.value},
            at=now,
        )
        user = _user(row, branch)
        uow.commit()
        return user


def active_staff_row(session: Session, user: StaffUser) -> Staff:
    """The signed-in person's row inside a unit of work; an account deactivated meanwhile is refused."""
    row = session.get(Staff, user.id)
    if row is None or not row.active:
        raise DomainError("unknown_staff", login=user.login)
    return row


def branch_or_default(session: Session, branch_code: str | None) -> Branch:
    """The named branch, or the database's first one (created as 本网点 when there is none yet)."""
    query = select(Branch).order_by(Branch.id)
    if branch_code:
        query = query.where(Branch.code == branch_code)
    branch = session.scalars(query).first()
    if branch is None:
        if branch_code:
            raise DomainError("unknown_branch", branch=branch_code)
        branch = Branch(code="0001", name="本网点", name_en="Branch", address="", phone="")
        session.add(branch)
        session.flush()
    return branch


def list_accounts(db: Database) -> list[StaffAccount]:
    with db.read() as uow:
        rows = uow.session.scalars(select(Staff).order_by(Staff.role, Staff.login)).all()
        return [
            StaffAccount(
                id=r.id,
                login=r.login,
                name=r.name,
                role=Role(r.role),
                active=r.active,
                locked=r.locked_at is not None,
                failed_logins=r.failed_logins,
                last_login_at=r.last_login_at,
                version=r.version,
            )
            for r in rows
        ]


def _edit_account(
    db: Database,
    account_id: int,
    version: int,
    actor: StaffUser,
    action: str,
    change: Callable[[Staff], None],
) -> None:
    if actor.role is not Role.ADMIN:
        raise DomainError("not_permitted")
    with db.write() as uow:
        row = uow.session.get(Staff, account_id)
        if row is None:
            raise errors.NotFound(f"staff {account_id}")
        if row.version != version:
            raise errors.RecordChanged(f"staff {account_id}")
        change(row)
        audit.record(
            uow.session,
            actor=actor.login,
            staff_id=actor.id,
            action=action,
            entity="staff",
            entity_id=row.id,
            details={"login": row.login},
        )
        uow.commit()


def unlock_account(db: Database, account_id: int, version: int, actor: StaffUser) -> None:
    def change(row: Staff) -> None:
        row.locked_at = None
        row.failed_logins = 0

    _edit_account(db, account_id, version, actor, "user_unlocked", change)


def set_active(db: Database, account_id: int, version: int, active: bool, actor: StaffUser) -> None:
    if account_id == actor.id and not active:
        raise DomainError("cannot_disable_self")

    def change(row: Staff) -> None:
        row.active = active

    _edit_account(db, account_id, version, actor, "user_enabled" if active else "user_disabled", change)


def reset_password(db: Database, account_id: int, version: int, password: str, actor: StaffUser) -> None:
    check_new_password(password)

    def change(row: Staff) -> None:
        row.password_hash = hash_password(password)
        row.locked_at = None
        row.failed_logins = 0

    _edit_account(db, account_id, version, actor, "password_reset", change)


def verify_password(db: Database, user: StaffUser, password: str) -> None:
    """Unlocking an idle-locked station: the same counting and lock-out as a login."""
    login(db, user.login, password)


def user_by_login(db: Database, login_name: str) -> StaffUser:
    """The staff member a command-line action is done as (`--user LOGIN`); refused for unknown or disabled ones."""
    with db.read() as uow:
        row = uow.session.scalars(select(Staff).where(Staff.login == login_name.strip())).one_or_none()
        if row is None or not row.active:
            raise DomainError("unknown_staff", login=login_name)
        return _user(row, uow.session.get_one(Branch, row.branch_id))
