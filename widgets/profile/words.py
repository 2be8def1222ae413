"""Words for the codes the profile shows (context "Profile"); an unknown code shows as itself."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_WORDS = {
    "kyc.verified": QT_TRANSLATE_NOOP("Profile", "Verified"),
    "kyc.pending": QT_TRANSLATE_NOOP("Profile", "Pending"),
    "kyc.re_identification_required": QT_TRANSLATE_NOOP("Profile", "Re-identification required"),
    "kyc.refused": QT_TRANSLATE_NOOP("Profile", "Refused"),
    "kyc.terminated": QT_TRANSLATE_NOOP("Profile", "Relationship terminated"),
    "aml.low": QT_TRANSLATE_NOOP("Profile", "Low"),
    "aml.medium": QT_TRANSLATE_NOOP("Profile", "Medium"),
    "aml.high": QT_TRANSLATE_NOOP("Profile", "High"),
    "capacity.full": QT_TRANSLATE_NOOP("Profile", "Full capacity"),
    "capacity.limited": QT_TRANSLATE_NOOP("Profile", "Limited capacity"),
    "capacity.none": QT_TRANSLATE_NOOP("Profile", "No capacity"),
    "stage.minor": QT_TRANSLATE_NOOP("Profile", "Minor"),
    "stage.young": QT_TRANSLATE_NOOP("Profile", "Young"),
    "stage.middle": QT_TRANSLATE_NOOP("Profile", "Middle-aged"),
    "stage.senior": QT_TRANSLATE_NOOP("Profile", "Senior"),
    "relation.head": QT_TRANSLATE_NOOP("Profile", "Head of household"),
    "relation.spouse": QT_TRANSLATE_NOOP("Profile", "Spouse"),
    "relation.child": QT_TRANSLATE_NOOP("Profile", "Child"),
    "relation.parent": QT_TRANSLATE_NOOP("Profile", "Parent"),
    "relation.other": QT_TRANSLATE_NOOP("Profile", "Other relative"),
    "channel.counter": QT_TRANSLATE_NOOP("Profile", "Counter"),
    "channel.phone": QT_TRANSLATE_NOOP("Profile", "Phone call"),
    "channel.visit": QT_TRANSLATE_NOOP("Profile", "Visit"),
    "channel.message": QT_TRANSLATE_NOOP("Profile", "Text message"),
    "channel.wechat": QT_TRANSLATE_NOOP("Profile", "WeChat"),
    "channel.branch": QT_TRANSLATE_NOOP("Profile", "At the branch"),
    "channel.online": QT_TRANSLATE_NOOP("Profile", "Online"),
    "purpose.service_follow_up": QT_TRANSLATE_NOOP("Profile", "Service follow-up"),
    "purpose.maturity_reminder": QT_TRANSLATE_NOOP("Profile", "Maturity reminder"),
    "purpose.product_introduction": QT_TRANSLATE_NOOP("Profile", "Product introduction"),
    "purpose.kyc_update": QT_TRANSLATE_NOOP("Profile", "Update of customer data"),
    "purpose.risk_reassessment": QT_TRANSLATE_NOOP("Profile", "Risk re-assessment"),
    "purpose.vip_signing": QT_TRANSLATE_NOOP("Profile", "VIP signing"),
    "purpose.birthday_greeting": QT_TRANSLATE_NOOP("Profile", "Birthday greeting"),
    "purpose.other": QT_TRANSLATE_NOOP("Profile", "Other"),
    "outcome.reached": QT_TRANSLATE_NOOP("Profile", "Reached"),
    "outcome.appointment_made": QT_TRANSLATE_NOOP("Profile", "Appointment made"),
    "outcome.no_answer": QT_TRANSLATE_NOOP("Profile", "No answer"),
    "outcome.interested": QT_TRANSLATE_NOOP("Profile", "Interested"),
    "outcome.declined": QT_TRANSLATE_NOOP("Profile", "Declined"),
    "task.open": QT_TRANSLATE_NOOP("Profile", "Open"),
    "task.done": QT_TRANSLATE_NOOP("Profile", "Done"),
    "task.cancelled": QT_TRANSLATE_NOOP("Profile", "Cancelled"),
    "task_kind.reassignment_contact": QT_TRANSLATE_NOOP(
        "Profile", "Tell the customer about the new manager (orally and in writing); contact within one month"
    ),
    # The work queue's kinds (issue 7; same words as the inbox).
    "task_kind.referral": QT_TRANSLATE_NOOP("Profile", "Referral"),
    "task_kind.maturity": QT_TRANSLATE_NOOP("Profile", "Maturity reminder"),
    "task_kind.assessment_expiry": QT_TRANSLATE_NOOP("Profile", "Risk assessment expiring"),
    "task_kind.id_expiry": QT_TRANSLATE_NOOP("Profile", "ID document expiring"),
    "task_kind.birthday": QT_TRANSLATE_NOOP("Profile", "Birthday"),
    "task_kind.complaint_deadline": QT_TRANSLATE_NOOP("Profile", "Complaint deadline"),
    "complaint.registered": QT_TRANSLATE_NOOP("Profile", "Registered"),
    "complaint.in_progress": QT_TRANSLATE_NOOP("Profile", "In progress"),
    "complaint.closed": QT_TRANSLATE_NOOP("Profile", "Closed"),
    "consent.marketing": QT_TRANSLATE_NOOP("Profile", "Marketing"),
    "consent.sensitive": QT_TRANSLATE_NOOP("Profile", "Sensitive data"),
    "consent.third_party": QT_TRANSLATE_NOOP("Profile", "Sharing with third parties"),
    "consent.cross_border": QT_TRANSLATE_NOOP("Profile", "Cross-border transfer"),
    "action.customer_updated": QT_TRANSLATE_NOOP("Profile", "Edited"),
    "action.customer_reassigned": QT_TRANSLATE_NOOP("Profile", "Reassigned"),
    "field.name": QT_TRANSLATE_NOOP("Profile", "Name"),
    "field.phone": QT_TRANSLATE_NOOP("Profile", "Mobile"),
    "field.email": QT_TRANSLATE_NOOP("Profile", "Email"),
    "field.address": QT_TRANSLATE_NOOP("Profile", "Address"),
    "field.occupation": QT_TRANSLATE_NOOP("Profile", "Occupation"),
    "field.employer": QT_TRANSLATE_NOOP("Profile", "Employer"),
    "field.annual_income": QT_TRANSLATE_NOOP("Profile", "Annual income (yuan)"),
    "field.id_number": QT_TRANSLATE_NOOP("Profile", "ID number"),
    "field.id_expiry": QT_TRANSLATE_NOOP("Profile", "ID valid until"),
    "field.civil_capacity": QT_TRANSLATE_NOOP("Profile", "Civil capacity"),
    "field.qualified_investor": QT_TRANSLATE_NOOP("Profile", "Qualified investor"),
    "field.qualified_until": QT_TRANSLATE_NOOP("Profile", "Qualified until"),
    "field.kyc_status": QT_TRANSLATE_NOOP("Profile", "Due diligence"),
    "field.aml_risk": QT_TRANSLATE_NOOP("Profile", "AML risk level"),
    "field.consents": QT_TRANSLATE_NOOP("Profile", "Consents"),
    "field.manager": QT_TRANSLATE_NOOP("Profile", "Customer manager"),
    "field.version": QT_TRANSLATE_NOOP("Profile", "Other data"),
}


def word(kind: str, code: str | None) -> str:
    if not code:
        return ""
    source = _WORDS.get(f"{kind}.{code}")
    return QCoreApplication.translate("Profile", source) if source else code


def codes(kind: str) -> list[str]:
    prefix = f"{kind}."
    return [key[len(prefix) :] for key in _WORDS if key.startswith(prefix)]
