"""The station as a person uses it: sign in, see the screens of their role, lock, switch language."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from desktop import startup
from desktop.settings import Preferences, SettingsStore
from desktop.shell import Shell
from domain.codes import Role
from tests.factories import LOGINS, PASSWORD, small_branch
from tests.widgets.conftest import sign_in, start_station, stop_station

pytestmark = pytest.mark.gui


@pytest.fixture
def shell(app, db, tmp_path, qtbot):
    small_branch(db, date.today())
    station = start_station(app, db, tmp_path, qtbot)
    yield station
    stop_station(station)


@pytest.mark.parametrize(
    ("role", "screens"),
    [
        (Role.TELLER, ["home", "inbox", "customers", "performance", "catalog", "complaints", "settings"]),
        (
            Role.MANAGER,
            ["home", "inbox", "customers", "performance", "tiers", "catalog", "complaints", "settings"],
        ),
        (
            Role.SUPERVISOR,
            [
                "home",
                "inbox",
                "customers",
                "performance",
                "tiers",
                "catalog",
                "complaints",
                "approvals",
                "settings",
            ],
        ),
        (Role.ADMIN, ["home", "catalog", "staff", "calendar", "approvals", "settings"]),
    ],
)
def test_each_role_gets_its_own_screens(qtbot, shell, role, screens):
    sign_in(qtbot, shell, LOGINS[role])
    assert shell.window is not None and shell.window.isVisible()
    assert shell.window.screen_keys() == screens
    assert role.value in shell.window.user.role.value


def test_a_wrong_password_is_explained_like_an_unknown_login(qtbot, shell):
    sign_in(qtbot, shell, "teller1", "not-the-password")
    assert shell.window is None
    known = shell.login_dialog.error_label.text()
    sign_in(qtbot, shell, "nobody", "not-the-password")
    assert known == shell.login_dialog.error_label.text() == "Wrong login or password."  # no "attempts left"


def test_the_fifth_wrong_password_locks_the_account(qtbot, shell):
    for _ in range(5):
        sign_in(qtbot, shell, "teller1", "not-the-password")
    sign_in(qtbot, shell, "teller1")
    assert shell.window is None
    assert "locked" in shell.login_dialog.error_label.text()


def test_the_home_screen_shows_the_managers_book(qtbot, shell):
    sign_in(qtbot, shell, "manager1")
    home = shell.window.screen_for("home")
    qtbot.waitUntil(lambda: home.summary is not None, timeout=5000)
    assert home.cards["customers"].value.text() == "1"
    assert home.cards["aum"].value.text() == "12.00"  # 万元, the caption says so
    assert home.cards["aum"].toolTip() == "Exactly 120,000.00 yuan"
    assert home.cards["aum"].caption.text() == "Assets under management (10k yuan)"
    maturing = home.cards["maturing"]  # a count, and the amount below it in the same unit
    assert (maturing.value.text(), maturing.detail.text()) == ("1", "12.00 (10k yuan)")
    assert home.upcoming.rowCount() == 1


def test_a_supervisor_prints_the_daily_closing_sheet_from_the_home_screen(qtbot, shell):
    sign_in(qtbot, shell, "supervisor1")
    home = shell.window.screen_for("home")
    assert home.closing_button.isVisibleTo(home) and home.closing_button.text() == "Daily closing sheet..."
    home.closing_button.click()
    qtbot.waitUntil(lambda: home.preview_dialog is not None, timeout=20_000)
    assert home.preview_dialog.preview.document.pageCount() == 1
    home.preview_dialog.close()


def test_a_teller_has_no_closing_sheet_button(qtbot, shell):
    sign_in(qtbot, shell, "teller1")
    assert not shell.window.screen_for("home").closing_button.isVisibleTo(shell.window.screen_for("home"))


def test_a_teller_searching_sees_masked_identifiers(qtbot, shell):
    sign_in(qtbot, shell, "teller1")
    shell.window.show_screen("customers")
    screen = shell.window.screen_for("customers")
    screen.search_edit.setText("李四")  # Chinese arrives through the input method, not key by key
    qtbot.waitUntil(lambda: screen.results.rowCount() == 1, timeout=5000)
    row = screen.results.row(0)
    assert row.id_number == "1101**********002X" and row.phone == "139****5432"
    assert screen.detail.view is None  # listed; the teller chooses (Enter, double-click, F3)
    screen.open_selected()
    qtbot.waitUntil(lambda: screen.detail.view is not None, timeout=5000)
    documents = screen.detail.identity.values["documents"].text()
    assert "1101**********002X" in documents and "11010519491231002X" not in documents
    accounts = screen.detail.holdings.model
    assert accounts.data(accounts.index(0, 3)) == "************0002"


def test_idle_time_locks_the_station_until_the_password_is_given(qtbot, shell):
    sign_in(qtbot, shell, "supervisor1")
    shell.idle.set_limit_ms(50)
    qtbot.waitUntil(lambda: shell.lock_dialog is not None, timeout=10_000)
    assert shell.lock_dialog.isModal() and not shell.window.centralWidget().isVisible()
    shell.lock_dialog.password_edit.setText("wrong-one")
    shell.lock_dialog.unlock_button.click()
    qtbot.waitUntil(lambda: bool(shell.lock_dialog.error_label.text()), timeout=5000)
    assert shell.window.centralWidget().isHidden()
    shell.lock_dialog.password_edit.setText(PASSWORD)
    shell.lock_dialog.unlock_button.click()
    qtbot.waitUntil(lambda: shell.lock_dialog is None, timeout=5000)
    assert shell.window.centralWidget().isVisible()


def test_signing_out_from_the_lock_returns_to_the_sign_in(qtbot, shell):
    sign_in(qtbot, shell, "teller1")
    shell.lock()
    shell.lock_dialog.sign_out_button.click()
    qtbot.waitUntil(lambda: shell.login_dialog is not None and shell.window is None, timeout=5000)


def test_switching_language_retranslates_open_screens_at_once(qtbot, shell):
    sign_in(qtbot, shell, "manager1")
    navigation = shell.window.navigation
    assert navigation.item(0).text() == "Home"
    settings = shell.window.screen_for("settings")
    settings.language.setCurrentIndex(settings.language.findData("zh_CN"))
    settings.save()
    qtbot.waitUntil(lambda: navigation.item(0).text() == "首页", timeout=3000)
    assert shell.window.screen_for("customers").search_edit.placeholderText() == "搜索客户"
    settings.language.setCurrentIndex(settings.language.findData("zh_TW"))
    settings.save()
    qtbot.waitUntil(lambda: navigation.item(0).text() == "首頁", timeout=3000)
    assert SettingsStore(shell.store.path).load().language == "zh_TW"


def test_settings_saved_goes_away_on_the_next_change_or_when_leaving(qtbot, shell):
    sign_in(qtbot, shell, "manager1")
    window = shell.window
    window.show_screen("settings")
    settings = window.screen_for("settings")
    settings.idle.setValue(5)
    settings.save_button.click()
    assert settings.banner.isVisible() and settings.banner.text() == "Settings saved."
    settings.idle.setValue(6)  # something unsaved again: the old message would mislead
    assert not settings.banner.isVisible()
    settings.save_button.click()
    assert settings.banner.isVisible()
    window.show_screen("home")
    window.show_screen("settings")
    assert not settings.banner.isVisible()
    assert SettingsStore(shell.store.path).load().idle_lock_minutes == 6


@pytest.mark.parametrize("language", ["en", "zh_TW", "zh_CN"])
def test_the_customers_screen_with_a_profile_fits_1366_by_768(qtbot, shell, language):
    """The supervisor's header has the most buttons; English words are the longest (it needed 1618 px once)."""
    from desktop import i18n

    sign_in(qtbot, shell, "supervisor1")
    window = shell.window
    i18n.install(language)
    try:
        qtbot.wait(100)  # the language change reaches every screen before the profile is asked for
        window.show_screen("customers")
        customers = window.screen_for("customers")
        customers.open_customer("C0000000001")
        qtbot.waitUntil(lambda: customers.detail.view is not None and shell.runner.is_idle(), timeout=20_000)
        qtbot.wait(50)
        needed = window.minimumSizeHint()
        assert needed.width() <= 1366 and needed.height() <= 768, (needed.width(), needed.height())
        window.resize(1366, 768)
        qtbot.wait(20)
        assert (window.width(), window.height()) == (1366, 768)
        header = customers.detail.refer_button
        assert (
            header.mapTo(window, header.rect().topRight()).x() <= 1366
        )  # the header's buttons are on screen
    finally:
        i18n.install("en")


