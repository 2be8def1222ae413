"""The recommendation panel on its own (English UI): cards with reasons and terms, not-offered folded, answers."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from domain.catalog import validate_catalog
from domain.paths import resource_path
from domain.recommend import (
    SHIPPED_FILE,
    CatalogueEntry,
    Excluded,
    HoldingFact,
    Reason,
    Recommendation,
    RecommendCustomer,
    parse_weights,
    prepare,
    recommend,
)
from domain.strict_yaml import load_strict
from domain.suitability import SuitabilityCustomer
from widgets.recommend_panel import RecommendPanel

pytestmark = pytest.mark.gui
AS_OF = date(2026, 11, 23)
SPECS = validate_catalog(load_strict(resource_path("catalog", "default.yaml").read_text("utf-8")))


@pytest.fixture
def rec():
    weights = parse_weights(resource_path(*SHIPPED_FILE).read_text("utf-8"))
    facts = SuitabilityCustomer(
        birth_date=date(1958, 5, 20), civil_capacity="full", tier="T2", kyc_status="verified",
        id_expiry=AS_OF + timedelta(days=12), aml_edd_pending=False, risk_grade="C4",
        assessed_on=date(2026, 3, 1), assessment_channel="branch", has_branch_assessment=True,
        has_bought_bank_wmp=True, held_products=frozenset({"DEP-TD-1Y"}),
    )  # fmt: skip
    holding = HoldingFact(
        "DEP-TD-1Y", "deposit", Decimal("150000"), date(2025, 12, 1), AS_OF + timedelta(days=8)
    )
    customer = RecommendCustomer(customer_no="C0000000001", suitability=facts, holdings=(holding,))
    return recommend(customer, prepare([CatalogueEntry(s.code, s) for s in SPECS], weights), AS_OF)


@pytest.fixture
def panel(app, qtbot, rec):
    widget = RecommendPanel(max_shown=5)
    qtbot.addWidget(widget)
    widget.show_recommendation(rec, {s.code: s for s in SPECS})
    widget.show()
    return widget


def test_cards_show_the_top_products_with_reasons_terms_and_warnings(panel, rec):
    assert [c.item.product for c in panel.cards] == [r.product for r in rec.recommended[:5]]
    first = panel.cards[0]
    # The product by its name; its catalogue code only in the tooltip (issue 14: no codes on a card).
    assert first.title() == f"1. {first.spec.name_en}" and first.toolTip() == rec.recommended[0].product
    texts = [label.text() for label in first.reasons]
    assert texts and all(t.startswith("✓ ") for t in texts)
    warnings = [label.text() for label in first.warnings]
    assert warnings[-1].startswith("! The customer's ID document expires on 5 Dec 2026")
    reinvest = next(c for c in panel.cards if c.item.suggested_amount is not None)
    assert "suggested 150,000.00 yuan" in reinvest.terms.text()
    assert "term 1 year" in reinvest.terms.text() and "1Y" not in reinvest.terms.text()
    assert any(
        "Lump-sum time deposit, 1 year of 150,000.00 yuan matures on 1 Dec 2026" in label.text()
        for label in reinvest.reasons
    )
    for card in panel.cards:  # DOMAIN §5: wealth products and funds show a benchmark, never a rate
        if card.spec is not None and card.spec.family in ("wealth", "fund"):
            assert "rate" not in card.terms.text()


def test_not_offered_is_folded_and_says_why(panel, rec, qtbot):
    assert not panel.not_offered.isVisible()
    assert panel.not_offered_toggle.text() == f"Not offered ({len(rec.excluded)})"
    qtbot.mouseClick(panel.not_offered_toggle, Qt.MouseButton.LeftButton)
    assert panel.not_offered.isVisible()
    text = panel.not_offered.text()
    lines = text.splitlines()
    private = panel.products["WM-PRIVATE-2Y"].name_en
    # English screens name products in English. The rules that block a sale come first, each rule once in words and the products it blocks by name below
    # it (issue 13): one line per rule, not one per product.
    assert lines[0].startswith("Blocked by the sales rules (")
    rule = lines.index(
        "  This product is only for VIP, Wealth, Private banking customers; the customer is a Premium customer. "
        "Choose another product."
    )
    assert private in lines[rule + 1] and lines[rule + 1].startswith("    ")
    assert len([line for line in lines if "only for VIP" in line]) == 1
    # Products with no need seen are only named under their group: no line of "nothing calls for it" each.
    no_need = lines.index(next(line for line in lines if line.startswith("No need seen now (")))
    assert panel.products["BDL-ACCOUNT-OPENING"].name_en in lines[no_need + 1]
    assert "Nothing about this customer calls for it today." not in text and "BDL-ACCOUNT-OPENING" not in text


def test_not_offered_finds_a_product_by_name_or_code(panel, rec, qtbot):
    qtbot.mouseClick(panel.not_offered_toggle, Qt.MouseButton.LeftButton)
    assert panel.not_offered_search.isVisible()
    qtbot.keyClicks(panel.not_offered_search, "wm-private")
    text = panel.not_offered.text()
    assert panel.products["WM-PRIVATE-2Y"].name_en in text
    assert panel.products["BDL-ACCOUNT-OPENING"].name_en not in text
    assert text.splitlines()[0] == "Blocked by the sales rules (1)"
    panel.not_offered_search.clear()
    assert panel.products["BDL-ACCOUNT-OPENING"].name_en in panel.not_offered.text()


def test_answers_and_the_agreement_action_are_signalled(panel, qtbot):
    card = panel.cards[1]
    with qtbot.waitSignal(panel.sig_answered) as answered:
        card.decline_reason.setCurrentIndex(card.decline_reason.findData("risk_too_high"))
        qtbot.mouseClick(card.decline_button, Qt.MouseButton.LeftButton)
    assert answered.args == [card.item.product, "declined", "risk_too_high"]
    assert not card.later_button.isEnabled()
    other = panel.cards[2]
    with qtbot.waitSignal(panel.sig_answered) as later:
        qtbot.mouseClick(other.later_button, Qt.MouseButton.LeftButton)
    assert later.args == [other.item.product, "later", None]
    with qtbot.waitSignal(panel.sig_open_agreement) as opened:
        qtbot.mouseClick(panel.cards[0].open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [panel.cards[0].item.product, panel.cards[0].item.suggested_amount]


def test_an_empty_recommendation_says_so(app, qtbot):
    widget = RecommendPanel()
    qtbot.addWidget(widget)
    widget.show_recommendation(None)
    assert widget.cards == [] and not widget.not_offered_toggle.isVisible()


def test_a_rule_that_blocks_everything_is_the_first_thing_to_do(app, qtbot):
    kyc = Reason("kyc_not_verified", {"kyc_status": "pending"})
    rec = Recommendation(
        customer_no="C0000000009",
        as_of=AS_OF,
        risk_grade=None,
        tier="T1",
        life_stage="middle",
        recommended=(),
        excluded=tuple(Excluded(s.code, (kyc,)) for s in SPECS),
        rule_version="test",
    )
    widget = RecommendPanel()
    qtbot.addWidget(widget)
    widget.show_recommendation(rec, {s.code: s for s in SPECS})
    assert widget.first_action.isVisibleTo(widget)
    assert widget.first_action.text().startswith(
        "→ The customer's identity check is not complete (status Pending)."
    )
