"""The complaint documents (DOMAIN §7.7, §8): register, transfer slip, urging slip, result report.

    build_register(register) -> bytes        客户投诉登记簿, landscape A4, one line per complaint
    build_transfer_slip(doc) -> bytes        客户投诉转办单, A4
    build_urging_slip(slip) -> bytes         客户投诉督办单, A4
    build_result_report(doc) -> bytes        客户投诉处理结果报告单, A4
    build_major_report(doc) -> bytes         重大投诉报告单, A4 (the report upward of a major complaint)

Every page carries the bank and outlet, the document's title, its number (the complaint's number; the register's
`DJB<branch>-<from>-<to>`), the form version, who printed it and when, 第 X 页 共 Y 页 and the QR code of the
number. Fields not filled in yet (the leader's instruction before closing, the result report of a case only
replied to) print as empty boxes to be written in by hand. The complainant is printed as given: the service
masks it for a reader who may not see it, and the document then says so. Same data, same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from domain.complaint_documents import (
    CATEGORY_WORDS,
    CHANNEL_WORDS,
    FORM_VERSION,
    MAJOR_REPORT_TITLE,
    MAJOR_WORDS,
    SATISFACTION_WORDS,
    STATUS_WORDS,
    TITLES,
    CaseDocument,
    ComplaintCase,
    ComplaintDocumentKind,
    ComplaintRegister,
    MajorReportDocument,
    UrgingSlip,
)
from domain.documents import Institution
from domain.errors import InvalidValue
from reports import _layout as L
from reports import fonts
from reports._layout import para

PORTRAIT = A4
PORTRAIT_MARGINS = (18 * mm, 18 * mm, 24 * mm, 20 * mm)
PORTRAIT_WIDTH = PORTRAIT[0] - PORTRAIT_MARGINS[0] - PORTRAIT_MARGINS[1]
LANDSCAPE = landscape(A4)
LANDSCAPE_MARGINS = (12 * mm, 12 * mm, 22 * mm, 18 * mm)
LANDSCAPE_WIDTH = LANDSCAPE[0] - LANDSCAPE_MARGINS[0] - LANDSCAPE_MARGINS[1]
MASKED_NOTE = "投诉人身份信息按保密规定遮蔽显示（仅经办人、登记人及投诉管理人员可查看完整信息）。"
NONE = "—"
# The register's columns: (heading, share of the width).
REGISTER_COLUMNS = (
    ("投诉编号", 0.098),
    ("受理时间", 0.062),
    ("投诉渠道", 0.048),
    ("投诉人", 0.06),
    ("投诉内容", 0.178),
    ("投诉类别", 0.05),
    ("重大投诉", 0.045),
    ("意见栏（领导批示）", 0.115),
    ("经办单位/经办人", 0.085),
    ("处理时限", 0.052),
    ("处理结果", 0.147),
    ("客户满意度", 0.06),
)


# -- shared pieces -----------------------------------------------------------------------------------------------


def _dt(value: datetime | None) -> str:
    return L.cn_datetime(value)[:-3] if value else NONE  # to the minute


def _major(case: ComplaintCase) -> str:
    if not case.major_reasons:
        return "否"
    return "是（" + "、".join(MAJOR_WORDS.get(r, r) for r in case.major_reasons) + "）"


def _deadline(case: ComplaintCase) -> str:
    return L.cn_date(case.deadline) if case.deadline else "人工确定"


def _frame(inst: Institution, title: str, number: str, printed_by: str, payload: str) -> L.Frame_:
    return L.Frame_(
        header_left=inst.bank_name,
        header_left_small=f"{inst.branch_name}（{inst.branch_code}）  {title}"
        + (f"  客服电话 {inst.phone}" if inst.phone else ""),
        footer_left=f"编号 {number} · 模板 {FORM_VERSION}",
        footer_right=f"打印：{printed_by}",
        qr_payload=payload,
        qr_size=15 * mm,
        watermark=None,
    )


def _heading(title: str, number: str, printed_at: datetime, s: L.Styles) -> list[Flowable]:
    return [
        para(title, s.title),
        para(
            f"编号：{number}　　打印时间：{L.cn_datetime(printed_at)}　　模板版本：{FORM_VERSION}", s.subtitle
        ),
    ]


def _box(text: str, s: L.Styles, *, blank: float = 14 * mm) -> list[Flowable] | Paragraph:
    """A field's value, or room to write it by hand when it is empty."""
    if text.strip():
        return L.paragraphs(text, s.cell) or para(text, s.cell)
    return [para("", s.cell), Spacer(1, blank)]