def test_the_administrator_creates_an_account_that_can_sign_in(qtbot, shell, monkeypatch):
    from widgets.account_dialog import AccountDialog

    sign_in(qtbot, shell, "admin1")
    screen = shell.window.screen_for("staff")
    shell.window.show_screen("staff")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 4, timeout=5000)

    def filled_dialog(new_account):
        dialog = AccountDialog(new_account)
        dialog.login_edit.setText("teller9")
        dialog.name_edit.setText("王芳")
        dialog.password_edit.setText("Counter2026")
        dialog.repeat_edit.setText("Counter2026")
        monkeypatch.setattr(dialog, "exec", lambda: (dialog._check(), dialog.result())[1])
        return dialog

    screen._dialog_factory = filled_dialog
    screen.add_account()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 5, timeout=5000)
    assert "teller9" in [screen.model.row(i).login for i in range(5)]


def test_an_unreachable_server_at_start_is_explained_not_a_traceback(app, qtbot, tmp_path):
    from db.session import Database

    fatal = []
    db = Database("postgresql://postgres@127.0.0.1:1/branchdesk")
    station = Shell(
        app, db, SettingsStore(tmp_path / "s.ini"), Preferences(language="en"), on_fatal=fatal.append
    )
    station.start()
    qtbot.waitUntil(lambda: bool(fatal), timeout=15_000)
    assert "The database cannot be reached." in fatal[0]
    assert station.login_dialog is None


