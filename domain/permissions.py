"""Who may do what: one table of actions by role (DOMAIN.md §1 rights), read by the services for the GUI and the
command line alike. Screens only hide what a service would refuse anyway.

What the table cannot say alone is checked beside it by the service that knows the record: a customer manager's
own book, the staff member's qualifications for a product family, and that an approver is not the requester.
"""

from __future__ import annotations

from enum import StrEnum

from domain.codes import Role
from domain.errors import NotPermitted
from domain.staff import StaffUser

T, M, S, A = Role.TELLER, Role.MANAGER, Role.SUPERVISOR, Role.ADMIN


class Action(StrEnum):
    CUSTOMER_OPEN = "customer_open"  # search, the 360 profile, `customers show`
    CUSTOMER_REVEAL = "customer_reveal"  # full identifiers, with a reason, audited
    CUSTOMER_EDIT = "customer_edit"  # contact and KYC data (a manager: own book only)
    CONSENT_RECORD = (
        "consent_record"  # the customer gives or withdraws a separate consent, at the counter too
    )
    CUSTOMER_IMPORT = "customer_import"  # customers and holdings files from the core system
    BOOK_REASSIGN = "book_reassign"  # request; a second supervisor approves
    ASSESSMENT_RECORD = "assessment_record"
    SUITABILITY_CHECK = "suitability_check"
    RECOMMEND_VIEW = "recommend_view"
    CALL_PLAN = "call_plan"  # the weekly opportunities list on screen
    PERSONAL_DATA_EXPORT = "personal_data_export"  # customer lists to a file, with a reason (audited)
    AGREEMENT_ISSUE = "agreement_issue"  # plus the product family's sales rules
    AGREEMENT_PRINT_ORIGINAL = "agreement_print_original"
    AGREEMENT_REPRINT = "agreement_reprint"  # request; a supervisor approves
    AGREEMENT_VOID = "agreement_void"  # request; a supervisor approves
    AGREEMENT_ATTACH_SCAN = "agreement_attach_scan"
    AGREEMENT_REVIEW = "agreement_review"  # 复核: a second person, never the issuer (sod_maker_checker)
    AGREEMENT_CANCEL = "agreement_cancel"  # the customer cancels within the cooling-off window (full refund)
    FOLLOW_UP_CALL = "follow_up_call"  # 回访 after the window: never the seller
    RECEIPT_ISSUE = "receipt_issue"
    REFERRAL_CREATE = "referral_create"
    WORK_QUEUE = "work_queue"
    COMPLAINT_REGISTER = "complaint_register"
    COMPLAINT_SUPERVISE = "complaint_supervise"  # assign, close, statistics
    # A major complaint reported upward (DOMAIN §7.7): the complaint officer's duty (投诉/消保专员, §1).
    COMPLAINT_REPORT_MAJOR = "complaint_report_major"
    # The daily check of the opinion book and the online channels: the branch head's duty (网点负责人, §1, §7.7).
    COMPLAINT_DAILY_CHECK = "complaint_daily_check"
    CATALOG_EXPORT = "catalog_export"
    CATALOG_PROPOSE = "catalog_propose"  # a supervisor; an admin only into an empty catalogue
    CATALOG_APPROVE = "catalog_approve"
    CALENDAR_MANAGE = "calendar_manage"
    TIER_RUN = "tier_run"
    TIER_OVERRIDE = "tier_override"
    TIER_REPORTS = "tier_reports"
    FIGURES_VIEW = "figures_view"  # tellers and managers see their own
    PLANS_SET = "plans_set"
    BRANCH_REPORTS = "branch_reports"  # figures across the whole branch: conversion by staff, 80/20
    DAILY_JOBS = "daily_jobs"  # positions snapshot, reminders: normally run at sign-in, by hand a supervisor
    AUDIT_READ = "audit_read"
    CLOSING_SHEET = "closing_sheet"
    STAFF_MANAGE = "staff_manage"  # add, disable, reset a password; unlocking is a request
    STAFF_UNLOCK = "staff_unlock"
    APPROVE = "approve"  # take a second person's decision (which kinds: `approver_roles` below)


PERMITTED: dict[Action, frozenset[Role]] = {
    Action.CUSTOMER_OPEN: frozenset({T, M, S}),
    Action.CUSTOMER_REVEAL: frozenset({T, M, S}),
    Action.CUSTOMER_EDIT: frozenset({M, S}),
    Action.CONSENT_RECORD: frozenset({T, M, S}),
    Action.CUSTOMER_IMPORT: frozenset({S, A}),
    Action.BOOK_REASSIGN: frozenset({S}),
    Action.ASSESSMENT_RECORD: frozenset({T, M, S}),
    Action.SUITABILITY_CHECK: frozenset({T, M, S}),
    Action.RECOMMEND_VIEW: frozenset({T, M, S}),
    Action.CALL_PLAN: frozenset({M, S}),
    Action.PERSONAL_DATA_EXPORT: frozenset({M, S}),  # a manager: own book only
    Action.AGREEMENT_ISSUE: frozenset({T, M, S}),
    Action.AGREEMENT_PRINT_ORIGINAL: frozenset({T, M, S}),
    Action.AGREEMENT_REPRINT: frozenset({T, M, S}),
    Action.AGREEMENT_VOID: frozenset({T, M, S}),
    Action.AGREEMENT_ATTACH_SCAN: frozenset({T, M, S}),
    Action.AGREEMENT_REVIEW: frozenset({S}),  # the operations supervisor checks the counter's documents
    Action.AGREEMENT_CANCEL: frozenset({T, M, S}),
    Action.FOLLOW_UP_CALL: frozenset({M, S}),
    Action.RECEIPT_ISSUE: frozenset({T, M, S}),
    Action.REFERRAL_CREATE: frozenset({T, M, S}),
    Action.WORK_QUEUE: frozenset({T, M, S}),
    Action.COMPLAINT_REGISTER: frozenset({T, M, S}),
    Action.COMPLAINT_SUPERVISE: frozenset({S}),
    Action.COMPLAINT_REPORT_MAJOR: frozenset({S}),  # complaint officer, once the role exists
    Action.COMPLAINT_DAILY_CHECK: frozenset({S}),  # branch head, once the role exists
    Action.CATALOG_EXPORT: frozenset({T, M, S, A}),
    Action.CATALOG_PROPOSE: frozenset({S, A}),
    Action.CATALOG_APPROVE: frozenset({S}),
    Action.CALENDAR_MANAGE: frozenset({A}),
    Action.TIER_RUN: frozenset({S, A}),
    Action.TIER_OVERRIDE: frozenset({S}),
    Action.TIER_REPORTS: frozenset({M, S}),
    Action.FIGURES_VIEW: frozenset({T, M, S, A}),
    Action.PLANS_SET: frozenset({S}),
    Action.BRANCH_REPORTS: frozenset({S}),
    Action.DAILY_JOBS: frozenset({S, A}),
    Action.AUDIT_READ: frozenset({S, A}),
    Action.CLOSING_SHEET: frozenset({S, A}),
    Action.STAFF_MANAGE: frozenset({A}),
    Action.STAFF_UNLOCK: frozenset({A}),
    Action.APPROVE: frozenset({S, A}),
}


def allows(role: Role, action: Action) -> bool:
    return role in PERMITTED[action]


def require(user: StaffUser, action: Action) -> None:
    """Refuse (`not_permitted`) what the user's role may not do."""
    if user.role not in PERMITTED[action]:
        raise NotPermitted("not_permitted", action=action.value)
