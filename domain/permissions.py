"""Who may do what: one table of actions by role (DOMAIN.md §1 rights), read by the services for the GUI and the
command line alike. Screens only hide what a service would refuse anyway.

What the table cannot say alone is checked beside it by the service that knows the record: a customer manager's
own book, the staff member's qualifications for a product family, and that an approver is not the requester.
"""

from __future__ import annotations

from enum import StrEnum

from domain.approvals import Kind
from domain.codes import Role
from domain.errors import NotPermitted
from domain.staff import StaffUser

T, M, S, A = Role.TELLER, Role.MANAGER, Role.SUPERVISOR, Role.ADMIN
L, W, C, H = Role.LOBBY_MANAGER, Role.WEALTH_MANAGER, Role.COMPLAINT_OFFICER, Role.BRANCH_HEAD
STAFF = frozenset({T, M, S, L, W, C, H})  # everyone who serves customers (not the administrator)

# Roles that own a book (管户): their customers' private data, edits and figures are their own book only.
BOOK_HOLDERS = frozenset({M, W})
# Roles without a book whose figures are the customers they refer (the counter and the lobby).
REFERRING_ROLES = frozenset({T, L})
# Roles that see across the branch (DOMAIN §1 "Supervisor / head"): every customer, everyone's figures and tasks.
BRANCH_WIDE = frozenset({S, H})
# Roles that see a customer's holdings and private data beyond the counter (DOMAIN §1 rights: the lobby manager
# sees the tier only, the complaint officer no holdings).
HOLDINGS_VISIBLE = frozenset({T, M, W, S, H})


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


# DOMAIN §1 rights, column by column. The lobby manager triages and refers (customers masked, no sales, no
# edits); the wealth manager is a customer manager for premium tiers; the complaint officer keeps the complaint
# register (customers read-only and masked, no sales); the branch head sees and approves across the branch but
# neither sells nor prints (DOMAIN: "approve overrides", "approve reprints") nor does the operations review.
PERMITTED: dict[Action, frozenset[Role]] = {
    Action.CUSTOMER_OPEN: STAFF,
    Action.CUSTOMER_REVEAL: frozenset({T, M, S, L, W, H}),  # the complaint officer: the complainant only
    Action.CUSTOMER_EDIT: frozenset({M, S, W, H}),
    Action.CONSENT_RECORD: frozenset({T, M, S, W, H}),
    Action.CUSTOMER_IMPORT: frozenset({S, A}),
    Action.BOOK_REASSIGN: frozenset({S, H}),
    Action.ASSESSMENT_RECORD: frozenset({T, M, S, W}),
    Action.SUITABILITY_CHECK: frozenset({T, M, S, W}),
    Action.RECOMMEND_VIEW: frozenset({T, M, S, W, L}),  # the lobby: what suits, to route and refer (§7.1)
    Action.CALL_PLAN: frozenset({M, S, W, H}),
    Action.PERSONAL_DATA_EXPORT: frozenset({M, S, W, H}),  # a manager: own book only
    Action.AGREEMENT_ISSUE: frozenset({T, M, S, W}),
    Action.AGREEMENT_PRINT_ORIGINAL: frozenset({T, M, S, W}),
    Action.AGREEMENT_REPRINT: frozenset({T, M, S, W}),
    Action.AGREEMENT_VOID: frozenset({T, M, S, W}),
    Action.AGREEMENT_ATTACH_SCAN: frozenset({T, M, S, W}),
    Action.AGREEMENT_REVIEW: frozenset({S}),  # the operations supervisor checks the counter's documents
    Action.AGREEMENT_CANCEL: frozenset({T, M, S, W}),
    Action.FOLLOW_UP_CALL: frozenset({M, S, W}),
    Action.RECEIPT_ISSUE: frozenset({T, M, S, W}),
    Action.REFERRAL_CREATE: STAFF,
    Action.WORK_QUEUE: STAFF,
    Action.COMPLAINT_REGISTER: STAFF,
    Action.COMPLAINT_SUPERVISE: frozenset({S, C, H}),  # the head signs off overdue cases (DOMAIN §1)
    Action.COMPLAINT_REPORT_MAJOR: frozenset(
        {S, C, H}
    ),  # the complaint officer reports; supervisors and the head too
    Action.COMPLAINT_DAILY_CHECK: frozenset(
        {S, H}
    ),  # the branch head's daily opinion-book and online checks (DOMAIN §1)
    Action.CATALOG_EXPORT: STAFF | {A},
    Action.CATALOG_PROPOSE: frozenset({S, A}),
    Action.CATALOG_APPROVE: frozenset({S}),
    Action.CALENDAR_MANAGE: frozenset({A}),
    Action.TIER_RUN: frozenset({S, A}),
    Action.TIER_OVERRIDE: frozenset({S}),
    Action.TIER_REPORTS: frozenset({M, S, W, H}),
    Action.FIGURES_VIEW: frozenset({T, M, S, A, L, W, H}),  # the complaint officer's figures are complaints
    Action.PLANS_SET: frozenset({S, H}),
    Action.BRANCH_REPORTS: frozenset({S, H}),
    Action.DAILY_JOBS: frozenset({S, A}),
    Action.AUDIT_READ: frozenset({S, A, H}),
    Action.CLOSING_SHEET: frozenset({S, A, H}),
    Action.STAFF_MANAGE: frozenset({A}),
    Action.STAFF_UNLOCK: frozenset({A}),
    Action.APPROVE: frozenset({S, A, H}),
}


# Who takes a second person's decision of each kind (never the requester: services/approvals.py). The branch head
# approves reprints and reassignments beside the supervisor (DOMAIN §1 "approve reprints", "reassign"); voids are
# operations reversals, the operations supervisor's; unlocking is the administrators' and supervisors'.
APPROVER_ROLES: dict[Kind, frozenset[Role]] = {
    Kind.AGREEMENT_VOID: frozenset({S}),
    Kind.AGREEMENT_REPRINT: frozenset({S, H}),
    Kind.BOOK_REASSIGN: frozenset({S, H}),
    Kind.STAFF_UNLOCK: frozenset({S, A}),
    Kind.CATALOG_CHANGE: frozenset({S}),
}


def allows(role: Role, action: Action) -> bool:
    return role in PERMITTED[action]


def require(user: StaffUser, action: Action) -> None:
    """Refuse (`not_permitted`) what the user's role may not do."""
    if user.role not in PERMITTED[action]:
        raise NotPermitted("not_permitted", action=action.value)
