"""The service agreement a customer signs (DOMAIN §8): one builder for every product family's template.

`build_agreement(doc, template, qr_payload=..., copy_watermark=False) -> bytes` prints, in order: the parties
(bank and outlet, customer and ID, handler and phone), the product's elements (code, name and version, amount in
figures and capitals, currency, term, rate, dates, fees, account, issuer when sold as agent, the product's risk
level against the customer's grade, dual recording, cooling-off), the template's clauses, the risk disclosure in
full with the box for the hand-copied statement, the cooling-off clause when one applies, the acknowledged
warnings, and the signature and seal blocks. Every page carries the bank, the QR code (the caller's payload:
number and hash), the number, the template version, the staff and 第 X 页 共 Y 页. `copy_watermark` prints 副本
diagonally on every page (reprints).
"""

from __future__ import annotations

import re
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from domain.documents import (
    CURRENCY_WORDS,
    GRADE_WORDS,
    PRODUCT_RISK_WORDS,
    WARNING_WORDS,
    AgreementDocument,
    DocumentKind,
    DocumentTemplate,
    agreement_placeholders,
    fill,
)
from domain.errors import InvalidValue
from reports import _layout as L
from reports import fonts
from reports._layout import para, paragraphs

# The builder's own words, printed on every agreement (seed of the font subsets, see fonts.seed).
_FIXED_TEXT = (
    "协议编号：签订日期：模板版本产品及交易要素证件类型证件号码结算账户网点代码网点地址客服电话经办人电话工号"
    "产品名称产品代码产品版本金额（小写）（大写）币种人民币期限年利率费用无起始日到期日产品风险等级客户风险承受能力"
    "适当性匹配测评有效期至双录不适用已录音录像编号投资冷静期小时见冷静期条款匹配可购买至级"
    "低风险中低风险中等风险中高风险高风险保守型稳健型平衡型成长型进取型"
    "客户已确认的提示事项（签字）：签署日期：年月日（盖章）经办人：复核人：日期：第页共校验终端"
    "0123456789.,%¥-—|·"
)
PAGE = (210 * mm, 297 * mm)
MARGINS = (18 * mm, 18 * mm, 24 * mm, 20 * mm)
CONTENT = PAGE[0] - MARGINS[0] - MARGINS[1]


# 第二条 认购: the clause number, then its title after a full-width space (an ASCII space between Chinese
# characters prints as a hairline gap, and a template may have none at all).
_CLAUSE_NUMBER = re.compile(r"^(第[一二三四五六七八九十百零〇两\d]+条)\s*(?=\S)")


def clause_heading(heading: str) -> str:
    return _CLAUSE_NUMBER.sub(lambda m: m.group(1) + "\u3000", heading.strip(), count=1)


def build_agreement(
    doc: AgreementDocument,
    template: DocumentTemplate,
    *,
    qr_payload: str,
    copy_watermark: bool = False,
    watermark: str | None = None,
) -> bytes:
    """The agreement as PDF bytes. `watermark` overrides the text (作废, 样本); `copy_watermark` gives 副本."""
    if template.kind is not DocumentKind.AGREEMENT:
        raise InvalidValue(
            "document_template_wrong_kind", template=template.template_id, kind=template.kind.value
        )
    if doc.template_id != template.template_id or doc.template_version != template.version:
        raise InvalidValue(
            "document_template_mismatch",
            expected=f"{doc.template_id} {doc.template_version}",
            given=f"{template.template_id} {template.version}",
        )
    s = L.styles()
    values = agreement_placeholders(doc)
    inst = doc.institution
    story: list[Flowable] = [
        para(template.title, s.title),
        para(
            f"协议编号：{doc.number}　　签订日期：{L.cn_date(doc.issued_at.date())}　　"
            f"模板版本：{template.version}",
            s.subtitle,
        ),
        _parties(doc, template, s),
        Spacer(1, 2 * mm),
    ]
    if template.preamble:
        story += paragraphs(fill(template.preamble, values), s.body)
    story.append(para("产品及交易要素", s.heading))
    story.append(_elements(doc, template, s))
    for clause in template.clauses:
        story.append(para(clause_heading(clause.heading), s.heading))
        story += paragraphs(fill(clause.text, values), s.body)
    if doc.cooling_off_hours is not None and template.cooling_off:
        story.append(para(f"投资冷静期（{doc.cooling_off_hours}小时）", s.heading))
        story += paragraphs(fill(template.cooling_off, values), s.body)
    if template.risk_disclosure is not None:
        story.append(_disclosure(doc, template, values, s))
    if doc.acknowledged_warnings:
        lines = [para("客户已确认的提示事项", s.heading)]
        for i, code in enumerate(doc.acknowledged_warnings, 1):
            lines.append(para(f"{i}. {WARNING_WORDS.get(code, code)}", s.cell))
        story.append(KeepTogether(lines))
    story.append(Spacer(1, 3 * mm))
    story.append(KeepTogether(_signatures(doc, template, values, s)))
    staff = f"经办：{doc.staff_name}（{doc.staff_login}）" if doc.staff_login else f"经办：{doc.staff_name}"
    frame = L.Frame_(
        header_left=inst.bank_name,
        header_left_small=f"{inst.branch_name}（{inst.branch_code}）  {template.title}",
        footer_left=f"协议编号 {doc.number} · 模板 {template.version}"
        + (f" · 校验 {doc.content_hash[:16]}" if doc.content_hash else ""),
        footer_right=f"{staff} · 终端 {doc.station}" if doc.station else staff,
        qr_payload=qr_payload,
        qr_size=17 * mm,
        watermark=watermark or ("副本" if copy_watermark else None),
    )
    return L.build(
        story,
        pagesize=PAGE,
        margins=MARGINS,
        frame=frame,
        title=f"{template.title} {doc.number}",
        subject=f"{template.template_id} {template.version}; product {doc.product_code} {doc.product_version}",
        seed=L.template_text(template, cooling_off=doc.cooling_off_hours is not None) + _FIXED_TEXT,
    )


