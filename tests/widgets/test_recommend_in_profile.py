"""The recommendation panel inside the customer profile (English UI, SQLite and PostgreSQL): filled off the UI
thread, answers stored through the services, not-offered folded, and the counter's limits for tellers."""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from db.models import Customer, RecommendationOutcome, RiskAssessment, Staff, Task
from desktop.backend import Backend
from domain.codes import Role
from domain.errors import InvalidValue
from domain.staff import StaffUser
from domain.suitability import assessment_valid_until
from services.catalog import load_default_catalog
from tests.factories import LOGINS, small_branch
from widgets.profile.panel import ProfilePanel

pytestmark = pytest.mark.gui
TODAY = date.today()
ZHANG = "C0000000001"


def settle(qtbot, runner) -> None:
    """The reload after an answer (and its recomputation) arrive while the profile is still open: pytest-qt
    closes the test's widgets before fixtures are torn down."""
    qtbot.waitUntil(runner.is_idle, timeout=20_000)


@pytest.fixture
def ids(db):
    """张三 (46, manager1's book) with a valid moderate assessment and a deposit maturing in 15 days; the
    shipped catalogue."""
    ids = small_branch(db, TODAY)
    load_default_catalog(db, "test")
    with db.write() as uow:
        s = uow.session
        zhang = s.scalars(select(Customer).where(Customer.customer_no == ZHANG)).one()
        day = TODAY - timedelta(days=30)
        s.add(
            RiskAssessment(
                customer_id=zhang.id,
                grade="C3",
                score=50,
                questionnaire_version="risk_v2025_1",
                assessed_on=day,
                valid_until=assessment_valid_until(day),
                channel="branch",
                answers={},
                confirmed=True,
                created_at=datetime(2026, 1, 10),
            )
        )
        uow.commit()
    return ids


def backend_for(db, ids, role: Role) -> Backend:
    return Backend(
        db, StaffUser(ids[role], LOGINS[role], f"{role.value}-name", role, "0001", "示范银行测试支行")
    )


def open_panel(qtbot, backend, runner, **kwargs) -> ProfilePanel:
    panel = ProfilePanel(backend.customer_profile, runner, backend, **kwargs)
    qtbot.addWidget(panel)
    panel.resize(1000, 900)
    panel.show()
    panel.open_customer(ZHANG)
    qtbot.waitUntil(lambda: panel.view is not None and panel.view.customer_no == ZHANG, timeout=5000)
    return panel


def wait_cards(qtbot, panel: ProfilePanel) -> None:
    qtbot.waitUntil(lambda: bool(panel.recommendations.panel.cards), timeout=20_000)


def test_opening_a_profile_fills_the_panel_off_the_ui_thread(qtbot, db, ids, runner):
    backend = backend_for(db, ids, Role.MANAGER)
    gate, threads = threading.Event(), []

    def slow_recommend(customer_no):
        threads.append(threading.current_thread() is threading.main_thread())
        gate.wait(10)
        return Backend.recommend(backend, customer_no)

    backend.recommend = slow_recommend
    panel = open_panel(qtbot, backend, runner)
    section = panel.recommendations.panel
    # The profile is shown and usable while the recommendation is still being worked out.
    assert section.cards == [] and "Working out" in section.empty.text()
    gate.set()
    wait_cards(qtbot, panel)
    assert threads and not any(threads)
    assert not section.empty.isVisible()
    first = section.cards[0]
    assert first.title().startswith("1. ") and first.terms.text() and first.reasons
    reinvest = next(c for c in section.cards if c.item.suggested_amount is not None)
    assert "suggested 120,000.00 yuan" in reinvest.terms.text()
    for card in section.cards:  # a customer manager proceeds on all but what needs a qualification they lack
        qualified_family = card.spec is not None and card.spec.family in ("fund", "insurance", "gold")
        assert card.open_button.isVisibleTo(card) is not qualified_family


