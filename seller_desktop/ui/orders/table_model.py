"""Qt item models over core queries.

A seller with years of orders can hold 100,000 of them; loading them all would cost seconds and
hundreds of megabytes before the first paint. So the orders model is lazy: it asks the store how
many rows there are, and fetches a page of rows only when the view asks for one of them, keeping
a few recent pages in a bounded cache. Contact details are never loaded here — the table shows
only whether they are still held; the detail pane reads them one order at a time.

A search (a filter with text) is answered off the GUI thread (``ui.orders.search_worker``): the
model keeps showing what it showed until the matching ids arrive, then resets to them and reads
its pages by id. The ids are capped (``core.orders.matches.MATCH_CAP``); ``more_matches`` says
when more orders matched than are shown. Filters without text stay plain SQL pages, read here.
"""

from __future__ import annotations

from collections import OrderedDict
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from seller_desktop.core.orders.due import Due, DueDay, due_state
from seller_desktop.core.orders.marketplaces import MARKETPLACES
from seller_desktop.core.orders.matches import Matches, orders_by_ids
from seller_desktop.core.orders.model import Order
from seller_desktop.core.orders.queries import (
    OrderFilter,
    Sort,
    SortKey,
    count_matching,
    page,
    row_of,
    use_search_cache,
)
from seller_desktop.core.store import Store
from seller_desktop.ui.common.formatting import items_summary, local_date, local_datetime
from seller_desktop.ui.orders.search_worker import OrderSearch, report_failure

ORDER_ROLE = Qt.ItemDataRole.UserRole + 1
"""``data(index, ORDER_ROLE)`` gives the row's ``Order`` (items included, no contact details)."""


class Column(IntEnum):
    ORDER_ID = 0
    PURCHASED = 1
    MARKETPLACE = 2
    STATUS = 3
    ITEMS = 4
    SHIP_BY = 5
    CONTACT = 6
    DEADLINE = 7


_Index = QModelIndex | QPersistentModelIndex

#: Columns a header click can sort by (each has an index); Items and Contact details cannot.
SORT_KEYS: dict[Column, SortKey] = {
    Column.ORDER_ID: SortKey.ORDER_ID,
    Column.PURCHASED: SortKey.PURCHASED,
    Column.MARKETPLACE: SortKey.MARKETPLACE,
    Column.STATUS: SortKey.STATUS,
    Column.SHIP_BY: SortKey.SHIP_BY,
    Column.DEADLINE: SortKey.DEADLINE,
}