def _parties(doc: AgreementDocument, template: DocumentTemplate, s: L.Styles) -> Table:
    inst = doc.institution
    c = s.cell
    lab = s.cell_label
    w = CONTENT
    bank = inst.bank_name + inst.branch_name
    rows = [
        [
            para(template.customer_party, lab),
            para(doc.customer_name, c),
            para("证件类型", lab),
            para(doc.id_type, c),
        ],
        [para("证件号码", lab), para(doc.id_number, c), para("结算账户", lab), para(doc.account or "—", c)],
        [para(template.bank_party, lab), para(bank, c), para("网点代码", lab), para(inst.branch_code, c)],
        [
            para("网点地址", lab),
            para(inst.address or "—", c),
            para("客服电话", lab),
            para(inst.phone or "—", c),
        ],
        [
            para("经办人", lab),
            para(f"{doc.staff_name}（工号 {doc.staff_login}）", c),
            para("经办人电话", lab),
            para(doc.staff_phone or inst.phone or "—", c),
        ],
    ]
    return L.grid(rows, [0.19 * w, 0.35 * w, 0.19 * w, 0.27 * w], label_cols=(0, 2))


def _elements(doc: AgreementDocument, template: DocumentTemplate, s: L.Styles) -> Table:
    c = s.cell
    lab = s.cell_label
    w = CONTENT
    rows: list[list] = []
    spans: list = []

    def full(label: str, value: str) -> None:
        spans.append(((1, len(rows)), (3, len(rows))))
        rows.append([para(label, lab), para(value, c), "", ""])

    def pair(l1: str, v1: str, l2: str, v2: str) -> None:
        rows.append([para(l1, lab), para(v1, c), para(l2, lab), para(v2, c)])

    full(template.label("product", "产品名称"), f"{doc.product_name}")
    pair("产品代码", doc.product_code, "产品版本", doc.product_version)
    if doc.issuer:
        full(
            template.label("issuer", "产品发行机构"),
            doc.issuer
            + template.label("agency_note", "（本行为代销机构，不承担产品的投资、兑付和风险管理责任）"),
        )
    amount_label = template.label("amount", "金额")
    full(f"{amount_label}（小写）", L.money(doc.amount, doc.currency))
    full(f"{amount_label}（大写）", L.capitals(doc.amount, doc.currency))
    rate = "—" if doc.rate is None else f"{_percent(doc.rate)}%"
    # A term and a maturity only where the product has them: a demand deposit or a card prints neither.
    cells = [("币种", CURRENCY_WORDS.get(doc.currency, doc.currency))]
    if doc.term:
        cells.append((template.label("term", "期限"), doc.term))
    cells += [(template.label("rate", "年利率"), rate), (template.label("fees", "费用"), doc.fees or "无")]
    if doc.start_date:
        cells.append((template.label("start_date", "起始日"), L.cn_date(doc.start_date)))
    if doc.end_date and template.prints_maturity:
        cells.append((template.label("end_date", "到期日"), L.cn_date(doc.end_date)))
    for i in range(0, len(cells) - 1, 2):
        pair(*cells[i], *cells[i + 1])
    if len(cells) % 2:
        full(*cells[-1])
    if doc.product_risk_level or doc.customer_grade:
        level = doc.product_risk_level or "—"
        grade = doc.customer_grade or "—"
        match = _match_words(doc.product_risk_level, doc.customer_grade)
        pair(
            "产品风险等级",
            f"{level}（{PRODUCT_RISK_WORDS.get(level, '')}）" if level in PRODUCT_RISK_WORDS else level,
            "客户风险承受能力",
            f"{grade}（{GRADE_WORDS.get(grade, '')}）" if grade in GRADE_WORDS else grade,
        )
        valid = L.cn_date(doc.assessment_valid_until) if doc.assessment_valid_until else "—"
        pair("适当性匹配", match, "测评有效期至", valid)
    recording = "不适用"
    if doc.dual_recording:
        recording = "已录音录像" + (f"（编号 {doc.dual_recording_id}）" if doc.dual_recording_id else "")
    cooling = (
        f"{doc.cooling_off_hours}小时（见冷静期条款）" if doc.cooling_off_hours is not None else "不适用"
    )
    if doc.product_risk_level or doc.dual_recording or doc.cooling_off_hours is not None:
        pair("双录", recording, "投资冷静期", cooling)
    for label, value in doc.details:
        full(label, value)
    return L.grid(rows, [0.19 * w, 0.35 * w, 0.19 * w, 0.27 * w], label_cols=(0, 2), spans=spans)


