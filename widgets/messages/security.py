"""Refusals that protect the data itself: hidden characters in text, dangerous files, exports and reveals."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES = {
    "text_control_character": QT_TRANSLATE_NOOP(
        "Messages",
        "{field} contains an invisible control or direction character ({character}, character {position}). "
        "Retype the text without it; such characters can hide or reverse what is printed.",
    ),
    "text_control_character_in_file": QT_TRANSLATE_NOOP(
        "Messages",
        "contains an invisible control or direction character ({character}, character {position}); "
        "fix the file and import it again",
    ),
    "yaml_too_large": QT_TRANSLATE_NOOP(
        "Messages", "The file is too large to be a catalogue or questionnaire file (over 2 MB)."
    ),
    "yaml_too_deep": QT_TRANSLATE_NOOP(
        "Messages",
        "The file nests lists and fields too deeply (near line {value}); it is not a file we read.",
    ),
    "yaml_too_many_nodes": QT_TRANSLATE_NOOP(
        "Messages",
        "The file's aliases (*name) would expand into millions of values (near line {value}); it was refused "
        "before reading.",
    ),
    "yaml_key_not_text": QT_TRANSLATE_NOOP(
        "Messages", "Line {value}: a list or a group of fields is used as a field name."
    ),
    "yaml_impossible_value": QT_TRANSLATE_NOOP(
        "Messages", "Line {value}: a value that cannot exist (such as 30 February, or a number far too long)."
    ),
    "export_reason_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "Say why this list leaves the system (--reason customer_contact_plan, authority_request, internal_audit, "
        "customer_requests_copy or other with --note); the export is recorded.",
    ),
    "export_note_required": QT_TRANSLATE_NOOP(
        "Messages", "With the reason 'other', write the legal basis for the export in the note."
    ),
    "catalog_control_character": QT_TRANSLATE_NOOP(
        "Messages",
        "{product}: the field {field} contains an invisible control or direction character ({value}); "
        "remove it from the file.",
    ),
}
