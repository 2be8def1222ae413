"""The bundled CJK fonts: a fresh station has none, and Chinese would show as boxes."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from domain.paths import resource_path

log = logging.getLogger(__name__)
MAIN_FONT = "wqy-microhei.ttc"  # GB2312, GBK and Big5, Latin and digits
FALLBACK_FONT = "DroidSansFallbackFull.ttf"  # rare name characters (CJK Ext-A) missing from the main font


def register(app: QApplication, point_size: int = 10) -> list[str]:
    """Load the bundled fonts and make them the application font; returns the families, main first."""
    families: list[str] = []
    for file_name in (MAIN_FONT, FALLBACK_FONT):
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", file_name)))
        if font_id < 0:
            raise RuntimeError(f"bundled font {file_name} could not be loaded")
        families.append(QFontDatabase.applicationFontFamilies(font_id)[0])
    font = QFont()
    font.setFamilies(families)
    font.setPointSize(point_size)
    app.setFont(font)
    return families
