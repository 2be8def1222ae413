"""The complaints screen's controller: the steps a reader takes on a case, the forms that ask for them, printing,
and the duties beside the case (a major complaint's report upward, the daily checks). widgets/complaints_screen.py
is the view: the register, one case in full, and which buttons show.

Every call runs on the job runner; a refusal reopens its form with what was typed and the reason (`_refused`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from domain.complaint_flow import ClosingFacts, ComplaintNotClosable
from domain.errors import InvalidValue
from domain.money import parse_amount
from widgets.labels import day, label
from widgets.messages import describe, describe_error, is_explained

if TYPE_CHECKING:
    from widgets.complaints_screen import ComplaintsScreen

CHECK_LOOKBACK_DAYS = 14  # the daily-check form lists the working days of the last two weeks still unchecked


def _ask(dialog, previous: dict | None, error: str) -> dict | None:
    """Show a form again with what was typed and why it was refused; its values, or None when cancelled."""
    if previous is not None:
        dialog.set_values(previous)
    dialog.show_error(error)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.values()


class ComplaintController(QObject):
    def __init__(self, screen: ComplaintsScreen) -> None:
        super().__init__(screen)
        self.screen = screen
        self.backend = screen._backend
        self.runner = screen.runner

    def _done(self, message: str):
        def finish(view) -> None:
            self.screen.banner.show_message(message, "info")
            self.screen._case = view
            self.screen.load()

        return finish

    def step(self, action: Callable, *args, message: str | None = None, on_error=None) -> None:
        if self.screen._case is None:
            return
        self.runner.submit(
            action,
            self.screen._case.number,
            *args,
            self.screen._case.version,
            on_done=self._done(message or self.tr("Saved.")),
            on_error=on_error or self._failed,
            write=True,
        )

    def _failed(self, error: BaseException) -> None:
        self.screen.show_error(error)
        self.screen.load()  # someone may have moved the case meanwhile: show what is true now

    def assign(self) -> None:
        login = self.screen.handler_choice.currentData()
        if login:
            self.step(self.backend.assign_complaint, login, message=self.tr("Handler assigned."))

    # -- forms ---------------------------------------------------------------------------------------------------

    def register_complaint(self, previous: dict | None = None, error: str = "") -> None:
        dialog = self.screen._dialogs["register"](self.screen._staff, self.screen)
        values = _ask(dialog, previous, error)
        if values is None:
            return
        try:
            amount: Decimal | None = parse_amount(values["amount"]) if values["amount"] else None
        except InvalidValue as bad:
            self.register_complaint(values, describe_error(bad))
            return
        self.runner.submit(
            self.backend.register_complaint,
            values | {"amount": amount},
            on_done=lambda view: self._registered(view),
            on_error=lambda e: self._refused(e, lambda text: self.register_complaint(values, text)),
            write=True,
        )

    def _registered(self, view) -> None:
        self.screen.open_only.setChecked(True)
        self.screen._case = view
        text = self.tr("Complaint {number} registered; answer due {date}.").format(
            number=view.number,
            date=day(view.deadline) if view.deadline else label("deadline_state", "manual"),
        )
        if view.major_reasons:
            text += " " + self.tr("Major complaint: the branch head has been alerted.")
        self.screen.banner.show_message(text, "info")
        self.screen.load()

    def _refused(self, error: BaseException, reopen: Callable[[str], None]) -> None:
        if not is_explained(error):
            raise error
        problems = error.problems if isinstance(error, ComplaintNotClosable) else ()  # each missing item
        lines = [describe_error(error)] + [f"· {describe(p)}" for p in problems]
        reopen("\n".join(lines))

    def reply(self, previous: dict | None = None, error: str = "") -> None:
        dialog = self.screen._dialogs["text"](self.tr("Reply to the customer"), self.tr("Reply given"), self.tr("Save"),
                                       parent=self.screen)  # fmt: skip
        values = _ask(dialog, previous, error)
        if values is None:
            return
        self.step(self.backend.reply_complaint, values["text"], message=self.tr("Reply recorded."),
                   on_error=lambda e: self._refused(e, lambda text: self.reply(values, text)))  # fmt: skip

    def withdraw(self, previous: dict | None = None, error: str = "") -> None:
        dialog = self.screen._dialogs["text"](
            self.tr("Withdrawal"),
            self.tr("Reason for withdrawal"),
            self.tr("Record withdrawal"),
            confirm=self.tr("I have verified that the customer withdraws voluntarily."),
            parent=self.screen,
        )
        values = _ask(dialog, previous, error)
        if values is None:
            return
        self.step(self.backend.withdraw_complaint, values["text"], values["confirmed"],
                   message=self.tr("Withdrawal recorded."),
                   on_error=lambda e: self._refused(e, lambda text: self.withdraw(values, text)))  # fmt: skip

    def close_case(self, previous: dict | None = None, error: str = "") -> None:
        case = self.screen._case
        if case is None:
            return
        late = bool(case.deadline and case.replied_at and case.replied_at.date() > case.deadline)
        dialog = self.screen._dialogs["close"](case.number, late, self.screen)
        values = _ask(dialog, previous, error)
        if values is None:
            return
        self.step(self.backend.close_complaint, ClosingFacts(**values), message=self.tr("Complaint closed."),
                   on_error=lambda e: self._refused(e, lambda text: self.close_case(values, text)))  # fmt: skip

    # -- printing ------------------------------------------------------------------------------------------------

    def print_case(self, kind: str) -> None:
        """The selected case's document, made on the job runner, then shown in the preview."""
        case = self.screen._case
        if case is None or kind not in printable(case):
            return
        titles = {
            "transfer": self.tr("Transfer slip {number}"),
            "urging": self.tr("Urging slip {number}"),
            "result": self.tr("Result report {number}"),
            "major_report": self.tr("Major complaint report {number}"),
        }
        title = titles[kind].format(number=case.number)
        make = (
            (self.backend.major_report_pdf, case.number)
            if kind == "major_report"
            else (self.backend.complaint_document, case.number, kind)
        )
        self.runner.submit(
            *make,
            on_done=lambda data: self._preview(data, title),
            on_error=self._failed,
            key="complaint_print",
        )

    def print_register(self, previous: dict | None = None, error: str = "") -> None:
        dialog = self.screen._dialogs["period"](self.screen)
        values = _ask(dialog, previous, error)
        if values is None:
            return
        first, last = values["first"], values["last"]
        title = self.tr("Complaint register {first} to {last}").format(
            first=first.isoformat(), last=last.isoformat()
        )
        self.runner.submit(
            self.backend.complaint_register,
            first,
            last,
            on_done=lambda data: self._preview(data, title),
            on_error=lambda e: self._refused(e, lambda text: self.print_register(values, text)),
            key="complaint_print",
        )

    def _preview(self, data: bytes, title: str) -> None:
        self.screen.preview_dialog = self.screen._dialogs["preview"](
            self.screen,
            data,
            title,
            print_setup=self.backend.print_setup,
            save_print_setup=self.backend.save_print_setup,
        )

    # -- the duties beside the case --------------------------------------------------------------------------------

    def report_major(self, previous: dict | None = None, error: str = "") -> None:
        """A major complaint reported upward: to whom and what (a follow-up report is recorded the same way)."""
        case = self.screen._case
        if case is None or not case.major_reasons:
            return
        dialog = self.screen._dialogs["major_report"](case.number, case.major_report_due, self.screen)
        values = _ask(dialog, previous, error)
        if values is None:
            return
        self.runner.submit(
            self.backend.report_major_complaint,
            case.number,
            values["reported_to"],
            values["content"],
            on_done=lambda report: self._reported(report),
            on_error=lambda e: self._refused(e, lambda text: self.report_major(values, text)),
            write=True,
        )

    def _reported(self, report) -> None:
        text = self.tr("Reported upward to {whom}.").format(whom=report.reported_to)
        if report.late:
            text += " " + self.tr("The report was due by {date}: it is on record as late.").format(
                date=day(report.due_on)
            )
        self.screen.banner.show_message(text, "warning" if report.late else "info")
        self.screen.load()

    def record_check(self, previous: dict | None = None, error: str = "") -> None:
        """The day's opinion-book or online check; the form first lists the working days still unchecked."""
        today = date.today()
        if previous is None:
            self.runner.submit(
                self.backend.daily_checks,
                today - timedelta(days=CHECK_LOOKBACK_DAYS),
                today,
                on_done=lambda period: self._check_form(list(period.missing), None, ""),
                on_error=self.screen.show_error,
                key="complaint_checks",
            )
            return
        self._check_form(previous.get("_missing", []), previous, error)

    def _check_form(self, missing: list, previous: dict | None, error: str) -> None:
        dialog = self.screen._dialogs["daily_check"](missing, self.screen)
        values = _ask(dialog, previous, error)
        if values is None:
            return
        values["_missing"] = missing
        self.runner.submit(
            self.backend.record_daily_check,
            values["kind"],
            values["check_date"],
            values["checked"],
            values["findings"],
            values["found_items"],
            on_done=lambda check: self._checked(check),
            on_error=lambda e: self._refused(e, lambda text: self.record_check(values, text)),
            write=True,
        )

    def _checked(self, check) -> None:
        text = self.tr("The {check} check of {date} is recorded.").format(
            check=label("daily_check", check.kind), date=day(check.check_date)
        )
        if check.forward_by:
            text += " " + self.tr("Forward what was found by {date}.").format(date=day(check.forward_by))
        self.screen.banner.show_message(text, "info")


def printable(case) -> tuple[str, ...]:
    """The documents of a case that fit now: the service's, and the report upward once it was made."""
    return (*case.documents, *(("major_report",) if case.major_reported_at else ()))