def _percent(rate: Decimal) -> Decimal:
    """At least two decimals, as rates are published (1.00, 2.85, 3.125)."""
    exponent = rate.as_tuple().exponent
    return rate if isinstance(exponent, int) and exponent < -2 else rate.quantize(Decimal("0.01"))


def _match_words(level: str | None, grade: str | None) -> str:
    if not level or not grade or level[1:] not in "12345" or grade[1:] not in "12345":
        return "—"
    if int(level[1]) <= int(grade[1]):
        return f"匹配（{grade}可购买R1至R{grade[1]}级产品）"
    return f"不匹配（{grade}可购买R1至R{grade[1]}级产品）"


def _disclosure(doc: AgreementDocument, template: DocumentTemplate, values: dict, s: L.Styles) -> Flowable:
    assert template.risk_disclosure is not None
    parts: list[Flowable] = [para(template.risk_disclosure.title, s.heading)]
    parts += paragraphs(fill(template.risk_disclosure.text, values), s.body)
    if template.handwritten_statement:
        line = template.handwritten_statement
        party = template.customer_party
        who = party[party.index("（") + 1 : party.rindex("）")] if "（" in party and "）" in party else party
        parts.append(para(f"请{who}在下框内亲笔抄录以下语句：“{line}”", s.cell))
        rows = max(1, -(-len(line) // 24))  # about 24 handwritten characters a line
        box = Table([[""]] * rows, colWidths=[CONTENT], rowHeights=[11 * mm] * rows)
        box.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), fonts.MAIN),
                    ("BOX", (0, 0), (-1, -1), 0.8, L.INK),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.3, L.RULE, None, (1, 2)),
                ]
            )
        )
        parts.append(Spacer(1, 1 * mm))
        parts.append(box)
    return KeepTogether(parts)


def _signatures(
    doc: AgreementDocument, template: DocumentTemplate, values: dict, s: L.Styles
) -> list[Flowable]:
    out: list[Flowable] = []
    if template.customer_confirmation:
        out += paragraphs(fill(template.customer_confirmation, values), s.body)
    left = [
        para(f"{template.customer_party}（签字）：", s.cell),
        Spacer(1, 14 * mm),
        para("签署日期：______年____月____日", s.cell),
    ]
    inst = doc.institution
    staff = [
        para(f"经办人：{doc.staff_name}", s.cell),
        para(f"复核人：{doc.reviewer_name or '__________'}", s.cell),
        para(f"日期：{L.cn_date(doc.issued_at.date())}", s.cell),
    ]
    if doc.reviewed_at is not None:
        staff.append(para(f"复核日期：{L.cn_date(doc.reviewed_at.date())}", s.cell))
        fonts.check(doc.reviewer_name)
    table = L.signature_block(
        left,
        f"{template.bank_party}（盖章）：{inst.bank_name}{inst.branch_name}",
        staff,
        template.seal,
        CONTENT,
        s,
    )
    fonts.check(doc.customer_name)
    out.append(table)
    return out
