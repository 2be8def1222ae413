"""Money is Decimal yuan in Python and integer fen in storage; never float."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from domain.errors import InvalidValue

CENT = Decimal("0.01")
_PLAIN_AMOUNT = re.compile(r"^-?\d{1,15}(\.\d{1,2})?$")


def to_fen(amount: Decimal) -> int:
    """Exact conversion; refuses fractions of a fen and floats instead of rounding them away."""
    if isinstance(amount, float):
        raise TypeError("money must be Decimal, not float")
    if not isinstance(amount, Decimal):
        amount = Decimal(amount)
    fen = amount * 100
    if fen != fen.to_integral_value():
        raise InvalidValue("amount_too_precise", value=str(amount))
    return int(fen)


def from_fen(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(CENT)


def parse_amount(text: str, *, allow_negative: bool = False) -> Decimal:
    """Parse a plain decimal such as `50000.00`: no thousands separators, at most two decimals."""
    cleaned = text.strip()
    if not _PLAIN_AMOUNT.match(cleaned) or (cleaned.startswith("-") and not allow_negative):
        raise InvalidValue("malformed_amount", value=text)
    try:
        return Decimal(cleaned).quantize(CENT)
    except InvalidOperation as exc:  # pragma: no cover - the pattern already guards this
        raise InvalidValue("malformed_amount", value=text) from exc


def format_yuan(amount: Decimal) -> str:
    """`1,234,567.89`: how amounts read on screens and in exports."""
    return f"{amount.quantize(CENT):,}"