class _Rows:
    """A four-column form (label, value, label, value); `full` rows span the three value columns."""

    def __init__(self, s: L.Styles) -> None:
        self.s = s
        self.rows: list[list] = []
        self.spans: list[tuple[tuple[int, int], tuple[int, int]]] = []

    def pair(self, l1: str, v1: str, l2: str, v2: str) -> None:
        s = self.s
        self.rows.append([para(l1, s.cell_label), para(v1, s.cell), para(l2, s.cell_label), para(v2, s.cell)])

    def full(self, label: str, value: object) -> None:
        cell = para(value, self.s.cell) if isinstance(value, str) else value
        self.spans.append(((1, len(self.rows)), (3, len(self.rows))))
        self.rows.append([para(label, self.s.cell_label), cell, "", ""])

    def table(self, width: float) -> Table:
        return L.grid(
            self.rows,
            [0.18 * width, 0.34 * width, 0.16 * width, 0.32 * width],
            label_cols=(0, 2),
            spans=self.spans,
        )


def _case_head(case: ComplaintCase, rows: _Rows) -> None:
    rows.pair("投诉编号", case.number, "受理时间", _dt(case.received_at))
    rows.pair(
        "投诉渠道",
        CHANNEL_WORDS.get(case.channel, case.channel),
        "投诉类别",
        CATEGORY_WORDS.get(case.category, case.category),
    )
    rows.pair("投诉人", case.complainant_name or NONE, "联系电话", case.complainant_phone or NONE)


def _masked_note(case: ComplaintCase, s: L.Styles) -> list[Flowable]:
    return [Spacer(1, 1.5 * mm), para(MASKED_NOTE, s.small)] if case.identity_masked else []


def _build_portrait(
    story: list[Flowable], inst: Institution, title: str, kind: str, number: str, printed_by: str
) -> bytes:
    """A portrait form titled `title`; `kind` names it in the QR payload and the PDF's subject."""
    return L.build(
        story,
        pagesize=PORTRAIT,
        margins=PORTRAIT_MARGINS,
        frame=_frame(inst, title, number, printed_by, f"{number}|{kind}"),
        title=f"{title} {number}",
        subject=f"{FORM_VERSION}; complaint {kind}",
    )


def _sign(left: Sequence[Flowable], right_title: str, right_lines: list, seal: str, s: L.Styles) -> Table:
    return L.signature_block(list(left), right_title, right_lines, seal, PORTRAIT_WIDTH, s, seal_size=20 * mm)


# -- the transfer slip -------------------------------------------------------------------------------------------


def build_transfer_slip(doc: CaseDocument) -> bytes:
    """客户投诉转办单: the case as the handler receives it, the leader's instruction, the hand-over signatures."""
    if doc.kind is not ComplaintDocumentKind.TRANSFER:
        raise InvalidValue("complaint_document_wrong_kind", kind=doc.kind.value)
    s = L.styles(9.5)
    case, inst = doc.case, doc.institution
    rows = _Rows(s)
    _case_head(case, rows)
    rows.pair(
        "客户号",
        case.customer_no or NONE,
        "争议金额",
        L.money(case.amount) if case.amount is not None else NONE,
    )
    rows.full("是否重大投诉", _major(case))
    rows.pair("被投诉人员", case.subject_staff or NONE, "登记人", case.registered_by or NONE)
    rows.full("投诉内容", _box(case.content, s, blank=20 * mm))
    rows.pair("处理时限", _deadline(case), "转办时间", _dt(case.assigned_at))
    rows.pair(
        "经办单位",
        case.handling_unit,
        "经办人",
        (case.handler or NONE) + (f"（电话 {case.handler_phone}）" if case.handler_phone else ""),
    )
    rows.full("领导批示（意见栏）", _box(case.leader_instruction, s, blank=22 * mm))
    story = _heading(TITLES[doc.kind], case.number, doc.printed_at, s)
    story += [rows.table(PORTRAIT_WIDTH), *_masked_note(case, s), Spacer(1, 3 * mm)]
    story.append(
        para(
            "请经办单位接单后立即由相关负责人（非当事人）与客户沟通处理，在处理时限内答复客户，并填写"
            "《客户投诉处理结果报告单》报送投诉受理部门；在规定时限内处理不完的，须向投诉受理部门报告原因，"
            "同时向客户作出说明。投诉人身份及投诉资料须严格保密。",
            s.body,
        )
    )
    story.append(Spacer(1, 3 * mm))
    left = [
        para(f"转办人（投诉受理部门）：{doc.printed_by}", s.cell),
        Spacer(1, 10 * mm),
        para("签字：______________", s.cell),
        para("转办日期：______年____月____日", s.cell),
    ]
    right = [
        para("经办人（签收）：______________", s.cell),
        Spacer(1, 4 * mm),
        para("签收时间：____年__月__日__时", s.cell),
    ]
    story.append(KeepTogether([_sign(left, f"经办单位：{inst.branch_name}", right, "经办单位章", s)]))
    return _build_portrait(story, inst, TITLES[doc.kind], doc.kind.value, case.number, doc.printed_by)


