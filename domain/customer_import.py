"""Reading customer and holdings CSV files: every row checked fully, every problem collected with its line.

Pure: what the database already holds (staff logins, ID numbers on file, products, accounts) comes in as
preloaded lookups (`CustomerBook`, `HoldingBook`), so a 100,000-row file is checked without a query per row,
and the service writes nothing unless the whole file is clean.

Choices a branch should know about:
- An empty phone is accepted (children and some elderly customers have no mobile); a non-empty one must be a
  mainland mobile number.
- An ID document that has already expired is a warning, not a refusal: the branch is importing its existing book,
  and an expired ID is a re-identification trigger (DOMAIN §2), so the service marks the customer
  `re_identification_required` instead of leaving them out.
- For resident-ID holders, an empty birth_date or gender is taken from the ID number; a given one must agree.
- An empty civil_capacity is derived from age (under 8 none, under 18 limited, else full). Only what the law
  makes impossible is refused: `full` under 16, `limited` under 8.
- An empty customer_no whose ID number is already on file names that customer (a re-import updates it);
  otherwise the service generates a number.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Generic, TypeVar

from domain.codes import AssessmentChannel, CivilCapacity, Gender, IdType, RiskGrade
from domain.errors import DomainError, InvalidValue
from domain.identity import ResidentId, normalise_document_number, parse_resident_id, validate_mobile
from domain.money import parse_amount
from domain.people import age_on
from domain.text import text_problem

CUSTOMER_COLUMNS = (
    "customer_no", "name", "id_type", "id_number", "id_expiry", "gender", "birth_date", "nationality", "phone",
    "address", "occupation", "annual_income", "risk_grade", "risk_assessed_on", "risk_assessed_channel",
    "civil_capacity", "qualified_investor", "manager",
)  # fmt: skip
CUSTOMER_REQUIRED = frozenset({"name", "id_type", "id_number"})
HOLDING_COLUMNS = ("customer_no", "product_code", "account_no", "balance", "opened_on", "maturity_on")
HOLDING_REQUIRED = frozenset({"customer_no", "product_code", "account_no", "balance", "opened_on"})

# [CFG] 民法典: full capacity from 18, or 16-17 if self-supporting; none under 8 (older material says 10).
FULL_CAPACITY_MIN_AGE = 16
LIMITED_CAPACITY_MIN_AGE = 8
ADULT_AGE = 18

_CUSTOMER_NO = re.compile(r"^[A-Za-z0-9]{1,20}$")
_ACCOUNT_NO = re.compile(r"^[A-Za-z0-9]{1,32}$")
_NATIONALITY = re.compile(r"^[A-Z]{3}$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Residence permits for Hong Kong, Macao and Taiwan residents carry a resident-ID style number.
_PERMIT_REGIONS = {IdType.HK_MO_PERMIT: ("81", "82"), IdType.TW_PERMIT: ("83",)}
_MAX_LENGTH = {"name": 60, "address": 200, "occupation": 60, "product_code": 40}


@dataclass(frozen=True)
class RowProblem:
    """One thing wrong with a file: the line as a person counts it (header = 1), the column, a code."""

    line: int
    field: str
    code: str
    params: Mapping[str, object] = dataclasses.field(default_factory=dict, hash=False)


class ImportRejected(DomainError):
    """Nothing was written: `problems` lists every refused value of the file."""

    def __init__(self, problems: list[RowProblem] | tuple[RowProblem, ...]) -> None:
        super().__init__("import_rejected", count=len(problems))
        self.problems = tuple(sorted(problems, key=lambda p: p.line))


@dataclass(frozen=True)
class RiskRecord:
    grade: RiskGrade
    assessed_on: date
    channel: AssessmentChannel


@dataclass(frozen=True)
class CustomerRecord:
    line: int
    customer_no: str | None  # None: a new customer, the service generates the number
    name: str
    id_type: IdType
    id_number: str
    id_expiry: date | None  # None: long-term (长期)
    gender: Gender
    birth_date: date
    nationality: str
    phone: str
    address: str
    occupation: str
    annual_income: Decimal | None
    risk: RiskRecord | None
    civil_capacity: CivilCapacity
    qualified_investor: bool
    manager: str | None
    id_expired: bool


@dataclass(frozen=True)
class HoldingRecord:
    line: int
    customer_no: str
    product_code: str
    account_no: str
    balance: Decimal
    opened_on: date
    maturity_on: date | None


@dataclass(frozen=True)
class CustomerBook:
    """What the database holds, for the checks a file cannot do on its own."""

    managers: frozenset[str]
    customer_nos: frozenset[str]
    id_owners: Mapping[tuple[str, str], str]  # (id_type, id_number) -> customer_no


@dataclass(frozen=True)
class HoldingBook:
    customer_nos: frozenset[str]
    product_codes: frozenset[str]
    account_owners: Mapping[str, tuple[str, str]]  # account_no -> (customer_no, product_code)


R = TypeVar("R")
E = TypeVar("E", bound=StrEnum)


@dataclass(frozen=True)
class ParsedFile(Generic[R]):
    columns: frozenset[str]  # the header: an absent column leaves that field of an existing record alone
    records: tuple[R, ...]  # only when `problems` is empty is this the whole file
    problems: tuple[RowProblem, ...]
    warnings: tuple[RowProblem, ...]


# -- reading the table ------------------------------------------------------------------------------------


def _table(
    text: str, known: tuple[str, ...], required: frozenset[str]
) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Check the header (file-level errors raise at once); return it and (line, cells) for non-blank rows."""
    text = text.removeprefix("\ufeff")  # Excel's "CSV UTF-8" starts with a byte-order mark
    reader = csv.reader(io.StringIO(text, newline=""))
    rows: list[tuple[int, list[str]]] = []
    try:
        header = [c.strip().lower() for c in next(reader, [])]
        last_line = reader.line_num
        for cells in reader:
            first_line, last_line = last_line + 1, reader.line_num  # a quoted value may span lines
            if any(c.strip() for c in cells):
                rows.append((first_line, [c.strip() for c in cells]))
    except csv.Error:
        raise ImportRejected([RowProblem(reader.line_num, "", "malformed_csv")]) from None
    while header and not header[-1]:  # spreadsheets like to add empty trailing columns
        header.pop()
    if not header:
        raise ImportRejected([RowProblem(1, "", "file_empty")])
    problems = [RowProblem(1, c, "unknown_column", {"column": c}) for c in header if c not in known]
    problems += [RowProblem(1, c, "duplicate_column", {"column": c}) for c in known if header.count(c) > 1]
    problems += [
        RowProblem(1, c, "missing_column", {"column": c}) for c in known if c in required - set(header)
    ]
    if problems:
        raise ImportRejected(problems)
    return header, rows


