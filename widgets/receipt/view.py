"""The counter receipt (回单) for one customer, from the profile (button, F4) or a holding (menu, double-click):
the form (widgets/receipt/form.py), then Issue on the write lane (services/receipts.py numbers, renders both copies
off the UI thread and archives them), then the preview of the customer copy and the bank copy, each printed once
as the original; later prints are reprints from the archive marked 副本 (widgets/pdf_preview.py).

`actions` are the signed-in person's calls (desktop/backend.py): `receipt_setup() -> (station, paper)`,
`issue_receipt(customer_no, **values)` -> an issued receipt (`number`, `customer_pdf`, `bank_pdf`),
`reprint_receipt(number, copy) -> bytes`, and the station's `print_setup` / `save_print_setup`.
"""

from __future__ import annotations

from functools import partial
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from domain.profile import CustomerProfile
from widgets.jobs_port import JobsPort
from widgets.messages import describe_error, is_explained
from widgets.pdf_preview import PdfPreview
from widgets.receipt.form import ERROR_STYLE, HINT_STYLE, ReceiptForm, paper_words

COPIES = ("customer", "bank")
_TITLES = {
    ("customer", False): QT_TRANSLATE_NOOP("ReceiptDialog", "Receipt {number}, customer copy"),
    ("customer", True): QT_TRANSLATE_NOOP("ReceiptDialog", "Receipt {number}, customer copy (copy 副本)"),
    ("bank", False): QT_TRANSLATE_NOOP("ReceiptDialog", "Receipt {number}, bank copy"),
    ("bank", True): QT_TRANSLATE_NOOP("ReceiptDialog", "Receipt {number}, bank copy (copy 副本)"),
}


def receipt_title(number: str, copy: str, reprint: bool = False) -> str:
    return QCoreApplication.translate("ReceiptDialog", _TITLES[(copy, reprint)]).format(number=number)


class ReceiptActions(Protocol):
    def receipt_setup(self) -> tuple[str, str]: ...
    def issue_receipt(self, customer_no: str, **values: Any) -> Any: ...
    def reprint_receipt(self, number: str, copy: str) -> bytes: ...
    def print_setup(self) -> tuple[str, str]: ...
    def save_print_setup(self, printer_name: str, paper_size: str) -> None: ...


