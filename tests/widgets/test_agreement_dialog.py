"""The agreement issue dialog and the PDF preview against a real database (SQLite and PostgreSQL), English UI:
blocks in words keep Issue off, warnings need their boxes ticked, issuing shows the preview, printing goes to a
PDF-file printer without a dialog, and a refusal at issue time is shown with nothing issued."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QLabel
from sqlalchemy import func, select

from db import errors
from db.models import Agreement, Counter, Customer
from desktop.backend import Backend
from domain.catalog import ProductSpec
from domain.codes import Role
from domain.staff import StaffUser
from services import approvals
from services.staff import user_by_login
from tests.factories import LOGINS
from tests.services.test_agreements import ZHANG, shop
from tests.services.test_suitability_service import product
from widgets.agreement.view import AgreementDialog, open_agreement_flow
from widgets.profile.panel import ProfilePanel

pytestmark = pytest.mark.gui


@pytest.fixture
def branch(db):
    shop(db)
    return db


def backend_for(db, role: Role = Role.MANAGER) -> Backend:
    with db.read() as uow:
        from db.models import Staff

        staff_id = uow.session.scalars(select(Staff.id).where(Staff.login == LOGINS[role])).one()
    return Backend(
        db, StaffUser(staff_id, LOGINS[role], f"{role.value}-name", role, "0001", "示范银行测试支行")
    )


class Accepting:
    """A print dialog that the person accepted at once (no real dialog in tests)."""

    def __init__(self, printer, parent) -> None:
        self.printer = printer

    def exec(self) -> int:
        return QDialog.DialogCode.Accepted


def pdf_printer(path):
    def factory() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return printer

    return factory


def open_dialog(qtbot, backend, runner, product=None, amount=None, **options) -> AgreementDialog:
    dialog = open_agreement_flow(None, backend, runner, ZHANG, product, amount, **options)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.products_loaded, timeout=5000)
    return dialog


def wait_checked(qtbot, dialog) -> None:
    qtbot.waitUntil(dialog.checked_now, timeout=5000)


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


def counts(db) -> tuple[int, int]:
    with db.read() as uow:
        s = uow.session
        agreements = s.scalar(select(func.count()).select_from(Agreement))
        used = s.scalar(
            select(func.coalesce(func.sum(Counter.value), 0)).where(Counter.name.like("agreement:%"))
        )
        return agreements, used


def test_only_products_with_an_agreement_on_sale_are_offered(qtbot, branch, runner):
    dialog = open_dialog(qtbot, backend_for(branch), runner)
    codes = [dialog.product_box.itemData(i) for i in range(dialog.product_box.count())]
    assert "TD1Y" not in codes  # an entry this version cannot read
    # A card signs an agreement: offered even without a template of its own, so issuing it names the one missing.
    assert {"WM-R2", "WM-R4", "TD-X", "SI-X", "CARD-1"} <= set(codes)


def test_a_product_not_offered_is_named_and_nothing_else_is_chosen(qtbot, branch, runner):
    dialog = open_dialog(qtbot, backend_for(branch), runner, "TD1Y", Decimal("100"))
    assert dialog.product() is None and dialog.product_box.currentIndex() == -1
    assert "The product TD1Y cannot be issued here today" in dialog.error_label.text()
    assert not dialog.issue_button.isEnabled()


def test_a_blocked_sale_shows_its_reasons_and_issue_stays_off(qtbot, branch, runner):
    dialog = open_dialog(qtbot, backend_for(branch), runner, "WM-R4", Decimal("50000"))
    wait_checked(qtbot, dialog)
    assert not dialog.result.allowed
    assert dialog.check_status.text() == "The sale is blocked by the suitability rules:"
    words = dialog.findChild(type(dialog.check_status), "finding_risk_mismatch").text()
    assert "The product is R4 but the customer's risk tolerance C2 allows up to R2" in words
    assert words.endswith("Choose a product of R2 or lower.")  # what would let the sale pass
    assert not dialog.issue_button.isEnabled()
    dialog.issue()  # even when called directly nothing is issued
    assert counts(branch) == (0, 0)


PRIVATE_RECORDED = ProductSpec(code="WM-PRIV-DR", name="私募固收理财（双录）", family="wealth", risk_level=2,
                               currency="CNY", private=True, sale_mode="own", dual_recording=True,
                               min_amount=Decimal("300000"))  # fmt: skip


def test_warnings_must_be_ticked_and_the_recording_named_before_issue(qtbot, branch, runner):
    with branch.write() as uow:
        product(uow.session, PRIVATE_RECORDED)
        uow.commit()
    dialog = open_dialog(qtbot, backend_for(branch), runner, "WM-PRIV-DR", Decimal("300000"))
    wait_checked(qtbot, dialog)
    assert dialog.result.allowed
    assert set(dialog.ack_boxes) == {"cooling_off", "dual_recording_required"}
    assert (
        "cooling-off period of 24 hours"
        in dialog.findChild(type(dialog.check_status), "finding_cooling_off").text()
    )
    assert dialog.recording_row.isVisible() and not dialog.issue_button.isEnabled()
    dialog.ack_boxes["cooling_off"].setChecked(True)
    assert not dialog.issue_button.isEnabled()
    dialog.ack_boxes["dual_recording_required"].setChecked(True)
    assert not dialog.issue_button.isEnabled()  # the recording's id is still missing
    dialog.recording_edit.setText("DR-20261129-001")
    assert dialog.issue_button.isEnabled()
    # A changed amount is checked again; Issue waits for that answer (same warnings: the ticks stay).
    dialog.amount_edit.setText("350000")
    assert not dialog.issue_button.isEnabled()
    wait_checked(qtbot, dialog)
    assert dialog.ack_boxes["cooling_off"].isChecked() and dialog.issue_button.isEnabled()
    dialog.amount_edit.setText("12abc")
    assert not dialog.issue_button.isEnabled()
    assert dialog.amount_words.text().startswith("Write the amount in yuan")


def issue_wm(qtbot, dialog) -> None:
    wait_checked(qtbot, dialog)
    dialog.ack_boxes["dual_recording_required"].setChecked(True)
    dialog.recording_edit.setText("DR-001")
    assert dialog.issue_button.isEnabled()
    dialog.issue_button.click()
    qtbot.waitUntil(lambda: dialog.issued is not None, timeout=10000)


def test_issuing_shows_the_preview_and_prints_to_a_pdf_file(qtbot, branch, runner, tmp_path):
    backend = backend_for(branch)
    out = tmp_path / "printed.pdf"
    dialog = open_dialog(
        qtbot,
        backend,
        runner,
        "WM-R2",
        Decimal("50000"),
        printer_factory=pdf_printer(out),
        print_dialog_factory=Accepting,
    )
    assert dialog.amount_words.text() == "¥50,000.00  人民币伍万元整"
    issue_wm(qtbot, dialog)
    issued = dialog.issued
    assert dialog.pages.currentIndex() == 1 and issued.number in dialog.issued_label.text()
    assert issued.acknowledged_warnings == ("dual_recording_required",)
    preview = dialog.preview
    qtbot.waitUntil(lambda: preview.page_count > 0, timeout=5000)
    assert preview.page_count == page_count(issued.pdf) >= 1
    assert preview.pages.text() == f"{preview.page_count} page(s)"
    assert counts(branch) == (1, 1)

    assert preview.print_document()
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 10_000
    assert page_count(data) == preview.page_count
    assert backend.print_setup()[1] == "A4"  # the paper is remembered for this station
    # The original is printed once; after that only copies (副本) from the archive.
    assert not preview.print_button.isEnabled() and preview.reprint_button.isVisible()
    preview.reprint_button.click()  # a copy is asked for first; a supervisor approves it (DOMAIN §1)
    qtbot.waitUntil(
        lambda: "approval" in preview.message.text() and preview.reprint_button.isEnabled(), timeout=10000
    )
    [request] = approvals.pending(branch, user_by_login(branch, "supervisor1"))
    approvals.approve(branch, user_by_login(branch, "supervisor1"), request.id)
    preview.reprint_button.click()
    qtbot.waitUntil(lambda: preview.is_copy and preview.page_count > 0, timeout=10000)
    assert preview.print_button.isEnabled() and "副本" in preview.title.text()
    with branch.read() as uow:
        row = uow.session.scalars(select(Agreement)).one()
        assert row.copies_printed == 1 and row.pdf == issued.pdf  # the stored original is untouched


def test_a_block_at_issue_time_is_shown_and_nothing_is_issued(qtbot, branch, runner):
    dialog = open_dialog(qtbot, backend_for(branch), runner, "WM-R2", Decimal("50000"))
    wait_checked(qtbot, dialog)
    dialog.ack_boxes["dual_recording_required"].setChecked(True)
    dialog.recording_edit.setText("DR-001")
    assert dialog.issue_button.isEnabled()
    with branch.write() as uow:  # meanwhile another station opens enhanced due diligence for the customer
        zhang = uow.session.scalars(select(Customer).where(Customer.customer_no == ZHANG)).one()
        zhang.tags = [*zhang.tags, "aml_edd_pending"]
        uow.commit()
    dialog.issue_button.click()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=10000)
    assert dialog.error_label.text().startswith("Nothing was issued: the sale is refused.")
    assert "aml_edd_pending" not in dialog.error_label.text()  # words, not codes
    assert dialog.issued is None and dialog.pages.currentIndex() == 0
    assert counts(branch) == (0, 0)  # no record, no number used
    wait_checked(qtbot, dialog)  # checked again: the form now shows the block
    assert not dialog.result.allowed and not dialog.issue_button.isEnabled()
    # The reason is said once: in the suitability result, not again under the form.
    reason = "Enhanced due diligence for this customer is still open."

    def shown() -> list[QLabel]:
        return [w for w in dialog.findChildren(QLabel) if w.isVisible() and reason in w.text()]

    qtbot.waitUntil(lambda: len(shown()) == 1, timeout=5000)
    assert shown()[0].objectName() == "finding_aml_edd_pending"
    assert "The reasons are shown on the right." in dialog.error_label.text()
    assert "the suitability rules block this sale" in dialog.why_label.text()


def test_a_storage_refusal_is_worded_in_the_dialog(qtbot, branch, runner):
    backend = backend_for(branch)

    def changed(*_args):
        raise errors.RecordChanged("agreement counter")

    dialog = AgreementDialog(
        ZHANG,
        load_products=backend.agreement_products,
        check=backend.check_sale,
        issue=changed,
        runner=runner,
        product_code="TD-X",
        amount=Decimal("1000"),
    )
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.products_loaded, timeout=5000)
    wait_checked(qtbot, dialog)
    assert dialog.term_box.count() == 2 and dialog.ack_boxes == {}
    assert dialog.check_status.text() == "The sale passes the suitability rules."
    dialog.term_box.setCurrentIndex(dialog.term_box.findData("1Y"))
    dialog.issue_button.click()
    qtbot.waitUntil(lambda: bool(dialog.error_label.text()), timeout=5000)
    assert dialog.error_label.text().startswith("Someone else saved this record")
    assert dialog.issued is None and dialog.pages.currentIndex() == 0
    assert dialog.product_box.isEnabled() and counts(branch) == (0, 0)


def test_the_profile_offers_issue_agreement_to_tellers_and_managers(qtbot, branch, runner):
    opened = []

    def flow(parent, backend, runner_, customer_no, product_code=None, amount=None):
        opened.append((customer_no, product_code, amount))

    # Tellers and managers issue; supervisors approve reprints (DOMAIN §1). Each panel loads a whole profile,
    # so the panel is shown for one role that may and one that may not.
    assert backend_for(branch, Role.MANAGER).may_issue_agreements()
    assert not backend_for(branch, Role.ADMIN).may_issue_agreements()
    for role, offered in ((Role.TELLER, True), (Role.SUPERVISOR, False)):
        backend = backend_for(branch, role)
        panel = ProfilePanel(backend.customer_profile, runner, backend, agreement_flow=flow)
        qtbot.addWidget(panel)
        panel.show()
        panel.open_customer(ZHANG)
        qtbot.waitUntil(lambda panel=panel: panel.view is not None, timeout=5000)
        assert panel.agreement_button.isVisible() is offered, role
        if offered:
            panel.agreement_button.click()
            assert opened[-1] == (ZHANG, None, None)
        runner.wait_idle()


# -- the form as a person fills it in (issue 14) ------------------------------------------------------------------


def _where(dialog, widget):
    return widget.mapTo(dialog, widget.rect().topLeft()), widget.size()


def test_the_amount_and_recording_fields_stay_in_place_while_typing(qtbot, branch, runner):
    with branch.write() as uow:
        product(uow.session, PRIVATE_RECORDED)
        uow.commit()
    dialog = open_dialog(qtbot, backend_for(branch), runner, "WM-PRIV-DR")
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=5000)
    wait_checked(qtbot, dialog)
    fields = (dialog.amount_edit, dialog.recording_edit, dialog.term_box, dialog.account_box)
    before = [_where(dialog, w) for w in fields]
    for text in ("3", "30000x", "300000", "", "12abc", "350000"):  # hints, errors, warnings come and go
        dialog.amount_edit.clear()
        qtbot.keyClicks(dialog.amount_edit, text)
        wait_checked(qtbot, dialog)
        qtbot.wait(20)  # let the layout settle
        assert [_where(dialog, w) for w in fields] == before, text
    assert dialog.recording_edit.isEnabled()  # the dual-recorded sale needs it: switched on in place


def test_products_are_grouped_by_family_and_found_by_name_or_pinyin(qtbot, branch, runner):
    dialog = open_dialog(qtbot, backend_for(branch), runner)
    box = dialog.product_box
    headings = [box.itemText(i) for i in range(box.count()) if box.itemData(i) is None]
    assert {"Wealth management", "Deposits"} <= set(headings)
    heading = next(i for i in range(box.count()) if box.itemData(i) is None)
    assert not box.model().item(heading).isEnabled()  # a family is a heading, not a choice
    assert box.maxVisibleItems() <= 15  # the list scrolls instead of running off the screen

    def visible() -> set[str]:
        return {
            box.itemData(i) for i in range(box.count()) if box.itemData(i) and not box.view().isRowHidden(i)
        }

    qtbot.keyClicks(dialog.product_search, "zczq")  # 整存整取 by its initials
    assert visible() == {"TD-X"} and dialog.product().code == "TD-X"
    dialog.product_search.clear()
    qtbot.keyClicks(dialog.product_search, "licai")  # 理财
    assert visible() == {"WM-R2", "WM-R4", "WM-PRIV"} and dialog.product().family == "wealth"
    dialog.product_search.clear()
    dialog.product_search.setText("借记")  # typed through the input method
    assert visible() == {"CARD-1"}
    dialog.product_search.clear()
    assert len(visible()) == len([i for i in range(box.count()) if box.itemData(i)])


def test_the_settlement_account_is_chosen_and_printed(qtbot, branch, runner, tmp_path):
    from tests.reports.conftest import Pdf
    from tests.services.test_agreements import DEMAND_ACCOUNT

    dialog = open_dialog(qtbot, backend_for(branch), runner, "WM-R2", Decimal("50000"))
    qtbot.waitUntil(lambda: dialog.account_box.count() == 1, timeout=5000)
    assert dialog.account_box.currentText().endswith("************0009")  # masked on screen
    assert dialog.account_box.currentData() == DEMAND_ACCOUNT
    issue_wm(qtbot, dialog)
    text = Pdf(dialog.issued.pdf, tmp_path).text.replace(" ", "")
    assert "************0009" in text and DEMAND_ACCOUNT not in text
    assert "结算账户—" not in text.replace("\n", "")


def test_issue_says_what_it_is_waiting_for(qtbot, branch, runner):
    with branch.write() as uow:
        product(uow.session, PRIVATE_RECORDED)
        uow.commit()
    dialog = open_dialog(qtbot, backend_for(branch), runner, "WM-PRIV-DR")
    wait_checked(qtbot, dialog)
    assert not dialog.issue_button.isEnabled()
    assert "enter a valid amount" in dialog.why_label.text()
    qtbot.keyClicks(dialog.amount_edit, "300000")
    wait_checked(qtbot, dialog)
    assert dialog.why_label.text() == (
        "To issue: tick each point on the right; enter the dual-recording id."
    )  # fmt: skip
    assert dialog.issue_button.toolTip() == dialog.why_label.text()
    for box in dialog.ack_boxes.values():
        box.setChecked(True)
    assert dialog.why_label.text() == "To issue: enter the dual-recording id."
    dialog.recording_edit.setText("DR-1")
    assert dialog.issue_button.isEnabled() and dialog.why_label.text() == ""
