"""Logging in, and the staff accounts a branch administers (argon2 hashes, lock after 5 failures)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any, cast

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import CursorResult, func, select, update
from sqlalchemy.orm import Session, object_session

from db import audit, errors
from db.models import Approval, Branch, Customer, Staff
from db.session import Database
from domain.approvals import Kind, Pending
from domain.codes import IdType, Role
from domain.errors import Conflict, InvalidValue, SeparationOfDuties, SignInRefused, UnknownRecord
from domain.identity import normalise_document_number
from domain.permissions import Action, require
from domain.sales import QUALIFIED_FAMILIES, stored_qualifications
from domain.staff import IDLE_LOCK_RANGE, MAX_FAILED_LOGINS, StaffAccount, StaffUser, check_new_password
from domain.text import checked_text
from services import approvals

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
        idle_lock_max_minutes=branch.idle_lock_max_minutes,
    )


def login(db: Database, login_name: str, password: str, *, now: datetime | None = None) -> StaffUser:
    """Check a login: the signed-in person, or SignInRefused `wrong_password`, `account_locked`, `account_disabled`.

    An unknown login and a wrong password answer alike (same code, same hashing cost), and a locked or disabled
    account is only named to someone who knows its password: the answers never tell which logins exist. Every
    attempt is on record. The password is checked outside any write transaction (argon2 is slow by design); a
    failure then counts with one atomic `failed_logins = failed_logins + 1`, so parallel attempts all count.
    """
    now = now or datetime.now()
    login_name = login_name.strip()
    with db.read() as uow:
        row = uow.session.scalars(select(Staff).where(Staff.login == login_name)).one_or_none()
        found = None if row is None else (row.id, row.password_hash, row.active, row.locked_at is not None)
    if found is None:
        _hasher.hash(password)  # the cost of a real check
        _record_attempt(db, None, login_name, "login_failed", {"reason": "wrong_password"}, now)
        raise SignInRefused("wrong_password")
    staff_id, stored_hash, active, locked = found
    if not _password_matches(stored_hash, password):
        _count_failure(db, staff_id, login_name, now)
        raise SignInRefused("wrong_password")
    if not active or locked:
        code = "account_disabled" if not active else "account_locked"
        _record_attempt(db, staff_id, login_name, "login_refused", {"reason": code}, now)
        raise SignInRefused(code)
    with db.write() as uow:
        updated = cast(
            "CursorResult[Any]",
            uow.session.execute(
                update(Staff)
                .where(Staff.id == staff_id, Staff.active.is_(True), Staff.locked_at.is_(None))
                .values(failed_logins=0, last_login_at=now)
            ),
        )
        if updated.rowcount != 1:  # locked or disabled a moment ago
            raise SignInRefused("account_locked")
        _attempt_entry(uow.session, staff_id, login_name, "login", {}, now)
        row = uow.session.get_one(Staff, staff_id)
        user = _user(row, uow.session.get_one(Branch, row.branch_id))
        uow.commit()
        return user


def _count_failure(db: Database, staff_id: int, login_name: str, now: datetime) -> None:
    with db.write() as uow:
        count = uow.session.execute(
            update(Staff)
            .where(Staff.id == staff_id)
            .values(failed_logins=Staff.failed_logins + 1)
            .returning(Staff.failed_logins)
        ).scalar_one()
        if count >= MAX_FAILED_LOGINS:
            uow.session.execute(
                update(Staff).where(Staff.id == staff_id, Staff.locked_at.is_(None)).values(locked_at=now)
            )
        details = {"reason": "wrong_password", "failed_logins": count}
        _attempt_entry(uow.session, staff_id, login_name, "login_failed", details, now)
        uow.commit()


def _record_attempt(
    db: Database,
    staff_id: int | None,
    login_name: str,
    action: str,
    details: dict[str, object],
    now: datetime,
) -> None:
    with db.write() as uow:
        _attempt_entry(uow.session, staff_id, login_name, action, details, now)
        uow.commit()


def _attempt_entry(
    session: Session,
    staff_id: int | None,
    login_name: str,
    action: str,
    details: dict[str, object],
    now: datetime,
) -> None:
    """A sign-in or refusal on the audit chain, under the login as typed (printable, at most 64 characters)."""
    audit.record(
        session,
        actor=_printable(login_name),
        staff_id=staff_id,
        action=action,
        entity="staff",
        entity_id=staff_id if staff_id is not None else "",
        details=details or None,
        at=now,
    )


def set_idle_lock_ceiling(db: Database, actor: StaffUser, minutes: int) -> None:
    """The administrator sets how long any station of the branch may sit idle before it locks."""
    require(actor, Action.STAFF_MANAGE)
    if minutes not in IDLE_LOCK_RANGE:
        raise InvalidValue(
            "idle_lock_out_of_range", minimum=IDLE_LOCK_RANGE.start, maximum=IDLE_LOCK_RANGE.stop - 1
        )
    with db.write() as uow:
        branch = uow.session.scalars(select(Branch).where(Branch.code == actor.branch_code)).one()
        old, branch.idle_lock_max_minutes = branch.idle_lock_max_minutes, minutes
        audit.record(
            uow.session,
            actor=actor.login,
            staff_id=actor.id,
            action="idle_lock_ceiling_set",
            entity="branch",
            entity_id=branch.code,
            details={"old": old, "new": minutes},
        )
        uow.commit()


def set_id_number(db: Database, actor: StaffUser, login_name: str, id_number: str) -> None:
    """Record (or clear, with "") a staff member's own resident ID: their own customer record is then refused to
    them (`sod_no_self_dealing`). Administrators only; audited without the number."""
    require(actor, Action.STAFF_MANAGE)
    own_id = normalise_document_number(IdType.RESIDENT_ID, id_number) if id_number.strip() else ""
    with db.write() as uow:
        row = uow.session.scalars(select(Staff).where(Staff.login == login_name.strip())).one_or_none()
        if row is None:
            raise UnknownRecord("unknown_staff", login=login_name)
        row.id_number = own_id
        audit.record(
            uow.session,
            actor=actor.login,
            staff_id=actor.id,
            action="staff_id_number_set",
            entity="staff",
            entity_id=row.id,
            details={"login": row.login, "set": bool(own_id)},
        )
        uow.commit()


def set_qualifications(
    db: Database, actor: StaffUser, login_name: str, families: Iterable[str], until: date | None = None
) -> tuple[str, ...]:
    """Record the sales qualifications (fund, insurance, gold) a staff member holds, valid through `until` (none:
    no expiry); they replace the ones on file. Administrators only; audited."""
    require(actor, Action.STAFF_MANAGE)
    chosen = tuple(sorted({f.strip() for f in families if f.strip()}))
    unknown = [f for f in chosen if f not in QUALIFIED_FAMILIES]
    if unknown:
        raise InvalidValue(
            "qualification_unknown", family=unknown[0], known=", ".join(sorted(QUALIFIED_FAMILIES))
        )
    with db.write() as uow:
        row = uow.session.scalars(select(Staff).where(Staff.login == login_name.strip())).one_or_none()
        if row is None:
            raise UnknownRecord("unknown_staff", login=login_name)
        old = list(row.qualifications or [])
        row.qualifications = [{"family": f, "until": until.isoformat()} if until else f for f in chosen]
        audit.record(
            uow.session,
            actor=actor.login,
            staff_id=actor.id,
            action="qualifications_set",
            entity="staff",
            entity_id=row.id,
            details={"login": row.login, "old": old, "new": row.qualifications},
        )
        uow.commit()
    return chosen


def record_refusal(db: Database, user: StaffUser | None, login_name: str, code: str, command: str) -> None:
    """On record: someone was refused before acting (no sign-in, or a role that may not do `command`)."""
    who = user.login if user is not None else login_name
    details: dict[str, object] = {"reason": code, "command": command}
    _record_attempt(db, user.id if user else None, who, "command_refused", details, datetime.now())


def _printable(text: str) -> str:
    """A typed login as the audit may keep it: printable characters only, at most 64."""
    return "".join(ch for ch in text if ch.isprintable())[:64] or "?"


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
    actor: StaffUser | None,
    branch_code: str | None = None,
    now: datetime | None = None,
    id_number: str = "",
) -> StaffUser:
    """Create a staff account, as an administrator. `actor` None: the branch's very first account, which must be
    an administrator and is only possible while there are no staff at all (`branchdesk users add` at set-up).
    `id_number`: the person's own resident ID, so that their own customer record is refused to them
    (`sod_no_self_dealing`, services/duties.py)."""
    if actor is not None:
        require(actor, Action.STAFF_MANAGE)
    elif role is not Role.ADMIN:
        raise InvalidValue("first_account_must_be_admin")
    login_name = login_name.strip()
    if not login_name or not login_name.replace(".", "").replace("_", "").replace("-", "").isalnum():
        raise InvalidValue("login_format")
    if not name.strip():
        raise InvalidValue("name_required")
    checked_text(name, "name")
    check_new_password(password)
    own_id = normalise_document_number(IdType.RESIDENT_ID, id_number) if id_number.strip() else ""
    now = now or datetime.now()
    with db.write() as uow:
        session = uow.session
        if actor is None and session.scalar(select(func.count()).select_from(Staff)):
            raise SignInRefused("sign_in_required")  # staff exist: only an administrator adds more
        if session.scalar(select(Staff.id).where(Staff.login == login_name)) is not None:
            raise Conflict("login_taken", login=login_name)
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
            id_number=own_id,
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            actor=actor.login if actor is not None else login_name,
            staff_id=actor.id if actor is not None else row.id,
            action="user_added",
            entity="staff",
            entity_id=row.id,
            details={"login": login_name, "role": role.value, "id_number_set": bool(own_id)},
            at=now,
        )
        user = _user(row, branch)
        uow.commit()
        return user


def require_active(db: Database, user: StaffUser) -> None:
    """`sod_departed_cm_access` (DOMAIN §1, §7.6): a station signed in before its account was disabled (or locked)
    is refused at its next call, not only at the next sign-in (desktop/backend.py checks before every call)."""
    with db.read() as uow:
        row = uow.session.get(Staff, user.id)
        if row is None or not row.active:
            raise SignInRefused("account_disabled")
        if row.locked_at is not None:
            raise SignInRefused("account_locked")


def active_staff_row(session: Session, user: StaffUser) -> Staff:
    """The signed-in person's row inside a unit of work; an account deactivated or locked meanwhile is refused."""
    row = session.get(Staff, user.id)
    if row is None or not row.active:
        raise UnknownRecord("unknown_staff", login=user.login)
    if (
        row.locked_at is not None
    ):  # locked since signing in (five wrong passwords): nothing more is done as them
        raise SignInRefused("account_locked")
    return row