class _Line:
    """One data row being checked: typed getters that record a problem instead of raising."""

    def __init__(self, number: int, cells: dict[str, str], today: date) -> None:
        self.number = number
        self.cells = cells
        self.today = today
        self.problems: list[RowProblem] = []
        self.warnings: list[RowProblem] = []
        self.keys: dict[str, object] = {}  # what must be unique in the file, even when the row is bad

    def text(self, name: str) -> str:
        return self.cells.get(name, "")

    def fail(self, name: str, code: str, **params: object) -> None:
        self.problems.append(RowProblem(self.number, name, code, params))

    def warn(self, name: str, code: str, **params: object) -> None:
        self.warnings.append(RowProblem(self.number, name, code, params))

    def required(self, name: str) -> str | None:
        value = self.text(name)
        if not value:
            self.fail(name, "value_missing")
            return None
        if name in _MAX_LENGTH and len(value) > _MAX_LENGTH[name]:
            self.fail(name, "too_long", maximum=_MAX_LENGTH[name])
            return None
        return value

    def optional(self, name: str) -> str:
        value = self.text(name)
        if len(value) > _MAX_LENGTH.get(name, len(value)):
            self.fail(name, "too_long", maximum=_MAX_LENGTH[name])
        return value

    def pattern(self, name: str, regex: re.Pattern[str], code: str, *, required: bool = False) -> str | None:
        value = self.required(name) if required else self.text(name)
        if value and not regex.match(value):
            self.fail(name, code)
            return None
        return value or None

    def date(self, name: str, *, required: bool = False, past: bool = False) -> date | None:
        value = self.required(name) if required else self.text(name)
        if not value:
            return None
        try:
            if not _ISO_DATE.match(value):
                raise ValueError(value)
            day = date.fromisoformat(value)
        except ValueError:
            self.fail(name, "malformed_date", value=value)
            return None
        if past and day > self.today:
            self.fail(name, "date_in_future", value=value)
            return None
        return day

    def choice(self, name: str, codes: type[E], code: str, *, required: bool = False) -> E | None:
        value = self.required(name) if required else self.text(name)
        if not value:
            return None
        for candidate in (value, value.upper(), value.lower()):  # `c3`, `Branch`, `m` mean what they say
            try:
                return codes(candidate)
            except ValueError:
                continue
        self.fail(name, code, value=value)
        return None

    def amount(self, name: str, *, required: bool = False) -> Decimal | None:
        value = self.required(name) if required else self.text(name)
        if not value:
            return None
        try:
            return parse_amount(value)
        except InvalidValue as exc:
            self.fail(name, exc.code, **exc.params)
            return None


