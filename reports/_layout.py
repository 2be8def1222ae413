"""What every BranchDesk document shares: styles, the page frame (header, QR, 第 X 页 共 Y 页, watermark), and a
deterministic build (same data -> same bytes)."""

from __future__ import annotations

import io
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache, partial
from itertools import groupby

from reportlab import rl_config
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle

from domain.capitals import amount_in_capitals
from domain.documents import CURRENCY_WORDS, DocumentTemplate
from domain.money import format_yuan
from reports import fonts
from reports.line_breaking import split_lines

INK = colors.HexColor("#1a1a1a")
GREY = colors.HexColor("#666666")
RULE = colors.HexColor("#999999")
SEAL_RED = colors.HexColor("#b22222")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_label: ParagraphStyle
    right: ParagraphStyle
    centre: ParagraphStyle


@lru_cache(maxsize=8)
def styles(base: float = 9.0) -> Styles:
    """The styles for a base size; shared and never changed (paragraph parses are cached against them)."""
    return _styles(base)


def _styles(base: float) -> Styles:
    def style(name: str, size: float, **kw: object) -> ParagraphStyle:
        settings: dict[str, object] = {"textColor": INK, **kw}
        return ParagraphStyle(
            name,
            fontName=fonts.MAIN,
            fontSize=size,
            leading=round(size * 1.42, 1),
            wordWrap="CJK",
            **settings,
        )

    return Styles(
        title=style("title", base + 7, alignment=TA_CENTER, spaceAfter=2 * mm),
        subtitle=style("subtitle", base - 1, alignment=TA_CENTER, textColor=GREY, spaceAfter=3 * mm),
        heading=style("heading", base + 0.5, spaceBefore=2.2 * mm, spaceAfter=0.8 * mm),
        body=style("body", base, alignment=TA_LEFT, spaceAfter=1.2 * mm, firstLineIndent=2 * base),
        small=style("small", base - 1.5, textColor=GREY),
        cell=style("cell", base - 0.5),
        cell_label=style("cell_label", base - 0.5, textColor=GREY),
        right=style("right", base - 0.5, alignment=TA_RIGHT),
        centre=style("centre", base - 0.5, alignment=TA_CENTER),
    )


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped, font per character). The parse of a text is kept: clauses are the
    same on every agreement of a template."""
    markup = fonts.markup(text)
    paragraph = _Para(markup, style, frags=_parsed(markup, style))
    paragraph.key = (markup, style)
    return paragraph


class _Para(Paragraph):
    """A paragraph broken by the Chinese line-breaking rules (reports/line_breaking.py), its lines kept per text,
    style and width: the clauses break the same way on every agreement of a template, and breaking Chinese
    measures every character."""

    key: tuple[str, ParagraphStyle]

    def breakLinesCJK(self, maxWidths):  # noqa: N802, N803 - reportlab's names
        if not isinstance(maxWidths, list | tuple):
            maxWidths = [maxWidths]
        if hasattr(self, "blPara") and getattr(self, "_splitpara", 0):
            return self.blPara  # the rest of a paragraph split across pages keeps its lines
        key = getattr(self, "key", None)
        if key is None or len(self.frags) != len(_parsed(*key)):
            return _split(self, tuple(maxWidths))
        return _broken(self, key, tuple(maxWidths))


def _split(paragraph: Paragraph, widths: tuple[float, ...]):
    style = paragraph.style
    if not paragraph.frags or style.endDots or any(hasattr(f, "cbDefn") for f in paragraph.frags):
        return Paragraph.breakLinesCJK(paragraph, list(widths))  # images, dot leaders: reportlab's own
    auto_leading = getattr(paragraph, "autoLeading", getattr(style, "autoLeading", ""))
    return split_lines(paragraph.frags, widths, auto_leading not in ("", "off"))


_BROKEN: OrderedDict[tuple, object] = OrderedDict()
_BROKEN_LOCK = threading.Lock()
_BUILD_LOCK = threading.Lock()


def _broken(paragraph: _Para, key: tuple[str, ParagraphStyle], widths: tuple[float, ...]):
    full = (key, widths)
    with _BROKEN_LOCK:
        hit = _BROKEN.get(full)
    if hit is None:
        hit = _split(paragraph, widths)
        with _BROKEN_LOCK:
            _BROKEN[full] = hit
            if len(_BROKEN) > 4096:
                _BROKEN.popitem(last=False)
    return hit


@lru_cache(maxsize=4096)
def _parsed(markup: str, style: ParagraphStyle) -> list:
    return Paragraph(markup, style).frags


def paragraphs(text: str, style: ParagraphStyle) -> list[Paragraph]:
    return [para(p, style) for p in text.split("\n\n") if p.strip()]


def money(amount: Decimal, currency: str = "CNY") -> str:
    symbol = "¥" if currency == "CNY" else f"{currency} "
    return f"{symbol}{format_yuan(amount)}"


def capitals(amount: Decimal, currency: str = "CNY") -> str:
    """人民币伍万元整; other currencies name themselves before the same capitals (美元伍万元整)."""
    text = amount_in_capitals(amount)
    if currency != "CNY":
        text = CURRENCY_WORDS.get(currency, currency) + text.removeprefix("人民币")
    return text


def cn_date(d: date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def cn_datetime(t: datetime) -> str:
    return f"{cn_date(t)} {t:%H:%M:%S}"


def grid(
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    label_cols: Sequence[int] = (0,),
    spans: Sequence[tuple[tuple[int, int], tuple[int, int]]] = (),
    pad: float = 1.6,
) -> Table:
    table = Table(list(map(list, rows)), colWidths=list(widths))
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.MAIN),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 0.6),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for col in label_cols:
        commands.append(("BACKGROUND", (col, 0), (col, -1), colors.HexColor("#f2f2f2")))
    for start, end in spans:
        commands.append(("SPAN", start, end))
        commands.append(("BACKGROUND", start, end, colors.white))
    table.setStyle(TableStyle(commands))
    return table


@dataclass(frozen=True)
class Frame_:
    """What the page decoration prints on every page."""

    header_left: str  # bank
    header_left_small: str  # branch / document
    footer_left: str  # number and template version
    footer_right: str  # staff / station
    qr_payload: str
    qr_size: float
    watermark: str | None  # 副本, 作废, 样本


class _NumberedCanvas(Canvas):
    """Holds the pages until the end, so every page can say how many there are (第 X 页 共 Y 页)."""

    def __init__(
        self, *args: object, decorate: Callable[[Canvas, int, int], None], seed: str = "", **kwargs: object
    ) -> None:
        super().__init__(*args, **kwargs)
        self._saved: list[dict] = []
        self._decorate = decorate
        fonts.seed(self, seed)

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved)
        for number, state in enumerate(self._saved, 1):
            self.__dict__.update(state)
            self._decorate(self, number, total)
            Canvas.showPage(self)
        Canvas.save(self)


_QR_MASK = 2


def qr_modules(payload: str) -> list[list[bool]]:
    """The QR code's dark modules, row by row from the top (error correction M)."""
    qr = QrCodeWidget(payload, barLevel="M").qr
    qr.version = qr.calculate_version()
    # A fixed mask instead of trying all eight for the lowest penalty: any mask decodes (the format bits
    # name it), and the search is three quarters of the time a document takes to build.
    qr.makeImpl(False, _QR_MASK)
    return [[bool(m) for m in row] for row in qr.modules]