def test_later_is_stored_and_creates_the_follow_up_task(qtbot, db, ids, runner):
    panel = open_panel(qtbot, backend_for(db, ids, Role.MANAGER), runner)
    wait_cards(qtbot, panel)
    card = panel.recommendations.panel.cards[0]
    product = card.item.product
    qtbot.mouseClick(card.later_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: panel.banner.isVisible() and "follow-up task" in panel.banner.text(), timeout=20_000
    )
    assert card.spec.name in panel.banner.text()  # the product by its name
    # The profile is loaded again: its task list shows the follow-up, and the card keeps the answer.
    qtbot.waitUntil(
        lambda: any(t.kind == "recommendation_follow_up" for t in panel.view.tasks), timeout=20_000
    )
    task_texts = [
        panel.tasks.model.data(panel.tasks.model.index(r, 1)) for r in range(panel.tasks.model.rowCount())
    ]
    assert any(f"Follow up the recommendation: {card.spec.name}" in text for text in task_texts)  # by name
    wait_cards(qtbot, panel)
    qtbot.waitUntil(lambda: panel.recommendations.panel.card(product) is not None, timeout=20_000)
    again = panel.recommendations.panel.card(product)
    assert again.status.isVisibleTo(again) and "Recorded: Later" in again.status.text()
    assert not again.later_button.isEnabled()
    with db.read() as uow:
        row = uow.session.scalars(select(RecommendationOutcome)).one()
        task = uow.session.get(Task, row.task_id)
        assert (row.outcome, row.rank, task.kind) == ("later", 1, "recommendation_follow_up")
        assert task.details["product"] == product and row.rule_version
    settle(qtbot, runner)


def test_declined_needs_a_reason(qtbot, db, ids, runner):
    backend = backend_for(db, ids, Role.MANAGER)
    panel = open_panel(qtbot, backend, runner)
    wait_cards(qtbot, panel)
    card = panel.recommendations.panel.cards[1]
    assert card.decline_reason.currentData() is None and not card.decline_button.isEnabled()
    qtbot.mouseClick(card.decline_button, Qt.MouseButton.LeftButton)
    card.decline_reason.setCurrentIndex(card.decline_reason.findData("return_too_low"))
    assert card.decline_button.isEnabled()
    qtbot.mouseClick(card.decline_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "declined" in panel.banner.text() or "rror" in panel.banner.text(), timeout=20_000
    )
    assert "declined" in panel.banner.text(), panel.banner.text()
    with db.read() as uow:
        row = uow.session.scalars(select(RecommendationOutcome)).one()
        assert (row.outcome, row.decline_reason, row.task_id) == ("declined", "return_too_low", None)
    with pytest.raises(InvalidValue) as refused:  # the service refuses a decline without a reason too
        backend.record_recommendation_outcome(ZHANG, card.item.product, "declined")
    assert refused.value.code == "decline_reason_required"
    settle(qtbot, runner)


def test_not_offered_is_folded_and_in_words(qtbot, db, ids, runner):
    panel = open_panel(qtbot, backend_for(db, ids, Role.MANAGER), runner)
    wait_cards(qtbot, panel)
    section = panel.recommendations.panel
    assert section.not_offered_toggle.isVisible() and not section.not_offered.isVisible()
    qtbot.mouseClick(section.not_offered_toggle, Qt.MouseButton.LeftButton)
    assert section.not_offered.isVisible()
    text = section.not_offered.text()
    excluded = section.recommendation.excluded
    # In groups (issue 13): blocked by the rules, each with its words; "no need" only named, not 20 lines of it.
    assert text.startswith("Blocked by the sales rules (") and "No need seen now (" in text
    assert "Nothing about this customer calls for it today." not in text
    assert len(text.splitlines()) < len(excluded)
    for code in {c for item in excluded for c in item.codes}:
        assert f": {code}" not in text and f" {code}\n" not in text  # every reason code is worded


def test_a_teller_sees_the_panel_but_no_proceed_on_investment_products(qtbot, db, ids, runner):
    panel = open_panel(qtbot, backend_for(db, ids, Role.TELLER), runner)
    wait_cards(qtbot, panel)
    cards = panel.recommendations.panel.cards
    investment = [c for c in cards if c.spec is not None and c.spec.needs_assessment]
    standard = [c for c in cards if c.spec is not None and not c.spec.needs_assessment]
    assert investment and standard
    for card in investment:
        assert not card.open_button.isVisibleTo(card)
        assert card.manager_note.isVisibleTo(card) and "customer manager" in card.manager_note.text()
        assert card.later_button.isVisibleTo(card)  # the answer is still recorded at the counter
    for card in standard:
        assert card.open_button.isVisibleTo(card) and not card.manager_note.isVisibleTo(card)
        assert not card.refer_button.isVisibleTo(card)
    # Who can sell it: the card offers the referral, with the product filled in (issue 17).
    first = investment[0]
    assert first.refer_button.isVisibleTo(first)
    qtbot.mouseClick(first.refer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible(), timeout=10_000)
    assert panel.dialog.chosen_products() == [first.item.product]  # ticked, by its name
    panel.dialog.reject()


