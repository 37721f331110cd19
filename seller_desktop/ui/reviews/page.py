"""The Reviews screen: who can be asked for a review today, who soon, who no longer, who was asked.

Connected (an Amazon account covers the order's marketplace), "Request review" asks Amazon through
the Solicitations API on the worker, with progress. Not connected, "Open in Seller Central" opens
the order's page there (where the seller presses Amazon's own button) and "Mark requested"
records it. Either way an order is asked once, ever: the core keeps that promise.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from seller_desktop.core.base.changes import ORDERS
from seller_desktop.core.base.errors import SellerError
from seller_desktop.ui.common.formatting import local_datetime, seller_message
from seller_desktop.ui.common.jobs import JobRunner, report_unexpected
from seller_desktop.ui.reviews.auto_box import AutoBox
from seller_desktop.ui.reviews.chart import WeeklyChart
from seller_desktop.ui.reviews.exclusions import ExclusionsBox
from seller_desktop.ui.reviews.facts_dialog import FactsDialog
from seller_desktop.ui.reviews.sections import SECTIONS, ReviewSection
from seller_desktop.ui.reviews.source import ReviewLike, ReviewsSource

#: Weeks the chart shows.
CHART_WEEKS = 8
#: Closed, excluded and requested orders listed, each the latest ones: a year of orders would
#: be thousands of rows no one reads (the section's title gives the whole count).
LISTED_PAST = 100


class ReviewsPage(QWidget):
    """The queue in four sections, the chart, the bulk buttons and the exclusions."""

    #: The page wrote to the store on the GUI thread (marked orders, exclusions).
    store_changed = Signal()
    #: The seller switched the daily automatic requests on or off (a setting, saved).
    auto_switched = Signal()

    def __init__(
        self,
        source: ReviewsSource,
        jobs: JobRunner,
        today: Callable[[], date],
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
        when: Callable[[str], str] = local_datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._jobs = jobs
        self._today = today
        self._open_url = open_url
        self._when = when
        #: The marketplaces an Amazon account covers, as read at the last refresh.
        self._connected: frozenset[str] = frozenset()
        self._links: list[tuple[Any, Callable[..., object]]] = []
        self.setObjectName("reviewsPage")
        self._build()
        self.refresh()

    def _build(self) -> None:
        inner = QWidget()
        layout = QVBoxLayout(inner)
        self.chart = WeeklyChart()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.chart)
        layout.addWidget(self.summary)
        layout.addLayout(self._bulk_row())
        titles = {
            "eligible": (self.tr("Eligible today"), self.tr("Days left")),
            "upcoming": (self.tr("Coming up"), self.tr("Window opens")),
            "closed": (self.tr("Window closed"), self.tr("Closed or why not")),
            "requested": (self.tr("Already requested"), self.tr("Requested on")),
        }
        self.sections = {key: ReviewSection(key, *titles[key]) for key in SECTIONS}
        self._section_actions()
        for section in self.sections.values():
            layout.addWidget(section)
        self.exclusions = ExclusionsBox()
        self.exclusions.changed.connect(self._save_exclusions)
        self.exclusions.setVisible(self._source.save_exclusions is not None)
        layout.addWidget(self.exclusions)
        self.auto = AutoBox(self._when)
        self.auto.switched.connect(self._switch_auto)
        self.auto.setVisible(self._source.auto_enabled is not None)
        layout.addWidget(self.auto)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _section_actions(self) -> None:
        """The buttons above each list, acting on the chosen rows."""
        eligible = self.sections["eligible"]
        eligible.add_action(
            "request",
            self.tr("Request review"),
            lambda chosen: self.request([i.order_id for i in chosen if self.is_connected(i)]),
            lambda chosen: any(self.is_connected(i) for i in chosen) and not self._jobs.busy,
        )
        eligible.add_action(
            "open",
            self.tr("Open in Seller Central"),
            self.open_in_seller_central,
            lambda chosen: any(self._source.order_url(i.marketplace, i.order_id) for i in chosen),
        )
        eligible.add_action(
            "mark",
            self.tr("Mark requested"),
            lambda chosen: self.mark_requested([i.order_id for i in chosen]),
            lambda _chosen: True,
        )
        for key in ("eligible", "upcoming", "closed"):
            button = self.sections[key].add_action(
                "facts",
                self.tr("Delivery, refund…"),
                lambda chosen: self.record_facts(chosen[0].order_id),
                lambda chosen: len(chosen) == 1,
            )
            button.setToolTip(self.tr("Record the delivery day, a refund or a cancellation"))
            button.setVisible(self._source.record_facts is not None)

    def _bulk_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.request_all = QPushButton(self.tr("Request all eligible"))
        self.request_all.clicked.connect(self.request_all_eligible)
        self.next_count = QSpinBox()
        self.next_count.setRange(1, 50)
        self.next_count.setValue(10)
        self.next_count.setAccessibleName(self.tr("How many orders to open"))
        self.open_next = QPushButton(self.tr("Open the next"))
        self.open_next.clicked.connect(lambda: self.open_next_orders(self.next_count.value()))
        self.progress = QLabel()
        for widget in (self.request_all, self.open_next, self.next_count, self.progress):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    # -- reading -----------------------------------------------------------------------------

    #: Changed while hidden (``page_builders.refresh_pages``): read again when shown.
    stale = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the queue once, and show it in the sections and the chart."""
        self.stale = False
        today = self._today()
        self._connected = self._source.connected_markets()
        items = self._source.queue(today)
        for key, section in self.sections.items():
            listed = [i for i in items if i.state in SECTIONS[key]]
            section.set_items(_latest(listed), today, len(listed))
        self.chart.set_weeks(self._source.weeks(CHART_WEEKS, items))
        self.summary.setText(self.chart.headline())
        if self._source.exclusions is not None:
            self.exclusions.set_values(self._source.exclusions())
        source = self._source
        if source.auto_enabled is not None and source.auto_log is not None:
            self.auto.set_state(source.auto_enabled(), bool(self._connected), source.auto_log())
        eligible = self.sections["eligible"].items
        connected = [i for i in eligible if self.is_connected(i)]
        self.request_all.setVisible(bool(connected))
        self.sections["eligible"].buttons["request"].setVisible(bool(connected))
        self.request_all.setEnabled(not self._jobs.busy)
        by_hand = len(eligible) - len(connected)
        for widget in (self.open_next, self.next_count):
            widget.setVisible(by_hand > 0)

    def is_connected(self, item: ReviewLike) -> bool:
        return item.marketplace in self._connected

    # -- acting ------------------------------------------------------------------------------

    def mark_requested(self, order_ids: list[str]) -> None:
        """Record orders as asked by hand; they move to Already requested."""
        self._source.mark(order_ids)
        self.store_changed.emit()
        self.refresh()

    def open_in_seller_central(self, items: list[ReviewLike]) -> int:
        """Open each order's page in Seller Central; how many had one."""
        opened = 0
        for item in items:
            url = self._source.order_url(item.marketplace, item.order_id)
            if url:
                self._open_url(QUrl(url))
                opened += 1
        return opened

    def open_next_orders(self, count: int) -> int:
        """The next ``count`` eligible orders that are not connected, soonest to close first."""
        waiting = [i for i in self.sections["eligible"].items if not self.is_connected(i)]
        waiting.sort(key=lambda i: (i.window_end or date.max, i.order_id))
        return self.open_in_seller_central(waiting[:count])

    def request_all_eligible(self) -> bool:
        ids = [i.order_id for i in self.sections["eligible"].items if self.is_connected(i)]
        return self.request(ids)

    def request(self, order_ids: list[str]) -> bool:
        """Ask Amazon for these orders' reviews on the worker; False if another task runs."""
        if not order_ids:
            return False
        steps = self._source.request_steps
        if not self._jobs.start(lambda: steps(order_ids), ORDERS):
            self.progress.setText(self.tr("Another task is running; try again when it ends."))
            return False
        self.request_all.setEnabled(False)
        self._links = [
            (self._jobs.progress, self._on_progress),
            (self._jobs.finished, lambda _report: self._ended(self.tr("Done."))),
            (self._jobs.failed, self._failed),
            (self._jobs.cancelled, lambda: self._ended(self.tr("Stopped."))),
        ]
        for signal, slot in self._links:
            signal.connect(slot)
        return True

    def _on_progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setText(self.tr("Asking Amazon: {0} of {1}").format(done, total))

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, SellerError):
            report_unexpected(error)
        self._ended(seller_message(error) if isinstance(error, SellerError) else self.tr("Failed."))

    def _ended(self, text: str) -> None:
        for signal, slot in self._links:
            signal.disconnect(slot)
        self._links = []
        self.progress.setText(text)
        self.refresh()

    def record_facts(self, order_id: str, dialog: FactsDialog | None = None) -> bool:
        """The seller records what happened to the order; True when saved. (Tests pass a
        dialog they fill and accept.)"""
        if self._source.facts is None or self._source.record_facts is None:
            return False
        shown = dialog or FactsDialog(order_id, self._source.facts(order_id), self._today(), self)
        if shown.exec() != QDialog.DialogCode.Accepted:
            return False
        self._source.record_facts(order_id, shown.facts())
        self.store_changed.emit()
        self.refresh()
        return True

    def _switch_auto(self, on: bool) -> None:
        if self._source.set_auto is not None:
            self._source.set_auto(on)
            self.auto_switched.emit()

    def _save_exclusions(self, values: object) -> None:
        if self._source.save_exclusions is not None:
            self._source.save_exclusions(values)  # type: ignore[arg-type]
            self.store_changed.emit()
            self.refresh()


def _latest(items: list[ReviewLike]) -> list[ReviewLike]:
    """Every eligible and upcoming order; of each past state the last ``LISTED_PAST`` in the
    queue's order (latest window last), so the list stays short."""
    kept: list[ReviewLike] = []
    for state in dict.fromkeys(i.state for i in items):
        same = [i for i in items if i.state == state]
        kept += same if state in ("eligible", "upcoming") else same[-LISTED_PAST:]
    return kept
