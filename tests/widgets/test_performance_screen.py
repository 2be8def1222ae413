"""The performance dashboard as each role opens it: the figures of the service on its tiles, pickers that reload,
a teller who cannot pick anyone else, drill-down lists whose total is the tile's number, print and export; and the
charts drawing with no point, one point and many."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

import demo
from db.models import Customer
from desktop.backend import Backend
from domain.errors import DomainError
from domain.performance import Figure, percent
from domain.periods import Cadence, period_containing
from services import performance, referrals, staff
from widgets.charts import Bar, BarChart, Series, TierBars, TrendChart
from widgets.labels import money, whole_number
from widgets.performance.view import PerformanceScreen
from widgets.performance_parts import pct, wan

pytestmark = pytest.mark.gui
TODAY = date.today()


@pytest.fixture
def demo_db(db, demo_copy):
    demo_copy(db, customers=120, seed=5)
    teller = staff.login(db, "teller1", demo.DEMO_PASSWORD)
    manager = staff.login(db, "manager1", demo.DEMO_PASSWORD)
    with db.read() as uow:
        numbers = uow.session.scalars(
            select(Customer.customer_no)
            .where(Customer.manager_id == manager.id)
            .order_by(Customer.customer_no)
        ).all()
    made = []
    for number in numbers:  # two referrals by the teller this month, the first converted by the manager
        try:
            made.append(
                referrals.create(
                    db, teller, number, reason="stated_need", now=datetime.now() - timedelta(hours=2)
                )
            )
        except DomainError:  # the demo's own referral for this customer is still open
            continue
        if len(made) == 2:
            break
    contacted = referrals.record_outcome(db, manager, made[0].id, "contacted")
    referrals.record_outcome(db, manager, made[0].id, "converted", version=contacted.version)
    return db


def open_screen(qtbot, runner, db, login, **options) -> tuple[PerformanceScreen, Backend]:
    user = staff.login(db, login, demo.DEMO_PASSWORD)
    backend = Backend(db, user)
    screen = PerformanceScreen(user, backend, runner, **options)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitUntil(lambda: screen.card is not None and runner.is_idle(), timeout=10_000)
    return screen, backend


def month():
    return period_containing(Cadence.MONTH, TODAY)


def value(screen, key: str) -> str:
    return screen.tiles[key].value.text()


def test_a_supervisor_sees_the_branch_with_its_figures(qtbot, runner, demo_db):
    screen, backend = open_screen(qtbot, runner, demo_db, "supervisor1")
    card = backend.performance_scorecard(month(), "")
    book, act = card.book, card.activity
    assert screen.card.scope_login == "" and screen.staff.isEnabled()
    assert value(screen, "customers") == whole_number(book.customers_end)
    assert value(screen, "aum") == wan(book.aum_end)
    assert value(screen, "deposits") == wan(book.deposits_end)
    assert value(screen, "complaints") == whole_number(card.complaints.total)
    assert value(screen, "overdue") == whole_number(act.overdue_tasks)
    assert value(screen, "referrals") == pct(percent(act.referrals_converted, act.referrals_received))
    assert {"fees", "plans", "complaints", "moved_up", "retention", "contact"} <= set(screen.tiles)
    for key in ("staff", "plans", "complaint_categories", "complaint_channels", "moves"):
        assert screen.sections[key].isVisibleTo(screen), key
    assert screen.sections["staff"].model.rowCount() == len(card.staff)
    assert screen.tier_bars.isVisibleTo(screen) and not screen.service_bars.isVisibleTo(screen)
    assert [b.key for b in screen.tier_bars.bars] == ["T5", "T4", "T3", "T2", "T1", "T0"]
    # everyone of the branch can be picked, and picking reloads
    logins = [screen.staff.itemData(i) for i in range(screen.staff.count())]
    assert logins[0] == "" and {"teller1", "manager1", "supervisor1"} <= set(logins)
    screen.staff.setCurrentIndex(logins.index("manager1"))
    qtbot.waitUntil(lambda: screen.card.scope_login == "manager1", timeout=5000)
    assert "staff" not in {k for k, s in screen.sections.items() if s.isVisibleTo(screen)}
    assert "complaints" not in screen.tiles


def test_a_manager_sees_their_book_and_activity(qtbot, runner, demo_db):
    screen, backend = open_screen(qtbot, runner, demo_db, "manager1")
    card = backend.performance_scorecard(month())
    book, act = card.book, card.activity
    assert card.scope_login == "manager1" and not screen.staff.isEnabled()
    assert value(screen, "customers") == whole_number(book.customers_end)
    assert value(screen, "new_customers") == whole_number(book.new_customers)
    assert value(screen, "moved_up") == whole_number(book.moved_up)
    assert value(screen, "retention") == (f"{book.retention}%" if book.retention is not None else "—")
    assert value(screen, "contact") == f"{book.contact_coverage}%"
    assert value(screen, "referrals") == pct(percent(act.referrals_converted, act.referrals_received))
    assert value(screen, "recommendations") == pct(act.recommendation_acceptance)
    assert value(screen, "agreements") == whole_number(act.agreements_issued)
    assert "complaints" not in screen.tiles and "fees" not in screen.tiles
    assert not screen.sections["staff"].isVisibleTo(screen)
    assert screen.sections["moves"].isVisibleTo(screen)


def test_a_teller_sees_the_counter_and_cannot_pick_anyone_else(qtbot, runner, demo_db):
    screen, backend = open_screen(qtbot, runner, demo_db, "teller1")
    card = backend.performance_scorecard(month())
    assert card.book is None
    assert not screen.staff.isEnabled() and screen.staff.count() == 1
    assert screen.staff.itemData(0) == "teller1"
    assert screen.staff_login() is None  # the service's own scope: the teller themselves
    assert set(screen.tiles) == {"services", "referrals_made", "recommendations", "agreements", "overdue"}
    assert value(screen, "referrals_made") == pct(card.activity.referral_conversion)
    assert screen.tiles["referrals_made"].detail.text() == (
        f"Converted {card.activity.referrals_made_converted} / {card.activity.referrals_made} made"
    )
    assert card.activity.referrals_made >= 2 and card.activity.referrals_made_converted >= 1
    assert value(screen, "services") == whole_number(card.activity.services)
    assert not screen.tier_bars.isVisibleTo(screen) and screen.service_bars.isVisibleTo(screen)
    assert screen.sections["receipts"].isVisibleTo(screen) and not screen.sections["moves"].isVisibleTo(
        screen
    )


def test_changing_the_cadence_and_day_reloads(qtbot, runner, demo_db):
    screen, _backend = open_screen(qtbot, runner, demo_db, "manager1")
    screen.cadence.setCurrentIndex(screen.cadence.findData("year"))
    qtbot.waitUntil(lambda: screen.card.period.cadence is Cadence.YEAR, timeout=5000)
    assert screen.card.period.first == date(TODAY.year, 1, 1)
    screen.cadence.setCurrentIndex(screen.cadence.findData("xun"))
    qtbot.waitUntil(lambda: screen.card.period.cadence is Cadence.XUN, timeout=5000)
    assert screen.day_edit.isVisibleTo(screen) and not screen.from_edit.isVisibleTo(screen)
    screen.cadence.setCurrentIndex(screen.cadence.findData("custom"))
    assert screen.from_edit.isVisibleTo(screen) and not screen.day_edit.isVisibleTo(screen)
    first = TODAY - timedelta(days=9)
    screen.from_edit.setDate(first)
    qtbot.waitUntil(
        lambda: screen.card.period.first == first and screen.card.period.last == TODAY, timeout=5000
    )
    screen.from_edit.setDate(TODAY)
    screen.to_edit.setDate(TODAY - timedelta(days=1))  # reversed: said in words, nothing asked
    assert screen.banner.kind == "error" and "before it begins" in screen.banner.text()


def test_a_tile_opens_the_customers_behind_it_and_the_total_is_the_number(qtbot, runner, demo_db):
    opened: list[str] = []
    screen, backend = open_screen(qtbot, runner, demo_db, "supervisor1", open_customer=opened.append)
    book = screen.card.book
    qtbot.mouseClick(screen.tiles["customers"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.drill_dialog is not None, timeout=5000)
    dialog = screen.drill_dialog
    assert dialog.drill.figure is Figure.BOOK and dialog.drill.total == book.customers_end
    assert dialog.model.rowCount() == min(book.customers_end, 200)
    assert str(book.customers_end) in dialog.total_label.text()
    first = dialog.model.row(0)
    dialog.open_row(0)
    assert opened == [first.customer_no]
    # a tier bar opens that tier only
    tier = next(r for r in book.tiers if r.customers)
    screen.tier_bars.sig_tier_clicked.emit(tier.tier)
    qtbot.waitUntil(lambda: screen.drill_dialog is not None and screen.drill_dialog.drill.tier == tier.tier,
                    timeout=5000)  # fmt: skip
    assert screen.drill_dialog.drill.total == tier.customers
    assert {r.tier for r in screen.drill_dialog.drill.rows} == {tier.tier}
    screen.drill_dialog.close()
    # the contact plan: the customers not contacted in time
    screen.drill(Figure.CONTACT_DUE)
    qtbot.waitUntil(lambda: screen.drill_dialog is not None and screen.drill_dialog.drill.figure is Figure.CONTACT_DUE,
                    timeout=5000)  # fmt: skip
    assert screen.drill_dialog.drill.total == book.contact_due - book.contacted
    screen.drill_dialog.close()


def _rate_of(detail: str) -> str:
    """The rate the "part / whole" at the start of a tile's detail line gives."""
    part, whole = re.search(r"(\d[\d,]*) / (\d[\d,]*)", detail).groups()
    return pct(percent(int(part.replace(",", "")), int(whole.replace(",", ""))))


