"""The cadences the dashboard offers, the names of its reports and the file name an export suggests."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from domain.performance import Scorecard
from domain.periods import Cadence

CADENCES = (
    Cadence.DAY,
    Cadence.WEEK,
    Cadence.XUN,
    Cadence.MONTH,
    Cadence.QUARTER,
    Cadence.YEAR,
    Cadence.CUSTOM,
)


def report_name(cadence: Cadence) -> str:
    return {
        Cadence.DAY: QCoreApplication.translate("PerformanceScreen", "Daily report"),
        Cadence.WEEK: QCoreApplication.translate("PerformanceScreen", "Weekly report"),
        Cadence.XUN: QCoreApplication.translate("PerformanceScreen", "Ten-day report"),
        Cadence.MONTH: QCoreApplication.translate("PerformanceScreen", "Monthly report"),
        Cadence.QUARTER: QCoreApplication.translate("PerformanceScreen", "Quarterly report"),
        Cadence.YEAR: QCoreApplication.translate("PerformanceScreen", "Yearly report"),
        Cadence.CUSTOM: QCoreApplication.translate("PerformanceScreen", "Period report"),
    }[cadence]


def default_file_name(card: Scorecard, performance: str, report: str) -> str:
    """业绩_3101_2026-11_月报.xlsx (业绩_3101_manager1_… for one person)."""
    p = card.period
    if p.cadence is Cadence.DAY:
        when = f"{p.first:%Y-%m-%d}"
    elif p.cadence is Cadence.MONTH:
        when = f"{p.first:%Y-%m}"
    elif p.cadence is Cadence.QUARTER:
        when = f"{p.first.year}-Q{(p.first.month - 1) // 3 + 1}"
    elif p.cadence is Cadence.YEAR:
        when = f"{p.first.year}"
    else:
        when = f"{p.first:%Y%m%d}-{p.last:%Y%m%d}"
    scope = f"{card.branch_code}_{card.scope_login}" if card.scope_login else card.branch_code
    return f"{performance}_{scope}_{when}_{report}.xlsx"
