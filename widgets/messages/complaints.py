"""Words for complaint handling (DOMAIN.md §7.7): refusals of the flow and what closing still needs."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES = {
    # The duties beside the case (services/complaint_duties.py).
    "complaint_not_major": QT_TRANSLATE_NOOP(
        "Messages", "Complaint {number} is not a major complaint: there is nothing to report upward."
    ),
    "complaint_major_not_reported": QT_TRANSLATE_NOOP(
        "Messages", "Complaint {number} has not been reported upward yet: record the report first."
    ),
    "major_report_recipient_required": QT_TRANSLATE_NOOP(
        "Messages", "Say to whom the major complaint was reported (the superior body, the regulator)."
    ),
    "major_report_content_required": QT_TRANSLATE_NOOP("Messages", "Write down what was reported upward."),
    "major_report_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The text is too long: at most {maximum} characters."
    ),
    "daily_check_kind_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Unknown daily check {value}: use opinion_book or online."
    ),
    "daily_check_scope_required": QT_TRANSLATE_NOOP("Messages", "Write down what was checked."),
    "daily_check_findings_required": QT_TRANSLATE_NOOP(
        "Messages", "Write down what the check found (or that nothing new was found)."
    ),
    "daily_check_in_future": QT_TRANSLATE_NOOP("Messages", "The check date {value} has not come yet."),
    "daily_check_already_recorded": QT_TRANSLATE_NOOP(
        "Messages", "The {check} check of {date} is already on record."
    ),
    "unknown_complaint": QT_TRANSLATE_NOOP("Messages", "There is no complaint {number}."),
    "unknown_complaint_channel": QT_TRANSLATE_NOOP(
        "Messages",
        "Unknown complaint channel {value}: use phone, opinion_book, online, walk_in, letter, media, superior "
        "or government.",
    ),
    "unknown_complaint_category": QT_TRANSLATE_NOOP(
        "Messages",
        "Unknown complaint category {value}: use error, attitude, internal_management, product, channel, "
        "violation, crime or anonymous.",
    ),
    "unknown_staff": QT_TRANSLATE_NOOP("Messages", "There is no active staff account {login}."),
    "received_in_future": QT_TRANSLATE_NOOP("Messages", "The time received ({value}) is in the future."),
    "amount_negative": QT_TRANSLATE_NOOP("Messages", "The amount {value} is negative."),
    "complaint_content_required": QT_TRANSLATE_NOOP(
        "Messages", "Write down what the customer complains about."
    ),
    "complaint_reply_required": QT_TRANSLATE_NOOP("Messages", "Write down the reply given to the customer."),
    "complaint_step_not_allowed": QT_TRANSLATE_NOOP(
        "Messages", "A complaint that is {status} cannot be moved to {step}."
    ),
    "complaint_handler_is_subject": QT_TRANSLATE_NOOP(
        "Messages", "The staff member complained about cannot handle the complaint. Choose someone else."
    ),
    "complaint_not_your_case": QT_TRANSLATE_NOOP(
        "Messages", "Complaint {number} is handled by someone else; only its handler can do this."
    ),
    "complaint_cannot_close": QT_TRANSLATE_NOOP("Messages", "Complaint {number} cannot be closed yet:"),
    "leader_instruction_required": QT_TRANSLATE_NOOP("Messages", "the leader's instruction is missing"),
    "findings_required": QT_TRANSLATE_NOOP("Messages", "the cause and findings are missing"),
    "disposition_required": QT_TRANSLATE_NOOP(
        "Messages", "the disposition of the responsible persons is missing"
    ),
    "corrective_measures_required": QT_TRANSLATE_NOOP("Messages", "the corrective measures are missing"),
    "satisfaction_required": QT_TRANSLATE_NOOP("Messages", "the customer's satisfaction is missing"),
    "overdue_reason_required": QT_TRANSLATE_NOOP(
        "Messages", "the reply was late: give the reason the deadline was missed"
    ),
    "withdrawal_reason_required": QT_TRANSLATE_NOOP("Messages", "Give the reason the customer withdraws."),
    "withdrawal_not_voluntary": QT_TRANSLATE_NOOP(
        "Messages",
        "A withdrawal is accepted only when the customer withdraws voluntarily. A withdrawal under pressure "
        "is a matter for the inspection office.",
    ),
    "complaint_document_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Unknown complaint document {value}: use {allowed}."
    ),
    "complaint_document_wrong_kind": QT_TRANSLATE_NOOP(
        "Messages", "The complaint document {kind} cannot be printed on this form."
    ),
    "complaint_document_withdrawn": QT_TRANSLATE_NOOP(
        "Messages", "Complaint {number} was withdrawn: there is no transfer slip to print."
    ),
    "complaint_transfer_needs_handler": QT_TRANSLATE_NOOP(
        "Messages", "Complaint {number} has no handler yet: assign it before printing the transfer slip."
    ),
    "complaint_urging_not_open": QT_TRANSLATE_NOOP(
        "Messages",
        "Complaint {number} is {status}: an urging slip is only for a complaint not yet answered.",
    ),
    "complaint_urging_no_deadline": QT_TRANSLATE_NOOP(
        "Messages",
        "Complaint {number} has no computed deadline (it is set by hand): print no urging slip for it.",
    ),
    "complaint_urging_too_early": QT_TRANSLATE_NOOP(
        "Messages",
        "Complaint {number} is not near its deadline ({deadline}): an urging slip can be printed from {date}.",
    ),
    "complaint_urging_text_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The urging text is longer than {maximum} characters."
    ),
    "complaint_result_not_replied": QT_TRANSLATE_NOOP(
        "Messages",
        "Complaint {number} is {status}: the result report is printed once the customer has been answered.",
    ),
    "complaint_register_period_reversed": QT_TRANSLATE_NOOP(
        "Messages", "The period starts ({first}) after it ends ({last})."
    ),
    "complaint_register_period_too_long": QT_TRANSLATE_NOOP(
        "Messages", "A register covers at most {maximum} days: choose a shorter period."
    ),
}
