"""Scorecards built by hand for the report and export tests: a branch month whose parts add up to its totals
(tiers to the book, staff rows to the branch, families to the agreements issued), a manager's book with a
negative deposit growth, and a day with no activity at all."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal

from domain.performance import (
    ActivityFigures,
    BookFigures,
    ComplaintFigures,
    CountRow,
    PlanMetric,
    PlanRow,
    RecommendationRow,
    Scorecard,
    StaffRow,
    TierMove,
    TierRow,
    TrendPoint,
)
from domain.periods import Cadence, Period, period_containing

D = Decimal
BANK = "中国示范银行股份有限公司"
BRANCH_CODE = "0101"
BRANCH_NAME = "北京朝阳支行"
MARCH = Period(Cadence.MONTH, date(2026, 3, 1), date(2026, 3, 31))
GENERATED = datetime(2026, 4, 1, 8, 30, 15)

TIERS = (
    TierRow("T0", 8120, D("162345678.90")),
    TierRow("T1", 2310, D("298765432.10")),
    TierRow("T2", 1402, D("421987654.32")),
    TierRow("T3", 512, D("512345678.91")),
    TierRow("T4", 118, D("298123456.78")),
    TierRow("T5", 24, D("210987654.32")),
)
MOVES = (
    TierMove("T0", "T1", 64),
    TierMove("T1", "T2", 31),
    TierMove("T2", "T3", 12),
    TierMove("T3", "T4", 3),
    TierMove("T1", "T0", 18),
    TierMove("T2", "T1", 9),
    TierMove("T3", "T2", 4),
    TierMove("T4", "T3", 1),
)
DEPOSITS_END = D("609781234.56")
DEPOSIT_GROWTH = D("39793000.00")  # 39,793 ÷ 16,000 万元 → 248.7% of plan (DOMAIN §9)
RECOMMENDATIONS = (
    RecommendationRow("WM2026A01", "稳享添利180天持有期理财产品", 45, 21, 14),
    RecommendationRow("FD0003", "示范稳健债券基金A", 28, 19, 11),
    RecommendationRow("IN1002", "鑫享年金保险（分红型）", 17, 23, 6),
    RecommendationRow("GD0001", "积存金", 9, 7, 4),
)
DECLINES = (
    CountRow("not_interested", "", 22),
    CountRow("no_funds", "", 15),
    CountRow("return_too_low", "", 12),
    CountRow("risk_too_high", "", 9),
    CountRow("has_similar", "", 7),
    CountRow("prefers_other_bank", "", 3),
    CountRow("other", "", 2),
)
AGREEMENTS = (
    CountRow("deposit", "", 56, D("48200000.00")),
    CountRow("wealth", "", 42, D("31560000.00")),
    CountRow("fund", "", 25, D("6120500.00")),
    CountRow("insurance", "", 12, D("3860000.00")),
    CountRow("bond", "", 9, D("2350000.00")),
    CountRow("gold", "", 14, D("986420.50")),
    CountRow("card", "", 31),
    CountRow("ebanking", "", 47),
)
RECEIPTS = (
    CountRow("个人活期存取款", "个人活期存取款", 1245, D("8765432.10")),
    CountRow("定期存款开户", "定期存款开户", 312, D("23456789.00")),
    CountRow("转账汇款", "转账汇款", 876, D("15678901.23")),
    CountRow("挂失补卡", "挂失补卡", 64),
    CountRow("存款证明", "存款证明", 23),
)
# Named staff; the unassigned row takes what is left of the book so the columns add up to the branch.
STAFF = (
    StaffRow("wf001", "王芳", "manager", 3820, D("612345678.12"), D("201234567.89"), 0, 0, 88, 38, 6),
    StaffRow("lm001", "李明", "manager", 3105, D("487654321.09"), D("168765432.10"), 0, 0, 71, 31, 4),
    StaffRow("zw001", "张伟", "manager", 2960, D("402113456.77"), D("142345678.90"), 0, 0, 52, 22, 5),
    StaffRow("zl001", "赵丽", "teller", 0, D("0.00"), D("0.00"), 38, 16, 12, 0, 0),
    StaffRow("cj001", "陈静", "teller", 0, D("0.00"), D("0.00"), 26, 11, 13, 0, 1),
    StaffRow("lyq01", "刘洋", "supervisor", 0, D("0.00"), D("0.00"), 0, 0, 0, 8, 1),
)


def _plan(metric: PlanMetric, target: D, actual: D, period: Period = MARCH) -> PlanRow:
    return PlanRow(metric=metric, first=period.first, last=period.last, target=target, actual=actual)


def _trend(period: Period, as_of: date, start: tuple[int, D, D], end: tuple[int, D, D]) -> tuple:
    """One point per day from the period's first day to `as_of`, moving from `start` to `end` with a wobble;
    the last point is `end` exactly."""
    days = (as_of - period.first).days + 1
    points = []
    for i in range(days):
        day = period.first + timedelta(days=i)
        if i == days - 1:
            customers, aum, deposits = end
        else:
            share = D(i) / D(max(days - 1, 1))
            wobble = D((i * 7919) % 13 - 6) * (end[2] / 4000).quantize(D("0.01"))
            customers = start[0] + round((end[0] - start[0]) * share)
            aum = (start[1] + (end[1] - start[1]) * share + wobble * 2).quantize(D("0.01"))
            deposits = (start[2] + (end[2] - start[2]) * share + wobble).quantize(D("0.01"))
        points.append(TrendPoint(day, customers, aum, deposits))
    return tuple(points)


def branch_card(cadence: Cadence = Cadence.MONTH, **changes: object) -> Scorecard:
    """北京朝阳支行, March 2026, the whole branch: every section filled."""
    period = MARCH if cadence is Cadence.MONTH else period_containing(cadence, date(2026, 3, 31))
    if cadence is Cadence.CUSTOM:
        period = Period(Cadence.CUSTOM, date(2026, 3, 5), date(2026, 3, 31))
    as_of = min(period.last, date(2026, 3, 31))
    customers_end = sum(t.customers for t in TIERS)
    aum_end = sum((t.aum for t in TIERS), D("0.00"))
    named = STAFF
    unassigned = StaffRow(
        "",
        "",
        "",
        customers_end - sum(s.customers for s in named),
        aum_end - sum((s.aum for s in named), D("0.00")),
        DEPOSITS_END - sum((s.deposits for s in named), D("0.00")),
        0,
        0,
        0,
        0,
        0,
    )
    staff = (*named, unassigned)
    deposits_start = DEPOSITS_END - DEPOSIT_GROWTH
    aum_start = D("1861234567.89")
    book = BookFigures(
        customers_start=12312,
        customers_end=customers_end,
        new_customers=186,
        aum_start=aum_start,
        aum_end=aum_end,
        deposits_start=deposits_start,
        deposits_end=DEPOSITS_END,
        deposits_daily_average=D("591234567.89"),
        deposits_year_start=D("540123456.78"),
        deposits_last_year=D("498765432.10"),
        tiers=TIERS,
        moves=MOVES,
        holdings=31842,
        families=24973,
        mid_high_start=2030,
        mid_high_kept=1987,
        contact_due=2170,
        contacted=1846,
        trend=_trend(
            period, as_of, (12312, aum_start, deposits_start), (customers_end, aum_end, DEPOSITS_END)
        ),
    )
    activity = ActivityFigures(
        referrals_made=sum(s.referrals_made for s in staff),
        referrals_made_converted=sum(s.referrals_converted for s in staff),
        referrals_received=64,
        referrals_contacted=58,
        referrals_converted=27,
        recommendations=RECOMMENDATIONS,
        decline_reasons=DECLINES,
        agreements=AGREEMENTS,
        receipts=RECEIPTS,
        receipt_fees=D("3456.50"),
        open_tasks=143,
        overdue_tasks=sum(s.overdue_tasks for s in staff),
    )
    plans = (
        _plan(PlanMetric.DEPOSIT_GROWTH, D("16000000.00"), DEPOSIT_GROWTH),
        _plan(PlanMetric.NEW_CUSTOMERS, D("200"), D("186")),
        _plan(PlanMetric.WEALTH_SALES, D("30000000.00"), D("31560000.00")),
        _plan(PlanMetric.FUND_SALES, D("8000000.00"), D("6120500.00")),
        _plan(PlanMetric.INSURANCE_SALES, D("5000000.00"), D("3860000.00")),
        _plan(PlanMetric.GOLD_SALES, D("1500000.00"), D("986420.50")),
        _plan(PlanMetric.AGREEMENTS, D("220"), D("236")),
        _plan(PlanMetric.REFERRALS_CONVERTED, D("40"), D("27")),
    )
    complaints = ComplaintFigures(
        total=7,
        by_category=(
            CountRow("attitude", "", 3),
            CountRow("error", "", 2),
            CountRow("product", "", 1),
            CountRow("channel", "", 1),
        ),
        by_channel=(
            CountRow("walk_in", "", 3),
            CountRow("phone", "", 2),
            CountRow("online", "", 1),
            CountRow("opinion_book", "", 1),
        ),
        answered=6,
        on_time=6,
        satisfied=4,
        rated=5,
        major=0,
    )
    card = Scorecard(
        bank_name=BANK,
        branch_code=BRANCH_CODE,
        branch_name=BRANCH_NAME,
        period=period,
        as_of=as_of,
        scope_login="",
        scope_name="",
        scope_role="",
        generated_at=GENERATED,
        book=book,
        activity=activity,
        plans=plans,
        complaints=complaints,
        staff=staff,
    )
    return replace(card, **changes) if changes else card


def manager_card() -> Scorecard:
    """李明's book in March: deposits fell, no 同期 figure recorded, one plan without a target."""
    tiers = (
        TierRow("T0", 1980, D("39876543.21")),
        TierRow("T1", 640, D("82345678.90")),
        TierRow("T2", 340, D("101234567.89")),
        TierRow("T3", 118, D("118765432.10")),
        TierRow("T4", 23, D("58765432.10")),
        TierRow("T5", 4, D("86666666.89")),
    )
    customers_end = sum(t.customers for t in tiers)
    aum_end = sum((t.aum for t in tiers), D("0.00"))
    deposits_end = D("168765432.10")
    deposits_start = deposits_end + D("350000.00")
    branch = branch_card()
    book = replace(
        branch.book,
        customers_start=3090,
        customers_end=customers_end,
        new_customers=31,
        aum_start=D("490123456.78"),
        aum_end=aum_end,
        deposits_start=deposits_start,
        deposits_end=deposits_end,
        deposits_daily_average=D("169012345.67"),
        deposits_year_start=D("170000000.00"),
        deposits_last_year=None,
        tiers=tiers,
        moves=(TierMove("T1", "T2", 6), TierMove("T3", "T2", 2)),
        holdings=7890,
        families=6012,
        mid_high_start=482,
        mid_high_kept=476,
        contact_due=505,
        contacted=431,
        trend=_trend(
            MARCH,
            MARCH.last,
            (3090, D("490123456.78"), deposits_start),
            (customers_end, aum_end, deposits_end),
        ),
    )
    activity = replace(
        branch.activity,
        referrals_made=0,
        referrals_made_converted=0,
        referrals_received=21,
        referrals_contacted=19,
        referrals_converted=8,
        recommendations=RECOMMENDATIONS[:2],
        decline_reasons=(CountRow("no_funds", "", 25), CountRow("return_too_low", "", 15)),
        agreements=AGREEMENTS[:3],
        receipts=(),
        receipt_fees=D("0.00"),
        open_tasks=22,
        overdue_tasks=4,
    )
    plans = (
        _plan(PlanMetric.DEPOSIT_GROWTH, D("2000000.00"), D("-350000.00")),  # → −17.5%
        _plan(PlanMetric.NEW_CUSTOMERS, D("40"), D("31")),
        _plan(PlanMetric.FUND_SALES, D("0.00"), D("1200000.00")),  # no target → —
    )
    return replace(
        branch,
        scope_login="lm001",
        scope_name="李明",
        scope_role="manager",
        book=book,
        activity=activity,
        plans=plans,
        complaints=None,
        staff=(),
    )


