"""The services a signed-in person may call, bound to the database and to that person.

Screens get this object instead of the database: they never see a session or an engine.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from db.session import Database
from desktop.settings import SettingsStore
from domain.agreements import IssuedAgreement, ReviewItem
from domain.approvals import ApprovalView, Pending
from domain.catalog import ProductView
from domain.catalog_versions import ProductHistory, VersionView
from domain.codes import Role
from domain.complaint_duties import DailyCheckView, MajorReportFacts, MajorReportView
from domain.complaint_flow import ClosingFacts
from domain.complaints import ComplaintView
from domain.cooling_off import CancellationRecord
from domain.errors import InvalidValue, NotApproved, NotPermitted
from domain.inbox import TaskView
from domain.overview import HomeSummary
from domain.performance import DrillDown, Figure, PlanView, PositionsRun, Scorecard
from domain.periods import Period
from domain.permissions import BRANCH_WIDE, Action, allows
from domain.profile import CustomerProfile
from domain.questionnaire.result import AssessmentResult, AssessmentStart
from domain.referrals import Referral, ReferralReport
from domain.search import SearchHit
from domain.staff import StaffAccount, StaffUser
from domain.suitability.model import SuitabilityResult
from domain.tiers import Concentration, NearThreshold
from reports.performance import build_performance_report
from reports.performance_xlsx import build_performance_workbook
from services import (
    agreement_archive,
    agreement_cancel,
    agreement_review,
    agreements,
    approvals,
    assessments,
    audit_trail,
    calendar,
    catalog,
    catalog_versions,
    complaint_documents,
    complaint_duties,
    complaint_views,
    complaints,
    customer_edit,
    customer_search,
    follow_up_calls,
    inbox,
    overview,
    performance,
    performance_drill,
    positions,
    profile,
    reassignment_notices,
    receipts,
    recommend,
    recommend_outcomes,
    referrals,
    sales_plans,
    staff,
    suitability,
    tiers,
)
from services.agreement_archive import AgreementRecord
from services.recommend import ShownRecommendation
from services.recommend_outcomes import OutcomeRecorded

P = ParamSpec("P")
R = TypeVar("R")


# Station settings and documents built from what a call already returned: no database, nothing to refuse.
_UNGUARDED = frozenset(
    {"receipt_setup", "print_setup", "save_print_setup", "performance_report", "performance_workbook"}
)


def _checks_account(method: Callable[Concatenate[Backend, P], R]) -> Callable[Concatenate[Backend, P], R]:
    @functools.wraps(method)
    def call(self: Backend, *args: P.args, **kwargs: P.kwargs) -> R:
        staff.require_active(self.db, self.user)
        return method(self, *args, **kwargs)

    return call


def _guarded(cls: type[Backend]) -> type[Backend]:
    """Every call of the signed-in person first checks that their account is still active and unlocked
    (`sod_departed_cm_access`: a manager who leaves loses access at once, even on a station still signed in).
    The `may_*` questions only read the role the station signed in with."""
    for name, member in list(vars(cls).items()):
        if callable(member) and not name.startswith(("_", "may_")) and name not in _UNGUARDED:
            setattr(cls, name, _checks_account(member))
    return cls


@_guarded
class Backend:
    def __init__(self, db: Database, user: StaffUser) -> None:
        self.db, self.user = db, user

    def home_summary(self) -> HomeSummary:
        return overview.home_summary(self.db, self.user)

    def search_customers(self, text: str) -> list[SearchHit]:
        return customer_search.search_customers(self.db, self.user, text)

    def customer_profile(self, customer_no: str) -> CustomerProfile:
        return profile.load_profile(self.db, self.user, customer_no)

    def reveal_identifiers(self, customer_no: str, reason: str, note: str = "") -> CustomerProfile:
        return profile.reveal_identifiers(self.db, self.user, customer_no, reason, note)

    def update_customer(
        self, customer_no: str, version: int, changes: dict[str, object], seen: dict[str, object]
    ) -> int:
        return customer_edit.update_customer(self.db, self.user, customer_no, version, changes, seen)

    def reassign_customer(self, customer_no: str, version: int, manager_id: int) -> Pending:
        """A request: a second supervisor approves it on the approvals screen."""
        return customer_edit.reassign_customer(self.db, self.user, customer_no, version, manager_id)

    def reassign_book(self, from_manager_id: int, to_manager_id: int) -> Pending:
        return customer_edit.reassign_book(self.db, self.user, from_manager_id, to_manager_id)

    def active_managers(self) -> list[tuple[int, str, str]]:
        return customer_edit.active_managers(self.db)

    def add_interaction(
        self, customer_no: str, channel: str, purpose: str, summary: str, next_step: str = ""
    ) -> None:
        return customer_edit.add_interaction(
            self.db, self.user, customer_no, channel, purpose, summary, next_step
        )

    def start_assessment(self, customer_no: str) -> AssessmentStart:
        return assessments.start_assessment(self.db, self.user, customer_no, date.today())

    def record_assessment(
        self, customer_no: str, version: str, answers: dict[str, str], channel: str, confirmed_change: bool
    ) -> AssessmentResult:
        return assessments.record_assessment(
            self.db, self.user, customer_no, version, answers, channel, confirmed_change, datetime.now()
        )

    def check_sale(
        self, customer_no: str, product_code: str, amount: Decimal | None, channel: str
    ) -> SuitabilityResult:
        return suitability.check_sale(self.db, customer_no, product_code, amount, channel, date.today())

    # -- recommendations (DOMAIN §6) ------------------------------------------------------------------------

    def may_recommend(self) -> bool:
        return allows(self.user.role, Action.RECOMMEND_VIEW)

    def recommend(self, customer_no: str) -> ShownRecommendation:
        """What suits the customer today (at the branch), with the catalogue entries for the key terms."""
        return recommend.recommend_shown(self.db, customer_no, date.today(), seller=self.user)

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
    ) -> OutcomeRecorded:
        """The customer's answer, recorded by the signed-in person; a "later" creates the follow-up task."""
        return recommend_outcomes.record_outcome(
            self.db,
            staff_id=self.user.id,
            actor=self.user.login,
            customer_no=customer_no,
            product_code=product_code,
            outcome=outcome,
            decline_reason=decline_reason,
            rank=rank,
            score=score,
            reasons=reasons,
            rule_version=rule_version,
        )

    # -- agreements (services/agreements.py checks suitability again and refuses what it blocks) ------------

    def agreement_products(self) -> list[ProductView]:
        catalog_versions.apply_due_versions(self.db, date.today(), self.user.login, self.user.id)
        return agreements.agreement_products(self.db, date.today())

    def may_issue_agreements(self) -> bool:
        """Tellers, customer and wealth managers issue and print agreements; supervisors approve reprints (DOMAIN
        §1)."""
        return self.user.role in (Role.TELLER, Role.MANAGER, Role.WEALTH_MANAGER)

    def issue_agreement(
        self,
        customer_no: str,
        product_code: str,
        amount: Decimal,
        term: str | None,
        acknowledged_warnings: tuple[str, ...],
        dual_recording_id: str | None = None,
        account: str | None = None,
    ) -> IssuedAgreement:
        return agreements.issue(
            self.db,
            self.user,
            customer_no,
            product_code,
            amount,
            term,
            acknowledged_warnings,
            station=SettingsStore().load().station,
            dual_recording_id=dual_recording_id,
            account=account,
        )

    def settlement_accounts(self, customer_no: str) -> list[agreements.SettlementAccount]:
        """The customer's demand accounts and debit cards an agreement may settle through."""
        return agreements.settlement_accounts(self.db, customer_no)

    def reprint_agreement(self, number: str) -> bytes | Pending:
        """A copy under this person's approved reprint request; without one, the request for a supervisor."""
        try:
            return agreement_archive.reprint(self.db, self.user, number)
        except NotApproved:  # no approved reprint request of this person's yet
            pass
        return agreement_archive.request_reprint(self.db, self.user, number)

    def request_reprint(self, number: str) -> Pending:
        return agreement_archive.request_reprint(self.db, self.user, number)

    # -- a second person's approvals (services/approvals.py) ---------------------------------------------------

    # -- 复核 of issued agreements (services/agreement_review.py) ----------------------------------------------

    def may_review_agreements(self) -> bool:
        return allows(self.user.role, Action.AGREEMENT_REVIEW)

    def pending_agreement_reviews(self) -> list[ReviewItem]:
        return agreement_review.pending_reviews(self.db, self.user)

    def review_agreement(self, number: str) -> AgreementRecord:
        return agreement_review.review(self.db, self.user, number)

    def return_agreement(self, number: str, reason: str) -> AgreementRecord:
        return agreement_review.return_agreement(self.db, self.user, number, reason)

    def pending_approvals(self) -> list[ApprovalView]:
        return approvals.pending(self.db, self.user)

    def approve(self, approval_id: int) -> ApprovalView:
        return approvals.approve(self.db, self.user, approval_id)

    def reject(self, approval_id: int, reason: str) -> ApprovalView:
        return approvals.reject(self.db, self.user, approval_id, reason)

    # -- counter receipts (services/receipts.py numbers per station and day, renders both copies, archives) ----

    def may_issue_receipts(self) -> bool:
        """The permission table's answer (domain/permissions.py), so the button shows only where issuing works."""
        return allows(self.user.role, Action.RECEIPT_ISSUE)

    def receipt_setup(self) -> tuple[str, str]:
        """(this station's terminal id, its receipt paper): station settings."""
        preferences = SettingsStore().load()
        return preferences.station, preferences.receipt_paper

    def issue_receipt(
        self,
        customer_no: str,
        *,
        service: str,
        amount: Decimal,
        account: str | None = None,
        fee: Decimal = Decimal("0"),
        balance: Decimal | None = None,
        memo: str = "",
        paper: str | None = None,
        withdrawal: bool = False,
        notice_given_on: date | None = None,
        demand_rate_accepted: bool = False,
    ) -> receipts.IssuedReceipt:
        station, station_paper = self.receipt_setup()
        return receipts.issue_receipt(
            self.db,
            self.user,
            station=station,
            service=service,
            amount=amount,
            customer_no=customer_no,
            account=account,
            fee=fee,
            balance=balance,
            memo=memo,
            paper=paper or station_paper,
            withdrawal=withdrawal,
            notice_given_on=notice_given_on,
            demand_rate_accepted=demand_rate_accepted,
        )

    def reprint_receipt(self, number: str, copy: str = "customer") -> bytes:
        return receipts.reprint_receipt(self.db, self.user, number, copy)

    def closing_sheet(self) -> bytes:
        """Today's closing sheet (日终) as PDF; the chain is checked first (supervisors and administrators)."""
        return audit_trail.closing_sheet(self.db, self.user, date.today())[1]

    def print_setup(self) -> tuple[str, str]:
        return SettingsStore().print_setup()

    def save_print_setup(self, printer_name: str, paper_size: str) -> None:
        SettingsStore().save_print_setup(printer_name, paper_size)

    def products(self) -> list[ProductView]:
        # Approved catalogue changes whose effective date has come take effect before the list is read.
        catalog_versions.apply_due_versions(self.db, date.today(), self.user.login, self.user.id)
        return catalog.list_products(self.db)

    def propose_product_change(
        self, code: str, changes: dict[str, Any], effective_from: date, note: str = ""
    ) -> VersionView:
        return catalog_versions.propose_change(self.db, self.user, code, changes, effective_from, note)

    def approve_version(self, version_id: int, note: str = "") -> VersionView:
        return catalog_versions.approve(self.db, self.user, version_id, note)

    def reject_version(self, version_id: int, note: str) -> VersionView:
        return catalog_versions.reject(self.db, self.user, version_id, note)

    def pending_versions(self) -> list[VersionView]:
        return catalog_versions.pending_versions(self.db, self.user)

    def product_history(self, code: str) -> ProductHistory:
        return catalog_versions.history(self.db, self.user, code)

    def accounts(self) -> list[StaffAccount]:
        self._require(Role.ADMIN)
        return staff.list_accounts(self.db)

    def add_account(self, login: str, name: str, role: Role, password: str, id_number: str = "") -> StaffUser:
        self._require(Role.ADMIN)
        return staff.add_user(
            self.db,
            login_name=login,
            name=name,
            role=role,
            password=password,
            actor=self.user,
            branch_code=self.user.branch_code,
            id_number=id_number,
        )

    def calendar_years(self):
        return calendar.calendar_years(self.db)

    def calendar_days(self, year: int):
        return calendar.year_days(self.db, year)

    def import_calendar_file(self, path: str):
        """Read on the worker thread; the service refuses anyone but an administrator."""
        file = Path(path)
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            raise InvalidValue("calendar_file_unreadable", file=file.name) from None
        return calendar.import_calendar(self.db, self.user, text, file.name)

    def unlock(self, account_id: int, version: int) -> None:
        """Asks for the unlock; a supervisor or another administrator approves it on the approvals screen."""
        staff.request_unlock(self.db, self.user, account_id)

    def set_active(self, account_id: int, version: int, active: bool) -> None:
        staff.set_active(self.db, account_id, version, active, self.user)

    def reset_password(self, account_id: int, version: int, password: str) -> None:
        staff.reset_password(self.db, account_id, version, password, self.user)

    def set_qualifications(self, login: str, families: list[str], until: date | None) -> tuple[str, ...]:
        """The service checks the permission and keeps the audit (DOMAIN §5: who may sell what)."""
        return staff.set_qualifications(self.db, self.user, login, families, until)

    def verify_password(self, user: StaffUser, password: str) -> None:
        staff.verify_password(self.db, user, password)

    # -- complaints (services/complaints.py decides who may do what) ----------------------------------------

    def complaints(self, open_only: bool) -> list[ComplaintView]:
        return complaint_views.list_complaints(self.db, self.user, open_only=open_only)

    def complaint(self, number: str) -> ComplaintView:
        return complaint_views.show(self.db, self.user, number)

    def complaint_staff(self) -> list[tuple[str, str]]:
        return complaint_views.staff_choices(self.db)

    def register_complaint(self, values: dict[str, Any]) -> ComplaintView:
        return complaints.register(self.db, self.user, **values)

    def assign_complaint(self, number: str, handler_login: str, version: int) -> ComplaintView:
        return complaints.assign(self.db, self.user, number, handler_login, version)

    def start_complaint(self, number: str, version: int) -> ComplaintView:
        return complaints.start_handling(self.db, self.user, number, version)

    def reply_complaint(self, number: str, text: str, version: int) -> ComplaintView:
        return complaints.record_reply(self.db, self.user, number, text, version)

    def withdraw_complaint(self, number: str, reason: str, voluntary: bool, version: int) -> ComplaintView:
        return complaints.withdraw(self.db, self.user, number, reason, voluntary, version)

    def close_complaint(self, number: str, facts: ClosingFacts, version: int) -> ComplaintView:
        return complaints.close(self.db, self.user, number, facts, version)

    def complaint_document(self, number: str, kind: str) -> bytes:
        """A case's transfer slip, urging slip or result report (PDF); refused when it does not fit the case."""
        return complaint_documents.case_document(self.db, self.user, number, kind)

    def complaint_register(self, first: date, last: date) -> bytes:
        return complaint_documents.register_document(self.db, self.user, first, last)

    # The duties beside the case (services/complaint_duties.py).
    def report_major_complaint(self, number: str, reported_to: str, content: str) -> MajorReportView:
        return complaint_duties.report_major(
            self.db, self.user, number, MajorReportFacts(reported_to, content)
        )

    def major_report_pdf(self, number: str) -> bytes:
        return complaint_duties.major_report_pdf(self.db, self.user, number)

    def record_daily_check(
        self, kind: str, check_date: date, checked: str, findings: str, found_items: bool
    ) -> DailyCheckView:
        return complaint_duties.record_daily_check(
            self.db, self.user, kind, check_date, checked, findings, found_items=found_items
        )

    def daily_checks(self, first: date, last: date) -> complaint_duties.DailyCheckPeriod:
        return complaint_duties.daily_checks(self.db, self.user, first, last)

    # -- the work queue: referrals and tasks (issue 7) -------------------------------------------------------
    def tasks(self, everyone: bool = False, assignee_login: str | None = None) -> list[TaskView]:
        everyone = everyone and self.user.role in BRANCH_WIDE  # others only ever see their own
        return inbox.list_tasks(self.db, self.user, everyone=everyone, assignee_login=assignee_login)

    def task_assignees(self) -> list[tuple[str, str]]:
        return inbox.assignees(self.db)

    def complete_task(self, task_id: int, version: int) -> None:
        return inbox.complete(self.db, self.user, task_id, version=version)

    def referral_managers(self) -> list[tuple[str, str]]:
        return referrals.managers(self.db)

    def referral_choices(self) -> tuple[list[tuple[str, str]], list[tuple[str, str, str, str]]]:
        """What the referral form offers: the managers (login, name) and the products on sale today (code, name,
        English name, family), to be ticked by name."""
        products = [
            (p.code, p.name, p.name_en, p.family)
            for p in catalog.list_products(self.db, date.today())
            if p.active and p.on_sale
        ]
        return referrals.managers(self.db), products

    def refer(self, values: dict[str, Any]) -> Referral:
        values = dict(values)
        customer_no = values.pop("customer_no")
        return referrals.create(self.db, self.user, customer_no, **values)

    def cancel_in_cooling_off(self, number: str, refund_account: str) -> tuple[CancellationRecord, bytes]:
        return agreement_cancel.cancel(self.db, self.user, number, refund_account=refund_account or None)

    def record_follow_up_call(self, number: str, outcome: str, note: str) -> str:
        return follow_up_calls.record_call(self.db, self.user, number, outcome, note)

    def referral_outcome(self, task_id: int, outcome: str, version: int) -> Referral:
        return referrals.record_outcome(self.db, self.user, task_id, outcome, version=version)

    def referral_report(self, first: date, last: date) -> ReferralReport:
        """Supervisors see everyone's referrals; others their own (services/referrals.report decides)."""
        return referrals.report(self.db, self.user, first, last)

    # -- performance figures (DOMAIN §9): the service decides whose figures this person may open ----------------
    def performance_scorecard(self, period: Period, staff_login: str | None = None) -> Scorecard:
        return performance.scorecard(self.db, self.user, period, staff_login)

    def performance_drill(
        self,
        figure: Figure,
        period: Period,
        staff_login: str | None = None,
        tier: str = "",
        move: tuple[str, str] | None = None,
    ) -> DrillDown:
        return performance_drill.drill(self.db, self.user, figure, period, staff_login, tier=tier, move=move)

    def performance_staff(self) -> list[tuple[str, str, str]]:
        return performance.staff_choices(self.db, self.user)

    def record_positions(self) -> PositionsRun | None:
        """Today's positions (the daily job): safe to run again, on any station."""
        return positions.record_positions(self.db)

    def performance_report(self, card: Scorecard) -> bytes:
        return build_performance_report(card)

    def performance_workbook(self, card: Scorecard) -> bytes:
        return build_performance_workbook(card)

    def _require(self, role: Role) -> None:
        if self.user.role is not role:
            raise NotPermitted("not_permitted")

    # -- sales plans (DOMAIN §9): the plans dialog; supervisors set and delete, others read their own ------------
    def plans(self, first: date, last: date) -> list[PlanView]:
        return sales_plans.list_plans(self.db, self.user, first, last)

    def set_plan(self, metric: str, period: Period, target_text: str, staff_login: str = "") -> PlanView:
        """The metric code and the target as typed: parsed here (refusals worded), then set or replaced."""
        code = sales_plans.parse_metric(metric)
        return sales_plans.set_plan(
            self.db, self.user, code, period, sales_plans.parse_target(target_text, code), staff_login
        )

    def delete_plan(self, plan_id: int) -> None:
        sales_plans.delete_plan(self.db, self.user, plan_id)

    # -- tier reports (issue 17, DOMAIN §3): managers their book, supervisors the branch -----------------------
    def may_see_tier_reports(self) -> bool:
        return allows(self.user.role, Action.TIER_REPORTS)

    def near_threshold(self) -> tuple[NearThreshold, ...]:
        return tiers.near_threshold(self.db, self.user)

    def concentration_report(self) -> tuple[Concentration, ...]:
        return tiers.concentration_report(self.db, self.user)

    def export_near_threshold(self) -> str:
        return tiers.export_near_threshold(self.db, self.user)

    def manager_names(self) -> dict[str, str]:
        return {login: name for _id, login, name in customer_edit.active_managers(self.db)}

    def reassignment_notices(self, to_login: str) -> tuple[int, bytes]:
        """The written notices for the customers given to `to_login` today (DOMAIN §7.6)."""
        return reassignment_notices.reassignment_notices(self.db, self.user, to_login, date.today())
