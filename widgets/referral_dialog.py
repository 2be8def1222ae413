"""Refer a customer to a customer manager (转介, DOMAIN.md §7.1): reason, products, note — a few clicks."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from domain import vocabulary
from widgets.labels import label


class ReferralDialog(QDialog):
    """`values()` gives the keyword arguments of referrals.create (customer_no included)."""

    def __init__(self, managers: list[tuple[str, str]], customer_no: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("referral_dialog")
        self.setWindowTitle(self.tr("Refer a customer"))
        self.customer = QLineEdit(customer_no, objectName="customer")
        self.manager = QComboBox(objectName="manager")
        self.manager.addItem(self.tr("The customer's own manager"), None)
        for login, name in managers:
            self.manager.addItem(f"{name} ({login})", login)
        self.reason = QComboBox(objectName="reason")
        for code in vocabulary.codes("referral_reason"):
            self.reason.addItem(label("referral_reason", code), code)
        self.products = QLineEdit(objectName="products")
        self.products.setPlaceholderText(self.tr("Product codes, separated by commas"))
        self.note = QPlainTextEdit(objectName="note")
        self.note.setMaximumHeight(80)
        self.urgent = QCheckBox(self.tr("Urgent: the customer is waiting"), objectName="urgent")
        self.consent = QCheckBox(
            self.tr("The customer agrees to be contacted"), objectName="consent", checked=False
        )
        self.error = QLabel(objectName="error", wordWrap=True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Customer no."), self.customer)
        form.addRow(self.tr("Refer to"), self.manager)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Suggested products"), self.products)
        form.addRow(self.tr("Note"), self.note)
        form.addRow("", self.urgent)
        form.addRow("", self.consent)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Refer"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def accept(self) -> None:
        if not self.customer.text().strip():
            self.show_error(self.tr("Enter the customer number."))
            return
        super().accept()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def values(self) -> dict:
        return {
            "customer_no": self.customer.text().strip(),
            "to_login": self.manager.currentData(),
            "reason": self.reason.currentData(),
            "products": [p.strip() for p in self.products.text().replace("，", ",").split(",") if p.strip()],
            "note": self.note.toPlainText().strip(),
            "urgency": "urgent" if self.urgent.isChecked() else "normal",
            "contact_consent": self.consent.isChecked(),
        }
