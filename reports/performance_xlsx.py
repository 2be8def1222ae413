"""The performance figures as an Excel workbook (.xlsx), one sheet per table, for those who work on them further.

`build_performance_workbook(card) -> bytes`. Sheets: 概览 (every headline figure), 层级, 层级迁移, 推荐, 拒绝原因, 协议,
柜面服务, 计划, 投诉, 员工, 趋势. Each starts with the bank and outlet, the report's name, the period (real dates),
the scope, the day the figures run to and the time generated; then a header row (frozen) and the data. Money is
a number in 元 to the fen (`#,##0.00`), percentages are numbers with one decimal (248.7 in a column headed （%）),
counts are integers, dates are dates. Totals rows are the sums of the parts, as in the printed report; a table
with no rows has one row saying 无. Same card, same bytes (fixed document properties and archive times).
"""

from __future__ import annotations

import io
import unicodedata
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from domain.performance import FEE_FAMILIES, MID_HIGH_TIERS, CountRow, Scorecard, growth, percent
from domain.text import spreadsheet_cell
from reports import performance_words as W
from reports.performance import report_id, report_title

MONEY = "#,##0.00"
COUNT = "#,##0"
PERCENT = "0.0"
RATIO = "0.00"
DATE = "yyyy-mm-dd"
DATETIME = "yyyy-mm-dd hh:mm:ss"
NONE = "—"
HEADER_ROW = 6
FONT = "宋体"
_HEAD_FILL = PatternFill("solid", fgColor="E6ECF3")
_TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
_THIN = Side(style="thin", color="999999")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_TOTAL_BORDER = Border(left=_THIN, right=_THIN, top=Side(style="medium", color="1A1A1A"), bottom=_THIN)
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class Col:
    title: str
    fmt: str | None = None  # None: text


def _cell(ws: Worksheet, row: int, column: int, value: object):
    """Every value goes into the workbook through here: text that a spreadsheet would run as a formula (a
    product or staff name starting with `=`) is written as text (domain.text.spreadsheet_cell)."""
    return ws.cell(row, column, spreadsheet_cell(value))


def _percent_value(value: Decimal | None) -> Decimal | str:
    return NONE if value is None else value


