"""What a search box input means, as a list of index lookups, and how their hits rank (pure, no storage).

One box takes a name (characters, full pinyin, pinyin initials), an ID number (full, its first digits or its last
4-6 characters), a mobile (full, first digits or last 4), a customer number (`C0000012345`, or its digits) and an
account or card number (full or first digits). `plan(text)` turns the input into lookups; the service runs each as
one index-driven query (an equality or a prefix range, never `LIKE '%x%'`) and merges the hits by `Rank`:
exact identifiers first, then exact names, then exact initials, then prefix and partial matches.

SQL wildcards need no escaping: lookups compare with `=`, `IN` and ranges, so `%` and `_` are plain characters.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import IntEnum, StrEnum

from domain.customer import CustomerRow
from domain.identity import upgrade_15_digit
from domain.text import searchable

LIMIT = 50  # results shown at most: more means the input is too short to pick anyone out
MAX_INPUT = 40  # longer input is not an identifier or a name: nothing is searched
MIN_DIGITS = 4  # fewer digits match too much to mean anything (a phone prefix "13" is half the book)
TAIL_LENGTHS = range(4, 7)  # the last 4-6 characters of an ID number (id_documents.id_tail keeps 6)
PHONE_TAIL = 4  # the last 4 digits of a mobile (the indexed column customers.phone_tail holds them)


class Rank(IntEnum):
    EXACT_IDENTIFIER = 0  # full ID number, mobile, customer number, account or card number
    EXACT_NAME = 1  # the whole name in characters or in full pinyin
    EXACT_INITIALS = 2  # all the pinyin initials
    PARTIAL = 3  # a prefix of a name or number, the last digits of an ID number or mobile


class Field(StrEnum):
    """Which indexed value a lookup compares; also the `match` shown in a result row."""

    ID_NUMBER = "id_number"
    ID_TAIL = "id_tail"
    PHONE = "phone"
    PHONE_TAIL = "phone_tail"
    CUSTOMER_NO = "customer_no"
    ACCOUNT = "account"
    NAME = "name"
    PINYIN = "pinyin"
    INITIALS = "initials"


class Mode(StrEnum):
    EXACT = "exact"  # value == key
    PREFIX = "prefix"  # key starts with value (a range on the index)
    ANY_OF = "any_of"  # key IN values (the 6-character ID tails that end in what was typed)


@dataclass(frozen=True)
class Lookup:
    field: Field
    mode: Mode
    values: tuple[str, ...]
    rank: Rank
    suffix: str = ""  # PHONE_TAIL only: the whole typed tail (5-6 digits) the 4-digit index match must end in

    @property
    def value(self) -> str:
        return self.values[0]


@dataclass(frozen=True)
class SearchHit(CustomerRow):
    """A result row: identifiers masked as the viewer may see them; `account` only when found by account."""

    age: int
    match: Field
    rank: Rank
    account: str = ""


def normalise(text: str) -> str:
    """Full-width characters to half-width (NFKC), surrounding blanks dropped, inner blanks collapsed; control and
    direction characters dropped (a search treats them as nothing, never as an error: PostgreSQL refuses NUL)."""
    return " ".join(searchable(unicodedata.normalize("NFKC", text)).split())


def plan(text: str) -> tuple[Lookup, ...]:
    """The lookups for one input, best rank first; () when there is nothing sensible to look up."""
    text = normalise(text)
    if not text or len(text) > MAX_INPUT:
        return ()
    compact = re.sub(r"[\s\-]", "", text)
    if re.fullmatch(r"\d+[Xx]?", compact):
        return _digits(compact.upper())
    if re.fullmatch(r"[Cc]\d+", compact):
        return _customer_no(compact[1:])
    letters = compact.lower().replace("ü", "v").replace("'", "")
    if re.fullmatch(r"[a-z]+", letters):
        return _pinyin(letters)
    if any(unicodedata.category(ch) == "Lo" for ch in text):  # a name in characters (阿卜杜·… keeps its dot)
        name = text if any(ch.isascii() for ch in compact) else compact  # "张 三" is 张三
        return (Lookup(Field.NAME, Mode.EXACT, (name,), Rank.EXACT_NAME), _prefix(Field.NAME, name))
    return ()  # punctuation, symbols, mixed letters and digits: no customer is found by these


def _prefix(field: Field, value: str) -> Lookup:
    return Lookup(field, Mode.PREFIX, (value,), Rank.PARTIAL)


def _digits(number: str) -> tuple[Lookup, ...]:
    digits = number.rstrip("X")
    n = len(number)
    if len(digits) < n - 1 or n < MIN_DIGITS:
        return ()
    out: list[Lookup] = []
    if number.endswith("X"):  # only an ID number ends in X
        if n == 18:
            return (Lookup(Field.ID_NUMBER, Mode.EXACT, (number,), Rank.EXACT_IDENTIFIER),)
        return (_id_tail(number),) if n in TAIL_LENGTHS else ()
    if n == 18:
        out.append(Lookup(Field.ID_NUMBER, Mode.EXACT, (number,), Rank.EXACT_IDENTIFIER))
    elif n == 15:  # an old 15-digit number is stored upgraded to 18
        out.append(Lookup(Field.ID_NUMBER, Mode.EXACT, (upgrade_15_digit(number),), Rank.EXACT_IDENTIFIER))
    if n == 11 and number.startswith("1"):
        out.append(Lookup(Field.PHONE, Mode.EXACT, (number,), Rank.EXACT_IDENTIFIER))
    if 12 <= n <= 32:
        out.append(Lookup(Field.ACCOUNT, Mode.EXACT, (number,), Rank.EXACT_IDENTIFIER))
    if n == 10:
        out.append(Lookup(Field.CUSTOMER_NO, Mode.EXACT, (f"C{number}",), Rank.EXACT_IDENTIFIER))
    if n in TAIL_LENGTHS:
        out.append(_id_tail(number))
        out.append(Lookup(Field.PHONE_TAIL, Mode.EXACT, (number[-PHONE_TAIL:],), Rank.PARTIAL, suffix=number))
    if n < 10:  # the digits of a customer number, without its C and leading zeros
        out.append(Lookup(Field.CUSTOMER_NO, Mode.EXACT, (f"C{number:0>10}",), Rank.PARTIAL))
    if number.startswith("1") and n < 11:
        out.append(_prefix(Field.PHONE, number))
    if 6 <= n < 18:
        out.append(_prefix(Field.ID_NUMBER, number))
    if 6 <= n < 32:
        out.append(_prefix(Field.ACCOUNT, number))
    return tuple(out)


def _id_tail(tail: str) -> Lookup:
    """id_tail holds the last 6 characters; a shorter tail is one of the 6-character ones ending in it (digits
    before it, as in a resident ID): 100 values for 4 characters, still an index lookup each."""
    missing = 6 - len(tail)
    values = tuple(f"{i:0{missing}d}{tail}" for i in range(10**missing)) if missing else (tail,)
    return Lookup(Field.ID_TAIL, Mode.ANY_OF if missing else Mode.EXACT, values, Rank.PARTIAL)


def _customer_no(digits: str) -> tuple[Lookup, ...]:
    if not digits or len(digits) > 10:
        return ()
    if len(digits) == 10:
        return (Lookup(Field.CUSTOMER_NO, Mode.EXACT, (f"C{digits}",), Rank.EXACT_IDENTIFIER),)
    return (
        Lookup(Field.CUSTOMER_NO, Mode.EXACT, (f"C{digits:0>10}",), Rank.EXACT_IDENTIFIER),
        _prefix(Field.CUSTOMER_NO, f"C{digits}"),
    )


def _pinyin(letters: str) -> tuple[Lookup, ...]:
    out = [Lookup(Field.PINYIN, Mode.EXACT, (letters,), Rank.EXACT_NAME)]
    if len(letters) <= 20:  # name_initials holds up to 20
        out.append(Lookup(Field.INITIALS, Mode.EXACT, (letters,), Rank.EXACT_INITIALS))
    out.append(_prefix(Field.PINYIN, letters))
    if len(letters) <= 20:
        out.append(_prefix(Field.INITIALS, letters))
    return tuple(out)


def prefix_end(prefix: str) -> str:
    """The smallest string above every string starting with `prefix` (code-point order, as in SQLite's BINARY
    and PostgreSQL's "C" collation): key >= prefix AND key < prefix_end(prefix) is a prefix match on an index."""
    last = ord(prefix[-1]) + 1
    if 0xD800 <= last <= 0xDFFF:  # surrogates are not characters: skip to the next real one
        last = 0xE000
    if last > 0x10FFFF:
        return prefix_end(prefix[:-1]) if len(prefix) > 1 else "\U0010ffff"
    return prefix[:-1] + chr(last)


@dataclass(frozen=True)
class Candidate:
    customer_id: int
    rank: Rank
    order: int  # the lookup's position in the plan
    key: str  # the value the lookup's index is ordered by
    field: Field
    account: str = ""


def best_first(candidates: list[Candidate], limit: int) -> list[Candidate]:
    """One candidate per customer (its best match), best rank first; within a rank, in plan order, then key."""
    best: dict[int, Candidate] = {}
    for c in candidates:
        held = best.get(c.customer_id)
        if held is None or (c.rank, c.order, c.key) < (held.rank, held.order, held.key):
            best[c.customer_id] = c
    return sorted(best.values(), key=lambda c: (c.rank, c.order, c.key, c.customer_id))[:limit]