# -- the urging slip ---------------------------------------------------------------------------------------------


def _time_left(left: int) -> str:
    if left > 0:
        return f"剩余{left}个工作日"
    if left == 0:
        return "今日到期"
    return f"已超时{-left}个工作日"


def build_urging_slip(slip: UrgingSlip) -> bytes:
    """客户投诉督办单: a case near or past its deadline, the urging, and the room for the handler's answer."""
    s = L.styles(9.5)
    case, inst = slip.case, slip.institution
    rows = _Rows(s)
    rows.pair("投诉编号", case.number, "受理时间", _dt(case.received_at))
    rows.pair(
        "投诉类别",
        CATEGORY_WORDS.get(case.category, case.category),
        "投诉渠道",
        CHANNEL_WORDS.get(case.channel, case.channel),
    )
    rows.pair("投诉人", case.complainant_name or NONE, "是否重大投诉", _major(case))
    rows.pair(
        "经办单位",
        case.handling_unit,
        "经办人",
        (case.handler or "（未分派）") + (f"（电话 {case.handler_phone}）" if case.handler_phone else ""),
    )
    rows.pair("处理时限", _deadline(case), "时限状态", _time_left(slip.workdays_left))
    rows.pair("当前状态", STATUS_WORDS.get(case.status, case.status), "回复期限", L.cn_date(slip.reply_by))
    rows.full("投诉内容", _box(case.content, s))
    rows.full("督办意见", _box(slip.urging_text, s))
    rows.full("经办单位反馈", _box("", s, blank=26 * mm))
    title = TITLES[ComplaintDocumentKind.URGING]
    story = _heading(title, case.number, slip.printed_at, s)
    story += [rows.table(PORTRAIT_WIDTH), *_masked_note(case, s), Spacer(1, 4 * mm)]
    left = [
        para(f"督办人：{slip.supervisor or '______________'}", s.cell),
        Spacer(1, 10 * mm),
        para("签字：______________", s.cell),
        para(f"督办日期：{L.cn_date(slip.today)}", s.cell),
    ]
    right = [
        para("经办单位负责人（签字）：__________", s.cell),
        Spacer(1, 4 * mm),
        para("日期：______年____月____日", s.cell),
    ]
    story.append(KeepTogether([_sign(left, f"经办单位：{inst.branch_name}", right, "经办单位章", s)]))
    urging = ComplaintDocumentKind.URGING
    return _build_portrait(story, inst, TITLES[urging], urging.value, case.number, slip.printed_by)


# -- the result report -------------------------------------------------------------------------------------------


def _satisfaction(code: str) -> str:
    return "　".join(("■" if key == code else "□") + word for key, word in SATISFACTION_WORDS.items())