class _Book:
    def __init__(self, card: Scorecard) -> None:
        self.card = card
        self.wb = Workbook()
        self.first = True

    def sheet(
        self,
        name: str,
        columns: Sequence[Col],
        rows: Sequence[Sequence[object]],
        *,
        totals: int = 0,
        empty: str = "无",
        formats: Sequence[Sequence[str | None]] | None = None,
    ) -> Worksheet:
        """A sheet: the heading rows, the header, the rows (the last `totals` of them totals). `formats` gives a
        number format per cell where a column mixes them (the overview, the plan)."""
        if self.first:
            ws = self.wb.active
            ws.title = name
            self.first = False
        else:
            ws = self.wb.create_sheet(name)
        self._heading(ws)
        for c, col in enumerate(columns, 1):
            cell = _cell(ws, HEADER_ROW, c, col.title)
            cell.font = Font(name=FONT, bold=True)
            cell.fill = _HEAD_FILL
            cell.border = _BOX
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if not rows:
            rows = [[empty]]
            totals = 0
        for r, row in enumerate(rows):
            total = r >= len(rows) - totals
            for c, value in enumerate(row):
                cell = _cell(ws, HEADER_ROW + 1 + r, c + 1, value)
                fmt = formats[r][c] if formats is not None else columns[c].fmt
                if isinstance(value, (int, Decimal)) and fmt:
                    cell.number_format = fmt
                elif isinstance(value, datetime):
                    cell.number_format = DATETIME
                elif isinstance(value, date):
                    cell.number_format = DATE
                if value == NONE:
                    cell.alignment = Alignment(horizontal="center")
                cell.font = Font(name=FONT, bold=total)
                cell.border = _TOTAL_BORDER if total else _BOX
                if total:
                    cell.fill = _TOTAL_FILL
        ws.freeze_panes = ws.cell(HEADER_ROW + 1, 1)
        self._widths(ws, columns, rows)
        # Printed from the spreadsheet program: one page wide, the header rows on every page.
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
        return ws

    def _heading(self, ws: Worksheet) -> None:
        card = self.card
        p = card.period
        scope = W.scope_words(card.scope_login, card.scope_name, card.scope_role)
        title = f"{card.bank_name}　{card.branch_name}（{card.branch_code}）　{report_title(card)}"
        name = W.period_name(p)
        _cell(ws, 1, 1, title + (f"　{name}" if name else "")).font = Font(name=FONT, bold=True, size=13)
        cells = [
            (2, [("统计期间", None), (p.first, DATE), ("至", None), (p.last, DATE)]),
            (3, [("报表范围", None), (scope, None), ("数据截至", None), (card.as_of, DATE)]),
            (
                4,
                [
                    ("生成时间", None),
                    (card.generated_at, DATETIME),
                    ("报表编号", None),
                    (report_id(card), None),
                ],
            ),
        ]
        for row, values in cells:
            for c, (value, fmt) in enumerate(values, 1):
                cell = _cell(ws, row, c, value)
                cell.font = Font(name=FONT, color="666666" if c % 2 else "1A1A1A")
                if fmt:
                    cell.number_format = fmt
                    cell.alignment = Alignment(horizontal="left")

    def _widths(self, ws: Worksheet, columns: Sequence[Col], rows: Sequence[Sequence[object]]) -> None:
        count = max(len(columns), 4)
        for c in range(count):
            texts = [columns[c].title] if c < len(columns) else []
            texts += [_shown(row[c]) for row in rows if c < len(row)]
            if c < 4:  # the heading rows' labels and values
                texts += ["2026-01-01 00:00:00", "数据截至"]
            widest = max((_display_width(t) for t in texts), default=8)
            ws.column_dimensions[get_column_letter(c + 1)].width = min(max(widest + 3, 10), 60)

    def save(self) -> bytes:
        card = self.card
        props = self.wb.properties
        props.creator = "BranchDesk"
        props.lastModifiedBy = "BranchDesk"
        props.title = f"{report_title(card)} {report_id(card)}"
        props.created = card.generated_at
        props.modified = card.generated_at
        raw = io.BytesIO()
        with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
            ExcelWriter(self.wb, archive).write_data()
        return _fixed_times(raw.getvalue())


