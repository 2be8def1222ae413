"""The charts of the performance report: deposit and AUM trend lines, tier bars (reportlab.graphics).

Drawn in 万元 with the report's fonts; each function returns two drawings to be set side by side.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm

from domain.performance import BookFigures
from reports import _layout as L
from reports import fonts

BASE = 8.5  # the report's base font size; its headings share the navy
NAVY = colors.HexColor("#1f3a5f")
DEPOSIT_INK = colors.HexColor("#1f4e79")
AUM_INK = colors.HexColor("#c55a11")
BAR_FILL = colors.HexColor("#4a7ab0")
CHART_GRID = colors.HexColor("#dddddd")
_TIER_SHORT = {"T0": "大众", "T1": "潜力", "T2": "优质", "T3": "贵宾", "T4": "财富", "T5": "私行"}


def _chart_title(drawing: Drawing, x: float, y: float, text: str) -> None:
    fonts.check(text)
    drawing.add(String(x, y, text, fontName=fonts.MAIN, fontSize=BASE - 0.5, fillColor=NAVY))


def _nice_step(span: float, ticks: int = 5) -> float:
    raw = span / ticks if span > 0 else 1.0
    magnitude = 10 ** len(str(int(raw))) / 10 if raw >= 1 else 1.0
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude  # pragma: no cover - the loop ends at 10


def _line(
    first: date, points: Sequence[tuple[int, float]], title: str, ink: colors.Color, w: float, h: float
) -> Drawing:
    drawing = Drawing(w, h, initialFontName=fonts.MAIN, initialFontSize=BASE - 2)
    _chart_title(drawing, 0, h - 10, title)
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 44, 18, w - 54, h - 36
    plot.data = [list(points)]
    plot.lines[0].strokeColor = ink
    plot.lines[0].strokeWidth = 1.4
    if len(points) <= 31:
        plot.lines[0].symbol = makeMarker("FilledCircle", size=2.2, fillColor=ink, strokeColor=ink)
    values = [v for _, v in points]
    lo, hi = min(values), max(values)
    pad = (hi - lo) * 0.15 or max(abs(hi) * 0.01, 1.0)
    step = _nice_step(hi - lo + 2 * pad, 4)
    low = (lo - pad) // step * step
    plot.yValueAxis.valueMin = low
    plot.yValueAxis.valueMax = low + step * (int((hi + pad - low) / step) + 1)
    plot.yValueAxis.valueStep = step
    plot.yValueAxis.labelTextFormat = lambda v: f"{v:,.0f}"
    plot.yValueAxis.visibleGrid = True
    plot.yValueAxis.gridStrokeColor = CHART_GRID
    plot.yValueAxis.gridStrokeWidth = 0.4
    span = max(x for x, _ in points)
    every = max(1, -(-span // 6))
    plot.xValueAxis.valueMin = 0
    plot.xValueAxis.valueMax = max(span, 1)
    plot.xValueAxis.valueSteps = list(range(0, span + 1, every))
    plot.xValueAxis.labelTextFormat = lambda v: f"{first + timedelta(days=int(v)):%m-%d}"
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName = fonts.MAIN
        axis.labels.fontSize = BASE - 2
        axis.strokeColor = L.RULE
        axis.strokeWidth = 0.5
    drawing.add(plot)
    return drawing


def _bars(
    names: list[str], values: list[float], title: str, label: Callable[[float], str], w: float
) -> Drawing:
    h = 48 * mm
    drawing = Drawing(w, h, initialFontName=fonts.MAIN, initialFontSize=BASE - 2)
    _chart_title(drawing, 0, h - 10, title)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 24, w - 48, h - 54
    chart.data = [values]
    chart.bars[0].fillColor = BAR_FILL
    chart.bars[0].strokeColor = None
    chart.barSpacing = 2
    chart.groupSpacing = 8
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.labels.fontName = fonts.MAIN
    chart.categoryAxis.labels.fontSize = BASE - 2
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.strokeColor = L.RULE
    top = max(values) if values and max(values) > 0 else 1.0
    step = _nice_step(top * 1.15, 4)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = step * (int(top * 1.15 / step) + 1)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = fonts.MAIN
    chart.valueAxis.labels.fontSize = BASE - 2
    chart.valueAxis.labelTextFormat = lambda v: f"{v:,.0f}"
    chart.valueAxis.strokeColor = L.RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = CHART_GRID
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.barLabelFormat = label
    chart.barLabels.fontName = fonts.MAIN
    chart.barLabels.fontSize = BASE - 2.5
    chart.barLabels.nudge = 5
    drawing.add(chart)
    return drawing


def trend_charts(b: BookFigures, w: float) -> tuple[Drawing, Drawing]:
    """Deposits and AUM over the trend's days (at least two), each `w` wide."""
    first = b.trend[0].day
    deposits = [((p.day - first).days, float(p.deposits / 10000)) for p in b.trend]
    aum = [((p.day - first).days, float(p.aum / 10000)) for p in b.trend]
    return (
        _line(first, deposits, "存款时点余额走势（万元）", DEPOSIT_INK, w - 3 * mm, 52 * mm),
        _line(first, aum, "管理资产（AUM）走势（万元）", AUM_INK, w - 3 * mm, 52 * mm),
    )


def tier_charts(b: BookFigures, w: float) -> tuple[Drawing, Drawing]:
    """Customers and AUM per tier, each `w` wide."""
    names = [f"{t.tier}\n{_TIER_SHORT.get(t.tier, '')}" for t in b.tiers]
    return (
        _bars(names, [float(t.customers) for t in b.tiers], "各层级客户数（户）", lambda v: f"{v:,.0f}", w),
        _bars(
            names, [float(t.aum / 10000) for t in b.tiers], "各层级管理资产（万元）", lambda v: f"{v:,.0f}", w
        ),
    )
