"""Words for the work queue (issue 7): referrals (转介) and tasks."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES = {
    "unknown_referral_reason": QT_TRANSLATE_NOOP(
        "Messages",
        "Unknown referral reason {value}: use large_balance, stated_need, rising_star, maturity, premium or other.",
    ),
    "unknown_referral_urgency": QT_TRANSLATE_NOOP(
        "Messages", "Unknown urgency {value}: use normal or urgent."
    ),
    "unknown_referral_outcome": QT_TRANSLATE_NOOP(
        "Messages", "Unknown outcome {value}: use contacted, converted, not_interested or later."
    ),
    "referral_note_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The note is too long (at most {maximum} characters)."
    ),
    "referral_manager_required": QT_TRANSLATE_NOOP(
        "Messages", "Customer {customer_no} has no customer manager: choose whom to refer them to."
    ),
    "referral_not_a_manager": QT_TRANSLATE_NOOP(
        "Messages", "{login} is not a customer manager: referrals go to customer managers or supervisors."
    ),
    "referral_to_self": QT_TRANSLATE_NOOP("Messages", "You cannot refer a customer to yourself."),
    "referral_already_open": QT_TRANSLATE_NOOP(
        "Messages", "Customer {customer_no} already has an open referral to {manager}."
    ),
    "unknown_referral": QT_TRANSLATE_NOOP("Messages", "There is no referral {id}."),
    "referral_not_yours": QT_TRANSLATE_NOOP(
        "Messages", "Referral {id} is for another manager; only they or a supervisor can record its outcome."
    ),
    "referral_closed": QT_TRANSLATE_NOOP("Messages", "Referral {id} is already closed."),
    "unknown_task": QT_TRANSLATE_NOOP("Messages", "There is no task {id}."),
    "referral_needs_outcome": QT_TRANSLATE_NOOP(
        "Messages", "Task {id} is a referral: record its outcome instead of marking it done."
    ),
    "task_not_yours": QT_TRANSLATE_NOOP("Messages", "Task {id} belongs to someone else."),
    "task_closed": QT_TRANSLATE_NOOP("Messages", "Task {id} is already done."),
    "report_period_reversed": QT_TRANSLATE_NOOP(
        "Messages", "The period starts on {first}, after its end on {last}: choose the dates again."
    ),
}
