"""Issuing a service agreement for one customer (DOMAIN §7.4, issue 6): product, amount, term, the suitability
result live, the acknowledgements, then Issue and the preview of the issued PDF.

The dialog reads and writes only through the runner (the UI thread never waits for the database), by way of its
controller (widgets/agreement/controller.py):
- `load_products()` -> the catalogue products an agreement can be issued for (`ProductView`s);
- `check(customer_no, product_code, amount | None, channel)` -> `SuitabilityResult`, run again (debounced) whenever
  the product or the amount changes; a block is shown in words with what would let the sale pass, and Issue stays
  off; each warning the sale must acknowledge (`senior_special_care`, `cooling_off`, `dual_recording_required`)
  has its own checkbox, and a dual-recorded sale needs the recording's id;
- `load_accounts(customer_no)` -> the customer's settlement accounts (demand deposits, debit cards) to choose from;
- `issue(customer_no, product_code, amount, term, acknowledged, dual_recording_id, account)` -> `IssuedAgreement`,
  on the write lane. The service checks suitability again in its own transaction: a refusal there (the customer or the
  product changed meanwhile, another station saved first) is shown in the dialog and nothing is issued.
After issuing, the form gives way to the PDF preview (print the original for signing; Reprint gives 副本 copies).

The form is two columns that keep their shape while the person types: the sale on the left (its fields never move),
the suitability result on the right (it grows and scrolls). Beside a disabled Issue button the dialog says what is
still missing; a refusal at issue time is said once (its reasons the suitability result does not already show).

`open_agreement_flow(parent, backend, runner, customer_no, product_code, amount)` is the entry point the profile
and the recommendation panel call.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from domain.approvals import Pending
from domain.catalog import ProductView
from domain.errors import Refused
from widgets.agreement.controller import AgreementIssue, Inputs
from widgets.agreement.port import AgreementPort
from widgets.agreement.sale_form import ERROR_STYLE, SaleForm
from widgets.agreement.suitability_box import PASS_STYLE, SuitabilityBox
from widgets.jobs_port import JobsPort
from widgets.messages import describe_error, describe_finding, is_explained
from widgets.pdf_preview import PdfPreview

CHECK_DELAY_MS = 250
_WAITING = {
    "loading": QT_TRANSLATE_NOOP("AgreementDialog", "loading the products"),
    "product": QT_TRANSLATE_NOOP("AgreementDialog", "choose a product"),
    "amount": QT_TRANSLATE_NOOP("AgreementDialog", "enter a valid amount"),
    "checking": QT_TRANSLATE_NOOP("AgreementDialog", "the suitability check is running"),
    "check_failed": QT_TRANSLATE_NOOP("AgreementDialog", "the suitability check failed (see the right)"),
    "blocked": QT_TRANSLATE_NOOP("AgreementDialog", "the suitability rules block this sale (see the right)"),
    "term": QT_TRANSLATE_NOOP("AgreementDialog", "choose a term"),
    "acknowledge": QT_TRANSLATE_NOOP("AgreementDialog", "tick each point on the right"),
    "recording": QT_TRANSLATE_NOOP("AgreementDialog", "enter the dual-recording id"),
}


def waiting_words(missing: list[str]) -> str:
    """ "To issue: choose a term; enter the dual-recording id." for what the controller says is missing."""
    wanting = [
        QCoreApplication.translate("AgreementDialog", _WAITING[code]) for code in missing if code in _WAITING
    ]
    if not wanting:
        return ""
    steps = QCoreApplication.translate("AgreementDialog", "; ").join(wanting)
    return QCoreApplication.translate("AgreementDialog", "To issue: {steps}.").format(steps=steps)


def click_if_ready(button: QPushButton) -> None:
    """Enter in the amount issues (Alt+I anywhere); Enter in the product search only opens its list."""
    if button.isEnabled() and not button.isHidden():
        button.click()


class AgreementDialog(QDialog):
    def __init__(
        self,
        customer_no: str,
        *,
        load_products: Callable[[], list[ProductView]],
        check: Callable[..., object],
        issue: Callable[..., object],
        runner: JobsPort,
        reprint: Callable[[str], bytes | Pending] | None = None,
        print_setup: Callable[[], tuple[str, str]] | None = None,
        save_print_setup: Callable[[str, str], None] | None = None,
        load_accounts: Callable[[str], list] | None = None,
        customer_name: str = "",
        product_code: str | None = None,
        amount: Decimal | None = None,
        parent=None,
        **preview_options,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agreement_dialog")
        self.customer_no, self.customer_name, self.runner = customer_no, customer_name, runner
        self.controller = AgreementIssue(self, customer_no, load_products=load_products, check=check, issue=issue,
                                         runner=runner, load_accounts=load_accounts)  # fmt: skip
        self._refusal: tuple[str, tuple] | None = None  # the last refusal at issue time: headline, findings
        self._wanted_product = product_code
        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.run_check)
        self._build_form()
        self._build_preview(reprint, print_setup, save_print_setup, preview_options)
        self.error_label = QLabel(objectName="error", wordWrap=True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.issue_button = QPushButton(objectName="issue")
        self.issue_button.clicked.connect(self.issue)
        self.close_button = QPushButton(objectName="close")
        self.close_button.clicked.connect(self.reject)
        self.why_label = QLabel(objectName="why_not", wordWrap=True)
        self.why_label.setStyleSheet("color: #4b5563;")
        self.why_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.why_label, 1)
        buttons.addWidget(self.issue_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.amount_edit.returnPressed.connect(lambda: click_if_ready(self.issue_button))  # Enter issues
        if amount is not None:
            self.amount_edit.setText(f"{Decimal(str(amount)).quantize(Decimal('0.01'))}")
        self._fit_to_screen(1000, 660)
        self.retranslate_ui()
        self.controller.load_products()

    def _build_form(self) -> None:
        self.sale = SaleForm(self._product_changed, self._amount_changed, lambda *_: self.update_buttons())
        self.product_box, self.amount_edit, self.term_box = (
            self.sale.product_box,
            self.sale.amount_edit,
            self.sale.term_box,
        )
        self.product_search, self.account_box = self.sale.product_search, self.sale.account_box
        self.amount_words = self.sale.amount_words
        self.recording_row, self.recording_edit = self.sale.recording_row, self.sale.recording_edit
        self.check_box = SuitabilityBox(lambda *_: self.update_buttons())
        self.check_status = self.check_box.check_status
        self.check_scroll = QScrollArea(objectName="check_scroll")
        self.check_scroll.setWidgetResizable(True)
        self.check_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.check_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.check_scroll.setWidget(self.check_box)
        self.form_scroll = QWidget(objectName="form_page")
        columns = QHBoxLayout(self.form_scroll)
        columns.addWidget(self.sale, 1)
        columns.addWidget(self.check_scroll, 1)

    def _build_preview(self, reprint, print_setup, save_print_setup, preview_options) -> None:
        self.issued_label = QLabel(objectName="issued", wordWrap=True)
        self.issued_label.setStyleSheet(PASS_STYLE)
        self.preview = PdfPreview(runner=self.runner, reprint=reprint, print_setup=print_setup,
                                  save_print_setup=save_print_setup, **preview_options)  # fmt: skip
        preview_page = QWidget(objectName="preview_page")
        preview_layout = QVBoxLayout(preview_page)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.issued_label)
        preview_layout.addWidget(self.preview, 1)
        self.pages = QStackedWidget(objectName="pages")
        self.pages.addWidget(self.form_scroll)
        self.pages.addWidget(preview_page)

    def _fit_to_screen(self, width: int, height: int) -> None:
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        if available is not None:
            width, height = min(width, available.width() - 40), min(height, available.height() - 60)
        self.resize(max(width, self.width()), max(height, self.height()))

    # -- what the controller holds ---------------------------------------------------------------------------------
    @property
    def result(self):
        return self.controller.result

    @property
    def issued(self):
        return self.controller.issued

    @property
    def products_loaded(self) -> bool:
        return self.controller.products_loaded

    @property
    def ack_boxes(self):
        return self.check_box.ack_boxes

    def alive(self) -> bool:
        return shiboken6.isValid(self)

    # -- inputs ----------------------------------------------------------------------------------------------------
    def show_products(self, products: list[ProductView]) -> None:
        wanted = self.sale.set_products(products, self._wanted_product, self.controller.spellings)
        self._product_changed()
        if self._wanted_product and wanted < 0:
            self._show_error(
                self.tr(
                    "The product {code} cannot be issued here today (not on sale, or it prints no agreement)."
                ).format(code=self._wanted_product)
            )

    def show_accounts(self, accounts: list) -> None:
        self.sale.set_accounts(accounts)
        self.update_buttons()

    def show_load_failed(self, error: BaseException) -> None:
        if not is_explained(error):
            raise error
        self._show_error(describe_error(error))

    def product(self) -> ProductView | None:
        return self.controller.products.get(self.product_box.currentData() or "")

    def amount(self) -> Decimal | None:
        return self.sale.amount()

    def term(self) -> str | None:
        return self.sale.term()

    def inputs(self) -> Inputs | None:
        product = self.product()
        return None if product is None else (product.code, self.amount())

    def _product_changed(self, *_args) -> None:
        self.sale.set_terms(self.product())
        self._show_product_info()
        self._inputs_changed()

    def _amount_changed(self, _text: str) -> None:
        self.sale.show_amount_words()
        self._inputs_changed()

    def _inputs_changed(self) -> None:
        self._refusal = None
        self._clear_error()
        self._check_timer.start()
        self.update_buttons()

    # -- the suitability check -------------------------------------------------------------------------------------
    def run_check(self) -> None:
        self.controller.run_check()

    def checked_now(self) -> bool:
        return self.controller.checked_now()

    def show_checking(self) -> None:
        self.check_box.show_checking()

    def show_result(self, *, same_warnings: bool = False) -> None:
        keep = self.check_box.ticked() if same_warnings else set()
        self.check_box.show_result(self.controller.result, self.controller.check_error, keep)
        self._show_refusal()

    # -- issuing ---------------------------------------------------------------------------------------------------
    def _state(self) -> dict:
        product = self.product()
        return {
            "term_missing": product is not None and bool(product.terms) and self.term() is None,
            "all_acknowledged": self.check_box.all_acknowledged(),
            "recording_id": self.recording_edit.text(),
        }

    def can_issue(self) -> bool:
        return self.controller.can_issue(**self._state())

    def why_not(self) -> str:
        """What Issue waits for, in words ("" when it applies)."""
        return waiting_words(self.controller.missing(**self._state()))

    def update_buttons(self) -> None:
        self.issue_button.setEnabled(self.can_issue())
        why = self.why_not()
        self.why_label.setText(why)
        self.issue_button.setToolTip(why)
        self.sale.set_editable(self.controller.editable, self.controller.needs_recording_id())
        self.check_box.set_editable(self.controller.editable)
        self.close_button.setEnabled(not self.controller.issuing)

    def issue(self) -> None:
        if self.can_issue():
            self.controller.issue(
                self.term(), self.check_box.acknowledged(), self.recording_edit.text(), self.sale.account()
            )

    def show_issuing(self) -> None:
        self._clear_error()
        self.check_box.show_issuing()
        self.update_buttons()

    def show_issued(self) -> None:
        issued = self.issued
        self.pages.setCurrentIndex(1)
        self.preview.show_pdf(issued.pdf, self._preview_title(), number=issued.number)
        self.issue_button.hide()
        self.close_button.setText(self.tr("Finish"))
        self._fit_to_screen(1000, 720)  # a page read at a useful size
        self._show_issued_words()
        self.update_buttons()

    def _preview_title(self) -> str:
        return self.tr("Agreement {number}").format(number=self.issued.number) if self.issued else ""

    def _show_issued_words(self) -> None:
        if self.issued is not None:
            self.issued_label.setText(
                self.tr(
                    "Agreement {number} is issued and archived. Print the original for the customer and the "
                    "staff to sign and seal; later prints are copies marked 副本. It takes effect once a supervisor "
                    "other than you has reviewed it (复核)."
                ).format(number=self.issued.number)
            )

    def show_issue_refused(self, error: BaseException) -> None:
        if not is_explained(error):
            self.update_buttons()
            raise error
        findings = error.findings if isinstance(error, Refused) else ()
        headline = self.tr("Nothing was issued: the sale is refused.") if findings else describe_error(error)
        self._refusal = (headline, findings)
        self._show_refusal()

    def _show_refusal(self) -> None:
        """The refusal once: its reasons the suitability result (checked again) does not already show."""
        if self._refusal is None:
            return
        headline, findings = self._refusal
        result = self.controller.result
        shown = {f.code for f in result.blocks} if result is not None and self.checked_now() else set()
        rest = [describe_finding(f.code, f.params) for f in findings if f.code not in shown]
        if findings and not rest:
            headline += " " + self.tr("The reasons are shown on the right.")
        self._show_error("\n".join([headline, *rest]))

    def reject(self) -> None:
        if self.controller.issuing:
            return  # the agreement is being written: its answer (number or refusal) is shown here first
        super().reject()

    # -- words -----------------------------------------------------------------------------------------------------
    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _clear_error(self) -> None:
        self._show_error("")

    def _show_product_info(self) -> None:
        c = self.controller
        self.sale.show_product_info(self.product(), c.products_loaded, bool(c.products))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Issue agreement"))
        who = f"{self.customer_name}  {self.customer_no}" if self.customer_name else self.customer_no
        self.sale.retranslate_ui(who)
        self.check_box.retranslate_ui()
        self.issue_button.setText(self.tr("&Issue agreement"))
        self.close_button.setText(self.tr("Finish") if self.issued is not None else self.tr("Cancel"))
        self._show_product_info()
        self.sale.show_amount_words()
        if self.controller.editable:
            self.show_result(same_warnings=True)
        self.preview.title.setText(self._preview_title())
        self._show_issued_words()
        self.update_buttons()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def open_agreement_flow(
    parent,
    backend: AgreementPort,
    runner: JobsPort,
    customer_no: str,
    product_code: str | None = None,
    amount: Decimal | None = None,
    *,
    customer_name: str = "",
    **preview_options,
) -> AgreementDialog:
    """Open the issue dialog for one customer, prefilled with a product and an amount when given (the
    recommendation panel's 办理). `backend` is the port of the calls it makes (`port.AgreementPort`). The dialog is
    window-modal, non-blocking and deleted when closed; it is returned for the caller (and tests) to follow."""
    dialog = AgreementDialog(
        customer_no,
        load_products=backend.agreement_products,
        check=backend.check_sale,
        issue=backend.issue_agreement,
        runner=runner,
        reprint=backend.reprint_agreement,
        print_setup=backend.print_setup,
        save_print_setup=backend.save_print_setup,
        load_accounts=backend.settlement_accounts,
        customer_name=customer_name,
        product_code=product_code,
        amount=amount,
        parent=parent,
        **preview_options,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
