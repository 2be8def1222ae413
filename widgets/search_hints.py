"""What to try when a customer search finds nobody, worded for what was typed (digits, pinyin or characters)."""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from domain.search import normalise


def _tr(text: str) -> str:
    return QCoreApplication.translate("SearchHints", text)


def empty_result_hint(typed: str) -> str:
    text = normalise(typed)
    compact = re.sub(r"[\s\-]", "", text)
    if any(unicodedata.category(ch) == "Lo" for ch in text):
        hint = _tr(
            QT_TRANSLATE_NOOP(
                "SearchHints",
                "No customer is named “{text}”. Check the characters (a similar-looking one?), type only the surname "
                "and the first character of the given name, or search by pinyin, mobile or ID number.",
            )
        )
    elif re.fullmatch(r"[0-9]+[Xx]?", compact) and len(compact) <= 6:
        hint = _tr(
            QT_TRANSLATE_NOOP(
                "SearchHints",
                "No ID number or mobile ends in {text}, and no number starts with it. Type more digits, the whole "
                "ID number, mobile or card number, or the name.",
            )
        )
    elif re.fullmatch(r"[0-9]+[Xx]?", compact):
        hint = _tr(
            QT_TRANSLATE_NOOP(
                "SearchHints",
                "No customer has the number {text}. Check the digits; an ID number has 18 characters, a mobile 11, "
                "a card 16 to 19. Or search by name.",
            )
        )
    elif re.fullmatch(r"[A-Za-z]+\d*", compact):
        hint = _tr(
            QT_TRANSLATE_NOOP(
                "SearchHints",
                "No customer number, pinyin name or initials match “{text}”. Try the full pinyin (zhangsan), the "
                "initials (zs), the name in characters, or a number.",
            )
        )
    else:
        hint = _tr(
            QT_TRANSLATE_NOOP(
                "SearchHints",
                "No customer found for “{text}”. Try the name, pinyin initials, the mobile, the last digits of the "
                "ID number, a card or account number, or the customer number.",
            )
        )
    return hint.format(text=typed.strip())
