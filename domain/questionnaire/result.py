"""What one risk assessment gives the screens and the result-confirmation document (风险测评结果确认书, DOMAIN §8).

`AssessmentStart` is what the questionnaire screen needs before the customer answers; `AssessmentResult` is the
saved outcome with everything the confirmation the customer signs shows (the PDF builder reads it as is):
customer name and masked ID, questionnaire version, score, grade and its label, date, expiry, channel, the
product levels the grade allows, and the member of staff who ran it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain.codes import RiskGrade
from domain.questionnaire.model import Questionnaire, Text


def allowed_levels(grade: str) -> tuple[str, ...]:
    """C1 -> (R1,), C3 -> (R1, R2, R3): the product risk levels a valid assessment of this grade allows."""
    top = int(RiskGrade(grade).value[1])
    return tuple(f"R{level}" for level in range(1, top + 1))


@dataclass(frozen=True)
class AssessmentStart:
    customer_no: str
    customer_name: str
    age: int  # on the assessment day, from the birth date (the senior rule reads it)
    questionnaire: Questionnaire
    previous_grade: str | None  # the latest assessment on file, if any
    previous_assessed_on: date | None
    previous_valid_until: date | None


@dataclass(frozen=True)
class AssessmentRecord:
    """One row of a customer's assessment history (no answers: they stay in the database)."""

    assessed_on: date
    valid_until: date
    grade: str
    score: int
    questionnaire_version: str
    channel: str
    assessor_name: str | None
    confirmed: bool


@dataclass(frozen=True)
class AssessmentResult:
    assessment_id: int
    customer_no: str
    customer_name: str
    id_type: str
    masked_id_number: str  # never the full number: the document shows it masked (DOMAIN §8)
    questionnaire_version: str
    questionnaire_title: Text
    score: int
    grade: str
    label: Text  # 保守型 / Conservative ...
    label_code: str  # "grade.C1": the key widgets.labels words
    capped_by: tuple[str, ...]
    assessed_on: date
    valid_until: date
    channel: str  # domain.codes.AssessmentChannel
    allowed_levels: tuple[str, ...]
    previous_grade: str | None
    grade_changed: bool
    confirmed: bool  # the customer confirmed the changed result (True when nothing changed)
    staff_login: str
    staff_name: str
    branch_code: str
    branch_name: str
