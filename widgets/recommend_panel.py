"""The recommendation panel (issue 5): what suits the customer now and why, as cards, and what is not offered.

`show_recommendation(rec, products)` shows a `domain.recommend.Recommendation` (computed off the UI thread by
the caller, e.g. through the task runner) with the catalogue entries for the key terms. Each card has the
product, its reasons in words, the key terms (minimum, term, rate, risk level), the warnings to acknowledge, and
the next actions: "Open agreement" (`sig_open_agreement(product, suggested amount or None)`, for the agreement
flow) and the customer's answer (`sig_answered(product, outcome, decline reason or None)`): accepted, declined
with a reason from the list, or later. "Not offered" is folded by default and lists the reason codes in words.
Not yet placed in the profile or the counter screen: the host wires the signals to the services.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from domain.catalog import ProductSpec
from domain.recommend import Recommendation, Recommended
from widgets.labels import money, rate
from widgets.messages import describe, describe_reason

DECLINE_REASONS = (
    "not_interested",
    "no_funds",
    "return_too_low",
    "risk_too_high",
    "has_similar",
    "prefers_other_bank",
    "other",
)  # db.services.recommend.DECLINE_REASONS (screens may not import db)
WARN = "background: #fff4e5; color: #7a4b00; border: 1px solid #f3d19c; border-radius: 3px; padding: 2px 4px;"
MUTED = "color: #5a6270;"


class RecommendationCard(QGroupBox):
    sig_answered = Signal(str, str, object)
    sig_open_agreement = Signal(str, object)

    def __init__(self, rank: int, item: Recommended, spec: ProductSpec | None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(f"card_{item.product}")
        self.item, self.spec, self.rank = item, spec, rank
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
        buttons = QHBoxLayout()
        self.open_button = QPushButton(objectName="open_agreement")
        self.accept_button = QPushButton(objectName="accepted")
        self.decline_button = QPushButton(objectName="declined")
        self.decline_reason = QComboBox(objectName="decline_reason")
        self.later_button = QPushButton(objectName="later")
        for widget in (self.open_button, self.accept_button, self.decline_button, self.decline_reason):
            buttons.addWidget(widget)
        buttons.addWidget(self.later_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(
            lambda: self.sig_open_agreement.emit(item.product, item.suggested_amount)
        )
        self.accept_button.clicked.connect(lambda: self._answer("accepted"))
        self.decline_button.clicked.connect(lambda: self._answer("declined"))
        self.later_button.clicked.connect(lambda: self._answer("later"))
        self.retranslate_ui()

    def _answer(self, outcome: str) -> None:
        reason = self.decline_reason.currentData() if outcome == "declined" else None
        self.sig_answered.emit(self.item.product, outcome, reason)
        for button in (self.accept_button, self.decline_button, self.later_button, self.decline_reason):
            button.setEnabled(False)  # one answer per showing; a changed mind is a new showing

    def retranslate_ui(self) -> None:
        item, spec = self.item, self.spec
        name = spec.name if spec is not None else item.product
        self.setTitle(self.tr("{rank}. {name} ({code}) · score {score}").format(
            rank=self.rank, name=name, code=item.product, score=item.score))  # fmt: skip
        parts = []
        if spec is not None:
            if spec.min_amount is not None:
                parts.append(self.tr("from {amount} yuan").format(amount=money(spec.min_amount)))
            if spec.terms:
                parts.append(self.tr("term {terms}").format(terms=", ".join(spec.terms)))
            if spec.rate is not None:
                parts.append(self.tr("rate {rate}").format(rate=rate(spec.rate)))
            if spec.risk_level is not None:
                parts.append(f"R{spec.risk_level}")
        if item.suggested_amount is not None:
            parts.append(self.tr("suggested {amount} yuan").format(amount=money(item.suggested_amount)))
        self.terms.setText(" · ".join(parts))
        for reason_label, reason in zip(self.reasons, item.reasons, strict=True):
            reason_label.setText("✓ " + describe_reason(reason.code, reason.params))
        for warning_label, warning in zip(self.warnings, item.warnings, strict=True):
            warning_label.setText("! " + describe_reason(warning.code, warning.params))
        self.open_button.setText(self.tr("Open agreement"))
        self.accept_button.setText(describe("outcome.accepted"))
        self.decline_button.setText(describe("outcome.declined"))
        self.later_button.setText(describe("outcome.later"))
        current = self.decline_reason.currentIndex()
        self.decline_reason.clear()
        for code in DECLINE_REASONS:
            self.decline_reason.addItem(describe(f"decline.{code}"), code)
        self.decline_reason.setCurrentIndex(max(current, 0))


class RecommendPanel(QWidget):
    sig_answered = Signal(str, str, object)  # product, accepted/declined/later, decline reason or None
    sig_open_agreement = Signal(str, object)  # product, suggested amount (Decimal) or None

    def __init__(self, parent=None, *, max_shown: int = 5) -> None:
        super().__init__(parent)
        self.setObjectName("recommend_panel")
        self.max_shown = max_shown
        self.recommendation: Recommendation | None = None
        self.cards: list[RecommendationCard] = []
        self.heading = QLabel(objectName="recommend_heading")
        self.heading.setStyleSheet("font-weight: bold;")
        self.empty = QLabel(objectName="recommend_empty", wordWrap=True)
        self.cards_box = QVBoxLayout()
        self.not_offered_toggle = QToolButton(objectName="not_offered_toggle", checkable=True)
        self.not_offered = QLabel(objectName="not_offered", wordWrap=True)
        self.not_offered.setVisible(False)
        self.not_offered_toggle.toggled.connect(self.not_offered.setVisible)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.heading)
        inner_layout.addWidget(self.empty)
        inner_layout.addLayout(self.cards_box)
        inner_layout.addWidget(self.not_offered_toggle)
        inner_layout.addWidget(self.not_offered)
        inner_layout.addStretch(1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.products: Mapping[str, ProductSpec] = {}
        self.retranslate_ui()

    def show_recommendation(
        self, rec: Recommendation | None, products: Mapping[str, ProductSpec] | None = None
    ) -> None:
        self.recommendation, self.products = rec, products or {}
        for card in self.cards:
            self.cards_box.removeWidget(card)
            card.deleteLater()
        self.cards = []
        if rec is not None:
            for rank, item in enumerate(rec.shown(self.max_shown), 1):
                card = RecommendationCard(rank, item, self.products.get(item.product))
                card.sig_answered.connect(self.sig_answered)
                card.sig_open_agreement.connect(self.sig_open_agreement)
                self.cards_box.addWidget(card)
                self.cards.append(card)
        self.not_offered_toggle.setChecked(False)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        rec = self.recommendation
        self.heading.setText(self.tr("Recommended today"))
        self.empty.setText(
            self.tr("Nothing to recommend today.") if rec is not None and not rec.recommended else ""
        )
        self.empty.setVisible(rec is not None and not rec.recommended)
        excluded = rec.excluded if rec is not None else ()
        self.not_offered_toggle.setText(self.tr("Not offered ({count})").format(count=len(excluded)))
        self.not_offered_toggle.setVisible(bool(excluded))
        lines = []
        for item in excluded:
            spec = self.products.get(item.product)
            name = f"{spec.name} ({item.product})" if spec is not None else item.product
            words = " ".join(describe_reason(r.code, r.params) for r in item.reasons)
            lines.append(f"{name}: {words}")
        self.not_offered.setText("\n".join(lines))
        for card in self.cards:
            card.retranslate_ui()
