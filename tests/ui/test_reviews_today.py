"""The Reviews screen (plain items, a stand-in source), its chart, and the Today page."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor

from seller_desktop.core.orders.model import Order, OrderItem
from seller_desktop.core.orders.repository import save_order
from seller_desktop.core.privacy.retention import WipeReport
from seller_desktop.core.settings import load_settings
from seller_desktop.core.today import TodayCounts
from seller_desktop.ui.common.jobs import JobRunner
from seller_desktop.ui.reviews.chart import WeeklyChart
from seller_desktop.ui.reviews.page import ReviewsPage
from seller_desktop.ui.reviews.source import ReviewsSource
from seller_desktop.ui.shell.main_window import MainWindow
from seller_desktop.ui.today.page import TodayPage

TODAY = date(2026, 12, 8)


@dataclass(frozen=True)
class Item:
    order_id: str
    marketplace: str
    state: str
    sku: str = "MUG-WHT"
    product: str = "White mug"
    window_start: date = TODAY - timedelta(days=2)
    window_end: date = TODAY + timedelta(days=20)
    requested_on: date | None = None
    reason: str | None = None


class Queue:
    """A stand-in for the core's queue: items in memory, marking moves them to requested."""

    def __init__(self, items: list[Item], connected: set[str] = frozenset()) -> None:
        self.items = {i.order_id: i for i in items}
        self.connected = connected
        self.requested_through_api: list[str] = []

    def mark(self, ids: list[str]) -> None:
        for order_id in ids:
            self.items[order_id] = replace(
                self.items[order_id], state="requested", requested_on=TODAY
            )

    def steps(self, ids: list[str]):
        for done, order_id in enumerate(ids, start=1):
            self.requested_through_api.append(order_id)
            self.mark([order_id])
            yield done, len(ids)
        return len(ids)

    def source(self) -> ReviewsSource:
        return ReviewsSource(
            queue=lambda _today: list(self.items.values()),
            weeks=lambda n, _items: [(TODAY - timedelta(weeks=n - k), 4 + k, k) for k in range(n)],
            mark=self.mark,
            request_steps=self.steps,
            order_url=lambda m, o: f"https://sellercentral.example/{m}/{o}",
            connected_markets=lambda: frozenset(self.connected),
        )


def items() -> list[Item]:
    return [
        Item("A-1", "GB", "eligible", window_end=TODAY + timedelta(days=3)),
        Item("A-2", "DE", "eligible"),
        Item("B-1", "GB", "upcoming", window_start=TODAY + timedelta(days=4)),
        Item("C-1", "FR", "closed", window_end=TODAY - timedelta(days=1)),
        Item("C-2", "FR", "excluded", reason="refund_or_return"),
        Item("D-1", "GB", "requested", requested_on=TODAY - timedelta(days=5)),
    ]


def make_page(qtbot, queue: Queue, opened: list[QUrl] | None = None) -> ReviewsPage:
    jobs = JobRunner()
    urls = opened if opened is not None else []
    page = ReviewsPage(queue.source(), jobs, lambda: TODAY, urls.append)
    qtbot.addWidget(page)
    page.resize(900, 1200)
    return page


def test_items_are_listed_in_their_sections(qtbot):
    page = make_page(qtbot, Queue(items()))
    ids = {key: section.order_ids() for key, section in page.sections.items()}
    assert ids == {
        "eligible": ["A-1", "A-2"],
        "upcoming": ["B-1"],
        "closed": ["C-1", "C-2"],
        "requested": ["D-1"],
    }
    eligible = page.sections["eligible"].table
    assert eligible.item(0, 0).text() == "White mug"
    assert eligible.item(0, 1).text() == "GB"
    assert eligible.item(0, 2).text() == "3 day(s) left"
    assert (
        page.sections["closed"].table.item(1, 2).text() == "Refund or return"
    )  # the core's code in words


