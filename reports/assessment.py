"""The risk-assessment result confirmation (风险测评结果确认书, DOMAIN §8, §7.3) the customer signs.

`build_assessment(doc, template, qr_payload=None, watermark=None) -> bytes`: questionnaire version, score, grade
and label, date, expiry, channel, the product risk levels the grade allows, the answers in summary, the
template's statements, and the signature and seal blocks; 第 X 页 共 Y 页 on every page.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer
from reportlab.platypus.flowables import Flowable

from domain.documents import (
    CHANNEL_WORDS,
    PRODUCT_RISK_WORDS,
    AssessmentConfirmation,
    DocumentKind,
    DocumentTemplate,
    fill,
)
from domain.errors import InvalidValue
from reports import _layout as L
from reports._layout import para, paragraphs

PAGE = (210 * mm, 297 * mm)
MARGINS = (18 * mm, 18 * mm, 24 * mm, 20 * mm)
CONTENT = PAGE[0] - MARGINS[0] - MARGINS[1]
CAP_WORDS = {"senior": "高龄客户评估结果上限"}


def build_assessment(
    doc: AssessmentConfirmation,
    template: DocumentTemplate,
    *,
    qr_payload: str | None = None,
    watermark: str | None = None,
) -> bytes:
    if template.kind is not DocumentKind.ASSESSMENT:
        raise InvalidValue(
            "document_template_wrong_kind", template=template.template_id, kind=template.kind.value
        )
    s = L.styles()
    inst = doc.institution
    values = {
        "bank": inst.bank_name,
        "branch": inst.branch_name,
        "customer": doc.customer_name,
        "grade": f"{doc.grade}（{doc.grade_label}）",
    }
    c, lab, w = s.cell, s.cell_label, CONTENT
    levels = "、".join(f"{lv}（{PRODUCT_RISK_WORDS.get(lv, '')}）" for lv in doc.allowed_levels) or "—"
    rows = [
        [para("客户姓名", lab), para(doc.customer_name, c), para("证件类型", lab), para(doc.id_type, c)],
        [para("证件号码", lab), para(doc.masked_id_number, c), para("确认书编号", lab), para(doc.number, c)],
        [para("问卷名称", lab), para(doc.questionnaire_title, c), "", ""],
        [
            para("问卷版本", lab),
            para(doc.questionnaire_version, c),
            para("评估渠道", lab),
            para(CHANNEL_WORDS.get(doc.channel, doc.channel), c),
        ],
        [
            para("评估得分", lab),
            para(f"{doc.score}分", c),
            para("风险承受能力等级", lab),
            para(f"{doc.grade}（{doc.grade_label}）", c),
        ],
        [
            para("评估日期", lab),
            para(L.cn_date(doc.assessed_on), c),
            para("有效期至", lab),
            para(L.cn_date(doc.valid_until), c),
        ],
        [para("可购买产品风险等级", lab), para(levels, c), "", ""],
    ]
    spans = [((1, 2), (3, 2)), ((1, 6), (3, 6))]
    if doc.previous_grade and doc.previous_grade != doc.grade:
        spans.append(((1, len(rows)), (3, len(rows))))
        rows.append(
            [
                para("上次评估等级", lab),
                para(f"{doc.previous_grade}（本次评估结果发生变化，需客户重新确认）", c),
                "",
                "",
            ]
        )
    if doc.capped_by:
        why = "、".join(CAP_WORDS.get(code, f"第{code}题答案") for code in doc.capped_by)
        spans.append(((1, len(rows)), (3, len(rows))))
        rows.append([para("等级限制说明", lab), para(f"评估等级受以下因素限制：{why}", c), "", ""])
    story: list[Flowable] = [
        para(template.title, s.title),
        para(f"确认书编号：{doc.number}　　模板版本：{template.version}", s.subtitle),
    ]
    if template.preamble:
        story += paragraphs(fill(template.preamble, values), s.body)
    story.append(para("评估结果", s.heading))
    story.append(L.grid(rows, [0.2 * w, 0.34 * w, 0.18 * w, 0.28 * w], label_cols=(0, 2), spans=spans))
    if doc.answers:
        story.append(para("问卷作答摘要", s.heading))
        answer_rows = [[para("序号", lab), para("题目", lab), para("客户选择", lab), para("得分", lab)]]
        for i, line in enumerate(doc.answers, 1):
            answer_rows.append(
                [para(str(i), c), para(line.question, c), para(line.answer, c), para(str(line.score), c)]
            )
        story.append(L.grid(answer_rows, [0.07 * w, 0.5 * w, 0.33 * w, 0.1 * w], label_cols=()))
    for clause in template.clauses:
        story.append(para(clause.heading, s.heading))
        story += paragraphs(fill(clause.text, values), s.body)
    left = [para("客户（签字）：", c), Spacer(1, 14 * mm), para("日期：______年____月____日", c)]
    staff = [
        para(f"经办人：{doc.staff_name}（{doc.staff_login}）", c),
        para(f"联系电话：{doc.staff_phone or inst.phone or '—'}", c),
        para(f"日期：{L.cn_date(doc.issued_at.date())}", c),
    ]
    sign = L.signature_block(
        left, f"评估机构（盖章）：{inst.bank_name}{inst.branch_name}", staff, template.seal, w, s
    )
    closing: list[Flowable] = []
    if template.customer_confirmation:
        closing += paragraphs(fill(template.customer_confirmation, values), s.body)
    story.append(KeepTogether([*closing, Spacer(1, 2 * mm), sign]))
    frame = L.Frame_(
        header_left=inst.bank_name,
        header_left_small=f"{inst.branch_name}（{inst.branch_code}）  {template.title}",
        footer_left=f"确认书编号 {doc.number} · 模板 {template.version} · 问卷 {doc.questionnaire_version}",
        footer_right=f"经办：{doc.staff_name}" + (f" · 终端 {doc.station}" if doc.station else ""),
        qr_payload=doc.number if qr_payload is None else qr_payload,
        qr_size=17 * mm,
        watermark=watermark,
    )
    return L.build(
        story,
        pagesize=PAGE,
        margins=MARGINS,
        frame=frame,
        title=f"{template.title} {doc.number}",
        subject=f"{template.template_id} {template.version}; questionnaire {doc.questionnaire_version}",
    )
