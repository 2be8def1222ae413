"""What a counter receipt says: the account (one of the customer's holdings, or none), the service as printed, the
amount with its 大写 words, fee, balance after, a note, and the paper (the station's, changeable for this one).
A withdrawal says so, with the day notice was given (a notice deposit's rules, domain/deposit_rules.py, are the
service's to apply) or that the customer takes the demand rate without it.
`problem()` names what still keeps Issue off, in words, so a disabled button always says why."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QFormLayout, QLabel, QLineEdit, QWidget

from domain.capitals import amount_in_capitals
from domain.customer import HoldingView
from domain.errors import DomainError
from domain.money import parse_amount
from domain.papers import RECEIPT_PAPERS
from widgets.labels import money

ERROR_STYLE = "color: #b00020;"
HINT_STYLE = "color: #4b5563;"
SERVICE_MAX = 40  # services/receipts.py SERVICE_MAX: longer does not fit the printed line
# The services a counter prints most; the receipt is a Chinese document, so the printed words are Chinese
# whatever the screen's language (the list shows them translated beside it).
SERVICES = (
    ("存款", QT_TRANSLATE_NOOP("Receipt", "Deposit")),
    ("取款", QT_TRANSLATE_NOOP("Receipt", "Cash withdrawal")),
    ("转账", QT_TRANSLATE_NOOP("Receipt", "Transfer")),
    ("定期存款开户", QT_TRANSLATE_NOOP("Receipt", "Time deposit opened")),
    ("定期存款支取", QT_TRANSLATE_NOOP("Receipt", "Time deposit withdrawn")),
    ("理财产品认购", QT_TRANSLATE_NOOP("Receipt", "Wealth product subscription")),
    ("理财产品赎回", QT_TRANSLATE_NOOP("Receipt", "Wealth product redemption")),
    ("挂失", QT_TRANSLATE_NOOP("Receipt", "Loss report")),
    ("销户", QT_TRANSLATE_NOOP("Receipt", "Account closed")),
)
PAPER_WORDS = {
    "A4": QT_TRANSLATE_NOOP("Receipt", "A4 sheet"),
    "A5": QT_TRANSLATE_NOOP("Receipt", "A5 sheet (landscape)"),
    "roll80": QT_TRANSLATE_NOOP("Receipt", "80 mm roll"),
}


def paper_words(paper: str) -> str:
    return QCoreApplication.translate("Receipt", PAPER_WORDS.get(paper, paper))


def _amount(text: str, *, empty: Decimal | None = None) -> Decimal | None:
    """The amount typed; `empty` when nothing is; raises DomainError when it is not an amount."""
    if not text.strip():
        return empty
    return parse_amount(text)


class ReceiptForm(QWidget):
    sig_changed = Signal()

    def __init__(
        self, holdings: tuple[HoldingView, ...], account: str | None, paper: str, parent=None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("receipt_form")
        self.account_box = QComboBox(objectName="account")
        self.account_box.addItem("", "")  # no account: a service with no account (a loss report by ID)
        for holding in holdings:
            self.account_box.addItem(f"{holding.account_no}  {holding.product_name}", holding.account_no)
        self.account_box.setCurrentIndex(max(0, self.account_box.findData(account or "")))
        self.service_box = QComboBox(objectName="service", editable=True)
        self.service_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for printed, _english in SERVICES:
            self.service_box.addItem(printed, printed)
        self.service_box.setCurrentIndex(-1)
        edit = self.service_box.lineEdit()
        assert edit is not None  # an editable combo box has one
        self.service_edit: QLineEdit = edit
        self.service_edit.setMaxLength(SERVICE_MAX)
        self.amount_edit = QLineEdit(objectName="amount", maxLength=20)
        self.amount_words = QLabel(objectName="amount_words", wordWrap=True)
        self.fee_edit = QLineEdit("0.00", objectName="fee", maxLength=20)
        self.balance_edit = QLineEdit(objectName="balance", maxLength=20)
        self.memo_edit = QLineEdit(objectName="memo", maxLength=60)
        self.withdrawal_box = QCheckBox(objectName="withdrawal")
        today = date.today()
        self.notice_edit = QDateEdit(QDate(today.year, today.month, today.day), objectName="notice_given")
        self.notice_edit.setDisplayFormat("yyyy-MM-dd")
        self.notice_edit.setCalendarPopup(True)
        self.demand_rate_box = QCheckBox(objectName="demand_rate")
        self.withdrawal_box.toggled.connect(lambda _on: self._withdrawal_fields())
        self.paper_box = QComboBox(objectName="paper")
        for code in RECEIPT_PAPERS:
            self.paper_box.addItem("", code)
        self.paper_box.setCurrentIndex(max(0, self.paper_box.findData(paper)))
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.captions: dict[str, QLabel] = {}
        for key, field in (
            ("account", self.account_box),
            ("service", self.service_box),
            ("amount", self.amount_edit),
            ("", self.amount_words),
            ("fee", self.fee_edit),
            ("balance", self.balance_edit),
            ("memo", self.memo_edit),
            ("withdrawal", self.withdrawal_box),
            ("notice", self.notice_edit),
            ("demand_rate", self.demand_rate_box),
            ("paper", self.paper_box),
        ):
            caption = QLabel()
            caption.setBuddy(field)  # the caption's mnemonic (Alt+letter) goes to its field
            self.captions[key] = caption
            self.form.addRow(caption, field)
        for edit in (self.amount_edit, self.fee_edit, self.balance_edit, self.memo_edit):
            edit.textChanged.connect(self._changed)
        self.service_box.currentTextChanged.connect(self._changed)
        self.setTabOrder(self.account_box, self.service_box)
        self.setTabOrder(self.service_box, self.amount_edit)
        self.setTabOrder(self.amount_edit, self.fee_edit)
        self.setTabOrder(self.fee_edit, self.balance_edit)
        self.setTabOrder(self.balance_edit, self.memo_edit)
        self.setTabOrder(self.memo_edit, self.paper_box)
        self._withdrawal_fields()

    def _withdrawal_fields(self) -> None:
        on = self.withdrawal_box.isChecked() and self.withdrawal_box.isEnabled()
        self.notice_edit.setEnabled(on)
        self.demand_rate_box.setEnabled(on)

    def _changed(self, *_args) -> None:
        self.show_amount_words()
        self.sig_changed.emit()

    # -- values ------------------------------------------------------------------------------------------------
    def service(self) -> str:
        text = " ".join(self.service_box.currentText().split())
        index = self.service_box.findText(text)  # a suggestion shows translated words: print its Chinese
        return str(self.service_box.itemData(index)) if index >= 0 else text

    def problem(self) -> str:
        """Why Issue is off, in words; "" when the receipt can be issued."""
        if not self.service():
            return self.tr("Choose or type the service to print (e.g. 存款).")
        try:
            amount = _amount(self.amount_edit.text())
        except DomainError:
            return self.tr("Write the amount in yuan, e.g. 5000.00 (no separators).")
        if amount is None or amount <= 0:
            return self.tr("Enter the amount of the transaction.")
        try:
            _amount(self.fee_edit.text(), empty=Decimal("0"))
            _amount(self.balance_edit.text())
        except DomainError:
            return self.tr("Fee and balance are amounts in yuan, e.g. 10.00 (the balance may stay empty).")
        return ""

    def values(self) -> dict[str, object]:
        """The receipt as services/receipts.py issue_receipt takes it (call only when `problem()` is empty)."""
        return {
            "service": self.service(),
            "amount": _amount(self.amount_edit.text()),
            "account": self.account_box.currentData() or None,
            "fee": _amount(self.fee_edit.text(), empty=Decimal("0")),
            "balance": _amount(self.balance_edit.text()),
            "memo": self.memo_edit.text().strip(),
            "paper": self.paper_box.currentData(),
            "withdrawal": self.withdrawal_box.isChecked(),
            "notice_given_on": self.notice_edit.date().toPython()
            if self.withdrawal_box.isChecked()
            else None,
            "demand_rate_accepted": self.withdrawal_box.isChecked() and self.demand_rate_box.isChecked(),
        }

    def set_editable(self, editable: bool) -> None:
        for widget in (self.account_box, self.service_box, self.amount_edit, self.fee_edit, self.balance_edit,
                       self.memo_edit, self.paper_box, self.withdrawal_box):  # fmt: skip
            widget.setEnabled(editable)
        self._withdrawal_fields()

    # -- words -------------------------------------------------------------------------------------------------
    def show_amount_words(self) -> None:
        try:
            amount = _amount(self.amount_edit.text())
        except DomainError:
            amount = None
        if amount is not None and amount > 0:
            self.amount_words.setText(f"¥{money(amount)}  {amount_in_capitals(amount)}")
            self.amount_words.setStyleSheet(HINT_STYLE)
        else:
            self.amount_words.setText("")

    def retranslate_ui(self) -> None:
        captions = {
            "account": self.tr("Acc&ount"),
            "service": self.tr("Ser&vice"),
            "amount": self.tr("A&mount (yuan)"),
            "fee": self.tr("&Fee (yuan)"),
            "balance": self.tr("&Balance after (yuan)"),
            "memo": self.tr("&Note"),
            "notice": self.tr("Notice given on"),
            "paper": self.tr("&Paper"),
        }
        for key, caption in self.captions.items():
            caption.setText(captions.get(key, ""))
        self.account_box.setItemText(0, self.tr("No account"))
        for index, (printed, english) in enumerate(SERVICES):
            words = QCoreApplication.translate("Receipt", english)
            self.service_box.setItemText(index, printed if words == printed else f"{printed} · {words}")
        self.service_edit.setPlaceholderText(self.tr("e.g. 存款, or type the service"))
        self.balance_edit.setPlaceholderText(self.tr("empty: not printed"))
        self.withdrawal_box.setText(
            self.tr("Withdrawal (a notice deposit: at least 50,000, 50,000 must remain)")
        )
        self.demand_rate_box.setText(self.tr("Without the notice: the customer accepts the demand rate"))
        for index, code in enumerate(RECEIPT_PAPERS):
            self.paper_box.setItemText(index, paper_words(code))
        self.show_amount_words()
