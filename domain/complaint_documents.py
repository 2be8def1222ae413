"""The complaint documents (DOMAIN.md §7.7 records, §8) as plain data, and which of them fits a case now.

Four documents: the register (客户投诉登记簿, every complaint received in a period), the transfer slip
(客户投诉转办单, the case handed to its handler), the urging slip (客户投诉督办单, a case near or past its deadline)
and the result report (客户投诉处理结果报告单, once the customer has been answered). The builders in
reports/complaint_forms.py print what these hold and look nothing up; the complainant's name and phone are
printed as given (the service masks them for a reader who may not see them).

`document_problem(kind, ...)` says why a document does not fit a case yet (a code and its parameters) or None;
the service refuses with that code and the screen offers only the documents that fit (`fitting_documents`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from domain import vocabulary
from domain.complaint_duties import MajorReportView
from domain.complaint_flow import OPEN, ComplaintStatus
from domain.documents import Institution
from domain.workdays import WorkCalendar

FORM_VERSION = "complaint_forms_v1"
# An urging slip is due from the warning day of a complex complaint, or when at most this many working days are
# left before the deadline (a general complaint has no warning day: 3 WD in all).
URGE_WITHIN_WORKDAYS = 1
MAX_REGISTER_DAYS = 366  # a register covers at most a year


class ComplaintDocumentKind(StrEnum):
    REGISTER = "register"
    TRANSFER = "transfer"
    URGING = "urging"
    RESULT = "result"


CASE_DOCUMENTS = (ComplaintDocumentKind.TRANSFER, ComplaintDocumentKind.URGING, ComplaintDocumentKind.RESULT)

TITLES = {
    ComplaintDocumentKind.REGISTER: "客户投诉登记簿",
    ComplaintDocumentKind.TRANSFER: "客户投诉转办单",
    ComplaintDocumentKind.URGING: "客户投诉督办单",
    ComplaintDocumentKind.RESULT: "客户投诉处理结果报告单",
}
# The register's and the slips' words are the app's (domain/vocabulary.py), in Chinese.
CHANNEL_WORDS = vocabulary.table("complaint_channel")
CATEGORY_WORDS = vocabulary.table("complaint_category")
STATUS_WORDS = vocabulary.table("complaint_status")
SATISFACTION_WORDS = vocabulary.table("satisfaction")
MAJOR_WORDS = vocabulary.table("major_reason")


@dataclass(frozen=True)
class ComplaintCase:
    """One complaint as printed. Texts are printed as given; codes (channel, category, status, satisfaction,
    major reasons) are worded by the builder."""

    number: str
    status: str
    channel: str
    category: str
    received_at: datetime
    content: str
    complainant_name: str  # masked (张*) by the caller unless the reader may see it
    complainant_phone: str  # likewise
    identity_masked: bool
    handling_unit: str  # the outlet handling it (被投诉单位)
    handler: str = ""  # name (login)
    handler_phone: str = ""
    registered_by: str = ""
    subject_staff: str = ""  # the person complained about
    customer_no: str = ""
    amount: Decimal | None = None
    major_reasons: tuple[str, ...] = ()
    deadline: date | None = None
    warn_from: date | None = None
    assigned_at: datetime | None = None
    leader_instruction: str = ""
    reply: str = ""
    replied_at: datetime | None = None
    findings: str = ""
    disposition: str = ""
    corrective_measures: str = ""
    satisfaction: str = ""
    overdue_reason: str = ""
    withdrawal_reason: str = ""
    closed_at: datetime | None = None

    @property
    def late(self) -> bool:
        """Answered after the deadline (the result report then carries the reason)."""
        return bool(self.deadline and self.replied_at and self.replied_at.date() > self.deadline)


@dataclass(frozen=True)
class CaseDocument:
    """A transfer slip or a result report: one case, who printed it and when."""

    kind: ComplaintDocumentKind
    institution: Institution
    case: ComplaintCase
    printed_at: datetime
    printed_by: str  # name (login)
    handling_workdays: int | None = None  # result report: working days from receipt to reply


@dataclass(frozen=True)
class UrgingSlip:
    institution: Institution
    case: ComplaintCase
    printed_at: datetime
    printed_by: str
    today: date
    workdays_left: int  # working days left before the deadline; negative: working days overdue
    reply_by: date  # the handler reports back by this day
    urging_text: str
    supervisor: str  # who urges (a supervisor's name), "" for a line to sign by hand


MAJOR_REPORT_TITLE = "重大投诉报告单"


@dataclass(frozen=True)
class MajorReportDocument:
    """A major complaint as reported upward (DOMAIN §7.7): the case, the report, who printed it and when."""

    institution: Institution
    case: ComplaintCase
    report: MajorReportView
    printed_at: datetime
    printed_by: str  # name (login)


@dataclass(frozen=True)
class ComplaintRegister:
    institution: Institution
    first: date
    last: date
    rows: tuple[ComplaintCase, ...]
    printed_at: datetime
    printed_by: str

    @property
    def number(self) -> str:
        return register_number(self.institution.branch_code, self.first, self.last)


def register_number(branch_code: str, first: date, last: date) -> str:
    return f"DJB{branch_code}-{first:%Y%m%d}-{last:%Y%m%d}"


def workdays_left(deadline: date, today: date, calendar: WorkCalendar) -> int:
    """Working days after today up to the deadline (0 on the due day); negative: working days past it."""
    return calendar.workdays_between(today, deadline)


def reply_by(deadline: date, today: date, calendar: WorkCalendar) -> date:
    """The deadline while it has not passed; once overdue, the next working day."""
    return deadline if deadline >= today else calendar.next_workday(date.fromordinal(today.toordinal() + 1))


def default_urging_text(case: ComplaintCase, left: int, by: date) -> str:
    category = CATEGORY_WORDS.get(case.category, case.category)
    due = f"{case.deadline:%Y年%m月%d日}" if case.deadline else "—"
    if left > 0:
        state = f"距处理时限仅剩{left}个工作日"
    elif left == 0:
        state = "今日为处理时限最后一日"
    else:
        state = f"已超过处理时限{-left}个工作日"
    return (
        f"投诉 {case.number}（{category}）应于{due}前答复客户，现{state}。请经办单位立即组织处理并答复客户，"
        f"于{by:%Y年%m月%d日}前将处理情况书面报告投诉受理部门；不能按期办结的，须报告原因，同时向客户作出说明。"
    )


def document_problem(
    kind: ComplaintDocumentKind | str,
    *,
    status: str,
    has_handler: bool,
    deadline: date | None,
    warn_from: date | None,
    today: date,
    calendar: WorkCalendar,
) -> tuple[str, dict[str, object]] | None:
    """Why `kind` does not fit a case in this state, as (code, params); None when it fits."""
    kind = ComplaintDocumentKind(kind)
    current = ComplaintStatus(status)
    if kind is ComplaintDocumentKind.TRANSFER:
        if current is ComplaintStatus.WITHDRAWN:
            return "complaint_document_withdrawn", {}
        if not has_handler:
            return "complaint_transfer_needs_handler", {}
        return None
    if kind is ComplaintDocumentKind.URGING:
        if current not in OPEN:
            return "complaint_urging_not_open", {"status": current.value}
        if deadline is None:
            return "complaint_urging_no_deadline", {}
        near = workdays_left(deadline, today, calendar) <= URGE_WITHIN_WORKDAYS
        if not near and (warn_from is None or today < warn_from):
            start = warn_from or _urge_from(deadline, calendar)
            return "complaint_urging_too_early", {"deadline": deadline.isoformat(), "date": start.isoformat()}
        return None
    if kind is ComplaintDocumentKind.RESULT:
        if current not in (ComplaintStatus.REPLIED, ComplaintStatus.CLOSED):
            return "complaint_result_not_replied", {"status": current.value}
        return None
    raise ValueError(kind)


def _urge_from(deadline: date, calendar: WorkCalendar) -> date:
    """The first day with at most URGE_WITHIN_WORKDAYS working days left."""
    day = deadline
    for _ in range(URGE_WITHIN_WORKDAYS):
        day = date.fromordinal(day.toordinal() - 1)
        while not calendar.is_workday(day):
            day = date.fromordinal(day.toordinal() - 1)
    return day


def fitting_documents(
    *,
    status: str,
    has_handler: bool,
    deadline: date | None,
    warn_from: date | None,
    today: date,
    calendar: WorkCalendar,
) -> tuple[str, ...]:
    """The case documents that fit now (transfer, urging, result), for the screen to offer."""
    return tuple(
        kind.value
        for kind in CASE_DOCUMENTS
        if document_problem(
            kind,
            status=status,
            has_handler=has_handler,
            deadline=deadline,
            warn_from=warn_from,
            today=today,
            calendar=calendar,
        )
        is None
    )
