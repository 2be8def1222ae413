"""The complaint documents (DOMAIN §7.7, §8): register, transfer slip, urging slip, result report, read back with
pdftotext: the mandatory fields, the masked complainant, page numbering, the QR code, the same bytes twice."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest

from domain.complaint_documents import (
    CaseDocument,
    ComplaintCase,
    ComplaintDocumentKind,
    ComplaintRegister,
    UrgingSlip,
    default_urging_text,
)
from domain.errors import InvalidValue
from reports.complaint_forms import (
    build_register,
    build_result_report,
    build_transfer_slip,
    build_urging_slip,
)
from tests.reports.conftest import flat
from tests.reports.samples import INSTITUTION

MM = 72 / 25.4
PRINTED = datetime(2026, 11, 30, 9, 15, 42)
PRINTER = "赵主管（supervisor1）"
CLOSED = ComplaintCase(
    number="TS0101-2026-00007",
    status="closed",
    channel="walk_in",
    category="attitude",
    received_at=datetime(2026, 11, 23, 10, 30),
    content="客户反映柜员办理转账时态度冷淡，排队一小时无人引导，要求道歉。",
    complainant_name="王小明",
    complainant_phone="13812345678",
    identity_masked=False,
    handling_unit="北京朝阳支行",
    handler="李明（manager1）",
    handler_phone="010-88886666",
    registered_by="张柜员（teller1）",
    subject_staff="赵柜员",
    customer_no="C0000000001",
    amount=Decimal("60000.00"),
    major_reasons=("amount_over_threshold", "reputational_risk"),
    deadline=date(2026, 11, 26),
    assigned_at=datetime(2026, 11, 23, 11, 5),
    leader_instruction="同意处理意见，加强服务培训。",
    reply="已当面致歉并说明业务流程",
    replied_at=datetime(2026, 11, 27, 15, 0),
    findings="柜员未按规范接待",
    disposition="批评教育",
    corrective_measures="开展服务规范培训",
    satisfaction="basically_satisfied",
    overdue_reason="客户出差无法联系",
    closed_at=datetime(2026, 11, 28, 9, 0),
)
OPEN_MASKED = ComplaintCase(
    number="TS0101-2026-00008",
    status="handling",
    channel="phone",
    category="product",
    received_at=datetime(2026, 11, 23, 14, 0),
    content="理财产品收益低于预期",
    complainant_name="刘*",
    complainant_phone="139****4321",
    identity_masked=True,
    handling_unit="北京朝阳支行",
    handler="李明（manager1）",
    deadline=date(2026, 12, 7),
    warn_from=date(2026, 12, 2),
)


def case_doc(kind: ComplaintDocumentKind, case: ComplaintCase = CLOSED, days: int | None = 4) -> CaseDocument:
    return CaseDocument(kind, INSTITUTION, case, PRINTED, PRINTER, days)


def urging(case: ComplaintCase = OPEN_MASKED, left: int = -2) -> UrgingSlip:
    by = date(2026, 12, 10)
    return UrgingSlip(
        INSTITUTION,
        case,
        PRINTED,
        PRINTER,
        date(2026, 12, 9),
        left,
        by,
        default_urging_text(case, left, by),
        "赵主管",
    )


def frame_items(number: str, title: str) -> tuple[str, ...]:
    return (
        title,
        number,
        INSTITUTION.bank_name,
        INSTITUTION.branch_name,
        "2026年11月30日09:15:42",  # printed at
        "complaint_forms_v1",
        PRINTER,
    )


def test_transfer_slip_carries_the_case_and_the_hand_over(pdf) -> None:
    out = pdf(build_transfer_slip(case_doc(ComplaintDocumentKind.TRANSFER)))
    text = out.flat
    for item in (
        *frame_items(CLOSED.number, "客户投诉转办单"),
        "2026年11月23日10:30",
        "上门",
        "服务态度",
        "王小明",
        "13812345678",
        CLOSED.content,
        "是（涉及金额超过5万元、可能产生声誉风险）",
        "¥60,000.00",
        "赵柜员",
        "2026年11月26日",  # deadline
        "领导批示（意见栏）",
        CLOSED.leader_instruction,
        "李明（manager1）",
        "经办人（签收）",
        "转办人（投诉受理部门）",
        "第1页共1页",
    ):
        assert flat(item) in text, item
    assert "遮蔽" not in text
    assert out.pages == 1
    assert all(r["emb"] == "yes" for r in out.fonts)
    assert out.info["Title"] == f"客户投诉转办单 {CLOSED.number}"


def test_a_slip_before_the_leaders_instruction_leaves_room_for_it(pdf) -> None:
    fresh = replace(CLOSED, status="assigned", leader_instruction="", reply="", replied_at=None)
    text = pdf(build_transfer_slip(case_doc(ComplaintDocumentKind.TRANSFER, fresh))).flat
    assert "领导批示（意见栏）" in text and CLOSED.leader_instruction not in text


def test_urging_slip_says_how_late_and_by_when(pdf) -> None:
    out = pdf(build_urging_slip(urging()))
    text = out.flat
    for item in (
        *frame_items(OPEN_MASKED.number, "客户投诉督办单"),
        "已超时2个工作日",
        "2026年12月07日",  # deadline
        "回复期限",
        "2026年12月10日",
        "督办意见",
        "已超过处理时限2个工作日",
        "督办人：赵主管",
        "督办日期：2026年12月09日",
        "经办单位反馈",
        "李明（manager1）",
        "处理中",
        "第1页共1页",
    ):
        assert flat(item) in text, item
    assert out.pages == 1


def test_a_reader_who_may_not_see_the_complainant_gets_it_masked_and_told(pdf) -> None:
    text = pdf(build_urging_slip(urging())).flat
    assert "刘*" in text and "遮蔽" in text
    left = pdf(build_urging_slip(urging(left=1))).flat
    assert "剩余1个工作日" in left and "距处理时限仅剩1个工作日" in left


def test_result_report_has_every_mandatory_item(pdf) -> None:
    out = pdf(build_result_report(case_doc(ComplaintDocumentKind.RESULT)))
    text = out.flat
    for item in (
        *frame_items(CLOSED.number, "客户投诉处理结果报告单"),
        "调查核实情况",
        CLOSED.findings,
        "相关责任人处理意见",
        CLOSED.disposition,
        "教训及整改措施",
        CLOSED.corrective_measures,
        CLOSED.reply,
        "■基本满意",
        "□满意",
        "共4个工作日",
        "超时原因",
        CLOSED.overdue_reason,  # replied after the deadline
        "010-88886666",  # the handler's phone
        CLOSED.leader_instruction,
        "经办人（签字）",
        "审核人（签字）",
        "第1页共1页",
    ):
        assert flat(item) in text, item
    on_time = replace(CLOSED, replied_at=datetime(2026, 11, 25, 9, 0), overdue_reason="")
    assert "未超时" in pdf(build_result_report(case_doc(ComplaintDocumentKind.RESULT, on_time))).flat


def test_a_result_report_of_a_case_only_replied_to_prints_empty_boxes(pdf) -> None:
    replied = replace(CLOSED, status="replied", findings="", disposition="", corrective_measures="",
                      satisfaction="", leader_instruction="", closed_at=None)  # fmt: skip
    text = pdf(build_result_report(case_doc(ComplaintDocumentKind.RESULT, replied))).flat
    assert "调查核实情况" in text and CLOSED.findings not in text
    assert "■" not in text and "□满意" in text


def test_register_is_landscape_numbers_its_pages_and_repeats_the_heading(pdf) -> None:
    rows = tuple(
        replace(case, number=f"TS0101-2026-{i:05d}") for i, case in enumerate([CLOSED, OPEN_MASKED] * 14, 1)
    )
    register = ComplaintRegister(INSTITUTION, date(2026, 11, 1), date(2026, 11, 30), rows, PRINTED, PRINTER)
    out = pdf(build_register(register))
    words = out.info["Page size"].split()
    assert (float(words[0]) / MM, float(words[2]) / MM) == pytest.approx((297, 210), abs=0.5)
    pages = out.pages
    assert pages >= 2
    first = flat(out.page_text(1))
    for item in (
        *frame_items("DJB0101-20261101-20261130", "客户投诉登记簿"),
        "2026年11月01日至2026年11月30日",
        "意见栏（领导批示）",
        "经办单位/经办人",
        "客户满意度",
        "TS0101-2026-00001",
        "2026-11-2310:30",
        "王小明",
        "刘*",
        "同意处理意见",  # the 意见栏 (cells wrap, so only its first line)
        "【已办结】",
        "基本满意",
        f"第1页共{pages}页",
    ):
        assert flat(item) in first, item
    last = flat(out.page_text(pages))
    assert "投诉编号" in last and "意见栏（领导批示）" in last  # the heading again
    assert f"第{pages}页共{pages}页" in last
    assert "本期共受理投诉28件，其中重大投诉14件" in last and "遮蔽" in last
    assert "TS0101-2026-00028" in out.flat


def test_an_empty_register_says_so(pdf) -> None:
    register = ComplaintRegister(INSTITUTION, date(2026, 11, 1), date(2026, 11, 30), (), PRINTED, PRINTER)
    text = pdf(build_register(register)).flat
    assert "本期无投诉记录" in text and "本期共受理投诉0件" in text and "第1页共1页" in text


def test_same_data_same_bytes_and_the_wrong_form_is_refused() -> None:
    doc = case_doc(ComplaintDocumentKind.RESULT)
    assert build_result_report(doc) == build_result_report(doc)
    assert build_urging_slip(urging()) == build_urging_slip(urging())
    with pytest.raises(InvalidValue) as wrong:
        build_transfer_slip(doc)
    assert wrong.value.code == "complaint_document_wrong_kind"


def test_the_qr_code_reads_back_the_number(tmp_path) -> None:
    path = tmp_path / "t.pdf"
    path.write_bytes(build_transfer_slip(case_doc(ComplaintDocumentKind.TRANSFER)))
    subprocess.run(
        ["pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "p")], check=True
    )
    png = next(tmp_path.glob("p*.png"))
    read = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True).stdout.strip()
    assert read == f"{CLOSED.number}|transfer"
