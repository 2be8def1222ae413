"""The tier reports screen (issue 17): the 临界区间 list in words with its export, the 80/20 report by name, and the
screen given to those the permission table lets read them (managers, supervisors), not to tellers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from desktop.backend import Backend
from domain.codes import Role
from domain.errors import NotPermitted
from domain.staff import StaffUser
from domain.tiers import Concentration, NearThreshold
from tests.factories import LOGINS, small_branch
from widgets.tier_reports_screen import TierReportsScreen

NEAR = (
    NearThreshold(
        "C0000000007", "陈平国", "manager1", "T1", Decimal("48000.00"), "upgrade", "T2", Decimal("2000.00")
    ),
    NearThreshold(
        "C0000000009", "李海", "manager1", "T3", Decimal("505000.00"), "retention", None, Decimal("5000.00")
    ),
)
PARETO = (
    Concentration("", 10, 2, Decimal("1000000.00"), Decimal("800000.00")),
    Concentration("manager1", 4, 1, Decimal("400000.00"), Decimal("300000.00")),
)


class Port:
    def __init__(self) -> None:
        self.exports = 0

    def near_threshold(self):
        return NEAR

    def concentration_report(self):
        return PARETO

    def export_near_threshold(self) -> str:
        self.exports += 1
        return "customer_no,name\nC0000000007,陈平国\n"

    def manager_names(self):
        return {"manager1": "陈静"}


def cells(model, row: int) -> list[str]:
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


@pytest.fixture
def screen(qtbot, runner, tmp_path):
    opened: list[str] = []
    chosen = tmp_path / "list.csv"
    widget = TierReportsScreen(
        Port(), runner, open_customer=opened.append, save_file=lambda *_a: (str(chosen), "")
    )
    widget.opened, widget.chosen = opened, chosen
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.pareto_model.rowCount() == 2 and runner.is_idle(), timeout=5000)
    return widget


def test_the_near_tier_list_reads_in_words_and_names_the_manager(qtbot, screen):
    first = cells(screen.near_model, 0)
    assert first[:4] == ["C0000000007", "陈平国", "陈静", label_of("T1")]
    assert "T2" not in first[6] and label_of("T2") in first[6]  # "Near <tier>", the tier in words
    assert "2,000.00" in screen.near_model.data(screen.near_model.index(0, 5), Qt.ItemDataRole.ToolTipRole)
    assert (
        "1 near the next tier" in screen.near_count.text() and "1 close to losing" in screen.near_count.text()
    )
    screen.near_table.setFocus()
    screen.near_table.setCurrentIndex(screen.near_model.index(1, 0))
    qtbot.keyClick(screen.near_table, Qt.Key.Key_Return)  # opens the customer's profile
    assert screen.opened == ["C0000000009"]


def test_the_80_20_report_names_the_branch_and_each_manager(screen):
    assert cells(screen.pareto_model, 0)[0] == "The branch"
    assert cells(screen.pareto_model, 1)[0] == "陈静"
    assert cells(screen.pareto_model, 0)[-1] == "80.0%"


def test_the_list_is_exported_to_the_file_chosen(qtbot, screen, runner):
    screen.export_button.click()
    qtbot.waitUntil(lambda: screen.chosen.exists(), timeout=5000)
    assert screen.chosen.read_text(encoding="utf-8-sig").startswith("customer_no,name")
    assert str(screen.chosen) in screen.banner.text()


def label_of(tier: str) -> str:
    from widgets.labels import label

    return label("tier", tier)


@pytest.mark.parametrize("role", [Role.MANAGER, Role.SUPERVISOR])
def test_managers_and_supervisors_read_the_reports_through_the_backend(db, role):
    ids = small_branch(db, date.today())
    backend = Backend(db, StaffUser(ids[role], LOGINS[role], "name", role, "0001", "支行"))
    assert backend.may_see_tier_reports()
    assert isinstance(backend.near_threshold(), tuple)
    report = backend.concentration_report()
    assert [part.scope == "" for part in report][:1] == ([True] if role is Role.SUPERVISOR else [False])
    assert "manager1" in backend.manager_names()


def test_a_teller_has_no_tier_reports(db):
    ids = small_branch(db, date.today())
    backend = Backend(db, StaffUser(ids[Role.TELLER], "teller1", "name", Role.TELLER, "0001", "支行"))
    assert not backend.may_see_tier_reports()
    with pytest.raises(NotPermitted):
        backend.near_threshold()
