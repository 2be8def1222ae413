"""Start-up and the command line load only what they use (issue 16), checked in fresh processes that list every
module they imported (`sys.modules` as they exit). A module imported at the top of the wrong file brings back
seconds of waiting for every call; these fail when that happens."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from tests.cli import ROOT
from tests.factories import PASSWORD, small_branch

# Loaded only where they are used: migrations (a schema to upgrade), PDFs, pinyin, spreadsheets, the demo branch.
HEAVY = ("alembic", "reportlab", "pypinyin", "openpyxl", "demo")


# Runs `python -m desktop ARGV` (or `-c CODE`) and writes the names of the modules loaded to LIST as it exits.
_WRAPPER = """
import atexit, json, runpy, sys
listing, kind, *rest = sys.argv[1:]
atexit.register(lambda: open(listing, "w").write(json.dumps(sorted(sys.modules))))
if kind == "-c":
    exec(compile(rest[0], "<test>", "exec"))
else:
    sys.argv = ["branchdesk", *rest]
    runpy.run_module("desktop", run_name="__main__", alter_sys=True)
"""


def imported(
    tmp_path: Path, *argv: str, stdin: str = "", code: str | None = None
) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    listing = tmp_path / "modules.json"
    target = ["-c", code] if code is not None else ["-m", *argv]
    done = subprocess.run(
        [sys.executable, "-c", _WRAPPER, str(listing), *target],
        cwd=ROOT,
        env=dict(os.environ, PYTHONIOENCODING="utf-8", QT_QPA_PLATFORM="offscreen"),
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    return done, set(json.loads(listing.read_text()))


def heavy(names: set[str]) -> set[str]:
    return {name for name in names if name.split(".")[0] in HEAVY}


def test_a_subcommands_help_loads_only_that_command(tmp_path):
    done, names = imported(tmp_path, "customers", "--help")
    assert done.returncode == 0 and "{import,show,reassign,notices,consent}" in done.stdout
    assert heavy(names) == set()
    commands = {name for name in names if name.startswith("desktop.commands.")}
    assert commands == {"desktop.commands.customers", "desktop.commands.signin"}


def test_the_app_reaches_its_sign_in_window_without_the_database_layer_or_the_screens(tmp_path):
    """What runs before the sign-in window is shown: the command line's app path and the modules of the window.
    The database, its schema check and the signed-in window's screens load behind it (desktop/startup.py)."""
    code = (
        "from desktop.cli import build_parser\n"
        "build_parser(['--db', 'sqlite:///nowhere.db', '--lang', 'en'])\n"
        "import desktop.app, desktop.shell, desktop.startup, widgets.login_dialog\n"
    )
    done, names = imported(tmp_path, code=code)
    assert done.returncode == 0, done.stderr[-2000:]
    assert heavy(names) == set()
    early = {"sqlalchemy", "desktop.commands", "desktop.navigator", "desktop.backend", "services", "argon2"}
    assert "widgets.login_dialog" in names
    assert {name for name in names if name.split(".")[0] in early or name in early} == set()


def test_a_command_on_a_current_database_loads_no_migrations_documents_or_pinyin(tmp_path, db, db_url):
    small_branch(db, date.today())
    done, names = imported(
        tmp_path, "customers", "show", "C0000000001", "--json", "--db", db_url, "--user", "manager1",
        "--password-stdin", stdin=f"{PASSWORD}\n",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert '"customer_no": "C0000000001"' in done.stdout
    assert heavy(names) == set()


def test_preparing_a_current_database_at_start_loads_no_migrations(tmp_path, db, db_url):
    code = (
        "from db.session import Database\n"
        "from desktop.shell import prepare_database\n"
        f"assert prepare_database(Database({db_url!r}), False)['staff'] == 0\n"
    )
    done, names = imported(tmp_path, code=code)
    assert done.returncode == 0, done.stderr[-2000:]
    assert heavy(names) == set()
