"""The sale in the issue dialog: the customer, the product (with its family, risk level, minimum, rate and catalogue
version), the amount (with its 大写 words, or what is wrong with it) and the term."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from domain.capitals import amount_in_capitals
from domain.catalog import ProductView
from domain.errors import DomainError
from domain.money import parse_amount
from widgets.labels import edition, label, money, rate
from widgets.labels import term as term_words

ERROR_STYLE = "color: #b00020;"
HINT_STYLE = "color: #4b5563;"


class SaleForm(QWidget):
    def __init__(
        self, on_product: Callable[..., None], on_amount: Callable[[str], None], parent=None
    ) -> None:
        super().__init__(parent, objectName="sale_form")
        self.customer_label = QLabel(objectName="customer", wordWrap=True)
        self.customer_label.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.product_box = QComboBox(objectName="product")
        self.product_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.product_box.setMinimumContentsLength(30)
        self.product_box.currentIndexChanged.connect(on_product)
        self.product_info = QLabel(objectName="product_info", wordWrap=True)
        self.product_info.setStyleSheet(HINT_STYLE)
        self.amount_edit = QLineEdit(objectName="amount")
        self.amount_edit.setMaxLength(20)
        self.amount_edit.textChanged.connect(on_amount)
        self.amount_words = QLabel(objectName="amount_words", wordWrap=True)
        self.amount_words.setStyleSheet(HINT_STYLE)
        self.term_box = QComboBox(objectName="term")
        self.captions = {key: QLabel() for key in ("product", "amount", "term")}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.captions["product"], self.product_box)
        form.addRow("", self.product_info)
        form.addRow(self.captions["amount"], self.amount_edit)
        form.addRow("", self.amount_words)
        form.addRow(self.captions["term"], self.term_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.customer_label)
        layout.addLayout(form)

    def set_products(self, products: list[ProductView], wanted: str | None) -> int:
        """Offer `products`, choosing `wanted` (none of them when it is not offered), else the first; the index."""
        self.product_box.blockSignals(True)
        self.product_box.clear()
        for product in products:
            level = f", R{product.risk_level}" if product.risk_level else ""
            # The name first; the catalogue code only in the tooltip (a reader chooses by name).
            self.product_box.addItem(
                f"{product.name}  ({label('family', product.family)}{level})", product.code
            )
            self.product_box.setItemData(
                self.product_box.count() - 1, product.code, Qt.ItemDataRole.ToolTipRole
            )
        index = self.product_box.findData(wanted) if wanted else -1
        if index < 0 and not wanted and products:
            index = 0
        # A product asked for but not offered leaves the choice empty: never a different product silently.
        self.product_box.setCurrentIndex(index)
        self.product_box.blockSignals(False)
        return index

    def set_terms(self, product: ProductView | None) -> None:
        self.term_box.clear()
        for term in product.terms if product else ():
            self.term_box.addItem(term_words(term), term)
        self.term_box.setCurrentIndex(0 if self.term_box.count() else -1)  # the placeholder leaves it at -1
        self.term_box.setEnabled(self.term_box.count() > 1)

    def amount(self) -> Decimal | None:
        """The amount typed, None when empty or not a plain positive amount in yuan."""
        try:
            value = parse_amount(self.amount_edit.text())
        except DomainError:
            return None
        return value if value > 0 else None

    def term(self) -> str | None:
        return self.term_box.currentData() if self.term_box.count() else None

    def set_editable(self, editable: bool) -> None:
        for widget in (self.product_box, self.amount_edit):
            widget.setEnabled(editable)
        self.term_box.setEnabled(editable and self.term_box.count() > 1)

    def show_product_info(self, product: ProductView | None, loaded: bool, any_offered: bool) -> None:
        if product is None:
            if not loaded:
                self.product_info.setText(self.tr("Loading products..."))
            else:
                self.product_info.setText("" if any_offered else self.tr("No product to choose."))
            return
        parts = [label("family", product.family)]
        if product.risk_level:
            parts.append(self.tr("risk level R{level}").format(level=product.risk_level))
        if product.min_amount is not None:
            parts.append(self.tr("from {amount} yuan").format(amount=money(product.min_amount)))
        if product.rate is not None:
            parts.append(self.tr("rate {rate}").format(rate=rate(product.rate)))
        parts.append(self.tr("catalogue {edition}").format(edition=edition(product.version)))
        self.product_info.setText(" · ".join(parts))

    def show_amount_words(self) -> None:
        amount = self.amount()
        if amount is not None:
            self.amount_words.setText(f"¥{money(amount)}  {amount_in_capitals(amount)}")
            self.amount_words.setStyleSheet(HINT_STYLE)
        elif self.amount_edit.text().strip():
            self.amount_words.setText(self.tr("Write the amount in yuan, e.g. 50000.00 (no separators)."))
            self.amount_words.setStyleSheet(ERROR_STYLE)
        else:
            self.amount_words.setText(self.tr("Enter the amount to check it against the product's limits."))
            self.amount_words.setStyleSheet(HINT_STYLE)

    def retranslate_ui(self, customer: str) -> None:
        self.customer_label.setText(self.tr("Service agreement for {customer}").format(customer=customer))
        self.captions["product"].setText(self.tr("Product"))
        self.captions["amount"].setText(self.tr("Amount (yuan)"))
        self.captions["term"].setText(self.tr("Term"))
        self.amount_edit.setPlaceholderText(self.tr("e.g. 50000.00"))
        self.term_box.setPlaceholderText(self.tr("No term for this product"))
        self.product_box.setPlaceholderText(self.tr("Choose a product"))
