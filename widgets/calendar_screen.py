"""The branch's working-day calendar for the administrator: which years are known, their days, loading a year.

Deadlines of complaints and referrals count working days (DOMAIN §10). A year the program does not ship and
nobody loaded is counted Mon–Fri and its deadlines are provisional, so this screen puts missing years first.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from domain.workdays import CalendarRow, DayKind
from widgets.jobs_port import JobsPort
from widgets.labels import day
from widgets.screen import Screen
from widgets.table_model import Column, RowsModel, row_list

MISSING = QColor("#b00020")
ORIGINS = {
    "loaded": QT_TRANSLATE_NOOP("Calendar", "Loaded"),
    "shipped": QT_TRANSLATE_NOOP("Calendar", "Shipped with the program"),
    "missing": QT_TRANSLATE_NOOP("Calendar", "Missing: counted Mon–Fri, deadlines provisional"),
}
WEEKDAYS = (
    QT_TRANSLATE_NOOP("Calendar", "Mon"),
    QT_TRANSLATE_NOOP("Calendar", "Tue"),
    QT_TRANSLATE_NOOP("Calendar", "Wed"),
    QT_TRANSLATE_NOOP("Calendar", "Thu"),
    QT_TRANSLATE_NOOP("Calendar", "Fri"),
    QT_TRANSLATE_NOOP("Calendar", "Sat"),
    QT_TRANSLATE_NOOP("Calendar", "Sun"),
)


class CalendarPort(Protocol):
    """The service calls this screen makes (desktop/backend.py binds them to the signed-in administrator)."""

    def calendar_years(self) -> tuple: ...

    def calendar_days(self, year: int) -> tuple[CalendarRow, ...]: ...

    def import_calendar_file(self, path: str): ...


def _words(source: str) -> str:
    return QCoreApplication.translate("Calendar", source)


class CalendarScreen(Screen):
    def __init__(
        self,
        backend: CalendarPort,
        runner: JobsPort,
        choose_file: Callable[[object], str] | None = None,
        parent=None,
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("calendar_screen")
        self._backend = backend
        self._choose_file = choose_file or self._ask_for_file
        self.years = RowsModel(
            [
                Column(lambda: self.tr("Year"), lambda v: str(v.year)),
                Column(lambda: self.tr("Schedule"), lambda v: _words(ORIGINS[v.origin])),
                Column(
                    lambda: self.tr("Holidays"), lambda v: str(v.holidays) if v.origin != "missing" else ""
                ),
                Column(
                    lambda: self.tr("Make-up workdays"),
                    lambda v: str(v.makeup_workdays) if v.origin != "missing" else "",
                ),
                Column(
                    lambda: self.tr("Loaded"),
                    lambda v: f"{v.loaded_at:%Y-%m-%d} {v.loaded_by}" if v.loaded_at else "",
                ),
            ],
            self,
            foreground=lambda v: MISSING if v.origin == "missing" else None,
        )
        self.year_table = row_list(self.years, "calendar_years")
        self.year_table.selectionModel().currentRowChanged.connect(lambda *_: self._load_days())
        self.days = RowsModel(
            [
                Column(lambda: self.tr("Date"), lambda r: day(r.day)),
                Column(lambda: self.tr("Weekday"), lambda r: _words(WEEKDAYS[r.day.weekday()])),
                Column(lambda: self.tr("Kind"), self._kind),
                Column(lambda: self.tr("Holiday name"), lambda r: r.name),
            ],
            self,
        )
        self.day_table = row_list(self.days, "calendar_days")
        self.days_title = QLabel(objectName="days_title")
        self.explanation = QLabel(objectName="explanation", wordWrap=True)
        self.import_button = QPushButton(objectName="import")
        self.import_button.clicked.connect(lambda: self.import_file())

        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.days_title)
        right.addWidget(self.day_table, 1)
        tables = QHBoxLayout()
        tables.addWidget(self.year_table, 3)
        tables.addLayout(right, 2)
        self.layout_.addWidget(self.explanation)
        self.layout_.addLayout(buttons)
        self.layout_.addLayout(tables, 1)
        self.retranslate_ui()

    def _kind(self, row: CalendarRow) -> str:
        return self.tr("Holiday") if row.kind is DayKind.HOLIDAY else self.tr("Make-up workday")

    def selected_year(self) -> int | None:
        index = self.year_table.selectionModel().currentIndex()
        return self.years.row(index.row()).year if index.isValid() else None

    def load(self) -> None:
        self.runner.submit(
            self._backend.calendar_years, on_done=self._show_years, on_error=self.show_error, key="calendar"
        )

    def _show_years(self, views) -> None:
        chosen = self.selected_year()
        self.years.set_rows(list(views))
        rows = [v.year for v in views]
        if rows:
            self.year_table.selectRow(rows.index(chosen) if chosen in rows else 0)
        missing = [str(v.year) for v in views if v.origin == "missing"]
        if missing:
            self.banner.show_message(
                self.tr("No working-day calendar for {years}: deadlines there are provisional.").format(
                    years=", ".join(missing)
                ),
                "warning",
            )

    def _load_days(self) -> None:
        year = self.selected_year()
        if year is None:
            return
        self.days_title.setText(self.tr("Holidays and make-up workdays of {year}").format(year=year))
        self.runner.submit(
            self._backend.calendar_days,
            year,
            on_done=lambda rows: self.days.set_rows(list(rows)),
            on_error=self.show_error,
            key="calendar_days",
        )

    def _ask_for_file(self, parent) -> str:
        path, _ = QFileDialog.getOpenFileName(
            parent, self.tr("Load a working-day calendar"), "", self.tr("Calendar files (*.csv)")
        )
        return path

    def import_file(self) -> None:
        path = self._choose_file(self)
        if not path:
            return
        self.runner.submit(
            self._backend.import_calendar_file,
            path,
            on_done=lambda result: self._imported(Path(path).name, result),
            on_error=self.show_error,
            write=True,
        )

    def _imported(self, name: str, result) -> None:
        self.load()
        years = ", ".join(map(str, result.years))
        text = self.tr("{file}: loaded {years}, %n day(s).", "", result.days).format(file=name, years=years)
        if result.complaints_moved:
            text += " " + self.tr("%n open complaint deadline(s) moved to the new schedule.", "",
                                  len(result.complaints_moved))  # fmt: skip
        self.banner.show_message(text, "info")

    def retranslate_ui(self) -> None:
        self.explanation.setText(
            self.tr(
                "Deadlines count statutory working days. Load each year's schedule from the State Council's "
                "notice as a CSV file with the columns date, kind (holiday or workday) and name; a loaded year "
                "replaces the one shipped with the program."
            )
        )
        self.import_button.setText(self.tr("&Load a year from file..."))
        self.years.retranslate()
        self.days.retranslate()
