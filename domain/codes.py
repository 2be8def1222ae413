"""Closed sets of codes shared by storage, rules and screens. Values are what the database stores."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """The posts of DOMAIN §1 the app signs in (a CM assistant enters data as a teller would)."""

    TELLER = "teller"
    MANAGER = "manager"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"
    LOBBY_MANAGER = "lobby_manager"  # 大堂经理: triage, referrals, first receiver of walk-in complaints
    WEALTH_MANAGER = "wealth_manager"  # 理财经理: a customer manager for premium tiers, qualified to sell
    COMPLAINT_OFFICER = "complaint_officer"  # 投诉/消保专员: the register, slips, deadlines, statistics
    BRANCH_HEAD = "branch_head"  # 网点负责人: the outlet's results, sign-offs, the audit


class IdType(StrEnum):
    RESIDENT_ID = "RESIDENT_ID"
    PASSPORT = "PASSPORT"
    HK_MO_PERMIT = "HK_MO_PERMIT"
    TW_PERMIT = "TW_PERMIT"
    FOREIGN_PR = "FOREIGN_PR"


class Gender(StrEnum):
    MALE = "M"
    FEMALE = "F"


class RiskGrade(StrEnum):
    C1 = "C1"
    C2 = "C2"
    C3 = "C3"
    C4 = "C4"
    C5 = "C5"


class AssessmentChannel(StrEnum):
    BRANCH = "branch"
    ONLINE = "online"


class CivilCapacity(StrEnum):
    FULL = "full"
    LIMITED = "limited"
    NONE = "none"


class KycStatus(StrEnum):
    VERIFIED = "verified"
    PENDING = "pending"
    RE_IDENTIFICATION_REQUIRED = "re_identification_required"
    REFUSED = "refused"
    TERMINATED = "terminated"


class AmlRisk(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Tier(StrEnum):
    T0 = "T0"
    T1 = "T1"
    T2 = "T2"
    T3 = "T3"
    T4 = "T4"
    T5 = "T5"


class ProductFamily(StrEnum):
    DEPOSIT = "deposit"
    WEALTH = "wealth"
    FUND = "fund"
    INSURANCE = "insurance"
    BOND = "bond"
    GOLD = "gold"
    FX = "fx"
    CARD = "card"
    EBANKING = "ebanking"
    LOAN = "loan"
    SERVICE = "service"
    BUNDLE = "bundle"


class HoldingStatus(StrEnum):
    ACTIVE = "active"
    CLOSED = "closed"


class InteractionChannel(StrEnum):
    COUNTER = "counter"
    PHONE = "phone"
    VISIT = "visit"
    MESSAGE = "message"
    WECHAT = "wechat"


class HouseholdRelation(StrEnum):
    HEAD = "head"
    SPOUSE = "spouse"
    CHILD = "child"
    PARENT = "parent"
    OTHER = "other"
