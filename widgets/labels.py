"""Words for codes shown on screens (roles, tiers, families...), in the current language."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from domain.money import format_yuan

LANGUAGES = ("zh_CN", "zh_TW", "en")  # Simplified Chinese first: the default
DEFAULT_LANGUAGE = "zh_CN"

_LABELS = {
    "role.teller": QT_TRANSLATE_NOOP("Labels", "Teller"),
    "role.manager": QT_TRANSLATE_NOOP("Labels", "Customer manager"),
    "role.supervisor": QT_TRANSLATE_NOOP("Labels", "Supervisor"),
    "role.admin": QT_TRANSLATE_NOOP("Labels", "Administrator"),
    "tier.T0": QT_TRANSLATE_NOOP("Labels", "Mass"),
    "tier.T1": QT_TRANSLATE_NOOP("Labels", "Potential"),
    "tier.T2": QT_TRANSLATE_NOOP("Labels", "Premium"),
    "tier.T3": QT_TRANSLATE_NOOP("Labels", "VIP"),
    "tier.T4": QT_TRANSLATE_NOOP("Labels", "Wealth"),
    "tier.T5": QT_TRANSLATE_NOOP("Labels", "Private banking"),
    "gender.M": QT_TRANSLATE_NOOP("Labels", "Male"),
    "gender.F": QT_TRANSLATE_NOOP("Labels", "Female"),
    "family.deposit": QT_TRANSLATE_NOOP("Labels", "Deposits"),
    "family.wealth": QT_TRANSLATE_NOOP("Labels", "Wealth management"),
    "family.fund": QT_TRANSLATE_NOOP("Labels", "Funds"),
    "family.insurance": QT_TRANSLATE_NOOP("Labels", "Insurance"),
    "family.bond": QT_TRANSLATE_NOOP("Labels", "Bonds"),
    "family.gold": QT_TRANSLATE_NOOP("Labels", "Gold"),
    "family.fx": QT_TRANSLATE_NOOP("Labels", "Foreign exchange"),
    "family.card": QT_TRANSLATE_NOOP("Labels", "Cards"),
    "family.ebanking": QT_TRANSLATE_NOOP("Labels", "E-banking"),
    "family.loan": QT_TRANSLATE_NOOP("Labels", "Loans"),
    "family.service": QT_TRANSLATE_NOOP("Labels", "Services"),
    "family.bundle": QT_TRANSLATE_NOOP("Labels", "Bundles"),
    "id_type.RESIDENT_ID": QT_TRANSLATE_NOOP("Labels", "Resident ID card"),
    "id_type.PASSPORT": QT_TRANSLATE_NOOP("Labels", "Passport"),
    "id_type.HK_MO_PERMIT": QT_TRANSLATE_NOOP("Labels", "HK/Macao permit"),
    "id_type.TW_PERMIT": QT_TRANSLATE_NOOP("Labels", "Taiwan permit"),
    "id_type.FOREIGN_PR": QT_TRANSLATE_NOOP("Labels", "Foreign permanent resident ID"),
    "status.active": QT_TRANSLATE_NOOP("Labels", "Active"),
    "status.closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    "grade.C1": QT_TRANSLATE_NOOP("Labels", "Conservative"),
    "grade.C2": QT_TRANSLATE_NOOP("Labels", "Moderately conservative"),
    "grade.C3": QT_TRANSLATE_NOOP("Labels", "Balanced"),
    "grade.C4": QT_TRANSLATE_NOOP("Labels", "Growth"),
    "grade.C5": QT_TRANSLATE_NOOP("Labels", "Aggressive"),
    "channel.branch": QT_TRANSLATE_NOOP("Labels", "At the branch"),
    "channel.online": QT_TRANSLATE_NOOP("Labels", "Online"),
    "lang.zh_CN": QT_TRANSLATE_NOOP("Labels", "Simplified Chinese"),
    "lang.zh_TW": QT_TRANSLATE_NOOP("Labels", "Traditional Chinese"),
    "lang.en": QT_TRANSLATE_NOOP("Labels", "English"),
    "cadence.day": QT_TRANSLATE_NOOP("Labels", "Day"),
    "cadence.week": QT_TRANSLATE_NOOP("Labels", "Week"),
    "cadence.xun": QT_TRANSLATE_NOOP("Labels", "Ten days (xun)"),
    "cadence.month": QT_TRANSLATE_NOOP("Labels", "Month"),
    "cadence.quarter": QT_TRANSLATE_NOOP("Labels", "Quarter"),
    "cadence.year": QT_TRANSLATE_NOOP("Labels", "Year"),
    "cadence.custom": QT_TRANSLATE_NOOP("Labels", "From-to"),
    "plan.deposit_growth": QT_TRANSLATE_NOOP("Labels", "Deposit growth"),
    "plan.new_customers": QT_TRANSLATE_NOOP("Labels", "New customers"),
    "plan.wealth_sales": QT_TRANSLATE_NOOP("Labels", "Wealth management sales"),
    "plan.fund_sales": QT_TRANSLATE_NOOP("Labels", "Fund sales"),
    "plan.insurance_sales": QT_TRANSLATE_NOOP("Labels", "Insurance sales"),
    "plan.gold_sales": QT_TRANSLATE_NOOP("Labels", "Gold sales"),
    "plan.agreements": QT_TRANSLATE_NOOP("Labels", "Agreements signed"),
    "plan.referrals_converted": QT_TRANSLATE_NOOP("Labels", "Referrals converted"),
}


def label(kind: str, code: str | None) -> str:
    if not code:
        return ""
    source = _LABELS.get(f"{kind}.{code}")
    return QCoreApplication.translate("Labels", source) if source else code


def money(amount: Decimal | None) -> str:
    return "" if amount is None else format_yuan(amount)


def day(value: date | None) -> str:
    return "" if value is None else value.isoformat()


def rate(value: Decimal | None) -> str:
    return "" if value is None else f"{(value * 100).normalize():f}%"


def whole_number(value: int) -> str:
    return QLocale().toString(value)
