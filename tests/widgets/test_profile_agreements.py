"""The customer's agreements on the profile: the cooling-off window as it stands, and cancelling inside it (the form
opens to print, the status turns cancelled). English UI, SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QInputDialog

from desktop.backend import Backend
from desktop.jobs import JobRunner
from services import agreement_archive, agreement_review, agreements
from services.staff import user_by_login
from tests.services.test_agreements import DEMAND_ACCOUNT, NOW, ZHANG, issue_wm, manager, shop
from widgets.profile.panel import ProfilePanel

pytestmark = pytest.mark.gui


@pytest.fixture
def runner(app):
    task_runner = JobRunner()
    yield task_runner
    task_runner.wait_idle()


def test_the_profile_shows_the_window_and_cancels_inside_it(qtbot, db, runner, monkeypatch):
    shop(db)
    reviewed = datetime.now().replace(microsecond=0) - timedelta(hours=1)  # the window runs 23 more hours
    private = agreements.issue(
        db, manager(db), ZHANG, "WM-PRIV", Decimal("300000"), now=NOW, acknowledged_warnings=("cooling_off",),
        account=DEMAND_ACCOUNT,
    ).number  # fmt: skip
    agreement_review.review(db, user_by_login(db, "supervisor1"), private, now=reviewed)
    pending = issue_wm(db).number
    teller = user_by_login(db, "teller1")
    backend = Backend(db, teller)
    panel = ProfilePanel(backend.customer_profile, runner, backend)
    qtbot.addWidget(panel)
    panel.resize(1000, 900)
    panel.show()
    panel.open_customer(ZHANG)
    section = panel.agreements
    qtbot.waitUntil(lambda: section.model.rowCount() == 2, timeout=10_000)
    rows = {section.model.row(i).number: i for i in range(2)}
    model = section.model
    ends = (reviewed + timedelta(hours=24)).strftime("%Y-%m-%d %H:%M")
    assert model.data(model.index(rows[private], 5)) == f"Until {ends}"
    assert model.data(model.index(rows[pending], 5)) == "Starts at the review"
    assert model.data(model.index(rows[pending], 4)) == "Waiting for review"
    section.table.selectRow(rows[pending])
    assert not section.cancel_button.isEnabled()  # not effective: nothing to refund
    section.table.selectRow(rows[private])
    assert section.cancel_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", True))  # the settlement account
    section.cancel_button.click()
    qtbot.waitUntil(lambda: agreement_archive.show(db, private).status == "cancelled", timeout=10_000)
    qtbot.waitUntil(lambda: section.last_form is not None, timeout=10_000)
    assert section.last_form.windowTitle().startswith("Cancellation form LQ0001-")
    section.last_form.close()
    qtbot.waitUntil(
        lambda: (
            runner.is_idle()
            and any(section.model.row(i).status == "cancelled" for i in range(section.model.rowCount()))
        ),
        timeout=10_000,
    )
