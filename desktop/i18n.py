"""Languages: Simplified Chinese by default, Traditional Chinese and English switchable at run time.

Source strings are English; resources/translations/branchdesk_<lang>.qm hold the translations.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from domain.paths import resource_path
from widgets.labels import DEFAULT_LANGUAGE

_installed: list[QTranslator] = []


def translation_file(language: str):
    return resource_path("translations", f"branchdesk_{language}.qm")


def install(language: str) -> bool:
    """Replace the active translator; posts LanguageChange so open screens call retranslate_ui()."""
    app = QCoreApplication.instance()
    assert app is not None, "a Q(Core)Application must exist"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language if language != "en" else "en_US"))
    if language == "en":
        return True
    translator = QTranslator(app)
    if not translator.load(str(translation_file(language))):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    # Qt's own words (OK, Cancel, the print and file dialogs) come from the translations Qt ships.
    qt_words = QTranslator(app)
    if qt_words.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_words)
        _installed.append(qt_words)
    return True


def install_cli_translator(language: str | None) -> None:
    """The command line words its messages with the same translations as the screens."""
    if QCoreApplication.instance() is None:
        QCoreApplication([])
    install(language or os.environ.get("BRANCHDESK_LANG") or DEFAULT_LANGUAGE)
