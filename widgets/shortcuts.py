"""Every keyboard shortcut of the app in one table. The main window's actions, the screens' and dialogs' shortcuts
and the sheet behind Help -> Keyboard shortcuts are all made from it, so the sheet never lists a key that does
nothing and a key never works without being listed (tests/widgets/test_keyboard.py checks both ways)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence


@dataclass(frozen=True)
class Shortcut:
    name: str
    keys: str  # QKeySequence's portable text
    text: str  # what it does: an English source string of the "Shortcuts" context
    where: str  # where it works: the same


WINDOW = QT_TRANSLATE_NOOP("Shortcuts", "Main window")
CUSTOMERS = QT_TRANSLATE_NOOP("Shortcuts", "Customers screen")
DOCUMENT = QT_TRANSLATE_NOOP("Shortcuts", "Document preview")

SHORTCUTS = (
    Shortcut("help", "F1", QT_TRANSLATE_NOOP("Shortcuts", "Show this list of shortcuts"), WINDOW),
    Shortcut(
        "search", "F2", QT_TRANSLATE_NOOP("Shortcuts", "Find a customer (go to the search box)"), WINDOW
    ),
    Shortcut(
        "open", "F3", QT_TRANSLATE_NOOP("Shortcuts", "Open the customer selected in the results"), WINDOW
    ),
    Shortcut(
        "receipt",
        "F4",
        QT_TRANSLATE_NOOP("Shortcuts", "Counter receipt for the customer shown (for the holding selected)"),
        WINDOW,
    ),
    Shortcut("refer", "F6", QT_TRANSLATE_NOOP("Shortcuts", "Refer the customer shown to a manager"), WINDOW),
    Shortcut(
        "agreement", "F7", QT_TRANSLATE_NOOP("Shortcuts", "Issue an agreement for the customer shown"), WINDOW
    ),
    Shortcut(
        "recommendations",
        "F8",
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Go to the recommendations for the customer shown (Tab to their actions)"
        ),
        WINDOW,
    ),
    Shortcut(
        "screens",
        "F9",
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Go to the list of screens (the arrow keys open the one above or below)"
        ),
        WINDOW,
    ),
    Shortcut("lock", "F12", QT_TRANSLATE_NOOP("Shortcuts", "Lock the station now"), WINDOW),
    Shortcut("sign_out", "Shift+F12", QT_TRANSLATE_NOOP("Shortcuts", "Sign out"), WINDOW),
    Shortcut("choose", "Return", QT_TRANSLATE_NOOP("Shortcuts", "Open the selected result"), CUSTOMERS),
    Shortcut(
        "results", "Down", QT_TRANSLATE_NOOP("Shortcuts", "From the search box to the results"), CUSTOMERS
    ),
    Shortcut(
        "back",
        "Esc",
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Back: from the profile to the results, from the results to the search box"
        ),
        CUSTOMERS,
    ),
    Shortcut("print", "Ctrl+P", QT_TRANSLATE_NOOP("Shortcuts", "Print the document shown"), DOCUMENT),
    Shortcut("fit", "Ctrl+0", QT_TRANSLATE_NOOP("Shortcuts", "Fit the page to the width"), DOCUMENT),
)
_BY_NAME = {shortcut.name: shortcut for shortcut in SHORTCUTS}


def shortcut(name: str) -> Shortcut:
    return _BY_NAME[name]


def keys(name: str) -> QKeySequence:
    return QKeySequence(_BY_NAME[name].keys)


def key_text(name: str) -> str:
    """The keys as this system's language writes them (Ctrl+P, F4, Esc)."""
    return keys(name).toString(QKeySequence.SequenceFormat.NativeText)


def describe(name: str) -> str:
    return QCoreApplication.translate("Shortcuts", _BY_NAME[name].text)


def with_key(text: str, name: str) -> str:
    """A menu entry's or a tooltip's text with its key after it: "Lock now (F12)"."""
    return f"{text} ({key_text(name)})"
