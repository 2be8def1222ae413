"""Who acts on the command line (issue 12): every command signs in with --user and --password-stdin, refusals
exit 5 naming their code, write nothing but the record of the attempt, and one table decides who may do what."""

from __future__ import annotations

import argparse
import io
import json
from datetime import date

import pytest
from sqlalchemy import func, select

from db.models import AuditEntry, Customer, Staff
from desktop.cli import build_parser
from desktop.commands import CommandContext, signin
from domain.codes import Role
from domain.errors import DomainError
from domain.permissions import PERMITTED
from services import staff
from services.staff import user_by_login
from tests.cli import branchdesk
from tests.factories import (
    LOGINS,
    OTHER_LOGINS,
    PASSWORD,
    add_other_roles,
    add_second_supervisor,
    add_staff,
    new_staff,
    small_branch,
)


@pytest.fixture
def shop(db, db_url):
    small_branch(db, date.today())
    return db_url


def audit_rows(db, action: str) -> list[AuditEntry]:
    with db.read() as uow:
        rows = list(uow.session.scalars(select(AuditEntry).where(AuditEntry.action == action)))
        uow.session.expunge_all()  # read on after the session ends
        return rows


def customers(db) -> int:
    with db.read() as uow:
        return uow.session.scalar(select(func.count()).select_from(Customer))


def test_no_sign_in_no_command(shop, db):
    # A real `python -m desktop` process: the entry point, its exit status and streams (the rest run in-process).
    done = branchdesk(shop, "customers", "show", "C0000000001", user=None, process=True)
    assert done.returncode == 5 and "(sign_in_required)" in done.stderr and done.stdout == ""
    without_password = branchdesk(shop, "customers", "show", "C0000000001", "--user", "teller1", user=None)
    assert without_password.returncode == 5 and "(sign_in_required)" in without_password.stderr
    assert [e.details["reason"] for e in audit_rows(db, "command_refused")] == ["sign_in_required"] * 2


def test_an_unknown_login_answers_exactly_like_a_wrong_password(shop, db):
    unknown = branchdesk(shop, "customers", "show", "C0000000001", "--user", "mallory", password="guess1234")
    wrong = branchdesk(shop, "customers", "show", "C0000000001", "--user", "teller1", password="guess1234")
    assert (unknown.returncode, unknown.stderr, unknown.stdout) == (
        wrong.returncode,
        wrong.stderr,
        wrong.stdout,
    )
    assert wrong.returncode == 5 and "(wrong_password)" in wrong.stderr
    assert [e.actor for e in audit_rows(db, "login_failed")] == ["mallory", "teller1"]


def test_a_locked_account_issues_nothing(shop, db, tmp_path):
    for _ in range(5):
        branchdesk(shop, "customers", "show", "C0000000001", "--user", "manager1", password="wrong-guess1")
    out = tmp_path / "a.pdf"
    done = branchdesk(shop, "agreement", "issue", "--customer", "C0000000001", "--product", "DEP-TIME-1Y",
                      "--amount", "50000", "--term", "1Y", "--out", str(out), "--user", "manager1")  # fmt: skip
    assert done.returncode == 5 and "(account_locked)" in done.stderr and not out.exists()


def test_a_disabled_account_is_refused(shop, db):
    with db.write() as uow:
        uow.session.execute(Staff.__table__.update().where(Staff.login == "teller1").values(active=False))
        uow.commit()
    done = branchdesk(shop, "customers", "show", "C0000000001", "--user", "teller1")
    assert done.returncode == 5 and "(account_disabled)" in done.stderr


def test_a_role_that_may_not_is_refused_and_recorded(shop, db, tmp_path):
    csv = tmp_path / "c.csv"
    csv.write_text("customer_no\n", encoding="utf-8")
    before = customers(db)
    done = branchdesk(shop, "customers", "import", str(csv), "--user", "teller1")
    assert done.returncode == 5 and "(not_permitted)" in done.stderr
    assert customers(db) == before
    [entry] = audit_rows(db, "command_refused")
    assert (entry.actor, entry.details["reason"], entry.details["command"]) == (
        "teller1", "not_permitted", "customers import"
    )  # fmt: skip


def test_help_and_the_owners_commands_need_no_staff(shop):
    assert branchdesk(shop, "--help", user=None).returncode == 0
    assert branchdesk(shop, "db", "status", user=None, process=True).returncode == 0


def test_a_new_branch_starts_with_one_administrator_then_signs_in(db_url, db):
    teller_first = branchdesk(db_url, "users", "add", "t1", "--role", "teller", "--name", "柜员", user=None,
                              stdin="Teller2026x\n")  # fmt: skip
    assert teller_first.returncode == 2 and "must be an administrator" in teller_first.stderr
    first = branchdesk(db_url, "users", "add", "root", "--role", "admin", "--name", "管理员", "--password-stdin",
                       user=None, stdin="Admin2026x\n")  # fmt: skip
    assert first.returncode == 0, first.stderr
    anyone = branchdesk(db_url, "users", "add", "mallory", "--role", "supervisor", "--name", "M", "--password-stdin",
                        user=None, stdin="Mallory2026\n")  # fmt: skip
    assert anyone.returncode == 5 and "(sign_in_required)" in anyone.stderr
    second = branchdesk(db_url, "users", "add", "t1", "--role", "teller", "--name", "柜员", "--user", "root",
                        password="Admin2026x", stdin="Teller2026x\n")  # fmt: skip
    assert second.returncode == 0, second.stderr
    by_teller = branchdesk(db_url, "users", "add", "s9", "--role", "supervisor", "--name", "S", "--user", "t1",
                           password="Teller2026x", stdin="Super2026x\n")  # fmt: skip
    assert by_teller.returncode == 5 and "(not_permitted)" in by_teller.stderr
    with db.read() as uow:
        assert sorted(uow.session.scalars(select(Staff.login))) == ["root", "t1"]


