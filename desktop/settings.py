"""Declared, typed station settings with defaults and a version; user preferences apart from window state.

Stored as an INI file in the user's config folder (`BRANCHDESK_CONFIG_DIR` overrides it: tests point it at a
temporary folder so they never touch a real station's settings).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, fields
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from domain.papers import RECEIPT_PAPERS
from widgets.labels import DEFAULT_LANGUAGE, LANGUAGES

SETTINGS_VERSION = 1
_STATION = re.compile(r"^[A-Za-z0-9]{1,12}$")
_PAPER = re.compile(r"^[A-Za-z0-9]{1,24}$")


@dataclass
class Preferences:
    language: str = DEFAULT_LANGUAGE
    idle_lock_minutes: int = 5  # 0 = never
    last_login: str = ""
    # This station's terminal id, printed on agreements and in receipt numbers (BRANCH-TERMINAL-DATE-NNNNNN).
    station: str = ""
    # The printer and paper chosen last in the print dialog on this station (agreements, receipts).
    printer_name: str = ""
    paper_size: str = ""  # a QPageSize id name, e.g. "A4", "A5"
    # What this station's counter receipts are printed on: "A4", "A5" or "roll80" (an 80 mm receipt printer).
    receipt_paper: str = "A4"

    def validated(self) -> Preferences:
        language = self.language if self.language in LANGUAGES else DEFAULT_LANGUAGE
        minutes = self.idle_lock_minutes if 0 <= self.idle_lock_minutes <= 240 else 5
        station = self.station if _STATION.match(self.station) else ""
        return Preferences(
            language=language,
            idle_lock_minutes=minutes,
            last_login=self.last_login,
            station=station,
            printer_name=self.printer_name[:200],
            paper_size=self.paper_size if _PAPER.match(self.paper_size) else "",
            receipt_paper=self.receipt_paper if self.receipt_paper in RECEIPT_PAPERS else "A4",
        )


def config_dir() -> Path:
    override = os.environ.get("BRANCHDESK_CONFIG_DIR")
    if override:
        return Path(override)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(location) / "BranchDesk"


class SettingsStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / "branchdesk.ini"
        self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def load(self) -> Preferences:
        defaults = Preferences()
        values = {}
        for field in fields(Preferences):
            raw = self._qsettings.value(f"preferences/{field.name}", getattr(defaults, field.name))
            try:
                values[field.name] = type(getattr(defaults, field.name))(raw)
            except (TypeError, ValueError):
                values[field.name] = getattr(defaults, field.name)
        return Preferences(**values).validated()

    def save(self, preferences: Preferences) -> None:
        self._qsettings.setValue("version", SETTINGS_VERSION)
        for field in fields(Preferences):
            self._qsettings.setValue(f"preferences/{field.name}", getattr(preferences, field.name))
        self._qsettings.sync()

    def print_setup(self) -> tuple[str, str]:
        """(printer name, paper size) remembered for this station; empty strings when never chosen."""
        preferences = self.load()
        return preferences.printer_name, preferences.paper_size

    def save_print_setup(self, printer_name: str, paper_size: str) -> None:
        preferences = self.load()
        preferences.printer_name, preferences.paper_size = printer_name, paper_size
        self.save(preferences.validated())

    def window_geometry(self) -> QByteArray | None:
        value = self._qsettings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def save_window_geometry(self, geometry: QByteArray) -> None:
        self._qsettings.setValue("window/geometry", geometry)
        self._qsettings.sync()
