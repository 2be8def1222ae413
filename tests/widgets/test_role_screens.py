"""The other posts of DOMAIN §1 at a station: each signs in to the screens its permissions allow, every screen
opens, and a customer opens with what the role may see (the lobby and the complaint officer: no holdings)."""

from __future__ import annotations

from datetime import date

import pytest

from domain.codes import Role
from tests.factories import OTHER_LOGINS, add_other_roles, small_branch
from tests.widgets.conftest import sign_in, start_station, stop_station
from widgets.account_dialog import AccountDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def shell(app, db, tmp_path, qtbot):
    small_branch(db, date.today())
    add_other_roles(db)
    station = start_station(app, db, tmp_path, qtbot)
    yield station
    stop_station(station)


SCREENS = {
    # triage, referrals, walk-in complaints; customers masked; own figures
    Role.LOBBY_MANAGER: ["home", "inbox", "customers", "performance", "catalog", "complaints", "settings"],
    # a customer manager for premium tiers
    Role.WEALTH_MANAGER: [
        "home",
        "inbox",
        "customers",
        "performance",
        "tiers",
        "catalog",
        "complaints",
        "settings",
    ],
    # the register: no sales figures (their figures are the complaint statistics)
    Role.COMPLAINT_OFFICER: ["home", "inbox", "customers", "catalog", "complaints", "settings"],
    # the branch's figures, approvals (reprints, reassignments), overdue complaints
    Role.BRANCH_HEAD: [
        "home",
        "inbox",
        "customers",
        "performance",
        "tiers",
        "catalog",
        "complaints",
        "approvals",
        "settings",
    ],  # fmt: skip
}


@pytest.mark.parametrize("role", list(SCREENS))
def test_each_other_role_gets_the_screens_its_permissions_allow(qtbot, shell, role):
    sign_in(qtbot, shell, OTHER_LOGINS[role])
    window = shell.window
    assert window is not None and window.user.role is role
    assert window.screen_keys() == SCREENS[role]
    for key in window.screen_keys():  # each opens without an error
        window.show_screen(key)
        qtbot.wait(50)
    home = window.screen_for("home")
    balances = role not in (Role.LOBBY_MANAGER, Role.COMPLAINT_OFFICER)
    assert ("aum" in home.cards) is balances and home.upcoming_view.isVisibleTo(home) is balances
    if "customers" not in window.screen_keys():
        return
    window.show_screen("customers")
    screen = window.screen_for("customers")
    screen.search_edit.setText("张三")
    qtbot.waitUntil(lambda: screen.results.rowCount() == 1, timeout=5000)
    screen.open_selected()
    qtbot.waitUntil(lambda: screen.detail.view is not None, timeout=5000)
    view, detail = screen.detail.view, screen.detail
    if role in (Role.LOBBY_MANAGER, Role.COMPLAINT_OFFICER):
        # The lobby: the tier only; the complaint officer: no holdings (DOMAIN §1). Said, not shown as zeros.
        assert view.holdings == () and not view.holdings_visible
        assert detail.value.values["aum"].text() == "Not shown to your role"
        assert not detail.near_badge.isVisibleTo(detail)
    else:
        assert len(view.holdings) == 1 and detail.value.values["aum"].text() != "Not shown to your role"
    # Full identifiers: everyone but the complaint officer (who sees the complainant's, on the case).
    assert detail.reveal_button.isVisibleTo(detail) is (role is not Role.COMPLAINT_OFFICER)


def test_the_branch_head_sees_the_closing_sheet_and_the_lobby_manager_not(qtbot, shell):
    sign_in(qtbot, shell, OTHER_LOGINS[Role.BRANCH_HEAD])
    home = shell.window.screen_for("home")
    assert home.closing_button.isVisibleTo(home)
    shell.sign_out()
    sign_in(qtbot, shell, OTHER_LOGINS[Role.LOBBY_MANAGER])
    home = shell.window.screen_for("home")
    assert not home.closing_button.isVisibleTo(home)


def test_the_administrator_creates_a_branch_head_on_the_staff_screen(qtbot, shell, monkeypatch):
    sign_in(qtbot, shell, "admin1")
    screen = shell.window.screen_for("staff")
    shell.window.show_screen("staff")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 8, timeout=5000)

    def filled_dialog(new_account):
        dialog = AccountDialog(new_account)
        offered = [dialog.role_combo.itemData(i) for i in range(dialog.role_combo.count())]
        assert offered == [role.value for role in Role]  # every post, worded in the language
        assert dialog.role_combo.itemText(offered.index("branch_head")) == "Branch head"
        dialog.login_edit.setText("head2")
        dialog.name_edit.setText("钱国栋")
        dialog.role_combo.setCurrentIndex(offered.index("branch_head"))
        dialog.password_edit.setText("Branch2026")
        dialog.repeat_edit.setText("Branch2026")
        monkeypatch.setattr(dialog, "exec", lambda: (dialog._check(), dialog.result())[1])
        return dialog

    screen._dialog_factory = filled_dialog
    screen.add_account()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 9, timeout=5000)
    added = next(screen.model.row(i) for i in range(9) if screen.model.row(i).login == "head2")
    assert added.role is Role.BRANCH_HEAD
