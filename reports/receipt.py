"""The counter receipt (业务回单, DOMAIN §8) on A4, A5 (landscape) or the 80 mm continuous roll a counter printer
uses; one copy per document (客户回单联 / 银行记账联), the copy named on it.

`build_receipt(doc, template, paper="A4"|"A5"|"roll80", qr_payload=..., watermark=None) -> bytes`. On the roll
the page is as long as the receipt (continuous paper): nothing is cut, and there is one page.
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from domain.documents import (
    CURRENCY_WORDS,
    DocumentKind,
    DocumentTemplate,
    ReceiptCopy,
    ReceiptDocument,
)
from domain.errors import InvalidValue
from domain.papers import RECEIPT_PAPERS
from reports import _layout as L
from reports import fonts
from reports._layout import para

PAPERS = RECEIPT_PAPERS
COPY_WORDS = {ReceiptCopy.CUSTOMER: "第一联 客户回单联", ReceiptCopy.BANK: "第二联 银行记账联"}
ROLL_WIDTH = 80 * mm


def build_receipt(
    doc: ReceiptDocument,
    template: DocumentTemplate,
    *,
    paper: str = "A4",
    qr_payload: str | None = None,
    watermark: str | None = None,
) -> bytes:
    """The receipt as PDF bytes. `qr_payload` defaults to the receipt number; `watermark` e.g. 作废."""
    if template.kind is not DocumentKind.RECEIPT:
        raise InvalidValue(
            "document_template_wrong_kind", template=template.template_id, kind=template.kind.value
        )
    if paper not in PAPERS:
        raise InvalidValue("document_paper_unknown", paper=paper, allowed=", ".join(PAPERS))
    payload = doc.number if qr_payload is None else qr_payload
    if watermark is None and doc.reprint_count:
        watermark = "副本"
    if paper == "roll80":
        return _roll(doc, template, payload, watermark)
    pagesize = A4 if paper == "A4" else landscape(A5)
    margins = (15 * mm, 15 * mm, 22 * mm, 18 * mm) if paper == "A4" else (12 * mm, 12 * mm, 20 * mm, 15 * mm)
    base = 9.5 if paper == "A4" else 8.5
    s = L.styles(base)
    width = pagesize[0] - margins[0] - margins[1]
    story: list[Flowable] = [
        para(template.title, s.title),
        para(f"{COPY_WORDS[doc.copy]}　　回单编号：{doc.number}", s.subtitle),
        _table(doc, s, width),
        Spacer(1, 3 * mm),
        _sign_row(doc, template, s, width),
    ]
    inst = doc.institution
    frame = L.Frame_(
        header_left=inst.bank_name,
        header_left_small=f"{inst.branch_name}（{inst.branch_code}）  终端 {doc.station}"
        + (f"  客服电话 {inst.phone}" if inst.phone else ""),
        footer_left=f"回单编号 {doc.number} · 模板 {template.version}",
        footer_right=_reprint_words(doc),
        qr_payload=payload,
        qr_size=15 * mm,
        watermark=watermark,
    )
    return L.build(
        story,
        pagesize=pagesize,
        margins=margins,
        frame=frame,
        title=f"{template.title} {doc.number}",
        subject=f"{template.template_id} {template.version}; {doc.copy.value} copy",
        base_size=base,
    )


def _lines(doc: ReceiptDocument) -> list[tuple[tuple[str, str], ...]]:
    """The receipt's items in print order: a line holds one item (printed across) or two."""
    cur = doc.currency
    lines: list[tuple[tuple[str, str], ...]] = [
        (("交易时间", L.cn_datetime(doc.transacted_at)), ("币种", CURRENCY_WORDS.get(cur, cur))),
        (("业务类型", doc.service),),
        (("户名", doc.customer_name or "—"), ("证件号码", doc.masked_id or "—")),
        (("账号/卡号", doc.masked_account or "—"), ("对方账号", doc.counter_account or "—")),
        (("金额（小写）", L.money(doc.amount, cur)), ("手续费", L.money(doc.fee or Decimal(0), cur))),
        (("金额（大写）", L.capitals(doc.amount, cur)),),
    ]
    if doc.balance is not None or doc.agreement_number:
        lines.append(
            (
                ("交易后余额", L.money(doc.balance, cur) if doc.balance is not None else "—"),
                ("协议编号", doc.agreement_number or "—"),
            )
        )
    if doc.memo:
        lines.append((("摘要", doc.memo),))
    lines.append(
        (("经办柜员", f"{doc.teller_name}（{doc.teller_login}）"), ("授权人", doc.authoriser_name or "—"))
    )
    lines.append((("回单编号", doc.number), ("打印次数", _reprint_words(doc))))
    return lines


