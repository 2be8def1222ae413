"""Small charts drawn with QPainter (no chart library): a trend line over days and clickable bars.

`TrendChart.set_series(days, series)` draws one or two lines over the same days on one axis; money is shown in
万元 (`unit="wan"`), counts as they are. With no day it says "No data" (无数据); one day shows its point and
value. `BarChart.set_bars(bars)` draws horizontal bars with their values; a click on a bar emits
`sig_bar_clicked(key)`. `TierBars` is a BarChart for the tiers T0-T5 that emits `sig_tier_clicked(tier)`.
Both take the widget's font (the application's bundled CJK font), so Chinese labels render everywhere.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor("#1d2330")
MUTED = QColor("#6b7280")
GRID = QColor("#e5e7eb")
AXIS = QColor("#9ca3af")
LINE_COLOURS = (QColor("#1f4e79"), QColor("#c55a11"))
BAR_COLOUR = QColor("#4a7ab0")
BAR_HOVER = QColor("#2f5f95")
WAN = Decimal(10_000)
CARD = QColor("#ffffff")
CARD_EDGE = QColor("#dde2ea")


def nice_step(span: float, ticks: int = 4) -> float:
    """A round step (1, 2, 2.5 or 5 × 10^n) giving about `ticks` intervals over `span`."""
    if span <= 0:
        return 1.0
    raw = span / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


def axis_number(value: float) -> str:
    """1,234 or 12.5: thousands separators, decimals only when the step needs them."""
    if abs(value - round(value)) < 1e-9:
        return f"{round(value):,}"
    return f"{value:,.1f}" if abs(value * 10 - round(value * 10)) < 1e-9 else f"{value:,.2f}"


class _Card(QWidget):
    """A chart on a white rounded card: subclasses paint their content in `_paint`."""

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            painter.setPen(QPen(CARD_EDGE, 1))
            painter.setBrush(CARD)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, p: QPainter) -> None:
        raise NotImplementedError


def _small(font: QFont, delta: float = -1.0) -> QFont:
    small = QFont(font)
    if small.pointSizeF() > 0:
        small.setPointSizeF(max(7.0, small.pointSizeF() + delta))
    return small


@dataclass(frozen=True)
class Series:
    label: str
    values: tuple[Decimal | int, ...]


class TrendChart(_Card):
    """One or two lines over days. `unit="wan"` divides money by 10,000 for the axis (万元)."""

    def __init__(self, parent=None, *, unit: str = "wan", object_name: str = "trend_chart") -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.unit = unit
        self.title = ""
        self.unit_text = ""  # shown after the title ("万元")
        self.no_data_text = "No data"
        self.days: tuple[date, ...] = ()
        self.series: tuple[Series, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 150)

    def sizeHint(self) -> QSize:
        return QSize(420, 210)

    def set_series(self, days: Sequence[date], series: Sequence[Series]) -> None:
        if len(series) > len(LINE_COLOURS):
            raise ValueError("at most two lines")
        for s in series:
            if len(s.values) != len(days):
                raise ValueError("a value for every day")
        self.days, self.series = tuple(days), tuple(series)
        self.update()

    def set_texts(self, title: str, unit_text: str, no_data: str) -> None:
        self.title, self.unit_text, self.no_data_text = title, unit_text, no_data
        self.update()

    def scaled(self, value: Decimal | int) -> float:
        return float(Decimal(value) / WAN) if self.unit == "wan" else float(value)

    # -- painting ----------------------------------------------------------------------------------------------
    def _paint(self, p: QPainter) -> None:
        font = self.font()
        small = _small(font)
        metrics, small_metrics = QFontMetrics(font), QFontMetrics(small)
        rect = QRectF(self.rect()).adjusted(8, 6, -10, -6)
        p.setFont(font)
        p.setPen(INK)
        title_h = metrics.height()
        bold = QFont(font)
        bold.setBold(True)
        p.setFont(bold)
        p.drawText(
            QRectF(rect.left(), rect.top(), rect.width(), title_h), Qt.AlignmentFlag.AlignLeft, self.title
        )
        if self.unit_text:
            p.setFont(small)
            p.setPen(MUTED)
            left = rect.left() + QFontMetrics(bold).horizontalAdvance(self.title) + 8
            p.drawText(QRectF(left, rect.top(), rect.width(), title_h),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.unit_text)  # fmt: skip
        self._legend(p, small, QRectF(rect.left(), rect.top(), rect.width(), title_h))
        plot_top = rect.top() + title_h + small_metrics.height() / 2 + 8
        if not self.days or not self.series:
            p.setFont(font)
            p.setPen(MUTED)
            p.drawText(
                QRectF(rect.left(), plot_top, rect.width(), rect.bottom() - plot_top),
                Qt.AlignmentFlag.AlignCenter,
                self.no_data_text,
            )
            return
        values = [self.scaled(v) for s in self.series for v in s.values]
        low, high = min(values), max(values)
        if high == low:
            pad = abs(high) * 0.05 or 1.0
            low, high = low - pad, high + pad
        step = nice_step(high - low)
        low, high = math.floor(low / step) * step, math.ceil(high / step) * step
        ticks = [low + i * step for i in range(round((high - low) / step) + 1)]
        labels = [axis_number(t) for t in ticks]
        label_w = max(small_metrics.horizontalAdvance(t) for t in labels) + 6
        plot = QRectF(
            rect.left() + label_w,
            plot_top,
            rect.width() - label_w,
            rect.bottom() - plot_top - small_metrics.height() - 4,
        )
        p.setFont(small)
        p.setPen(MUTED)

        def y_of(value: float) -> float:
            return plot.bottom() - (value - low) / (high - low) * plot.height()

        def x_of(i: int) -> float:
            n = len(self.days)
            return plot.center().x() if n == 1 else plot.left() + i * plot.width() / (n - 1)

        for tick, text in zip(ticks, labels, strict=True):
            y = y_of(tick)
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(MUTED)
            p.drawText(
                QRectF(rect.left(), y - small_metrics.height() / 2, label_w - 6, small_metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        p.setPen(QPen(AXIS, 1))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        self._date_labels(p, small_metrics, plot, x_of)
        for colour, s in zip(LINE_COLOURS, self.series, strict=False):
            points = [QPointF(x_of(i), y_of(self.scaled(v))) for i, v in enumerate(s.values)]
            p.setPen(QPen(colour, 2))
            if len(points) > 1:
                path = QPainterPath(points[0])
                for point in points[1:]:
                    path.lineTo(point)
                p.drawPath(path)
            p.setBrush(colour)
            p.drawEllipse(points[-1], 3, 3)
            p.setBrush(Qt.BrushStyle.NoBrush)

    def _date_labels(self, p: QPainter, metrics: QFontMetrics, plot: QRectF, x_of) -> None:
        n = len(self.days)
        chosen = sorted({0, n - 1} | ({n // 2} if n > 4 else set()))
        p.setPen(MUTED)
        for i in chosen:
            text = self.days[i].strftime("%m-%d")
            width = metrics.horizontalAdvance(text) + 4
            x = min(max(x_of(i) - width / 2, plot.left() - width / 2), plot.right() - width + 4)
            p.drawText(
                QRectF(x, plot.bottom() + 2, width, metrics.height()), Qt.AlignmentFlag.AlignCenter, text
            )

    def latest(self, series: Series) -> str:
        """The last value as the legend shows it: 万元 with two decimals, counts whole."""
        value = self.scaled(series.values[-1])
        return f"{value:,.2f}" if self.unit == "wan" else f"{value:,.0f}"

    def _legend(self, p: QPainter, font: QFont, row: QRectF) -> None:
        """Right of the title: each line's colour, name (when two) and latest value."""
        if not self.days:
            return
        bold = QFont(font)
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        p.setFont(bold)
        x = row.right()
        for colour, s in reversed(list(zip(LINE_COLOURS, self.series, strict=False))):
            text = self.latest(s) if len(self.series) == 1 else f"{s.label} {self.latest(s)}"
            width = metrics.horizontalAdvance(text)
            x -= width
            p.setPen(colour)
            p.drawText(QRectF(x, row.top(), width + 2, row.height()), Qt.AlignmentFlag.AlignVCenter, text)
            x -= 18
            p.setPen(QPen(colour, 3))
            p.drawLine(QPointF(x, row.center().y()), QPointF(x + 14, row.center().y()))
            x -= 12


