"""The profile's recommendation section: the recommendation panel, recomputed off the UI thread.

`show_profile(profile)` (every load or reload of the profile: opening, an edit, a new assessment, a recorded
answer, a logged contact) asks `recommend(customer_no)` on the job runner with a key per customer (the newest
request wins) and shows the result if the same customer is still shown. The customer's answer is stored through
`record_outcome(...)` on the write lane; `sig_recorded(product, outcome, result)` tells the profile, which confirms
and reloads (a "later" adds a follow-up task to the task list). "Proceed" is passed on as
`sig_proceed(customer no., product, suggested amount)`. Without `recommend` (a read-only profile) the section hides.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout

from domain.profile import CustomerProfile
from widgets.jobs_port import JobsPort
from widgets.messages import describe_error
from widgets.profile.base import Section, is_situation
from widgets.recommend_panel import RecommendPanel


class RecommendationSection(Section):
    sig_recorded = Signal(str, str, object)  # product, outcome, the service's OutcomeRecorded
    sig_proceed = Signal(str, str, object)  # customer no., product, suggested amount or None
    sig_assessment_requested = Signal(str)  # customer no.: the panel's "do the risk assessment first"
    sig_error = Signal(object)  # a refusal or storage problem while recording, for the profile's banner

    def __init__(
        self,
        runner: JobsPort | None = None,
        recommend: Callable | None = None,
        record_outcome: Callable | None = None,
        parent=None,
    ) -> None:
        super().__init__("recommendations", parent)
        self.runner, self._recommend, self._record = runner, recommend, record_outcome
        self.panel = RecommendPanel(scrolling=False)
        self.panel.sig_answered.connect(self._answered)
        self.panel.proceed_requested.connect(self.sig_proceed)
        self.sig_refer = self.panel.sig_refer  # a teller refers the customer for a manager's product
        self.panel.assessment_requested.connect(self.sig_assessment_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.shown_for: str | None = None  # the customer whose recommendation the cards show

    @property
    def available(self) -> bool:
        return self._recommend is not None and self.runner is not None

    def show_profile(self, profile: CustomerProfile | None) -> None:
        self.profile = profile
        self.retranslate_ui()
        if profile is None or self._recommend is None or self.runner is None:  # not available
            self.shown_for = None
            self.panel.show_recommendation(None)
            return
        if self.shown_for != profile.customer_no:
            self.shown_for = None
            self.panel.show_loading()  # never another customer's cards while this one's are worked out
        self.runner.submit(
            self._recommend,
            profile.customer_no,
            on_done=self._show,
            on_error=self._failed,
            key=f"recommend:{profile.customer_no}",
        )

    def _gone(self) -> bool:
        """The profile was closed while the answer was on its way (a window closed, a test finished)."""
        return not shiboken6.isValid(self) or not shiboken6.isValid(self.panel)

    def _show(self, shown) -> None:
        rec = shown.recommendation
        if self._gone() or self.profile is None or rec.customer_no != self.profile.customer_no:
            return  # the profile moved on to another customer meanwhile
        self.shown_for = rec.customer_no
        self.panel.show_recommendation(rec, shown.products, shown.max_shown, shown.refer)

    def _failed(self, error: BaseException) -> None:
        if not is_situation(error):
            raise error
        if self._gone():
            return
        self.shown_for = None
        self.panel.show_error(describe_error(error))

    def _answered(self, product: str, outcome: str, reason) -> None:
        rec = self.panel.recommendation
        if rec is None or self._record is None or self.runner is None:
            self.panel.answer_failed(product)
            return
        rank, item = next(
            ((n, r) for n, r in enumerate(rec.recommended, 1) if r.product == product), (None, None)
        )
        record = functools.partial(
            self._record,
            rank=rank,
            score=item.score if item else None,
            reasons=tuple(r.code for r in item.reasons) if item else (),
            rule_version=rec.rule_version,
        )
        self.runner.submit(
            record,
            rec.customer_no,
            product,
            outcome,
            reason,
            on_done=lambda result: self._recorded(rec.customer_no, product, outcome, reason, result),
            on_error=lambda error: self._record_failed(product, error),
            write=True,
        )

    def _recorded(self, customer_no: str, product: str, outcome: str, reason, result) -> None:
        if self._gone():
            return
        if self.panel.recommendation is not None and self.panel.recommendation.customer_no == customer_no:
            self.panel.mark_answered(product, outcome, reason)
        self.sig_recorded.emit(product, outcome, result)

    def _record_failed(self, product: str, error: BaseException) -> None:
        if self._gone():
            raise error
        self.panel.answer_failed(product)
        self.sig_error.emit(error)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Recommendations"))
        self.setVisible(self.available)
        self.panel.retranslate_ui()
