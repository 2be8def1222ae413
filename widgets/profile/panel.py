"""The customer 360 profile: a header with the actions the role has, then one widget per section, scrolling.

Everything it reads or saves goes through the job runner (the UI thread never waits for the database):
`load(customer_no)` returns the profile as the signed-in person may see it; `actions` (a `ProfileActions`, or
None for a read-only panel) are the calls behind the header's buttons and the sections. Dialog factories and the
agreement flow ("办理" on a recommendation: `agreement_flow(parent, backend, runner, customer_no, product_code=,
amount=)`, by default `widgets.agreement.view.open_agreement_flow`) are injectable for tests.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from domain.approvals import Pending
from domain.profile import CustomerProfile, tier_standing
from domain.referrals import Referral
from widgets.agreement.port import AgreementPort
from widgets.customer_edit_dialog import CustomerEditDialog
from widgets.jobs_port import JobsPort
from widgets.labels import label
from widgets.messages import describe_error
from widgets.profile.agreements import AgreementsSection
from widgets.profile.base import MUTED, is_situation
from widgets.profile.contact import ContactSection
from widgets.profile.dialog_flows import ProfileDialogs
from widgets.profile.dialogs import ReassignDialog, RevealDialog
from widgets.profile.header import ProfileHeader
from widgets.profile.holdings import HoldingsSection
from widgets.profile.identity import IdentitySection
from widgets.profile.interactions import InteractionsSection
from widgets.profile.lists import ComplaintsSection, HistorySection, TasksSection
from widgets.profile.recommendations import RecommendationSection
from widgets.profile.risk import RiskSection
from widgets.profile.value import ValueSection
from widgets.receipt.view import open_receipt_flow
from widgets.referral_dialog import ReferralDialog
from widgets.screen import MessageBanner


class RecordedAnswer(Protocol):
    """What the profile reads of a recorded recommendation answer (services.recommend.OutcomeRecorded)."""

    @property
    def task_id(self) -> int | None: ...  # the follow-up task of a "later"


class ProfileActions(AgreementPort, Protocol):
    """What a customer profile calls (the signed-in person's services, the agreement flow's among them); a
    read-only panel gets None."""

    def reveal_identifiers(self, customer_no: str, reason: str, note: str = "") -> CustomerProfile: ...
    def cancel_in_cooling_off(self, number: str, refund_account: str) -> tuple[object, bytes]: ...
    def update_customer(
        self, customer_no: str, version: int, changes: dict[str, object], seen: dict[str, object]
    ) -> int: ...
    def reassign_customer(self, customer_no: str, version: int, manager_id: int) -> Pending: ...
    def active_managers(self) -> list[tuple[int, str, str]]: ...
    def add_interaction(
        self, customer_no: str, channel: str, purpose: str, summary: str, next_step: str = ""
    ) -> None: ...
    # What suits the customer (services.recommend.ShownRecommendation, moving to domain/ with the recommend
    # split), handed on to the recommendation section as it is.
    def recommend(self, customer_no: str) -> object: ...
    def record_recommendation_outcome(
        self,
        customer_no: str,
        product_code: str,
        outcome: str,
        decline_reason: str | None = None,
        *,
        rank: int | None = None,
        score: int | None = None,
        reasons: tuple[str, ...] = (),
        rule_version: str = "",
    ) -> RecordedAnswer: ...
    def referral_choices(self) -> tuple[list[tuple[str, str]], list[tuple[str, str, str, str]]]: ...
    def refer(self, values: dict[str, Any]) -> Referral: ...
    def may_issue_agreements(self) -> bool:
        """Whether this person's role issues agreements (the header shows "Issue agreement..." only then)."""
        ...

    def may_issue_receipts(self) -> bool: ...  # "Counter receipt..." is shown only then
    def may_recommend(self) -> bool: ...  # the recommendation section is there only then


TIER_COLOURS = {
    "T0": "#6b7280",
    "T1": "#2563eb",
    "T2": "#0d9488",
    "T3": "#b45309",
    "T4": "#7c3aed",
    "T5": "#111827",
}


