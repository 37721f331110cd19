"""The Orders page's search field and filters, and the ``OrderFilter`` they describe.

The search waits ~150 ms after the last keystroke (a debounce), so a fast typist costs one query,
not one per letter; clearing it (Esc or the clear button) shows everything again at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from seller_desktop.core.base.clock import to_iso_utc
from seller_desktop.core.orders.due import Due, DueDay
from seller_desktop.core.orders.marketplaces import MARKETPLACES
from seller_desktop.core.orders.model import STATUSES
from seller_desktop.core.orders.queries import OrderFilter, Tristate
from seller_desktop.core.store import Store

SEARCH_DELAY_MS = 150


class _EscapeClears(QObject):
    """Esc in the search field empties it (and the list shows everything again at once)."""

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape and obj.text():
            obj.clear()
            return True
        return False


class OrderFilterBar(QObject):
    """The search field with the purchase dates on one row (``search_row``), the other filters
    on the next (``filter_row``): three short rows fit a narrow window; one long one does not.
    The page lays the rows out; ``changed`` says when the filter should be applied."""

    #: The filter changed (for the search: once typing pauses, or at once when cleared).
    changed = Signal()

    def __init__(self, store: Store, status_text: Callable[[str], str], host: QWidget) -> None:
        super().__init__(host)
        self._store = store
        self.search_row = QHBoxLayout()
        self.filter_row = QHBoxLayout()
        self._build_search(host)
        self._build_filters(status_text)
        self._build_dates()

    def _build_search(self, host: QWidget) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search order ID, SKU, product or buyer name"))
        self.search.setAccessibleName(self.tr("Search orders"))
        self.search.setToolTip(
            self.tr(
                "One or two characters find order IDs and SKUs that start with them; from three "
                "characters on, the search also looks inside product names and buyer names."
            )
        )
        self.search.setClearButtonEnabled(True)
        self._escape = _EscapeClears(self)
        self.search.installEventFilter(self._escape)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.changed)
        self.search.textChanged.connect(self._search_edited)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), host).activated.connect(
            self.search.setFocus
        )
        self.search_row.addWidget(self.search, 1)

    def _build_filters(self, status_text: Callable[[str], str]) -> None:
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in STATUSES:
            self.status_filter.addItem(status_text(status), status)
        self.marketplace_filter = QComboBox()
        self.marketplace_filter.setAccessibleName(self.tr("Marketplace filter"))
        self.marketplace_filter.addItem(self.tr("All marketplaces"), None)
        for code, market in MARKETPLACES.items():
            self.marketplace_filter.addItem(f"{code} — {market.name}", code)
        self.printed_filter = QComboBox()
        self.printed_filter.setAccessibleName(self.tr("Printed filter"))
        self.printed_filter.addItem(self.tr("Printed or not"), Tristate.ANY)
        self.printed_filter.addItem(self.tr("Printed"), Tristate.YES)
        self.printed_filter.addItem(self.tr("Not printed"), Tristate.NO)
        self.contact_filter = QComboBox()
        self.contact_filter.setAccessibleName(self.tr("Contact details filter"))
        self.contact_filter.addItem(self.tr("With or without contact details"), Tristate.ANY)
        self.contact_filter.addItem(self.tr("Holds contact details"), Tristate.YES)
        self.contact_filter.addItem(self.tr("No contact details"), Tristate.NO)
        self.due_filter = QComboBox()
        self.due_filter.setAccessibleName(self.tr("Ship-by filter"))
        self.due_filter.addItem(self.tr("Any ship-by date"), Due.ANY)
        self.due_filter.addItem(self.tr("Late"), Due.LATE)
        self.due_filter.addItem(self.tr("Due today"), Due.TODAY)
        for combo in (
            self.due_filter,
            self.status_filter,
            self.marketplace_filter,
            self.printed_filter,
            self.contact_filter,
        ):
            combo.currentIndexChanged.connect(self.changed)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            # Late / Due today beside the search (the filter row is the page's widest already),
            # as wide as its longest choice: the search field gives way ("Any ship-by da…").
            if combo is self.due_filter:
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
                self.search_row.addWidget(combo)
            else:
                self.filter_row.addWidget(combo, 1)

    def _build_dates(self) -> None:
        self.date_filter = QCheckBox(self.tr("Purchased from"))
        self.date_filter.setAccessibleName(self.tr("Filter by purchase date"))
        today = self._today()
        self.date_from = QDateEdit(today.addDays(-30))
        self.date_to = QDateEdit(today)
        for edit, name in (
            (self.date_from, self.tr("Purchased from")),
            (self.date_to, self.tr("Purchased until")),
        ):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.setEnabled(False)
            edit.dateChanged.connect(self.changed)
            self.date_filter.toggled.connect(edit.setEnabled)
        self.date_filter.toggled.connect(self.changed)
        self.search_row.addWidget(self.date_filter)
        self.search_row.addWidget(self.date_from)
        until = QLabel(self.tr("to"))
        until.setBuddy(self.date_to)
        self.search_row.addWidget(until)
        self.search_row.addWidget(self.date_to)

    def _today(self) -> QDate:
        now = self._store.clock.now().astimezone()
        return QDate(now.year, now.month, now.day)

    def _search_edited(self, text: str) -> None:
        if text:
            self._search_timer.start()  # restarts: the query runs once typing pauses
        else:
            self._search_timer.stop()
            self.changed.emit()  # cleared (Esc or the clear button): show everything at once

    def cancel_pending_search(self) -> None:
        """The filter is applied now: the debounced search need not run again."""
        self._search_timer.stop()

    def show_only(
        self, printed: Tristate = Tristate.ANY, due: Due = Due.ANY, status: str | None = None
    ) -> None:
        """Clear the search and the filters, then set these (the Today page's links); one
        ``changed`` at the end, not one per widget."""
        widgets = (self.search, self.date_filter, self.status_filter, self.marketplace_filter)
        combos = (self.printed_filter, self.contact_filter, self.due_filter)
        for widget in (*widgets, *combos):
            widget.blockSignals(True)
        self.search.clear()
        self.date_filter.setChecked(False)
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(False)
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(status)))
        self.marketplace_filter.setCurrentIndex(0)
        self.contact_filter.setCurrentIndex(0)
        self.printed_filter.setCurrentIndex(self.printed_filter.findData(printed))
        self.due_filter.setCurrentIndex(self.due_filter.findData(due))
        for widget in (*widgets, *combos):
            widget.blockSignals(False)
        self._search_timer.stop()
        self.changed.emit()

    def current_filter(self) -> OrderFilter:
        """The filter the widgets describe; local calendar days become UTC instants here."""
        status = self.status_filter.currentData()
        market = self.marketplace_filter.currentData()
        start = before = None
        if self.date_filter.isChecked():
            start = _local_midnight(self.date_from.date())
            before = _local_midnight(self.date_to.date().addDays(1))
        return OrderFilter(
            text=self.search.text().strip(),
            statuses=frozenset({status}) if status else frozenset(),
            marketplaces=frozenset({market}) if market else frozenset(),
            purchased_from=start,
            purchased_before=before,
            printed=self.printed_filter.currentData(),
            holds_contact=self.contact_filter.currentData(),
            due=self.due_filter.currentData(),
            due_day=DueDay.at(self._store.clock.now().astimezone()),
        )


def _local_midnight(day: QDate) -> str:
    """The start of ``day`` in the seller's time zone, as a UTC instant for the store."""
    value = day.toPython()
    assert isinstance(value, date)  # PySide6's stub says object
    start = datetime.combine(value, time.min).astimezone()
    return to_iso_utc(start)
