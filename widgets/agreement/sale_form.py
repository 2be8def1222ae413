"""The sale in the issue dialog: the customer, the product (grouped by family, found by name or pinyin; its family,
risk level, minimum, rate and catalogue version), the amount (with its 大写 words, or what is wrong with it), the
term, the settlement account (one of the customer's demand accounts or debit cards) and the dual-recording id.

The form keeps its shape while the person types: the hint lines under the product and the amount have room for
two lines whatever they say, and the recording id stays in place (switched off, saying why, when the sale needs no
recording), so no field moves under the cursor."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from domain import vocabulary
from domain.capitals import amount_in_capitals
from domain.catalog import ProductView
from domain.errors import DomainError
from domain.money import parse_amount
from widgets.labels import edition, label, money, product_name, rate
from widgets.labels import term as term_words

ERROR_STYLE = "color: #b00020;"
HINT_STYLE = "color: #4b5563;"
MAX_RECORDING_ID = 64
VISIBLE_PRODUCTS = 14  # the list scrolls rather than running past the screen's edge


def _two_lines(widget: QLabel) -> None:
    """Room for two lines of text whatever the label says, so the fields below never move."""
    widget.setWordWrap(True)
    widget.setFixedHeight(widget.fontMetrics().lineSpacing() * 2 + 4)
    widget.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


class SaleForm(QWidget):
    def __init__(
        self,
        on_product: Callable[..., None],
        on_amount: Callable[[str], None],
        on_change: Callable[..., None],
        parent=None,
    ) -> None:
        super().__init__(parent, objectName="sale_form")
        self._spellings: dict[str, tuple[str, str]] = {}  # code -> (pinyin, initials)
        self._names: dict[str, str] = {}  # code -> both names, lower case, for the search
        self.customer_label = QLabel(objectName="customer", wordWrap=True)
        self.customer_label.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.product_search = QLineEdit(objectName="product_search")
        self.product_search.setClearButtonEnabled(True)
        self.product_search.textChanged.connect(self.filter_products)
        self.product_search.returnPressed.connect(lambda: self.product_box.showPopup())
        self.product_box = QComboBox(objectName="product")
        self.product_box.setModel(QStandardItemModel(self.product_box))
        self.product_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.product_box.setMinimumContentsLength(24)
        self.product_box.setMaxVisibleItems(VISIBLE_PRODUCTS)
        self.product_box.setStyleSheet("QComboBox { combobox-popup: 0; }")  # a scrolling list, not the screen
        self.product_box.currentIndexChanged.connect(on_product)
        self.product_info = QLabel(objectName="product_info")
        self.product_info.setStyleSheet(HINT_STYLE)
        _two_lines(self.product_info)
        self.amount_edit = QLineEdit(objectName="amount")
        self.amount_edit.setMaxLength(20)
        self.amount_edit.textChanged.connect(on_amount)
        self.amount_words = QLabel(objectName="amount_words")
        self.amount_words.setStyleSheet(HINT_STYLE)
        _two_lines(self.amount_words)
        self.term_box = QComboBox(objectName="term")
        self.account_box = QComboBox(objectName="account")
        self.account_box.currentIndexChanged.connect(on_change)
        self.recording_row = QWidget(objectName="recording_row")
        self.recording_edit = QLineEdit(objectName="recording_id")
        self.recording_edit.setMaxLength(MAX_RECORDING_ID)
        self.recording_edit.setEnabled(False)
        self.recording_edit.textChanged.connect(on_change)
        recording_layout = QVBoxLayout(self.recording_row)
        recording_layout.setContentsMargins(0, 0, 0, 0)
        recording_layout.addWidget(self.recording_edit)
        self.captions = {
            key: QLabel() for key in ("search", "product", "amount", "term", "account", "recording")
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.captions["search"], self.product_search)
        form.addRow(self.captions["product"], self.product_box)
        form.addRow("", self.product_info)
        form.addRow(self.captions["amount"], self.amount_edit)
        form.addRow("", self.amount_words)
        form.addRow(self.captions["term"], self.term_box)
        form.addRow(self.captions["account"], self.account_box)
        form.addRow(self.captions["recording"], self.recording_row)
        for key in ("search", "product", "amount", "term", "account", "recording"):
            self.captions[key].setBuddy(
                {"search": self.product_search, "product": self.product_box, "amount": self.amount_edit,
                 "term": self.term_box, "account": self.account_box, "recording": self.recording_edit}[key]
            )  # fmt: skip
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.customer_label)
        layout.addLayout(form)
        layout.addStretch(1)

    # -- products --------------------------------------------------------------------------------------------------
    def set_products(
        self,
        products: list[ProductView],
        wanted: str | None,
        spellings: dict[str, tuple[str, str]] | None = None,
    ) -> int:
        """Offer `products` under their families, choosing `wanted` (none of them when it is not offered), else the
        first; the index. `spellings` (code -> pinyin, initials) let the search find a name by its pinyin."""
        self._spellings = dict(spellings or {})
        self._names = {p.code: f"{p.name} {p.name_en}".lower().replace(" ", "") for p in products}
        self.product_box.blockSignals(True)
        self.product_box.clear()
        model = self.product_box.model()
        assert isinstance(model, QStandardItemModel)
        order = {family: i for i, family in enumerate(vocabulary.codes("family"))}
        families: dict[str, list[ProductView]] = {}
        for product in sorted(products, key=lambda p: (order.get(p.family, len(order)), p.family)):
            families.setdefault(product.family, []).append(product)
        for family, members in families.items():
            header = QStandardItem(label("family", family))
            header.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading, not a choice
            header.setData(family, Qt.ItemDataRole.UserRole + 2)
            font = QFont()
            font.setBold(True)
            header.setFont(font)
            model.appendRow(header)
            for product in members:
                level = f"  R{product.risk_level}" if product.risk_level else ""
                item = QStandardItem(f"    {product_name((product.name, product.name_en))}{level}")
                item.setData(product.code, Qt.ItemDataRole.UserRole)
                item.setData(product.code, Qt.ItemDataRole.ToolTipRole)  # the code for the catalogue only
                model.appendRow(item)
        index = self.product_box.findData(wanted) if wanted else -1
        if index < 0 and not wanted and products:
            index = self._first_product()
        # A product asked for but not offered leaves the choice empty: never a different product silently.
        self.product_box.setCurrentIndex(index)
        self.product_box.blockSignals(False)
        self.filter_products(self.product_search.text())
        return index

    def _first_product(self, visible_only: bool = False) -> int:
        view = self.product_box.view()
        for row in range(self.product_box.count()):
            if self.product_box.itemData(row) and not (visible_only and view.isRowHidden(row)):
                return row
        return -1

    def matches(self, code: str, text: str) -> bool:
        """The product `code` answers the search `text`: by its name (either language), pinyin or initials."""
        query = "".join(text.lower().split())
        if not query:
            return True
        full, initials = self._spellings.get(code, ("", ""))
        return query in self._names.get(code, "") or query in full or initials.startswith(query)

    def filter_products(self, text: str = "") -> int:
        """Show only the products the search finds (and their families); the number found. When the chosen
        product is not among them, the first one found is chosen."""
        view = self.product_box.view()
        shown, family_row, family_shown = 0, -1, False
        for row in range(self.product_box.count()):
            code = self.product_box.itemData(row)
            if not code:
                if family_row >= 0:
                    view.setRowHidden(family_row, not family_shown)
                family_row, family_shown = row, False
                continue
            hit = self.matches(code, text)
            view.setRowHidden(row, not hit)
            shown += hit
            family_shown |= hit
        if family_row >= 0:
            view.setRowHidden(family_row, not family_shown)
        current = self.product_box.currentIndex()
        if text.strip() and shown and (current < 0 or view.isRowHidden(current)):
            self.product_box.setCurrentIndex(self._first_product(visible_only=True))
        self.product_search.setToolTip(self.tr("%n product(s) found", "", shown) if text.strip() else "")
        return shown

    def set_terms(self, product: ProductView | None) -> None:
        self.term_box.clear()
        for term in product.terms if product else ():
            self.term_box.addItem(term_words(term), term)
        self.term_box.setCurrentIndex(0 if self.term_box.count() else -1)  # the placeholder leaves it at -1
        self.term_box.setEnabled(self.term_box.count() > 1)
        self._word_term_box()

    def _word_term_box(self) -> None:
        if self.term_box.count() == 1:
            self.term_box.setToolTip(self.tr("The product has this one term."))
        elif self.term_box.count() == 0:
            self.term_box.setToolTip(self.tr("The product has no term."))
        else:
            self.term_box.setToolTip("")

    # -- the settlement account ------------------------------------------------------------------------------------
    def set_accounts(self, accounts: list) -> None:
        """The customer's demand accounts and debit cards (services.agreements.SettlementAccount), largest first."""
        self.account_box.blockSignals(True)
        self.account_box.clear()
        for account in accounts:
            name = product_name((account.product_name, account.product_name_en))
            self.account_box.addItem(f"{name}  {account.masked}", account.account_no)
        self.account_box.setCurrentIndex(0 if accounts else -1)
        self.account_box.setEnabled(bool(accounts))
        self.account_box.blockSignals(False)
        self._word_account_box()

    def _word_account_box(self) -> None:
        self.account_box.setPlaceholderText(self.tr("The customer has no demand account or debit card"))
        self.account_box.setToolTip(
            ""
            if self.account_box.count()
            else self.tr("The agreement names no settlement account (printed as —).")
        )

    def account(self) -> str | None:
        return self.account_box.currentData() if self.account_box.count() else None

    # -- values ----------------------------------------------------------------------------------------------------
    def amount(self) -> Decimal | None:
        """The amount typed, None when empty or not a plain positive amount in yuan."""
        try:
            value = parse_amount(self.amount_edit.text())
        except DomainError:
            return None
        return value if value > 0 else None

    def term(self) -> str | None:
        return self.term_box.currentData() if self.term_box.count() else None

    def set_editable(self, editable: bool, recording_needed: bool) -> None:
        for widget in (self.product_search, self.product_box, self.amount_edit):
            widget.setEnabled(editable)
        self.term_box.setEnabled(editable and self.term_box.count() > 1)
        self.account_box.setEnabled(editable and self.account_box.count() > 0)
        self.recording_edit.setEnabled(editable and recording_needed)
        self.recording_edit.setPlaceholderText(
            self.tr("the id of the audio and video recording")
            if recording_needed
            else self.tr("not needed: this sale is not dual-recorded")
        )

    # -- words -----------------------------------------------------------------------------------------------------
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
        self.captions["search"].setText(self.tr("&Find product"))
        self.captions["product"].setText(self.tr("&Product"))
        self.captions["amount"].setText(self.tr("A&mount (yuan)"))
        self.captions["term"].setText(self.tr("&Term"))
        self.captions["account"].setText(self.tr("&Settlement account"))
        self.captions["recording"].setText(self.tr("&Dual-recording id"))
        self.product_search.setPlaceholderText(self.tr("name or pinyin, e.g. 理财 / licai / lc"))
        self.amount_edit.setPlaceholderText(self.tr("e.g. 50000.00"))
        self.term_box.setPlaceholderText(self.tr("No term for this product"))
        self.product_box.setPlaceholderText(self.tr("Choose a product"))
        model = self.product_box.model()
        for row in range(self.product_box.count()):
            family = self.product_box.itemData(row, Qt.ItemDataRole.UserRole + 2)
            if family and isinstance(model, QStandardItemModel):
                item = model.item(row)
                if item is not None:
                    item.setText(label("family", family))
        self._word_term_box()
        self._word_account_box()
