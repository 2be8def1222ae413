"""Every refusal the code raises belongs to a family a caller can test with isinstance, and is worded."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from domain import errors
from domain.complaint_flow import ComplaintNotClosable
from domain.errors import (
    FAMILIES,
    Conflict,
    DomainError,
    InvalidValue,
    Misconfigured,
    NotApproved,
    NotPermitted,
    NotYours,
    RecordAltered,
    Refused,
    SeparationOfDuties,
    SignInRefused,
    UnknownRecord,
)
from domain.suitability.model import Finding
from widgets.messages import _ALL as WORDED

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("domain", "services", "db", "reports", "widgets", "desktop", "demo")
FAMILY_NAMES = {f.__name__: f for f in FAMILIES}

# Raises whose code is computed rather than written at the raise, with the codes they can carry.
COMPUTED = {
    ("services/staff.py", "SignInRefused"): {"account_disabled", "account_locked"},
    ("services/complaint_documents.py", "Conflict"): {  # domain.complaint_documents.document_problem
        "complaint_document_withdrawn",
        "complaint_transfer_needs_handler",
        "complaint_urging_not_open",
        "complaint_urging_no_deadline",
        "complaint_urging_too_early",
        "complaint_result_not_replied",
    },
    ("services/assessments.py", "Refused"): {  # Reason members
        "assessment_daily_limit_reached",
        "assessment_annual_limit_reached",
        "assessment_change_not_reconfirmed",
    },
}


def _raises() -> list[tuple[str, int, str, str | None]]:
    """(file, line, class called, literal code or None) for each call of DomainError or a family in the source."""
    found = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if rel == "domain/errors.py":
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                    continue
                name = node.func.id
                if name != "DomainError" and name not in FAMILY_NAMES:
                    continue
                first = node.args[0] if node.args else None
                code = (
                    first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else None
                )
                found.append((rel, node.lineno, name, code))
    return found


RAISES = _raises()


def test_the_scan_finds_the_raises() -> None:
    assert len(RAISES) > 200  # the scan reads the source (a broken walk would pass every test below)
    assert {name for _, _, name, _ in RAISES} == set(FAMILY_NAMES)


def test_no_bare_domain_error_is_raised_outside_domain_errors() -> None:
    bare = [f"{file}:{line}" for file, line, name, _ in RAISES if name == "DomainError"]
    assert bare == []


def test_every_literal_code_is_listed_in_its_family() -> None:
    wrong = [
        f"{file}:{line} {name}({code!r})"
        for file, line, name, code in RAISES
        if code is not None and FAMILY_NAMES[name].codes and code not in FAMILY_NAMES[name].codes
    ]
    assert wrong == []


def test_a_family_code_is_raised_only_with_its_family() -> None:
    family_of = {code: family.__name__ for family in FAMILIES for code in family.codes}
    wrong = [
        f"{file}:{line} {name}({code!r}), listed under {family_of[code]}"
        for file, line, name, code in RAISES
        if code in family_of and family_of[code] != name
    ]
    assert wrong == []


def test_computed_codes_are_the_known_ones() -> None:
    computed = {(file, name) for file, _, name, code in RAISES if code is None and name != "InvalidValue"}
    assert computed == set(COMPUTED)
    for (_, name), codes in COMPUTED.items():
        assert codes <= FAMILY_NAMES[name].codes


def test_families_do_not_share_codes_and_every_code_has_words() -> None:
    seen: dict[str, str] = {}
    for family in FAMILIES:
        for code in family.codes:
            assert code not in seen, f"{code} in {seen.get(code)} and {family.__name__}"
            seen[code] = family.__name__
            assert code in WORDED, f"{code} has no words in widgets/messages"
    assert len(seen) > 60


def test_every_listed_code_is_raised_somewhere() -> None:
    raised = {code for _, _, _, code in RAISES if code} | set().union(*COMPUTED.values())
    never = sorted(c for family in FAMILIES for c in family.codes if c not in raised)
    assert never == []


@pytest.mark.parametrize(
    ("family", "code"),
    [
        (SignInRefused, "wrong_password"),
        (NotPermitted, "not_permitted"),
        (NotYours, "task_not_yours"),
        (UnknownRecord, "unknown_staff"),
        (Conflict, "login_taken"),
        (SeparationOfDuties, "approval_same_person"),
        (NotApproved, "agreement_reprint_not_approved"),
        (RecordAltered, "audit_chain_broken"),
        (Misconfigured, "agreement_template_missing"),
        (InvalidValue, "agreement_term_required"),
    ],
)
def test_each_family_is_a_domain_error_and_no_other_family(family: type[DomainError], code: str) -> None:
    error = family(code, id=7)
    assert isinstance(error, DomainError)
    assert (error.code, error.params) == (code, {"id": 7})
    assert [f for f in FAMILIES if isinstance(error, f)] == [family]


def test_refused_carries_its_findings_typed() -> None:
    blocks = [Finding("risk_level_too_high", {"product": "R4"}), Finding("customer_under_18", {"age": 17})]
    error = Refused("agreement_refused", blocks, codes="risk_level_too_high, customer_under_18")
    assert error.findings == tuple(blocks)
    assert error.params == {"codes": "risk_level_too_high, customer_under_18"}
    assert Refused("assessment_daily_limit_reached", limit=2).findings == ()


def test_typed_errors_with_problems_stay_domain_errors() -> None:
    error = ComplaintNotClosable("TS-1", ["findings_required"])
    assert isinstance(error, DomainError) and error.problems == ("findings_required",)
    assert errors.DomainError is DomainError