def branch_or_default(session: Session, branch_code: str | None) -> Branch:
    """The named branch, or the database's first one (created as 本网点 when there is none yet)."""
    query = select(Branch).order_by(Branch.id)
    if branch_code:
        query = query.where(Branch.code == branch_code)
    branch = session.scalars(query).first()
    if branch is None:
        if branch_code:
            raise UnknownRecord("unknown_branch", branch=branch_code)
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
                qualifications=stored_qualifications(r.qualifications or []),
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
    require(actor, Action.STAFF_MANAGE)
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


def request_unlock(
    db: Database, user: StaffUser, account: int | str, *, now: datetime | None = None
) -> Pending:
    """Ask to unlock an account (by id or login); a supervisor or another administrator approves it."""
    require(user, Action.STAFF_UNLOCK)
    now = now or datetime.now()
    with db.write() as uow:
        s = uow.session
        where = Staff.id == account if isinstance(account, int) else Staff.login == account.strip()
        row = s.scalars(select(Staff).where(where)).one_or_none()
        if row is None:
            raise UnknownRecord("unknown_staff", login=str(account))
        if row.locked_at is None:
            raise Conflict("account_not_locked", login=row.login)
        approval_id = approvals.request_in(s, user, Kind.STAFF_UNLOCK, row.login, {}, now)
        uow.commit()
        return Pending(approval_id, Kind.STAFF_UNLOCK, row.login)


