"""Counter receipts on three papers and both copies; the risk-assessment result confirmation."""

from __future__ import annotations

from dataclasses import replace

import pytest

from domain.documents import ReceiptCopy, load_template
from domain.errors import InvalidValue
from reports.assessment import build_assessment
from reports.receipt import PAPERS, build_receipt
from tests.reports import samples
from tests.reports.conftest import flat

MM = 72 / 25.4


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("copy", list(ReceiptCopy))
def test_receipt_mandatory_fields_on_every_paper(pdf, paper: str, copy: ReceiptCopy) -> None:
    doc = samples.receipt(copy=copy)
    out = pdf(build_receipt(doc, load_template("receipt"), paper=paper))
    text = out.flat
    for item in (
        doc.number,
        doc.service,
        "¥1,680.32",
        "人民币壹仟陆佰捌拾元零叁角贰分",
        doc.masked_account,
        doc.masked_id,
        doc.customer_name,
        doc.teller_name,
        doc.teller_login,
        "赵主管",
        "2026年11月29日10:31:05",
        "¥123,456.78",
        doc.institution.bank_name,
        doc.institution.branch_name,
        "业务受理章",
        "首次打印",
        "客户回单联" if copy is ReceiptCopy.CUSTOMER else "银行记账联",
        "第1页共1页",
    ):
        assert flat(item) in text, item
    assert ("客户签字" in text) is (copy is ReceiptCopy.BANK)
    assert out.pages == 1  # nothing spills onto a second sheet
    assert all(r["emb"] == "yes" for r in out.fonts)


def test_receipt_paper_sizes(pdf) -> None:
    template = load_template("receipt")
    sizes = {}
    for paper in PAPERS:
        words = pdf(build_receipt(samples.receipt(), template, paper=paper)).info["Page size"].split()
        sizes[paper] = (float(words[0]) / MM, float(words[2]) / MM)
    assert sizes["A4"] == pytest.approx((210, 297), abs=0.5)
    assert sizes["A5"] == pytest.approx((210, 148), abs=0.5)  # landscape
    width, height = sizes["roll80"]
    assert width == pytest.approx(80, abs=0.1) and 120 < height < 400  # as long as the receipt


def test_receipt_reprint_and_determinism(pdf) -> None:
    template = load_template("receipt")
    reprint = samples.receipt(reprint_count=2)
    text = pdf(build_receipt(reprint, template, paper="A5")).flat
    assert "补打第2次" in text and "副" in text
    once = build_receipt(samples.receipt(), template, paper="roll80")
    assert build_receipt(samples.receipt(), template, paper="roll80") == once
    with pytest.raises(InvalidValue):
        build_receipt(samples.receipt(), template, paper="Letter")


def test_assessment_confirmation(pdf) -> None:
    doc = samples.assessment()
    out = pdf(build_assessment(doc, load_template("risk_assessment_confirmation")))
    text = out.flat
    for item in (
        "个人客户风险承受能力评估结果确认书",
        doc.number,
        doc.customer_name,
        doc.masked_id_number,
        "risk_v2025_1",
        "52分",
        "C3（平衡型）",
        "2026年11月29日",
        "2027年11月28日",
        "营业网点柜面",
        "R1（低风险）、R2（中低风险）、R3（中等风险）",
        "您能承受的最大亏损？",
        "客户（签字）",
        "评估机构（盖章）",
        "业务专用章",
        doc.staff_name,
        load_template("risk_assessment_confirmation").version,
    ):
        assert flat(item) in text, item
    for page in range(1, out.pages + 1):
        assert f"第{page}页共{out.pages}页" in flat(out.page_text(page))
    assert all(r["emb"] == "yes" for r in out.fonts)


def test_assessment_notes_a_changed_or_capped_grade(pdf) -> None:
    doc = replace(samples.assessment(), previous_grade="C4", capped_by=("senior",))
    text = pdf(build_assessment(doc, load_template("risk_assessment_confirmation"))).flat
    assert "本次评估结果发生变化" in text and "高龄客户评估结果上限" in text


def test_assessment_confirmation_from_a_saved_result() -> None:
    from datetime import date, datetime

    from domain.documents import assessment_from_result
    from domain.questionnaire import Text
    from domain.questionnaire.result import AssessmentResult

    result = AssessmentResult(
        assessment_id=7,
        customer_no="C0001",
        customer_name="赵䶮",
        id_type="RESIDENT_ID",
        masked_id_number="1101**********1234",
        questionnaire_version="risk_v2025_1",
        questionnaire_title=Text("个人客户风险承受能力评估问卷", "Questionnaire"),
        score=30,
        grade="C2",
        label=Text("稳健型", "Moderate"),
        label_code="grade.C2",
        capped_by=(),
        assessed_on=date(2026, 11, 29),
        valid_until=date(2027, 11, 28),
        channel="online",
        allowed_levels=("R1", "R2"),
        previous_grade=None,
        grade_changed=False,
        confirmed=True,
        staff_login="lm001",
        staff_name="李明",
        branch_code="0101",
        branch_name="北京朝阳支行",
    )
    doc = assessment_from_result(
        result,
        number="0101-RA-2026-000078",
        template_version=load_template("risk_assessment_confirmation").version,
        institution=samples.INSTITUTION,
        issued_at=datetime(2026, 11, 29, 11, 0),
    )
    assert (doc.grade, doc.grade_label, doc.channel, doc.allowed_levels) == (
        "C2",
        "稳健型",
        "online",
        ("R1", "R2"),
    )
    assert doc.customer_name == "赵䶮" and doc.staff_name == "李明" and doc.id_type == "居民身份证"
