"""The product catalogue as the branch sells it: family, risk level, minimum, rate, terms and sale period.

Supervisors also change it here, maker-checker: "Edit..." proposes a change to the selected product (a pending
version), the "Pending changes" tab lets a *second* supervisor approve or reject it, and "History" shows every
version of the selected product with what changed. Everyone else sees the catalogue read-only.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from domain.catalog import ProductView
from domain.catalog_versions import FieldChange, ProductHistory, VersionStatus, VersionView
from domain.codes import ProductFamily
from domain.staff import StaffUser
from widgets.catalog_changes import CatalogChanges
from widgets.jobs_port import JobsPort
from widgets.labels import label, money, rate, terms
from widgets.product_edit_dialog import ProductEditDialog
from widgets.screen import Screen
from widgets.table_model import Column, RowsModel


def _risk(level: int | None) -> str:
    return f"R{level}" if level else "—"


def _period(start, end) -> str:
    if start is None and end is None:
        return ""
    return f"{start.isoformat() if start else '…'} – {end.isoformat() if end else '…'}"


def _value(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    return str(value)


def _changes(changes: tuple[FieldChange, ...]) -> str:
    return "; ".join(f"{c.field}: {_value(c.old)} → {_value(c.new)}" for c in changes)


def _when(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def _table(name: str, model: RowsModel, stretch: int) -> QTableView:
    table = QTableView(objectName=name)
    table.setModel(model)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


class CatalogEditor(Protocol):
    """The catalogue changes a supervisor makes (maker-checker: a second supervisor approves)."""

    @property
    def user(self) -> StaffUser: ...

    def product_history(self, code: str) -> ProductHistory: ...
    def pending_versions(self) -> list[VersionView]: ...
    def propose_product_change(
        self, code: str, changes: dict[str, Any], effective_from: date, note: str = ""
    ) -> VersionView: ...
    def approve_version(self, version_id: int, note: str = "") -> VersionView: ...
    def reject_version(self, version_id: int, note: str) -> VersionView: ...


class CatalogScreen(Screen):
    """`editor` (the backend, for supervisors only) enables changing the catalogue; None: read-only."""

    def __init__(
        self,
        load_products: Callable[[], list[ProductView]],
        runner: JobsPort,
        editor: CatalogEditor | None = None,
        dialog_factory: Callable[[ProductHistory], ProductEditDialog] = ProductEditDialog,
        parent=None,
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("catalog_screen")
        self._load_products = load_products
        self._editor, self._dialog_factory = editor, dialog_factory
        self._products: list = []
        self.history: ProductHistory | None = None
        self.family = QComboBox(objectName="family")
        self.family.currentIndexChanged.connect(self._filter)
        self.count = QLabel()
        self.model = RowsModel(
            [
                Column(
                    lambda: self.tr("Product"),
                    lambda p: p.name_en if self._english() and p.name_en else p.name,
                ),
                Column(lambda: self.tr("Code"), lambda p: p.code, reference=True),
                Column(lambda: self.tr("Family"), lambda p: label("family", p.family)),
                Column(lambda: self.tr("Risk"), lambda p: _risk(p.risk_level)),
                Column(lambda: self.tr("Minimum (yuan)"), lambda p: money(p.min_amount), align_right=True),
                Column(lambda: self.tr("Rate / benchmark"), lambda p: rate(p.rate), align_right=True),
                Column(lambda: self.tr("Terms"), lambda p: terms(p.terms)),
                Column(lambda: self.tr("Sale period"), lambda p: _period(p.sale_start, p.sale_end)),
                Column(lambda: self.tr("Version"), lambda p: str(p.version), align_right=True),
            ],
            self,
        )
        self.table = QTableView(objectName="products")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        self.family_label = QLabel()
        top.addWidget(self.family_label)
        top.addWidget(self.family)
        top.addStretch(1)
        top.addWidget(self.count)
        self.layout_.addLayout(top)
        if editor is None:
            self.layout_.addWidget(self.table, 1)
        else:
            self._build_editing(top)
        self.retranslate_ui()

    # --- supervisors: propose, approve, history -------------------------------------------------------------

    def _build_editing(self, top: QHBoxLayout) -> None:
        self.edit_button = QPushButton(objectName="edit")
        self.changes = CatalogChanges(self, self._editor, self._dialog_factory)
        self.edit_button.clicked.connect(lambda: self.changes.edit_product())  # not `checked` as `previous`
        self.edit_reason = QLabel(objectName="edit_reason")
        self.edit_reason.setStyleSheet("color: #666;")
        top.addWidget(self.edit_reason)
        top.addWidget(self.edit_button)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected_product_changed())

        self.pending = RowsModel(
            [
                Column(lambda: self.tr("Code"), lambda v: v.product_code, reference=True),
                Column(lambda: self.tr("Changes"), lambda v: _changes(v.changes)),
                Column(lambda: self.tr("Takes effect on"), lambda v: v.effective_from.isoformat()),
                Column(lambda: self.tr("Proposed by"), lambda v: v.maker),
                Column(lambda: self.tr("Proposed at"), lambda v: _when(v.made_at)),
                Column(lambda: self.tr("Note"), lambda v: v.note),
            ],
            self,
        )
        self.pending_table = _table("pending", self.pending, 1)
        self.pending_table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.decision_note = QLineEdit(objectName="decision_note")
        self.approve_button = QPushButton(objectName="approve")
        self.reject_button = QPushButton(objectName="reject")
        self.approve_button.clicked.connect(lambda: self.changes.approve_selected())
        self.reject_button.clicked.connect(lambda: self.changes.reject_selected())
        self.decision_reason = QLabel(objectName="decision_reason", wordWrap=True)
        self.decision_reason.setStyleSheet("color: #666;")
        decide = QHBoxLayout()
        self.decision_label = QLabel()
        decide.addWidget(self.decision_label)
        decide.addWidget(self.decision_note, 1)
        decide.addWidget(self.approve_button)
        decide.addWidget(self.reject_button)
        pending_page = QWidget()
        pending_box = QVBoxLayout(pending_page)
        pending_box.setContentsMargins(0, 6, 0, 0)
        pending_box.addWidget(self.pending_table, 1)
        pending_box.addWidget(self.decision_reason)
        pending_box.addLayout(decide)

        self.versions = RowsModel(
            [
                Column(
                    lambda: self.tr("Version"),
                    lambda v: str(v.version) if v.version else "",
                    align_right=True,
                ),
                Column(lambda: self.tr("State"), self._status),
                Column(lambda: self.tr("Takes effect on"), lambda v: v.effective_from.isoformat()),
                Column(lambda: self.tr("Proposed by"), lambda v: v.maker),
                Column(lambda: self.tr("Proposed at"), lambda v: _when(v.made_at)),
                Column(lambda: self.tr("Checked by"), lambda v: v.checker),
                Column(lambda: self.tr("Changes"), lambda v: _changes(v.changes)),
                Column(lambda: self.tr("Note"), self._notes),
            ],
            self,
        )
        self.history_table = _table("history", self.versions, 6)
        self.history_title = QLabel(objectName="history_title")
        history_page = QWidget()
        history_box = QVBoxLayout(history_page)
        history_box.setContentsMargins(0, 6, 0, 0)
        history_box.addWidget(self.history_title)
        history_box.addWidget(self.history_table, 1)

        self.tabs = QTabWidget(objectName="catalog_tabs")
        self.tabs.addTab(pending_page, "")
        self.tabs.addTab(history_page, "")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.layout_.addWidget(splitter, 1)

    def _status(self, version: VersionView) -> str:
        if version.scheduled:
            return self.tr("Approved, scheduled")
        return {
            VersionStatus.PENDING: self.tr("Waiting for approval"),
            VersionStatus.APPROVED: self.tr("Approved"),
            VersionStatus.REJECTED: self.tr("Rejected"),
            VersionStatus.SUPERSEDED: self.tr("Superseded"),
        }[version.status]

    def _notes(self, version: VersionView) -> str:
        decision = version.decision_note
        if decision == "catalog_import":
            decision = self.tr("replaced by a catalogue file import")
        return " / ".join(filter(None, [version.note, decision]))

    def selected_product(self):
        index = self.table.selectionModel().currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def selected_pending(self) -> VersionView | None:
        index = self.pending_table.selectionModel().currentIndex()
        return self.pending.row(index.row()) if index.isValid() else None

    def _selected_product_changed(self) -> None:
        product = self.selected_product()
        if self.history is not None and (product is None or product.code != self.history.code):
            self.history = None
            self.versions.set_rows([])
        self._update_buttons()
        if product is not None and self._editor is not None:  # built for supervisors only
            self.runner.submit(
                self._editor.product_history,
                product.code,
                on_done=self._show_history,
                on_error=self.show_error,
                key="product_history",
            )

    def _show_history(self, history: ProductHistory) -> None:
        product = self.selected_product()
        if product is None or product.code != history.code:
            return  # the selection moved on meanwhile
        self.history = history
        self.versions.set_rows(history.versions)
        self._update_buttons()

    def _show_pending(self, versions: list[VersionView]) -> None:
        chosen = self.selected_pending()
        self.pending.set_rows(versions)
        for row, version in enumerate(versions):
            if chosen is not None and version.id == chosen.id:
                self.pending_table.selectRow(row)
        self._update_buttons()
        self.tabs.setTabText(0, self.tr("Pending changes (%n)", "", len(versions)))

    def _update_buttons(self) -> None:
        if self._editor is None:
            return
        product, history = self.selected_product(), self.history
        if product is None:
            reason = self.tr("Select a product to change it.")
        elif history is None or history.code != product.code:
            reason = ""
        elif history.open_version_id is not None:
            reason = self.tr("A change to this product is waiting for approval or scheduled.")
        else:
            reason = ""
        self.edit_button.setEnabled(
            product is not None
            and history is not None
            and history.code == product.code
            and history.open_version_id is None
        )
        self.edit_reason.setText(reason)
        self.history_title.setText(
            self.tr("Versions of {code} (current version {version})").format(
                code=history.code, version=history.version
            )
            if history is not None
            else self.tr("Select a product to see its versions.")
        )
        pending = self.selected_pending()
        own = pending is not None and pending.maker_id == self._editor.user.id
        self.approve_button.setEnabled(pending is not None and not own)
        self.reject_button.setEnabled(pending is not None and not own)
        self.decision_reason.setText(
            self.tr("You proposed this change: another supervisor must approve or reject it.") if own else ""
        )
        self.decision_reason.setVisible(own)

    # --- everyone ------------------------------------------------------------------------------------------

    @staticmethod
    def _english() -> bool:
        return QLocale().language() == QLocale.Language.English

    def load(self) -> None:
        self.runner.submit(self._load_products, on_done=self._show, on_error=self.show_error, key="catalog")
        if self._editor is not None:
            self.runner.submit(
                self._editor.pending_versions,
                on_done=self._show_pending,
                on_error=self.show_error,
                key="pending",
            )

    def _show(self, products: list) -> None:
        self._products = products
        self._filter()

    def _filter(self) -> None:
        chosen = self.selected_product()
        family = self.family.currentData()
        rows = [p for p in self._products if family is None or p.family == family]
        self.model.set_rows(rows)
        self.count.setText(self.tr("%n product(s)", "", len(rows)))
        if chosen is not None:
            for row, product in enumerate(rows):
                if product.code == chosen.code:
                    self.table.selectRow(row)
        if self._editor is not None:
            self._selected_product_changed()

    def retranslate_ui(self) -> None:
        current = self.family.currentData()
        self.family.blockSignals(True)
        self.family.clear()
        self.family.addItem(self.tr("All families"), None)
        for family in ProductFamily:
            self.family.addItem(label("family", family.value), family.value)
        self.family.setCurrentIndex(max(self.family.findData(current), 0))
        self.family.blockSignals(False)
        self.family_label.setText(self.tr("Family"))
        self.model.retranslate()
        self.count.setText(self.tr("%n product(s)", "", self.model.rowCount()))
        if self._editor is not None:
            self.edit_button.setText(self.tr("Edit..."))
            self.approve_button.setText(self.tr("Approve"))
            self.reject_button.setText(self.tr("Reject"))
            self.decision_label.setText(self.tr("Decision note (required to reject)"))
            self.tabs.setTabText(0, self.tr("Pending changes (%n)", "", self.pending.rowCount()))
            self.tabs.setTabText(1, self.tr("History"))
            self.pending.retranslate()
            self.versions.retranslate()
            self._update_buttons()
