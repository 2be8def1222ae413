"""This station's preferences: language (applied at once), the idle time before the station locks, the terminal id
printed on receipts and agreements, and the paper its counter receipts are printed on.

"Settings saved." says what the last click did: it goes away as soon as a field is changed again (there is
something unsaved now) or the person leaves the screen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
)

from domain.papers import RECEIPT_PAPERS
from widgets.jobs_port import JobsPort
from widgets.labels import LANGUAGES, label
from widgets.receipt.form import paper_words
from widgets.screen import Screen


class SettingsScreen(Screen):
    """`apply(preferences)` saves and applies them (the shell owns settings and the translator)."""

    def __init__(
        self, preferences, apply: Callable, about: dict[str, str], runner: JobsPort, parent=None
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("settings_screen")
        self._preferences, self._apply, self._about = preferences, apply, about
        self.language = QComboBox(objectName="language")
        for code in LANGUAGES:
            self.language.addItem(label("lang", code), code)
        self.language.setCurrentIndex(self.language.findData(preferences.language))
        self.idle = QSpinBox(objectName="idle_minutes", minimum=0, maximum=240)
        self.idle.setValue(preferences.idle_lock_minutes)
        self.station = QLineEdit(preferences.station, objectName="station", maxLength=12)
        self.station.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z0-9]{0,12}"), self))
        self.receipt_paper = QComboBox(objectName="receipt_paper")
        for code in RECEIPT_PAPERS:
            self.receipt_paper.addItem(paper_words(code), code)
        self.receipt_paper.setCurrentIndex(max(0, self.receipt_paper.findData(preferences.receipt_paper)))
        self.language.currentIndexChanged.connect(self._edited)
        self.idle.valueChanged.connect(self._edited)
        self.station.textEdited.connect(self._edited)
        self.receipt_paper.currentIndexChanged.connect(self._edited)
        self.save_button = QPushButton(objectName="save")
        self.save_button.clicked.connect(self.save)
        self.box = QGroupBox()
        self.form = QFormLayout(self.box)
        self.form.addRow(QLabel(), self.language)
        self.form.addRow(QLabel(), self.idle)
        self.form.addRow(QLabel(), self.station)
        self.form.addRow(QLabel(), self.receipt_paper)
        for field in (self.language, self.idle, self.station, self.receipt_paper):
            self.form.labelForField(field).setBuddy(field)
        self.about_box = QGroupBox()
        self.about_form = QFormLayout(self.about_box)
        self.about_values = {key: QLabel(value, wordWrap=True) for key, value in about.items()}
        for value in self.about_values.values():
            self.about_form.addRow(QLabel(), value)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        self.layout_.addWidget(self.box)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.about_box)
        self.layout_.addStretch(1)
        self.retranslate_ui()

    def _edited(self, *_args) -> None:
        if self.banner.kind == "info":
            self.banner.clear_message()

    def hideEvent(self, event) -> None:
        self._edited()  # the message was about that visit; coming back shows the settings, not old news
        super().hideEvent(event)

    def save(self) -> None:
        self._preferences = replace(
            self._preferences,
            language=self.language.currentData(),
            idle_lock_minutes=self.idle.value(),
            station=self.station.text().strip().upper(),
            receipt_paper=self.receipt_paper.currentData(),
        )
        self._apply(self._preferences)
        self.banner.show_message(self.tr("Settings saved."), "info")

    def retranslate_ui(self) -> None:
        self.box.setTitle(self.tr("This station"))
        self.form.labelForField(self.language).setText(self.tr("&Language"))
        self.form.labelForField(self.idle).setText(self.tr("Lock after idle minutes (0 = never)"))
        self.form.labelForField(self.station).setText(self.tr("&Terminal id (on receipts)"))
        self.form.labelForField(self.receipt_paper).setText(self.tr("&Receipt paper"))
        self.station.setPlaceholderText(self.tr("letters and digits, e.g. T01"))
        for index, code in enumerate(LANGUAGES):
            self.language.setItemText(index, label("lang", code))
        for index, code in enumerate(RECEIPT_PAPERS):
            self.receipt_paper.setItemText(index, paper_words(code))
        self.save_button.setText(self.tr("&Save"))
        self.about_box.setTitle(self.tr("About"))
        captions = {
            "version": self.tr("Version"),
            "database": self.tr("Database"),
            "schema": self.tr("Schema"),
            "logs": self.tr("Log folder"),
        }
        for key, value in self.about_values.items():
            self.about_form.labelForField(value).setText(captions.get(key, key))
        if self.banner.kind == "info":
            self.banner.show_message(self.tr("Settings saved."), "info")