def _parse(
    text: str,
    known: tuple[str, ...],
    required: frozenset[str],
    today: date,
    check_row: Callable[[_Line], R | None],
) -> ParsedFile[R]:
    header, rows = _table(text, known, required)
    records: list[R] = []
    problems: list[RowProblem] = []
    warnings: list[RowProblem] = []
    for number, cells in rows:
        while len(cells) > len(header) and not cells[-1]:
            cells.pop()
        if len(cells) != len(header):
            problems.append(
                RowProblem(number, "", "wrong_field_count", {"found": len(cells), "expected": len(header)})
            )
            continue
        # A line break inside a quoted cell is the CSV's own (an address over two lines); anything else hidden is
        # one problem for the line: the rest of it cannot be trusted to mean what it shows.
        hidden = next(
            (
                (column, problem)
                for column, cell in zip(header, cells, strict=True)
                if (problem := text_problem(cell, multiline=True))
            ),
            None,
        )
        if hidden is not None:
            problems.append(RowProblem(number, hidden[0], "text_control_character_in_file", hidden[1]))
            continue
        line = _Line(number, dict(zip(header, cells, strict=True)), today)
        record = check_row(line)
        problems += line.problems
        warnings += line.warnings
        if not line.problems and record is not None:
            records.append(record)
    return ParsedFile(frozenset(header), tuple(records), tuple(problems), tuple(warnings))


# -- customers ------------------------------------------------------------------------------------------


def parse_customers(
    text: str, *, today: date, book: CustomerBook | None = None
) -> ParsedFile[CustomerRecord]:
    """Check a customer file. Without a `book` the database checks are skipped (the file alone)."""
    seen_ids: dict[tuple[str, str], int] = {}
    seen_numbers: dict[str, int] = {}

    def check_row(line: _Line) -> CustomerRecord | None:
        record = _customer(line, book)
        id_key = line.keys.get("id")
        if isinstance(id_key, tuple):
            if id_key in seen_ids:
                line.fail("id_number", "duplicate_id_number", first_line=seen_ids[id_key])
            seen_ids.setdefault(id_key, line.number)
        number = line.keys.get("customer_no")
        if isinstance(number, str):
            if number in seen_numbers:
                line.fail("customer_no", "duplicate_customer_no", first_line=seen_numbers[number])
            seen_numbers.setdefault(number, line.number)
        return record

    return _parse(text, CUSTOMER_COLUMNS, CUSTOMER_REQUIRED, today, check_row)


