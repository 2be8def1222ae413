"""The other posts of DOMAIN §1 at the service layer, called directly (no screen in between): what each may do,
and that what it may not is refused there, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from domain.codes import Role
from domain.complaint_flow import ClosingFacts
from domain.errors import DomainError, NotPermitted, NotYours, SeparationOfDuties
from domain.inbox import SHARED_QUEUE_KINDS
from domain.performance import PlanMetric
from domain.periods import custom_period
from domain.permissions import APPROVER_ROLES, PERMITTED, Action, allows
from domain.sales import seller_findings
from services import (
    agreement_archive,
    agreement_review,
    agreements,
    approvals,
    assessments,
    audit_trail,
    complaint_views,
    complaints,
    customer_edit,
    customer_search,
    customers,
    inbox,
    overview,
    performance,
    profile,
    referrals,
    sales_plans,
)
from services.staff import user_by_login
from tests.factories import OTHER_LOGINS, add_other_roles
from tests.services.test_agreements import NOW, ZHANG, issue_wm, shop

LI = "C0000000002"  # nobody's customer
L, W, C, H = Role.LOBBY_MANAGER, Role.WEALTH_MANAGER, Role.COMPLAINT_OFFICER, Role.BRANCH_HEAD
REPORT = ClosingFacts("同意", "属实", "批评教育", "培训", "satisfied", "")


@pytest.fixture
def branch(db):
    shop(db)
    add_other_roles(db)
    return db


def who(db, role: Role):
    return user_by_login(db, OTHER_LOGINS[role])


def refused(kind: type[DomainError], call, *args, **kwargs) -> DomainError:
    with pytest.raises(kind) as caught:
        call(*args, **kwargs)
    return caught.value


# -- the table itself: DOMAIN §1's rights, row by row -------------------------------------------------------------


@pytest.mark.parametrize(
    ("action", "allowed", "denied"),
    [
        (Action.CUSTOMER_OPEN, {L, W, C, H}, set()),
        (Action.CUSTOMER_REVEAL, {L, W, H}, {C}),  # the complaint officer: the complainant only
        (Action.CUSTOMER_EDIT, {W, H}, {L, C}),
        (Action.ASSESSMENT_RECORD, {W}, {L, C, H}),  # questionnaire / sale: CM and wealth manager only
        (Action.AGREEMENT_ISSUE, {W}, {L, C, H}),
        (Action.AGREEMENT_PRINT_ORIGINAL, {W}, {L, C, H}),
        (Action.AGREEMENT_REVIEW, set(), {L, W, C, H}),  # the operations supervisor's 复核
        (Action.REFERRAL_CREATE, {L, W, C, H}, set()),
        (Action.COMPLAINT_REGISTER, {L, W, C, H}, set()),
        (Action.COMPLAINT_SUPERVISE, {C, H}, {L, W}),
        (Action.BOOK_REASSIGN, {H}, {L, W, C}),
        (Action.BRANCH_REPORTS, {H}, {L, W, C}),
        (Action.PLANS_SET, {H}, {L, W, C}),
        (Action.AUDIT_READ, {H}, {L, W, C}),
        (Action.APPROVE, {H}, {L, W, C}),
        (Action.FIGURES_VIEW, {L, W, H}, {C}),  # the complaint officer's figures are complaint statistics
        (Action.STAFF_MANAGE, set(), {L, W, C, H}),
    ],
)
def test_the_table_gives_each_role_its_rights(action, allowed, denied):
    assert all(allows(role, action) for role in allowed), action
    assert not any(allows(role, action) for role in denied), action


def test_the_branch_head_approves_reprints_and_reassignments_but_not_voids():
    assert H in APPROVER_ROLES[approvals.Kind.AGREEMENT_REPRINT]
    assert H in APPROVER_ROLES[approvals.Kind.BOOK_REASSIGN]
    assert H not in APPROVER_ROLES[approvals.Kind.AGREEMENT_VOID]  # reversals: the operations supervisor
    assert not any({L, W, C} & roles for roles in APPROVER_ROLES.values())
    assert Role.ADMIN not in PERMITTED[Action.CUSTOMER_OPEN]


# -- the lobby manager: triage and referral, customers masked, no sales -------------------------------------------


def test_the_lobby_manager_refers_and_registers_but_never_edits_or_sells(branch):
    lobby = who(branch, L)
    seen = profile.load_profile(branch, lobby, ZHANG, NOW.date(), now=NOW)
    assert seen.tier and seen.holdings == () and seen.agreements == ()  # the tier only (DOMAIN §1)
    assert seen.annual_income is None and not seen.may_edit and not seen.may_reassign
    referral = referrals.create(branch, lobby, LI, reason="stated_need", to_login="wealth1", now=NOW)
    assert referral.manager_login == "wealth1"  # premium customers go to a wealth manager
    case = complaints.register(
        branch, lobby, channel="walk_in", category="attitude", content="排队太久", complainant_name="王小明",
        received_at=NOW, now=NOW,
    )  # fmt: skip
    assert case.registered_by == lobby.name  # 首问负责制: the first receiver of a walk-in complaint
    period = custom_period(date(2026, 11, 1), date(2026, 11, 30))
    card = performance.scorecard(branch, lobby, period, today=NOW.date(), now=NOW)
    assert card.scope_login == "lobby1" and card.book is None  # like a teller: no book, the referrals made
    home = overview.home_summary(branch, lobby, NOW.date())
    assert (
        home.customers == 2 and home.aum == 0 and home.upcoming == ()
    )  # no balances, not even on the home page
    refused(NotPermitted, customer_edit.update_customer, branch, lobby, ZHANG, 1, {"address": "上海"})
    refused(NotPermitted, assessments.start_assessment, branch, lobby, ZHANG, NOW.date())
    refused(NotPermitted, agreements.issue, branch, lobby, ZHANG, "TD-X", Decimal("100010"), "1Y", now=NOW)
    refused(NotPermitted, complaints.assign, branch, lobby, case.number, "manager1", now=NOW)


# -- the wealth manager: a customer manager with a book and qualifications ---------------------------------------


def test_the_wealth_manager_receives_a_book_and_edits_only_it(branch):
    wealth, head = who(branch, W), who(branch, H)
    supervisor = user_by_login(branch, "supervisor1")
    assert wealth.id in [m[0] for m in customer_edit.active_managers(branch)]
    pending = customer_edit.reassign_customer(branch, supervisor, LI, 1, wealth.id, now=NOW)
    approvals.approve(branch, head, pending.approval_id, now=NOW)  # the branch head approves a reassignment
    assert [hit.customer_no for hit in customer_search.search_customers(branch, wealth, "")] == [LI]
    version = profile.load_profile(branch, wealth, LI, NOW.date(), now=NOW).version
    customer_edit.update_customer(branch, wealth, LI, version, {"address": "上海市徐汇区"})
    zhang = profile.load_profile(branch, wealth, ZHANG, NOW.date(), now=NOW)  # manager1's: read-only
    assert not zhang.may_edit
    refused(
        NotPermitted, customer_edit.update_customer, branch, wealth, ZHANG, zhang.version, {"address": "x"}
    )


def test_the_wealth_manager_sells_investment_products_with_the_familys_qualification():
    assert seller_findings(W, frozenset({"fund"}), "fund", True) == ()
    assert [f.code for f in seller_findings(W, frozenset(), "fund", True)] == ["seller_not_qualified"]
    for role in (L, C, H):
        assert [f.code for f in seller_findings(role, frozenset({"fund"}), "deposit", False)] == [
            "role_not_permitted_for_product"
        ]


def test_the_wealth_manager_issues_an_agreement(branch):
    issued = agreements.issue(
        branch, who(branch, W), ZHANG, "TD-X", Decimal("100010"), "1Y", now=NOW, station="T03"
    )
    assert issued.number


# -- the complaint officer: the register, not the customers' money ----------------------------------------------


def test_the_complaint_officer_assigns_and_closes_but_sees_no_holdings_and_reveals_nothing(branch):
    officer, teller = who(branch, C), user_by_login(branch, "teller1")
    case = complaints.register(
        branch, teller, channel="phone", category="attitude", content="态度差", complainant_name="王小明",
        complainant_phone="13812345678", subject_login="teller1", received_at=NOW, now=NOW,
    )  # fmt: skip
    officer_view = complaint_views.show(branch, officer, case.number, today=NOW.date())
    assert officer_view.identity_visible  # the officer sees the complainant (DOMAIN §7.7 confidentiality)
    complaints.assign(branch, officer, case.number, "manager1", now=NOW)
    handler = user_by_login(branch, "manager1")
    complaints.start_handling(branch, handler, case.number, now=NOW)
    complaints.record_reply(branch, handler, case.number, "已致歉", now=NOW)
    assert complaints.close(branch, officer, case.number, REPORT, now=NOW).status == "closed"
    stats = complaint_views.statistics(branch, officer, date(2026, 11, 1), date(2026, 11, 30))
    assert stats.total == 1
    seen = profile.load_profile(branch, officer, ZHANG, NOW.date(), now=NOW)
    assert seen.holdings == () and not seen.may_edit
    refused(NotPermitted, customers.reveal_logged, branch, ZHANG, officer, "verify_customer_present")
    refused(NotPermitted, agreements.issue, branch, officer, ZHANG, "TD-X", Decimal("100010"), "1Y", now=NOW)
    period = custom_period(date(2026, 11, 1), date(2026, 11, 30))
    refused(NotYours, performance.scorecard, branch, officer, period, today=NOW.date(), now=NOW)


def test_the_complaint_officer_finds_the_registers_unassigned_tasks_in_their_queue_and_no_others(branch):
    officer, teller, head = who(branch, C), user_by_login(branch, "teller1"), who(branch, H)
    major = complaints.register(
        branch, teller, channel="walk_in", category="product", content="理财亏损", complainant_name="王小明",
        complainant_phone="13812345678", amount=Decimal("80000.00"), received_at=NOW, now=NOW,
    )  # fmt: skip
    kinds = {t.kind for t in inbox.list_tasks(branch, officer, today=NOW.date())}
    assert "complaint_major_report" in kinds  # the officer reports upward: the task is in their queue
    assert not kinds - SHARED_QUEUE_KINDS[C]  # and only the register's tasks, not the branch's others
    assert "complaint_major_report" not in {
        t.kind for t in inbox.list_tasks(branch, teller, today=NOW.date())
    }
    assert major.number in {
        t.title for t in inbox.list_tasks(branch, head, today=NOW.date())
    }  # still the head's


# -- the branch head: the branch's figures, plans, approvals and audit; no counter work --------------------------


def test_the_branch_head_sees_the_branch_sets_plans_reads_the_audit_and_approves(branch):
    head, manager = who(branch, H), user_by_login(branch, "manager1")
    assert {login for login, _n, _r in performance.staff_choices(branch, head)} >= {"manager1", "teller1"}
    period = custom_period(date(2026, 11, 1), date(2026, 11, 30))
    plan = sales_plans.set_plan(branch, head, PlanMetric.NEW_CUSTOMERS, period, Decimal(10), now=NOW)
    assert plan.target == 10
    assert audit_trail.entries(branch, head, limit=5)
    issued = issue_wm(branch)
    pending = agreement_archive.request_reprint(branch, manager, issued.number, now=NOW)
    assert approvals.approve(branch, head, pending.approval_id, now=NOW).status == "approved"
    void = agreement_archive.request_void(branch, manager, issued.number, "客户要求撤销", now=NOW)
    refused(NotPermitted, approvals.approve, branch, head, void.approval_id, now=NOW)
    refused(NotPermitted, agreement_review.review, branch, head, issued.number, now=NOW)
    refused(NotPermitted, agreements.issue, branch, head, ZHANG, "TD-X", Decimal("100010"), "1Y", now=NOW)
    refused(NotPermitted, assessments.start_assessment, branch, head, ZHANG, NOW.date())


def test_the_branch_head_never_approves_their_own_request(branch):
    head = who(branch, H)
    pending = customer_edit.reassign_customer(branch, head, LI, 1, who(branch, W).id, now=NOW)
    error = refused(SeparationOfDuties, approvals.approve, branch, head, pending.approval_id, now=NOW)
    assert error.code == "approval_same_person"