def teller_card() -> Scorecard:
    """赵丽, a teller: no book; referrals, counter services and her own plan."""
    branch = branch_card()
    activity = replace(
        branch.activity,
        referrals_made=38,
        referrals_made_converted=16,
        referrals_received=0,
        referrals_contacted=0,
        referrals_converted=0,
        recommendations=(),
        decline_reasons=(),
        agreements=(CountRow("card", "", 5), CountRow("ebanking", "", 7)),
        receipts=RECEIPTS[:3],
        receipt_fees=D("1234.50"),
        open_tasks=3,
        overdue_tasks=0,
    )
    return replace(
        branch,
        scope_login="zl001",
        scope_name="赵丽",
        scope_role="teller",
        book=None,
        activity=activity,
        plans=(_plan(PlanMetric.REFERRALS_CONVERTED, D("12"), D("16")),),
        complaints=None,
        staff=(),
    )


def empty_card() -> Scorecard:
    """A branch's first day: nothing recorded, every rate undefined."""
    zero = D("0.00")
    day = Period(Cadence.DAY, date(2026, 3, 2), date(2026, 3, 2))
    return Scorecard(
        bank_name=BANK,
        branch_code=BRANCH_CODE,
        branch_name=BRANCH_NAME,
        period=day,
        as_of=day.last,
        scope_login="",
        scope_name="",
        scope_role="",
        generated_at=datetime(2026, 3, 2, 18, 5, 0),
        book=BookFigures(0, 0, 0, zero, zero, zero, zero, zero, zero, None, (), (), 0, 0, 0, 0, 0, 0, ()),
        activity=ActivityFigures(0, 0, 0, 0, 0, (), (), (), (), zero, 0, 0),
        plans=(),
        complaints=ComplaintFigures(0, (), (), 0, 0, 0, 0, 0),
        staff=(),
    )