class ProfilePanel(QWidget):
    sig_customer_loaded = Signal(object)  # the CustomerProfile shown, or None

    def __init__(
        self,
        load: Callable[[str], CustomerProfile],
        runner: JobsPort,
        actions: ProfileActions | None = None,
        parent: QWidget | None = None,
        *,
        edit_dialog_factory: Callable[..., QDialog] = CustomerEditDialog,
        reveal_dialog_factory: Callable[..., QDialog] = RevealDialog,
        reassign_dialog_factory: Callable[..., QDialog] = ReassignDialog,
        agreement_flow: Callable[..., object] | None = None,
        referral_dialog_factory: Callable[..., ReferralDialog] = ReferralDialog,
        receipt_flow: Callable[..., object] = open_receipt_flow,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("profile_panel")
        self._load, self.runner, self._actions = load, runner, actions
        self._edit_dialog_factory = edit_dialog_factory
        self._reveal_dialog_factory = reveal_dialog_factory
        self._reassign_dialog_factory = reassign_dialog_factory
        self._agreement_flow = agreement_flow
        self._referral_dialog_factory = referral_dialog_factory
        self.receipt_flow = receipt_flow  # tests swap it for one with a printer that writes a file
        self.view: CustomerProfile | None = None
        # The dialog open now (tests drive it): reveal, edit, reassign or referral, each read for its own fields.
        self.dialog: Any = None
        self._dialog_view: CustomerProfile | None = None  # the customer the dialog was opened for
        self._reassign_view: CustomerProfile | None = None
        self._pending_edit: dict[str, object] = {}
        self.banner = MessageBanner()
        self.flows = ProfileDialogs(self)
        self.header = ProfileHeader()
        h = self.header
        self.title, self.tier_badge, self.near_badge = h.title, h.tier_badge, h.near_badge
        self.subtitle = QLabel(objectName="profile_subtitle", wordWrap=True)
        self.subtitle.setStyleSheet(MUTED)
        self.receipt_button, self.refer_button, self.agreement_button = h.buttons[:3]
        self.reveal_button, self.edit_button, self.reassign_button = h.buttons[3:]
        self.receipt_button.clicked.connect(lambda: self.issue_receipt())
        self.refer_button.clicked.connect(lambda: self.refer())
        self.agreement_button.clicked.connect(self.issue_agreement)
        self.reveal_button.clicked.connect(self.reveal)
        self.edit_button.clicked.connect(lambda: self.edit())
        self.reassign_button.clicked.connect(self.reassign)
        self.identity = IdentitySection()
        self.contact = ContactSection()
        self.contact.sig_customer_selected.connect(self.open_customer)
        self.value = ValueSection()
        self.risk = RiskSection()
        self.holdings = HoldingsSection()
        self.holdings.sig_receipt_requested.connect(self.issue_receipt)
        self.interactions = InteractionsSection(runner, actions.add_interaction if actions else None)
        self.agreements = AgreementsSection(runner, actions.cancel_in_cooling_off if actions else None)
        self.agreements.sig_cancelled.connect(self.reload)
        self.interactions.sig_saved.connect(self.reload)
        self.complaints = ComplaintsSection()
        self.tasks = TasksSection()
        self.history = HistorySection()
        self.recommendations = RecommendationSection(
            runner,
            actions.recommend if actions is not None and actions.may_recommend() else None,
            actions.record_recommendation_outcome if actions is not None else None,
        )
        self.recommendations.sig_recorded.connect(self._recommendation_answered)
        self.recommendations.sig_error.connect(self._error)
        self.recommendations.sig_proceed.connect(self.proceed)
        self.recommendations.sig_refer.connect(lambda code: self.refer((code,)))
        self.sections = (
            self.identity, self.contact, self.value, self.risk, self.holdings,
            self.interactions, self.complaints, self.tasks, self.history, self.recommendations, self.agreements,
        )  # fmt: skip
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.addWidget(self.identity, 0, 0)
        grid.addWidget(self.value, 0, 1)
        grid.addWidget(self.contact, 1, 0)
        grid.addWidget(self.risk, 1, 1)
        # What suits the customer today comes right after who they are and what they hold.
        grid.addWidget(self.recommendations, 2, 0, 1, 2)
        grid.addWidget(self.holdings, 3, 0, 1, 2)
        grid.addWidget(self.interactions, 4, 0, 1, 2)
        grid.addWidget(self.tasks, 5, 0)
        grid.addWidget(self.complaints, 5, 1)
        grid.addWidget(self.agreements, 6, 0, 1, 2)
        grid.addWidget(self.history, 7, 0, 1, 2)
        page = QWidget(objectName="profile_page")
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 4, 0)
        page_layout.addLayout(grid)
        page_layout.addStretch(1)
        self.scroll_area = QScrollArea(objectName="profile_scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(page)
        self.placeholder = QLabel(objectName="profile_placeholder", wordWrap=True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet(MUTED)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(self.header)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.scroll_area, 1)
        # Tab goes from the header's buttons to the holdings (receipts start there); what it reaches scrolls into view.
        QWidget.setTabOrder(self.header.buttons[-1], self.holdings.table)
        if isinstance(app := QApplication.instance(), QApplication):
            app.focusChanged.connect(self._scroll_to_focus)
        layout.addWidget(self.placeholder, 1)
        # The old detail box's names, kept for the screen and its tests: values["risk"] is the risk summary.
        self.values = {"risk": self.risk.summary}
        self.show_customer(None)

    # -- loading ---------------------------------------------------------------------------------------------
    def open_customer(self, customer_no: str) -> None:
        self.runner.submit(
            self._load, customer_no, on_done=self.show_customer, on_error=self._error, key="customer_profile"
        )

    def reload(self) -> None:
        if self.view is not None:
            self.open_customer(self.view.customer_no)

    def show_customer(self, view: CustomerProfile | None) -> None:
        if view is None or self.view is None or view.customer_no != self.view.customer_no:
            self.banner.clear_message()
        self.view = view
        for section in self.sections:
            section.show_profile(view)
        self.scroll_area.setVisible(view is not None)
        self.placeholder.setVisible(view is None)
        self.retranslate_ui()
        self.sig_customer_loaded.emit(view)

    def _scroll_to_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and shiboken6.isValid(self) and self.scroll_area.widget().isAncestorOf(new):
            self.scroll_area.ensureWidgetVisible(new, 0, 40)

    def focus_actions(self) -> None:
        """The keyboard on the first action the header offers (Tab goes on to the others, then the holdings)."""
        shown = [button for button in self.header.buttons if button.isVisibleTo(self)]
        (shown[0] if shown else self.holdings.table).setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_recommendations(self) -> None:
        """F8: the keyboard on the recommendations' first action (a card's "Proceed", or the assessment first),
        scrolled into view; Tab goes on through the cards."""
        panel = self.recommendations.panel
        places = [panel.assess_button, *panel.cards, panel.not_offered_toggle]  # in the order they are shown
        buttons = [
            button
            for place in places
            for button in (
                [place] if isinstance(place, QAbstractButton) else place.findChildren(QAbstractButton)
            )
            if button.isVisibleTo(self) and button.isEnabled()
        ]
        if buttons:
            buttons[0].setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.scroll_area.ensureWidgetVisible(self.recommendations, 0, 40)

    def _error(self, error: BaseException) -> None:
        if not is_situation(error):
            raise error
        self.banner.show_message(describe_error(error), "error")

    # -- actions ---------------------------------------------------------------------------------------------
    # Dialogs are window-modal and non-blocking (`open()`); their slots read `self.dialog` and the customer it was
    # opened for, instead of lambdas holding the dialog: no reference cycle keeps a closed dialog alive, and it is
    # deleted when closed (a cycle collected later on a worker thread would delete a widget off the UI thread).
    # -- the header's dialogs (widgets/profile/dialog_flows.py) -------------------------------------------------------
    def reveal(self) -> None:
        self.flows.reveal()

    def edit(self, pending: dict[str, object] | None = None) -> None:
        self.flows.edit(pending)

    def reassign(self) -> None:
        self.flows.reassign()

    def refer(self, products: tuple[str, ...] = ()) -> None:
        self.flows.refer(products)

    # -- recommendations -------------------------------------------------------------------------------------
    def _recommendation_answered(self, product: str, outcome: str, result: RecordedAnswer) -> None:
        if outcome == "later" and result.task_id is not None:
            text = self.tr("Answer recorded for {product}: later. A follow-up task was created.")
        elif outcome == "declined":
            text = self.tr("Answer recorded for {product}: declined.")
        else:
            text = self.tr("Answer recorded for {product}: accepted.")
        spec = self.recommendations.panel.products.get(product)
        self.banner.show_message(text.format(product=spec.name if spec is not None else product), "info")
        self.reload()  # the task list shows the follow-up; the recommendation is worked out again

    def proceed(self, customer_no: str, product_code: str | None, amount: Decimal | None) -> None:
        """办理 on a recommendation: the agreement flow with the product and the suggested amount filled in."""
        if self._actions is None:
            return
        if self._agreement_flow is not None:
            self._agreement_flow(
                self, self._actions, self.runner, customer_no, product_code=product_code, amount=amount
            )
            return
        try:
            from widgets.agreement.view import open_agreement_flow
        except ModuleNotFoundError as missing:  # only the flow itself missing; its own imports must work
            if missing.name != "widgets.agreement.view":
                raise
            self.banner.show_message(self.tr("Agreements cannot be issued from here yet."), "error")
            return
        view = self.view
        name = view.name if view is not None and view.customer_no == customer_no else ""
        open_agreement_flow(
            self,
            self._actions,
            self.runner,
            customer_no,
            product_code=product_code,
            amount=amount,
            customer_name=name,
        )

    def may_refer(self) -> bool:
        return self.view is not None and self._actions is not None

    def may_issue_agreements(self) -> bool:
        return self.view is not None and self._actions is not None and self._actions.may_issue_agreements()

    def issue_agreement(self) -> None:
        """ "Issue agreement...": the agreement flow for this customer, nothing prefilled."""
        if self.view is not None and self.may_issue_agreements():
            self.proceed(self.view.customer_no, None, None)

    def may_issue_receipts(self) -> bool:
        return self.view is not None and self._actions is not None and self._actions.may_issue_receipts()

    def issue_receipt(self, account: str | None = None) -> None:
        """Counter receipt (F4, the button, or a holding's menu / double-click): for the holding given or
        selected, else for the customer with no account chosen yet."""
        if self.view is None or self._actions is None or not self.may_issue_receipts():
            return
        account = account if account is not None else self.holdings.selected_account()
        self.receipt_flow(self, self._actions, self.runner, self.view, account=account)

    # -- words -----------------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        view = self.view
        self.placeholder.setText(self.tr("Choose a customer to see their profile."))
        self.header.retranslate_ui()
        self.agreement_button.setVisible(self.may_issue_agreements())
        self.receipt_button.setVisible(self.may_issue_receipts())
        self.holdings.may_receipt = self.may_issue_receipts()
        self.refer_button.setVisible(self.may_refer())
        has_actions = self._actions is not None and view is not None
        self.reveal_button.setVisible(has_actions and view is not None and view.masked and view.may_reveal)
        self.edit_button.setVisible(has_actions and view is not None and view.may_edit)
        self.reassign_button.setVisible(has_actions and view is not None and view.may_reassign)
        for section in self.sections:
            section.retranslate_ui()
        if view is None:
            for widget in (self.title, self.tier_badge, self.subtitle, self.near_badge):
                widget.setText("")
            self.near_badge.hide()
            self.tier_badge.hide()
            return
        self.title.setText(f"{view.name}  {view.customer_no}")
        colour = TIER_COLOURS.get(view.tier, "#6b7280")
        self.tier_badge.setText(f"{label('tier', view.tier)} {'★' * view.star_level}")
        self.tier_badge.setStyleSheet(
            f"background: {colour}; color: white; border-radius: 3px; padding: 2px 6px; font-weight: bold;"
        )
        self.tier_badge.show()
        standing = tier_standing(view.tier, view.aum)
        self.near_badge.setVisible(standing.near_threshold and view.holdings_visible)  # no AUM: no badge
        self.near_badge.setText(
            self.tr("Near upgrade (临界区间)") if standing.near_upgrade else self.tr("Retention watch")
        )
        manager = view.manager_name or self.tr("no customer manager")
        access = self.tr("identifiers masked") if view.masked else self.tr("full identifiers")
        self.subtitle.setText(
            self.tr("Customer manager: {manager} · {access}").format(manager=manager, access=access)
            if view.may_edit or not view.masked
            else self.tr("Customer manager: {manager} · read only, {access}").format(
                manager=manager, access=access
            )
        )

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
