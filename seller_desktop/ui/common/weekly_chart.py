"""Two counts per week as pairs of bars, drawn with QPainter: the Reviews screen's requests and the
Campaigns screen's redemptions share it.

QtCharts would add PySide6-Addons (~160 MB) to the installer for two small charts. A screen reader
gets the same numbers as text: the accessible description and ``summary()``. What the bars mean —
the legend, the sentence under the chart, a week in words — is the user's: a subclass gives its
texts (``legend``, ``headline``, ``week_text``, ``empty_text``) in its own translation context.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

#: A week of the chart: its first day, the light bar's count, the dark bar's count.
Week = tuple[date, int, int]

#: Room for the week labels under the bars and the legend above them (in line heights).
_LABEL_LINES = 1.6
_LEGEND_LINES = 1.6


class WeeklyBars(QWidget):
    """Two bars per week, the first light and the second dark, oldest week left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._weeks: list[Week] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader can reach its summary

    # -- what a user says ------------------------------------------------------------------------

    def legend(self) -> tuple[str, str]:
        """The names of the light and the dark bar."""
        raise NotImplementedError

    def headline(self) -> str:
        """The totals in one sentence (shown under the chart)."""
        raise NotImplementedError

    def week_text(self, week: Week) -> str:
        """One week in words, for the summary."""
        raise NotImplementedError

    def empty_text(self) -> str:
        """What the plot says when it has no weeks."""
        raise NotImplementedError

    # -- the chart -------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(480, self.fontMetrics().height() * 9)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.fontMetrics().height() * 9)

    def weeks(self) -> list[Week]:
        return list(self._weeks)

    def set_weeks(self, weeks: Sequence[Week]) -> None:
        self._weeks = list(weeks)
        self.setAccessibleDescription(self.summary())
        self.setToolTip(self.summary())
        self.update()

    def summary(self) -> str:
        """The chart in words, for a screen reader: the totals, then each week."""
        return " ".join([self.headline(), *(self.week_text(week) for week in self._weeks)])

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
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.empty_text())
            return
        top = max(max(w[1], w[2]) for w in self._weeks) or 1
        slot = plot.width() / len(self._weeks)
        bar = max(2.0, slot * 0.35)
        for index, (start, first, second) in enumerate(self._weeks):
            left = plot.left() + index * slot + (slot - 2 * bar) / 2
            for offset, value, colour in ((0.0, first, light), (bar, second, dark)):
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
        for colour, text in zip((light, dark), self.legend()):
            painter.fillRect(QRectF(x, line * 0.3, line * 0.8, line * 0.8), colour)
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            x += line
            painter.drawText(QRectF(x, 0, 400, line * 1.4), Qt.AlignmentFlag.AlignVCenter, text)
            x += self.fontMetrics().horizontalAdvance(text) + line
