"""`users add --role`: every role of DOMAIN §1 the app signs in, by its code or its name in any of the three
languages of the vocabulary."""

from __future__ import annotations

import argparse
from datetime import date

import pytest

from desktop.commands.users import role_argument
from domain.codes import Role
from domain.vocabulary import LANGUAGES, word
from tests.cli import branchdesk
from tests.factories import small_branch


@pytest.mark.parametrize("role", list(Role))
def test_a_role_is_known_by_its_code_and_its_names(role):
    assert role_argument(role.value) is role
    for language in LANGUAGES:
        name = word("role", role.value, language)
        assert name != role.value  # every role has words in every language
        assert role_argument(f" {name.upper()} ") is role


def test_an_unknown_role_is_refused_with_the_known_ones():
    with pytest.raises(argparse.ArgumentTypeError, match="lobby_manager"):
        role_argument("大堂主任")


def test_the_administrator_adds_a_lobby_manager_by_name(db, db_url):
    small_branch(db, date.today())
    added = branchdesk(db_url, "users", "add", "lobby2", "--role", "大堂经理", "--name", "孙悦", "--user",
                       "admin1", stdin="Lobby2026x\n")  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert "created lobby2 (lobby_manager)" in added.stdout
    unknown = branchdesk(db_url, "users", "add", "x2", "--role", "guard", "--name", "X", "--user", "admin1",
                         stdin="Guard2026x\n")  # fmt: skip
    assert unknown.returncode == 2 and "unknown role 'guard'" in unknown.stderr
