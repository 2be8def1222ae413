"""Resident ID checks beyond the checksum (issue 17): no birth date in the future, no invented region code."""

from __future__ import annotations

from datetime import date

import pytest

from domain.errors import InvalidValue
from domain.identity import check_character, known_region, parse_resident_id


def test_a_future_birth_date_and_an_invented_region_are_refused():
    def number(first17: str) -> str:
        return first17 + check_character(first17)

    born_tomorrow = number("11010520261208001")
    with pytest.raises(InvalidValue, match="id_number_birth_date_future"):
        parse_resident_id(born_tomorrow, today=date(2026, 12, 7))
    assert parse_resident_id(born_tomorrow, today=date(2026, 12, 8)).birth_date == date(2026, 12, 8)
    with pytest.raises(InvalidValue, match="id_number_region"):
        parse_resident_id(number("99999919800517001"))
    # Pudong's code (1993) is valid for someone born before it: the code is where the number was first issued.
    assert known_region("310115") and parse_resident_id(number("31011519800517001")).region == "310115"
