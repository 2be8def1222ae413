"""Catalogue changes made in the app (maker-checker): why a proposal, approval or rejection was refused.

{product} is the product's code. Problems of the proposed entry itself use the catalogue file's messages
(widgets/messages/catalog.py), which name the field.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES = {
    "catalog_change_already_pending": QT_TRANSLATE_NOOP(
        "Messages",
        "Product {product} already has a change waiting for approval or scheduled; "
        "it must be approved, rejected or take effect first.",
    ),
    "catalog_field_not_editable": QT_TRANSLATE_NOOP(
        "Messages", "Product {product}: {field} can only be changed through the catalogue file."
    ),
    "catalog_effective_in_past": QT_TRANSLATE_NOOP(
        "Messages", "Product {product}: the effective date {value} is in the past."
    ),
    "catalog_no_change": QT_TRANSLATE_NOOP(
        "Messages", "Product {product}: nothing was changed, so there is nothing to approve."
    ),
    "maker_checker_same_person": QT_TRANSLATE_NOOP(
        "Messages",
        "A change must be approved or rejected by a different supervisor from the one who proposed it.",
    ),
    "catalog_version_not_pending": QT_TRANSLATE_NOOP(
        "Messages", "This change to product {product} is no longer waiting for a decision."
    ),
    "catalog_version_outdated": QT_TRANSLATE_NOOP(
        "Messages",
        "Product {product} changed after this proposal was made; reject it and propose the change again.",
    ),
    "catalog_reject_reason_required": QT_TRANSLATE_NOOP(
        "Messages", "Give a reason for rejecting the change."
    ),
}
