"""Find a customer and see who they are and what they hold (identifiers masked as the role requires)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.customer import CustomerRow, CustomerView
from domain.people import age_on
from domain.questionnaire.result import AssessmentResult, AssessmentStart
from widgets.assessment_dialog import AssessmentDialog
from widgets.labels import day, label, money, rate
from widgets.screen import Screen
from widgets.table_model import Column, RowsModel

SEARCH_DELAY_MS = 250


class CustomerDetail(QWidget):
    """Identity, relationship and holdings of one customer."""

    FIELDS = (
        "customer_no",
        "name",
        "gender_age",
        "id_document",
        "phone",
        "address",
        "occupation",
        "tier",
        "manager",
        "risk",
        "aum",
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.view: CustomerView | None = None
        self.box = QGroupBox()
        self.form = QFormLayout(self.box)
        self.values = {key: QLabel(objectName=f"detail_{key}", wordWrap=True) for key in self.FIELDS}
        for key in self.FIELDS:
            self.values[key].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(QLabel(), self.values[key])
        self.holdings = RowsModel(
            [
                Column(lambda: self.tr("Account"), lambda h: h.account_no),
                Column(lambda: self.tr("Product"), lambda h: h.product_name),
                Column(lambda: self.tr("Balance (yuan)"), lambda h: money(h.balance), align_right=True),
                Column(lambda: self.tr("Rate"), lambda h: rate(h.rate), align_right=True),
                Column(lambda: self.tr("Maturity"), lambda h: day(h.maturity_on)),
                Column(lambda: self.tr("Status"), lambda h: label("status", h.status)),
            ],
            self,
        )
        self.holdings_view = QTableView(objectName="holdings")
        self.holdings_view.setModel(self.holdings)
        self.holdings_view.verticalHeader().hide()
        header = self.holdings_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the product name takes what is left
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addStretch(1)
        # The holdings table is placed by the screen, across the full width: product names are long.

    def show_customer(self, view: CustomerView | None) -> None:
        self.view = view
        self.holdings.set_rows(view.holdings if view else [])
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        captions = {
            "customer_no": self.tr("Customer no."),
            "name": self.tr("Name"),
            "gender_age": self.tr("Gender, age"),
            "id_document": self.tr("ID document"),
            "phone": self.tr("Mobile"),
            "address": self.tr("Address"),
            "occupation": self.tr("Occupation"),
            "tier": self.tr("Tier"),
            "manager": self.tr("Customer manager"),
            "risk": self.tr("Risk tolerance"),
            "aum": self.tr("Assets with us (yuan)"),
        }
        for key in self.FIELDS:
            self.form.labelForField(self.values[key]).setText(captions[key])
        self.box.setTitle(self.tr("Customer"))
        self.holdings.retranslate()
        view = self.view
        if view is None:
            for value in self.values.values():
                value.setText("")
            return
        document = view.documents[0] if view.documents else None
        risk = view.risk
        texts = {
            "customer_no": view.customer_no,
            "name": view.name,
            "gender_age": self.tr("{gender}, {age}").format(
                gender=label("gender", view.gender), age=age_on(view.birth_date, date.today())
            ),
            "id_document": f"{label('id_type', document.id_type)} {document.id_number}" if document else "",
            "phone": view.phone,
            "address": view.address,
            "occupation": view.occupation,
            "tier": label("tier", view.tier),
            "manager": view.manager_name or self.tr("Not assigned"),
            "risk": self.tr("{grade}, valid until {date}").format(
                grade=risk.grade, date=day(risk.valid_until)
            )
            if risk
            else self.tr("No assessment on file"),
            "aum": money(view.aum),
        }
        for key, text in texts.items():
            self.values[key].setText(text)


class CustomersScreen(Screen):
    """`start_assessment` / `record_assessment` None: the role may not run the risk questionnaire (button hidden).
    `assessment_dialog_factory(start, record, runner, parent)` builds the questionnaire dialog (tests inject one)."""

    def __init__(
        self,
        search: Callable[[str], list[CustomerRow]],
        profile: Callable[[str], CustomerView],
        runner,
        parent=None,
        *,
        start_assessment: Callable[[str], AssessmentStart] | None = None,
        record_assessment: Callable[..., AssessmentResult] | None = None,
        assessment_dialog_factory: Callable[..., QDialog] = AssessmentDialog,
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("customers_screen")
        self._search, self._profile = search, profile
        self._start_assessment, self._record_assessment = start_assessment, record_assessment
        self._assessment_dialog_factory = assessment_dialog_factory
        self.search_edit = QLineEdit(objectName="search")
        self.search_edit.setClearButtonEnabled(True)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #5a6270;")
        self.results = RowsModel(
            [
                Column(lambda: self.tr("Customer no."), lambda r: r.customer_no),
                Column(lambda: self.tr("Name"), lambda r: r.name),
                Column(lambda: self.tr("ID number"), lambda r: r.id_number),
                Column(lambda: self.tr("Mobile"), lambda r: r.phone),
                Column(lambda: self.tr("Tier"), lambda r: label("tier", r.tier)),
                Column(lambda: self.tr("Manager"), lambda r: r.manager_name or ""),
                Column(lambda: self.tr("Assets (yuan)"), lambda r: money(r.aum), align_right=True),
            ],
            self,
        )
        self.results_view = QTableView(objectName="results")
        self.results_view.setModel(self.results)
        self.results_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.results_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.results_view.verticalHeader().hide()
        self.results_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.results_view.horizontalHeader().setStretchLastSection(True)
        self.results_view.selectionModel().currentRowChanged.connect(self._row_selected)
        self.detail = CustomerDetail()
        self.assess_button = QPushButton(objectName="assess")
        self.assess_button.clicked.connect(self.start_assessment)
        self.assess_button.setEnabled(False)  # until a customer is shown
        self.assess_button.setVisible(start_assessment is not None and record_assessment is not None)
        actions = QHBoxLayout()
        actions.addWidget(self.assess_button)
        actions.addStretch(1)
        self.detail.layout().insertLayout(1, actions)  # the action row sits right under the customer box
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(self.hint)
        left_layout.addWidget(self.results_view, 1)
        top = QSplitter()
        top.addWidget(left)
        top.addWidget(self.detail)
        top.setSizes([700, 500])
        page = QSplitter(Qt.Orientation.Vertical)
        page.addWidget(top)
        page.addWidget(self.detail.holdings_view)
        page.setSizes([470, 200])
        self.layout_.addWidget(page, 1)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(lambda _: self._timer.start())
        self.retranslate_ui()

    def load(self) -> None:
        self.run_search()

    def run_search(self) -> None:
        self.runner.submit(
            self._search,
            self.search_edit.text(),
            on_done=self._show_results,
            on_error=self.show_error,
            key="customer_search",
        )

    def _show_results(self, rows: list[CustomerRow]) -> None:
        self.banner.clear_message()
        self.results.set_rows(rows)
        if rows:
            self.results_view.selectRow(0)
        else:
            self._show_detail(None)
        self._update_hint()

    def _show_detail(self, view: CustomerView | None) -> None:
        self.detail.show_customer(view)
        self.assess_button.setEnabled(view is not None)

    def _row_selected(self, current, _previous) -> None:
        if not current.isValid():
            return
        customer_no = self.results.row(current.row()).customer_no
        self.runner.submit(
            self._profile,
            customer_no,
            on_done=self._show_detail,
            on_error=self.show_error,
            key="customer_profile",
        )

    def start_assessment(self) -> None:
        """Open the questionnaire for the customer shown; a limit reached is refused here, in the banner."""
        view = self.detail.view
        if view is None or self._start_assessment is None:
            return
        self.banner.clear_message()
        self.runner.submit(
            self._start_assessment,
            view.customer_no,
            on_done=self._open_assessment,
            on_error=self.show_error,
            key="assessment_start",
        )

    def _open_assessment(self, start: AssessmentStart) -> None:
        dialog = self._assessment_dialog_factory(start, self._record_assessment, self.runner, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        result: AssessmentResult | None = getattr(dialog, "saved", None)
        if result is not None:
            self.banner.show_message(
                self.tr("Risk assessment saved: {grade} {label}, valid until {date}.").format(
                    grade=result.grade, label=label("grade", result.grade), date=day(result.valid_until)
                ),
                "info",
            )
        self.runner.submit(  # the detail shows the new grade
            self._profile,
            start.customer_no,
            on_done=self._show_detail,
            on_error=self.show_error,
            key="customer_profile",
        )

    def _update_hint(self) -> None:
        count = self.results.rowCount()
        if self.search_edit.text().strip():
            self.hint.setText(self.tr("%n customer(s) found", "", count))
        else:
            self.hint.setText(
                self.tr(
                    "Type a customer number, name, pinyin initials, mobile, the last digits of "
                    "an ID number or an account number."
                )
            )

    def retranslate_ui(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Search customers"))
        self.assess_button.setText(self.tr("Risk assessment..."))
        self.results.retranslate()
        self.detail.retranslate_ui()
        self._update_hint()
