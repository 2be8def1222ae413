"""Words for the working-day calendar (DOMAIN §10): loading a year's schedule and counting working days."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES = {
    "calendar_file_header": QT_TRANSLATE_NOOP(
        "Messages", "Line {line}: the file must start with the header {expected}."
    ),
    "calendar_override_header": QT_TRANSLATE_NOOP(
        "Messages", "Line {line}: the file must start with the header {expected}."
    ),
    "calendar_override_columns": QT_TRANSLATE_NOOP("Messages", "Line {line}: expected {expected} columns."),
    "calendar_override_date": QT_TRANSLATE_NOOP(
        "Messages", "Line {line}: {value} is not a date (write YYYY-MM-DD)."
    ),
    "calendar_file_kind": QT_TRANSLATE_NOOP(
        "Messages", "Line {line}: the kind {value} is unknown (write holiday or workday)."
    ),
    "calendar_override_kind": QT_TRANSLATE_NOOP(
        "Messages", "Line {line}: the kind {value} is unknown (write holiday or makeup_workday)."
    ),
    "calendar_override_missing": QT_TRANSLATE_NOOP("Messages", "Line {line}: the {field} is missing."),
    "calendar_override_duplicate": QT_TRANSLATE_NOOP("Messages", "Line {line}: {day} appears twice."),
    "calendar_workday_not_weekend": QT_TRANSLATE_NOOP(
        "Messages",
        "Line {line}: {day} is a weekday; a make-up workday (workday) is a Saturday or Sunday worked in lieu.",
    ),
    "calendar_file_empty": QT_TRANSLATE_NOOP("Messages", "The calendar file holds no days."),
    "calendar_file_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The calendar file {file} cannot be read as UTF-8 text."
    ),
    "calendar_day_conflict": QT_TRANSLATE_NOOP(
        "Messages", "{day} is both a holiday and a make-up workday in the calendar."
    ),
    "negative_workdays": QT_TRANSLATE_NOOP("Messages", "The number of working days ({value}) is negative."),
}
