"""The cooling-off cancellation form (投资冷静期内解除协议申请书, DOMAIN §8): the agreement's number, the signing,
effective and cancellation times, the refund in figures and capitals and its account, the template's clauses, the
applicant's confirmation and the signature and seal blocks. From `resources/agreements/cooling_off_cancellation.yaml`.

`build_cancellation(doc, template, qr_payload=...) -> bytes`, deterministic like every builder here.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer
from reportlab.platypus.flowables import Flowable

from domain.cooling_off import CancellationDocument
from domain.documents import CURRENCY_WORDS, DocumentKind, DocumentTemplate, fill
from domain.errors import InvalidValue
from reports import _layout as L
from reports._layout import para, paragraphs
from reports.agreement import CONTENT, MARGINS, PAGE, clause_heading

_FIXED_TEXT = (
    "申请书编号：原协议编号产品名称产品代码申请人证件号码签订协议时间协议生效时间冷静期届满时间申请解除时间退款金额（小写）"
    "（大写）币种退款账户解除原因未说明（冷静期内无需说明理由）受理机构（盖章）经办人：复核人：日期：年月日签字第页共"
    "0123456789.,:%¥-—|·（）"
)


def _values(doc: CancellationDocument) -> dict[str, str]:
    inst = doc.institution
    return {
        "bank": inst.bank_name,
        "branch": inst.branch_name,
        "customer": doc.customer_name,
        "product": doc.product_name,
        "product_code": doc.product_code,
        "cooling_off_hours": str(doc.cooling_off_hours),
    }


def _facts(doc: CancellationDocument, s: L.Styles) -> Flowable:
    cur = doc.currency
    rows = [
        ("原协议编号", doc.agreement_number, "申请人", doc.customer_name),
        ("产品名称", doc.product_name, "证件号码", doc.masked_id or "—"),
        ("产品代码", doc.product_code, "币种", CURRENCY_WORDS.get(cur, cur)),
        ("签订协议时间", L.cn_datetime(doc.signed_at), "协议生效时间", L.cn_datetime(doc.effective_at)),
        (
            "冷静期届满时间",
            L.cn_datetime(doc.window_ends_at),
            "申请解除时间",
            L.cn_datetime(doc.cancelled_at),
        ),
        ("退款金额（小写）", L.money(doc.amount, cur), "退款账户", doc.refund_account or "—"),
        ("退款金额（大写）", L.capitals(doc.amount, cur), "", ""),
        ("解除原因", doc.reason or "未说明（冷静期内无需说明理由）", "", ""),
    ]
    cells: list[list[object]] = []
    spans = []
    for i, (a, b, c, d) in enumerate(rows):
        if c:
            cells.append([para(a, s.cell_label), para(b, s.cell), para(c, s.cell_label), para(d, s.cell)])
        else:  # one item across the line
            cells.append([para(a, s.cell_label), para(b, s.cell), "", ""])
            spans.append(((1, i), (3, i)))
    w = CONTENT
    return L.grid(cells, [0.17 * w, 0.33 * w, 0.17 * w, 0.33 * w], label_cols=(0, 2), spans=spans)


def build_cancellation(doc: CancellationDocument, template: DocumentTemplate, *, qr_payload: str) -> bytes:
    if template.kind is not DocumentKind.CANCELLATION:
        raise InvalidValue(
            "document_template_wrong_kind", template=template.template_id, kind=template.kind.value
        )
    s = L.styles()
    values = _values(doc)
    inst = doc.institution
    story: list[Flowable] = [
        para(template.title, s.title),
        para(f"申请书编号：{doc.number}　　原协议编号：{doc.agreement_number}", s.subtitle),
    ]
    if template.preamble:
        story += paragraphs(fill(template.preamble, values), s.body)
    story += [Spacer(1, 2 * mm), _facts(doc, s)]
    for clause in template.clauses:
        story.append(para(clause_heading(clause.heading), s.heading))
        story += paragraphs(fill(clause.text, values), s.body)
    signatures: list[Flowable] = []
    if template.customer_confirmation:
        signatures += paragraphs(fill(template.customer_confirmation, values), s.body)
    left = [para(f"{template.customer_party}（签字）：", s.cell), Spacer(1, 14 * mm),
            para("日期：______年____月____日", s.cell)]  # fmt: skip
    staff = [
        para(f"经办人：{doc.staff_name}", s.cell),
        para("复核人：__________", s.cell),
        para(f"日期：{L.cn_date(doc.cancelled_at.date())}", s.cell),
    ]
    title = f"{template.bank_party}（盖章）：{inst.bank_name}{inst.branch_name}"
    signatures.append(L.signature_block(left, title, staff, template.seal, CONTENT, s))
    story += [Spacer(1, 3 * mm), KeepTogether(signatures)]
    for note in template.notes:
        story.append(para(note, s.small))
    staff_words = f"经办：{doc.staff_name}（{doc.staff_login}）"
    frame = L.Frame_(
        header_left=inst.bank_name,
        header_left_small=f"{inst.branch_name}（{inst.branch_code}）  {template.title}",
        footer_left=f"申请书编号 {doc.number} · 模板 {template.version}",
        footer_right=f"{staff_words} · 终端 {doc.station}" if doc.station else staff_words,
        qr_payload=qr_payload,
        qr_size=17 * mm,
        watermark=None,
    )
    return L.build(
        story,
        pagesize=PAGE,
        margins=MARGINS,
        frame=frame,
        title=f"{template.title} {doc.number}",
        subject=f"{template.template_id} {template.version}; agreement {doc.agreement_number}",
        seed=L.template_text(template, cooling_off=False) + _FIXED_TEXT,
    )