def test_unlock_waits_for_a_second_person(shop, db):
    for _ in range(5):
        branchdesk(shop, "customers", "show", "C0000000001", "--user", "teller1", password="wrong-guess1")
    asked = branchdesk(shop, "users", "unlock", "teller1", "--json", "--user", "admin1")
    request = json.loads(asked.stdout.splitlines()[-1])["pending_approval"]
    assert branchdesk(shop, "customers", "show", "C0000000001", "--user", "teller1").returncode == 5
    own = branchdesk(shop, "approvals", "approve", str(request), "--user", "admin1")
    assert own.returncode == 2 and "someone other than" in own.stderr
    listed = json.loads(branchdesk(shop, "approvals", "list", "--json", "--user", "supervisor1").stdout)
    assert [(a["id"], a["kind"], a["subject"]) for a in listed] == [(request, "staff_unlock", "teller1")]
    assert branchdesk(shop, "approvals", "approve", str(request), "--user", "supervisor1").returncode == 0
    assert branchdesk(shop, "customers", "show", "C0000000001", "--user", "teller1").returncode == 0


# -- the whole matrix: every command the parser knows, as every role --------------------------------------


def _leaves(parser: argparse.ArgumentParser, prefix: list[str]):
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield prefix, parser
        return
    for name, child in subs[0].choices.items():
        yield from _leaves(child, [*prefix, name])


def _minimal_argv(words: list[str], parser: argparse.ArgumentParser) -> list[str]:
    argv = list(words)
    for action in parser._actions:
        value = str(action.choices[0] if action.choices else 1 if action.type is int else "X")
        if not action.option_strings and action.nargs not in ("?", "*") and action.dest != "help":
            argv.append(value)
        elif action.option_strings and action.required:
            argv += [action.option_strings[0], value]
    return argv


def _commands():
    for words, parser in _leaves(build_parser(), []):
        if parser.get_default("sign_in") != "none" and words[0] != "selftest":
            yield words, parser


def test_every_command_is_in_the_permission_table():
    """A command missing from the table is refused to everyone: a new command must say what it is."""
    missing = []
    for words, parser in _commands():
        try:
            signin.permission_for(build_parser().parse_args(_minimal_argv(words, parser)))
        except DomainError:
            missing.append(" ".join(words))
    assert missing == [] and len(list(_commands())) > 50


def _recorder(ran: list[str], name: str):
    def handler(args, ctx) -> int:
        ran.append(name)
        return 0

    return handler


@pytest.mark.parametrize("role", list(Role))
def test_the_dispatcher_follows_the_table_for_every_command_and_role(db, role):
    add_staff(db)
    add_other_roles(db)
    login = {**LOGINS, **OTHER_LOGINS}[role]
    ran: list[str] = []
    for words, parser in _commands():
        args = build_parser().parse_args([*_minimal_argv(words, parser), "--user", login, "--password-stdin"])
        args.handler = _recorder(ran, " ".join(words))
        action = signin.permission_for(args)
        ctx = CommandContext(db=db, out=io.StringIO(), err=io.StringIO(), stdin=io.StringIO(PASSWORD + "\n"))
        allowed = action is None or role in PERMITTED[action]
        if allowed:
            assert signin.dispatch(args, ctx) == 0, words
        else:
            with pytest.raises(DomainError, match="not_permitted"):
                signin.dispatch(args, ctx)
    expected = [" ".join(w) for w, p in _commands()
                if (a := signin.permission_for(build_parser().parse_args(_minimal_argv(w, p)))) is None
                or role in PERMITTED[a]]  # fmt: skip
    assert ran == expected and (role is Role.ADMIN or "customers show" in ran)


def test_a_departing_managers_book_moves_only_with_a_second_supervisor(shop, db, tmp_path):
    add_second_supervisor(db)
    with db.write() as uow:
        s = uow.session
        branch_id = s.scalars(select(Staff.branch_id)).first()
        s.add(new_staff("manager9", Role.MANAGER, branch_id, "接任经理"))
        uow.commit()
    manager1 = next(a for a in staff.list_accounts(db) if a.login == "manager1")
    with pytest.raises(DomainError, match="staff_book_not_empty"):  # the book first, then the account
        staff.set_active(db, manager1.id, manager1.version, False, user_by_login(db, "admin1"))
    asked = branchdesk(shop, "customers", "reassign", "--from", "manager1", "--to", "manager9", "--json")
    request = json.loads(asked.stdout.splitlines()[-1])["pending_approval"]
    assert branchdesk(shop, "approvals", "approve", str(request), "--user", "supervisor2").returncode == 0
    with db.read() as uow:
        managers = set(uow.session.scalars(select(Customer.manager_id)))
        moved_to = uow.session.scalar(select(Staff.id).where(Staff.login == "manager9"))
        assert moved_to in managers and managers <= {moved_to, None}  # nothing left with manager1
        moved = sum(1 for m in uow.session.scalars(select(Customer.manager_id)) if m == moved_to)
    # Each customer moved is told in writing (DOMAIN §7.6): one page each, printed by a supervisor.
    notices = tmp_path / "notices.pdf"
    printed = branchdesk(shop, "customers", "notices", "--to", "manager9", "--out", str(notices))
    assert printed.returncode == 0 and printed.stdout.strip().endswith(f": {moved}")
    assert notices.read_bytes().startswith(b"%PDF")
    manager1 = next(a for a in staff.list_accounts(db) if a.login == "manager1")
    staff.set_active(db, manager1.id, manager1.version, False, user_by_login(db, "admin1"))
