"""Resident identity numbers (GB 11643-1999), mobile numbers and masking of personal data."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from domain.codes import Gender, IdType
from domain.errors import InvalidValue

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"
_RESIDENT_ID = re.compile(r"^\d{17}[\dX]$")
_MOBILE = re.compile(r"^1[3-9]\d{9}$")
# Passports and permits: letters and digits only; the bank does a formal check, not an authenticity one.
_OTHER_DOCUMENT = re.compile(r"^[A-Z0-9]{5,20}$")


@dataclass(frozen=True)
class ResidentId:
    number: str
    region: str
    birth_date: date
    gender: Gender


def check_character(first17: str) -> str:
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def upgrade_15_digit(number: str) -> str:
    """Old 15-digit numbers: insert `19` before the year and add the check character."""
    first17 = number[:6] + "19" + number[6:]
    return first17 + check_character(first17)


def known_region(region: str) -> bool:
    """An administrative-division code that exists or existed (python-stdnum's GB/T 2260 list). The code is
    where the number was first issued, which may be years after the birth: any period of the code counts."""
    from stdnum import numdb  # its data file loads once, on the first check

    return bool(numdb.get("cn/loc").info(region)[0][1])


def parse_resident_id(raw: str, today: date | None = None) -> ResidentId:
    """Validate an 18-character resident ID (or upgrade a 15-digit one); codes say what is wrong: the format,
    an impossible or future birth date, a region code that never existed, the check character."""
    number = raw.strip().upper()
    if re.fullmatch(r"\d{15}", number):
        number = upgrade_15_digit(number)
    if not _RESIDENT_ID.match(number):
        raise InvalidValue("id_number_format")
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError as exc:
        raise InvalidValue("id_number_birth_date") from exc
    if born.year < 1880:
        raise InvalidValue("id_number_birth_date")
    if born > (today or date.today()):
        raise InvalidValue("id_number_birth_date_future", day=born.isoformat())
    if not known_region(number[:6]):
        raise InvalidValue("id_number_region", region=number[:6])
    if check_character(number[:17]) != number[17]:
        raise InvalidValue("id_number_checksum")
    gender = Gender.MALE if int(number[16]) % 2 else Gender.FEMALE
    return ResidentId(number=number, region=number[:6], birth_date=born, gender=gender)


def normalise_document_number(id_type: IdType, raw: str) -> str:
    """Canonical form used for de-duplication on (type, number)."""
    if id_type is IdType.RESIDENT_ID:
        return parse_resident_id(raw).number
    number = re.sub(r"[\s-]", "", raw).upper()
    if not _OTHER_DOCUMENT.match(number):
        raise InvalidValue("id_number_format")
    return number


def validate_mobile(raw: str) -> str:
    number = re.sub(r"[\s-]", "", raw)
    if number.startswith("+86"):
        number = number[3:]
    if not _MOBILE.match(number):
        raise InvalidValue("phone_format")
    return number


# Masking [CFG] per JR/T 0171-2020: screens, logs and errors use these for roles that may not see more.
def mask_id_number(number: str) -> str:
    if len(number) <= 8:
        return "*" * len(number)
    return number[:4] + "*" * (len(number) - 8) + number[-4:]


def mask_phone(number: str) -> str:
    if len(number) < 8:
        return "*" * len(number)
    return number[:3] + "*" * (len(number) - 7) + number[-4:]


def mask_account(number: str) -> str:
    return "*" * max(len(number) - 4, 0) + number[-4:]


def mask_address(address: str) -> str:
    """Province and city (the first six characters) kept, the rest hidden: `北京市朝阳区****`."""
    text = address.strip()
    if not text:
        return ""
    return text[:6] + "****" if len(text) > 6 else text[:1] + "****"


def mask_name(name: str) -> str:
    return name[:1] + "*" * max(len(name) - 1, 1) if name else name
