"""Tier reports (issue 17, DOMAIN §3) for customer managers (their book) and supervisors (the branch): the 临界区间
list, customers within the configured distance of the next tier (upgrade calls) or close to losing theirs
(retention), with its export for the call sheet; and the 80/20 report, how much of the assets the top fifth of the
customers hold, for the branch and each manager. The figures come from services/tiers.py, the same queries as
`branchdesk tiers near` and `tiers pareto`; the service decides whose customers a person may list."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from domain.tiers import Concentration, NearThreshold
from widgets.jobs_port import JobsPort
from widgets.labels import label, money
from widgets.screen import Screen
from widgets.table_model import Column, RowsModel, row_list


class TierReportsPort(Protocol):
    def near_threshold(self) -> tuple[NearThreshold, ...]: ...
    def concentration_report(self) -> tuple[Concentration, ...]: ...
    def export_near_threshold(self) -> str: ...  # CSV text; the export is on record
    def manager_names(self) -> dict[str, str]: ...  # login -> name, to show people by name


def write_text(path: str, text: str) -> None:
    # utf-8-sig: a spreadsheet program opening the CSV reads the Chinese names right.
    Path(path).write_text(text, encoding="utf-8-sig")


class TierReportsScreen(Screen):
    def __init__(
        self,
        port: TierReportsPort,
        runner: JobsPort,
        open_customer: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
        *,
        save_file: Callable[..., tuple[str, str]] = QFileDialog.getSaveFileName,
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("tier_reports_screen")
        self._port, self._open_customer, self._save_file = port, open_customer, save_file
        self._names: dict[str, str] = {}
        self.near_model = RowsModel(
            [
                Column(lambda: self.tr("Customer no."), lambda r: r.customer_no),
                Column(lambda: self.tr("Name"), lambda r: r.name),
                Column(lambda: self.tr("Manager"), lambda r: self._person(r.manager_login)),
                Column(lambda: self.tr("Tier"), lambda r: label("tier", r.tier)),
                Column(
                    lambda: self.tr("Assets (yuan)"),
                    lambda r: money(r.aum),
                    align_right=True,
                    sort_key=lambda r: r.aum,
                ),
                Column(
                    lambda: self.tr("Gap (yuan)"),
                    lambda r: money(r.gap),
                    align_right=True,
                    sort_key=lambda r: r.gap,
                    tooltip=self._gap_words,
                ),
                Column(lambda: self.tr("List"), self._kind),
            ],
            self,
        )
        self.near_table = row_list(self.near_model, "near_threshold")
        # The service's order (upgrade calls first, the closest on top) until a header is clicked.
        self.near_table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.near_table.setSortingEnabled(True)
        self.near_table.activated.connect(self._open_row)  # Enter or a double-click
        self.near_count = QLabel(objectName="near_count")
        self.export_button = QPushButton(objectName="export_near")
        self.export_button.clicked.connect(self.export)
        self.refresh_button = QPushButton(objectName="refresh")
        self.refresh_button.clicked.connect(self.load)
        top = QHBoxLayout()
        top.addWidget(self.near_count, 1)
        top.addWidget(self.export_button)
        top.addWidget(self.refresh_button)
        near_page = QWidget()
        near_layout = QVBoxLayout(near_page)
        near_layout.setContentsMargins(0, 8, 0, 0)
        near_layout.addLayout(top)
        near_layout.addWidget(self.near_table, 1)
        self.pareto_model = RowsModel(
            [
                Column(lambda: self.tr("Book"), self._scope),
                Column(lambda: self.tr("Customers"), lambda c: str(c.customers), align_right=True),
                Column(
                    lambda: self.tr("Top 20% (customers)"), lambda c: str(c.top_customers), align_right=True
                ),
                Column(lambda: self.tr("Assets (yuan)"), lambda c: money(c.aum), align_right=True),
                Column(
                    lambda: self.tr("Held by the top 20% (yuan)"),
                    lambda c: money(c.top_aum),
                    align_right=True,
                ),
                Column(lambda: self.tr("Share"), self._share, align_right=True),
            ],
            self,
        )
        self.pareto_table = row_list(self.pareto_model, "concentration")
        self.pareto_note = QLabel(objectName="pareto_note", wordWrap=True)
        pareto_page = QWidget()
        pareto_layout = QVBoxLayout(pareto_page)
        pareto_layout.setContentsMargins(0, 8, 0, 0)
        pareto_layout.addWidget(self.pareto_note)
        pareto_layout.addWidget(self.pareto_table, 1)
        self.tabs = QTabWidget(objectName="tier_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(near_page, "")
        self.tabs.addTab(pareto_page, "")
        self.layout_.addWidget(self.tabs, 1)
        self.retranslate_ui()

    # -- loading ---------------------------------------------------------------------------------------------------
    def load(self) -> None:
        self.runner.submit(self._port.manager_names, on_done=self._set_names, on_error=self.show_error,
                           key="tier_names")  # fmt: skip
        self.runner.submit(self._port.near_threshold, on_done=self._show_near, on_error=self.show_error,
                           key="near_threshold")  # fmt: skip
        self.runner.submit(self._port.concentration_report, on_done=self._show_pareto, on_error=self.show_error,
                           key="concentration")  # fmt: skip

    def _set_names(self, names: dict[str, str]) -> None:
        self._names = dict(names)
        self.near_model.retranslate()
        self.pareto_model.retranslate()

    def _show_near(self, rows: tuple[NearThreshold, ...]) -> None:
        self.near_model.set_rows(list(rows))
        self._count()

    def _show_pareto(self, rows: tuple[Concentration, ...]) -> None:
        self.pareto_model.set_rows(list(rows))

    # -- actions ---------------------------------------------------------------------------------------------------
    def _open_row(self, index) -> None:
        if index.isValid() and self._open_customer is not None:
            self._open_customer(self.near_model.row(index.row()).customer_no)

    def export(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = self._save_file(
            self, self.tr("Export the list"), str(Path(folder) / self.tr("near_tier_list.csv")),
            self.tr("CSV file (*.csv)"),
        )  # fmt: skip
        if not path:
            return
        self.runner.submit(self._port.export_near_threshold, on_done=lambda text: self._write(path, text),
                           on_error=self.show_error, key="near_export")  # fmt: skip

    def _write(self, path: str, text: str) -> None:
        try:
            write_text(path, text)
        except OSError as error:
            reason = error.strerror or str(error)
            self.banner.show_message(self.tr("The file could not be written: {reason}").format(reason=reason),
                                     "error")  # fmt: skip
            return
        self.banner.show_message(self.tr("List exported to {path}.").format(path=path), "info")

    # -- words -----------------------------------------------------------------------------------------------------
    def _person(self, login: str) -> str:
        return self._names.get(login, login)

    def _kind(self, row: NearThreshold) -> str:
        if row.kind == "upgrade":
            return self.tr("Near {tier}").format(tier=label("tier", row.next_tier))
        return self.tr("May drop from {tier}").format(tier=label("tier", row.tier))

    def _gap_words(self, row: NearThreshold) -> str:
        if row.kind == "upgrade":
            return self.tr("{gap} yuan more reaches {tier}").format(
                gap=money(row.gap), tier=label("tier", row.next_tier)
            )
        return self.tr("{gap} yuan above the floor of {tier}").format(
            gap=money(row.gap), tier=label("tier", row.tier)
        )

    def _scope(self, part: Concentration) -> str:
        return self.tr("The branch") if not part.scope else self._person(part.scope)

    def _share(self, part: Concentration) -> str:
        return "" if part.top_share is None else f"{part.top_share:.1%}"

    def _count(self) -> None:
        rows = [self.near_model.row(r) for r in range(self.near_model.rowCount())]
        upgrade = sum(1 for r in rows if r.kind == "upgrade")
        self.near_count.setText(
            self.tr("{upgrade} near the next tier (upgrade calls), {retention} close to losing theirs (retention)")
            .format(upgrade=upgrade, retention=len(rows) - upgrade)
        )  # fmt: skip

    def retranslate_ui(self) -> None:
        self.tabs.setTabText(0, self.tr("Near the next tier"))
        self.tabs.setTabText(1, self.tr("80/20 concentration"))
        self.export_button.setText(self.tr("&Export list..."))
        self.refresh_button.setText(self.tr("Refresh"))
        self.pareto_note.setText(
            self.tr(
                "How much of the assets the top 20% of customers hold: the branch first, then each manager's book."
            )
        )
        self.near_model.retranslate()
        self.pareto_model.retranslate()
        self._count()
