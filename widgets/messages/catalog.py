"""The product catalogue file: why an import was refused (one message per problem), and the demo data.

Problems carry {product} (the entry's code, or #n for the n-th entry), {field} (the file's field name, shown as
written) and {value} (the offending value, a line number for file-level problems).
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES = {
    "catalog_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "The catalogue file has {count} problem(s); nothing was imported. Fix them and import again.",
    ),
    "catalog_file_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The catalogue file {path} cannot be read as UTF-8 text."
    ),
    "catalog_not_yaml": QT_TRANSLATE_NOOP(
        "Messages", "The catalogue file is not valid YAML (near line {value})."
    ),
    "catalog_duplicate_key": QT_TRANSLATE_NOOP(
        "Messages", "Line {value}: the field {field} is written twice in the same entry."
    ),
    "catalog_no_products_list": QT_TRANSLATE_NOOP(
        "Messages", "The catalogue file needs a top-level products: list."
    ),
    "catalog_unknown_top_level_key": QT_TRANSLATE_NOOP(
        "Messages", "The catalogue file has an unknown top-level key {field}; only products: is allowed."
    ),
    "catalog_entry_not_mapping": QT_TRANSLATE_NOOP(
        "Messages", "Product {product}: the entry is not a set of fields (field: value lines)."
    ),
    "catalog_duplicate_code": QT_TRANSLATE_NOOP(
        "Messages", "Product {product}: the code is used again by entry {value}."
    ),
    "catalog_unknown_field": QT_TRANSLATE_NOOP(
        "Messages", "Product {product}: {field} is not a catalogue field (check the spelling)."
    ),
    "catalog_missing_field": QT_TRANSLATE_NOOP("Messages", "Product {product}: {field} is required."),
    "catalog_not_text": QT_TRANSLATE_NOOP(
        "Messages", "Product {product}: {field} must be text, not {value}."
    ),
    "catalog_text_too_long": QT_TRANSLATE_NOOP(
        "Messages", "Product {product}: {field} is longer than {value} characters."
    ),
    "catalog_bad_code": QT_TRANSLATE_NOOP(
        "Messages",
        "Product {product}: the code {value} may only use letters, digits, dots, dashes and underscores.",
    ),
    "catalog_unknown_value": QT_TRANSLATE_NOOP(
        "Messages", "Product {product}: {value} is not a known value for {field}."
    ),
    "catalog_not_yes_no": QT_TRANSLATE_NOOP(
        "Messages", "Product {product}: {field} must be true or false, not {value}."
    ),
    "catalog_not_whole_number": QT_TRANSLATE_NOOP(
        "Messages", "Product {product}: {field} must be a whole number, not {value}."
    ),
    "catalog_negative": QT_TRANSLATE_NOOP(
        "Messages", "Product {product}: {field} cannot be negative ({value})."
    ),
    "catalog_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "Product {product}: {field} {value} is outside the possible range."
    ),
    "catalog_risk_level_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "Product {product}: risk_level must be 1 to 5 (R1 to R5), not {value}."
    ),
    "catalog_not_amount": QT_TRANSLATE_NOOP(
        "Messages", 'Product {product}: {field} must be an amount such as "50000.00", not {value}.'
    ),
    "catalog_amount_too_precise": QT_TRANSLATE_NOOP(
        "Messages", "Product {product}: {field} {value} has more than two decimals."
    ),
    "catalog_amount_too_large": QT_TRANSLATE_NOOP(
        "Messages", "Product {product}: {field} {value} is too large."
    ),
    "catalog_not_rate": QT_TRANSLATE_NOOP(
        "Messages", 'Product {product}: {field} must be a decimal fraction such as "0.0135", not {value}.'
    ),
    "catalog_rate_not_fraction": QT_TRANSLATE_NOOP(
        "Messages",
        'Product {product}: rate {value} is 100% or more; write rates as fractions (1.35% is "0.0135").',
    ),
    "catalog_rate_too_precise": QT_TRANSLATE_NOOP(
        "Messages", "Product {product}: rate {value} has more than 8 decimals."
    ),
    "catalog_not_date": QT_TRANSLATE_NOOP(
        "Messages", "Product {product}: {field} must be a date written YYYY-MM-DD, not {value}."
    ),
    "catalog_not_list": QT_TRANSLATE_NOOP(
        "Messages", "Product {product}: {field} must be a list such as [3M, 1Y], not {value}."
    ),
    "catalog_bad_term": QT_TRANSLATE_NOOP(
        "Messages", "Product {product}: the term {value} must be a number and D, M or Y, such as 7D, 3M, 5Y."
    ),
    "catalog_min_above_max": QT_TRANSLATE_NOOP(
        "Messages", "Product {product}: min_amount {value} is above max_amount."
    ),
    "catalog_step_not_positive": QT_TRANSLATE_NOOP(
        "Messages", "Product {product}: step_amount must be above zero, not {value}."
    ),
    "catalog_age_min_above_max": QT_TRANSLATE_NOOP(
        "Messages", "Product {product}: age_min {value} is above age_max."
    ),
    "catalog_end_before_start": QT_TRANSLATE_NOOP(
        "Messages", "Product {product}: sale_end {value} is before sale_start."
    ),
    "catalog_members_not_bundle": QT_TRANSLATE_NOOP(
        "Messages", "Product {product}: only bundles have members."
    ),
    "catalog_bundle_contains_itself": QT_TRANSLATE_NOOP(
        "Messages", "Product {product}: a bundle cannot list itself among its members."
    ),
    "catalog_unknown_member": QT_TRANSLATE_NOOP(
        "Messages", "Product {product}: the member {value} is not in the catalogue."
    ),
    "demo_customer_count": QT_TRANSLATE_NOOP(
        "Messages", "The number of demo customers must be zero or more."
    ),
    "database_not_empty": QT_TRANSLATE_NOOP(
        "Messages",
        "The database already has customers or staff; demo data is only made in an empty database.",
    ),
}