def _rows(doc: ReceiptDocument) -> list[tuple[str, str]]:
    return [item for line in _lines(doc) for item in line]


def _reprint_words(doc: ReceiptDocument) -> str:
    return "首次打印" if not doc.reprint_count else f"补打第{doc.reprint_count}次"


def _table(doc: ReceiptDocument, s: L.Styles, width: float) -> Table:
    out: list[list] = []
    spans = []
    for line in _lines(doc):
        cells = [c for label, value in line for c in (para(label, s.cell_label), para(value, s.cell))]
        if len(line) == 1:
            spans.append(((1, len(out)), (3, len(out))))
            cells += ["", ""]
        out.append(cells)
    return L.grid(
        out, [0.15 * width, 0.37 * width, 0.13 * width, 0.35 * width], label_cols=(0, 2), spans=spans
    )


def _sign_row(doc: ReceiptDocument, template: DocumentTemplate, s: L.Styles, width: float) -> Table:
    """The notes and, on the bank's copy, the customer's signature on the left; the seal box on the right."""
    left: list[Flowable] = [para(note, s.small) for note in template.notes]
    if doc.copy is ReceiptCopy.BANK:
        left += [Spacer(1, 3 * mm), para("客户签字：____________________", s.cell)]
    seal = 20 * mm
    right = [
        para(f"银行盖章（{template.seal}）：", s.cell),
        Spacer(1, 1 * mm),
        L.seal_box(template.seal, seal, s.small),
    ]
    table = Table([[left, right]], colWidths=[width * 0.68, width * 0.32])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.MAIN),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _roll(doc: ReceiptDocument, template: DocumentTemplate, payload: str, watermark: str | None) -> bytes:
    """80 mm roll: one column, small type, the page exactly as long as its content."""
    s = L.styles(7.5)
    margin = 4 * mm
    width = ROLL_WIDTH - 2 * margin
    inst = doc.institution
    story: list[Flowable] = [
        para(inst.bank_name, s.centre),
        para(f"{inst.branch_name}（{inst.branch_code}）", s.centre),
        para(template.title, s.title),
        para(COPY_WORDS[doc.copy], s.centre),
        para(f"回单编号：{doc.number}", s.cell),
        para(f"终端：{doc.station}" + (f"　客服电话：{inst.phone}" if inst.phone else ""), s.cell),
        Spacer(1, 1 * mm),
    ]
    rows = [[para(label, s.cell_label), para(value, s.cell)] for label, value in _rows(doc)]
    table = Table(rows, colWidths=[0.3 * width, 0.7 * width])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.MAIN),
                ("LINEABOVE", (0, 0), (-1, 0), 0.5, L.RULE),
                ("LINEBELOW", (0, -1), (-1, -1), 0.5, L.RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, -1), 0.6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
            ]
        )
    )
    story.append(table)
    story.append(Spacer(1, 1.5 * mm))
    for note in template.notes:
        story.append(para(note, s.small))
    if doc.copy is ReceiptCopy.BANK:
        story += [Spacer(1, 2 * mm), para("客户签字：", s.cell), Spacer(1, 8 * mm)]
    story += [Spacer(1, 1.5 * mm), para(f"银行盖章（{template.seal}）：", s.cell), Spacer(1, 1 * mm)]
    story.append(L.seal_box(template.seal, 20 * mm, s.small))
    qr = _QrFlowable(payload, 18 * mm) if payload else Spacer(1, 1)
    story += [Spacer(1, 2 * mm), qr]
    height = sum(f.wrap(width, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in story)
    bottom = 9 * mm  # room for 第 1 页 共 1 页 and the footer line
    pagesize = (ROLL_WIDTH, height + margin + bottom + 2 * mm)
    frame = L.Frame_(
        header_left="",
        header_left_small="",
        footer_left=f"模板 {template.version}",
        footer_right=_reprint_words(doc),
        qr_payload="",
        qr_size=0,
        watermark=watermark,
    )
    return L.build(
        story,
        pagesize=pagesize,
        margins=(margin, margin, margin, bottom),
        frame=frame,
        title=f"{template.title} {doc.number}",
        subject=f"{template.template_id} {template.version}; {doc.copy.value} copy; roll80",
        base_size=7.5,
        compact=True,
    )


class _QrFlowable(Flowable):
    """The QR code as a flowable, centred (the roll has no header to carry it)."""

    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        self.modules = L.qr_modules(payload)
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._width = available_width
        return available_width, self.size

    def draw(self) -> None:
        L.draw_qr(self.canv, self.modules, (self._width - self.size) / 2, 0, self.size)