class OrdersTableModel(QAbstractTableModel):
    """The orders that pass the filter, in the chosen order, fetched page by page as the view
    scrolls to them. A new filter or sort resets the model: one count, then the visible page;
    with a search, once its matches have arrived from the search thread."""

    #: A search was asked for (True) or its answer shown (False): the page says "Searching…".
    searching = Signal(bool)

    PAGE_SIZE = 200
    MAX_CACHED_PAGES = 8  # 1,600 rows: a few screens either way of where the seller is looking

    def __init__(
        self, store: Store, parent: QObject | None = None, *, page_size: int | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._page_size = page_size or self.PAGE_SIZE
        self._pages: OrderedDict[int, list[Order]] = OrderedDict()
        self._filter = OrderFilter()
        self._sort = Sort()
        #: The matches shown, while the filter has text (None: pages are read by SQL paging).
        self._matches: Matches | None = None
        self._rows_of: dict[str, int] | None = None
        #: The filter and sort of the search the search thread is working on.
        self._asked: tuple[OrderFilter, Sort] | None = None
        self._search = OrderSearch(store, self)
        self._search.answered.connect(self._show_matches)
        self._search.failed.connect(self._search_failed)
        use_search_cache(store)
        self._row_count = count_matching(store, self._filter)
        self._due_day = self._today()
        #: How many pages have been read from the store since the model was created (for tests and
        #: benchmarks: proof that opening the window does not read every order).
        self.pages_fetched = 0

    # -- what the view asks ----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._row_count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.column_titles().get(Column(section)) if 0 <= section < len(Column) else None

    def column_titles(self) -> dict[Column, str]:
        return {
            Column.ORDER_ID: self.tr("Order ID"),
            Column.PURCHASED: self.tr("Purchased"),
            Column.MARKETPLACE: self.tr("Marketplace"),
            Column.STATUS: self.tr("Status"),
            Column.ITEMS: self.tr("Items"),
            Column.SHIP_BY: self.tr("Ship by"),
            Column.CONTACT: self.tr("Contact details"),
            Column.DEADLINE: self.tr("Retention deadline"),
        }

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        order = self.order_at(index.row())
        if order is None:
            return None
        column = Column(index.column())
        if role == ORDER_ROLE:
            return order
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(order, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(order, column)
        if column == Column.SHIP_BY and role in (
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
        ):
            return self._due_look(order, role)
        if (
            role == Qt.ItemDataRole.FontRole
            and column == Column.CONTACT
            and not order.has_contact_details
        ):
            # Italic as well as the word (never said by colour alone, and no faint grey that
            # fails contrast).
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # read-only for now

    # -- paging ----------------------------------------------------------------------------

    def order_at(self, row: int) -> Order | None:
        """The order shown in ``row``, fetching its page from the store if it is not cached."""
        if not 0 <= row < self._row_count:
            return None
        number, offset = divmod(row, self._page_size)
        page = self._pages.get(number)
        if page is None:
            # Read through the window's own read-only connection (Store.conn on the GUI thread):
            # the last committed state, whatever a background job is writing meanwhile.
            page = self._fetch(number)
            self.pages_fetched += 1
            self._pages[number] = page
            while len(self._pages) > self.MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None  # rows deleted behind our back

    @property
    def cached_pages(self) -> int:
        return len(self._pages)

    def _fetch(self, number: int) -> list[Order]:
        if self._matches is not None:  # a search's answer: its ids, 200 primary-key lookups
            start = number * self._page_size
            return orders_by_ids(self._store, self._matches.ids[start : start + self._page_size])
        return page(
            self._store,
            self._filter,
            self._sort,
            offset=number * self._page_size,
            limit=self._page_size,
            matches=self._row_count,
        )

    def refresh(self) -> None:
        """Forget every cached row and count again (after an import, an edit, a wipe or a lock).

        With a search, the rows shown stay until the search thread answers."""
        if self._filter.text or self._asked is not None:
            order_filter, sort = self._asked or (self._filter, self._sort)
            self._ask(order_filter, sort)
            return
        self.beginResetModel()
        self._pages.clear()
        self._matches = self._rows_of = None
        self._row_count = count_matching(self._store, self._filter)
        self._due_day = self._today()
        self.endResetModel()

    def _ask(self, order_filter: OrderFilter, sort: Sort) -> None:
        self._asked = (order_filter, sort)
        self._search.ask(order_filter, sort, self._page_size)
        self.searching.emit(True)

    def _show_matches(self, matches: Matches) -> None:
        """The search thread's answer to the latest ask: show it."""
        assert self._asked is not None
        (self._filter, self._sort), self._asked = self._asked, None
        self.beginResetModel()
        self._pages.clear()
        self._matches, self._rows_of = matches, None
        if matches.first:  # read on the search thread: painted without a query here
            self._pages[0] = list(matches.first)
        self._row_count = len(matches.ids)
        self._due_day = self._today()
        self.endResetModel()
        self.searching.emit(False)

    def _search_failed(self, error: BaseException) -> None:
        self._asked = None
        self.searching.emit(False)
        report_failure(error)

    @property
    def more_matches(self) -> bool:
        """More orders match the search than the table shows (``MATCH_CAP``)."""
        return self._matches is not None and self._matches.more

    @property
    def search_pending(self) -> bool:
        """A search was asked for and its rows are not shown yet."""
        return self._asked is not None

    def stop_search(self) -> None:
        """End the search thread and close its connection (before the store closes)."""
        self._asked = None
        self._search.shutdown()

    def _today(self) -> DueDay:
        return DueDay.at(self._store.clock.now().astimezone())

    @property
    def order_filter(self) -> OrderFilter:
        return self._filter

    @property
    def sort_order(self) -> Sort:
        return self._sort

    def set_filter(self, order_filter: OrderFilter) -> None:
        self._apply(order_filter, self._wanted()[1])

    def set_sort(self, sort: Sort) -> None:
        self._apply(self._wanted()[0], sort)

    def _wanted(self) -> tuple[OrderFilter, Sort]:
        """The filter and sort last asked for: the search's, while one is on its way."""
        return self._asked or (self._filter, self._sort)

    def _apply(self, order_filter: OrderFilter, sort: Sort) -> None:
        if (order_filter, sort) == self._wanted():
            return
        if order_filter.text.strip():
            self._ask(order_filter, sort)
            return
        if self._asked is not None:  # the search is no longer wanted
            self._asked = None
            self._search.drop()
            self.searching.emit(False)
        self._filter, self._sort = order_filter, sort
        self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Header clicks; columns without an index (Items, Contact details) are ignored."""
        key = SORT_KEYS.get(Column(column)) if 0 <= column < len(Column) else None
        if key is not None:
            self.set_sort(Sort(key, order == Qt.SortOrder.DescendingOrder))

    def row_of(self, order_id: str) -> int | None:
        """The row showing ``order_id`` under the current filter and sort, without paging to it."""
        if self._matches is None:
            return row_of(self._store, self._filter, self._sort, order_id)
        if self._rows_of is None:
            self._rows_of = {oid: row for row, oid in enumerate(self._matches.ids)}
        return self._rows_of.get(order_id)

    def forget_rows(self) -> None:
        """Drop cached rows without telling the view, e.g. before the window is locked."""
        self._pages.clear()

    # -- text ------------------------------------------------------------------------------

    def _text(self, order: Order, column: Column) -> str:
        if column == Column.ORDER_ID:
            return order.order_id
        if column == Column.PURCHASED:
            return local_datetime(order.purchased_at)
        if column == Column.MARKETPLACE:
            return order.marketplace
        if column == Column.STATUS:
            return self.status_text(order.status)
        if column == Column.ITEMS:
            return items_summary(order.items)
        if column == Column.SHIP_BY:
            return self.ship_by_text(order)
        if column == Column.CONTACT:
            return self.contact_text(order)
        if column == Column.DEADLINE:
            return local_datetime(order.retention_deadline)
        return ""

    def _tooltip(self, order: Order, column: Column) -> str | None:
        if column == Column.MARKETPLACE and order.marketplace in MARKETPLACES:
            return MARKETPLACES[order.marketplace].name
        if column == Column.ITEMS and order.items:
            return "\n".join(f"{i.quantity} × {i.sku} — {i.product_name}" for i in order.items)
        if column == Column.CONTACT and not order.has_contact_details:
            return self.contact_text(order)
        return None

    def due(self, order: Order) -> Due:
        """Late, due today or neither, measured when the rows were last read."""
        return due_state(order, self._due_day)

    def ship_by_text(self, order: Order) -> str:
        """The ship-by day, with a word when it is late or due today (never colour alone)."""
        day = local_date(order.latest_ship_date)
        due = self.due(order)
        if due is Due.LATE:
            return self.tr("{0} · Late").format(day)
        if due is Due.TODAY:
            return self.tr("{0} · Due today").format(day)
        return day

    def _due_look(self, order: Order, role: int) -> object:
        """Late in bold dark red, due today in bold dark orange: both readable on white."""
        due = self.due(order)
        if due is Due.ANY:
            return None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return QBrush(QColor("#b00020" if due is Due.LATE else "#8a4b00"))

    def contact_text(self, order: Order) -> str:
        """Yes while held; "Removed" once past the deadline; "None" if the order never had any."""
        if order.has_contact_details:
            return self.tr("Yes")
        if order.retention_deadline and order.retention_deadline <= self._store.now_iso():
            return self.tr("Removed")
        return self.tr("None")

    def status_text(self, status: str) -> str:
        return {
            "pending": self.tr("Pending"),
            "unshipped": self.tr("Unshipped"),
            "partially_shipped": self.tr("Partly shipped"),
            "shipped": self.tr("Shipped"),
            "cancelled": self.tr("Cancelled"),
        }.get(status, status)