def build_result_report(doc: CaseDocument) -> bytes:
    """客户投诉处理结果报告单: cause and findings, disposition, lessons and measures, the reply, satisfaction, the
    handling time, the handler and phone, the overdue reason when late, the leader's instruction, signatures."""
    if doc.kind is not ComplaintDocumentKind.RESULT:
        raise InvalidValue("complaint_document_wrong_kind", kind=doc.kind.value)
    s = L.styles(9.5)
    case, inst = doc.case, doc.institution
    rows = _Rows(s)
    _case_head(case, rows)
    rows.full("是否重大投诉", _major(case))
    rows.full("投诉事由", _box(case.content, s))
    rows.full("调查核实情况", _box(case.findings, s, blank=18 * mm))
    rows.full("相关责任人处理意见", _box(case.disposition, s))
    rows.full("教训及整改措施", _box(case.corrective_measures, s))
    rows.full("答复客户情况", _box(case.reply, s))
    rows.full("客户满意程度", _satisfaction(case.satisfaction))
    spent = f"，共{doc.handling_workdays}个工作日" if doc.handling_workdays is not None else ""
    rows.pair(
        "处理时间",
        f"{_dt(case.received_at)} 受理至 {_dt(case.replied_at)} 答复{spent}",
        "处理时限",
        _deadline(case),
    )
    if case.late:
        rows.full("超时原因", _box(case.overdue_reason, s))
    else:
        rows.full("超时原因", "未超时")
    rows.pair(
        "经办人",
        case.handler or NONE,
        "联系电话",
        case.handler_phone or inst.phone or NONE,
    )
    rows.full("领导批示（意见栏）", _box(case.leader_instruction, s, blank=18 * mm))
    story = _heading(TITLES[doc.kind], case.number, doc.printed_at, s)
    story += [rows.table(PORTRAIT_WIDTH), *_masked_note(case, s), Spacer(1, 4 * mm)]
    left = [
        para(f"经办人（签字）：{case.handler or ''}", s.cell),
        Spacer(1, 10 * mm),
        para("经办单位负责人（签字）：__________", s.cell),
        para("报告日期：______年____月____日", s.cell),
    ]
    right = [
        para("审核人（签字）：__________", s.cell),
        Spacer(1, 4 * mm),
        para("日期：______年____月____日", s.cell),
    ]
    story.append(KeepTogether([_sign(left, "投诉受理部门审核：", right, "经办单位章", s)]))
    return _build_portrait(story, inst, TITLES[doc.kind], doc.kind.value, case.number, doc.printed_by)


# -- the major complaint's report upward -------------------------------------------------------------------------


def build_major_report(doc: MajorReportDocument) -> bytes:
    """重大投诉报告单: the case, why it is major, to whom it was reported, when (against which limit), what was
    said, who reported it, and the signatures of the reporter and the outlet head."""
    s = L.styles(9.5)
    case, inst, report = doc.case, doc.institution, doc.report
    rows = _Rows(s)
    _case_head(case, rows)
    rows.pair(
        "客户号",
        case.customer_no or NONE,
        "争议金额",
        L.money(case.amount) if case.amount is not None else NONE,
    )
    rows.full("重大投诉原因", _major(case))
    rows.full("投诉内容", _box(case.content, s))
    rows.pair("报送对象", report.reported_to, "报告人", report.reported_by)
    rows.pair(
        "报告时间",
        _dt(report.reported_at),
        "报告时限",
        L.cn_date(report.due_on) + ("（已超时）" if report.late else "（按时）"),
    )
    rows.full("报告内容", _box(report.content, s, blank=30 * mm))
    rows.full("上级批示", _box("", s, blank=22 * mm))
    story = _heading(MAJOR_REPORT_TITLE, case.number, doc.printed_at, s)
    story += [rows.table(PORTRAIT_WIDTH), *_masked_note(case, s), Spacer(1, 4 * mm)]
    left = [
        para(f"报告人（签字）：{report.reported_by}", s.cell),
        Spacer(1, 10 * mm),
        para("网点负责人（签字）：__________", s.cell),
        para("日期：______年____月____日", s.cell),
    ]
    right = [
        para("接收人（签字）：__________", s.cell),
        Spacer(1, 4 * mm),
        para("接收时间：____年__月__日__时", s.cell),
    ]
    story.append(KeepTogether([_sign(left, f"报送对象：{report.reported_to}", right, "报告单位章", s)]))
    return _build_portrait(story, inst, MAJOR_REPORT_TITLE, "major_report", case.number, doc.printed_by)


# -- the register ------------------------------------------------------------------------------------------------


