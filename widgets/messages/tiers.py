"""Words for customer tiers (DOMAIN §3): overrides and tier codes typed by hand."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES = {
    "tier_override_reason_required": QT_TRANSLATE_NOOP(
        "Messages", "Say why the tier is held by hand (the reason is kept with the change)."
    ),
    "tier_override_expired": QT_TRANSLATE_NOOP(
        "Messages", "The override would end on {value}, which has passed: choose a later date."
    ),
}
