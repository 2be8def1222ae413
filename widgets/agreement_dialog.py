"""Issuing a service agreement for one customer (DOMAIN §7.4, issue 6): product, amount, term, the suitability
result live, the acknowledgements, then Issue and the preview of the issued PDF.

The dialog reads and writes only through the runner (the UI thread never waits for the database):
- `load_products()` -> the catalogue products an agreement can be issued for (`ProductView`s);
- `check(customer_no, product_code, amount | None, channel)` -> `SuitabilityResult`, run again (debounced) whenever
  the product or the amount changes; a block is shown in words with what would let the sale pass, and Issue stays
  off; each warning the sale must acknowledge (`senior_special_care`, `cooling_off`, `dual_recording_required`)
  has its own checkbox, and a dual-recorded sale needs the recording's id;
- `issue(customer_no, product_code, amount, term, acknowledged, dual_recording_id)` -> `IssuedAgreement`, on the
  write lane. The service checks suitability again in its own transaction: a refusal there (the customer or the
  product changed meanwhile, another station saved first) is shown in the dialog and nothing is issued.
After issuing, the form gives way to the PDF preview (print the original for signing; Reprint gives 副本 copies).

`open_agreement_flow(parent, backend, runner, customer_no, product_code, amount)` is the entry point the profile
and the recommendation panel call.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from decimal import Decimal

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from domain.agreements import ACKNOWLEDGEABLE, term_words
from domain.capitals import amount_in_capitals
from domain.catalog import ProductView
from domain.errors import DomainError
from domain.money import parse_amount
from domain.suitability import SaleChannel
from widgets.labels import label, money, rate
from widgets.messages import describe_error, describe_finding, is_explained
from widgets.pdf_preview import PdfPreview

CHECK_DELAY_MS = 250


def _while_open(slot):
    """An answer from the runner for a dialog that may have been closed (and deleted) meanwhile: dropped then."""

    @functools.wraps(slot)
    def guarded(self, *args):
        if shiboken6.isValid(self):
            slot(self, *args)

    return guarded


ERROR_STYLE = "color: #b00020;"
BLOCK_STYLE = (
    "background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0; padding: 6px; border-radius: 4px;"
)
WARN_STYLE = (
    "background: #fff4e5; color: #7a4b00; border: 1px solid #f3d19c; padding: 6px; border-radius: 4px;"
)
PASS_STYLE = (
    "background: #e7f6ec; color: #1e5b32; border: 1px solid #b7e0c4; padding: 6px; border-radius: 4px;"
)
MAX_RECORDING_ID = 64


class AgreementDialog(QDialog):
    def __init__(
        self,
        customer_no: str,
        *,
        load_products: Callable[[], list[ProductView]],
        check: Callable[..., object],
        issue: Callable[..., object],
        runner,
        reprint: Callable[[str], bytes] | None = None,
        print_setup: Callable[[], tuple[str, str]] | None = None,
        save_print_setup: Callable[[str, str], None] | None = None,
        customer_name: str = "",
        product_code: str | None = None,
        amount: Decimal | None = None,
        parent=None,
        **preview_options,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agreement_dialog")
        self.customer_no, self.customer_name = customer_no, customer_name
        self._load_products, self._check, self._issue, self.runner = load_products, check, issue, runner
        self._wanted_product = product_code
        self.products: dict[str, ProductView] = {}
        self.result = None  # the SuitabilityResult shown
        self._checked_for: tuple[str, Decimal | None] | None = None  # the inputs it was computed for
        self._check_error: BaseException | None = None
        self.issued = None  # the IssuedAgreement, once issued
        self.issuing = False
        self.products_loaded = False
        self.ack_boxes: dict[str, QCheckBox] = {}
        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.run_check)

        # -- the form --------------------------------------------------------------------------------------
        self.customer_label = QLabel(objectName="customer", wordWrap=True)
        self.customer_label.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.product_box = QComboBox(objectName="product")
        self.product_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.product_box.setMinimumContentsLength(30)
        self.product_box.currentIndexChanged.connect(self._product_changed)
        self.product_info = QLabel(objectName="product_info", wordWrap=True)
        self.product_info.setStyleSheet("color: #4b5563;")
        self.amount_edit = QLineEdit(objectName="amount")
        self.amount_edit.setMaxLength(20)
        self.amount_edit.textChanged.connect(self._amount_changed)
        self.amount_words = QLabel(objectName="amount_words", wordWrap=True)
        self.amount_words.setStyleSheet("color: #4b5563;")
        self.term_box = QComboBox(objectName="term")
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._captions = {key: QLabel() for key in ("product", "amount", "term", "recording")}
        self.form.addRow(self._captions["product"], self.product_box)
        self.form.addRow("", self.product_info)
        self.form.addRow(self._captions["amount"], self.amount_edit)
        self.form.addRow("", self.amount_words)
        self.form.addRow(self._captions["term"], self.term_box)

        self.check_box = QGroupBox(objectName="suitability")
        check_layout = QVBoxLayout(self.check_box)
        self.check_status = QLabel(objectName="check_status", wordWrap=True)
        self.findings = QWidget(objectName="findings")
        self.findings_layout = QVBoxLayout(self.findings)
        self.findings_layout.setContentsMargins(0, 0, 0, 0)
        self.recording_row = QWidget(objectName="recording_row")
        recording_layout = QHBoxLayout(self.recording_row)
        recording_layout.setContentsMargins(0, 0, 0, 0)
        self.recording_edit = QLineEdit(objectName="recording_id")
        self.recording_edit.setMaxLength(MAX_RECORDING_ID)
        self.recording_edit.textChanged.connect(self._update_buttons)
        recording_layout.addWidget(self._captions["recording"])
        recording_layout.addWidget(self.recording_edit, 1)
        self.recording_row.hide()
        check_layout.addWidget(self.check_status)
        check_layout.addWidget(self.findings)
        check_layout.addWidget(self.recording_row)

        form_page = QWidget(objectName="form_page")
        form_layout = QVBoxLayout(form_page)
        form_layout.addWidget(self.customer_label)
        form_layout.addLayout(self.form)
        form_layout.addWidget(self.check_box)
        form_layout.addStretch(1)
        self.form_scroll = QScrollArea(objectName="form_scroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setWidget(form_page)

        # -- the preview ----------------------------------------------------------------------------------
        self.issued_label = QLabel(objectName="issued", wordWrap=True)
        self.issued_label.setStyleSheet(PASS_STYLE)
        self.preview = PdfPreview(
            runner=runner,
            reprint=reprint,
            print_setup=print_setup,
            save_print_setup=save_print_setup,
            **preview_options,
        )
        preview_page = QWidget(objectName="preview_page")
        preview_layout = QVBoxLayout(preview_page)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.issued_label)
        preview_layout.addWidget(self.preview, 1)

        self.pages = QStackedWidget(objectName="pages")
        self.pages.addWidget(self.form_scroll)
        self.pages.addWidget(preview_page)

        self.error_label = QLabel(objectName="error", wordWrap=True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.issue_button = QPushButton(objectName="issue")
        self.issue_button.clicked.connect(self.issue)
        self.close_button = QPushButton(objectName="close")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.issue_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        if amount is not None:
            self.amount_edit.setText(f"{Decimal(str(amount)).quantize(Decimal('0.01'))}")
        self._fit_to_screen(860, 660)
        self.retranslate_ui()
        self.runner.submit(
            self._load_products,
            on_done=self._products_loaded,
            on_error=self._load_failed,
            key=self._key("products"),
        )

    def _fit_to_screen(self, width: int, height: int) -> None:
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        if available is not None:
            width, height = min(width, available.width() - 40), min(height, available.height() - 60)
        self.resize(max(width, self.width()), max(height, self.height()))

    def _key(self, what: str) -> str:
        return f"agreement_dialog:{id(self)}:{what}"

    # -- inputs ----------------------------------------------------------------------------------------------
    @_while_open
    def _products_loaded(self, products: list[ProductView]) -> None:
        self.products = {p.code: p for p in products}
        self.product_box.blockSignals(True)
        self.product_box.clear()
        for product in products:
            self.product_box.addItem(self._product_text(product), product.code)
        wanted = self.product_box.findData(self._wanted_product) if self._wanted_product else -1
        if wanted < 0 and not self._wanted_product and products:
            wanted = 0
        # A product asked for but not offered leaves the choice empty: never a different product silently.
        self.product_box.setCurrentIndex(wanted)
        self.product_box.blockSignals(False)
        self.products_loaded = True
        self._product_changed()
        if self._wanted_product and wanted < 0:
            self._show_error(
                self.tr(
                    "The product {code} cannot be issued here today (not on sale, or it prints no agreement)."
                ).format(code=self._wanted_product)
            )

    @_while_open
    def _load_failed(self, error: BaseException) -> None:
        if not is_explained(error):
            raise error
        self._show_error(describe_error(error))

    def _product_text(self, product: ProductView) -> str:
        level = f", R{product.risk_level}" if product.risk_level else ""
        return f"{product.code}  {product.name}  ({label('family', product.family)}{level})"

    def product(self) -> ProductView | None:
        return self.products.get(self.product_box.currentData() or "")

    def amount(self) -> Decimal | None:
        """The amount typed, None when empty or not a plain positive amount in yuan."""
        try:
            value = parse_amount(self.amount_edit.text())
        except DomainError:
            return None
        return value if value > 0 else None

    def term(self) -> str | None:
        return self.term_box.currentData() if self.term_box.count() else None

    def _product_changed(self, *_args) -> None:
        product = self.product()
        self.term_box.clear()
        for term in product.terms if product else ():
            self.term_box.addItem(f"{term}  ({term_words(term)})", term)
        self.term_box.setCurrentIndex(0 if self.term_box.count() else -1)  # the placeholder leaves it at -1
        self.term_box.setEnabled(self.term_box.count() > 1)
        self._show_product_info()
        self._inputs_changed()

    def _amount_changed(self, _text: str) -> None:
        self._show_amount_words()
        self._inputs_changed()

    def _inputs_changed(self) -> None:
        self._clear_error()
        self._check_timer.start()
        self._update_buttons()

    # -- the suitability check -------------------------------------------------------------------------------
    def _inputs(self) -> tuple[str, Decimal | None] | None:
        product = self.product()
        return None if product is None else (product.code, self.amount())

    def run_check(self) -> None:
        inputs = self._inputs()
        if inputs is None or self.issued is not None:
            return
        self.check_status.setText(self.tr("Checking suitability..."))
        self.check_status.setStyleSheet("")
        code, amount = inputs
        self.runner.submit(
            self._check,
            self.customer_no,
            code,
            amount,
            SaleChannel.BRANCH.value,
            on_done=lambda result, inputs=inputs: self._checked(inputs, result),
            on_error=lambda error, inputs=inputs: self._check_failed(inputs, error),
            key=self._key("check"),
        )

    @_while_open
    def _checked(self, inputs, result) -> None:
        if inputs != self._inputs():
            return  # the inputs changed meanwhile: the newer check is on its way
        previous = {code for code, box in self.ack_boxes.items() if box.isChecked()}
        self.result, self._checked_for, self._check_error = result, inputs, None
        self._show_result(keep_ticked=previous if self._same_warnings(result) else set())
        self._update_buttons()

    def _same_warnings(self, result) -> bool:
        return set(self.ack_boxes) == {f.code for f in result.warnings if f.code in ACKNOWLEDGEABLE}

    @_while_open
    def _check_failed(self, inputs, error: BaseException) -> None:
        if not is_explained(error):
            raise error
        if inputs != self._inputs():
            return
        self.result, self._checked_for, self._check_error = None, None, error
        self._show_result()
        self._update_buttons()

    def checked_now(self) -> bool:
        """The result shown was computed for the product and amount on screen now."""
        return self.result is not None and self._checked_for == self._inputs()

    def acknowledged(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.ack_boxes.items() if box.isChecked())

    def needs_recording_id(self) -> bool:
        return "dual_recording_required" in self.ack_boxes

    def _clear_findings(self) -> None:
        while self.findings_layout.count():
            widget = self.findings_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.ack_boxes = {}

    def _show_result(self, keep_ticked: set[str] | frozenset[str] = frozenset()) -> None:
        self._clear_findings()
        result, error = self.result, self._check_error
        if error is not None:
            self.check_status.setText(describe_error(error))
            self.check_status.setStyleSheet(BLOCK_STYLE)
            self.recording_row.hide()
            return
        if result is None:
            self.check_status.setText(self.tr("Choose a product to check the sale."))
            self.check_status.setStyleSheet("")
            self.recording_row.hide()
            return
        if not result.allowed:
            self.check_status.setText(self.tr("The sale is blocked by the suitability rules:"))
            self.check_status.setStyleSheet("font-weight: bold; color: #8a1c1c;")
        elif result.warnings:
            self.check_status.setText(
                self.tr("The sale may go ahead once each point below is done and acknowledged:")
            )
            self.check_status.setStyleSheet("font-weight: bold; color: #7a4b00;")
        else:
            self.check_status.setText(self.tr("The sale passes the suitability rules."))
            self.check_status.setStyleSheet(PASS_STYLE)
        for finding in result.blocks:
            self.findings_layout.addWidget(self._finding_label(finding, BLOCK_STYLE))
        for finding in result.warnings:
            self.findings_layout.addWidget(self._finding_label(finding, WARN_STYLE))
            if finding.code in ACKNOWLEDGEABLE:
                box = QCheckBox(self._ack_text(finding.code), objectName=f"ack_{finding.code}")
                box.setChecked(finding.code in keep_ticked)
                box.toggled.connect(self._update_buttons)
                self.ack_boxes[finding.code] = box
                self.findings_layout.addWidget(box)
        self.recording_row.setVisible(result.allowed and self.needs_recording_id())

    def _finding_label(self, finding, style: str) -> QLabel:
        # The finding's sentence already says what would let the sale pass (widgets/messages/suitability.py).
        widget = QLabel(describe_finding(finding.code, finding.params), objectName=f"finding_{finding.code}")
        widget.setWordWrap(True)
        widget.setTextFormat(Qt.TextFormat.PlainText)
        widget.setStyleSheet(style)
        return widget

    def _ack_text(self, code: str) -> str:
        return {
            "senior_special_care": self.tr("Special care given: explained plainly, the customer understands"),
            "cooling_off": self.tr("The cooling-off period was explained to the customer"),
            "dual_recording_required": self.tr("The sale is being recorded on audio and video (双录)"),
        }.get(code, code)

    # -- issuing ---------------------------------------------------------------------------------------------
    def can_issue(self) -> bool:
        if self.issued is not None or self.issuing or not self.checked_now():
            return False
        if self._checked_for[1] is None or not self.result.allowed:
            return False
        product = self.product()
        if product is not None and product.terms and self.term() is None:
            return False
        if any(not box.isChecked() for box in self.ack_boxes.values()):
            return False
        return not (self.needs_recording_id() and not self.recording_edit.text().strip())

    def _update_buttons(self, *_args) -> None:
        self.issue_button.setEnabled(self.can_issue())
        editable = self.issued is None and not self.issuing
        for widget in (self.product_box, self.amount_edit, self.recording_edit):
            widget.setEnabled(editable)
        self.term_box.setEnabled(editable and self.term_box.count() > 1)
        self.close_button.setEnabled(not self.issuing)
        for box in self.ack_boxes.values():
            box.setEnabled(editable)

    def issue(self) -> None:
        if not self.can_issue():
            return
        code, amount = self._checked_for
        recording = self.recording_edit.text().strip() if self.needs_recording_id() else None
        self.issuing = True
        self._clear_error()
        self.check_status.setText(self.tr("Issuing the agreement..."))
        self._update_buttons()
        self.runner.submit(
            self._issue,
            self.customer_no,
            code,
            amount,
            self.term(),
            self.acknowledged(),
            recording or None,
            on_done=self._issued,
            on_error=self._issue_failed,
            key=self._key("issue"),
            write=True,
        )

    @_while_open
    def _issued(self, issued) -> None:
        self.issuing = False
        self.issued = issued
        self.pages.setCurrentIndex(1)
        self.preview.show_pdf(issued.pdf, self._preview_title(), number=issued.number)
        self.issue_button.hide()
        self.close_button.setText(self.tr("Finish"))
        self._fit_to_screen(1000, 720)  # a page read at a useful size
        self._show_issued()
        self._update_buttons()

    def _preview_title(self) -> str:
        return self.tr("Agreement {number}").format(number=self.issued.number) if self.issued else ""

    def _show_issued(self) -> None:
        issued = self.issued
        if issued is None:
            return
        self.issued_label.setText(
            self.tr(
                "Agreement {number} is issued and archived. Print the original for the customer and the "
                "staff to sign and seal; later prints are copies marked 副本."
            ).format(number=issued.number)
        )

    @_while_open
    def _issue_failed(self, error: BaseException) -> None:
        self.issuing = False
        if not is_explained(error):
            self._update_buttons()
            raise error
        message = describe_error(error)
        findings = getattr(error, "findings", None)
        if findings:
            message += "\n" + "\n".join(describe_finding(f.code, f.params) for f in findings)
        self._show_error(message)
        # The facts may have changed since the check: check again so the form shows what holds now.
        self.result, self._checked_for = None, None
        self._show_result()
        self.run_check()
        self._update_buttons()

    def reject(self) -> None:
        if self.issuing:
            return  # the agreement is being written: its answer (number or refusal) is shown here first
        super().reject()

    # -- words -----------------------------------------------------------------------------------------------
    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _clear_error(self) -> None:
        self._show_error("")

    def _show_product_info(self) -> None:
        product = self.product()
        if product is None:
            if not self.products_loaded:
                self.product_info.setText(self.tr("Loading products..."))
            else:
                self.product_info.setText("" if self.products else self.tr("No product to choose."))
            return
        parts = [label("family", product.family)]
        if product.risk_level:
            parts.append(self.tr("risk level R{level}").format(level=product.risk_level))
        if product.min_amount is not None:
            parts.append(self.tr("from {amount} yuan").format(amount=money(product.min_amount)))
        if product.rate is not None:
            parts.append(self.tr("rate {rate}").format(rate=rate(product.rate)))
        parts.append(self.tr("catalogue version {version}").format(version=product.version))
        self.product_info.setText(" · ".join(parts))

    def _show_amount_words(self) -> None:
        amount = self.amount()
        if amount is not None:
            self.amount_words.setText(f"¥{money(amount)}  {amount_in_capitals(amount)}")
            self.amount_words.setStyleSheet("color: #4b5563;")
        elif self.amount_edit.text().strip():
            self.amount_words.setText(self.tr("Write the amount in yuan, e.g. 50000.00 (no separators)."))
            self.amount_words.setStyleSheet(ERROR_STYLE)
        else:
            self.amount_words.setText(self.tr("Enter the amount to check it against the product's limits."))
            self.amount_words.setStyleSheet("color: #4b5563;")

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Issue agreement"))
        who = f"{self.customer_name}  {self.customer_no}" if self.customer_name else self.customer_no
        self.customer_label.setText(self.tr("Service agreement for {customer}").format(customer=who))
        self._captions["product"].setText(self.tr("Product"))
        self._captions["amount"].setText(self.tr("Amount (yuan)"))
        self._captions["term"].setText(self.tr("Term"))
        self._captions["recording"].setText(self.tr("Dual-recording id"))
        self.amount_edit.setPlaceholderText(self.tr("e.g. 50000.00"))
        self.term_box.setPlaceholderText(self.tr("No term for this product"))
        self.product_box.setPlaceholderText(self.tr("Choose a product"))
        self.recording_edit.setPlaceholderText(self.tr("the id of the audio and video recording"))
        self.check_box.setTitle(self.tr("Suitability (checked again when issuing)"))
        self.issue_button.setText(self.tr("Issue agreement"))
        self.close_button.setText(self.tr("Finish") if self.issued is not None else self.tr("Cancel"))
        self._show_product_info()
        self._show_amount_words()
        if self.issued is None and not self.issuing:
            keep = {code for code, box in self.ack_boxes.items() if box.isChecked()}
            self._show_result(keep)
        self.preview.title.setText(self._preview_title())
        self._show_issued()
        self._update_buttons()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def open_agreement_flow(
    parent,
    backend,
    runner,
    customer_no: str,
    product_code: str | None = None,
    amount: Decimal | None = None,
    *,
    customer_name: str = "",
    **preview_options,
) -> AgreementDialog:
    """Open the issue dialog for one customer, prefilled with a product and an amount when given (the
    recommendation panel's 办理). `backend` is the services facade (desktop/backend.py). The dialog is
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
        customer_name=customer_name,
        product_code=product_code,
        amount=amount,
        parent=parent,
        **preview_options,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