def _customer(line: _Line, book: CustomerBook | None) -> CustomerRecord | None:
    customer_no = _upper(line.pattern("customer_no", _CUSTOMER_NO, "customer_no_format"))
    name = line.required("name")
    id_type = line.choice("id_type", IdType, "unknown_id_type", required=True)
    raw_number = line.required("id_number")
    id_expiry = line.date("id_expiry")
    gender = line.choice("gender", Gender, "unknown_gender")
    birth_date = line.date("birth_date", past=True)

    id_number = embedded = None
    if id_type is not None and raw_number:
        id_number, embedded = _document_number(line, id_type, raw_number)
    if embedded is not None:  # birth date and gender are part of a resident-style number
        if birth_date is not None and birth_date != embedded.birth_date:
            line.fail("birth_date", "birth_date_mismatch")
        if gender is not None and gender is not embedded.gender:
            line.fail("gender", "gender_mismatch")
        birth_date, gender = embedded.birth_date, embedded.gender
    elif id_type is not None and id_type is not IdType.RESIDENT_ID:
        for column, value in (("gender", gender), ("birth_date", birth_date)):
            if value is None and not line.text(column):
                line.fail(column, "value_missing")

    nationality = _nationality(line, id_type)
    phone = _phone(line)
    address = line.optional("address")
    occupation = line.optional("occupation")
    income = line.amount("annual_income")
    risk = _risk(line)
    capacity = _capacity(line, birth_date)
    qualified = _boolean(line, "qualified_investor")
    manager = line.text("manager") or None
    id_expired = id_expiry is not None and id_expiry < line.today
    if id_expiry is not None and id_expired:
        line.warn("id_expiry", "id_expired", value=id_expiry.isoformat())

    if id_type is not None and id_number is not None:
        line.keys["id"] = (id_type.value, id_number)
    if book is not None:
        if manager is not None and manager not in book.managers:
            line.fail("manager", "unknown_manager", login=manager)
        if id_type is not None and id_number is not None:
            customer_no = _match_book(line, book, customer_no, (id_type.value, id_number))
    line.keys["customer_no"] = customer_no
    if line.problems:
        return None
    assert name and id_type and id_number and gender and birth_date and capacity  # guaranteed by the checks
    return CustomerRecord(
        line=line.number,
        customer_no=customer_no,
        name=name,
        id_type=id_type,
        id_number=id_number,
        id_expiry=id_expiry,
        gender=gender,
        birth_date=birth_date,
        nationality=nationality,
        phone=phone,
        address=address,
        occupation=occupation,
        annual_income=income,
        risk=risk,
        civil_capacity=capacity,
        qualified_investor=qualified,
        manager=manager,
        id_expired=id_expired,
    )


def _document_number(line: _Line, id_type: IdType, raw: str) -> tuple[str | None, ResidentId | None]:
    """The canonical number, and the parsed resident-style number when it carries a birth date and gender."""
    compact = raw.replace(" ", "").upper()
    resident_style = id_type is IdType.RESIDENT_ID or (
        len(compact) == 18 and compact.startswith(_PERMIT_REGIONS.get(id_type, ("-",)))
    )
    try:
        if not resident_style:
            return normalise_document_number(id_type, raw), None
        parsed = parse_resident_id(compact)
    except InvalidValue as exc:
        line.fail("id_number", exc.code, **exc.params)
        return None, None
    if parsed.birth_date > line.today:
        line.fail("id_number", "id_number_birth_date")
        return None, None
    return parsed.number, parsed


def _nationality(line: _Line, id_type: IdType | None) -> str:
    value = line.text("nationality").upper()
    if value and not _NATIONALITY.match(value):
        line.fail("nationality", "nationality_format")
    if value:
        return value
    # Resident IDs and the HK/Macao/Taiwan permits are held by Chinese nationals; a passport says nothing.
    chinese = id_type in (IdType.RESIDENT_ID, IdType.HK_MO_PERMIT, IdType.TW_PERMIT)
    return "CHN" if chinese else ""


def _phone(line: _Line) -> str:
    value = line.text("phone")
    if not value:
        return ""
    try:
        return validate_mobile(value)
    except InvalidValue as exc:
        line.fail("phone", exc.code)  # never echo the number itself
        return ""


def _risk(line: _Line) -> RiskRecord | None:
    grade = line.choice("risk_grade", RiskGrade, "unknown_risk_grade")
    assessed_on = line.date("risk_assessed_on", past=True)
    channel = line.choice("risk_assessed_channel", AssessmentChannel, "unknown_channel")
    if not line.text("risk_grade"):
        if line.text("risk_assessed_on") or line.text("risk_assessed_channel"):
            line.fail("risk_grade", "risk_fields_without_grade")
        return None
    for name, value in (("risk_assessed_on", assessed_on), ("risk_assessed_channel", channel)):
        if value is None and not line.text(name):
            line.fail(name, "value_missing")
    if grade is None or assessed_on is None or channel is None:
        return None
    return RiskRecord(grade=grade, assessed_on=assessed_on, channel=channel)


