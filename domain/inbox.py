"""What the work queue shows of a task (a to-do of a person or of the supervisors' queue): a frozen view."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from domain.codes import Role

# The supervisors' queue (tasks assigned to nobody) is shared, kind by kind, with the role whose duty the kind is:
# the complaint officer keeps the complaint register (DOMAIN §1), so the register's unassigned tasks are theirs too.
SHARED_QUEUE_KINDS: dict[Role, frozenset[str]] = {
    Role.COMPLAINT_OFFICER: frozenset(
        {
            "complaint_deadline",
            "complaint_instruction",
            "complaint_major_report",
            "complaint_major_report_late",
            "complaint_online_forward",
        }
    ),
}


@dataclass(frozen=True)
class TaskView:
    id: int
    kind: str
    title: str
    details: dict[str, Any]
    customer_no: str
    customer_name: str
    assignee_login: str  # "" = the supervisors' queue
    assignee: str
    created_by: str
    due_on: date | None
    status: str
    outcome: str
    overdue: bool  # open past its day, or past its time on the day (an urgent referral)
    created_at: datetime
    version: int
    # The names of the products the task names by code (details "product" / "products"): (name, English name).
    product_names: dict[str, tuple[str, str]] = field(default_factory=dict)
    due_time: str = ""  # "HH:MM" on the due day (an urgent referral), else ""
    urgent: bool = False  # an urgent referral: the customer is waiting
