"""Find a customer and see who they are and what they hold (identifiers masked as the role requires).

The results wait for a choice: Enter (in the search box or the list), a double-click or F3 opens the selected
customer; only a single exact hit on an ID or card/account number opens by itself, since that number picks out
one person. Esc goes back (profile -> results -> search box); Tab leaves the list in one step."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.customer import CustomerRow
from domain.profile import CustomerProfile
from domain.questionnaire.result import AssessmentResult, AssessmentStart
from domain.search import LIMIT as SEARCH_LIMIT
from domain.search import Field, Rank, SearchHit, plan
from widgets.assessment_dialog import AssessmentDialog
from widgets.jobs_port import JobsPort
from widgets.labels import day, label, money
from widgets.profile.panel import ProfileActions, ProfilePanel
from widgets.screen import Screen
from widgets.search_hints import empty_result_hint
from widgets.shortcuts import key_text, keys
from widgets.table_model import Column, RowsModel, row_list

SEARCH_DELAY_MS = 150  # results follow the typing; the runner drops any older search still on its way
# A single hit found by one of these whole numbers is the person the number belongs to: it opens by itself.
OPENS_BY_ITSELF = (Field.ID_NUMBER, Field.ACCOUNT)


class _SearchBox(QLineEdit):
    """Down moves to the results (the list keeps its selected row); Enter is `returnPressed`, as usual."""

    def __init__(self, to_results, **kwargs) -> None:
        super().__init__(**kwargs)
        self._to_results = to_results

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and self._to_results():
            return
        super().keyPressEvent(event)


# The list beside an open profile, and what the profile keeps while the list is wide for choosing.
PROFILE_LIST_WIDTH = 480
PROFILE_MIN_WIDTH = 300


def fit_results(page: QSplitter, view: QTableView, profile_shown: bool, wide: bool) -> bool:
    """While no profile is shown the list has the room: every column (mobile, found by, assets) is read to choose
    the right customer, without scrolling sideways at 1366x768. A profile takes it back to 480 px. Returns whether
    the list is wide now."""
    total = sum(page.sizes())
    if total <= 0:
        return wide
    if not profile_shown:
        header, model = view.horizontalHeader(), view.model()
        columns = range(model.columnCount())
        needed = sum(max(view.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in columns)
        needed += view.verticalScrollBar().sizeHint().width() + view.verticalHeader().width()
        wanted = min(needed + 2 * view.frameWidth() + 12, total - PROFILE_MIN_WIDTH)
        if wanted > page.sizes()[0]:
            page.setSizes([wanted, total - wanted])
            return True
        return wide
    if wide:
        page.setSizes([PROFILE_LIST_WIDTH, total - PROFILE_LIST_WIDTH])
    return False


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
        self.search_edit = _SearchBox(self.focus_results, objectName="search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.returnPressed.connect(self._enter_in_search)
        self._results_for: str | None = None  # the text the rows shown were found for
        self._searching_for = ""
        self._focus_profile = False  # the person chose a customer: the profile takes the keyboard when shown
        self.hint = QLabel(wordWrap=True)  # what to try next can be long: it wraps, never widens the list
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
        self.results_view.activated.connect(
            self._row_chosen
        )  # Enter or a double-click, never a mere selection
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
        self.page = page = QSplitter()
        page.addWidget(left)
        page.addWidget(self.detail)
        page.setStretchFactor(1, 1)  # the profile takes what the search list leaves
        page.setSizes([PROFILE_LIST_WIDTH, 860])
        self._list_wide = False  # whether the list was widened for choosing (no profile shown)
        self.layout_.addWidget(page, 1)
        self.back_shortcut = QShortcut(
            keys("back"), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.back_shortcut.activated.connect(self.go_back)
        self.setTabOrder(self.search_edit, self.results_view)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(lambda _: self._timer.start())
        self.retranslate_ui()

    def load(self) -> None:
        self.run_search()

    def open_customer(self, customer_no: str) -> None:
        """Show one customer's profile (from the inbox or the dashboard: already chosen) and list them."""
        self._loaded = True  # the search below is this screen's first load
        self.search_edit.blockSignals(True)
        self.search_edit.setText(customer_no)
        self.search_edit.blockSignals(False)
        self.run_search()
        self._open(customer_no)

    def run_search(self) -> None:
        # Only the newest search is answered (same key), so the rows that come back are for this text. A bound
        # method, not a lambda: the runner drops the answer when the screen is gone.
        self._searching_for = self.search_edit.text()
        self.runner.submit(
            self._search,
            self._searching_for,
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

    # -- choosing ------------------------------------------------------------------------------------------------
    def focus_search(self) -> None:
        """F2: the search box, its text selected so typing replaces it."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def focus_results(self) -> bool:
        if not self.results.rowCount():
            return False
        self.results_view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def go_back(self) -> None:
        """Esc: from the profile to the results, from the results to the search box."""
        focused = self.focusWidget()
        if focused is not None and self.detail.isAncestorOf(focused) and self.focus_results():
            return
        self.focus_search()

    def selected_customer_no(self) -> str | None:
        index = self.results_view.currentIndex()
        return self.results.row(index.row()).customer_no if index.isValid() else None

    def open_selected(self) -> bool:
        """F3, or Enter in the search box: open the selected result, if the list shows what is typed."""
        if self._results_for != self.search_edit.text():
            self._timer.stop()
            self.run_search()  # typed faster than the results came: show them first, open nothing yet
            return False
        customer_no = self.selected_customer_no()
        if customer_no is None:
            return False
        self._open(customer_no)
        return True

    def _enter_in_search(self) -> None:
        if self.open_selected():
            self._focus_profile = True

    def _row_chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self._open(self.results.row(index.row()).customer_no)
            self._focus_profile = True  # once shown, the keyboard is on the profile's first action

    def _open(self, customer_no: str) -> None:
        self.runner.submit(
            self._profile,
            customer_no,
            on_done=self._show_detail,
            on_error=self.show_error,
            key="customer_profile",
        )

    def _show_results(self, rows: Sequence[CustomerRow]) -> None:
        self.banner.clear_message()
        self._results_for = self._searching_for
        self.results.set_rows(rows)
        if rows:
            # Selected, not opened: the person chooses (Enter, double-click, F3).
            self.results_view.setCurrentIndex(self.results.index(0, 0))
        self._update_hint()
        self._fit_list()
        only = rows[0] if len(rows) == 1 else None
        if (
            isinstance(only, SearchHit)
            and only.rank is Rank.EXACT_IDENTIFIER
            and only.match in OPENS_BY_ITSELF
            and (self.detail.view is None or self.detail.view.customer_no != only.customer_no)
        ):
            self._open(only.customer_no)

    def _fit_list(self) -> None:
        self._list_wide = fit_results(
            self.page, self.results_view, self.detail.view is not None, self._list_wide
        )

    def _show_detail(self, view: CustomerProfile | None) -> None:
        self.detail.show_customer(view)  # sig_customer_loaded enables the questionnaire button
        self._fit_list()
        if self._focus_profile and view is not None:
            self.detail.focus_actions()
        self._focus_profile = False

    def customer_action(self, name: str) -> None:
        """F4 receipt, F6 refer, F7 agreement, F8 recommendations: for the customer shown; without one, say how to get one."""
        if self.detail.view is None:
            self.banner.show_message(
                self.tr("Open a customer first: {search} finds one, Enter opens the selected result.").format(
                    search=key_text("search")
                ),
                "warning",
            )
            self.focus_search()
            return
        actions: dict[str, Callable[[], None]] = {
            "receipt": self.detail.issue_receipt,
            "refer": self.detail.refer,
            "agreement": self.detail.issue_agreement,
            "recommendations": self.detail.focus_recommendations,
        }
        actions[name]()

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
        elif typed and not count:
            self.hint.setText(empty_result_hint(typed))
        elif typed:
            self.hint.setText(
                self.tr(
                    "%n customer(s) found: choose with the arrow keys and Enter, or double-click.", "", count
                )
            )
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
