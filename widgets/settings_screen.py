"""This station's preferences: language (applied at once) and the idle time before the station locks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox

from widgets.labels import LANGUAGES, label
from widgets.screen import Screen


class SettingsScreen(Screen):
    """`apply(preferences)` saves and applies them (the shell owns settings and the translator)."""

    def __init__(self, preferences, apply: Callable, about: dict[str, str], runner, parent=None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("settings_screen")
        self._preferences, self._apply, self._about = preferences, apply, about
        self.language = QComboBox(objectName="language")
        for code in LANGUAGES:
            self.language.addItem(label("lang", code), code)
        self.language.setCurrentIndex(self.language.findData(preferences.language))
        self.idle = QSpinBox(objectName="idle_minutes", minimum=0, maximum=240)
        self.idle.setValue(preferences.idle_lock_minutes)
        self.save_button = QPushButton(objectName="save")
        self.save_button.clicked.connect(self.save)
        self.box = QGroupBox()
        self.form = QFormLayout(self.box)
        self.form.addRow(QLabel(), self.language)
        self.form.addRow(QLabel(), self.idle)
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

    def save(self) -> None:
        self._preferences = replace(
            self._preferences, language=self.language.currentData(), idle_lock_minutes=self.idle.value()
        )
        self._apply(self._preferences)
        self.banner.show_message(self.tr("Settings saved."), "info")

    def retranslate_ui(self) -> None:
        self.box.setTitle(self.tr("This station"))
        self.form.labelForField(self.language).setText(self.tr("Language"))
        self.form.labelForField(self.idle).setText(self.tr("Lock after idle minutes (0 = never)"))
        for index, code in enumerate(LANGUAGES):
            self.language.setItemText(index, label("lang", code))
        self.save_button.setText(self.tr("Save"))
        self.about_box.setTitle(self.tr("About"))
        captions = {
            "version": self.tr("Version"),
            "database": self.tr("Database"),
            "schema": self.tr("Schema"),
            "logs": self.tr("Log folder"),
        }
        for key, value in self.about_values.items():
            self.about_form.labelForField(value).setText(captions.get(key, key))
        if self.banner.isVisible():
            self.banner.show_message(self.tr("Settings saved."), "info")
