"""Find a customer and see who they are and what they hold (identifiers masked as the role requires)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from domain.customer import CustomerRow
from domain.profile import CustomerProfile
from domain.questionnaire.result import AssessmentResult, AssessmentStart
from domain.search import LIMIT as SEARCH_LIMIT
from domain.search import Field, SearchHit, plan
from widgets.assessment_dialog import AssessmentDialog
from widgets.jobs_port import JobsPort
from widgets.labels import day, label, money
from widgets.profile.panel import ProfileActions, ProfilePanel
from widgets.screen import Screen
from widgets.table_model import Column, RowsModel, row_list

SEARCH_DELAY_MS = 150  # results follow the typing; the runner drops any older search still on its way


class CustomersScreen(Screen):
    """`start_assessment` / `record_assessment` None: the role may not run the risk questionnaire (button hidden).
    `assessment_dialog_factory(start, record, runner, parent)` builds the questionnaire dialog (tests inject one).
    The right-hand side is the customer 360 profile (widgets/profile/); `profile_actions` (the services facade, or
    None for a read-only profile) gives it reveal, edit, reassign and the contact log."""

    def __init__(
        self,
        search: Callable[[str], Sequence[CustomerRow]],
        profile: Callable[[str], CustomerProfile],
        runner: JobsPort,
        parent: QWidget | None = None,
        *,
        start_assessment: Callable[[str], AssessmentStart] | None = None,
        record_assessment: Callable[..., AssessmentResult] | None = None,
        assessment_dialog_factory: Callable[..., QDialog] = AssessmentDialog,
        profile_actions: ProfileActions | None = None,
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
                Column(lambda: self.tr("Age"), lambda r: str(getattr(r, "age", "")), align_right=True),
                Column(lambda: self.tr("Tier"), lambda r: label("tier", r.tier)),
                Column(lambda: self.tr("Manager"), lambda r: r.manager_name or ""),
                Column(lambda: self.tr("ID number"), lambda r: r.id_number),
                Column(lambda: self.tr("Mobile"), lambda r: r.phone),
                Column(lambda: self.tr("Found by"), self._found_by),
                Column(lambda: self.tr("Assets (yuan)"), lambda r: money(r.aum), align_right=True),
            ],
            self,
        )
        self.results_view = row_list(self.results, "results")
        self.results_view.selectionModel().currentRowChanged.connect(self._row_selected)
        self.detail = ProfilePanel(profile, runner, profile_actions)
        self.assess_button = QPushButton(objectName="assess")
        self.assess_button.clicked.connect(self.start_assessment)
        self.assess_button.setEnabled(False)  # until a customer is shown
        self.assess_button.setVisible(start_assessment is not None and record_assessment is not None)
        self.detail.risk.add_action(self.assess_button)  # the questionnaire starts from the risk section
        # ... and from the recommendations' first action when a missing or expired assessment blocks offers
        self.detail.recommendations.panel.can_assess = self.assess_button.isVisibleTo(self) or (
            start_assessment is not None and record_assessment is not None
        )
        self.detail.recommendations.sig_assessment_requested.connect(lambda _no: self.start_assessment())
        self.detail.sig_customer_loaded.connect(lambda view: self.assess_button.setEnabled(view is not None))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(self.hint)
        left_layout.addWidget(self.results_view, 1)
        page = QSplitter()
        page.addWidget(left)
        page.addWidget(self.detail)
        page.setStretchFactor(1, 1)  # the profile takes what the search list leaves
        page.setSizes([480, 860])
        self.layout_.addWidget(page, 1)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(lambda _: self._timer.start())
        self.retranslate_ui()

    def load(self) -> None:
        self.run_search()

    def open_customer(self, customer_no: str) -> None:
        """Show one customer's profile (from the inbox): search by the number; the only hit opens."""
        self._loaded = True  # the search below is this screen's first load
        self.search_edit.blockSignals(True)
        self.search_edit.setText(customer_no)
        self.search_edit.blockSignals(False)
        self.run_search()

    def run_search(self) -> None:
        self.runner.submit(
            self._search,
            self.search_edit.text(),
            on_done=self._show_results,
            on_error=self.show_error,
            key="customer_search",
        )

    def _found_by(self, row: CustomerRow) -> str:
        """What the typed text matched: the account is shown (masked as the role requires) since no column has it."""
        if not isinstance(row, SearchHit):
            return ""
        words = {
            Field.ID_NUMBER: self.tr("ID number"),
            Field.ID_TAIL: self.tr("End of ID number"),
            Field.PHONE: self.tr("Mobile"),
            Field.PHONE_TAIL: self.tr("End of mobile"),
            Field.CUSTOMER_NO: self.tr("Customer no."),
            Field.ACCOUNT: self.tr("Account {account}").format(account=row.account),
            Field.NAME: self.tr("Name"),
            Field.PINYIN: self.tr("Pinyin"),
            Field.INITIALS: self.tr("Initials"),
        }
        return words[row.match]

    def _show_results(self, rows: Sequence[CustomerRow]) -> None:
        self.banner.clear_message()
        self.results.set_rows(rows)
        if rows:
            self.results_view.selectRow(0)
        else:
            self._show_detail(None)
        self._update_hint()

    def _show_detail(self, view: CustomerProfile | None) -> None:
        self.detail.show_customer(view)  # sig_customer_loaded enables the questionnaire button

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
        typed = self.search_edit.text().strip()
        if typed and not plan(typed):
            self.hint.setText(
                self.tr(
                    "Nothing to search for: type a name, pinyin, at least 4 digits of a number, "
                    "or a customer number."
                )
            )
        elif typed and count >= SEARCH_LIMIT:
            self.hint.setText(
                self.tr(
                    "The first {count} customers found are shown: type more to narrow the search."
                ).format(count=count)
            )
        elif typed:
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
