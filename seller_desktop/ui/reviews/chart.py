"""Requested versus eligible review requests per week: the words of the shared weekly chart
(``ui/common/weekly_chart``), which draws it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from seller_desktop.ui.common.weekly_chart import WeeklyBars
from seller_desktop.ui.reviews.source import Week


class WeeklyChart(WeeklyBars):
    """Two bars per week: eligible orders (light) and requested ones (dark), oldest week left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewChart")
        self.setAccessibleName(self.tr("Review requests per week"))
        self.set_weeks([])

    def legend(self) -> tuple[str, str]:
        return self.tr("Eligible"), self.tr("Requested")

    def empty_text(self) -> str:
        return self.tr("No data yet")

    def headline(self) -> str:
        """The totals in one sentence (shown under the chart)."""
        weeks = self.weeks()
        if not weeks:
            return self.tr("No orders were eligible for a review request in these weeks.")
        # An order's window spans several weeks, so weekly eligible counts do not add up: the
        # sentence sums the requests and names this week's eligible orders.
        requested = sum(w[2] for w in weeks)
        return self.tr(
            "Last {0} weeks: {1} review requests; this week {2} orders are eligible."
        ).format(len(weeks), requested, weeks[-1][1])

    def week_text(self, week: Week) -> str:
        start, week_eligible, week_requested = week
        return self.tr("Week of {0}: {1} of {2}.").format(
            start.isoformat(), week_requested, week_eligible
        )
