"""A search keystroke at a large store returns to the event loop at once (issue 21, acceptance 3).

The matching ids are found on the search thread through its own read-only connection; the table
changes only when they arrive (``modelReset``). A newer keystroke supersedes an older one: only
the last term's rows are ever shown. No timings: what is asserted is where the work happens.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QLocale

from seller_desktop.core.base.clock import FixedClock, to_iso_utc
from seller_desktop.core.orders.matches import MATCH_CAP
from seller_desktop.core.session import create_store
from seller_desktop.core.settings import Settings
from seller_desktop.paths import resolve_paths
from seller_desktop.ui.orders.page.page import OrdersPage
from seller_desktop.ui.orders.table_model import Column

ORDERS = 30_000
#: Every 10,000th order sells a rare widget; all the others a mug.
RARE = {n for n in range(ORDERS) if n % 10_000 == 7}


def _fill(store, clock) -> None:
    """A large store in a second or two: one executemany per table (the search triggers run)."""
    now = clock.now()
    deadline = to_iso_utc(now + timedelta(days=60))
    orders = [
        (f"303-{n:07d}-0000001", "DE", to_iso_utc(now - timedelta(minutes=n)), deadline)
        for n in range(ORDERS)
    ]
    items = [
        (
            f"{n}-1",
            f"303-{n:07d}-0000001",
            "WIDGET-RARE" if n in RARE else "MUG-WHT",
            "Rare widget" if n in RARE else "White mug",
        )
        for n in range(ORDERS)
    ]
    stamp = to_iso_utc(now)
    with store.transaction() as conn:
        conn.executemany(
            "INSERT INTO orders (order_id, marketplace, purchased_at, retention_deadline, "
            f"created_at, updated_at) VALUES (?, ?, ?, ?, '{stamp}', '{stamp}')",
            orders,
        )
        conn.executemany(
            "INSERT INTO order_items (order_item_id, order_id, sku, product_name, quantity) "
            "VALUES (?, ?, ?, ?, 1)",
            items,
        )


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """One large store for the module: the tests only read it."""
    clock = FixedClock(datetime(2026, 11, 28, 12, 0, tzinfo=timezone.utc))
    paths = resolve_paths(tmp_path_factory.mktemp("large") / "data")
    opened = create_store(paths, "large store passphrase", Settings(business_name="Shop"), clock)
    _fill(opened.store, clock)
    yield opened.store
    opened.store.close()


@pytest.fixture
def page(qtbot, store):
    widget = OrdersPage(store)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    yield widget
    widget.forget_contact_details()  # ends the search thread before the store closes


def _shown_ids(page, rows):
    return [page.model.data(page.model.index(r, Column.ORDER_ID)) for r in range(rows)]


def _type(page, text):
    """What the debounce timer does once typing pauses."""
    page.search.setText(text)
    page.apply_filter()


def test_a_keystroke_returns_before_the_search_is_done_and_the_last_one_wins(qtbot, page):
    assert page.model.rowCount() == ORDERS
    first_rows = _shown_ids(page, 3)
    resets: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(page.model.rowCount()))

    _type(page, "mug")  # matches 29,997 orders
    # Back in the event loop with nothing searched on this thread: the table is as it was.
    assert page.model.search_pending
    assert resets == [] and page.model.rowCount() == ORDERS
    assert _shown_ids(page, 3) == first_rows
    assert page.count_label.text() == "Searching…"

    with qtbot.waitSignal(page.model.modelReset, timeout=30_000):
        _type(page, "rare widget")  # the next keystroke, before the first answer was shown
        assert resets == []
    # The answers arrive in the order asked: had the first one been shown, it would be here.
    assert resets == [len(RARE)]
    assert not page.model.search_pending
    expected = [f"303-{n:07d}-0000001" for n in sorted(RARE)]  # newest first: smallest n
    assert _shown_ids(page, len(RARE)) == expected
    assert page.count_label.text() == f"{len(RARE)} order(s) match"


def test_a_broad_search_shows_the_first_matches_and_says_there_are_more(qtbot, page):
    with qtbot.waitSignal(page.model.modelReset, timeout=30_000):
        _type(page, "mug")
    assert page.model.rowCount() == MATCH_CAP and page.model.more_matches
    mugs = [n for n in range(ORDERS) if n not in RARE]
    assert _shown_ids(page, 3) == [f"303-{n:07d}-0000001" for n in mugs[:3]]
    last = page.model.rowCount() - 1
    assert page.model.data(page.model.index(last, Column.ORDER_ID)) == (
        f"303-{mugs[MATCH_CAP - 1]:07d}-0000001"
    )
    cap = QLocale().toString(MATCH_CAP)
    assert page.count_label.text() == f"More than {cap} orders match: the first {cap} are shown"
    assert page.model.row_of(f"303-{mugs[5]:07d}-0000001") == 5

    # A header click sorts the search's matches again on the search thread.
    header = page.table.horizontalHeader()
    with qtbot.waitSignal(page.model.modelReset, timeout=30_000):
        header.setSortIndicator(Column.PURCHASED, header.sortIndicatorOrder().AscendingOrder)
    assert _shown_ids(page, 1) == [f"303-{mugs[-1]:07d}-0000001"]  # oldest first

    # Cleared: every order at once, read on this thread as before.
    page.search.clear()
    assert not page.model.search_pending and page.model.rowCount() == ORDERS


def test_the_search_thread_ends_with_the_page_and_starts_again(qtbot, page, store):
    with qtbot.waitSignal(page.model.modelReset, timeout=30_000):
        _type(page, "rare")
    page.forget_contact_details()  # before a lock: the search connection is closed
    assert store.conn.execute("SELECT count(*) FROM orders").fetchone()[0] == ORDERS
    with qtbot.waitSignal(page.model.modelReset, timeout=30_000):
        _type(page, "widget")
    assert page.model.rowCount() == len(RARE)
