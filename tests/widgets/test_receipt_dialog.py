"""The counter receipt from the profile against a real database: a disabled Issue says why, a holding's receipt
(masked for a teller) is stored with the full account, both copies show and print, a reprint is a 副本 copy, the
paper is the station's, and the holdings table asks for the receipt from its menu, a double-click or Enter."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from db.models import Receipt
from desktop.backend import Backend
from desktop.settings import Preferences, SettingsStore
from domain.codes import Role
from domain.staff import StaffUser
from tests.factories import LOGINS, small_branch
from tests.widgets.test_agreement_dialog import Accepting, page_count, pdf_printer
from widgets.profile.panel import ProfilePanel
from widgets.receipt.view import open_receipt_flow

pytestmark = pytest.mark.gui
ZHANG_ACCOUNT = "6222020000000001"


@pytest.fixture
def teller(db, tmp_path, monkeypatch) -> Backend:
    monkeypatch.setenv("BRANCHDESK_CONFIG_DIR", str(tmp_path / "config"))
    SettingsStore().save(Preferences(station="T07", receipt_paper="roll80"))
    ids = small_branch(db, date.today())
    return Backend(
        db, StaffUser(ids[Role.TELLER], LOGINS[Role.TELLER], "柜员甲", Role.TELLER, "0001", "测试支行")
    )


def profile_panel(qtbot, backend, runner, **options) -> ProfilePanel:
    panel = ProfilePanel(backend.customer_profile, runner, backend, **options)
    qtbot.addWidget(panel)
    panel.resize(1100, 700)
    panel.show()
    panel.open_customer("C0000000001")
    qtbot.waitUntil(lambda: panel.view is not None, timeout=5000)
    return panel


def test_issue_says_why_it_is_off_until_the_receipt_is_complete(qtbot, teller, runner, monkeypatch):
    panel = profile_panel(qtbot, teller, runner)
    dialog = open_receipt_flow(panel, teller, runner, panel.view)
    qtbot.addWidget(dialog)
    form = dialog.form
    assert not dialog.issue_button.isEnabled() and dialog.why.text().startswith("Choose or type the service")
    form.service_box.setEditText("存款")
    assert dialog.why.text() == "Enter the amount of the transaction."
    form.amount_edit.setText("5,000")
    assert dialog.why.text().startswith("Write the amount in yuan") and not dialog.issue_button.isEnabled()
    form.amount_edit.setText("5000")
    assert dialog.why.text() == "" and dialog.issue_button.isEnabled()
    assert "T07" in dialog.station_label.text() and "80 mm roll" in dialog.station_label.text()
    dialog.close()
    # A station without a terminal id cannot number a receipt: said before anything is typed.
    SettingsStore().save(Preferences(station=""))
    dialog = open_receipt_flow(panel, teller, runner, panel.view)
    qtbot.addWidget(dialog)
    dialog.form.service_box.setEditText("存款")
    dialog.form.amount_edit.setText("5000")
    assert not dialog.issue_button.isEnabled() and "no terminal id" in dialog.why.text()
    dialog.close()


def test_a_holdings_receipt_is_stored_in_full_printed_once_and_reprinted_as_a_copy(
    qtbot, teller, runner, db, tmp_path
):
    printed = tmp_path / "customer.pdf"
    flow = {"printer_factory": pdf_printer(printed), "print_dialog_factory": Accepting}
    panel = profile_panel(qtbot, teller, runner)
    holdings = panel.holdings.model
    shown = holdings.row(0).account_no
    assert shown == "************0001"  # a teller sees the account masked
    dialog = open_receipt_flow(panel, teller, runner, panel.view, account=shown, **flow)
    qtbot.addWidget(dialog)
    assert dialog.form.account_box.currentData() == shown
    dialog.form.service_box.setCurrentIndex(3)  # 定期存款开户, shown with its English words
    assert dialog.form.service_box.currentText() == "定期存款开户 · Time deposit opened"
    dialog.form.amount_edit.setText("20000.00")
    dialog.form.balance_edit.setText("140000.00")
    dialog.issue_button.click()
    assert not dialog.close_button.isEnabled()  # being written: the dialog waits for the answer
    qtbot.waitUntil(lambda: dialog.issued is not None, timeout=20_000)
    customer, bank = dialog.previews["customer"], dialog.previews["bank"]
    qtbot.waitUntil(lambda: customer.page_count > 0 and bank.page_count > 0, timeout=5000)
    assert dialog.copies.tabText(0) == "C&ustomer copy" and dialog.copies.tabText(1) == "&Bank copy"
    number = dialog.issued.number
    assert customer.title.text() == f"Receipt {number}, customer copy"
    with db.read() as uow:
        row = uow.session.scalars(select(Receipt)).one()
        assert (row.account_no, row.service, row.amount, row.paper) == (
            ZHANG_ACCOUNT,
            "定期存款开户",
            Decimal("20000.00"),
            "roll80",
        )
        original = row.pdf
    assert customer.print_document() and page_count(printed.read_bytes()) == customer.page_count
    assert not customer.print_button.isEnabled() and customer.reprint_button.isEnabled()
    assert dialog.copies.currentWidget() is bank  # the bank's copy is next
    dialog.copies.setCurrentWidget(customer)
    customer.reprint_button.click()
    qtbot.waitUntil(lambda: customer.is_copy and customer.page_count > 0, timeout=10_000)
    assert customer.title.text() == f"Receipt {number}, customer copy (copy 副本)"
    assert customer.print_button.isEnabled()  # copies print as often as asked
    with db.read() as uow:
        row = uow.session.scalars(select(Receipt)).one()
        assert row.reprints == 1 and row.pdf == original
    dialog.close()


def test_a_masked_account_that_is_not_the_customers_is_refused_in_words(qtbot, teller, runner):
    with pytest.raises(Exception) as refused:
        teller.issue_receipt("C0000000001", service="存款", amount=Decimal("1"), account="************0002")
    assert getattr(refused.value, "code", "") == "receipt_account_not_customers"  # Li's account, not Zhang's


# A popup menu on the offscreen platform cannot raise itself or grab the keyboard; on a real screen it does.
@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")
def test_the_holdings_table_asks_for_a_receipt_from_its_menu_a_double_click_and_enter(qtbot, teller, runner):
    opened: list[tuple[str, str | None]] = []

    def flow(parent, actions, runner_, customer, *, account=None):
        opened.append((customer.customer_no, account))

    panel = profile_panel(qtbot, teller, runner, receipt_flow=flow)
    assert panel.receipt_button.isVisible() and panel.receipt_button.text() == "Counter recei&pt..."
    table = panel.holdings.table
    rect = table.visualRect(table.model().index(0, 1))
    # A person's double-click: press and release, then the second press (QTest's DClick alone is only that one).
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened[-1] == ("C0000000001", "************0001")
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert len(opened) == 2
    table.customContextMenuRequested.emit(rect.center())
    menu = panel.holdings.menu
    assert menu is not None and [a.text() for a in menu.actions()] == ["Counter receipt for this account..."]
    menu.actions()[0].trigger()
    assert len(opened) == 3 and opened[-1][1] == "************0001"
    menu.close()
    panel.receipt_button.click()  # the button: the holding selected in the table
    assert opened[-1] == ("C0000000001", "************0001")


def test_a_role_the_permission_table_refuses_gets_no_receipt_action(qtbot, db, runner, tmp_path, monkeypatch):
    monkeypatch.setenv("BRANCHDESK_CONFIG_DIR", str(tmp_path / "config"))
    ids = small_branch(db, date.today())
    admin = Backend(db, StaffUser(ids[Role.ADMIN], LOGINS[Role.ADMIN], "管理员", Role.ADMIN, "0001", "x"))
    assert not admin.may_issue_receipts()

    class NoReceipts(Backend):  # a teller's profile, with the receipt right taken away
        def may_issue_receipts(self) -> bool:
            return False

    teller = NoReceipts(
        db, StaffUser(ids[Role.TELLER], LOGINS[Role.TELLER], "柜员甲", Role.TELLER, "0001", "x")
    )
    panel = profile_panel(qtbot, teller, runner)
    assert not panel.receipt_button.isVisible()
    panel.holdings.table.customContextMenuRequested.emit(QPoint(5, 5))
    assert panel.holdings.menu is None


def test_a_notice_deposit_withdrawal_that_leaves_too_little_is_refused_in_words(qtbot, teller, runner, db):
    from domain.catalog import spec_to_dict, validate_catalog
    from domain.paths import resource_path
    from domain.strict_yaml import load_strict
    from tests.factories import add_product

    catalogue = validate_catalog(load_strict(resource_path("catalog", "default.yaml").read_text("utf-8")))
    notice = next(s for s in catalogue if s.code == "DEP-NOTICE-7D")
    from db.models import Customer, Holding

    with db.write() as uow:
        s = uow.session
        product = add_product(s, notice.code, notice.name)
        product.spec = spec_to_dict(notice)
        zhang = s.scalars(select(Customer).where(Customer.customer_no == "C0000000001")).one()
        s.add(Holding(customer_id=zhang.id, product_id=product.id, account_no="6222020000000077",
                      balance=Decimal("120000.00"), opened_on=date(2026, 1, 5)))  # fmt: skip
        uow.commit()
    panel = profile_panel(qtbot, teller, runner)
    dialog = open_receipt_flow(panel, teller, runner, panel.view, account="************0077")
    qtbot.addWidget(dialog)
    form = dialog.form
    assert not form.notice_edit.isEnabled()  # only a withdrawal has a notice date
    form.service_box.setEditText("通知存款支取")
    form.amount_edit.setText("70000.01")
    form.balance_edit.setText("49999.99")
    form.withdrawal_box.setChecked(True)
    assert form.notice_edit.isEnabled() and form.demand_rate_box.isEnabled()
    form.demand_rate_box.setChecked(True)
    dialog.issue_button.click()
    qtbot.waitUntil(lambda: "below its minimum of 50000" in dialog.why.text(), timeout=10_000)
    assert dialog.issued is None
    form.balance_edit.setText("50000.00")
    form.amount_edit.setText("70000.00")
    dialog.issue_button.click()
    qtbot.waitUntil(lambda: dialog.issued is not None, timeout=20_000)
    dialog.close()
