"""Bugs go to the log file and a plain crash dialog; Qt's own warnings go to the log too."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from desktop import logs

qt_log = logging.getLogger("qt")
_showing = False


def _excepthook(exc_type, exc, tb) -> None:
    global _showing
    logs.report_crash(exc)  # redacted: no SQL parameters, no row values, identifiers masked
    if QApplication.instance() is None or _showing:
        return
    from widgets.crash_dialog import CrashDialog

    _showing = True
    try:
        CrashDialog(str(logs.log_dir() / "branchdesk.log")).exec()
    finally:
        _showing = False


def _qt_messages(mode: QtMsgType, context, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }.get(mode, logging.WARNING)
    qt_log.log(level, "%s", message)


def install() -> None:
    sys.excepthook = _excepthook
    qInstallMessageHandler(_qt_messages)
