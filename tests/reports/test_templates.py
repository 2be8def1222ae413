"""The clause files under resources/agreements/: every one loads, a bad one is refused naming file and key."""

from __future__ import annotations

import pytest

from domain.documents import (
    AGREEMENT_TEMPLATES,
    ALL_TEMPLATES,
    DocumentKind,
    TemplateInvalid,
    load_template,
    parse_template,
    template_path,
)

GOOD = """
template: sample
version: sample_v1
kind: agreement
effective_from: 2026-01-01
title: 测试协议
families: [deposit]
clauses:
  - heading: 第一条
    text: >
      第一行
      第二行

      第二段
"""


@pytest.mark.parametrize("template_id", ALL_TEMPLATES)
def test_every_shipped_template_loads(template_id: str) -> None:
    template = load_template(template_id)
    assert template.template_id == template_id
    assert template.version.startswith(template_id)
    assert template.title
    expected = {"receipt": DocumentKind.RECEIPT, "risk_assessment_confirmation": DocumentKind.ASSESSMENT,
                "cooling_off_cancellation": DocumentKind.CANCELLATION}  # fmt: skip
    assert template.kind is expected.get(template_id, DocumentKind.AGREEMENT)
    if template.kind is DocumentKind.AGREEMENT:
        assert template.clauses and template.customer_confirmation


def test_no_template_file_is_left_out() -> None:
    shipped = {p.stem for p in template_path("x").parent.glob("*.yaml")}
    assert shipped == set(ALL_TEMPLATES)


@pytest.mark.parametrize("template_id", ["wealth_subscription", "fund_subscription"])
def test_investment_templates_carry_the_disclosure_handwritten_line_and_cooling_off(template_id: str) -> None:
    template = load_template(template_id)
    assert template.risk_disclosure is not None and "风险" in template.risk_disclosure.text
    assert template.handwritten_statement == "本人已经阅读风险揭示，愿意承担投资风险"
    assert template.cooling_off and "冷静期" in template.cooling_off


@pytest.mark.parametrize("template_id", AGREEMENT_TEMPLATES)
def test_every_agreement_states_deposit_insurance_or_is_an_application(template_id: str) -> None:
    text = "".join(c.text for c in load_template(template_id).clauses)
    assert "存款保险" in text or template_id in ("loan_application", "deposit_certificate")


def test_folded_text_keeps_paragraphs_and_drops_the_spaces_of_line_breaks() -> None:
    template = parse_template(GOOD, source="sample.yaml")
    assert template.clauses[0].text == "第一行第二行\n\n第二段"


@pytest.mark.parametrize(
    ("change", "key", "words"),
    [
        (("title: 测试协议", "title: 测试协议\ncolour: red"), "colour", "unknown key"),
        (("  - heading: 第一条", "  - heading: 第一条\n    note: x"), "clauses[1].note", "unknown key"),
        (("version: sample_v1\n", ""), "version", "missing"),
        (("kind: agreement", "kind: contract"), "kind", "must be one of"),
        (("title: 测试协议", "title: 测试协议\ntitle: 又一个"), "title", "written twice"),
        (("第一行", "第一行{customer_phone}"), "clauses[1].text", "unknown placeholder"),
        (("template: sample", "template: other"), "template", "file name"),
        (("families: [deposit]\n", ""), "families", "product families it is written for"),
        (("families: [deposit]", "families: [savings]"), "families", "must be a list of product families"),
        (
            ("families: [deposit]", "families: [deposit]\nprints_maturity: sometimes"),
            "prints_maturity",
            "true or",
        ),
        (("effective_from: 2026-01-01", "effective_from: soon"), "effective_from", "date"),
        (
            ("title: 测试协议", "title: 测试协议\nhandwritten_statement: 抄录"),
            "handwritten_statement",
            "risk_disclosure",
        ),
    ],
)
def test_a_bad_template_is_refused_naming_file_and_key(change: tuple[str, str], key: str, words: str) -> None:
    text = GOOD.replace(*change, 1)
    assert text != GOOD
    with pytest.raises(TemplateInvalid) as refused:
        parse_template(text, source="sample.yaml")
    message = str(refused.value)
    assert "sample.yaml" in message and f"'{key}'" in message and words in message
    assert refused.value.code == "document_template_invalid"
    assert refused.value.params["file"] == "sample.yaml" and refused.value.params["key"] == key


def test_broken_yaml_and_a_missing_file_are_refused() -> None:
    with pytest.raises(TemplateInvalid, match=r"sample.yaml: not valid YAML \(line"):
        parse_template("title: [unclosed", source="sample.yaml")
    with pytest.raises(TemplateInvalid, match="file not found"):
        load_template("no_such_template")
