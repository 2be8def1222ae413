"""大写金额 and dates on instruments, per the PBOC writing rules (DOMAIN.md §8).

Choices the rules leave open, fixed here:
- Under one yuan there is no 元 and no leading 零: 0.05 -> 人民币伍分, 0.50 -> 人民币伍角; 0 -> 人民币零元整.
- The optional 零 (a run of zeros ending at 万位/元位 before a non-zero 千位/角位) is omitted after a written 万
  and written after 元. When the whole 万 group is zero there is no 万 to stand for the gap, so the 零 is written
  (100005000 -> 壹亿零伍仟元整); the validator accepts both forms either way.
- The optional 零 applies to 万位 and 元位 only, as the rules say: after 亿 or 万亿 a run of zeros always gives 零.
- Amounts up to 万亿 (below 10^16 yuan, beyond the 15 digits money.parse_amount reads) are written;
  larger ones are refused with `amount_too_large` rather than inventing 亿亿 or 兆.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from itertools import product

from domain.errors import InvalidValue
from domain.money import to_fen

PREFIX = "人民币"
LIMIT_YUAN = 10**16

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")
# Accepted on input and read as their standard forms.
_TRADITIONAL = str.maketrans({"貳": "贰", "陸": "陆", "億": "亿", "萬": "万", "圓": "元"})
_ALLOWED = set(_DIGITS + "拾佰仟万亿元角分整")
# What people write instead and the rules forbid: lower-case numerals, colloquial 两/念/毛/另, figures.
_FORBIDDEN = set("一二三四五六七八九十〇两兩念廿毛另0123456789０１２３４５６７８９")
_DECIMALS = re.compile("^零?(?:([壹贰叁肆伍陆柒捌玖])角)?零?(?:([壹贰叁肆伍陆柒捌玖])分)?(整?)$")


def amount_in_capitals(amount: Decimal) -> str:
    """`Decimal('1680.32')` -> `人民币壹仟陆佰捌拾元零叁角贰分` (BranchDesk's choice of the optional 零)."""
    fen = _checked_fen(amount)
    yuan = fen // 100
    wan_marker = yuan % 10**8 >= 10**4
    return PREFIX + _render(fen, zero_after_wan=not wan_marker, zero_after_yuan=True)


def accepted_forms(amount: Decimal) -> tuple[str, ...]:
    """Every writing the validator accepts for `amount`, BranchDesk's first; prefix included."""
    fen = _checked_fen(amount)
    first = amount_in_capitals(amount)
    others = {
        PREFIX + _render(fen, zero_after_wan=w, zero_after_yuan=y)
        for w, y in product((True, False), repeat=2)
    }
    return (first, *sorted(others - {first}))


def parse_capitals(text: str) -> Decimal:
    """Read and validate a 大写金额; the prefix 人民币 may be left out but never followed by a gap.

    Accepts 貳陸億萬圓 and both forms of an optional 零. Refuses `capitals_empty`, `capitals_gap` (whitespace
    inside), `capitals_forbidden_character` (一…十, 两, 念, 毛, 另, figures; `char` names it),
    `capitals_unknown_character`, `capitals_malformed` (cannot be read as an amount), `amount_too_large` and
    `capitals_not_standard` (readable but not written as the rules require, e.g. 拾元整; `expected` gives
    BranchDesk's form).
    """
    cleaned = text.strip().translate(_TRADITIONAL)
    cleaned = cleaned.removeprefix(PREFIX)
    if not cleaned:
        raise InvalidValue("capitals_empty")
    for ch in cleaned:
        if ch.isspace():
            raise InvalidValue("capitals_gap")  # a gap invites an added digit
        if ch in _FORBIDDEN:
            raise InvalidValue("capitals_forbidden_character", char=ch)
        if ch not in _ALLOWED:
            raise InvalidValue("capitals_unknown_character", char=ch)
    fen = _lenient_fen(cleaned)
    if fen >= LIMIT_YUAN * 100:
        raise InvalidValue("amount_too_large", value=text.strip())
    amount = Decimal(fen).scaleb(-2)
    forms = accepted_forms(amount)
    if PREFIX + cleaned not in forms:
        raise InvalidValue("capitals_not_standard", expected=forms[0])
    return amount


def date_in_capitals(d: date) -> str:
    """`date(2026, 10, 20)` -> `贰零贰陆年零壹拾月零贰拾日`."""
    year = "".join(_DIGITS[int(ch)] for ch in f"{d.year:04d}")
    # 零 in front keeps a 壹, 贰 or 壹拾 from being extended by hand into another month or day.
    month = ("零" if d.month in (1, 2, 10) else "") + _tens_and_ones(d.month)
    day = ("零" if d.day < 10 or d.day % 10 == 0 else "") + _tens_and_ones(d.day)
    return f"{year}年{month}月{day}日"


def _tens_and_ones(n: int) -> str:
    tens, ones = divmod(n, 10)
    written = _DIGITS[tens] + "拾" if tens else ""  # 11-19 get 壹: 拾 never stands alone
    return written + (_DIGITS[ones] if ones else "")


def _checked_fen(amount: Decimal) -> int:
    if isinstance(amount, Decimal) and not amount.is_finite():
        raise InvalidValue("malformed_amount", value=str(amount))
    fen = to_fen(amount)  # refuses floats and fractions of a fen
    if fen < 0:
        raise InvalidValue("amount_negative", value=str(amount))
    if fen >= LIMIT_YUAN * 100:
        raise InvalidValue("amount_too_large", value=str(amount))
    return fen


def _render(fen: int, *, zero_after_wan: bool, zero_after_yuan: bool) -> str:
    """The amount without prefix; the two flags choose the optional 零 (used only where one applies)."""
    yuan, cents = divmod(fen, 100)
    jiao, fen_digit = divmod(cents, 10)
    if yuan == 0:
        if cents == 0:
            return "零元整"
        return (_DIGITS[jiao] + "角" if jiao else "") + (_DIGITS[fen_digit] + "分" if fen_digit else "")
    out = _integer(yuan, zero_after_wan=zero_after_wan) + "元"
    if cents == 0:
        return out + "整"
    if jiao == 0:
        return out + "零" + _DIGITS[fen_digit] + "分"  # 零 after 元 is mandatory when 角 = 0
    if yuan % 10 == 0 and zero_after_yuan:
        out += "零"
    out += _DIGITS[jiao] + "角"
    return out + (_DIGITS[fen_digit] + "分" if fen_digit else "")


def _integer(yuan: int, *, zero_after_wan: bool) -> str:
    digits = [int(ch) for ch in reversed(str(yuan))]  # digits[pos] is the 10^pos digit
    out: list[str] = []
    zeros = False
    for pos in range(len(digits) - 1, -1, -1):
        digit = digits[pos]
        if digit == 0:
            zeros = True
        else:
            # The one optional 零 of the integer part: a run ending at 万位 with 千位 non-zero.
            if zeros and (pos != 3 or zero_after_wan):
                out.append("零")
            zeros = False
            out.append(_DIGITS[digit] + _SMALL_UNITS[pos % 4])
        if pos in (4, 12) and any(digits[pos : pos + 4]):
            out.append("万")
        elif pos == 8 and any(digits[8:]):
            out.append("亿")
    return "".join(out)


def _lenient_fen(text: str) -> int:
    """Read the value of a capitals text loosely; parse_capitals then checks the text is a standard form."""
    if text.count("元") > 1:
        raise InvalidValue("capitals_malformed", text=text)
    integer, _, rest = text.rpartition("元") if "元" in text else ("", "", text)
    if "元" in text and not integer:
        raise InvalidValue("capitals_malformed", text=text)
    match = _DECIMALS.match(rest)
    if not match or (not integer and not any(match.groups()[:2])):
        raise InvalidValue("capitals_malformed", text=text)
    jiao, fen_digit, _ = match.groups()
    cents = (_DIGITS.index(jiao) * 10 if jiao else 0) + (_DIGITS.index(fen_digit) if fen_digit else 0)
    return _lenient_integer(integer, text) * 100 + cents


def _lenient_integer(text: str, whole: str) -> int:
    above_yi = below_wan = small = 0
    digit: int | None = None
    for ch in text:
        if ch in _DIGITS[1:]:
            if digit is not None:
                raise InvalidValue("capitals_malformed", text=whole)
            digit = _DIGITS.index(ch)
        elif ch == "零":
            if digit is not None:
                raise InvalidValue("capitals_malformed", text=whole)
        elif ch in "拾佰仟":
            small += (1 if digit is None else digit) * 10 ** ("拾佰仟".index(ch) + 1)  # bare 拾 reads as 壹拾
            digit = None
        elif ch == "万" and (small or digit):
            below_wan += (small + (digit or 0)) * 10**4
            small, digit = 0, None
        elif ch == "亿" and (below_wan or small or digit):
            above_yi = (above_yi + below_wan + small + (digit or 0)) * 10**8
            below_wan = small = 0
            digit = None
        else:
            raise InvalidValue("capitals_malformed", text=whole)
    return above_yi + below_wan + small + (digit or 0)
