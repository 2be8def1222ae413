"""Text people type or files carry: refuse characters that hide or disguise what is written.

A name with U+202E (right-to-left override) prints its letters backwards on a contract; a NUL cuts a value short
in C-based tools and PostgreSQL refuses it outright; zero-width and other format characters make two equal
looking names differ. None of these belongs in a name, an address or a note, so every place that accepts such
text calls `checked_text` (or `text_problem` where problems are collected, as imports do) before storing it.

Refused: control characters (Unicode category Cc) except the line breaks and tab of multi-line text, format
characters (Cf: bidirectional overrides and isolates, zero-width characters, the byte-order mark), the line and
paragraph separators (Zl, Zp), lone surrogates (Cs) and unassigned code points (Cn).
"""

from __future__ import annotations

import re
import unicodedata

from domain.errors import InvalidValue

_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Cn", "Zl", "Zp"})
_MULTILINE_ALLOWED = frozenset("\n\r\t")


def first_forbidden(value: str, *, multiline: bool = False) -> int | None:
    """The 1-based position of the first refused character, or None when the text is clean."""
    for position, char in enumerate(value, start=1):
        if multiline and char in _MULTILINE_ALLOWED:
            continue
        if unicodedata.category(char) in _REFUSED_CATEGORIES:
            return position
    return None


def text_problem(value: str, *, multiline: bool = False) -> dict[str, str] | None:
    """The parameters of a `text_control_character` problem ({position, character: "U+202E"}), or None."""
    position = first_forbidden(value, multiline=multiline)
    if position is None:
        return None
    return {"position": str(position), "character": f"U+{ord(value[position - 1]):04X}"}


def checked_text(value: str, field: str, *, multiline: bool = False) -> str:
    """`value` unchanged when clean; else InvalidValue("text_control_character", field, position, character).
    The parameters name the field and the code point, never the text itself (it may be personal data)."""
    problem = text_problem(value, multiline=multiline)
    if problem is not None:
        raise InvalidValue("text_control_character", field=field, **problem)
    return value


def checked_texts(fields: dict[str, str | None], *, multiline: frozenset[str] = frozenset()) -> None:
    """`checked_text` for several fields at once (None values are skipped); the first problem is raised."""
    for field, value in fields.items():
        if value is not None:
            checked_text(value, field, multiline=field in multiline)


def searchable(value: str) -> str:
    """Search input with the refused characters dropped: a search never fails on them, it just looks for the
    rest (a name pasted with a stray zero-width space still finds the customer)."""
    return "".join(char for char in value if unicodedata.category(char) not in _REFUSED_CATEGORIES)


# A spreadsheet runs a cell that starts with one of these as a formula (=HYPERLINK(...), +cmd|..., @SUM(...));
# tab and carriage return let a CSV cell start a new field or row that does. The full-width forms are how a
# Chinese input method types them.
_FORMULA_START = frozenset("=+-@\t\r＝＋－＠")
_PLAIN_NUMBER = re.compile(r"^[+-]?[0-9]+(?:[.,][0-9]+)*$")


def spreadsheet_cell(value: object) -> object:
    """A value for a CSV or Excel cell that a spreadsheet shows as text and never runs (the OWASP way: a leading
    single quote). Numbers, dates and None pass unchanged, and so does text that is just a number ("-1500.00"):
    only text that could be a formula is changed."""
    if not isinstance(value, str) or not value or value[0] not in _FORMULA_START:
        return value
    if _PLAIN_NUMBER.match(value):
        return value
    return "'" + value