def test_proceed_opens_the_agreement_flow_with_product_and_amount(qtbot, db, ids, runner):
    calls = []
    backend = backend_for(db, ids, Role.MANAGER)

    def flow(parent, backend_, runner_, customer_no, product_code=None, amount=None):
        calls.append((parent, backend_, runner_, customer_no, product_code, amount))

    panel = open_panel(qtbot, backend, runner, agreement_flow=flow)
    wait_cards(qtbot, panel)
    card = next(c for c in panel.recommendations.panel.cards if c.item.suggested_amount is not None)
    qtbot.mouseClick(card.open_button, Qt.MouseButton.LeftButton)
    assert calls == [(panel, backend, runner, ZHANG, card.item.product, Decimal("120000.00"))]


def test_proceed_uses_the_agreement_dialog_by_default(qtbot, db, ids, runner, monkeypatch):
    import widgets.agreement.view

    calls = []
    monkeypatch.setattr(
        widgets.agreement.view,
        "open_agreement_flow",
        lambda *args, **kwargs: calls.append(
            (args[3], kwargs["product_code"], kwargs["amount"], kwargs["customer_name"])
        ),
    )
    panel = open_panel(qtbot, backend_for(db, ids, Role.MANAGER), runner)
    wait_cards(qtbot, panel)
    card = panel.recommendations.panel.cards[0]
    qtbot.mouseClick(card.open_button, Qt.MouseButton.LeftButton)
    assert calls == [(ZHANG, card.item.product, card.item.suggested_amount, "张三")]


def test_another_customer_never_shows_the_previous_cards(qtbot, db, ids, runner):
    panel = open_panel(qtbot, backend_for(db, ids, Role.MANAGER), runner)
    wait_cards(qtbot, panel)
    panel.open_customer("C0000000002")
    qtbot.waitUntil(lambda: panel.view.customer_no == "C0000000002", timeout=20_000)
    section = panel.recommendations
    assert section.panel.recommendation is None or section.panel.recommendation.customer_no == "C0000000002"
    qtbot.waitUntil(lambda: section.shown_for == "C0000000002", timeout=20_000)
    assert section.panel.recommendation.customer_no == "C0000000002"


def test_a_manager_without_the_fund_qualification_is_offered_the_referral_not_proceed(qtbot, db, ids, runner):
    """The panel applies the sale's own rule (domain/sales.py): a manager with no valid fund qualification sees
    why and "Refer", never a Proceed that the issue would refuse (issue 17); with it, Proceed."""

    def fund_cards(panel):
        return [
            c for c in panel.recommendations.panel.cards if c.spec is not None and c.spec.family == "fund"
        ]

    panel = open_panel(qtbot, backend_for(db, ids, Role.MANAGER), runner)
    wait_cards(qtbot, panel)
    funds = fund_cards(panel)
    assert funds, [c.item.product for c in panel.recommendations.panel.cards]
    for card in funds:
        assert not card.open_button.isVisibleTo(card) and card.refer_button.isVisibleTo(card)
        assert "You hold no valid Funds sales qualification" in card.manager_note.text()
    settle(qtbot, runner)
    with db.write() as uow:
        staff = uow.session.get(Staff, ids[Role.MANAGER])
        staff.qualifications = [{"family": "fund", "until": TODAY.isoformat()}]  # valid through today
        uow.commit()
    panel.open_customer(ZHANG)
    qtbot.waitUntil(lambda: bool(fund_cards(panel)) and fund_cards(panel)[0].refer is None, timeout=20_000)
    for card in fund_cards(panel):
        assert card.open_button.isVisibleTo(card) and not card.manager_note.isVisibleTo(card)
    settle(qtbot, runner)


def test_f8_reaches_the_first_card_and_space_proceeds(qtbot, db, ids, runner):
    """The manager's recommendation step on the keyboard: F8 (focus_recommendations) puts the keyboard on the
    first card's Proceed, Space opens the agreement for that product."""
    calls = []
    backend = backend_for(db, ids, Role.MANAGER)
    panel = open_panel(qtbot, backend, runner, agreement_flow=lambda *args, **kw: calls.append(kw))
    wait_cards(qtbot, panel)
    panel.window().activateWindow()
    qtbot.waitUntil(lambda: panel.isActiveWindow(), timeout=5000)
    panel.focus_recommendations()
    cards = panel.recommendations.panel.cards
    shown = [b for b in (cards[0].open_button, cards[0].refer_button) if b.isVisibleTo(panel)]
    assert shown[
        0
    ].hasFocus()  # the first card's first action: Proceed, or Refer where this person may not sell
    for _ in range(20):  # Tab on through the cards to the first Proceed
        focused = QApplication.focusWidget()
        if focused.objectName() == "open_agreement":
            break
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    card = focused.parent()
    assert focused is card.open_button and card in cards
    qtbot.keyClick(focused, Qt.Key.Key_Space)
    assert [call["product_code"] for call in calls] == [card.item.product]
