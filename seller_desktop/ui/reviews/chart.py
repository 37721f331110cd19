"""Requested versus eligible review requests per week, drawn with QPainter.

QtCharts would add PySide6-Addons (~160 MB) to the installer for one small chart. A screen reader
gets the same numbers as text: the accessible description and ``summary()``.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from seller_desktop.ui.reviews.source import Week

#: Room for the week labels under the bars and the legend above them (in line heights).
_LABEL_LINES = 1.6
_LEGEND_LINES = 1.6


class WeeklyChart(QWidget):
    """Two bars per week: eligible orders (light) and requested ones (dark), oldest week left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._weeks: list[Week] = []
        self.setObjectName("reviewChart")
        self.setAccessibleName(self.tr("Review requests per week"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader can reach its summary
        self.set_weeks([])

    def sizeHint(self) -> QSize:
        return QSize(480, self.fontMetrics().height() * 9)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.fontMetrics().height() * 9)

    def set_weeks(self, weeks: list[Week]) -> None:
        self._weeks = list(weeks)
        self.setAccessibleDescription(self.summary())
        self.setToolTip(self.summary())
        self.update()

    def headline(self) -> str:
        """The totals in one sentence (shown under the chart)."""
        if not self._weeks:
            return self.tr("No orders were eligible for a review request in these weeks.")
        # An order's window spans several weeks, so weekly eligible counts do not add up: the
        # sentence sums the requests and names this week's eligible orders.
        requested = sum(w[2] for w in self._weeks)
        return self.tr(
            "Last {0} weeks: {1} review requests; this week {2} orders are eligible."
        ).format(len(self._weeks), requested, self._weeks[-1][1])

    def summary(self) -> str:
        """The chart in words, for a screen reader: the totals, then each week."""
        parts = [self.headline()]
        for start, week_eligible, week_requested in self._weeks:
            parts.append(
                self.tr("Week of {0}: {1} of {2}.").format(
                    start.isoformat(), week_requested, week_eligible
                )
            )
        return " ".join(parts)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        line = self.fontMetrics().height()
        plot = QRectF(self.rect()).adjusted(8, line * _LEGEND_LINES, -8, -line * _LABEL_LINES)
        light, dark = self._colours()
        self._legend(painter, light, dark, line)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        if not self._weeks:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No data yet"))
            return
        top = max(max(w[1], w[2]) for w in self._weeks) or 1
        slot = plot.width() / len(self._weeks)
        bar = max(2.0, slot * 0.35)
        for index, (start, eligible, requested) in enumerate(self._weeks):
            left = plot.left() + index * slot + (slot - 2 * bar) / 2
            for offset, value, colour in ((0.0, eligible, light), (bar, requested, dark)):
                height = plot.height() * value / top
                painter.fillRect(
                    QRectF(left + offset, plot.bottom() - height, bar - 1, height), colour
                )
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            label = QRectF(plot.left() + index * slot, plot.bottom() + 2, slot, line)
            day = QLocale().toString(QDate(start.year, start.month, start.day), "d MMM")
            painter.drawText(label, Qt.AlignmentFlag.AlignHCenter, day)

    def _colours(self) -> tuple[QColor, QColor]:
        dark = self.palette().color(QPalette.ColorRole.Highlight)
        light = QColor(dark)
        light.setAlpha(90)
        return light, dark

    def _legend(self, painter: QPainter, light: QColor, dark: QColor, line: int) -> None:
        x = 8.0
        for colour, text in ((light, self.tr("Eligible")), (dark, self.tr("Requested"))):
            painter.fillRect(QRectF(x, line * 0.3, line * 0.8, line * 0.8), colour)
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            x += line
            painter.drawText(QRectF(x, 0, 400, line * 1.4), Qt.AlignmentFlag.AlignVCenter, text)
            x += self.fontMetrics().horizontalAdvance(text) + line
