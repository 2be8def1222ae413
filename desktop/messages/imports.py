"""Customer, holdings and catalogue imports: reasons a row or entry is refused (filled in by the import work)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES = {
    "amount_too_precise": QT_TRANSLATE_NOOP("Messages", "The amount {value} has more than two decimals."),
    "malformed_amount": QT_TRANSLATE_NOOP(
        "Messages", "The amount {value} is not a plain number such as 50000.00."
    ),
    "id_number_format": QT_TRANSLATE_NOOP("Messages", "The ID number is not in a valid format."),
    "id_number_birth_date": QT_TRANSLATE_NOOP("Messages", "The ID number contains an impossible birth date."),
    "id_number_checksum": QT_TRANSLATE_NOOP(
        "Messages", "The ID number's check character is wrong (mistyped digit?)."
    ),
    "phone_format": QT_TRANSLATE_NOOP("Messages", "The phone is not an 11-digit mainland mobile number."),
}