def test_every_rate_agrees_with_the_parts_beside_it_and_money_is_in_one_unit(qtbot, runner, demo_db):
    screen, backend = open_screen(qtbot, runner, demo_db, "supervisor1")
    act = screen.card.activity
    assert (
        act.recommendations_answered > act.recommendations_accepted + act.recommendations_declined
    )  # "later"s
    for key in ("recommendations", "referrals", "contact", "retention"):
        tile = screen.tiles[key]
        assert value(screen, key) == _rate_of(tile.detail.text()), key
        assert not tile.unit.isVisibleTo(tile)  # a rate has its parts in the detail line, not a second "of n"
    for key in ("aum", "deposits", "fees"):
        tile = screen.tiles[key]
        assert tile.unit.text() == "¥10k" and tile.toolTip().startswith("Exactly ")
        exact = Decimal(re.search(r"Exactly ([\d,.]+) yuan", tile.toolTip())[1].replace(",", ""))
        assert value(screen, key) == wan(exact)  # the same figure, in 万元
    assert "¥10k" in screen.tiles["agreements"].detail.text()
    texts = [screen.sections[k].model.headerData(c, Qt.Orientation.Horizontal)
             for k in ("agreements", "receipts", "staff") for c in range(screen.sections[k].model.columnCount())]  # fmt: skip
    assert not [t for t in texts if "(yuan)" in t]  # every amount on the screen is in 10k yuan
    plans = screen.sections["plans"].model
    assert plans.rowCount() and all(
        re.fullmatch(r"\d{4}-\d\d-\d\d – \d{4}-\d\d-\d\d", plans.data(plans.index(r, 1)))
        for r in range(plans.rowCount())
    )  # periods with their year