def _result(case: ComplaintCase) -> str:
    status = STATUS_WORDS.get(case.status, case.status)
    if case.status == "withdrawn":
        return f"【{status}】{case.withdrawal_reason}"
    if case.reply:
        when = f"（{case.replied_at:%Y-%m-%d}答复）" if case.replied_at else ""
        return f"【{status}】{case.reply}{when}"
    return f"【{status}】"


def _register_line(case: ComplaintCase, s: L.Styles) -> list:
    c = s.cell
    complainant = case.complainant_name or NONE
    handler = case.handling_unit + (f"\n{case.handler}" if case.handler else "\n（未分派）")
    return [
        para(case.number, c),
        para(f"{case.received_at:%Y-%m-%d %H:%M}", c),
        para(CHANNEL_WORDS.get(case.channel, case.channel), c),
        para(complainant, c),
        para(case.content, c),
        para(CATEGORY_WORDS.get(case.category, case.category), c),
        para("是" if case.major_reasons else "否", s.centre),
        para(case.leader_instruction, c),
        para(handler, c),
        para(f"{case.deadline:%Y-%m-%d}" if case.deadline else "人工确定", c),
        para(_result(case), c),
        para(SATISFACTION_WORDS.get(case.satisfaction, case.satisfaction), c),
    ]


def build_register(register: ComplaintRegister) -> bytes:
    """客户投诉登记簿: every complaint received in [first, last], the heading repeated on each page."""
    s = L.styles(7.5)
    inst, number = register.institution, register.number
    widths = [share * LANDSCAPE_WIDTH for _, share in REGISTER_COLUMNS]
    header = [para(heading, s.cell_label) for heading, _ in REGISTER_COLUMNS]
    lines: list[list] = [header]
    for case in register.rows:
        lines.append(_register_line(case, s))
    empty = not register.rows
    if empty:
        lines.append([para("本期无投诉记录", s.centre)] + [""] * (len(REGISTER_COLUMNS) - 1))
    table = Table(lines, colWidths=widths, repeatRows=1)
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.MAIN),
        ("GRID", (0, 0), (-1, -1), 0.5, L.RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f2f2f2")),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]
    if empty:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(TableStyle(commands))
    title = TITLES[ComplaintDocumentKind.REGISTER]
    period = f"{L.cn_date(register.first)} 至 {L.cn_date(register.last)}"
    story: list[Flowable] = [
        para(title, s.title),
        para(
            f"登记期间：{period}　　编号：{number}　　打印时间：{L.cn_datetime(register.printed_at)}　　"
            f"模板版本：{FORM_VERSION}",
            s.subtitle,
        ),
        table,
        Spacer(1, 3 * mm),
    ]
    rows = register.rows
    answered = [r for r in rows if r.replied_at is not None]
    on_time = sum(1 for r in answered if not r.late)
    story.append(
        para(
            f"本期共受理投诉{len(rows)}件，其中重大投诉{sum(1 for r in rows if r.major_reasons)}件；"
            f"已答复{len(answered)}件，按时答复{on_time}件；"
            f"已办结{sum(1 for r in rows if r.status == 'closed')}件，"
            f"撤诉{sum(1 for r in rows if r.status == 'withdrawn')}件。",
            s.cell,
        )
    )
    if any(r.identity_masked for r in rows):
        story.append(para(MASKED_NOTE, s.small))
    story.append(Spacer(1, 4 * mm))
    story.append(
        para(
            f"登记人：{register.printed_by}　　　　投诉受理部门负责人（签字）：______________　　　　"
            "日期：______年____月____日",
            s.cell,
        )
    )
    frame = _frame(inst, title, number, register.printed_by, f"{number}|register")
    return L.build(
        story,
        pagesize=LANDSCAPE,
        margins=LANDSCAPE_MARGINS,
        frame=frame,
        title=f"{title} {number}",
        subject=f"{FORM_VERSION}; complaint register {register.first.isoformat()}..{register.last.isoformat()}",
        base_size=7.5,
    )


def build_case_document(doc: CaseDocument | UrgingSlip) -> bytes:
    """The builder for a case document, chosen by its kind."""
    if isinstance(doc, UrgingSlip):
        return build_urging_slip(doc)
    if doc.kind is ComplaintDocumentKind.TRANSFER:
        return build_transfer_slip(doc)
    return build_result_report(doc)
