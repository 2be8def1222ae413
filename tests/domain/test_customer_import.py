"""Checking customer and holdings CSV files without a database: every problem, with the line a person sees."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from domain.codes import CivilCapacity, Gender, IdType, RiskGrade
from domain.customer_import import (
    CUSTOMER_COLUMNS,
    HOLDING_COLUMNS,
    CustomerBook,
    HoldingBook,
    ImportRejected,
    parse_customers,
    parse_holdings,
)
from domain.identity import check_character
from domain.suitability.model import assessment_valid_until

TODAY = date(2026, 3, 15)


def resident_id(birth: str, sequence: int = 123, region: str = "110105") -> str:
    """A valid 18-character number: odd sequence = male, even = female."""
    first17 = f"{region}{birth.replace('-', '')}{sequence:03d}"
    return first17 + check_character(first17)


def customer_csv(
    *rows: dict[str, str], columns: tuple[str, ...] = CUSTOMER_COLUMNS, bom: bool = False
) -> str:
    lines = [",".join(columns)] + [",".join(row.get(c, "") for c in columns) for row in rows]
    return ("\ufeff" if bom else "") + "\n".join(lines) + "\n"


def person(**overrides: str) -> dict[str, str]:
    row = {
        "customer_no": "",
        "name": "张伟",
        "id_type": "RESIDENT_ID",
        "id_number": resident_id("1980-05-17", 123),
        "id_expiry": "2030-05-17",
        "gender": "M",
        "birth_date": "1980-05-17",
        "nationality": "",
        "phone": "13800138000",
        "address": "北京市海淀区中关村大街1号",
        "occupation": "工程师",
        "annual_income": "120000.00",
        "risk_grade": "C3",
        "risk_assessed_on": "2025-11-24",
        "risk_assessed_channel": "branch",
        "civil_capacity": "full",
        "qualified_investor": "false",
        "manager": "",
    }
    row.update(overrides)
    return row


def problems(text: str, book: CustomerBook | None = None) -> list[tuple[int, str, str]]:
    return [(p.line, p.field, p.code) for p in parse_customers(text, today=TODAY, book=book).problems]


def test_a_valid_file_gives_typed_frozen_records():
    parsed = parse_customers(customer_csv(person(), person(name="李娜", id_number=resident_id("1992-01-02", 246),
                                                          gender="F", birth_date="1992-01-02", risk_grade="",
                                                          risk_assessed_on="", risk_assessed_channel="",
                                                          annual_income="")), today=TODAY)  # fmt: skip
    assert parsed.problems == () and len(parsed.records) == 2
    first, second = parsed.records
    assert first.line == 2 and first.customer_no is None
    assert (first.id_type, first.gender, first.birth_date) == (
        IdType.RESIDENT_ID,
        Gender.MALE,
        date(1980, 5, 17),
    )
    assert first.annual_income == Decimal("120000.00") and isinstance(first.annual_income, Decimal)
    assert first.risk is not None and first.risk.grade is RiskGrade.C3
    assert first.nationality == "CHN" and first.id_expired is False
    assert second.risk is None and second.annual_income is None and second.gender is Gender.FEMALE
    with pytest.raises(AttributeError):
        first.name = "x"  # type: ignore[misc]


def test_a_byte_order_mark_and_windows_line_ends_are_accepted():
    text = customer_csv(person(), bom=True).replace("\n", "\r\n")
    assert len(parse_customers(text, today=TODAY).records) == 1


def test_birth_date_and_gender_come_from_a_resident_id_when_left_empty():
    record = parse_customers(customer_csv(person(gender="", birth_date="")), today=TODAY).records[0]
    assert (record.birth_date, record.gender) == (date(1980, 5, 17), Gender.MALE)


def test_a_15_digit_resident_id_is_stored_in_its_18_digit_form():
    record = parse_customers(customer_csv(person(id_number="110105800517123")), today=TODAY).records[0]
    assert record.id_number == resident_id("1980-05-17", 123)


@pytest.mark.parametrize(
    ("overrides", "field", "code"),
    [
        ({"id_number": resident_id("1980-05-17")[:-1] + "0"}, "id_number", "id_number_checksum"),
        ({"id_number": "11010519800517123"}, "id_number", "id_number_format"),
        ({"id_number": "110105198002301234"}, "id_number", "id_number_birth_date"),
        ({"birth_date": "1980-05-18"}, "birth_date", "birth_date_mismatch"),
        ({"gender": "F"}, "gender", "gender_mismatch"),
        ({"birth_date": "1980/05/17"}, "birth_date", "malformed_date"),
        ({"id_expiry": "2030-02-30"}, "id_expiry", "malformed_date"),
        ({"annual_income": "12000.005"}, "annual_income", "malformed_amount"),
        ({"annual_income": "-5.00"}, "annual_income", "malformed_amount"),
        ({"phone": "12345"}, "phone", "phone_format"),
        ({"phone": "010-62345678"}, "phone", "phone_format"),
        ({"id_type": "DRIVING_LICENCE"}, "id_type", "unknown_id_type"),
        ({"gender": "X"}, "gender", "unknown_gender"),
        ({"risk_grade": "C6"}, "risk_grade", "unknown_risk_grade"),
        ({"risk_assessed_channel": "phone"}, "risk_assessed_channel", "unknown_channel"),
        ({"civil_capacity": "partial"}, "civil_capacity", "unknown_civil_capacity"),
        ({"qualified_investor": "yes"}, "qualified_investor", "malformed_boolean"),
        ({"name": ""}, "name", "value_missing"),
        ({"id_number": ""}, "id_number", "value_missing"),
        ({"id_type": ""}, "id_type", "value_missing"),
        ({"name": "张" * 61}, "name", "too_long"),
        ({"customer_no": "C-001"}, "customer_no", "customer_no_format"),
        ({"nationality": "China"}, "nationality", "nationality_format"),
        ({"risk_assessed_on": ""}, "risk_assessed_on", "value_missing"),
        ({"risk_assessed_channel": ""}, "risk_assessed_channel", "value_missing"),
        ({"risk_assessed_on": "2026-03-16"}, "risk_assessed_on", "date_in_future"),
        ({"risk_grade": ""}, "risk_grade", "risk_fields_without_grade"),
        ({"id_type": "PASSPORT", "id_number": "E1234567", "gender": ""}, "gender", "value_missing"),
        ({"id_type": "PASSPORT", "id_number": "E1234567", "birth_date": ""}, "birth_date", "value_missing"),
        ({"id_type": "PASSPORT", "id_number": "E12"}, "id_number", "id_number_format"),
        (
            {"id_type": "PASSPORT", "id_number": "E1234567", "birth_date": "2027-01-01"},
            "birth_date",
            "date_in_future",
        ),
    ],
)
def test_each_bad_value_is_reported_with_its_line_column_and_reason(overrides, field, code):
    first = person(id_number=resident_id("1960-06-06", 777), gender="", birth_date="")
    third = person(id_number=resident_id("1970-01-01", 555), gender="", birth_date="")
    text = customer_csv(first, person(**overrides), third)
    assert problems(text) == [(3, field, code)]


def test_every_problem_of_a_row_is_collected_not_just_the_first():
    bad = person(birth_date="1980-05-18", gender="F", phone="123", annual_income="abc", risk_grade="C9")
    found = problems(customer_csv(bad))
    assert sorted(found) == sorted(
        [
            (2, "birth_date", "birth_date_mismatch"),
            (2, "gender", "gender_mismatch"),
            (2, "phone", "phone_format"),
            (2, "annual_income", "malformed_amount"),
            (2, "risk_grade", "unknown_risk_grade"),
        ]
    )


def test_line_numbers_count_blank_lines_and_values_spanning_lines():
    good = customer_csv(person()).splitlines()
    second = person(id_number=resident_id("1970-01-01", 555), gender="", birth_date="", address='"一号楼\n二单元"',
                    phone="999")  # fmt: skip
    text = "\n".join([good[0], good[1], "", ",".join(second[c] for c in CUSTOMER_COLUMNS)])
    text += "\n" + ",".join(person(id_number=resident_id("1971-01-01", 555), gender="", birth_date="1980-01-01")[c]
                            for c in CUSTOMER_COLUMNS)  # fmt: skip
    assert problems(text) == [(4, "phone", "phone_format"), (6, "birth_date", "birth_date_mismatch")]


def test_duplicates_within_the_file_name_the_first_line():
    text = customer_csv(
        person(customer_no="C1"),
        person(customer_no="C2", id_number="110105800517123"),  # the same number in its 15-digit form
        person(customer_no="C1", id_number=resident_id("1970-01-01", 555), gender="", birth_date=""),
    )
    parsed = parse_customers(text, today=TODAY)
    assert [(p.line, p.field, p.code, dict(p.params)) for p in parsed.problems] == [
        (3, "id_number", "duplicate_id_number", {"first_line": 2}),
        (4, "customer_no", "duplicate_customer_no", {"first_line": 2}),
    ]


@pytest.mark.parametrize(
    ("birth", "capacity", "code"),
    [
        ("2010-03-16", "full", "capacity_impossible_for_age"),  # 15 today
        ("2010-03-15", "full", None),  # 16 today: a self-supporting 16-year-old may have full capacity
        ("2018-03-16", "limited", "capacity_impossible_for_age"),  # 7
        ("2018-03-15", "limited", None),  # 8
        ("2018-03-16", "none", None),
        ("1950-01-01", "none", None),  # an adult wholly unable: a manual flag the branch may carry over
    ],
)
def test_civil_capacity_refuses_only_what_the_law_makes_impossible(birth, capacity, code):
    row = person(id_number=resident_id(birth, 124), gender="F", birth_date=birth, civil_capacity=capacity,
                 risk_grade="", risk_assessed_on="", risk_assessed_channel="")  # fmt: skip
    assert problems(customer_csv(row)) == ([(2, "civil_capacity", code)] if code else [])


@pytest.mark.parametrize(
    ("birth", "expected"),
    [
        ("2020-01-01", CivilCapacity.NONE),
        ("2012-01-01", CivilCapacity.LIMITED),
        ("2008-03-15", CivilCapacity.FULL),
    ],
)
def test_an_empty_civil_capacity_is_derived_from_age(birth, expected):
    row = person(id_number=resident_id(birth, 124), gender="F", birth_date=birth, civil_capacity="",
                 risk_grade="", risk_assessed_on="", risk_assessed_channel="")  # fmt: skip
    assert parse_customers(customer_csv(row), today=TODAY).records[0].civil_capacity is expected


def test_an_expired_id_is_a_warning_and_the_row_is_kept():
    parsed = parse_customers(customer_csv(person(id_expiry="2026-03-14")), today=TODAY)
    assert parsed.problems == () and parsed.records[0].id_expired
    assert [(w.line, w.field, w.code) for w in parsed.warnings] == [(2, "id_expiry", "id_expired")]


def test_an_empty_phone_and_an_empty_expiry_long_term_are_accepted():
    record = parse_customers(customer_csv(person(phone="", id_expiry="")), today=TODAY).records[0]
    assert record.phone == "" and record.id_expiry is None


def test_a_phone_with_country_code_and_spaces_is_stored_as_11_digits():
    record = parse_customers(customer_csv(person(phone="+86 138 0013 8000")), today=TODAY).records[0]
    assert record.phone == "13800138000"


def test_a_hong_kong_residence_permit_number_is_checked_like_a_resident_id():
    permit = resident_id("1985-07-01", 321, region="810000")
    row = person(id_type="HK_MO_PERMIT", id_number=permit, gender="M", birth_date="1985-07-01")
    assert problems(customer_csv(row)) == []
    assert problems(customer_csv({**row, "birth_date": "1985-07-02"})) == [
        (2, "birth_date", "birth_date_mismatch")
    ]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("", [(1, "", "file_empty")]),
        ("\n\n", [(1, "", "file_empty")]),
        ("name,id_type,id_number,colour\n", [(1, "colour", "unknown_column")]),
        ("name,id_type\n", [(1, "id_number", "missing_column")]),
        ("name,id_type,id_number,name\n", [(1, "name", "duplicate_column")]),
    ],
)
def test_file_level_errors_reject_the_whole_file(text, codes):
    with pytest.raises(ImportRejected) as rejected:
        parse_customers(text, today=TODAY)
    assert [(p.line, p.field, p.code) for p in rejected.value.problems] == codes
    assert rejected.value.code == "import_rejected"


def test_optional_columns_may_be_left_out_and_trailing_empty_columns_are_ignored():
    text = "name,id_type,id_number,,\n张伟,RESIDENT_ID," + resident_id("1980-05-17") + ",,\n"
    parsed = parse_customers(text, today=TODAY)
    assert parsed.problems == () and parsed.columns == {"name", "id_type", "id_number"}


def test_a_row_with_the_wrong_number_of_values_is_refused():
    text = customer_csv(person()) + "张伟,RESIDENT_ID\n"
    assert problems(text) == [(3, "", "wrong_field_count")]


def test_problem_parameters_never_carry_an_id_number_or_phone():
    number = resident_id("1980-05-17")
    bad = person(id_number=number[:-1] + "0", phone="1380013800", birth_date="x")
    text = customer_csv(bad, person(), person())
    for problem in parse_customers(text, today=TODAY).problems:
        assert all(str(v) not in (number, number[:-1] + "0", "1380013800") for v in problem.params.values())


# -- against the database's lookups --------------------------------------------------------------------------


def _book(**kwargs) -> CustomerBook:
    defaults = {"managers": frozenset({"wangcm"}), "customer_nos": frozenset(), "id_owners": {}}
    return CustomerBook(**{**defaults, **kwargs})


def test_database_checks_manager_and_id_owner():
    taken = resident_id("1970-01-01", 555)
    book = _book(customer_nos=frozenset({"C0000000009"}), id_owners={("RESIDENT_ID", taken): "C0000000009"})
    text = customer_csv(
        person(manager="nobody"),
        person(customer_no="C0000000001", id_number=taken, gender="", birth_date=""),
        person(customer_no="C0000000009", id_number=resident_id("1990-01-01", 555), gender="", birth_date=""),
    )
    assert problems(text, book) == [
        (2, "manager", "unknown_manager"),
        (3, "id_number", "id_number_taken"),
        (4, "customer_no", "customer_no_id_mismatch"),
    ]


def test_an_empty_customer_no_with_a_known_id_names_that_customer():
    number = resident_id("1980-05-17")
    book = _book(customer_nos=frozenset({"C0000000009"}), id_owners={("RESIDENT_ID", number): "C0000000009"})
    parsed = parse_customers(customer_csv(person(), person(customer_no="c0000000009", id_number=resident_id(
        "1970-01-01", 555), gender="", birth_date="")), today=TODAY, book=book)  # fmt: skip
    assert parsed.problems[0].code == "customer_no_id_mismatch"  # and numbers are read in capitals
    assert parsed.records[0].customer_no == "C0000000009"


# -- risk assessment validity -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("assessed", "valid_until"),
    [
        (date(2025, 11, 24), date(2026, 11, 23)),
        (date(2024, 2, 29), date(2025, 2, 27)),  # 29 February counts as 28 February the following year
        (date(2025, 3, 1), date(2026, 2, 28)),
        (date(2023, 3, 1), date(2024, 2, 29)),
    ],
)
def test_an_assessment_is_valid_through_twelve_months_less_a_day(assessed, valid_until):
    assert assessment_valid_until(assessed) == valid_until


# -- holdings ---------------------------------------------------------------------------------------------


def holdings_csv(*rows: dict[str, str], columns: tuple[str, ...] = HOLDING_COLUMNS) -> str:
    return "\n".join([",".join(columns)] + [",".join(r.get(c, "") for c in columns) for r in rows]) + "\n"


def account(**overrides: str) -> dict[str, str]:
    row = {
        "customer_no": "C0000000001",
        "product_code": "DEP-TIME-1Y",
        "account_no": "6222020200112233",
        "balance": "50000.00",
        "opened_on": "2025-06-01",
        "maturity_on": "2026-06-01",
    }
    row.update(overrides)
    return row


def holding_problems(text: str, book: HoldingBook | None = None) -> list[tuple[int, str, str]]:
    return [(p.line, p.field, p.code) for p in parse_holdings(text, today=TODAY, book=book).problems]


def test_a_valid_holdings_file():
    parsed = parse_holdings(holdings_csv(account(), account(account_no="1", maturity_on="")), today=TODAY)
    assert parsed.problems == ()
    assert parsed.records[0].balance == Decimal("50000.00") and parsed.records[1].maturity_on is None


@pytest.mark.parametrize(
    ("overrides", "field", "code"),
    [
        ({"maturity_on": "2025-05-31"}, "maturity_on", "maturity_before_opening"),
        ({"balance": "5万"}, "balance", "malformed_amount"),
        ({"balance": ""}, "balance", "value_missing"),
        ({"opened_on": "2026-03-16"}, "opened_on", "date_in_future"),
        ({"opened_on": "20250601"}, "opened_on", "malformed_date"),
        ({"account_no": "6222 0202"}, "account_no", "account_no_format"),
        ({"customer_no": ""}, "customer_no", "value_missing"),
        ({"product_code": ""}, "product_code", "value_missing"),
    ],
)
def test_each_bad_holding_value_is_reported(overrides, field, code):
    text = holdings_csv(account(account_no="1"), account(**overrides))
    assert holding_problems(text) == [(3, field, code)]


def test_holdings_duplicate_accounts_and_database_checks():
    book = HoldingBook(
        customer_nos=frozenset({"C0000000001", "C0000000002"}),
        product_codes=frozenset({"DEP-TIME-1Y", "DEP-DEMAND"}),
        account_owners={"A1": ("C0000000002", "DEP-TIME-1Y"), "A2": ("C0000000001", "DEP-DEMAND")},
    )
    text = holdings_csv(
        account(account_no="A0"),
        account(account_no="A0"),
        account(account_no="A3", customer_no="C0000000404", product_code="NOPE"),
        account(account_no="A1"),
        account(account_no="A2"),
    )
    assert holding_problems(text, book) == [
        (3, "account_no", "duplicate_account_no"),
        (4, "customer_no", "unknown_customer"),
        (4, "product_code", "unknown_product"),
        (5, "account_no", "account_no_taken"),
        (6, "account_no", "account_product_mismatch"),
    ]


def test_holdings_header_must_have_the_required_columns():
    with pytest.raises(ImportRejected) as rejected:
        parse_holdings("customer_no,product_code,account_no,balance\n", today=TODAY)
    assert [(p.field, p.code) for p in rejected.value.problems] == [("opened_on", "missing_column")]


def test_codes_are_read_whatever_their_case():
    row = person(
        id_type="resident_id",
        gender="m",
        risk_grade="c3",
        risk_assessed_channel="Branch",
        civil_capacity="FULL",
    )
    record = parse_customers(customer_csv(row), today=TODAY).records[0]
    assert (record.id_type, record.gender, record.civil_capacity) == (
        IdType.RESIDENT_ID,
        Gender.MALE,
        CivilCapacity.FULL,
    )
    assert record.risk is not None and record.risk.grade is RiskGrade.C3
