"""The complaint's life (DOMAIN.md §7.7): registered → assigned → handling → replied → closed, or withdrawn.

Pure rules: which step may follow which, what each step needs, and who may hold the case. The store
(services/complaints.py) applies them and keeps the record; deadlines come from domain/complaints.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from domain.errors import Conflict, DomainError, InvalidValue, SeparationOfDuties
from domain.text import checked_text


class ComplaintStatus(StrEnum):
    REGISTERED = "registered"
    ASSIGNED = "assigned"
    HANDLING = "handling"
    REPLIED = "replied"
    CLOSED = "closed"
    WITHDRAWN = "withdrawn"


class ComplaintChannel(StrEnum):
    PHONE = "phone"  # 电话
    OPINION_BOOK = "opinion_book"  # 意见簿/箱
    ONLINE = "online"  # 网络
    WALK_IN = "walk_in"  # 上门
    LETTER = "letter"  # 信件
    MEDIA = "media"  # 媒体
    SUPERIOR = "superior"  # 上级转办
    GOVERNMENT = "government"  # 政府转办


class Satisfaction(StrEnum):
    SATISFIED = "satisfied"
    BASICALLY_SATISFIED = "basically_satisfied"
    DISSATISFIED = "dissatisfied"
    UNREACHABLE = "unreachable"  # the customer could not be reached for the return visit


# Not yet answered: the deadline still runs.
OPEN = frozenset({ComplaintStatus.REGISTERED, ComplaintStatus.ASSIGNED, ComplaintStatus.HANDLING})
# Not finished: answered cases wait for the leader's instruction and the result report.
UNFINISHED = OPEN | {ComplaintStatus.REPLIED}
_NEXT = {
    ComplaintStatus.REGISTERED: {ComplaintStatus.ASSIGNED, ComplaintStatus.WITHDRAWN},
    ComplaintStatus.ASSIGNED: {ComplaintStatus.ASSIGNED, ComplaintStatus.HANDLING, ComplaintStatus.WITHDRAWN},
    ComplaintStatus.HANDLING: {ComplaintStatus.ASSIGNED, ComplaintStatus.REPLIED, ComplaintStatus.WITHDRAWN},
    ComplaintStatus.REPLIED: {ComplaintStatus.CLOSED},
    ComplaintStatus.CLOSED: set(),
    ComplaintStatus.WITHDRAWN: set(),
}


def require_step(current: str, wanted: ComplaintStatus) -> None:
    """Refuse a step that does not follow from where the case is (a closed case is never reopened here)."""
    if wanted not in _NEXT[ComplaintStatus(current)]:
        raise Conflict("complaint_step_not_allowed", status=current, step=wanted.value)


def require_handler(handler_id: int, subject_staff_id: int | None) -> None:
    """`sod_complaint_handler_not_subject`: the person complained about never handles the case."""
    if subject_staff_id is not None and handler_id == subject_staff_id:
        raise SeparationOfDuties("complaint_handler_is_subject")


def require_text(value: str, code: str) -> str:
    """Free text a step needs (`code` when it is blank), refused with hidden control characters."""
    text = (value or "").strip()
    if not text:
        raise InvalidValue(code)
    return checked_text(text, code.removesuffix("_required"), multiline=True)


class ComplaintNotClosable(DomainError):
    """Closing refused; `problems` holds one code per missing item (each worded on its own line)."""

    def __init__(self, number: str, problems: list[str]) -> None:
        super().__init__("complaint_cannot_close", number=number)
        self.problems = tuple(problems)


@dataclass(frozen=True)
class ClosingFacts:
    """What the register needs before a case may be closed (the result report's mandatory fields)."""

    leader_instruction: str
    findings: str  # cause and findings
    disposition: str  # disposition of the responsible persons
    corrective_measures: str  # lessons and corrective measures
    satisfaction: str
    overdue_reason: str


def closing_problems(facts: ClosingFacts, deadline: date | None, replied_on: date | None) -> list[str]:
    """Codes of what is missing to close; a reply after the deadline needs the reason it was late."""
    problems = [
        code
        for value, code in (
            (facts.leader_instruction, "leader_instruction_required"),
            (facts.findings, "findings_required"),
            (facts.disposition, "disposition_required"),
            (facts.corrective_measures, "corrective_measures_required"),
        )
        if not (value or "").strip()
    ]
    for value, field in (
        (facts.leader_instruction, "leader_instruction"),
        (facts.findings, "findings"),
        (facts.disposition, "disposition"),
        (facts.corrective_measures, "corrective_measures"),
        (facts.overdue_reason, "overdue_reason"),
    ):
        checked_text(value or "", field, multiline=True)
    try:
        Satisfaction(facts.satisfaction)
    except ValueError:
        problems.append("satisfaction_required")
    late = deadline is not None and replied_on is not None and replied_on > deadline
    if late and not (facts.overdue_reason or "").strip():
        problems.append("overdue_reason_required")
    return problems


def mask_complainant(name: str) -> str:
    """`张*` for a person not handling the case (DOMAIN §1 masking)."""
    name = (name or "").strip()
    return f"{name[0]}{'*' * max(1, len(name) - 1)}" if name else ""