def test_first_start_on_an_empty_database_fills_demo_data_and_shows_the_demo_logins(app, qtbot, db, tmp_path):
    station = Shell(
        app,
        db,
        SettingsStore(tmp_path / "s.ini"),
        Preferences(language="en", idle_lock_minutes=0),
        demo_if_empty=True,
    )
    station.start()
    # The sign-in window at once, before the demo is made; the demo logins once it is.
    qtbot.waitUntil(lambda: station.login_dialog is not None, timeout=5_000)
    qtbot.waitUntil(lambda: "Demo2026" in station.login_dialog.hint_label.text(), timeout=60_000)
    sign_in(qtbot, station, "manager1", "Demo2026")
    home = station.window.screen_for("home")
    qtbot.waitUntil(lambda: home.summary is not None, timeout=10_000)
    assert home.summary.customers > 0
    station.window.close()


def test_a_database_without_staff_tells_how_to_create_the_first_administrator(app, qtbot, db, tmp_path):
    station = Shell(app, db, SettingsStore(tmp_path / "s.ini"), Preferences(language="en"))
    station.start()
    qtbot.waitUntil(lambda: station.login_dialog is not None, timeout=10_000)
    qtbot.waitUntil(lambda: "branchdesk users add" in station.login_dialog.hint_label.text(), timeout=10_000)


def test_the_sign_in_window_comes_first_and_a_sign_in_typed_meanwhile_waits_for_the_database(
    app, qtbot, db, tmp_path, monkeypatch
):
    small_branch(db, date.today())
    release = threading.Event()
    prepare = startup.open_and_prepare

    def slow_database(*args):
        release.wait(30)
        return prepare(*args)

    monkeypatch.setattr(startup, "open_and_prepare", slow_database)
    store = SettingsStore(tmp_path / "s.ini")
    station = Shell(app, db, store, Preferences(language="en", idle_lock_minutes=0))
    station.start()
    dialog = station.login_dialog
    assert dialog is not None and dialog.isVisible()  # at once, before the database is ready
    assert dialog.database_label.text() == "Preparing the database..."
    dialog.login_edit.setText("manager1")
    dialog.password_edit.setText(PASSWORD)
    dialog.submit()
    qtbot.wait(300)
    assert station.window is None and dialog.error_label.text() == "Signing in..."
    release.set()
    qtbot.waitUntil(lambda: station.window is not None, timeout=30_000)
    assert station.window.user.login == "manager1"
    stop_station(station)
