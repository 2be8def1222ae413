"""Customer, holdings and catalogue imports: reasons a file, row or value is refused, and what was done.

Row reasons are shown after `line N: <column>:`, so they speak about one value. Parameters never carry a full ID
number or phone; `value` is the text of a date, amount or code cell.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES = {
    # the file as a whole
    "file_not_found": QT_TRANSLATE_NOOP("Messages", "There is no file {path}."),
    "file_unreadable": QT_TRANSLATE_NOOP("Messages", "The file {path} cannot be read ({reason})."),
    "file_not_utf8": QT_TRANSLATE_NOOP(
        "Messages",
        'The file {path} is not UTF-8 text. Save it from the spreadsheet as "CSV UTF-8" and try again.',
    ),
    "file_empty": QT_TRANSLATE_NOOP("Messages", "The file is empty: the first line must name the columns."),
    "malformed_csv": QT_TRANSLATE_NOOP("Messages", "This line is not valid CSV (check the quotation marks)."),
    "unknown_column": QT_TRANSLATE_NOOP("Messages", "Unknown column {column}."),
    "duplicate_column": QT_TRANSLATE_NOOP("Messages", "The column {column} appears more than once."),
    "missing_column": QT_TRANSLATE_NOOP("Messages", "The required column {column} is missing."),
    "wrong_field_count": QT_TRANSLATE_NOOP(
        "Messages", "This line has {found} values but the header names {expected} columns."
    ),
    "import_rejected": QT_TRANSLATE_NOOP(
        "Messages", "Nothing was imported: {count} problems were found. Correct the file and import it again."
    ),
    "import_conflict": QT_TRANSLATE_NOOP(
        "Messages",
        "Another station saved some of the same records during the import. Nothing was imported: try again.",
    ),
    # one value
    "value_missing": QT_TRANSLATE_NOOP("Messages", "A value is required."),
    "too_long": QT_TRANSLATE_NOOP("Messages", "The value is longer than {maximum} characters."),
    "malformed_date": QT_TRANSLATE_NOOP("Messages", "{value} is not a date written as YYYY-MM-DD."),
    "date_in_future": QT_TRANSLATE_NOOP("Messages", "The date {value} is in the future."),
    "amount_too_precise": QT_TRANSLATE_NOOP("Messages", "The amount {value} has more than two decimals."),
    "malformed_amount": QT_TRANSLATE_NOOP(
        "Messages", "The amount {value} is not a plain number such as 50000.00."
    ),
    "malformed_boolean": QT_TRANSLATE_NOOP("Messages", "{value} is neither true nor false."),
    "customer_no_format": QT_TRANSLATE_NOOP(
        "Messages", "A customer number has only letters and digits, at most 20."
    ),
    "account_no_format": QT_TRANSLATE_NOOP(
        "Messages", "An account number has only letters and digits, at most 32."
    ),
    "nationality_format": QT_TRANSLATE_NOOP("Messages", "A nationality is a three-letter code such as CHN."),
    "unknown_id_type": QT_TRANSLATE_NOOP(
        "Messages",
        "Unknown ID type {value}: use RESIDENT_ID, PASSPORT, HK_MO_PERMIT, TW_PERMIT or FOREIGN_PR.",
    ),
    "unknown_gender": QT_TRANSLATE_NOOP("Messages", "Unknown gender {value}: use M or F."),
    "unknown_risk_grade": QT_TRANSLATE_NOOP(
        "Messages", "Unknown risk grade {value}: use C1 to C5, or leave it empty."
    ),
    "unknown_channel": QT_TRANSLATE_NOOP(
        "Messages", "Unknown assessment channel {value}: use branch or online."
    ),
    "unknown_civil_capacity": QT_TRANSLATE_NOOP(
        "Messages", "Unknown civil capacity {value}: use full, limited or none."
    ),
    "id_number_format": QT_TRANSLATE_NOOP("Messages", "The ID number is not in a valid format."),
    "id_number_birth_date": QT_TRANSLATE_NOOP("Messages", "The ID number contains an impossible birth date."),
    "id_number_birth_date_future": QT_TRANSLATE_NOOP(
        "Messages", "The ID number gives a birth date in the future ({day})."
    ),
    "id_number_region": QT_TRANSLATE_NOOP(
        "Messages", "The ID number starts with {region}, which is not a region code of China."
    ),
    "id_number_checksum": QT_TRANSLATE_NOOP(
        "Messages", "The ID number's check character is wrong (mistyped digit?)."
    ),
    "birth_date_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "The birth date differs from the one in the ID number."
    ),
    "gender_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "The gender differs from the ID number (odd 17th digit: male, even: female)."
    ),
    "phone_format": QT_TRANSLATE_NOOP("Messages", "The phone is not an 11-digit mainland mobile number."),
    "risk_fields_without_grade": QT_TRANSLATE_NOOP(
        "Messages", "An assessment date or channel is given without a risk grade."
    ),
    "capacity_impossible_for_age": QT_TRANSLATE_NOOP(
        "Messages", "Civil capacity {capacity} is impossible at age {age}."
    ),
    "maturity_before_opening": QT_TRANSLATE_NOOP("Messages", "The maturity date is before the opening date."),
    "duplicate_id_number": QT_TRANSLATE_NOOP(
        "Messages", "The same ID number is already on line {first_line}."
    ),
    "duplicate_customer_no": QT_TRANSLATE_NOOP(
        "Messages", "The same customer number is already on line {first_line}."
    ),
    "duplicate_account_no": QT_TRANSLATE_NOOP(
        "Messages", "The same account number is already on line {first_line}."
    ),
    # against the database
    "unknown_manager": QT_TRANSLATE_NOOP("Messages", "There is no active staff account with login {login}."),
    "id_number_taken": QT_TRANSLATE_NOOP("Messages", "This ID number belongs to customer {customer_no}."),
    "customer_no_id_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "Customer {customer_no} exists with a different ID document, so the row cannot update it."
    ),
    "unknown_customer": QT_TRANSLATE_NOOP("Messages", "There is no customer {customer_no}."),
    "unknown_product": QT_TRANSLATE_NOOP("Messages", "There is no product with code {product_code}."),
    "account_no_taken": QT_TRANSLATE_NOOP("Messages", "This account belongs to customer {customer_no}."),
    "account_product_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "This account already exists for product {product_code}."
    ),
    # warnings: the row is imported
    "id_expired": QT_TRANSLATE_NOOP(
        "Messages", "The ID document expired on {value}: the customer is marked for re-identification."
    ),
    # outcomes
    "customers_imported": QT_TRANSLATE_NOOP(
        "Messages",
        "Customers imported: {created} new, {updated} updated, {unchanged} unchanged; "
        "{assessments} risk assessments added.",
    ),
    "holdings_imported": QT_TRANSLATE_NOOP(
        "Messages", "Holdings imported: {created} new, {updated} updated, {unchanged} unchanged."
    ),
    "import_warnings": QT_TRANSLATE_NOOP("Messages", "{count} warnings (these rows were imported):"),
    # revealing full identifiers
    "reveal_reason_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Unknown reason {reason} for showing full identifiers."
    ),
    "reveal_note_required": QT_TRANSLATE_NOOP(
        "Messages", 'The reason "other" needs a note saying why the full identifiers are shown.'
    ),
    "import_problem_in_column": QT_TRANSLATE_NOOP("Messages", "line {line}: {column}: {reason}"),
    "import_problem": QT_TRANSLATE_NOOP("Messages", "line {line}: {reason}"),
}
