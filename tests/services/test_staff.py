from __future__ import annotations

import contextlib

import pytest
from sqlalchemy import select

from db.models import AuditEntry
from domain.codes import Role
from domain.errors import DomainError, InvalidValue
from services import approvals, staff
from tests.factories import operator


def _add(db, login="zhangwei", role=Role.TELLER, password="Counter2026"):
    return staff.add_user(db, login_name=login, name="张伟", role=role, password=password, actor=operator(db))


def test_login_with_the_right_password_returns_the_user(db):
    _add(db)
    user = staff.login(db, "zhangwei", "Counter2026")
    assert (user.login, user.role, user.name) == ("zhangwei", Role.TELLER, "张伟")


def test_five_wrong_passwords_lock_the_account_even_for_the_right_one(db):
    _add(db)
    for _ in range(5):
        with pytest.raises(DomainError, match="wrong_password"):
            staff.login(db, "zhangwei", "wrong-password")
    with pytest.raises(DomainError, match="account_locked"):
        staff.login(db, "zhangwei", "Counter2026")


def test_a_successful_login_resets_the_failure_count(db):
    _add(db)
    for _ in range(4):
        with pytest.raises(DomainError):
            staff.login(db, "zhangwei", "nope-nope")
    staff.login(db, "zhangwei", "Counter2026")
    for _ in range(4):
        with pytest.raises(DomainError, match="wrong_password"):
            staff.login(db, "zhangwei", "nope-nope")
    assert staff.login(db, "zhangwei", "Counter2026").login == "zhangwei"  # 4 after the reset: not locked


def test_unknown_login_says_the_same_as_a_wrong_password(db):
    _add(db)
    answers = []
    for login_name in ("nobody", "zhangwei"):
        with pytest.raises(DomainError) as err:
            staff.login(db, login_name, "whatever1")
        answers.append((err.value.code, err.value.params))
    assert answers == [("wrong_password", {}), ("wrong_password", {})]


def test_a_locked_or_disabled_account_is_only_named_to_who_knows_its_password(db):
    admin = _add(db, "admin1", Role.ADMIN, "Admin2026x")
    _add(db)
    for _ in range(5):
        with pytest.raises(DomainError, match="wrong_password"):
            staff.login(db, "zhangwei", "bad-password")
    with pytest.raises(DomainError, match="wrong_password"):
        staff.login(db, "zhangwei", "still-wrong1")
    with pytest.raises(DomainError, match="account_locked"):
        staff.login(db, "zhangwei", "Counter2026")
    account = next(a for a in staff.list_accounts(db) if a.login == "zhangwei")
    staff.set_active(db, account.id, account.version, False, admin)
    with pytest.raises(DomainError, match="account_disabled"):
        staff.login(db, "zhangwei", "Counter2026")


def test_parallel_wrong_passwords_all_count(db):
    """Eight stations trying at once: the count is 8, so lockout is not defeated by parallelism."""
    from concurrent.futures import ThreadPoolExecutor

    _add(db)

    def attempt(_):
        with pytest.raises(DomainError):
            staff.login(db, "zhangwei", "wrong-guess1")

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(attempt, range(8)))
    account = next(a for a in staff.list_accounts(db) if a.login == "zhangwei")
    assert account.failed_logins == 8 and account.locked


def test_every_sign_in_attempt_is_on_record(db):
    _add(db)
    for login_name, password in (
        ("nobody", "x1234567"),
        ("zhangwei", "wrong-one1"),
        ("zhangwei", "Counter2026"),
    ):
        with contextlib.suppress(DomainError):
            staff.login(db, login_name, password)
    with db.read() as uow:
        rows = uow.session.execute(select(AuditEntry.actor, AuditEntry.action).order_by(AuditEntry.seq)).all()
    assert [tuple(r) for r in rows][-3:] == [
        ("nobody", "login_failed"),
        ("zhangwei", "login_failed"),
        ("zhangwei", "login"),
    ]


def test_admin_unlocks_a_locked_account(db):
    admin = _add(db, "admin1", Role.ADMIN, "Admin2026x")
    _add(db)
    for _ in range(5):
        with pytest.raises(DomainError):
            staff.login(db, "zhangwei", "bad-password")
    account = next(a for a in staff.list_accounts(db) if a.login == "zhangwei")
    assert account.locked
    pending = staff.request_unlock(db, admin, account.id)
    with pytest.raises(DomainError, match="account_locked"):  # asked, not yet approved
        staff.login(db, "zhangwei", "Counter2026")
    with pytest.raises(DomainError, match="approval_same_person"):
        approvals.approve(db, admin, pending.approval_id)
    approvals.approve(db, operator(db), pending.approval_id)
    assert staff.login(db, "zhangwei", "Counter2026").login == "zhangwei"


@pytest.mark.parametrize(
    ("password", "code"), [("short1", "password_too_short"), ("12345678", "password_too_simple")]
)
def test_weak_passwords_are_refused_and_nothing_is_created(db, password, code):
    with pytest.raises(InvalidValue, match=code):
        _add(db, password=password)
    assert [a.login for a in staff.list_accounts(db)] == ["ops1"]


def test_duplicate_login_is_refused(db):
    _add(db)
    with pytest.raises(DomainError, match="login_taken"):
        _add(db)


def test_the_idle_lock_ceiling_is_the_administrators_and_users_only_go_shorter(db):
    from domain.staff import effective_idle_minutes

    admin = _add(db, "admin1", Role.ADMIN, "Admin2026x")
    teller = _add(db)
    with pytest.raises(DomainError, match="not_permitted"):
        staff.set_idle_lock_ceiling(db, teller, 60)
    with pytest.raises(InvalidValue, match="idle_lock_out_of_range"):
        staff.set_idle_lock_ceiling(db, admin, 0)
    staff.set_idle_lock_ceiling(db, admin, 3)
    ceiling = staff.login(db, "zhangwei", "Counter2026").idle_lock_max_minutes
    assert ceiling == 3
    assert [effective_idle_minutes(chosen, ceiling) for chosen in (0, 2, 3, 30)] == [3, 2, 3, 3]


def test_an_account_locked_after_signing_in_acts_no_more(db):
    from tests.services.test_agreements import issue_wm, shop

    shop(db)
    for _ in range(5):
        with pytest.raises(DomainError):
            staff.login(db, "manager1", "wrong-guess1")
    with pytest.raises(DomainError, match="account_locked"):
        issue_wm(db)  # the session signed in before the lock: its next action is refused