def _fixed_times(data: bytes) -> bytes:
    """The same archive with every member dated 1980-01-01: the bytes no longer depend on the clock."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o600 << 16
            target.writestr(member, source.read(info.filename))
    return out.getvalue()


def _shown(value: object) -> str:
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M:%S}"
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


# -- the sheets --------------------------------------------------------------------------------------------------


def _overview(book: _Book) -> None:
    card = book.card
    b, a, c = card.book, card.activity, card.complaints
    items: list[tuple[str, object, str, str | None]] = []  # label, value, unit, format

    def money(label: str, value: Decimal | None) -> None:
        items.append((label, NONE if value is None else value, "元", MONEY))

    def number(label: str, value: int, unit: str) -> None:
        items.append((label, value, unit, COUNT))

    def rate(label: str, value: Decimal | None) -> None:
        items.append((label, _percent_value(value), "%", PERCENT))

    def ratio(label: str, value: Decimal | None, unit: str) -> None:
        items.append((label, NONE if value is None else value, unit, RATIO))

    if b is not None:
        money("存款时点余额（期末）", b.deposits_end)
        money("存款时点余额（期初）", b.deposits_start)
        rate("存款较期初增幅", growth(b.deposits_end, b.deposits_start))
        money("存款余额（年初）", b.deposits_year_start)
        rate("存款较年初增幅", b.deposits_growth_ytd)
        money("存款余额（同期）", b.deposits_last_year)
        rate("存款较同期增幅", b.deposits_growth_yoy)
        money("存款日均余额", b.deposits_daily_average)
        money("管理资产AUM（期初）", b.aum_start)
        money("管理资产AUM（期末）", b.aum_end)
        rate("管理资产增幅", b.aum_growth)
        number("期初客户数", b.customers_start, "户")
        number("期末客户数", b.customers_end, "户")
        number("本期新增客户", b.new_customers, "户")
        number("层级上升", b.moved_up, "户")
        number("层级下降", b.moved_down, "户")
        number("期初中高端客户（T2及以上）", b.mid_high_start, "户")
        number("期末仍为中高端", b.mid_high_kept, "户")
        rate("存量客户保有率", b.retention)
        number("期末中高端客户", sum(t.customers for t in b.tiers if t.tier in MID_HIGH_TIERS), "户")
        number("有效持有产品", b.holdings, "只")
        ratio("户均持有产品", b.products_per_customer, "只")
        number("持有产品类别（户·类）", b.families, "户·类")
        ratio("户均持有产品类别", b.families_per_customer, "类")
        number("应联系客户", b.contact_due, "户")
        number("按期联系", b.contacted, "户")
        rate("联系计划覆盖率", b.contact_coverage)
    number("发起转介", a.referrals_made, "笔")
    number("发起转介成功", a.referrals_made_converted, "笔")
    rate("发起转介转化率", a.referral_conversion)
    number("接收转介", a.referrals_received, "笔")
    number("接收转介已联系", a.referrals_contacted, "笔")
    number("接收转介成功", a.referrals_converted, "笔")
    rate("接收转介成功率", percent(a.referrals_converted, a.referrals_received))
    number("推荐答复合计", a.recommendations_answered, "次")
    number("推荐接受", a.recommendations_accepted, "次")
    rate("推荐接受率", a.recommendation_acceptance)
    number("签发协议", a.agreements_issued, "笔")
    money("中间业务销售额", a.fee_business)
    number("柜面业务", a.services, "笔")
    money("柜面手续费收入", a.receipt_fees)
    number("未完成任务", a.open_tasks, "件")
    number("其中已超时", a.overdue_tasks, "件")
    if c is not None:
        number("受理投诉", c.total, "件")
        number("重大投诉", c.major, "件")
        number("已答复投诉", c.answered, "件")
        number("按时答复", c.on_time, "件")
        rate("按时答复率", c.on_time_rate)
        number("已评价", c.rated, "件")
        number("满意及基本满意", c.satisfied, "件")
        rate("客户满意率", c.satisfaction_rate)
    rows = [[label, value, unit] for label, value, unit, _ in items]
    formats = [[None, fmt, None] for *_, fmt in items]
    book.sheet("概览", [Col("指标"), Col("数值"), Col("单位")], rows, formats=formats)


def _tiers(book: _Book) -> None:
    b = book.card.book
    rows: list[list[object]] = []
    totals = 0
    if b is not None and b.tiers:
        for t in b.tiers:
            rows.append(
                [
                    t.tier,
                    W.TIER_WORDS.get(t.tier, t.tier),
                    t.customers,
                    _percent_value(percent(t.customers, b.customers_end)),
                    t.aum,
                    _percent_value(percent(t.aum, b.aum_end)),
                ]
            )
        parts_customers = sum(t.customers for t in b.tiers)
        parts_aum = sum((t.aum for t in b.tiers), ZERO)
        rows.append(
            [
                "合计",
                "",
                parts_customers,
                _percent_value(percent(parts_customers, b.customers_end)),
                parts_aum,
                _percent_value(percent(parts_aum, b.aum_end)),
            ]
        )
        totals = 1
    columns = [
        Col("层级"),
        Col("名称"),
        Col("客户数（户）", COUNT),
        Col("客户占比（%）", PERCENT),
        Col("管理资产（元）", MONEY),
        Col("资产占比（%）", PERCENT),
    ]
    book.sheet("层级", columns, rows, totals=totals, empty="无（无管户客户）" if b is None else "无")


def _moves(book: _Book) -> None:
    b = book.card.book
    moves = b.moves if b is not None else ()
    rows: list[list[object]] = [
        [m.from_tier, m.to_tier, "上升" if m.up else "下降", m.customers]
        for m in sorted(moves, key=lambda m: (not m.up, m.from_tier, m.to_tier))
    ]
    if rows:
        rows.append(["合计", "", "", sum(m.customers for m in moves)])
    columns = [Col("迁出层级"), Col("迁入层级"), Col("方向"), Col("客户数（户）", COUNT)]
    book.sheet("层级迁移", columns, rows, totals=1 if rows else 0)


def _recommendations(book: _Book) -> None:
    a = book.card.activity
    rows: list[list[object]] = [
        [
            r.product_code,
            r.product_name,
            r.accepted,
            r.declined,
            r.later,
            r.answered,
            _percent_value(r.acceptance),
        ]
        for r in a.recommendations
    ]
    if rows:
        later = sum(r.later for r in a.recommendations)
        accepted, declined, answered = (
            a.recommendations_accepted,
            a.recommendations_declined,
            a.recommendations_answered,
        )
        rows.append(
            ["合计", "", accepted, declined, later, answered, _percent_value(a.recommendation_acceptance)]
        )
    columns = [
        Col("产品代码"),
        Col("产品名称"),
        Col("接受", COUNT),
        Col("拒绝", COUNT),
        Col("稍后再议", COUNT),
        Col("答复合计", COUNT),
        Col("接受率（%）", PERCENT),
    ]
    book.sheet("推荐", columns, rows, totals=1 if rows else 0)
    reasons = a.decline_reasons
    total = sum(r.count for r in reasons)
    rows = [
        [r.code, W.word(W.DECLINE_WORDS, r.code, r.label), r.count, _percent_value(percent(r.count, total))]
        for r in reasons
    ]
    if rows:
        rows.append(["合计", "", total, _percent_value(percent(total, total))])
    columns = [Col("原因代码"), Col("拒绝原因"), Col("次数", COUNT), Col("占比（%）", PERCENT)]
    book.sheet("拒绝原因", columns, rows, totals=1 if rows else 0)


def _counted(rows_in: Sequence[CountRow], words: dict[str, str], extra: bool = False) -> list[list[object]]:
    rows: list[list[object]] = []
    for r in rows_in:
        row: list[object] = [r.code, W.word(words, r.code, r.label), r.count, r.amount]
        if extra:
            row.append("是" if r.code in FEE_FAMILIES else "否")
        rows.append(row)
    if rows:
        total: list[object] = [
            "合计",
            "",
            sum(r.count for r in rows_in),
            sum((r.amount for r in rows_in), ZERO),
        ]
        rows.append(total + ([""] if extra else []))
    return rows


def _agreements(book: _Book) -> None:
    rows = _counted(book.card.activity.agreements, W.FAMILY_WORDS, extra=True)
    columns = [
        Col("类别代码"),
        Col("产品类别"),
        Col("笔数", COUNT),
        Col("金额（元）", MONEY),
        Col("中间业务"),
    ]
    book.sheet("协议", columns, rows, totals=1 if rows else 0)


def _receipts(book: _Book) -> None:
    rows = [row[1:] for row in _counted(book.card.activity.receipts, {})]
    if rows:
        rows[-1][0] = "合计"
    columns = [Col("业务种类"), Col("笔数", COUNT), Col("金额（元）", MONEY)]
    book.sheet("柜面服务", columns, rows, totals=1 if rows else 0)


def _plans(book: _Book) -> None:
    rows: list[list[object]] = []
    formats: list[list[str | None]] = []
    for row in book.card.plans:
        fmt = MONEY if row.metric.is_money else COUNT
        target: object = row.target if row.metric.is_money else int(row.target)
        actual: object = row.actual if row.metric.is_money else int(row.actual)
        if not row.metric.is_money and (target != row.target or actual != row.actual):
            target, actual, fmt = row.target, row.actual, RATIO
        unit = "元" if row.metric.is_money else _PLAN_UNITS.get(row.metric.value, "个")
        name = W.word(W.PLAN_WORDS, row.metric, row.metric.value)
        rows.append([name, row.first, row.last, unit, target, actual, _percent_value(row.completion)])
        formats.append([None, DATE, DATE, None, fmt, fmt, PERCENT])
    columns = [
        Col("计划指标"),
        Col("计划起始日"),
        Col("计划截止日"),
        Col("单位"),
        Col("计划"),
        Col("实际完成"),
        Col("完成率（%）", PERCENT),
    ]
    book.sheet("计划", columns, rows, formats=formats if rows else None, empty="无（本期未设定计划）")


_PLAN_UNITS = {"new_customers": "户", "agreements": "笔", "referrals_converted": "笔"}


def _complaints(book: _Book) -> None:
    c = book.card.complaints
    columns = [Col("统计维度"), Col("代码"), Col("名称"), Col("件数", COUNT), Col("占比（%）", PERCENT)]
    if c is None:
        book.sheet("投诉", columns, [], empty="无（投诉仅在全网点报表中统计）")
        return
    rows: list[list[object]] = []
    totals: list[int] = []
    for dimension, breakdown, words in (
        ("投诉类别", c.by_category, W.COMPLAINT_CATEGORY_WORDS),
        ("投诉渠道", c.by_channel, W.COMPLAINT_CHANNEL_WORDS),
    ):
        total = sum(r.count for r in breakdown)
        for r in breakdown:
            rows.append(
                [
                    dimension,
                    r.code,
                    W.word(words, r.code, r.label),
                    r.count,
                    _percent_value(percent(r.count, total)),
                ]
            )
        if breakdown:
            totals.append(len(rows))
            rows.append([f"{dimension}合计", "", "", total, _percent_value(percent(total, total))])
    ws = book.sheet("投诉", columns, rows, empty="无（本期无客户投诉）")
    for r in range(HEADER_ROW + 1, HEADER_ROW + 1 + len(rows)):
        total = (r - HEADER_ROW - 1) in totals
        for col in range(1, len(columns) + 1):
            cell = ws.cell(r, col)
            cell.font = Font(name=FONT, bold=total)
            if total:
                cell.fill = _TOTAL_FILL
                cell.border = _TOTAL_BORDER


def _staff(book: _Book) -> None:
    staff = book.card.staff
    rows: list[list[object]] = [
        [
            s.login,
            (s.name or s.login) if s.login else W.UNASSIGNED,
            W.word(W.ROLE_WORDS, s.role) if s.role else "",
            s.customers,
            s.aum,
            s.deposits,
            s.referrals_made,
            s.referrals_converted,
            s.agreements,
            s.recommendations_accepted,
            s.overdue_tasks,
        ]
        for s in staff
    ]
    if rows:
        rows.append(
            [
                "合计",
                "",
                "",
                sum(s.customers for s in staff),
                sum((s.aum for s in staff), ZERO),
                sum((s.deposits for s in staff), ZERO),
                sum(s.referrals_made for s in staff),
                sum(s.referrals_converted for s in staff),
                sum(s.agreements for s in staff),
                sum(s.recommendations_accepted for s in staff),
                sum(s.overdue_tasks for s in staff),
            ]
        )
    columns = [
        Col("工号"),
        Col("姓名"),
        Col("岗位"),
        Col("管户客户（户）", COUNT),
        Col("管理资产（元）", MONEY),
        Col("存款（元）", MONEY),
        Col("发起转介", COUNT),
        Col("转介成功", COUNT),
        Col("签发协议", COUNT),
        Col("推荐接受", COUNT),
        Col("超时任务", COUNT),
    ]
    empty = "无（员工明细仅在全网点报表中列示）" if book.card.scope_login else "无"
    book.sheet("员工", columns, rows, totals=1 if rows else 0, empty=empty)


def _trend(book: _Book) -> None:
    b = book.card.book
    rows = [[p.day, p.customers, p.aum, p.deposits] for p in (b.trend if b is not None else ())]
    columns = [
        Col("日期"),
        Col("客户数（户）", COUNT),
        Col("管理资产（元）", MONEY),
        Col("存款余额（元）", MONEY),
    ]
    book.sheet("趋势", columns, rows)


def build_performance_workbook(card: Scorecard) -> bytes:
    """The workbook as .xlsx bytes."""
    book = _Book(card)
    for sheet in (
        _overview,
        _tiers,
        _moves,
        _recommendations,
        _agreements,
        _receipts,
        _plans,
        _complaints,
        _staff,
        _trend,
    ):
        sheet(book)
    return book.save()