def _capacity(line: _Line, birth_date: date | None) -> CivilCapacity | None:
    capacity = line.choice("civil_capacity", CivilCapacity, "unknown_civil_capacity")
    if birth_date is None:
        return capacity
    age = age_on(birth_date, line.today)
    if capacity is None:
        if line.text("civil_capacity"):
            return None
        if age < LIMITED_CAPACITY_MIN_AGE:
            return CivilCapacity.NONE
        return CivilCapacity.LIMITED if age < ADULT_AGE else CivilCapacity.FULL
    impossible = (capacity is CivilCapacity.FULL and age < FULL_CAPACITY_MIN_AGE) or (
        capacity is CivilCapacity.LIMITED and age < LIMITED_CAPACITY_MIN_AGE
    )
    if impossible:
        line.fail("civil_capacity", "capacity_impossible_for_age", capacity=capacity.value, age=age)
    return capacity


def _upper(value: str | None) -> str | None:
    return value.upper() if value else value  # customer numbers are stored in capitals (C0000000001)


def _boolean(line: _Line, name: str) -> bool:
    value = line.text(name).lower()
    if value not in ("", "true", "false"):
        line.fail(name, "malformed_boolean", value=line.text(name))
    return value == "true"


def _match_book(line: _Line, book: CustomerBook, customer_no: str | None, key: tuple[str, str]) -> str | None:
    """Which customer the row is about: an existing number must hold this ID; an empty one may be found by it."""
    owner = book.id_owners.get(key)
    if customer_no is None:
        return owner
    if owner is not None and owner != customer_no:
        line.fail("id_number", "id_number_taken", customer_no=owner)
    elif owner is None and customer_no in book.customer_nos:
        line.fail("customer_no", "customer_no_id_mismatch", customer_no=customer_no)
    return customer_no


# -- holdings ---------------------------------------------------------------------------------------------


def parse_holdings(text: str, *, today: date, book: HoldingBook | None = None) -> ParsedFile[HoldingRecord]:
    seen_accounts: dict[str, int] = {}

    def check_row(line: _Line) -> HoldingRecord | None:
        record = _holding(line, book)
        account = line.text("account_no")
        if account in seen_accounts:
            line.fail("account_no", "duplicate_account_no", first_line=seen_accounts[account])
        seen_accounts.setdefault(account, line.number)
        return record

    return _parse(text, HOLDING_COLUMNS, HOLDING_REQUIRED, today, check_row)


def _holding(line: _Line, book: HoldingBook | None) -> HoldingRecord | None:
    customer_no = _upper(line.pattern("customer_no", _CUSTOMER_NO, "customer_no_format", required=True))
    product_code = line.required("product_code")
    account_no = line.pattern("account_no", _ACCOUNT_NO, "account_no_format", required=True)
    balance = line.amount("balance", required=True)
    opened_on = line.date("opened_on", required=True, past=True)
    maturity_on = line.date("maturity_on")
    if opened_on and maturity_on and maturity_on < opened_on:
        line.fail("maturity_on", "maturity_before_opening")
    if book is not None:
        if customer_no and customer_no not in book.customer_nos:
            line.fail("customer_no", "unknown_customer", customer_no=customer_no)
        if product_code and product_code not in book.product_codes:
            line.fail("product_code", "unknown_product", product_code=product_code)
        owner = book.account_owners.get(account_no or "")
        if owner is not None and customer_no and owner[0] != customer_no:
            line.fail("account_no", "account_no_taken", customer_no=owner[0])
        elif owner is not None and product_code and owner[1] != product_code:
            line.fail("account_no", "account_product_mismatch", product_code=owner[1])
    if line.problems:
        return None
    assert customer_no and product_code and account_no and balance is not None and opened_on
    return HoldingRecord(line.number, customer_no, product_code, account_no, balance, opened_on, maturity_on)
