"""Agreements waiting for 复核 (services/agreement_review.py), a band of the approvals screen for supervisors: the
reviewer, signed in as themselves, reviews (the agreement becomes effective) or returns it with a reason. One's
own agreements are listed but cannot be chosen: the service refuses them too (maker ≠ checker)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.agreements import ReviewItem
from domain.money import format_yuan
from widgets.jobs_port import JobsPort
from widgets.labels import product_name
from widgets.table_model import Column, RowsModel


class ReviewPort(Protocol):
    def pending_agreement_reviews(self) -> list[ReviewItem]: ...
    def review_agreement(self, number: str) -> object: ...
    def return_agreement(self, number: str, reason: str) -> object: ...


class AgreementReviews(QWidget):
    """The list and its two buttons; results and refusals go to the screen's banner through the signals."""

    sig_done = Signal(str)
    sig_error = Signal(object)

    def __init__(self, port: ReviewPort, runner: JobsPort, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreement_reviews")
        self._port = port
        self._runner = runner
        self.title = QLabel(objectName="reviews_title")
        self.model = RowsModel(
            [
                Column(lambda: self.tr("Agreement"), lambda r: r.number),
                Column(lambda: self.tr("Customer"), lambda r: f"{r.customer_name}（{r.customer_no}）"),
                Column(
                    lambda: self.tr("Product"),
                    lambda r: product_name((r.product_name, r.product_name_en), r.product_code),
                ),
                Column(lambda: self.tr("Amount"), lambda r: format_yuan(r.amount), align_right=True),
                Column(lambda: self.tr("Issued by"), lambda r: f"{r.issued_by_name}（{r.issued_by}）"),
                Column(lambda: self.tr("Issued at"), lambda r: r.issued_at.strftime("%Y-%m-%d %H:%M")),
            ],
            self,
        )
        self.table = QTableView(objectName="reviews")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.review_button = QPushButton(objectName="review")
        self.return_button = QPushButton(objectName="return")
        self.review_button.clicked.connect(self.review)
        self.return_button.clicked.connect(self.send_back)
        buttons = QHBoxLayout()
        buttons.addWidget(self.title)
        buttons.addStretch(1)
        buttons.addWidget(self.review_button)
        buttons.addWidget(self.return_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.retranslate_ui()

    def selected(self) -> ReviewItem | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def load(self) -> None:
        self._runner.submit(
            self._port.pending_agreement_reviews,
            on_done=self._show,
            on_error=self.sig_error.emit,
            key="reviews",
        )

    def _show(self, rows: list[ReviewItem]) -> None:
        self.model.set_rows(rows)
        self.title.setText(self.tr("Agreements waiting for review: %n", "", len(rows)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected()
        allowed = row is not None and not row.own
        self.review_button.setEnabled(allowed)
        self.return_button.setEnabled(allowed)
        tip = self.tr("You issued this agreement: another person reviews it.") if row and row.own else ""
        self.review_button.setToolTip(tip)
        self.return_button.setToolTip(tip)

    def review(self) -> None:
        row = self.selected()
        if row is None or row.own:
            return
        question = self.tr(
            "Review agreement {number}: {customer}, {product}, {amount}, issued by {issuer}? It takes effect now "
            "and your name is printed on the archived copy as reviewer."
        ).format(
            number=row.number, customer=row.customer_name, product=product_name((row.product_name, row.product_name_en), row.product_code),
            amount=format_yuan(row.amount), issuer=row.issued_by_name,
        )  # fmt: skip
        answer = QMessageBox.question(self, self.tr("Review"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self._submit(
                self._port.review_agreement, row.number, done=self.tr("Reviewed: the agreement is effective.")
            )

    def send_back(self) -> None:
        row = self.selected()
        if row is None or row.own:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Return"), self.tr("Why is agreement {number} returned?").format(number=row.number)
        )
        if ok:
            self._submit(
                self._port.return_agreement, row.number, reason,
                done=self.tr("Returned to the issuer: the agreement will not take effect."),
            )  # fmt: skip

    def _submit(self, action, *args: object, done: str) -> None:
        def finished(_result: object) -> None:
            self.sig_done.emit(done)
            self.load()

        self._runner.submit(action, *args, on_done=finished, on_error=self.sig_error.emit, write=True)

    def retranslate_ui(self) -> None:
        self.review_button.setText(self.tr("Re&view"))
        self.return_button.setText(self.tr("Re&turn…"))
        self.title.setText(self.tr("Agreements waiting for review"))
        self.model.retranslate()
