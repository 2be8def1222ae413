"""The risk questionnaire (风险测评, DOMAIN §7.3): refusals when recording an assessment, incomplete answers, and
problems in a questionnaire version's file ({where} is the question id or a path such as `age.options[2]`,
{field} the file's field name, {value} the offending value). The limits and the re-confirmation are reasons
of the suitability rules: see suitability.py.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES = {
    "questionnaire_version_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "The answers are for questionnaire version {value}, which is not the one in use. Start the risk "
        "assessment again.",
    ),
    "questionnaire_not_yet_effective": QT_TRANSLATE_NOOP(
        "Messages", "This questionnaire version is in use from {effective_from} only."
    ),
    "assessment_channel_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Unknown assessment channel {value}: use branch or online."
    ),
    "questionnaire_answers_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "{count} answer(s) are missing or unknown. The customer must answer every question personally.",
    ),
    "answer_missing": QT_TRANSLATE_NOOP("Messages", "Question {where} is not answered."),
    "answer_unknown_question": QT_TRANSLATE_NOOP(
        "Messages", "{where} is not a question of this questionnaire."
    ),
    "answer_unknown_option": QT_TRANSLATE_NOOP("Messages", "Question {where} has no option {value}."),
    "questionnaire_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The questionnaire file has {count} problem(s). Fix them before it is used."
    ),
    "questionnaire_not_yaml": QT_TRANSLATE_NOOP(
        "Messages", "The questionnaire file is not valid YAML (near line {value})."
    ),
    "questionnaire_duplicate_key": QT_TRANSLATE_NOOP(
        "Messages", "Questionnaire file: the field {field} is written twice (line {value})."
    ),
    "questionnaire_not_mapping": QT_TRANSLATE_NOOP(
        "Messages", "Questionnaire file, {where}: expected a set of fields (field: value lines)."
    ),
    "questionnaire_unknown_field": QT_TRANSLATE_NOOP(
        "Messages", "Questionnaire file, {where}: {field} is not a known field (check the spelling)."
    ),
    "questionnaire_missing_field": QT_TRANSLATE_NOOP(
        "Messages", "Questionnaire file, {where}: {field} is required."
    ),
    "questionnaire_not_text": QT_TRANSLATE_NOOP(
        "Messages", "Questionnaire file, {where}: {field} must be text, not {value}."
    ),
    "questionnaire_bad_id": QT_TRANSLATE_NOOP(
        "Messages",
        "Questionnaire file, {where}: {field} {value} may only use lower-case letters, digits and "
        "underscores.",
    ),
    "questionnaire_not_whole_number": QT_TRANSLATE_NOOP(
        "Messages", "Questionnaire file, {where}: {field} must be a whole number of 0 or more, not {value}."
    ),
    "questionnaire_unknown_grade": QT_TRANSLATE_NOOP(
        "Messages", "Questionnaire file, {where}: {value} is not a grade; use C1 to C5."
    ),
    "questionnaire_not_list": QT_TRANSLATE_NOOP(
        "Messages", "Questionnaire file, {where}: {field} must be a non-empty list."
    ),
    "questionnaire_not_date": QT_TRANSLATE_NOOP(
        "Messages", "Questionnaire file, {where}: {field} must be a date (YYYY-MM-DD), not {value}."
    ),
    "questionnaire_unknown_topic": QT_TRANSLATE_NOOP(
        "Messages", "Questionnaire file, {where}: {value} is not a known topic."
    ),
    "questionnaire_duplicate_id": QT_TRANSLATE_NOOP(
        "Messages", "Questionnaire file, {where}: the id {value} is used twice."
    ),
    "questionnaire_too_few_options": QT_TRANSLATE_NOOP(
        "Messages", "Questionnaire file, {where}: a question needs at least two options."
    ),
    "questionnaire_topic_missing": QT_TRANSLATE_NOOP(
        "Messages", "Questionnaire file: no question covers the required topic {value}."
    ),
    "questionnaire_band_min_above_max": QT_TRANSLATE_NOOP(
        "Messages", "Questionnaire file, {where}: min {value} is above max."
    ),
    "questionnaire_grades_not_c1_to_c5": QT_TRANSLATE_NOOP(
        "Messages", "Questionnaire file: the grades must be C1 to C5 in this order, not {value}."
    ),
    "questionnaire_bands_start_wrong": QT_TRANSLATE_NOOP(
        "Messages", "Questionnaire file, {where}: the lowest band must start at the lowest total, {value}."
    ),
    "questionnaire_bands_end_wrong": QT_TRANSLATE_NOOP(
        "Messages", "Questionnaire file, {where}: the highest band must end at the highest total, {value}."
    ),
    "questionnaire_band_gap": QT_TRANSLATE_NOOP(
        "Messages", "Questionnaire file, {where}: the band must start at {value}; totals are left out."
    ),
    "questionnaire_band_overlap": QT_TRANSLATE_NOOP(
        "Messages", "Questionnaire file, {where}: the band starting at {value} overlaps the one before."
    ),
    "questionnaire_unknown_question": QT_TRANSLATE_NOOP(
        "Messages", "Questionnaire file, {where}: there is no question {value}."
    ),
    "questionnaire_unknown_option": QT_TRANSLATE_NOOP(
        "Messages", "Questionnaire file, {where}: question {field} has no option {value}."
    ),
}