@dataclass(frozen=True)
class Bar:
    key: str
    label: str
    value: int | Decimal
    text: str  # shown at the bar's end ("1,180 位 · 845 万元")


class BarChart(_Card):
    """Horizontal bars, one row each; a click on a row emits `sig_bar_clicked(key)` when `clickable`."""

    sig_bar_clicked = Signal(str)

    def __init__(self, parent=None, *, clickable: bool = True, object_name: str = "bar_chart") -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.title = ""
        self.no_data_text = "No data"
        self.bars: tuple[Bar, ...] = ()
        self.clickable = clickable
        self._hover = -1
        self._rows: list[QRectF] = []
        self.setMouseTracking(clickable)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 150)

    def sizeHint(self) -> QSize:
        return QSize(380, 210)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = tuple(bars)
        self._hover = -1
        self.update()

    def set_texts(self, title: str, no_data: str) -> None:
        self.title, self.no_data_text = title, no_data
        self.update()

    def row_rect(self, index: int) -> QRectF:
        """Where row `index` was drawn (for tests and clicks)."""
        return self._rows[index]

    def _layout(self) -> tuple[QRectF, float, list[QRectF]]:
        metrics = QFontMetrics(self.font())
        rect = QRectF(self.rect()).adjusted(8, 6, -10, -6)
        top = rect.top() + metrics.height() + 6
        n = max(len(self.bars), 1)
        row_h = min(30.0, max(metrics.height() + 4, (rect.bottom() - top) / n))
        rows = [QRectF(rect.left(), top + i * row_h, rect.width(), row_h) for i in range(len(self.bars))]
        return rect, top, rows

    def _paint(self, p: QPainter) -> None:
        font, small = self.font(), _small(self.font())
        metrics, small_metrics = QFontMetrics(font), QFontMetrics(small)
        rect, top, self._rows = self._layout()
        bold = QFont(font)
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(INK)
        p.drawText(
            QRectF(rect.left(), rect.top(), rect.width(), metrics.height()),
            Qt.AlignmentFlag.AlignLeft,
            self.title,
        )
        if not self.bars:
            p.setFont(font)
            p.setPen(MUTED)
            p.drawText(QRectF(rect.left(), top, rect.width(), rect.bottom() - top), Qt.AlignmentFlag.AlignCenter,
                       self.no_data_text)  # fmt: skip
            return
        label_w = max(metrics.horizontalAdvance(b.label) for b in self.bars) + 10
        text_w = max(small_metrics.horizontalAdvance(b.text) for b in self.bars) + 8
        track = max(rect.width() - label_w - text_w, 20.0)
        biggest = max((float(b.value) for b in self.bars), default=0.0) or 1.0
        for i, (bar, row) in enumerate(zip(self.bars, self._rows, strict=True)):
            p.setFont(font)
            p.setPen(INK)
            p.drawText(QRectF(row.left(), row.top(), label_w - 6, row.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, bar.label)  # fmt: skip
            length = max(track * float(bar.value) / biggest, 2.0 if bar.value else 0.0)
            height = max(row.height() * 0.62, 6.0)
            box = QRectF(row.left() + label_w, row.center().y() - height / 2, length, height)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(BAR_HOVER if i == self._hover else BAR_COLOUR)
            p.drawRoundedRect(box, 2, 2)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setFont(small)
            p.setPen(INK)
            p.drawText(QRectF(box.right() + 5, row.top(), text_w, row.height()),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, bar.text)  # fmt: skip

    def _row_at(self, pos: QPointF) -> int:
        if not self._rows:
            _rect, _top, self._rows = self._layout()
        for i, row in enumerate(self._rows):
            if row.contains(pos):
                return i
        return -1

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hover = self._row_at(event.position()) if self.clickable else -1
        if hover != self._hover:
            self._hover = hover
            self.setCursor(Qt.CursorShape.PointingHandCursor if hover >= 0 else Qt.CursorShape.ArrowCursor)
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:
        if self._hover >= 0:
            self._hover = -1
            self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.clickable and event.button() == Qt.MouseButton.LeftButton:
            index = self._row_at(event.position())
            if index >= 0:
                self.sig_bar_clicked.emit(self.bars[index].key)
        super().mouseReleaseEvent(event)


class TierBars(BarChart):
    """Customers per tier T0-T5 (highest at the top); a click names the tier."""

    sig_tier_clicked = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent, clickable=True, object_name="tier_bars")
        self.sig_bar_clicked.connect(self.sig_tier_clicked)

    def set_tiers(self, rows: Sequence[tuple[str, str, int, str]]) -> None:
        """(tier, label, customers, text), in any order: shown from T5 down to T0."""
        self.set_bars(
            [
                Bar(tier, label, count, text)
                for tier, label, count, text in sorted(rows, key=lambda r: r[0], reverse=True)
            ]
        )
