"""Every message is filled: each code in each language, with its parameters, leaves no `{` in the text, and every
reason and warning the suitability rules produce is worded with the parameters the rule attaches."""

from __future__ import annotations

import ast
import string
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

import domain.suitability as suitability_package
from desktop import i18n
from widgets.messages import _ALL, describe, describe_finding, describe_reason

LANGUAGES = ("en", "zh_CN", "zh_TW")


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def sample(name: str) -> object:
    return f"<{name}>"


@pytest.fixture(params=LANGUAGES)
def language(app, request):
    assert i18n.install(request.param)
    yield request.param
    i18n.install("en")


def test_every_code_renders_filled_with_the_same_placeholders_in_every_language(language):
    problems = []
    for code, source in sorted(_ALL.items()):
        names = placeholders(source)
        translated = QCoreApplication.translate("Messages", source)
        if language != "en" and translated == source:
            problems.append(f"{code}: not translated")
            continue
        try:
            used = placeholders(translated)
        except ValueError as malformed:
            problems.append(f"{code}: malformed {translated!r} ({malformed})")
            continue
        if used != names:
            problems.append(f"{code}: uses {sorted(used)}, the source has {sorted(names)}")
        text = describe(code, {name: sample(name) for name in names})
        if "{" in text or "}" in text:
            problems.append(f"{code}: left unfilled: {text}")
        missing = [name for name in names if sample(name) not in text]
        if missing:
            problems.append(f"{code}: drops {missing}: {text}")
    assert not problems, "\n".join(problems)


# --- what the rules really attach -------------------------------------------------------------------------------

_RULE_FILES = sorted(Path(suitability_package.__file__).parent.glob("*_rules.py"))


def _value(node: ast.expr, name: str) -> object:
    """A constant as the rule writes it; anything computed as a value of the kind the parameter holds."""
    if isinstance(node, ast.Constant):
        return node.value
    if (
        "amount" in name
        or name in {"minimum", "maximum", "step", "financial_assets"}
        or name.startswith("nearest")
    ):
        return Decimal("12345.60")
    if name in {"id_expiry", "valid_until", "assessed_on", "qualified_until", "sale_start", "sale_end"}:
        return date(2026, 3, 31)
    if name in {"age", "age_min", "age_max", "hours"}:
        return 67
    return f"<{name}>"


def _rule_findings() -> list[tuple[str, dict[str, object]]]:
    """Every `block(Reason.X, ...)` / `warn(Reason.X, ...)` in the rule modules, with the parameters it attaches."""
    found = []
    for path in _RULE_FILES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id not in {"block", "warn"}:
                continue
            reason = node.args[0]
            assert isinstance(reason, ast.Attribute), ast.dump(reason)
            code = getattr(suitability_package.Reason, reason.attr).value
            found.append((code, {kw.arg: _value(kw.value, kw.arg) for kw in node.keywords if kw.arg}))
    return found


RULE_FINDINGS = _rule_findings()


def test_the_rules_are_found():
    codes = {code for code, _ in RULE_FINDINGS}
    assert {"senior_special_care", "cooling_off", "dual_recording_required", "risk_mismatch"} <= codes
    assert set(suitability_package.WARNINGS) <= codes


@pytest.mark.parametrize(("code", "params"), RULE_FINDINGS, ids=[code for code, _ in RULE_FINDINGS])
def test_every_rule_finding_is_worded_with_its_own_parameters(language, code, params):
    variants = [params]
    if code == "age_out_of_range":  # an open-ended range has its own words
        variants += [{**params, "age_min": None}, {**params, "age_max": None}]
    for shown in variants:
        for text in (describe_finding(code, shown), describe_reason(code, shown)):
            assert "{" not in text and "}" not in text, text
            assert text != code, text


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "opinion book"), ("zh_CN", "意见簿"), ("zh_TW", "意見簿")],
    indirect=["language"],
)
def test_a_daily_check_already_on_record_names_the_check_in_words(language, words):
    text = describe("daily_check_already_recorded", {"date": "2026-11-20", "check": "opinion_book"})
    assert words in text and "opinion_book" not in text