def unlock_approved(
    s: Session, request: Approval, requester: StaffUser, approver: StaffUser, now: datetime
) -> None:
    """The approved unlock takes effect; the locked person may not approve their own."""
    row = s.scalars(select(Staff).where(Staff.login == request.subject)).one()
    if row.id == approver.id:
        raise SeparationOfDuties("approval_same_person", id=request.id)
    row.locked_at = None
    row.failed_logins = 0
    audit.record(
        s,
        actor=approver.login,
        staff_id=approver.id,
        action="user_unlocked",
        entity="staff",
        entity_id=row.id,
        details={"login": row.login, "requested_by": requester.login, "approval": request.id},
        at=now,
    )


def user_of_row(session: Session, staff_id: int) -> StaffUser:
    row = session.get_one(Staff, staff_id)
    return _user(row, session.get_one(Branch, row.branch_id))


def set_active(db: Database, account_id: int, version: int, active: bool, actor: StaffUser) -> None:
    if account_id == actor.id and not active:
        raise SeparationOfDuties("cannot_disable_self")

    def change(row: Staff) -> None:
        if not active:  # a departing manager's customers and open work go to a successor first (DOMAIN §7.6)
            session = object_session(row)
            assert session is not None
            book = session.scalar(
                select(func.count()).select_from(Customer).where(Customer.manager_id == row.id)
            )
            if book:
                raise Conflict("staff_book_not_empty", login=row.login, customers=book)
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
            raise UnknownRecord("unknown_staff", login=login_name)
        return _user(row, uow.session.get_one(Branch, row.branch_id))
