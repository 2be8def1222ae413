"""Which screens a role gets (what its permissions allow: domain/permissions.py), built and wired here so screens
never import each other."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.backend import Backend
from desktop.jobs import JobRunner
from desktop.settings import Preferences
from domain.codes import Role
from domain.permissions import Action, allows
from domain.privacy import may_open_customers
from widgets.approvals_screen import ApprovalsScreen
from widgets.calendar_screen import CalendarScreen
from widgets.catalog_screen import CatalogScreen
from widgets.complaints_screen import ComplaintsScreen
from widgets.customers_screen import CustomersScreen
from widgets.home_screen import HomeScreen
from widgets.inbox_screen import InboxScreen
from widgets.main_window import MainWindow
from widgets.performance.view import PerformanceScreen
from widgets.settings_screen import SettingsScreen
from widgets.staff_screen import StaffScreen
from widgets.tier_reports_screen import TierReportsScreen


def _title(source: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate("Navigation", source)


def _open_customer(window: MainWindow, customer_no: str) -> None:
    if "customers" in window.screen_keys():
        window.show_screen("customers")
        screen = window.screen_for("customers")
        if isinstance(screen, CustomersScreen):
            screen.open_customer(customer_no)


def _bind_customer_keys(window: MainWindow, backend: Backend) -> None:
    """F2 search, F3 open, F4 receipt, F6 refer, F7 agreement, F8 recommendations (widgets/shortcuts.py): they act on the customers
    screen, which comes to the front first."""
    screen = window.screen_for("customers")
    assert isinstance(screen, CustomersScreen)
    allowed = {
        "refer": True,
        "receipt": backend.may_issue_receipts(),
        "agreement": backend.may_issue_agreements(),
        "recommendations": True,
    }

    def on_customers(action: Callable[[], object]) -> Callable[[], None]:
        def run() -> None:
            window.show_screen("customers")
            action()

        return run

    window.bind("search", on_customers(screen.focus_search))
    window.bind("open", on_customers(screen.open_selected))
    for name in ("receipt", "refer", "agreement", "recommendations"):
        if allowed[name]:
            window.bind(name, on_customers(partial(screen.customer_action, name)))


def tasks_arrived(window: MainWindow, count: int) -> None:
    """Tasks for this person arrived from another station: reload the inbox and say so in a notice that stays
    until the inbox is opened (its button selects the newest task, an urgent one first)."""
    if "inbox" not in window.screen_keys():
        return
    inbox = window.screen_for("inbox")
    if not isinstance(inbox, InboxScreen):
        return
    inbox.load()
    window.notify(
        QCoreApplication.translate("Inbox", "%n new task(s) in your inbox", "", count),
        "inbox",
        QCoreApplication.translate("Inbox", "Open inbox"),
        inbox.select_newest,
    )


def build_main_window(
    backend: Backend,
    runner: JobRunner,
    preferences: Preferences,
    apply_preferences: Callable[[Preferences], None],
    about: dict[str, str],
) -> MainWindow:
    user = backend.user
    window = MainWindow(user, backend.db.description, work_running=runner.is_writing)
    window.add_screen(
        "home",
        _title(QT_TRANSLATE_NOOP("Navigation", "Home")),
        HomeScreen(
            user,
            backend.home_summary,
            runner,
            closing_sheet=backend.closing_sheet if allows(user.role, Action.CLOSING_SHEET) else None,
            print_setup=(backend.print_setup, backend.save_print_setup),
        ),
    )
    if allows(user.role, Action.WORK_QUEUE):
        inbox = InboxScreen(user, backend, runner, open_customer=lambda no: _open_customer(window, no))
        inbox.sig_open_count.connect(lambda count: window.set_badge("inbox", count))
        window.add_screen("inbox", _title(QT_TRANSLATE_NOOP("Navigation", "Inbox")), inbox)
    if may_open_customers(user.role):
        assesses = allows(user.role, Action.ASSESSMENT_RECORD)
        window.add_screen(
            "customers",
            _title(QT_TRANSLATE_NOOP("Navigation", "Customers")),
            CustomersScreen(
                backend.search_customers,
                backend.customer_profile,
                runner,
                start_assessment=backend.start_assessment if assesses else None,
                record_assessment=backend.record_assessment if assesses else None,
                profile_actions=backend,
            ),
        )
        _bind_customer_keys(window, backend)
    if (
        allows(user.role, Action.FIGURES_VIEW) and user.role is not Role.ADMIN
    ):  # the administrator sells nothing
        window.add_screen(
            "performance",
            _title(QT_TRANSLATE_NOOP("Navigation", "Performance")),
            PerformanceScreen(
                user,
                backend,
                runner,
                open_customer=(lambda no: _open_customer(window, no))
                if may_open_customers(user.role)
                else None,
            ),
        )
    if backend.may_see_tier_reports():
        window.add_screen(
            "tiers",
            _title(QT_TRANSLATE_NOOP("Navigation", "Tier reports")),
            TierReportsScreen(backend, runner, open_customer=lambda no: _open_customer(window, no)),
        )
    window.add_screen(
        "catalog",
        _title(QT_TRANSLATE_NOOP("Navigation", "Products")),
        # Supervisors change the catalogue (maker-checker); everyone else reads it.
        CatalogScreen(
            backend.products, runner, editor=backend if allows(user.role, Action.CATALOG_APPROVE) else None
        ),
    )
    if allows(user.role, Action.COMPLAINT_REGISTER):
        window.add_screen(
            "complaints",
            _title(QT_TRANSLATE_NOOP("Navigation", "Complaints")),
            ComplaintsScreen(user, backend, runner),
        )
    if allows(user.role, Action.STAFF_MANAGE):
        window.add_screen(
            "staff", _title(QT_TRANSLATE_NOOP("Navigation", "Staff accounts")), StaffScreen(backend, runner)
        )
    if allows(user.role, Action.CALENDAR_MANAGE):
        window.add_screen(
            "calendar",
            _title(QT_TRANSLATE_NOOP("Navigation", "Working-day calendar")),
            CalendarScreen(backend, runner),
        )
    if allows(user.role, Action.APPROVE) or allows(
        user.role, Action.AGREEMENT_REVIEW
    ):  # a second person's decisions
        window.add_screen(
            "approvals",
            _title(QT_TRANSLATE_NOOP("Navigation", "Approvals")),
            ApprovalsScreen(
                backend,
                runner,
                reviews=backend if backend.may_review_agreements() else None,
                notices=backend.reassignment_notices if allows(user.role, Action.BOOK_REASSIGN) else None,
            ),
        )
    window.add_screen(
        "settings",
        _title(QT_TRANSLATE_NOOP("Navigation", "Settings")),
        SettingsScreen(preferences, apply_preferences, about, runner),
    )
    runner.busy_changed.connect(window.set_busy)
    return window