def test_the_agreements_drill_down_lists_the_agreements_and_their_amounts(qtbot, runner, demo_db):
    screen, backend = open_screen(qtbot, runner, demo_db, "supervisor1")
    act = screen.card.activity
    assert act.agreements_issued > 0
    qtbot.mouseClick(screen.tiles["agreements"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.drill_dialog is not None, timeout=5000)
    dialog = screen.drill_dialog
    drill = dialog.drill
    assert drill.figure is Figure.AGREEMENTS and drill.total == act.agreements_issued
    signed = sum((r.amount for r in act.agreements), Decimal(0))
    assert drill.amount_total == signed  # what the card sums, not the customers' assets
    if drill.total <= len(drill.rows):
        assert sum((r.amount for r in drill.rows), Decimal(0)) == signed
    assert dialog.model.headerData(4, Qt.Orientation.Horizontal) == "Amount (yuan)"
    assert dialog.model.data(dialog.model.index(0, 4)) == money(drill.rows[0].amount)
    assert re.match(r"\d{4}-\d{4}-\d{6} ", drill.rows[0].detail)  # the agreement's number, then its product
    assert f"Amount in all: {money(signed)} yuan." in dialog.total_label.text()
    assert screen.tiles["agreements"].toolTip().startswith(f"Exactly {money(signed)} yuan")
    dialog.close()


def test_a_click_on_a_tier_bar_names_the_tier(qtbot, app):
    bars = TierBars()
    qtbot.addWidget(bars)
    bars.resize(400, 220)
    bars.set_tiers([(t, t, n, str(n)) for t, n in (("T0", 50), ("T1", 20), ("T2", 5))])
    bars.show()
    qtbot.waitExposed(bars)
    bars.grab()
    with qtbot.waitSignal(bars.sig_tier_clicked) as signal:
        qtbot.mouseClick(bars, Qt.MouseButton.LeftButton, pos=bars.row_rect(0).center().toPoint())
    assert signal.args == ["T2"]  # highest tier at the top


def test_print_opens_the_preview_and_export_writes_a_workbook(qtbot, runner, demo_db, tmp_path):
    shown: list[tuple[bytes, str]] = []
    target = tmp_path / "out.xlsx"
    asked: list[str] = []

    def preview(parent, data, title, **options):
        shown.append((data, title))
        return None

    def save_file(parent, caption, default, filters):
        asked.append(default)
        return str(target), filters

    screen, _backend = open_screen(
        qtbot, runner, demo_db, "supervisor1", dialogs={"preview": preview, "save_file": save_file}
    )
    screen.print_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert shown[0][0].startswith(b"%PDF")
    screen.export_button.click()
    qtbot.waitUntil(lambda: screen.exported is not None, timeout=20_000)
    assert asked[0].endswith(f"Performance_{screen.card.branch_code}_{TODAY:%Y-%m}_Monthly report.xlsx")
    book = load_workbook(target)
    assert book.sheetnames
    assert str(target) in screen.banner.text()


def test_update_todays_figures_runs_the_daily_job_and_reloads(qtbot, runner, demo_db):
    screen, _backend = open_screen(qtbot, runner, demo_db, "manager1")
    before = screen.card
    screen.refresh_button.click()
    qtbot.waitUntil(lambda: screen.card is not before and runner.is_idle(), timeout=10_000)
    assert screen.banner.kind == "info" and screen.refresh_button.isEnabled()


@pytest.mark.parametrize("points", [0, 1, 2, 45])
def test_the_charts_draw_with_no_point_one_point_and_many(qtbot, app, points):
    days = [TODAY - timedelta(days=points - 1 - i) for i in range(points)]
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(320, 180)
    chart.set_texts("Deposits", "10k yuan", "No data")
    chart.set_series(
        days,
        [
            Series("A", tuple(Decimal(240_000_000 + 150_000 * i) for i in range(points))),
            Series("B", tuple(Decimal(460_000_000 - 90_000 * i) for i in range(points))),
        ]
        if points
        else [],
    )
    assert not chart.grab().isNull()
    flat = TrendChart(unit="count")
    qtbot.addWidget(flat)
    flat.resize(200, 150)
    flat.set_series(days, [Series("n", tuple(7 for _ in days))])
    assert not flat.grab().isNull()
    bars = BarChart(clickable=False)
    qtbot.addWidget(bars)
    bars.resize(300, 160)
    bars.set_bars([Bar(str(i), f"业务{i}", i * 3, str(i * 3)) for i in range(points % 9)])
    assert not bars.grab().isNull()


def test_the_branch_dashboard_asks_the_service_once_per_change(qtbot, runner, demo_db, monkeypatch):
    calls: list[tuple] = []
    real = performance.scorecard

    def counting(db, user, period, staff_login=None, **kw):
        calls.append((period.cadence, staff_login))
        return real(db, user, period, staff_login, **kw)

    monkeypatch.setattr(performance, "scorecard", counting)
    screen, _backend = open_screen(qtbot, runner, demo_db, "supervisor1")
    assert calls == [(Cadence.MONTH, "")]
    screen.cadence.setCurrentIndex(screen.cadence.findData("week"))
    qtbot.waitUntil(lambda: screen.card.period.cadence is Cadence.WEEK, timeout=5000)
    assert calls[-1] == (Cadence.WEEK, "")


def test_the_branch_head_opens_the_plans_and_a_new_target_shows_when_they_close(qtbot, runner, demo_db):
    screen, backend = open_screen(qtbot, runner, demo_db, "supervisor1")
    assert screen.plans_button.isVisibleTo(screen)
    manager_screen, _ = open_screen(qtbot, runner, demo_db, "manager1")
    assert not manager_screen.plans_button.isVisibleTo(manager_screen)  # targets are the branch head's
    screen.plans_button.click()
    dialog = screen.findChild(QDialog, "plans_dialog")
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(runner.is_idle, timeout=10_000)
    before = screen.card
    backend.set_plan("new_customers", month(), "37")
    dialog.close()
    qtbot.waitUntil(lambda: screen.card is not before and runner.is_idle(), timeout=10_000)
    monthly = [(p.target, p.first, p.last) for p in screen.card.plans if p.metric.value == "new_customers"]
    assert (Decimal("37"), month().first, month().last) in monthly
