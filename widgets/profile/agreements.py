"""The customer's agreements on the profile: status (waiting for review, effective, returned, void, cancelled) and
the cooling-off window — until when it runs, or that it has ended — with "Cancel in cooling-off period..." for the
selected agreement while its window is open (services/agreement_cancel.py records the form and the full refund;
after the window the service refuses and says when it ended)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLineEdit, QPushButton

from domain.cooling_off import AgreementLine, Window
from domain.money import format_yuan
from widgets.jobs_port import JobsPort
from widgets.labels import label
from widgets.pdf_preview import PdfPreviewDialog, open_pdf_dialog
from widgets.profile.base import TableSection
from widgets.table_model import Column

CancelCall = Callable[[str, str], tuple[object, bytes]]  # (number, refund account or "") -> (record, form)


def window_words(line: AgreementLine) -> str:
    """The cooling-off column: until when, ended when, starts at the review, or — (no window)."""
    when = line.cooling_off_ends_at.strftime("%Y-%m-%d %H:%M") if line.cooling_off_ends_at else ""
    if line.window == Window.OPEN:
        return QCoreApplication.translate("Profile", "Until {when}").format(when=when)
    if line.window == Window.ENDED:
        return QCoreApplication.translate("Profile", "Ended {when}").format(when=when)
    if line.window == Window.PENDING:
        return QCoreApplication.translate("Profile", "Starts at the review")
    return "—"


class AgreementsSection(TableSection):
    sig_cancelled = Signal()  # the profile reloads
    sig_error = Signal(object)

    def __init__(self, runner: JobsPort, cancel: CancelCall | None, parent=None) -> None:
        columns = [
            Column(lambda: self.tr("Issued"), lambda a: a.issued_at.strftime("%Y-%m-%d")),
            Column(lambda: self.tr("Agreement"), lambda a: a.number),
            Column(lambda: self.tr("Product"), lambda a: a.product_name),
            Column(lambda: self.tr("Amount"), lambda a: format_yuan(a.amount), align_right=True),
            Column(lambda: self.tr("Status"), lambda a: label("agreement_status", a.status)),
            Column(lambda: self.tr("Cooling-off period"), window_words),
        ]
        super().__init__("agreements", columns, stretch=2, parent=parent, rows_shown=4)
        self._runner = runner
        self._cancel = cancel
        self.last_form: PdfPreviewDialog | None = None
        self.cancel_button = QPushButton(objectName="cancel_in_cooling_off")
        self.cancel_button.setVisible(cancel is not None)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        self.layout_.insertLayout(2, row)

    def selected(self) -> AgreementLine | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _update(self) -> None:
        line = self.selected()
        self.cancel_button.setEnabled(line is not None and line.window == Window.OPEN)

    def cancel_selected(self) -> None:
        line = self.selected()
        if line is None or self._cancel is None:
            return
        question = self.tr(
            "The customer cancels agreement {number} within its cooling-off period: {amount} is refunded in full."
            " Refund account (leave empty for the agreement's settlement account):"
        ).format(number=line.number, amount=format_yuan(line.amount))
        account, ok = QInputDialog.getText(
            self, self.tr("Cancel in cooling-off period"), question, QLineEdit.EchoMode.Normal
        )
        if ok:
            self._runner.submit(self._cancel, line.number, account.strip(), on_done=self._cancelled,
                                on_error=self.sig_error.emit, write=True)  # fmt: skip

    def _cancelled(self, result: tuple[object, bytes]) -> None:
        """The form to print and sign, then the profile again (status cancelled)."""
        record, form = result
        self.last_form = open_pdf_dialog(self, form, self.tr("Cancellation form {number}").format(
            number=getattr(record, "number", "")))  # fmt: skip
        self.sig_cancelled.emit()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Agreements"))
        self.cancel_button.setText(self.tr("Cancel in cooling-off period…"))
        hidden = self.profile is not None and not self.profile.holdings_visible
        empty = self.tr("Agreements are not shown to your role") if hidden else self.tr("No agreements")
        self.set_rows(self.profile.agreements if self.profile else (), empty)
        self._update()
