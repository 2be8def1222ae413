"""Chinese words for the codes a performance report (通报) prints: tiers, roles, families and plan metrics are the
app's vocabulary (domain/vocabulary.py, the words the screens show); complaint categories and channels are
domain/complaint_documents.py's, shared with the complaint forms.
"""

from __future__ import annotations

from domain import vocabulary
from domain.complaint_documents import CATEGORY_WORDS, CHANNEL_WORDS
from domain.periods import Cadence, Period

# 日报 … 年报; a period typed by hand is a plain 业绩报表.
CADENCE_TITLES = {
    Cadence.DAY: "日报",
    Cadence.WEEK: "周报",
    Cadence.XUN: "旬报",
    Cadence.MONTH: "月报",
    Cadence.QUARTER: "季报",
    Cadence.YEAR: "年报",
    Cadence.CUSTOM: "业绩报表",
}
ROLE_WORDS = vocabulary.table("role")
TIER_WORDS = vocabulary.table("tier")
FAMILY_WORDS = vocabulary.table("family")
DECLINE_WORDS = {
    "not_interested": "不感兴趣",
    "no_funds": "暂无可用资金",
    "return_too_low": "收益太低",
    "risk_too_high": "客户认为风险太高",
    "has_similar": "已有类似产品",
    "prefers_other_bank": "更倾向于其他银行",
    "other": "其他原因",
}
PLAN_WORDS = vocabulary.table("plan")
COMPLAINT_CATEGORY_WORDS = CATEGORY_WORDS
COMPLAINT_CHANNEL_WORDS = CHANNEL_WORDS
XUN_WORDS = ("上旬", "中旬", "下旬")
WHOLE_BRANCH = "全网点"
UNASSIGNED = "未分配客户经理"


def word(table: dict[str, str], code: str, label: str = "") -> str:
    """The table's word for `code`; else the label the figures carry; else the code itself."""
    return table.get(code) or label or code


def tier_name(tier: str) -> str:
    """`T3 贵宾客户`."""
    return f"{tier} {TIER_WORDS[tier]}" if tier in TIER_WORDS else tier


def scope_words(login: str, name: str, role: str) -> str:
    """全网点, or `李明（客户经理）`."""
    if not login:
        return WHOLE_BRANCH
    return f"{name or login}（{word(ROLE_WORDS, role)}）"


def period_name(period: Period) -> str:
    """2026年3月, 2026年3月上旬, 2026年第1季度, 2026年第10周, 2026年度, 2026年3月2日; "" for a custom period."""
    first = period.first
    if period.cadence is Cadence.DAY:
        return f"{first.year}年{first.month}月{first.day}日"
    if period.cadence is Cadence.WEEK:
        year, week, _ = first.isocalendar()
        return f"{year}年第{week}周"
    if period.cadence is Cadence.XUN:
        return f"{first.year}年{first.month}月{XUN_WORDS[min(first.day // 10, 2)]}"
    if period.cadence is Cadence.MONTH:
        return f"{first.year}年{first.month}月"
    if period.cadence is Cadence.QUARTER:
        return f"{first.year}年第{(first.month - 1) // 3 + 1}季度"
    if period.cadence is Cadence.YEAR:
        return f"{first.year}年度"
    return ""
