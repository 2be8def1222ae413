"""The words of the inbox's rows (widgets/inbox_screen.py): a task's summary line, its detail pane and its due
date, worked out from the task's kind and details."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject

from domain.referrals import escalation_holds
from widgets.labels import day, days_before, label, product_name


def task_product(v, code: str | None = None) -> str:
    """A task's product by its name (titles read `code name`; the code is for the catalogue, not the reader)."""
    code = code if code is not None else v.details.get("product", "")
    if code in v.product_names:
        return product_name(v.product_names[code])
    return v.title.removeprefix(f"{code} ").strip() if code == v.details.get("product") else code


def escalated_now(v) -> bool:
    """A referral waiting for the contact it was escalated to the supervisors for."""
    escalated = v.details.get("escalated") if v.kind == "referral" else None
    if not escalated:
        return False
    return escalation_holds(v.status, v.outcome, v.due_on, date.fromisoformat(escalated["due_on"]))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class TaskWords(QObject):
    """A task in words: its due date, its summary line (the "What" column) and its detail pane."""

    def due(self, v) -> str:
        return f"{day(v.due_on)} {v.due_time}".strip()

    def summary(self, v) -> str:
        """What the task is about, in a line: the table's "What" column."""
        d = v.details
        match v.kind:
            case "referral":
                products = "、".join(task_product(v, code) for code in d.get("products", []))
                text = label("referral_reason", d.get("reason", ""))
                if products:
                    text += f" · {products}"
                if d.get("urgency") == "urgent":
                    text = self.tr("URGENT") + " · " + text
                if escalated_now(v):
                    text = self.tr("ESCALATED") + " · " + text
                return text
            case "referral_escalation":
                return self.tr("Not contacted by {manager}: %n working day(s) overdue", "",
                               int(d.get("workdays_overdue", 0))).format(manager=d.get("manager", ""))  # fmt: skip
            case "maturity":
                return self.tr("{product} {account} matures {date} ({stage})").format(
                    product=task_product(v), account=d.get("account", ""), date=d.get("maturity_on", ""),
                    stage=days_before(int(d.get("stage", 0))),
                )  # fmt: skip
            case "assessment_expiry":
                return self.tr("Risk assessment valid until {date}").format(date=d.get("valid_until", ""))
            case "id_expiry":
                return self.tr("ID document ending {tail} expires {date}").format(
                    tail=d.get("id_tail", ""), date=d.get("expiry", "")
                )
            case "birthday":
                return self.tr("Birthday on {date}").format(date=d.get("birthday", ""))
            case "complaint_deadline" | "complaint_instruction" | "complaint_major_report":
                text = self.tr("Complaint {number}").format(number=d.get("complaint", v.title))
                if d.get("repeat_of"):
                    text += " · " + self.tr("repeats {number}").format(number=d["repeat_of"])
                return text
            case "complaint_major_report_late":
                return self.tr("Major complaint {number} not reported upward by {date}").format(
                    number=d.get("complaint", v.title), date=d.get("due_on", "")
                )
            case "complaint_check_missing":
                return self.tr("No {check} check recorded for {date}").format(
                    check=label("daily_check", d.get("check", "")), date=d.get("date", "")
                )
            case "complaint_online_forward":
                return self.tr("Forward the complaints found online by {date}").format(
                    date=d.get("forward_by", "")
                )
            case "calendar_year_missing":
                return self.tr(
                    "Have an administrator load the {year} working-day calendar: deadlines in {year} are provisional",
                ).format(year=d.get("year", ""))
            case "follow_up_call":
                return self.tr(
                    "Call about agreement {number} once its cooling-off period has ended ({end})"
                ).format(
                    number=d.get("agreement", v.title),
                    end=str(d.get("not_before", ""))[:16].replace("T", " "),
                )
            case "reassignment_contact":
                return self.tr("Contact within a month: new manager {name}").format(
                    name=d.get("new_manager", "")
                )
        return task_product(v) if d.get("product") else v.title

    def detail_html(self, v) -> str:
        """Everything about the task, for the detail pane under the list."""
        d = v.details
        rows = [
            (self.tr("Kind"), label("task_kind", v.kind)),
            (self.tr("Customer"), f"{v.customer_no} {v.customer_name}".strip()),
            (self.tr("What"), self.summary(v)),
            (
                self.tr("Due"),
                self.due(v) + ("  " + self.tr("Overdue") if v.overdue else ""),
            ),
            (
                self.tr("Assigned to"),
                v.assignee or self.tr("Supervisors' queue"),
            ),
            (self.tr("From"), v.created_by),
            (self.tr("Created"), v.created_at.strftime("%Y-%m-%d %H:%M")),
        ]
        if v.kind == "referral":
            rows.append((self.tr("Note"), d.get("note", "")))
            rows.append(
                (
                    self.tr("Contact consent"),
                    self.tr("Yes") if d.get("contact_consent") else self.tr("No: do not call"),
                )
            )
            history = "；".join(
                f"{h.get('at', '')} {label('task_outcome', h.get('outcome', ''))}"
                for h in d.get("history", [])
            )
            rows.append((self.tr("Outcome"), history))
            escalated = d.get("escalated")
            if escalated:
                rows.append(
                    (
                        self.tr("Escalated"),
                        self.tr("To the supervisors on {date}, %n working day(s) overdue", "",
                                int(escalated.get("workdays_overdue", 0))).format(date=escalated.get("on", "")),
                    )
                )  # fmt: skip
        if v.kind == "referral_escalation":
            rows.append((self.tr("Contact was due"), d.get("due_on", "")))
        cells = "".join(
            f"<tr><td style='color:#5a6270; padding-right:12px'>{_html(k)}</td><td>{_html(str(val))}</td></tr>"
            for k, val in rows
            if val
        )
        return f"<table>{cells}</table>"