def draw_qr(
    canvas: Canvas, modules: list[list[bool]], x: float, y: float, size: float, border: int = 1
) -> None:
    """Draw the code as one filled path (runs of dark modules merged), bottom-left corner at (x, y)."""
    count = len(modules)
    box = size / (count + 2 * border)
    path = canvas.beginPath()
    for r, row in enumerate(modules):
        top = y + size - (r + border + 1) * box
        c = 0
        for dark, run in groupby(row):
            n = len(list(run))
            if dark:
                path.rect(x + (c + border) * box, top, n * box, box)
            c += n
    canvas.setFillColor(colors.black)
    canvas.drawPath(path, stroke=0, fill=1)


def build(
    story: list,
    *,
    pagesize: tuple[float, float],
    margins: tuple[float, float, float, float],  # left, right, top, bottom
    frame: Frame_,
    title: str,
    subject: str,
    base_size: float = 9.0,
    compact: bool = False,
    seed: str = "",
) -> bytes:
    """Lay `story` out on pages decorated with `frame`; the same input gives the same bytes. `seed` is the
    document's fixed text (see fonts.seed): the same for every document of a template, never customer data."""
    fonts.register()
    rl_config.useA85 = 0  # binary streams: a quarter smaller than ASCII85
    for text in (frame.header_left, frame.header_left_small, frame.footer_left, frame.footer_right, title):
        fonts.check(text)
    width, height = pagesize
    left, right, top, bottom = margins
    qr = qr_modules(frame.qr_payload) if frame.qr_payload else None
    small = max(base_size - 2.5, 5.5)

    def decorate(canvas: Canvas, page: int, total: int) -> None:
        canvas.saveState()
        canvas.setFillColor(INK)
        if not compact:
            fonts.draw_string(canvas, left, height - top + 9 * mm, frame.header_left, base_size + 0.5)
            canvas.setFillColor(GREY)
            fonts.draw_string(canvas, left, height - top + 4.5 * mm, frame.header_left_small, small)
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.5)
            canvas.line(left, height - top + 2.5 * mm, width - right, height - top + 2.5 * mm)
            if qr is not None:
                if page == 1:  # drawn once as a form, placed on every page
                    canvas.beginForm("bd_qr", 0, 0, frame.qr_size, frame.qr_size)
                    draw_qr(canvas, qr, 0, 0, frame.qr_size)
                    canvas.endForm()
                canvas.saveState()
                canvas.translate(width - right - frame.qr_size, height - top + 3 * mm)
                canvas.doForm("bd_qr")
                canvas.restoreState()
            canvas.line(left, bottom - 3 * mm, width - right, bottom - 3 * mm)
        canvas.setFillColor(GREY)
        y = bottom - 7 * mm if not compact else bottom - 4 * mm
        fonts.draw_string(canvas, left, y, frame.footer_left, small)
        fonts.draw_string(canvas, width - right, y, frame.footer_right, small, align="right")
        canvas.setFillColor(INK)
        # Two spaces: one WenQuanYi space (0.26 em) is too narrow for text extraction to see the word gap.
        fonts.draw_string(
            canvas,
            width / 2,
            y - small * 1.5,
            f"第  {page}  页  共  {total}  页",
            small + 0.5,
            align="centre",
        )
        if frame.watermark:
            canvas.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.16))
            canvas.translate(width / 2, height / 2)
            canvas.rotate(40)
            mark = min(width, height) * 0.3
            fonts.draw_string(canvas, 0, -mark / 3, frame.watermark, mark, align="centre")
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title=title,
        subject=subject,
        author="BranchDesk",
        creator="BranchDesk",
        invariant=1,  # fixed dates and document ID: the same data gives the same bytes
        pageCompression=1,
        initialFontName=fonts.MAIN,  # else the canvas names Helvetica, a font no PDF of ours embeds
    )
    body = Frame(
        left,
        bottom,
        width - left - right,
        height - top - bottom,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[body])])
    # reportlab keeps a font's subset state per document and warns against building two at once with one
    # font; the work is CPU-bound under the GIL anyway, so builds from worker threads take turns.
    with _BUILD_LOCK:
        doc.build(story, canvasmaker=partial(_NumberedCanvas, decorate=decorate, seed=seed))
    return buffer.getvalue()


