"""The printable performance report (业绩通报, DOMAIN §8 "KPI / 通报 reports" and §9) from one Scorecard.

`build_performance_report(card) -> bytes` prints an A4 report titled by its cadence (日报, 周报, 旬报, 月报, 季报,
年报; a period typed by hand: 业绩报表) for the whole branch (全网点) or one person, with the period, the day the
figures run to (数据截至) and the time generated. Sections: deposits and assets (point, daily average, against
the period's start, 年初 and 同期), customers and tiers (table, bars, migration matrix, retention of the mid/high
tiers), product coverage, the contact plan, referrals, recommendations, agreements and fee business, counter
services, tasks, % of plan, and for the whole branch complaints and the staff breakdown. Money is printed in 元
with thousands separators (the wide staff table in 万元, two decimals); nothing is computed here beyond the
domain's helpers (percent, growth, ratio) and sums of the parts for total rows; values are rounded for display
only. An undefined rate prints as —; a breakdown with no rows prints a line saying so (无). Every page carries
the bank and outlet, the report's name and 第 X 页 共 Y 页. Same card, same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from domain.money import format_yuan
from domain.performance import (
    CONTACT_INTERVAL_DAYS,
    FEE_FAMILIES,
    MID_HIGH_TIERS,
    TIERS,
    BookFigures,
    CountRow,
    PlanRow,
    Scorecard,
    growth,
    percent,
)
from reports import _layout as L
from reports import fonts
from reports import performance_words as W
from reports._layout import para
from reports.performance_charts import BASE, NAVY, tier_charts, trend_charts

PAGE = A4
MARGINS = (15 * mm, 15 * mm, 24 * mm, 20 * mm)
WIDTH = PAGE[0] - MARGINS[0] - MARGINS[1]
NONE = "—"
CENT = Decimal("0.01")
HEAD_FILL = colors.HexColor("#e6ecf3")
TOTAL_FILL = colors.HexColor("#f2f2f2")
# A table that only places things side by side (charts, two small tables): no rules, no padding.
_BARE = [
    ("FONTNAME", (0, 0), (-1, -1), fonts.MAIN),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
]
_NUMERALS = "一二三四五六七八九十"
_FORMAT_VERSION = "KPI-1"


# -- words and numbers -------------------------------------------------------------------------------------------


def report_title(card: Scorecard) -> str:
    """业绩月报 (业绩报表 for a period typed by hand)."""
    words = W.CADENCE_TITLES[card.period.cadence]
    return words if words.startswith("业绩") else f"业绩{words}"


def report_id(card: Scorecard) -> str:
    """`0101-month-20260301-20260331` (+ `-login` for one person): names the report in its /Title."""
    p = card.period
    base = f"{card.branch_code}-{p.cadence.value}-{p.first:%Y%m%d}-{p.last:%Y%m%d}"
    return f"{base}-{card.scope_login}" if card.scope_login else base


def yuan(amount: Decimal) -> str:
    return format_yuan(amount)


def wan(amount: Decimal) -> str:
    """万元 to two decimals, for display only."""
    return f"{(amount / 10000).quantize(CENT, rounding=ROUND_HALF_UP):,}"


def signed_yuan(amount: Decimal) -> str:
    return ("+" if amount > 0 else "") + format_yuan(amount)


def signed_count(value: int) -> str:
    return f"{value:+,}" if value else "0"


def pct(value: Decimal | None) -> str:
    return NONE if value is None else f"{value:.1f}%"


def count(value: int | Decimal) -> str:
    return f"{int(value):,}" if Decimal(value) == Decimal(value).to_integral_value() else f"{value:,}"


def ratio_text(value: Decimal | None) -> str:
    return NONE if value is None else f"{value:.2f}"


def _cn(number: int) -> str:
    if number <= 10:
        return _NUMERALS[number - 1]
    return ("十" if number < 20 else _NUMERALS[number // 10 - 1] + "十") + (
        _NUMERALS[number % 10 - 1] if number % 10 else ""
    )


# -- styles and tables -------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _styles() -> tuple[L.Styles, ParagraphStyle, ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    s = L.styles(BASE)
    heading = ParagraphStyle(
        "kpi_heading",
        parent=s.heading,
        fontSize=BASE + 2,
        leading=round((BASE + 2) * 1.4, 1),
        textColor=NAVY,
        spaceBefore=4 * mm,
        spaceAfter=1.6 * mm,
    )
    sub = ParagraphStyle(
        "kpi_sub", parent=s.cell, textColor=NAVY, spaceBefore=2 * mm, spaceAfter=1 * mm, fontSize=BASE
    )
    head = ParagraphStyle("kpi_th", parent=s.centre, textColor=L.INK)
    note = ParagraphStyle(
        "kpi_note", parent=s.small, leading=round((BASE - 1.5) * 1.5, 1), spaceBefore=1 * mm
    )
    return s, heading, sub, head, note


def _cell_style(align: str) -> ParagraphStyle:
    s = _styles()[0]
    return {"l": s.cell, "r": s.right, "c": s.centre}[align]


def _table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    align: str,
    *,
    totals: int = 0,
    spans: Sequence[tuple[tuple[int, int], tuple[int, int]]] = (),
) -> Table:
    """A ruled table: a shaded header row, then `rows`; the last `totals` rows shaded as totals. `align` has
    one letter per column (l, r, c)."""
    head = _styles()[3]
    data: list[list] = [[para(h, head) for h in header]]
    for row in rows:
        data.append([para(str(v), _cell_style(align[i])) for i, v in enumerate(row)])
    table = Table(data, colWidths=list(widths), repeatRows=1)
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.MAIN),
        ("GRID", (0, 0), (-1, -1), 0.5, L.RULE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.0),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if totals:
        commands.append(("BACKGROUND", (0, -totals), (-1, -1), TOTAL_FILL))
        commands.append(("LINEABOVE", (0, -totals), (-1, -totals), 0.8, L.INK))
    for start, end in spans:
        commands.append(("SPAN", start, end))
    table.setStyle(TableStyle(commands))
    return table


def _pairs(items: Sequence[tuple[str, str]], columns: int = 2) -> Table:
    """Figures as label / value cells, `columns` pairs a line."""
    s = _styles()[0]
    cells = [(para(label, s.cell_label), para(value, s.right)) for label, value in items]
    while len(cells) % columns:
        cells.append((para("", s.cell), para("", s.cell)))
    rows = []
    for i in range(0, len(cells), columns):
        row: list = []
        for label, value in cells[i : i + columns]:
            row += [label, value]
        rows.append(row)
    pair = WIDTH / columns
    widths = [pair * 0.56, pair * 0.44] * columns
    return L.grid(rows, widths, label_cols=tuple(range(0, 2 * columns, 2)))


def _none(text: str) -> Flowable:
    """The line printed instead of an empty table."""
    s = _styles()[0]
    table = Table([[para(f"无　（{text}）", s.cell)]], colWidths=[WIDTH])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.MAIN),
                ("BOX", (0, 0), (-1, -1), 0.5, L.RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.2),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _note(text: str) -> Flowable:
    return para(text, _styles()[4])


def _sub(text: str) -> Flowable:
    return para(text, _styles()[2])


class _Sections:
    """Numbered section headings (一、二、…), each kept with what follows it."""

    def __init__(self) -> None:
        self.story: list[Flowable] = []
        self.number = 0

    def add(self, title: str, first: Sequence[Flowable], rest: Sequence[Flowable] = ()) -> None:
        self.number += 1
        heading = para(f"{_cn(self.number)}、{title}", _styles()[1])
        self.story.append(KeepTogether([heading, *first]))
        self.story.extend(rest)


# -- charts (reports/performance_charts.py draws them) -----------------------------------------------------


def _trend_charts(b: BookFigures) -> list[Flowable]:
    if len(b.trend) < 2:
        return [_none("本期不足两日，未绘制走势图")]
    return [Spacer(1, 2 * mm), _side_by_side(trend_charts(b, WIDTH / 2))]


def _tier_charts(b: BookFigures) -> Flowable:
    return _side_by_side(tier_charts(b, WIDTH / 2))


def _side_by_side(drawings: tuple[Flowable, Flowable]) -> Table:
    table = Table([list(drawings)], colWidths=[WIDTH / 2, WIDTH / 2])
    table.setStyle(TableStyle(_BARE))
    return table


# -- sections ----------------------------------------------------------------------------------------------------


def _heading(card: Scorecard) -> list[Flowable]:
    s = _styles()[0]
    p = card.period
    scope = W.scope_words(card.scope_login, card.scope_name, card.scope_role)
    name = W.period_name(p)
    title = f"{card.branch_name}{report_title(card)}"
    dates = f"{L.cn_date(p.first)} 至 {L.cn_date(p.last)}（{p.days}天）"
    as_of = L.cn_date(card.as_of) + ("（期间未结束）" if card.as_of < p.last else "")
    info = L.grid(
        [
            [
                para("报表机构", s.cell_label),
                para(f"{card.branch_name}（{card.branch_code}）", s.cell),
                para("报表范围", s.cell_label),
                para(scope, s.cell),
            ],
            [
                para("统计期间", s.cell_label),
                para(dates, s.cell),
                para("报表周期", s.cell_label),
                para(W.CADENCE_TITLES[p.cadence], s.cell),
            ],
            [
                para("数据截至", s.cell_label),
                para(as_of, s.cell),
                para("生成时间", s.cell_label),
                para(L.cn_datetime(card.generated_at), s.cell),
            ],
        ],
        [0.13 * WIDTH, 0.39 * WIDTH, 0.13 * WIDTH, 0.35 * WIDTH],
        label_cols=(0, 2),
    )
    subtitle = f"{name}　·　{scope}" if name else scope
    return [
        para(title, s.title),
        para(subtitle, s.subtitle),
        info,
        _note(
            "金额单位：元"
            + (
                ""
                if card.scope_login
                else "（员工明细为万元，四舍五入保留两位小数，合计与分项之和可能相差±0.01万元）"
            )
            + "；比率保留一位小数，四舍五入，分项占比之和与100%可能相差0.1个百分点；“—”表示无计算基数。"
        ),
    ]


def _deposits(card: Scorecard, sections: _Sections) -> None:
    b = card.book
    if b is None:
        return
    days = (card.as_of - card.period.first).days + 1
    last_year = b.deposits_last_year
    rows = [
        [
            "存款时点余额",
            yuan(b.deposits_end),
            "较期初",
            yuan(b.deposits_start),
            signed_yuan(b.deposits_end - b.deposits_start),
            pct(growth(b.deposits_end, b.deposits_start)),
        ],
        [
            "",
            "",
            "较年初",
            yuan(b.deposits_year_start),
            signed_yuan(b.deposits_end - b.deposits_year_start),
            pct(b.deposits_growth_ytd),
        ],  # fmt: skip
        [
            "",
            "",
            "较同期",
            NONE if last_year is None else yuan(last_year),
            NONE if last_year is None else signed_yuan(b.deposits_end - last_year),
            pct(b.deposits_growth_yoy),
        ],
        ["存款日均余额", yuan(b.deposits_daily_average), f"日终余额之和 ÷ 日历天数（{days}天）", "", "", ""],
        [
            "管理资产（AUM）",
            yuan(b.aum_end),
            "较期初",
            yuan(b.aum_start),
            signed_yuan(b.aum_end - b.aum_start),
            pct(b.aum_growth),
        ],
    ]
    widths = [x * WIDTH for x in (0.15, 0.2, 0.14, 0.2, 0.19, 0.12)]
    table = _table(
        ["项目", "期末余额（元）", "比较口径", "比较基数（元）", "增减额（元）", "增幅"],
        rows,
        widths,
        "lrcrrr",
        spans=[((0, 1), (0, 3)), ((1, 1), (1, 3)), ((2, 4), (5, 4))],
    )
    sections.add("存款与资产", [table], _trend_charts(b))


def _customers(card: Scorecard, sections: _Sections) -> None:
    b = card.book
    if b is None:
        return
    figures = _pairs(
        [
            ("期初客户数（户）", count(b.customers_start)),
            ("期末客户数（户）", count(b.customers_end)),
            ("本期新增客户（户）", count(b.new_customers)),
            ("净增客户（户）", signed_count(b.customers_end - b.customers_start)),
            ("层级上升（户）", count(b.moved_up)),
            ("层级下降（户）", count(b.moved_down)),
        ]
    )
    rest: list[Flowable] = []
    if b.tiers:
        rows = [
            [
                W.tier_name(t.tier),
                count(t.customers),
                pct(percent(t.customers, b.customers_end)),
                yuan(t.aum),
                pct(percent(t.aum, b.aum_end)),
            ]
            for t in b.tiers
        ]
        rows.append(
            [
                "合计",
                count(b.customers_end),
                pct(percent(b.customers_end, b.customers_end)),
                yuan(b.aum_end),
                pct(percent(b.aum_end, b.aum_end)),
            ]
        )
        widths = [x * WIDTH for x in (0.26, 0.17, 0.13, 0.29, 0.15)]
        header = ["客户层级", "客户数（户）", "客户占比", "管理资产（元）", "资产占比"]
        tiers: list[Flowable] = [
            _sub("客户层级分布（期末）"),
            _table(header, rows, widths, "lrrrr", totals=1),
        ]
        parts = (sum(t.customers for t in b.tiers), sum((t.aum for t in b.tiers), Decimal(0)))
        if parts != (b.customers_end, b.aum_end):
            tiers.append(
                _note(
                    f"注：各层级之和（{count(parts[0])}户，{yuan(parts[1])}元）与期末总数不一致，请核对数据。"
                )
            )
        rest += [KeepTogether(tiers), Spacer(1, 2 * mm), _tier_charts(b)]
    else:
        rest.append(KeepTogether([_sub("客户层级分布（期末）"), _none("期末无客户")]))
    rest.append(KeepTogether([_sub("层级迁移（期内各月末比较，行为迁出层级，列为迁入层级）"), *_moves(b)]))
    mid_high_end = sum(t.customers for t in b.tiers if t.tier in MID_HIGH_TIERS)
    retention = _pairs(
        [
            ("期初中高端客户（户）", count(b.mid_high_start)),
            ("期末仍为中高端（户）", count(b.mid_high_kept)),
            ("存量客户保有率", pct(b.retention)),
            ("期末中高端客户（户）", count(mid_high_end)),
        ]
    )
    rest.append(KeepTogether([_sub("中高端客户保有（T2 优质客户及以上）"), retention]))
    sections.add("客户与层级", [figures], rest)


def _moves(b: BookFigures) -> list[Flowable]:
    moves = b.moves
    if not moves:
        return [_none("本期无层级迁移")]
    tiers = list(TIERS) + sorted(({m.from_tier for m in moves} | {m.to_tier for m in moves}) - set(TIERS))
    cells = {(m.from_tier, m.to_tier): m.customers for m in moves}
    rows = []
    for source in tiers:
        line = [W.tier_name(source)]
        for target in tiers:
            line.append(NONE if source == target else count(cells.get((source, target), 0)))
        line.append(count(sum(n for (f, _), n in cells.items() if f == source)))
        rows.append(line)
    total = ["迁入合计"] + [count(sum(n for (_, t), n in cells.items() if t == target)) for target in tiers]
    total.append(count(sum(cells.values())))
    rows.append(total)
    first = 0.22 * WIDTH
    rest = (WIDTH - first) / (len(tiers) + 1)
    table = _table(
        ["迁出＼迁入", *tiers, "迁出合计"],
        rows,
        [first] + [rest] * (len(tiers) + 1),
        "l" + "r" * (len(tiers) + 1),
        totals=1,
    )
    return [table, _note(f"本期层级上升{count(b.moved_up)}户，下降{count(b.moved_down)}户。")]


def _coverage(card: Scorecard, sections: _Sections) -> None:
    b = card.book
    if b is None:
        return
    sections.add(
        "产品覆盖",
        [
            _pairs(
                [
                    ("有效持有产品（只）", count(b.holdings)),
                    ("户均持有产品（只）", ratio_text(b.products_per_customer)),
                    ("持有产品类别（户·类）", count(b.families)),
                    ("户均持有产品类别（类）", ratio_text(b.families_per_customer)),
                ]
            )
        ],
    )
    intervals = "；".join(
        f"{W.tier_name(tier)} {days}天" for tier, days in sorted(CONTACT_INTERVAL_DAYS.items())
    )
    sections.add(
        "联系计划",
        [
            _pairs(
                [
                    ("应联系客户（户）", count(b.contact_due)),
                    ("按期联系（户）", count(b.contacted)),
                    ("联系计划覆盖率", pct(b.contact_coverage)),
                    ("未按期联系（户）", count(b.contact_due - b.contacted)),
                ]
            ),
            _note(f"联系间隔：{intervals}。"),
        ],
    )


def _referrals(card: Scorecard, sections: _Sections) -> None:
    a = card.activity
    sections.add(
        "转介",
        [
            _pairs(
                [
                    ("发起转介（笔）", count(a.referrals_made)),
                    ("发起转介成功（笔）", count(a.referrals_made_converted)),
                    ("发起转介转化率", pct(a.referral_conversion)),
                    ("接收转介（笔）", count(a.referrals_received)),
                    ("已联系（笔）", count(a.referrals_contacted)),
                    ("接收转介联系率", pct(percent(a.referrals_contacted, a.referrals_received))),
                    ("接收转介成功（笔）", count(a.referrals_converted)),
                    ("接收转介成功率", pct(percent(a.referrals_converted, a.referrals_received))),
                ],
                columns=3,
            )
        ],
    )


def _recommendations(card: Scorecard, sections: _Sections) -> None:
    a = card.activity
    if a.recommendations:
        rows = [
            [f"{r.product_name}（{r.product_code}）", count(r.accepted), count(r.declined), count(r.later),
             count(r.answered), pct(r.acceptance)]
            for r in a.recommendations
        ]  # fmt: skip
        later = sum(r.later for r in a.recommendations)
        rows.append(
            [
                "合计",
                count(a.recommendations_accepted),
                count(a.recommendations_declined),
                count(later),
                count(a.recommendations_answered),
                pct(a.recommendation_acceptance),
            ]
        )
        widths = [x * WIDTH for x in (0.4, 0.11, 0.11, 0.11, 0.13, 0.14)]
        first: Flowable = _table(
            ["推荐产品", "接受", "拒绝", "稍后再议", "答复合计", "接受率"], rows, widths, "lrrrrr", totals=1
        )
    else:
        first = _none("本期无客户答复记录")
    if a.decline_reasons:
        total = sum(r.count for r in a.decline_reasons)
        rows = [[W.word(W.DECLINE_WORDS, r.code, r.label), count(r.count), pct(percent(r.count, total))]
                for r in a.decline_reasons]  # fmt: skip
        rows.append(["合计", count(total), pct(percent(total, total))])
        widths = [x * WIDTH for x in (0.5, 0.25, 0.25)]
        declines: Flowable = _table(["拒绝原因", "次数", "占比"], rows, widths, "lrr", totals=1)
    else:
        declines = _none("本期无拒绝记录")
    rest: list[Flowable] = [KeepTogether([_sub("拒绝原因"), declines])]
    sections.add("产品推荐", [first], rest)


def _count_table(
    rows_in: Sequence[CountRow], words: dict[str, str], first_header: str, unit: str, *, amounts: bool = True
) -> Table:
    rows = [
        [W.word(words, r.code, r.label), count(r.count)] + ([yuan(r.amount)] if amounts else [])
        for r in rows_in
    ]
    total = ["合计", count(sum(r.count for r in rows_in))]
    if amounts:
        total.append(yuan(sum((r.amount for r in rows_in), Decimal("0.00"))))
    rows.append(total)
    header = [first_header, f"笔数（{unit}）"] + (["金额（元）"] if amounts else [])
    shares = (0.46, 0.2, 0.34) if amounts else (0.6, 0.4)
    return _table(header, rows, [x * WIDTH for x in shares], "lrr"[: len(header)], totals=1)


def _agreements(card: Scorecard, sections: _Sections) -> None:
    a = card.activity
    first = (
        _count_table(a.agreements, W.FAMILY_WORDS, "产品类别", "笔")
        if a.agreements
        else _none("本期未签发协议")
    )
    families = "、".join(W.FAMILY_WORDS[f] for f in FEE_FAMILIES)
    rest = [
        Spacer(1, 1.5 * mm),
        _pairs(
            [
                ("签发协议合计（笔）", count(a.agreements_issued)),
                ("中间业务销售额（元）", yuan(a.fee_business)),
            ]
        ),
        _note(f"中间业务口径：{families}类协议金额之和（不含已作废协议）。"),
    ]
    sections.add("协议与中间业务", [first], rest)


def _counter(card: Scorecard, sections: _Sections) -> None:
    a = card.activity
    first = _count_table(a.receipts, {}, "业务种类", "笔") if a.receipts else _none("本期无柜面业务回单")
    rest = [
        Spacer(1, 1.5 * mm),
        _pairs([("柜面业务合计（笔）", count(a.services)), ("手续费收入（元）", yuan(a.receipt_fees))]),
    ]
    sections.add("柜面服务", [first], rest)


def _tasks(card: Scorecard, sections: _Sections) -> None:
    a = card.activity
    sections.add(
        "任务",
        [_pairs([("未完成任务（件）", count(a.open_tasks)), ("其中已超时（件）", count(a.overdue_tasks))])],
    )


def _plan_value(row: PlanRow, value: Decimal) -> str:
    return yuan(value) if row.metric.is_money else count(value)


def _plans(card: Scorecard, sections: _Sections) -> None:
    if not card.plans:
        sections.add("计划完成", [_none("本期未设定计划")])
        return
    rows = [
        [
            W.word(W.PLAN_WORDS, row.metric, row.metric.value),
            f"{row.first:%Y-%m-%d} 至 {row.last:%Y-%m-%d}",
            "元" if row.metric.is_money else _PLAN_UNITS.get(row.metric.value, "个"),
            _plan_value(row, row.target),
            _plan_value(row, row.actual),
            pct(row.completion),
        ]
        for row in card.plans
    ]
    widths = [x * WIDTH for x in (0.16, 0.24, 0.07, 0.2, 0.2, 0.13)]
    table = _table(["计划指标", "计划期间", "单位", "计划", "实际完成", "完成率"], rows, widths, "lccrrr")
    sections.add(
        "计划完成",
        [
            table,
            _note(
                f"实际完成自计划起始日统计至{L.cn_date(card.as_of)}；完成率 = 实际完成 ÷ 计划 × 100%，"
                "保留一位小数；存款净增为负时完成率为负。"
            ),
        ],
    )


_PLAN_UNITS = {"new_customers": "户", "agreements": "笔", "referrals_converted": "笔"}


def _complaints(card: Scorecard, sections: _Sections) -> None:
    c = card.complaints
    if c is None:
        return
    figures = _pairs(
        [
            ("受理投诉（件）", count(c.total)),
            ("其中重大投诉（件）", count(c.major)),
            ("已答复（件）", count(c.answered)),
            ("按时答复（件）", count(c.on_time)),
            ("按时答复率", pct(c.on_time_rate)),
            ("已评价（件）", count(c.rated)),
            ("满意及基本满意（件）", count(c.satisfied)),
            ("客户满意率", pct(c.satisfaction_rate)),
        ],
        columns=2,
    )
    half = WIDTH / 2 - 2 * mm

    def breakdown(rows_in: tuple[CountRow, ...], words: dict[str, str], header: str, empty: str) -> Flowable:
        if not rows_in:
            return _none(empty)
        total = sum(r.count for r in rows_in)
        rows = [
            [W.word(words, r.code, r.label), count(r.count), pct(percent(r.count, total))] for r in rows_in
        ]
        rows.append(["合计", count(total), pct(percent(total, total))])
        return _table([header, "件数", "占比"], rows, [half * 0.5, half * 0.25, half * 0.25], "lrr", totals=1)

    if c.by_category or c.by_channel:
        side = Table(
            [
                [
                    breakdown(c.by_category, W.COMPLAINT_CATEGORY_WORDS, "投诉类别", "无分类"),
                    breakdown(c.by_channel, W.COMPLAINT_CHANNEL_WORDS, "投诉渠道", "无渠道"),
                ]
            ],
            colWidths=[WIDTH / 2, WIDTH / 2],
        )
        side.setStyle(TableStyle([*_BARE, ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
        rest: list[Flowable] = [Spacer(1, 2 * mm), side]
    else:
        rest = [Spacer(1, 2 * mm), _none("本期无客户投诉")]
    sections.add("投诉", [figures], rest)


def _staff(card: Scorecard, sections: _Sections) -> None:
    if card.scope_login:
        return  # one person's report: no staff breakdown
    staff = card.staff
    if not staff:
        sections.add("员工明细", [_none("无员工数据")])
        return
    rows = [
        [
            (r.name or r.login) if r.login else W.UNASSIGNED,
            W.word(W.ROLE_WORDS, r.role) if r.role else NONE,
            count(r.customers),
            wan(r.aum),
            wan(r.deposits),
            count(r.referrals_made),
            count(r.referrals_converted),
            count(r.agreements),
            count(r.recommendations_accepted),
            count(r.overdue_tasks),
        ]
        for r in staff
    ]
    zero = Decimal("0.00")
    rows.append(
        [
            "合计",
            "",
            count(sum(r.customers for r in staff)),
            wan(sum((r.aum for r in staff), zero)),
            wan(sum((r.deposits for r in staff), zero)),
            count(sum(r.referrals_made for r in staff)),
            count(sum(r.referrals_converted for r in staff)),
            count(sum(r.agreements for r in staff)),
            count(sum(r.recommendations_accepted for r in staff)),
            count(sum(r.overdue_tasks for r in staff)),
        ]
    )
    shares = (0.14, 0.1, 0.09, 0.13, 0.13, 0.08, 0.08, 0.08, 0.08, 0.09)
    header = [
        "员工",
        "岗位",
        "管户客户（户）",
        "管理资产（万元）",
        "存款（万元）",
        "发起转介",
        "转介成功",
        "签发协议",
        "推荐接受",
        "超时任务",
    ]
    table = _table(header, rows, [x * WIDTH for x in shares], "lc" + "r" * 8, totals=1)
    b, a = card.book, card.activity
    checks = (
        []
        if b is None
        else [
            (sum(r.customers for r in staff), b.customers_end),
            (sum((r.aum for r in staff), zero), b.aum_end),
            (sum((r.deposits for r in staff), zero), b.deposits_end),
        ]
    )
    checks += [
        (sum(r.referrals_made for r in staff), a.referrals_made),
        (sum(r.agreements for r in staff), a.agreements_issued),
        (sum(r.overdue_tasks for r in staff), a.overdue_tasks),
    ]
    note = "注：管户客户、管理资产、存款按客户经理归属统计，未分配客户经理的客户单列一行；合计与全网点数据勾稽一致。"
    if any(part != whole for part, whole in checks):
        note = "注：员工明细合计与全网点数据不一致，请核对数据。"
    sections.add("员工明细", [table], [_note(note)])


def _closing() -> list[Flowable]:
    s = _styles()[0]
    return [
        Spacer(1, 6 * mm),
        para("制表：______________　　　　审核：______________　　　　网点负责人：______________", s.cell),
    ]


# -- the report --------------------------------------------------------------------------------------------------


def build_performance_report(card: Scorecard) -> bytes:
    """The report as PDF bytes: A4 portrait, same card -> same bytes."""
    fonts.register()
    sections = _Sections()
    if card.book is None:
        sections.add(
            "存款与客户", [_none("柜员岗位无管户客户，不列示存款、资产、客户层级、产品覆盖及联系计划")]
        )
    _deposits(card, sections)
    _customers(card, sections)
    _coverage(card, sections)
    _referrals(card, sections)
    _recommendations(card, sections)
    _agreements(card, sections)
    _counter(card, sections)
    _tasks(card, sections)
    _plans(card, sections)
    _complaints(card, sections)
    _staff(card, sections)
    story = [*_heading(card), *sections.story, *_closing()]
    title = report_title(card)
    scope = W.scope_words(card.scope_login, card.scope_name, card.scope_role)
    frame = L.Frame_(
        header_left=card.bank_name,
        header_left_small=f"{card.branch_name}（{card.branch_code}）  {title}  {scope}",
        footer_left=f"报表 {report_id(card)} · 格式 {_FORMAT_VERSION} · 数据截至 {card.as_of:%Y-%m-%d}",
        footer_right=f"生成时间 {card.generated_at:%Y-%m-%d %H:%M}",
        qr_payload="",
        qr_size=0,
        watermark=None,
    )
    return L.build(
        story,
        pagesize=PAGE,
        margins=MARGINS,
        frame=frame,
        title=f"{title} {report_id(card)}",
        subject=f"{_FORMAT_VERSION}; performance {card.period.cadence.value} report",
        base_size=BASE,
    )
