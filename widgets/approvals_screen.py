"""Requests waiting for a second person (void, reprint, catalogue change, reassignment, unlock): the approver,
signed in as themselves, approves or rejects here. The service refuses one's own request and the wrong role.
Supervisors also review (复核) issued agreements here (widgets/agreement_reviews.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QInputDialog, QPushButton, QTableView, QWidget

from domain.approvals import ApprovalView, Kind
from widgets.agreement_reviews import AgreementReviews, ReviewPort
from widgets.jobs_port import JobsPort
from widgets.pdf_preview import open_pdf_dialog
from widgets.screen import Screen
from widgets.table_model import Column, RowsModel

KIND_WORDS = {
    "agreement_void": QT_TRANSLATE_NOOP("Approvals", "Void an agreement"),
    "agreement_reprint": QT_TRANSLATE_NOOP("Approvals", "Reprint an agreement"),
    "book_reassign": QT_TRANSLATE_NOOP("Approvals", "Reassign to another manager"),
    "staff_unlock": QT_TRANSLATE_NOOP("Approvals", "Unlock a staff account"),
    "catalog_change": QT_TRANSLATE_NOOP("Approvals", "Catalogue change"),
}


class ApprovalsPort(Protocol):
    def pending_approvals(self) -> list[ApprovalView]: ...
    def approve(self, approval_id: int) -> ApprovalView: ...
    def reject(self, approval_id: int, reason: str) -> ApprovalView: ...


def _kind(row: ApprovalView) -> str:
    return QCoreApplication.translate("Approvals", KIND_WORDS.get(row.kind.value, row.kind.value))


class ApprovalsScreen(Screen):
    def __init__(
        self,
        backend: ApprovalsPort,
        runner: JobsPort,
        parent: QWidget | None = None,
        reviews: ReviewPort | None = None,  # agreements waiting for 复核: supervisors only
        *,
        # The written notices of a manager change (DOMAIN §7.6) for a new manager's login: (customers, PDF);
        # offered once a reassignment is approved. None: this person does not print them.
        notices: Callable[[str], tuple[int, bytes]] | None = None,
        preview: Callable[..., object] = open_pdf_dialog,
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("approvals_screen")
        self._backend = backend
        self._notices, self._preview = notices, preview
        self.preview_dialog: object = None
        self.model = RowsModel(
            [
                Column(lambda: self.tr("No."), lambda r: str(r.id), align_right=True),
                Column(lambda: self.tr("Request"), _kind),
                Column(lambda: self.tr("Concerning"), lambda r: r.subject),
                Column(lambda: self.tr("Details"), lambda r: "；".join(v for _, v in r.details)),
                Column(
                    lambda: self.tr("Requested by"),
                    lambda r: f"{r.requested_by_name}（{r.requested_by_login}）",
                ),
                Column(lambda: self.tr("Requested at"), lambda r: r.requested_at.strftime("%Y-%m-%d %H:%M")),
            ],
            self,
        )
        self.table = QTableView(objectName="approvals")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table in one step
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.approve_button = QPushButton(objectName="approve")
        self.reject_button = QPushButton(objectName="reject")
        self.approve_button.clicked.connect(self.approve)
        self.reject_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)
        self.layout_.addWidget(self.table, 1)
        self.reviews: AgreementReviews | None = None
        if reviews is not None:
            self.reviews = AgreementReviews(reviews, runner, self)
            self.reviews.sig_done.connect(lambda text: self.banner.show_message(text, "info"))
            self.reviews.sig_error.connect(self.show_error)
            self.layout_.addWidget(self.reviews, 1)
        self.retranslate_ui()

    def selected(self) -> ApprovalView | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def load(self) -> None:
        self.runner.submit(
            self._backend.pending_approvals, on_done=self._show, on_error=self.show_error, key="approvals"
        )
        if self.reviews is not None:
            self.reviews.load()

    def _show(self, rows: list[ApprovalView]) -> None:
        self.model.set_rows(rows)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected()
        decidable = row is not None and not row.own  # one's own request is decided by someone else
        self.approve_button.setEnabled(decidable)
        self.reject_button.setEnabled(decidable)
        self.approve_button.setToolTip(
            self.tr("You asked for this: another person decides it.") if row and row.own else ""
        )

    def approve(self) -> None:
        row = self.selected()
        if row is None:
            return
        manager = dict(row.details).get("manager")
        then = None
        if row.kind is Kind.BOOK_REASSIGN and manager and self._notices is not None:
            notices = self._notices
            # Once the customers have moved: the notices each of them gets (DOMAIN §7.6), to print at once.
            then = lambda: self.runner.submit(  # noqa: E731
                notices, manager, on_done=self._show_notices, on_error=self.show_error, write=True
            )
        self._decide(
            self._backend.approve, row.id, self.tr("Approved: the change has taken effect."), then=then
        )

    def _show_notices(self, result: tuple[int, bytes]) -> None:
        count, data = result
        title = self.tr("Notices of the manager change: %n customer(s)", "", count)
        self.preview_dialog = self._preview(self, data, title)

    def reject(self) -> None:
        row = self.selected()
        if row is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Reject"), self.tr("Why is the request turned down?"))
        if ok:
            self._decide(self._backend.reject, row.id, self.tr("Rejected: nothing has changed."), reason)

    def _decide(
        self, action, approval_id: int, message: str, *extra: object, then: Callable[[], object] | None = None
    ) -> None:
        def done(_view: object) -> None:
            self.banner.show_message(message, "info")
            self.load()
            if then is not None:
                then()

        self.runner.submit(action, approval_id, *extra, on_done=done, on_error=self.show_error, write=True)

    def retranslate_ui(self) -> None:
        self.approve_button.setText(self.tr("&Approve"))
        self.reject_button.setText(self.tr("&Reject…"))
        self.model.retranslate()
        if self.reviews is not None:
            self.reviews.retranslate_ui()
