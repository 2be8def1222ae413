"""The working-day calendar screen as the administrator uses it: see the missing year, load it from a file."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import small_branch
from tests.services.test_calendar import NOTICE_2027
from tests.widgets.conftest import sign_in, start_station, stop_station

pytestmark = pytest.mark.gui


@pytest.fixture
def shell(app, db, tmp_path, qtbot):
    small_branch(db, date.today())
    station = start_station(app, db, tmp_path, qtbot)
    yield station
    stop_station(station)


def open_calendar(qtbot, shell):
    sign_in(qtbot, shell, "admin1")
    shell.window.show_screen("calendar")
    screen = shell.window.screen_for("calendar")
    qtbot.waitUntil(lambda: shell.runner.is_idle() and screen.years.rowCount() > 0, timeout=10_000)
    return screen


def test_the_administrator_sees_next_year_missing_and_loads_it(qtbot, shell, tmp_path):
    screen = open_calendar(qtbot, shell)
    next_year = date.today().year + 1
    rows = {screen.years.row(i).year: screen.years.row(i) for i in range(screen.years.rowCount())}
    assert rows[next_year].origin == "missing"
    assert str(next_year) in screen.banner.text() and screen.banner.kind == "warning"

    notice = tmp_path / "notice.csv"
    notice.write_text(NOTICE_2027.replace("2027-", f"{next_year}-"), encoding="utf-8")
    screen._choose_file = lambda _parent: str(notice)
    screen.import_button.click()
    qtbot.waitUntil(lambda: "loaded" in screen.banner.text(), timeout=10_000)
    assert "notice.csv" in screen.banner.text() and screen.banner.kind == "info"
    qtbot.waitUntil(lambda: shell.runner.is_idle(), timeout=10_000)
    rows = {screen.years.row(i).year: screen.years.row(i) for i in range(screen.years.rowCount())}
    assert rows[next_year].origin == "loaded" and rows[next_year].loaded_by == "admin1"


def test_a_bad_file_is_refused_on_the_banner(qtbot, shell, tmp_path):
    screen = open_calendar(qtbot, shell)
    notice = tmp_path / "bad.csv"
    notice.write_text("date,kind,name\n2027-01-04,workday,调休\n", encoding="utf-8")
    screen._choose_file = lambda _parent: str(notice)
    screen.import_button.click()
    qtbot.waitUntil(lambda: screen.banner.kind == "error", timeout=10_000)
    assert "Line 2" in screen.banner.text() and "2027-01-04" in screen.banner.text()


def test_other_roles_have_no_calendar_screen(qtbot, shell):
    sign_in(qtbot, shell, "supervisor1")
    assert "calendar" not in shell.window.screen_keys()
