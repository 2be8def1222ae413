"""Refer a customer to a customer manager (转介, DOMAIN.md §7.1): reason, products, note — a few clicks.

The customer is named, never a bare number to type: from a profile the dialog shows who it is for; from the inbox
the person finds the customer by name, number or phone (`find`, run off the UI thread by the caller) and picks one
of the hits. Suggested products are ticked by name in a list (filtered as one types). Whether the customer agrees
to be contacted is the customer's answer, so it starts unticked."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
)

from domain import vocabulary
from widgets.labels import label, product_name

FIND_DELAY_MS = 300
# find(text, answer): look customers up (through the runner) and call answer(hits) with SearchHit-like rows.
Finder = Callable[[str, Callable[[list], None]], None]


class ReferralDialog(QDialog):
    """`values()` gives the keyword arguments of referrals.create (customer_no included). `products` are the
    products one may suggest: (code, name, English name, family)."""

    def __init__(
        self,
        managers: list[tuple[str, str]],
        customer_no: str = "",
        parent=None,
        *,
        customer_name: str = "",
        products: Sequence[tuple[str, str, str, str]] = (),
        find: Finder | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("referral_dialog")
        self.setWindowTitle(self.tr("Refer a customer"))
        self._find = find
        self._find_timer = QTimer(self, singleShot=True, interval=FIND_DELAY_MS)
        self._find_timer.timeout.connect(self._look_up)
        # The customer: named when known; else found by name, number or phone and picked from the hits.
        self.customer_label = QLabel(objectName="customer_label")
        self.customer_label.setStyleSheet("font-weight: bold;")
        self.customer = QLineEdit(objectName="customer")
        self.customer.textChanged.connect(lambda _t: self._find_timer.start())
        self.customer_choice = QComboBox(objectName="customer_choice")
        self.customer_choice.setPlaceholderText(self.tr("Type a name, customer number or phone above"))
        if customer_no:
            self.customer_choice.addItem(f"{customer_name}  {customer_no}".strip(), customer_no)
            self.customer_choice.setCurrentIndex(0)
            self.customer_label.setText(customer_name or customer_no)
            self.customer_label.setToolTip(customer_no)
        known = bool(customer_no)
        self.customer_label.setVisible(known)
        self.customer.setVisible(not known)
        self.customer_choice.setVisible(not known)
        self.manager = QComboBox(objectName="manager")
        self.manager.addItem(self.tr("The customer's own manager"), None)
        for login, name in managers:
            self.manager.addItem(f"{name} ({login})", login)
        self.reason = QComboBox(objectName="reason")
        for code in vocabulary.codes("referral_reason"):
            self.reason.addItem(label("referral_reason", code), code)
        self.product_filter = QLineEdit(objectName="product_filter")
        self.product_filter.setClearButtonEnabled(True)
        self.product_filter.textChanged.connect(self._filter_products)
        self.products = QListWidget(objectName="products")
        self.products.setMaximumHeight(130)
        order = {family: i for i, family in enumerate(vocabulary.codes("family"))}
        for code, name, name_en, family in sorted(products, key=lambda p: (order.get(p[3], 99), p[1])):
            item = QListWidgetItem(f"{product_name((name, name_en))} · {label('family', family)}")
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setData(Qt.ItemDataRole.UserRole + 1, f"{name} {name_en}".lower())
            item.setToolTip(code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.products.addItem(item)
        self.note = QPlainTextEdit(objectName="note")
        self.note.setMaximumHeight(80)
        self.note.setTabChangesFocus(True)  # Tab goes on to the check boxes; a note needs no tab character
        self.urgent = QCheckBox(self.tr("&Urgent: the customer is waiting"), objectName="urgent")
        self.consent = QCheckBox(
            self.tr("The customer &agrees to be contacted"), objectName="consent", checked=False
        )
        self.error = QLabel(objectName="error", wordWrap=True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Customer"), self.customer_label if known else self.customer)
        if not known:
            form.addRow("", self.customer_choice)
        form.addRow(self.tr("Refer &to"), self.manager)
        form.addRow(self.tr("&Reason"), self.reason)
        form.addRow(self.tr("Suggested &products"), self.product_filter)
        form.addRow("", self.products)
        form.addRow(self.tr("&Note"), self.note)
        form.addRow("", self.urgent)
        form.addRow("", self.consent)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Re&fer"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.customer.setPlaceholderText(self.tr("Name, customer number or phone"))
        self.product_filter.setPlaceholderText(self.tr("Filter by name"))

    # -- the customer ----------------------------------------------------------------------------------------------
    def _look_up(self) -> None:
        text = self.customer.text().strip()
        if self._find is not None and text:
            self._find(text, self.show_hits)

    def show_hits(self, hits: list) -> None:
        """The customers found for the text typed, by name; the first is chosen when it is the only one."""
        self.customer_choice.clear()
        for hit in hits[:50]:
            self.customer_choice.addItem(f"{hit.name}  {hit.customer_no}", hit.customer_no)
        self.customer_choice.setCurrentIndex(0 if len(hits) == 1 else -1)
        self.customer_choice.setPlaceholderText(
            self.tr("No customer found")
            if not hits
            else self.tr("%n customer(s) found: choose one", "", len(hits))
        )
        if len(hits) > 1:
            self.customer_choice.setFocus()

    def customer_no(self) -> str:
        return self.customer_choice.currentData() or ""

    # -- products --------------------------------------------------------------------------------------------------
    def _filter_products(self, text: str) -> None:
        query = text.strip().lower()
        for row in range(self.products.count()):
            item = self.products.item(row)
            hidden = bool(query) and query not in item.data(Qt.ItemDataRole.UserRole + 1)
            item.setHidden(hidden and item.checkState() != Qt.CheckState.Checked)

    def choose_products(self, codes: Sequence[str]) -> None:
        """Tick the products a card's 转介 came from."""
        for row in range(self.products.count()):
            item = self.products.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in codes:
                item.setCheckState(Qt.CheckState.Checked)

    def chosen_products(self) -> list[str]:
        return [
            self.products.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.products.count())
            if self.products.item(row).checkState() == Qt.CheckState.Checked
        ]

    # -- answer ----------------------------------------------------------------------------------------------------
    def accept(self) -> None:
        if not self.customer_no():
            self.show_error(self.tr("Find the customer and choose them from the list."))
            return
        super().accept()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def values(self) -> dict:
        return {
            "customer_no": self.customer_no(),
            "to_login": self.manager.currentData(),
            "reason": self.reason.currentData(),
            "products": self.chosen_products(),
            "note": self.note.toPlainText().strip(),
            "urgency": "urgent" if self.urgent.isChecked() else "normal",
            "contact_consent": self.consent.isChecked(),
        }
