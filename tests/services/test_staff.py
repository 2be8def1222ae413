from __future__ import annotations

import pytest

from domain.codes import Role
from domain.errors import DomainError, InvalidValue
from services import staff


def _add(db, login="zhangwei", role=Role.TELLER, password="Counter2026"):
    return staff.add_user(db, login_name=login, name="张伟", role=role, password=password, actor="test")


def test_login_with_the_right_password_returns_the_user(db):
    _add(db)
    user = staff.login(db, "zhangwei", "Counter2026")
    assert (user.login, user.role, user.name) == ("zhangwei", Role.TELLER, "张伟")


def test_five_wrong_passwords_lock_the_account_even_for_the_right_one(db):
    _add(db)
    remaining = []
    for _ in range(4):
        with pytest.raises(DomainError) as err:
            staff.login(db, "zhangwei", "wrong-password")
        remaining.append(err.value.params["remaining"])
    assert remaining == [4, 3, 2, 1]
    with pytest.raises(DomainError, match="account_locked"):
        staff.login(db, "zhangwei", "wrong-password")
    with pytest.raises(DomainError, match="account_locked"):
        staff.login(db, "zhangwei", "Counter2026")


def test_a_successful_login_resets_the_failure_count(db):
    _add(db)
    for _ in range(4):
        with pytest.raises(DomainError):
            staff.login(db, "zhangwei", "nope-nope")
    staff.login(db, "zhangwei", "Counter2026")
    with pytest.raises(DomainError) as err:
        staff.login(db, "zhangwei", "nope-nope")
    assert err.value.params["remaining"] == 4


def test_unknown_login_says_the_same_as_a_wrong_password(db):
    with pytest.raises(DomainError) as err:
        staff.login(db, "nobody", "whatever1")
    assert err.value.code == "bad_credentials"


def test_admin_unlocks_a_locked_account(db):
    admin = _add(db, "admin1", Role.ADMIN, "Admin2026x")
    _add(db)
    for _ in range(5):
        with pytest.raises(DomainError):
            staff.login(db, "zhangwei", "bad-password")
    account = next(a for a in staff.list_accounts(db) if a.login == "zhangwei")
    assert account.locked
    staff.unlock_account(db, account.id, account.version, admin)
    assert staff.login(db, "zhangwei", "Counter2026").login == "zhangwei"


@pytest.mark.parametrize(
    ("password", "code"), [("short1", "password_too_short"), ("12345678", "password_too_simple")]
)
def test_weak_passwords_are_refused_and_nothing_is_created(db, password, code):
    with pytest.raises(InvalidValue, match=code):
        _add(db, password=password)
    assert staff.list_accounts(db) == []


def test_duplicate_login_is_refused(db):
    _add(db)
    with pytest.raises(DomainError, match="login_taken"):
        _add(db)
