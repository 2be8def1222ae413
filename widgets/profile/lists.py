"""Complaints and tasks about the customer (lists only: the workflows come with their own issue) and the change
history (supervisors). The recommendation panel's section is `widgets/profile/recommendations.py`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from widgets.labels import day, label
from widgets.profile.base import TableSection
from widgets.table_model import Column


class ComplaintsSection(TableSection):
    def __init__(self, parent=None) -> None:
        columns = [
            Column(lambda: self.tr("Received"), lambda c: c.received_at.strftime("%Y-%m-%d")),
            Column(lambda: self.tr("Number"), lambda c: c.number),
            Column(lambda: self.tr("Category"), lambda c: label("complaint_category", c.category)),
            Column(lambda: self.tr("Status"), lambda c: label("complaint_status", c.status)),
            Column(lambda: self.tr("Deadline"), lambda c: day(c.deadline)),
        ]
        super().__init__("complaints", columns, stretch=2, parent=parent, rows_shown=3)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Complaints"))
        self.set_rows(self.profile.complaints if self.profile else (), self.tr("No complaints"))


def _task_title(task) -> str:
    """Generated tasks are worded by kind in the reader's language; others show the title as written."""
    # A recommendation's "later" (services.recommend.FOLLOW_UP_KIND): its title names the product.
    if task.kind == "recommendation_follow_up":
        return QCoreApplication.translate("Profile", "Follow up the recommendation: {product}").format(
            product=task.title
        )
    worded = label("task_kind", task.kind)
    return worded if worded != task.kind else task.title


class TasksSection(TableSection):
    def __init__(self, parent=None) -> None:
        columns = [
            Column(lambda: self.tr("Due"), lambda t: day(t.due_on)),
            Column(lambda: self.tr("Task"), _task_title),
            Column(lambda: self.tr("Assigned to"), lambda t: t.assignee_name or ""),
            Column(lambda: self.tr("Status"), lambda t: label("task_status", t.status)),
        ]
        super().__init__("tasks", columns, stretch=1, parent=parent, rows_shown=3)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Tasks"))
        self.set_rows(self.profile.tasks if self.profile else (), self.tr("No tasks"))


_CODED_FIELDS = {"consents": "consent", "civil_capacity": "capacity", "kyc_status": "kyc", "aml_risk": "aml"}


def _value_text(field: str, value: str) -> str:
    """Coded values in words (consents are stored comma-separated); everything else as recorded."""
    kind = _CODED_FIELDS.get(field)
    if not value:
        return "—"
    if kind is None:
        return value
    return "、".join(label(kind, code) for code in value.split(","))


def _change_text(entry) -> str:
    """One line per changed field: `Mobile: 138****5678 → 139****1111`."""
    return "\n".join(
        f"{label('field', c.field)}: {_value_text(c.field, c.old)} → {_value_text(c.field, c.new)}"
        for c in entry.changes
    )


class HistorySection(TableSection):
    """Who changed what, when (from the audit trail); identifiers appear masked as they were recorded."""

    def __init__(self, parent=None) -> None:
        columns = [
            Column(lambda: self.tr("When"), lambda e: e.at.strftime("%Y-%m-%d %H:%M")),
            Column(lambda: self.tr("By"), lambda e: e.actor),
            Column(lambda: self.tr("Action"), lambda e: label("action", e.action)),
            Column(lambda: self.tr("Changes"), _change_text),
        ]
        super().__init__("history", columns, stretch=3, parent=parent, rows_shown=6)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Change history"))
        p = self.profile
        self.setVisible(bool(p and p.may_see_history))
        self.set_rows(p.changes if p else (), self.tr("No changes recorded"))