def test_not_connected_rows_open_seller_central_and_mark_requested_moves_them(qtbot):
    queue = Queue(items())
    opened: list[QUrl] = []
    page = make_page(qtbot, queue, opened)
    assert not page.request_all.isVisibleTo(page) and page.open_next.isVisibleTo(page)
    eligible = page.sections["eligible"]
    buttons = eligible.buttons
    assert not buttons["request"].isVisibleTo(page)  # no marketplace is connected
    assert not buttons["open"].isEnabled() and not buttons["mark"].isEnabled()  # nothing chosen
    eligible.choose(["A-1"])
    assert buttons["open"].isEnabled() and buttons["mark"].isEnabled()
    buttons["open"].click()
    assert opened == [QUrl("https://sellercentral.example/GB/A-1")]
    buttons["mark"].click()
    assert eligible.order_ids() == ["A-2"]
    assert sorted(page.sections["requested"].order_ids()) == ["A-1", "D-1"]
    assert page.open_next_orders(5) == 1  # only A-2 is left to open


def test_several_chosen_rows_are_marked_at_once(qtbot):
    queue = Queue(items())
    page = make_page(qtbot, queue)
    eligible = page.sections["eligible"]
    eligible.choose(["A-1", "A-2"])
    assert [i.order_id for i in eligible.chosen()] == ["A-1", "A-2"]
    eligible.buttons["mark"].click()
    assert eligible.order_ids() == []
    assert sorted(page.sections["requested"].order_ids()) == ["A-1", "A-2", "D-1"]


def test_connected_request_all_runs_on_the_worker(qtbot):
    queue = Queue(items(), connected={"GB", "DE"})
    page = make_page(qtbot, queue)
    assert page.request_all.isVisibleTo(page) and not page.open_next.isVisibleTo(page)
    eligible = page.sections["eligible"]
    assert eligible.buttons["request"].isVisibleTo(page)
    eligible.choose(["A-2"])
    assert eligible.buttons["request"].isEnabled()
    with qtbot.waitSignal(page._jobs.finished, timeout=5000):
        eligible.buttons["request"].click()
    qtbot.waitUntil(lambda: page.progress.text() == "Done.")
    assert queue.requested_through_api == ["A-2"]
    with qtbot.waitSignal(page._jobs.finished, timeout=5000):
        assert page.request_all_eligible()
    qtbot.waitUntil(lambda: page.progress.text() == "Done.")
    assert queue.requested_through_api == ["A-2", "A-1"]
    assert page.sections["eligible"].order_ids() == []
    page._jobs.shutdown()


def test_the_chart_draws_and_says_what_it_shows(qtbot):
    chart = WeeklyChart()
    qtbot.addWidget(chart)
    chart.resize(480, 180)
    chart.set_weeks([(date(2026, 11, 23), 5, 2), (date(2026, 11, 30), 8, 8)])
    image = chart.grab().toImage()
    background = image.pixelColor(2, 2)
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
    }
    assert len(colours) > 2 and QColor(background).name() in colours
    assert chart.summary().startswith("Last 2 weeks: 10 review requests; this week 8 orders are")
    assert "Week of 2026-11-30: 8 of 8." in chart.accessibleDescription()
    assert chart.accessibleName() == "Review requests per week"


COUNTS = TodayCounts(
    to_print=3,
    late=1,
    due_today=2,
    to_confirm_api=1,
    to_confirm_file=0,
    wiped_this_week=4,
    last_sync=None,
)


def test_today_page_shows_counts_and_its_buttons_ask_for_their_screens(qtbot):
    page = TodayPage(lambda: COUNTS, lambda: 5, lambda iso: iso)
    qtbot.addWidget(page)
    text = page.text()
    for line in (
        "3 order(s) to print",
        "1 order(s) late: ship them first",
        "2 order(s) to ship today",
        "1 shipment(s) Amazon has not been told of yet",
        "5 review request(s) due",
        "4 order(s) whose contact details are wiped this week",
        "Never synced with Amazon",
    ):
        assert line in text
    assert not page.buttons["to_confirm"].isEnabled()  # the API queue sends itself
    with qtbot.waitSignal(page.open_requested) as signal:
        page.buttons["late"].click()
    assert signal.args == ["late"]