class ReceiptDialog(QDialog):
    def __init__(
        self,
        customer: CustomerProfile,
        account: str | None,
        *,
        actions: ReceiptActions,
        runner: JobsPort,
        parent=None,
        **preview_options,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("receipt_dialog")
        self.customer, self.receipt_actions, self.runner = customer, actions, runner
        self.station, paper = actions.receipt_setup()
        self.issued: Any = None
        self.issuing = False
        self.who = QLabel(f"{customer.name}  {customer.customer_no}", objectName="customer")
        self.who.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.station_label = QLabel(objectName="station", wordWrap=True)
        self.station_label.setStyleSheet(HINT_STYLE)
        self.form = ReceiptForm(customer.holdings, account, paper)
        self.form.sig_changed.connect(self.update_buttons)
        self.why = QLabel(objectName="why", wordWrap=True)  # why Issue is off, or what the service refused
        self.why.setStyleSheet(ERROR_STYLE)
        form_page = QWidget(objectName="form_page")
        form_layout = QVBoxLayout(form_page)
        form_layout.addWidget(self.who)
        form_layout.addWidget(self.station_label)
        form_layout.addWidget(self.form)
        form_layout.addStretch(1)
        self.issued_label = QLabel(objectName="issued", wordWrap=True)
        self.copies = QTabWidget(objectName="copies")
        self.previews: dict[str, PdfPreview] = {}
        for copy in COPIES:
            preview = PdfPreview(
                runner=runner,
                reprint=partial(actions.reprint_receipt, copy=copy),
                print_setup=actions.print_setup,
                save_print_setup=actions.save_print_setup,
                copy_title=partial(receipt_title, copy=copy, reprint=True),
                **preview_options,
            )
            self.previews[copy] = preview
            self.copies.addTab(preview, "")
        # The customer's copy printed: the bank's copy is next, ready for Ctrl+P.
        self.previews["customer"].sig_printed.connect(self._customer_copy_printed)
        preview_page = QWidget(objectName="preview_page")
        preview_layout = QVBoxLayout(preview_page)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.issued_label)
        preview_layout.addWidget(self.copies, 1)
        self.pages = QStackedWidget(objectName="pages")
        self.pages.addWidget(form_page)
        self.pages.addWidget(preview_page)
        self.issue_button = QPushButton(objectName="issue")
        self.issue_button.setDefault(True)  # Enter in any field issues, once the form is complete
        self.issue_button.clicked.connect(self.issue)
        self.close_button = QPushButton(objectName="close")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.why, 1)
        buttons.addWidget(self.issue_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._fit_to_screen(620, 520)
        self.retranslate_ui()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.issued is None:
            self.form.service_box.setFocus()  # the account came from the holding chosen: the service is next

    def _fit_to_screen(self, width: int, height: int) -> None:
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(width, height)
            return
        available = screen.availableGeometry()
        width, height = min(width, available.width() - 40), min(height, available.height() - 60)
        self.resize(max(width, self.width()), max(height, self.height()))
        if self.isVisible():  # grown to show the copies: kept whole on the screen (Finish stays in reach)
            frame = self.frameGeometry()
            x = min(max(available.left(), frame.x()), available.right() - frame.width())
            y = min(max(available.top(), frame.y()), available.bottom() - frame.height())
            self.move(max(available.left(), x), max(available.top(), y))

    # -- issuing -------------------------------------------------------------------------------------------------
    def problem(self) -> str:
        if not self.station:
            return self.tr("This station has no terminal id: set it under Settings, This station.")
        return self.form.problem()

    def update_buttons(self) -> None:
        problem = "" if self.issued is not None else self.problem()
        self.issue_button.setEnabled(not problem and not self.issuing)
        if not self.issuing and (problem or self.why.property("kind") != "refused"):
            self.why.setText(problem)
            self.why.setProperty("kind", "why")
        self.form.set_editable(not self.issuing and self.issued is None)
        self.close_button.setEnabled(not self.issuing)

    def issue(self) -> None:
        if self.issuing or self.issued is not None or self.problem():
            return
        self.issuing = True
        self.why.setText(self.tr("Issuing..."))
        self.why.setProperty("kind", "busy")
        self.update_buttons()
        # Read here, on the UI thread: the worker gets plain values and no widget.
        issue, customer_no, values = (
            self.receipt_actions.issue_receipt,
            self.customer.customer_no,
            self.form.values(),
        )
        self.runner.submit(
            lambda: issue(customer_no, **values),
            on_done=self._issued,
            on_error=self._refused,
            write=True,
        )

    def _issued(self, issued) -> None:
        if not shiboken6.isValid(self):
            return
        self.issuing, self.issued = False, issued
        self.previews["customer"].show_pdf(
            issued.customer_pdf, receipt_title(issued.number, "customer"), number=issued.number
        )
        self.previews["bank"].show_pdf(
            issued.bank_pdf, receipt_title(issued.number, "bank"), number=issued.number
        )
        self.pages.setCurrentIndex(1)
        self.issue_button.hide()
        self.why.setText("")
        self._fit_to_screen(1000, 720)
        self.retranslate_ui()
        self.previews["customer"].print_button.setFocus()  # Enter or Ctrl+P prints the customer's copy

    def _customer_copy_printed(self, _pages: int) -> None:
        bank = self.previews["bank"]
        if not bank.original_printed and not self.previews["customer"].is_copy:
            self.copies.setCurrentWidget(bank)
            bank.print_button.setFocus()

    def _refused(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.issuing = False
        if not is_explained(error):
            self.update_buttons()
            raise error
        self.why.setText(describe_error(error))
        self.why.setProperty("kind", "refused")
        self.update_buttons()

    def reject(self) -> None:
        if self.issuing:
            return  # the receipt is being numbered and stored: its answer is shown here first
        super().reject()

    # -- words ---------------------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Counter receipt"))
        self.form.retranslate_ui()
        self.station_label.setText(
            self.tr("Station {station} · printed on {paper} (Settings: This station)").format(
                station=self.station or "—", paper=paper_words(str(self.form.values()["paper"] or ""))
            )
        )
        self.copies.setTabText(0, self.tr("C&ustomer copy"))
        self.copies.setTabText(1, self.tr("&Bank copy"))
        self.issue_button.setText(self.tr("&Issue receipt"))
        self.close_button.setText(self.tr("Finish") if self.issued is not None else self.tr("Cancel"))
        if self.issued is not None:
            self.issued_label.setText(
                self.tr(
                    "Receipt {number} is issued and archived. Print the customer copy for the customer and the "
                    "bank copy for the file; later prints are copies marked 副本."
                ).format(number=self.issued.number)
            )
        self.update_buttons()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def open_receipt_flow(parent, actions, runner: JobsPort, customer: CustomerProfile, *, account: str | None = None,
                      **preview_options) -> ReceiptDialog:  # fmt: skip
    """Open the receipt dialog over `parent` (window-modal, non-blocking, deleted when closed) and return it."""
    dialog = ReceiptDialog(
        customer, account, actions=actions, runner=runner, parent=parent, **preview_options
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog
