"""The product catalogue as the branch sells it: family, risk level, minimum, rate and terms."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableView

from domain.codes import ProductFamily
from widgets.labels import label, money, rate
from widgets.screen import Screen
from widgets.table_model import Column, RowsModel


def _risk(level: int | None) -> str:
    return f"R{level}" if level else "—"


class CatalogScreen(Screen):
    def __init__(self, load_products: Callable[[], list], runner, parent=None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("catalog_screen")
        self._load_products = load_products
        self._products: list = []
        self.family = QComboBox(objectName="family")
        self.family.currentIndexChanged.connect(self._filter)
        self.count = QLabel()
        self.model = RowsModel(
            [
                Column(lambda: self.tr("Code"), lambda p: p.code),
                Column(
                    lambda: self.tr("Product"),
                    lambda p: p.name_en if self._english() and p.name_en else p.name,
                ),
                Column(lambda: self.tr("Family"), lambda p: label("family", p.family)),
                Column(lambda: self.tr("Risk"), lambda p: _risk(p.risk_level)),
                Column(lambda: self.tr("Minimum (yuan)"), lambda p: money(p.min_amount), align_right=True),
                Column(lambda: self.tr("Rate / benchmark"), lambda p: rate(p.rate), align_right=True),
                Column(lambda: self.tr("Terms"), lambda p: " ".join(p.terms)),
                Column(lambda: self.tr("Version"), lambda p: str(p.version), align_right=True),
            ],
            self,
        )
        self.table = QTableView(objectName="products")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        self.family_label = QLabel()
        top.addWidget(self.family_label)
        top.addWidget(self.family)
        top.addStretch(1)
        top.addWidget(self.count)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.table, 1)
        self.retranslate_ui()

    @staticmethod
    def _english() -> bool:
        return QLocale().language() == QLocale.Language.English

    def load(self) -> None:
        self.runner.submit(self._load_products, on_done=self._show, on_error=self.show_error, key="catalog")

    def _show(self, products: list) -> None:
        self._products = products
        self._filter()

    def _filter(self) -> None:
        family = self.family.currentData()
        rows = [p for p in self._products if family is None or p.family == family]
        self.model.set_rows(rows)
        self.count.setText(self.tr("%n product(s)", "", len(rows)))

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