def test_the_window_opens_on_today_and_its_buttons_switch_pages(qtbot, store, clock, tmp_path):
    purchased = clock.now() - timedelta(days=3)
    order = Order(
        order_id="205-0000001-1234567",
        marketplace="GB",
        purchased_at=purchased.isoformat().replace("+00:00", "Z"),
        status="unshipped",
        latest_ship_date=(clock.now() - timedelta(days=1)).isoformat().replace("+00:00", "Z"),
        items=[OrderItem(order_item_id="i1", sku="MUG-WHT", quantity=1)],
    )
    save_order(store, order, None)
    window = MainWindow(store, load_settings(store), WipeReport(), config_dir=tmp_path / "c")
    qtbot.addWidget(window)
    assert window.current_page_key() == "today"
    today = window.pages["today"]
    assert "1 order(s) to print" in today.text() and "1 order(s) late" in today.text()
    today.buttons["late"].click()
    assert window.current_page_key() == "orders"
    assert window.orders_page.filters.due_filter.currentText() == "Late"
    window.show_page("today")
    today.buttons["to_print"].click()
    assert window.orders_page.filters.printed_filter.currentText() == "Not printed"
    window.show_page("today")
    today.buttons["privacy"].click()
    assert window.current_page_key() == "privacy"


def test_the_screen_on_the_real_queue_marks_once_and_keeps_it(qtbot, store):
    """Wired to core.reviews: an order delivered on 4-6 Nov is eligible on 28 Nov (the test
    clock's day); Mark requested records it in the store, and it stays requested."""
    from seller_desktop.core.orders.model import Order, OrderItem
    from seller_desktop.core.orders.repository import save_order
    from seller_desktop.core.reviews.queue import review_queue
    from seller_desktop.ui.reviews.source import core_source

    order = Order(
        order_id="028-1000000-0000001",
        marketplace="DE",
        purchased_at="2026-11-01T10:00:00Z",
        status="shipped",
        shipped_on="2026-11-02",
        earliest_delivery_date="2026-11-04",
        latest_delivery_date="2026-11-06",
        items=[OrderItem(order_item_id="0000011", sku="MUG-1", quantity=1)],
    )
    save_order(store, order, None)  # no contact details: the queue needs none
    today = store.clock.now().date()
    opened: list[QUrl] = []
    page = ReviewsPage(core_source(store), JobRunner(), lambda: today, opened.append)
    qtbot.addWidget(page)
    page.refresh()
    assert page.sections["eligible"].order_ids() == [order.order_id]
    page.mark_requested([order.order_id])
    assert page.sections["requested"].order_ids() == [order.order_id]
    assert [i.state for i in review_queue(store, today)] == ["requested"]


def test_a_hidden_today_page_reads_again_when_shown_not_on_every_change(
    qtbot, store, clock, tmp_path
):
    from seller_desktop.core.base.changes import StoreChanges

    window = MainWindow(store, load_settings(store), WipeReport(), config_dir=tmp_path / "c")
    qtbot.addWidget(window)
    window.show()
    today = window.pages["today"]
    assert "0 order(s) to print" in today.text()
    window.show_page("orders")
    order = Order(
        order_id="205-0000002-1234567",
        marketplace="GB",
        purchased_at=clock.now().isoformat().replace("+00:00", "Z"),
        status="unshipped",
        items=[OrderItem(order_item_id="i2", sku="MUG-WHT", quantity=1)],
    )
    save_order(store, order, None)
    window.announce(StoreChanges(orders=True))
    assert today.stale and "0 order(s) to print" in today.text()  # not read while hidden
    window.show_page("today")
    assert not today.stale and "1 order(s) to print" in today.text()


def test_past_sections_list_the_latest_orders_and_count_them_all(qtbot):
    closed = [
        Item(f"C-{n:03d}", "FR", "closed", window_end=TODAY - timedelta(days=200 - n))
        for n in range(150)
    ]
    page = make_page(qtbot, Queue([*items()[:2], *closed]))
    section = page.sections["closed"]
    assert len(section.order_ids()) == 100 and section.order_ids()[-1] == "C-149"
    assert "C-049" not in section.order_ids() and "C-050" in section.order_ids()
    assert section.title() == "Window closed (150; the latest 100 listed)"
    assert page.sections["eligible"].title() == "Eligible today (2)"
