"""The customer 360 panel as each role sees it, and the actions it offers (English UI, SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from db.models import AuditEntry, Customer, Household
from desktop.backend import Backend
from desktop.jobs import JobRunner
from domain.codes import Role
from domain.profile import editable_values
from domain.staff import StaffUser
from services import approvals
from services.staff import user_by_login
from tests.factories import LI_ID, LOGINS, add_second_supervisor, new_staff, small_branch
from widgets.profile.panel import ProfilePanel

pytestmark = pytest.mark.gui


TODAY = date.today()


@pytest.fixture
def runner(app):
    job_runner = JobRunner()
    yield job_runner
    job_runner.wait_idle()


@pytest.fixture
def ids(db):
    ids = small_branch(db, TODAY)
    with db.write() as uow:
        s = uow.session
        household = Household(code="H000000001")
        s.add(household)
        s.flush()
        for no, relation in (("C0000000001", "head"), ("C0000000002", "parent")):
            row = s.scalars(select(Customer).where(Customer.customer_no == no)).one()
            row.household_id, row.household_relation = household.id, relation
        manager2 = new_staff("manager2", Role.MANAGER, row.branch_id, "王经理")
        s.add(manager2)
        uow.commit()
    return ids


def open_panel(qtbot, db, ids, runner, role: Role, customer_no: str = "C0000000001") -> ProfilePanel:
    user = StaffUser(ids[role], LOGINS[role], f"{role.value}-name", role, "0001", "示范银行测试支行")
    backend = Backend(db, user)
    panel = ProfilePanel(backend.customer_profile, runner, backend)
    qtbot.addWidget(panel)
    panel.resize(1000, 900)
    panel.show()
    panel.open_customer(customer_no)
    qtbot.waitUntil(lambda: panel.view is not None and panel.view.customer_no == customer_no, timeout=5000)
    return panel


def test_a_teller_sees_masked_identifiers_and_may_only_reveal(qtbot, db, ids, runner):
    panel = open_panel(qtbot, db, ids, runner, Role.TELLER)
    assert "1101**********0019" in panel.identity.values["documents"].text()
    assert panel.contact.values["phone"].text() == "138****5678"
    assert panel.identity.values["aml_risk"].text() == "Not shown to tellers"
    assert panel.contact.values["household"].text() == "Not shown to tellers"
    assert panel.reveal_button.isVisible() and not panel.edit_button.isVisible()
    assert not panel.reassign_button.isVisible() and not panel.history.isVisible()
    assert panel.recommendations.isVisible()  # see tests/widgets/test_recommend_in_profile.py


def test_reveal_asks_a_reason_and_shows_the_full_values(qtbot, db, ids, runner):
    panel = open_panel(qtbot, db, ids, runner, Role.TELLER, "C0000000002")
    panel.reveal_button.click()
    dialog = panel.dialog
    dialog.reason_box.setCurrentIndex(dialog.reason_box.findData("other"))
    dialog._accept()  # "other" without a note is refused in the dialog
    assert dialog.isVisible() and dialog.error.text() == "Say why in the note."
    dialog.note_edit.setText("客户要求核对")
    dialog._accept()
    qtbot.waitUntil(lambda: LI_ID in panel.identity.values["documents"].text(), timeout=5000)
    assert panel.contact.values["phone"].text() == "13998765432" and not panel.reveal_button.isVisible()
    with db.read() as uow:
        entry = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "identifiers_revealed")
        ).one()
        assert entry.details["reason"] == "other" and entry.details["note"] == "客户要求核对"


def test_the_own_manager_sees_every_section_filled_and_may_edit(qtbot, db, ids, runner):
    panel = open_panel(qtbot, db, ids, runner, Role.MANAGER)
    assert panel.title.text() == "张三  C0000000001"
    assert "1101**********0019" in panel.identity.values["documents"].text()  # a reveal shows it in full
    assert "Middle-aged" in panel.identity.values["gender_age"].text()
    assert "李四" in panel.contact.values["household"].text()
    assert panel.value.values["aum"].text() == "120,000.00"
    assert "80,000.00 yuan to Premium" in panel.value.values["next_tier"].text()
    assert panel.holdings.model.rowCount() == 1 and "maturing within 30 days" in panel.holdings.title()
    assert panel.risk.summary.text() == "No assessment on file"
    assert panel.edit_button.isVisible() and panel.reveal_button.isVisible()


def test_a_household_member_opens_by_the_link(qtbot, db, ids, runner):
    panel = open_panel(qtbot, db, ids, runner, Role.SUPERVISOR)
    panel.contact.values["household"].linkActivated.emit("C0000000002")
    qtbot.waitUntil(lambda: panel.view.customer_no == "C0000000002", timeout=5000)
    assert "Expired" in panel.risk.summary.text() and panel.risk.model.rowCount() == 1


def test_logging_a_contact_is_two_clicks(qtbot, db, ids, runner):
    panel = open_panel(qtbot, db, ids, runner, Role.MANAGER)
    section = panel.interactions
    section.log_button.click()  # first click
    assert section.form.isVisible() and not section.log_button.isEnabled()
    section.summary.setText("电话提醒到期，客户同意续存")
    section.save_button.click()  # second click
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=5000)
    assert section.model.row(0).summary == "电话提醒到期，客户同意续存" and not section.form.isVisible()


def test_an_edit_is_saved_and_shows_in_the_supervisors_history(qtbot, db, ids, runner):
    panel = open_panel(qtbot, db, ids, runner, Role.SUPERVISOR)
    panel.edit_button.click()
    dialog = panel.dialog
    dialog.edits["address"].setText("上海市徐汇区漕溪北路1号")
    dialog.edits["phone"].setText("13900001111")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: panel.view.address == "上海市徐汇区漕溪北路1号", timeout=5000)
    assert panel.banner.text() == "Changes saved."
    assert panel.history.isVisible() and panel.history.model.rowCount() == 1
    text = panel.history.model.data(panel.history.model.index(0, 3))
    assert "Mobile: 138****5678 → 139****1111" in text and "Address" in text


def test_a_stale_save_says_what_changed_and_reload_keeps_the_other_changes(qtbot, db, ids, runner):
    panel = open_panel(qtbot, db, ids, runner, Role.SUPERVISOR)
    panel.edit_button.click()
    dialog = panel.dialog
    # Another station changes the mobile meanwhile.
    other = Backend(db, StaffUser(ids[Role.MANAGER], "manager1", "m", Role.MANAGER, "0001", "x"))
    seen = other.customer_profile("C0000000001")
    other.update_customer("C0000000001", seen.version, {"phone": "13700000000"}, editable_values(seen))
    dialog.edits["address"].setText("北京市东城区1号")
    dialog.edits["phone"].setText("13900001111")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.conflict.isVisible(), timeout=5000)
    assert "They changed: Mobile." in dialog.conflict.text() and dialog.reload_button.isVisible()
    assert not dialog.save_button.isEnabled()
    dialog.reload_button.click()
    qtbot.waitUntil(lambda: panel.dialog is not dialog and panel.dialog is not None, timeout=5000)
    again = panel.dialog
    assert again.edits["phone"].text() == "137****0000"  # theirs (shown masked), not overwritten
    assert again.edits["address"].text() == "北京市东城区1号"  # mine, kept
    again.save_button.click()
    qtbot.waitUntil(lambda: panel.view.address == "北京市东城区1号", timeout=5000)
    assert panel.view.phone == "137****0000"


def test_a_supervisor_reassigns_and_the_follow_up_task_shows(qtbot, db, ids, runner):
    add_second_supervisor(db)
    panel = open_panel(qtbot, db, ids, runner, Role.SUPERVISOR)
    panel.reassign_button.click()
    qtbot.waitUntil(lambda: panel.dialog is not None, timeout=5000)
    dialog = panel.dialog
    assert dialog.managers.count() == 1 and "王经理" in dialog.managers.currentText()
    dialog.accept()  # a request: a second supervisor approves it before the customer moves
    qtbot.waitUntil(lambda: "requested" in panel.banner.text(), timeout=5000)
    assert panel.view.manager_name != "王经理"
    [request] = approvals.pending(db, user_by_login(db, "supervisor2"))
    approvals.approve(db, user_by_login(db, "supervisor2"), request.id)
    panel.reload()
    qtbot.waitUntil(lambda: panel.view.manager_name == "王经理", timeout=5000)
    assert panel.tasks.model.rowCount() == 1 and panel.tasks.model.row(0).due_on > TODAY + timedelta(days=27)
    assert panel.history.model.row(0).action == "customer_reassigned"


def test_another_managers_customer_is_read_only_and_masked(qtbot, db, ids, runner):
    panel = open_panel(qtbot, db, ids, runner, Role.MANAGER, "C0000000002")
    assert "read only" in panel.subtitle.text() and not panel.edit_button.isVisible()
    assert panel.contact.values["phone"].text() == "139****5432"


def test_without_actions_the_panel_is_read_only(qtbot, db, ids, runner):
    user = StaffUser(ids[Role.SUPERVISOR], "supervisor1", "s", Role.SUPERVISOR, "0001", "x")
    panel = ProfilePanel(Backend(db, user).customer_profile, runner)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.placeholder.isVisible() and not panel.scroll_area.isVisible()
    panel.open_customer("C0000000001")
    qtbot.waitUntil(lambda: panel.view is not None, timeout=5000)
    assert not panel.edit_button.isVisible() and not panel.interactions.log_button.isVisible()
    panel.edit()
    assert panel.dialog is None  # nothing to save with: no dialog opens


def test_the_customers_screen_hosts_the_profile_with_the_questionnaire_in_the_risk_section(
    qtbot, db, ids, runner
):
    from widgets.customers_screen import CustomersScreen

    user = StaffUser(ids[Role.MANAGER], "manager1", "m", Role.MANAGER, "0001", "x")
    backend = Backend(db, user)
    screen = CustomersScreen(
        backend.search_customers,
        backend.customer_profile,
        runner,
        start_assessment=backend.start_assessment,
        record_assessment=backend.record_assessment,
        profile_actions=backend,
    )
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    screen.search_edit.setText("张三")
    qtbot.waitUntil(lambda: screen.results.rowCount() == 1, timeout=5000)
    assert screen.detail.view is None  # a name found is listed, and waits to be chosen
    screen.results_view.activated.emit(screen.results.index(0, 0))  # Enter or a double-click on the row
    qtbot.waitUntil(lambda: screen.detail.view is not None, timeout=5000)
    assert screen.detail.risk.isAncestorOf(screen.assess_button) and screen.assess_button.isEnabled()
    assert screen.detail.edit_button.isVisible() and screen.detail.title.text() == "张三  C0000000001"
    # Nothing may still be on its way to the screen when it is deleted at the end of the test.
    qtbot.waitUntil(lambda: not screen._timer.isActive() and runner.is_idle(), timeout=5000)