def seal_box(label: str, size: float, style: ParagraphStyle) -> Table:
    """An empty dashed circle-ish square where the outlet's seal goes, its name inside in red."""
    seal_style = ParagraphStyle("seal", parent=style, textColor=SEAL_RED, alignment=TA_CENTER)
    table = Table([[para(label, seal_style)]], colWidths=[size], rowHeights=[size])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.MAIN),
                ("BOX", (0, 0), (-1, -1), 0.6, SEAL_RED, None, (2, 2)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


def signature_block(
    left: list,
    right_title: str,
    right_lines: list,
    seal: str,
    width: float,
    s: Styles,
    *,
    seal_size: float = 22 * mm,
) -> Table:
    """Two boxes side by side: the customer's (signature, date) and the bank's (title, staff lines beside the
    seal box)."""
    inner = Table(
        [[right_lines, seal_box(seal, seal_size, s.small)]], colWidths=[width / 2 - seal_size - 8 * mm, None]
    )
    inner.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.MAIN),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    table = Table([[left, [para(right_title, s.cell), inner]]], colWidths=[width / 2, width / 2])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.MAIN),
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("LINEBEFORE", (1, 0), (1, 0), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * mm),
                ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
            ]
        )
    )
    return table


_PLACEHOLDER_TEXT = re.compile(r"\{[a-z_]+\}")


def template_text(template: DocumentTemplate, *, cooling_off: bool) -> str:
    """A template's fixed text as printed, placeholders left out: the seed of its documents."""
    parts = [template.title, template.preamble, template.customer_confirmation, template.customer_party]
    parts += [
        template.bank_party,
        template.seal,
        template.version,
        *template.labels.values(),
        *template.notes,
    ]
    for clause in template.clauses:
        parts += [clause.heading, clause.text]
    if template.risk_disclosure is not None:
        parts += [
            template.risk_disclosure.title,
            template.risk_disclosure.text,
            template.handwritten_statement or "",
        ]
    if cooling_off and template.cooling_off:
        parts.append(template.cooling_off)
    return _PLACEHOLDER_TEXT.sub("", "".join(parts))
