"""Refusals of the customer profile: editing, reassigning, logging a contact."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES = {
    "email_format": QT_TRANSLATE_NOOP("Messages", "The email address is not valid (name@example.com)."),
    "code_unknown": QT_TRANSLATE_NOOP("Messages", "Choose one of the values offered for {field}."),
    "field_not_editable": QT_TRANSLATE_NOOP("Messages", "The field {field} cannot be changed here."),
    "consent_unknown": QT_TRANSLATE_NOOP("Messages", "{purpose} is not a consent purpose."),
    "consent_channel_unknown": QT_TRANSLATE_NOOP(
        "Messages", "{channel} is not a way of giving consent: use branch, online or phone."
    ),
    "consent_date_in_future": QT_TRANSLATE_NOOP(
        "Messages", "A consent cannot be dated in the future ({day})."
    ),
    "consent_not_on_file": QT_TRANSLATE_NOOP(
        "Messages", "There is no {purpose} consent on file to withdraw."
    ),
    "no_id_document": QT_TRANSLATE_NOOP("Messages", "The customer has no ID document on file to change."),
    "manager_not_assignable": QT_TRANSLATE_NOOP(
        "Messages", "That person is not an active customer manager, so the customer cannot be given to them."
    ),
    "summary_required": QT_TRANSLATE_NOOP("Messages", "Write what was discussed."),
}
