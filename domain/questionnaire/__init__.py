"""The risk-tolerance questionnaire (风险测评, DOMAIN §7.3): its definition file, scoring, and the taking limits.

`parse_questionnaire(text)` reads one version's YAML (format: the comment at the top of
resources/questionnaire/risk_v2025_1.yaml) and returns a `Questionnaire`, or raises one `QuestionnaireInvalid`
listing every problem. `score(questionnaire, answers, age=...)` turns one answer per question into a total and
a grade C1-C5, then applies the file's caps and its senior rule; incomplete or unknown answers raise
`AnswersInvalid`. `assessment_limits` and `needs_reconfirmation` are the [2025] rules on taking it.

Choices where DOMAIN.md leaves room:
- Single choice only; every question must be answered (no default, no gaps filled by staff).
- "65+: weigh age and experience": the file's `senior` rule caps the grade (shipped: C3, so at most R3) for a
  customer 65 or older, by birth date or by their age answer, unless they report at least 5 years of investment
  experience. Experienced seniors keep their grade; suitability then warns `senior_special_care` for R4-R5.
- The file's `caps` hold answers that must limit the grade whatever the total (no loss accepted -> C1; thinks
  the benchmark is a promise -> C2).
- The 12-month window of the annual limit uses the validity arithmetic (D counts through D + 12 months - 1).

Pure: reading the file is the caller's (see `SHIPPED_FILE` for the shipped version's place under resources/).
"""

from domain.questionnaire.model import (
    GRADES,
    TOPICS,
    AnswersInvalid,
    Cap,
    GradeBand,
    Option,
    Problem,
    Question,
    Questionnaire,
    QuestionnaireInvalid,
    ScoredAssessment,
    SeniorRule,
    Text,
)
from domain.questionnaire.parse import parse_questionnaire, validate_questionnaire
from domain.questionnaire.scoring import (
    ANNUAL_LIMIT,
    DAILY_LIMIT,
    assessment_limits,
    needs_reconfirmation,
    score,
)

SHIPPED_FILE = ("questionnaire", "risk_v2025_1.yaml")

__all__ = [
    "ANNUAL_LIMIT",
    "DAILY_LIMIT",
    "GRADES",
    "SHIPPED_FILE",
    "TOPICS",
    "AnswersInvalid",
    "Cap",
    "GradeBand",
    "Option",
    "Problem",
    "Question",
    "Questionnaire",
    "QuestionnaireInvalid",
    "ScoredAssessment",
    "SeniorRule",
    "Text",
    "assessment_limits",
    "needs_reconfirmation",
    "parse_questionnaire",
    "score",
    "validate_questionnaire",
]
