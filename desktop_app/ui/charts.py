"""Two small charts drawn with QPainter, for the reports dashboard (no QtCharts, no web view).

- `BarChart`: horizontal bars, one per item, label on the left and the number at the bar's end; an item
  may have a target (a training's quota): a dark tick marks it, and a bar past it turns gold.
- `ColumnChart`: columns per category (days), stacked by series (officers), with a legend.

They only draw what they are given (`set_items`, `set_data`): no database, no translation. Long lists
show what fits and say how many more there are (`more_text`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop_app.ui.style import ACCENT, BORDER_LIGHT, MUTED, TEXT

BAR = QColor(ACCENT)
OVER = QColor("#c98a12")  # past the target
TARGET = QColor("#1d2733")
TRACK = QColor("#e8edf2")
SERIES = ("#0f5fa3", "#e0a526", "#17703a", "#8e44ad", "#c0392b", "#16a085", "#6d7b8a", "#d35400", "#2c3e50")


@dataclass(frozen=True)
class BarItem:
    label: str
    value: float
    target: float | None = None  # e.g. the quota
    text: str = ""  # what to write at the bar's end (default: the value)
    colour: str | None = None


def nice_step(rough: float) -> int:
    """A round step for gridlines near `rough`: 1, 2, 2.5 or 5 times a power of ten (at least 1)."""
    if rough <= 1:
        return 1
    power = 10 ** math.floor(math.log10(rough))
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * power
        if rough <= step and step == int(step):
            return int(step)
    return int(10 * power)


def series_colour(index: int) -> QColor:
    return QColor(SERIES[index % len(SERIES)])


class BarChart(QWidget):
    """Horizontal bars; see the module's notes."""

    ROW = 24
    BAR_HEIGHT = 14

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[BarItem] = []
        self.empty_text = ""
        self.more_text: Callable[[int], str] = lambda n: f"+{n}"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(self.ROW * 3)
        self.setMouseTracking(True)
        self._rows: list[tuple[QRectF, BarItem]] = []

    def set_items(self, items: Sequence[BarItem]) -> None:
        self.items = list(items)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, max(self.ROW * 3, self.ROW * min(len(self.items), 12) + 12))

    def shown_rows(self) -> int:
        """How many items fit (one row is kept for "+N more" when they do not all fit)."""
        fit = max(1, (self.height() - 8) // self.ROW)
        return len(self.items) if len(self.items) <= fit else max(1, fit - 1)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        self._rows = []
        if not self.items:
            painter.setPen(QColor(MUTED))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        width = self.width()
        label_w = min(int(width * 0.4), max(metrics.horizontalAdvance(i.label) for i in self.items) + 12)
        texts = [i.text or f"{i.value:g}" for i in self.items]
        value_w = max(metrics.horizontalAdvance(t) for t in texts) + 10
        track_x = label_w + 4
        track_w = max(20, width - track_x - value_w - 6)
        top = max((i.target or 0) for i in self.items)
        scale = max(max(i.value for i in self.items), top, 1)
        shown = self.shown_rows()
        for row, (item, text) in enumerate(zip(self.items[:shown], texts[:shown], strict=True)):
            y = 4 + row * self.ROW
            bar_y = y + (self.ROW - self.BAR_HEIGHT) / 2
            painter.setPen(QColor(TEXT))
            label = metrics.elidedText(item.label, Qt.TextElideMode.ElideRight, label_w - 8)
            painter.drawText(QRectF(0, y, label_w - 6, self.ROW),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(TRACK)
            painter.drawRoundedRect(QRectF(track_x, bar_y, track_w, self.BAR_HEIGHT), 3, 3)
            over = item.target is not None and item.value > item.target
            colour = QColor(item.colour) if item.colour else OVER if over else BAR
            painter.setBrush(colour)
            bar_w = track_w * item.value / scale
            if item.value > 0:
                painter.drawRoundedRect(QRectF(track_x, bar_y, max(bar_w, 3), self.BAR_HEIGHT), 3, 3)
            if item.target is not None and item.target > 0:
                x = track_x + track_w * item.target / scale
                painter.setPen(QPen(TARGET, 2))
                painter.drawLine(QPointF(x, bar_y - 3), QPointF(x, bar_y + self.BAR_HEIGHT + 3))
            painter.setPen(QColor(TEXT))
            painter.drawText(QRectF(track_x + track_w + 6, y, value_w, self.ROW),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            self._rows.append((QRectF(0, y, width, self.ROW), item))
        hidden = len(self.items) - shown
        if hidden > 0:
            painter.setPen(QColor(MUTED))
            y = 4 + shown * self.ROW
            painter.drawText(QRectF(track_x, y, track_w, self.ROW),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.more_text(hidden))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        position = event.position()
        for rect, item in self._rows:
            if rect.contains(position):
                QToolTip.showText(event.globalPosition().toPoint(), f"{item.label}: {item.text or item.value}", self)
                return
        QToolTip.hideText()


class ColumnChart(QWidget):
    """Stacked columns: `labels` along the bottom, one value per label in each series."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.series: list[tuple[str, list[int]]] = []
        self.empty_text = ""
        self.number: Callable[[int], str] = str
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(140)

    def set_data(self, labels: Sequence[str], series: Sequence[tuple[str, Sequence[int]]]) -> None:
        self.labels = list(labels)
        self.series = [(name, list(values)) for name, values in series]
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 220)

    def totals(self) -> list[int]:
        return [sum(values[i] for _, values in self.series if i < len(values)) for i in range(len(self.labels))]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        if not self.labels or not self.series:
            painter.setPen(QColor(MUTED))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        totals = self.totals()
        step = nice_step(max(max(totals), 1) / 4)
        peak = step * max(1, -(-max(totals) // step))  # the top gridline: a round number above the tallest
        # Legend on top, wrapped to the width.
        x, y = 4.0, 2.0
        line = metrics.height() + 4
        for index, (name, _) in enumerate(self.series):
            w = 14 + metrics.horizontalAdvance(name) + 14
            if x + w > self.width() and x > 4:
                x, y = 4.0, y + line
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(series_colour(index))
            painter.drawRoundedRect(QRectF(x, y + (line - 10) / 2 - 1, 10, 10), 2, 2)
            painter.setPen(QColor(TEXT))
            painter.drawText(QRectF(x + 14, y, w, line - 2), Qt.AlignmentFlag.AlignVCenter, name)
            x += w
        top = y + line + 6
        axis_w = metrics.horizontalAdvance(self.number(peak)) + 8
        bottom = self.height() - metrics.height() - 6
        left = axis_w + 4
        plot_w = max(10, self.width() - left - 4)
        plot_h = max(10, bottom - top)
        painter.setPen(QPen(QColor(BORDER_LIGHT), 1))
        for tick in range(0, peak + 1, step):
            gy = bottom - plot_h * tick / peak
            painter.drawLine(QPointF(left, gy), QPointF(left + plot_w, gy))
            painter.save()
            painter.setPen(QColor(MUTED))
            painter.drawText(QRectF(0, gy - line / 2, axis_w, line), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter, self.number(tick))
            painter.restore()
        slot = plot_w / len(self.labels)
        bar_w = max(2.0, min(slot * 0.72, 42.0))
        widest = max(metrics.horizontalAdvance(label) for label in self.labels) + 8
        step = max(1, int(widest // slot) + (1 if widest % slot else 0))
        for i, label in enumerate(self.labels):
            cx = left + slot * i + slot / 2
            base = float(bottom)
            for index, (_, values) in enumerate(self.series):
                value = values[i] if i < len(values) else 0
                if value <= 0:
                    continue
                h = plot_h * value / peak
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(series_colour(index))
                painter.drawRect(QRectF(cx - bar_w / 2, base - h, bar_w, h))
                base -= h
            if i % step == 0:
                painter.setPen(QColor(MUTED))
                painter.drawText(QRectF(cx - widest / 2, bottom + 3, widest, metrics.height() + 2),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
