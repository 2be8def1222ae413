"""The recommendation panel (issue 5): what suits the customer now and why, as cards, and what is not offered.

`show_recommendation(rec, products, max_shown, refer)` shows a `domain.recommend.Recommendation` (computed off the
UI thread by the host, through the job runner) with the catalogue entries for the key terms; `show_loading()` and
`show_error(text)` say why no cards are shown yet. Each card has the product, its reasons in words, the key terms
(minimum, term, rate, risk level), the warnings to acknowledge, and the next actions: "Proceed" (办理,
`proceed_requested(customer no., product, suggested amount or None)`, for the agreement flow; also
`sig_open_agreement(product, amount)`) and the customer's answer (`sig_answered(product, outcome, decline reason
or None)`): accepted, declined with a reason chosen from the list (no reason, no decline), or later. The host
stores the answer and calls `mark_answered` (or `answer_failed`); the answers stay on the cards when the same
customer's recommendation is shown again. "Not offered" is folded by default: each rule once in words with the
products it blocks, searchable by name or code.

A product the person at the screen may not sell (`refer`, from domain/sales.py through the service: a teller's
investment product, a fund without a valid fund qualification) is still shown, with the reason and "Refer to a
customer manager" in place of "Proceed".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from domain.catalog import ProductSpec
from domain.recommend import Reason, Recommendation, Recommended
from domain.recommend.why_not import WhyNot, by_rule, grouped
from domain.suitability.model import Finding
from widgets.labels import catalogue_name, label, money, rate, separator, terms
from widgets.messages import describe, describe_reason

DECLINE_REASONS = (
    "not_interested",
    "no_funds",
    "return_too_low",
    "risk_too_high",
    "has_similar",
    "prefers_other_bank",
    "other",
)  # services.recommend_outcomes.DECLINE_REASONS (screens may not import db)
WARN = "background: #fff4e5; color: #7a4b00; border: 1px solid #f3d19c; border-radius: 3px; padding: 2px 4px;"
MUTED = "color: #5a6270;"
NOTE = "background: #eef2ff; color: #3730a3; border: 1px solid #c7d2fe; border-radius: 3px; padding: 2px 4px;"
DONE = "color: #1e6b3a; font-weight: bold;"
_NAMES_SHOWN = 6  # products named per line of "not offered" before "and N more"


def _blocking_all(rec: Recommendation) -> tuple[Reason, ...]:
    """A rule that blocks every product (identity check not complete, ID document expired) is the first thing
    to do, said above the cards rather than folded under "not offered"."""
    if rec.recommended or not rec.excluded:
        return ()
    reason, products = by_rule(rec.excluded)[0]
    return (reason,) if len(products) == len(rec.excluded) else ()


class RecommendationCard(QGroupBox):
    sig_answered = Signal(str, str, object)
    sig_open_agreement = Signal(str, object)
    sig_refer = Signal(str)  # a manager's product seen at the counter: refer the customer, with this product

    def __init__(
        self,
        rank: int,
        item: Recommended,
        spec: ProductSpec | None,
        parent=None,
        *,
        refer: Finding | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"card_{item.product}")
        self.item, self.spec, self.rank = item, spec, rank
        # Not this person's sale (a teller's investment product, a fund without the fund qualification): the card
        # says why and offers the referral to a colleague who may sell it, not 办理.
        self.refer = refer
        self.manager_only = refer is not None
        self.answer: tuple[str, str | None] | None = None  # (outcome, decline reason) once recorded
        layout = QVBoxLayout(self)
        self.terms = QLabel(objectName="terms", wordWrap=True)
        self.terms.setStyleSheet(MUTED)
        layout.addWidget(self.terms)
        self.reasons = [QLabel(objectName="reason", wordWrap=True) for _ in item.reasons]
        for reason_label in self.reasons:
            layout.addWidget(reason_label)
        self.warnings = [QLabel(objectName="warning", wordWrap=True) for _ in item.warnings]
        for warning_label in self.warnings:
            warning_label.setStyleSheet(WARN)
            layout.addWidget(warning_label)
        self.manager_note = QLabel(objectName="manager_only", wordWrap=True)
        self.manager_note.setStyleSheet(NOTE)
        self.manager_note.setVisible(self.manager_only)
        layout.addWidget(self.manager_note)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(objectName="open_agreement")
        self.open_button.setVisible(not self.manager_only)
        self.refer_button = QPushButton(objectName="refer_product")  # who can sell it: a customer manager
        self.refer_button.setVisible(self.manager_only)
        self.refer_button.clicked.connect(lambda: self.sig_refer.emit(item.product))
        buttons_first = (self.refer_button,)
        self.accept_button = QPushButton(objectName="accepted")
        self.decline_button = QPushButton(objectName="declined")
        self.decline_reason = QComboBox(objectName="decline_reason")
        self.later_button = QPushButton(objectName="later")
        for widget in (
            *buttons_first,
            self.open_button,
            self.accept_button,
            self.decline_reason,
            self.decline_button,
        ):
            buttons.addWidget(widget)
        buttons.addWidget(self.later_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = QLabel(objectName="answer_status", wordWrap=True)
        self.status.setStyleSheet(DONE)
        self.status.hide()
        layout.addWidget(self.status)
        self.open_button.clicked.connect(
            lambda: self.sig_open_agreement.emit(item.product, item.suggested_amount)
        )
        self.accept_button.clicked.connect(lambda: self._answer("accepted"))
        self.decline_button.clicked.connect(lambda: self._answer("declined"))
        self.later_button.clicked.connect(lambda: self._answer("later"))
        self.decline_reason.currentIndexChanged.connect(lambda _: self._update_buttons())
        self.retranslate_ui()

    def _answer(self, outcome: str) -> None:
        reason = self.decline_reason.currentData() if outcome == "declined" else None
        if outcome == "declined" and reason is None:
            return  # a decline needs its reason (the button is disabled until one is chosen)
        self._set_answering(False)  # one answer per showing; re-enabled if storing it fails
        self.sig_answered.emit(self.item.product, outcome, reason)

    def _set_answering(self, enabled: bool) -> None:
        for widget in (self.accept_button, self.decline_button, self.later_button, self.decline_reason):
            widget.setEnabled(enabled)
        self._update_buttons()

    def _update_buttons(self) -> None:
        if self.accept_button.isEnabled():
            self.decline_button.setEnabled(self.decline_reason.currentData() is not None)

    def mark_answered(self, outcome: str, reason: str | None) -> None:
        """The answer is stored: the buttons stay off and the card says what was recorded."""
        self.answer = (outcome, reason)
        self._set_answering(False)
        self.retranslate_ui()

    def answer_failed(self) -> None:
        self.answer = None
        self._set_answering(True)

    def retranslate_ui(self) -> None:
        item, spec = self.item, self.spec
        name = catalogue_name(spec, item.product)
        self.setTitle(self.tr("{rank}. {name}").format(rank=self.rank, name=name))
        self.setToolTip(item.product)  # the catalogue code, for whoever needs to quote it
        parts = []
        if spec is not None:
            if spec.min_amount is not None:
                parts.append(self.tr("from {amount} yuan").format(amount=money(spec.min_amount)))
            if spec.terms:
                parts.append(self.tr("term {terms}").format(terms=terms(spec.terms)))
            if spec.rate is not None and spec.family in (
                "wealth",
                "fund",
            ):  # DOMAIN §5: a benchmark, no promise
                parts.append(self.tr("benchmark {rate}").format(rate=rate(spec.rate)))
            elif spec.rate is not None and spec.family in ("deposit", "bond"):
                parts.append(self.tr("rate {rate}").format(rate=rate(spec.rate)))
            if spec.risk_level is not None:
                level = f"R{spec.risk_level}"
                parts.append(f"{level} {label('product_risk', level)}")
        if item.suggested_amount is not None:
            suggested = (
                self.tr("suggested {amount} yuan a month")
                if item.monthly
                else self.tr("suggested {amount} yuan")
            )
            parts.append(suggested.format(amount=money(item.suggested_amount)))
        self.terms.setText(" · ".join(parts))
        self.terms.setVisible(bool(parts))  # cards, e-banking: no minimum, term, rate or risk level
        for reason_label, reason in zip(self.reasons, item.reasons, strict=True):
            reason_label.setText("✓ " + describe_reason(reason.code, reason.params))
        for warning_label, warning in zip(self.warnings, item.warnings, strict=True):
            warning_label.setText("! " + describe_reason(warning.code, warning.params))
        self.open_button.setText(self.tr("Proceed"))
        self.refer_button.setText(self.tr("Refer to a customer manager…"))
        self.open_button.setToolTip(self.tr("Open the agreement for this product with the suggested amount"))
        if self.refer is not None:
            self.manager_note.setText(describe_reason(self.refer.code, self.refer.params))
        self.accept_button.setText(describe("outcome.accepted"))
        self.decline_button.setText(describe("outcome.declined"))
        self.later_button.setText(describe("outcome.later"))
        self.later_button.setToolTip(self.tr("Creates a follow-up task"))
        current = self.decline_reason.currentIndex()
        self.decline_reason.blockSignals(True)
        self.decline_reason.clear()
        self.decline_reason.addItem(self.tr("Reason for declining..."), None)
        for code in DECLINE_REASONS:
            self.decline_reason.addItem(describe(f"decline.{code}"), code)
        self.decline_reason.setCurrentIndex(max(current, 0))
        self.decline_reason.blockSignals(False)
        self._update_buttons()
        if self.answer is not None:
            outcome, declined_for = self.answer
            if declined_for is None:
                text = self.tr("Recorded: {outcome}").format(outcome=describe(f"outcome.{outcome}"))
            else:
                text = self.tr("Recorded: {outcome} ({reason})").format(
                    outcome=describe(f"outcome.{outcome}"), reason=describe(f"decline.{declined_for}")
                )
            if outcome == "later":
                text += " · " + self.tr("follow-up task created")
            self.status.setText("✓ " + text)
        self.status.setVisible(self.answer is not None)


class RecommendPanel(QWidget):
    sig_answered = Signal(str, str, object)  # product, accepted/declined/later, decline reason or None
    sig_open_agreement = Signal(str, object)  # product, suggested amount (Decimal) or None
    sig_refer = Signal(str)  # product: refer the customer to a manager who can sell it
    proceed_requested = Signal(str, str, object)  # customer no., product, suggested amount (Decimal) or None
    assessment_requested = Signal(str)  # customer no.: "do the risk assessment first" was pressed

    def __init__(self, parent=None, *, max_shown: int = 5, scrolling: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("recommend_panel")
        self.max_shown = max_shown
        self.can_assess = False  # the host can open the questionnaire (assessment_requested is wired)
        self.recommendation: Recommendation | None = None
        self.cards: list[RecommendationCard] = []
        self._answers: dict[str, tuple[str, str | None]] = {}  # product -> answer, for the customer shown
        self._answers_for: str | None = None
        self._state = ""  # "", "loading" or "error"
        self._error = ""
        self.heading = QLabel(objectName="recommend_heading")
        self.heading.setStyleSheet("font-weight: bold;")
        self.heading.setVisible(scrolling)  # in the profile its section's title says it
        self.first_action = QLabel(objectName="first_action", wordWrap=True)
        self.first_action.setStyleSheet(WARN)
        self.assess_button = QPushButton(objectName="assess_first")
        self.assess_button.clicked.connect(self._assess)
        self.empty = QLabel(objectName="recommend_empty", wordWrap=True)
        self.empty.setStyleSheet(MUTED)
        self.cards_box = QVBoxLayout()
        self.not_offered_toggle = QToolButton(objectName="not_offered_toggle", checkable=True)
        self.not_offered_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.not_offered_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.not_offered = QLabel(objectName="not_offered", wordWrap=True)
        self.not_offered.setStyleSheet(MUTED)
        self.not_offered.setVisible(False)
        self.not_offered_search = QLineEdit(objectName="not_offered_search", clearButtonEnabled=True)
        self.not_offered_search.setVisible(False)
        self.not_offered_search.textChanged.connect(self.retranslate_ui)
        self.not_offered_toggle.toggled.connect(self._fold)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.heading)
        action_row = QHBoxLayout()
        action_row.addWidget(self.first_action, 1)
        action_row.addWidget(self.assess_button)
        inner_layout.addLayout(action_row)
        inner_layout.addWidget(self.empty)
        inner_layout.addLayout(self.cards_box)
        inner_layout.addWidget(self.not_offered_toggle)
        inner_layout.addWidget(self.not_offered_search)
        inner_layout.addWidget(self.not_offered)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if scrolling:
            inner_layout.addStretch(1)
            scroll = QScrollArea(widgetResizable=True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(inner)
            layout.addWidget(scroll)
        else:
            inner_layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(inner)
        self.products: Mapping[str, ProductSpec] = {}
        self.retranslate_ui()

    def _fold(self, open_: bool) -> None:
        self.not_offered.setVisible(open_)
        self.not_offered_search.setVisible(open_)
        self.not_offered_toggle.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)

    def _clear_cards(self) -> None:
        for card in self.cards:
            self.cards_box.removeWidget(card)
            card.deleteLater()
        self.cards = []

    def show_loading(self) -> None:
        """A recommendation is being worked out: the old cards (another customer's, maybe) go."""
        self._state, self.recommendation = "loading", None
        self._clear_cards()
        self.retranslate_ui()

    def show_error(self, text: str) -> None:
        self._state, self._error, self.recommendation = "error", text, None
        self._clear_cards()
        self.retranslate_ui()

    def show_recommendation(
        self,
        rec: Recommendation | None,
        products: Mapping[str, ProductSpec] | None = None,
        max_shown: int | None = None,
        refer: Mapping[str, Finding] | None = None,
    ) -> None:
        if rec is None or self._answers_for != rec.customer_no:
            self._answers = {}  # kept while the same customer's recommendation is shown again (a reload)
        self._answers_for = rec.customer_no if rec is not None else None
        self._state = ""
        self.recommendation, self.products = rec, products or {}
        if max_shown is not None:
            self.max_shown = max_shown
        self._clear_cards()
        if rec is not None:
            for rank, item in enumerate(rec.shown(self.max_shown), 1):
                card = RecommendationCard(
                    rank, item, self.products.get(item.product), refer=(refer or {}).get(item.product)
                )
                card.sig_answered.connect(self.sig_answered)
                card.sig_open_agreement.connect(self.sig_open_agreement)
                card.sig_refer.connect(self.sig_refer)
                card.sig_open_agreement.connect(self._proceed)
                if item.product in self._answers:
                    card.mark_answered(*self._answers[item.product])
                self.cards_box.addWidget(card)
                self.cards.append(card)
        self.not_offered_toggle.setChecked(False)
        self.retranslate_ui()

    def _assess(self) -> None:
        if self.recommendation is not None:
            self.assessment_requested.emit(self.recommendation.customer_no)

    def _proceed(self, product: str, amount) -> None:
        if self.recommendation is not None:
            self.proceed_requested.emit(self.recommendation.customer_no, product, amount)

    def card(self, product: str) -> RecommendationCard | None:
        return next((c for c in self.cards if c.item.product == product), None)

    def mark_answered(self, product: str, outcome: str, reason: str | None) -> None:
        self._answers[product] = (outcome, reason)
        card = self.card(product)
        if card is not None:
            card.mark_answered(outcome, reason)

    def answer_failed(self, product: str) -> None:
        card = self.card(product)
        if card is not None:
            card.answer_failed()

    def _name(self, code: str) -> str:
        return catalogue_name(self.products.get(code), code)

    def _names(self, products: Sequence[str]) -> str:
        """Products by name, the first few of a long list and how many more (the search box finds any)."""
        if self.not_offered_search.text().strip():
            return separator().join(self._name(code) for code in products)
        shown = separator().join(self._name(code) for code in products[:_NAMES_SHOWN])
        if len(products) <= _NAMES_SHOWN:
            return shown
        return self.tr("{names} and {count} more").format(names=shown, count=len(products) - _NAMES_SHOWN)

    def retranslate_ui(self) -> None:
        rec = self.recommendation
        self.heading.setText(self.tr("Recommended today"))
        if self._state == "loading":
            empty = self.tr("Working out what suits this customer today...")
        elif self._state == "error":
            empty = self._error
        elif rec is not None and not rec.recommended:
            empty = self.tr("Nothing to recommend today.")
        else:
            empty = ""
        self.empty.setText(empty)
        self.empty.setVisible(bool(empty))
        actions = (*rec.next_actions, *_blocking_all(rec)) if rec is not None else ()
        self.first_action.setText("\n".join("→ " + describe_reason(a.code, a.params) for a in actions))
        self.first_action.setVisible(bool(actions))
        self.assess_button.setText(self.tr("Do the risk assessment first"))
        self.assess_button.setVisible(
            self.can_assess and any(a.code == "risk_assessment_needed" for a in actions)
        )
        excluded = rec.excluded if rec is not None else ()
        self.not_offered_toggle.setText(self.tr("Not offered ({count})").format(count=len(excluded)))
        self.not_offered_toggle.setVisible(bool(excluded))
        self.not_offered_search.setPlaceholderText(self.tr("Find a product by name or code"))
        wanted = self.not_offered_search.text().strip().casefold()
        if wanted:  # every match by name, none folded into "and N more"
            excluded = tuple(
                e for e in excluded if wanted in f"{self._name(e.product)} {e.product}".casefold()
            )
        lines = []
        for group, items in grouped(excluded):
            lines.append(describe(f"why_not.{group}", {"count": len(items)}))
            if group is WhyNot.RULES:  # each rule once, in words, with the products it blocks
                for reason, products in by_rule(items, lambda r: describe_reason(r.code, r.params)):
                    lines.append("  " + describe_reason(reason.code, reason.params))
                    lines.append("    " + self._names(products))
            else:  # the rest only by name: the group says why
                lines.append("  " + self._names([item.product for item in items]))
        self.not_offered.setText("\n".join(lines))
        for card in self.cards:
            card.retranslate_ui()
