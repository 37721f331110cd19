"""A bulk import indexes its orders once (search triggers paused), and the store and the Orders
search come out exactly as the triggers, row by row, left them before."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass

import pytest
from fixtures.make_reports import (
    ALL_ORDERS_HEADER,
    PEOPLE,
    all_orders_row,
    order_id_of,
    person_row,
    report_bytes,
)
from fixtures.store_dump import differing_tables, dump_tables

from seller_desktop.core.base.clock import to_iso_utc
from seller_desktop.core.importers import search_index
from seller_desktop.core.importers.merge import IncomingOrder, merge_orders
from seller_desktop.core.importers.report_import import CHUNK_ORDERS, import_file
from seller_desktop.core.orders.model import Order, OrderItem
from seller_desktop.core.orders.queries import OrderFilter, Sort, count_matching, page
from seller_desktop.core.session import create_store
from seller_desktop.core.settings import Settings
from seller_desktop.paths import resolve_paths

PASSPHRASE = "search index test passphrase"
ORDERS = CHUNK_ORDERS + 500  # a few thousand rows, more than one batch
PEOPLE_LIST = list(PEOPLE.values())
SEARCHES = ["SKU-1", "Mug de", "Teapot", "Product SKU-B", "1000042", "302-", "Gift box", "zzz"]


@dataclass
class Counts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    items: int = 0
    wiped_on_arrival: int = 0


def _first_report() -> bytes:
    rows = []
    for n in range(1, ORDERS + 1):
        rows += person_row(PEOPLE_LIST[n % len(PEOPLE_LIST)], n, items=1 + n % 3)
    return report_bytes(rows)


def _newer_report() -> bytes:
    """Every third order renamed, priced or grown by an item; the new orders' real item ids."""
    rows = []
    for n in range(1, ORDERS + 1, 3):
        order = person_row(PEOPLE_LIST[n % len(PEOPLE_LIST)], n, items=2 + n % 3, quantity=2)
        for row in order[::2]:
            row["product-name"] = f"Teapot {n}"
        rows += order
    for n in range(ORDERS + 1, ORDERS + 301):
        rows += person_row(PEOPLE["de"], n, items=1)
    return report_bytes(rows)


def _all_orders_report() -> bytes:
    """Orders first seen here (items known by SKU), and a few known ones."""
    rows = [all_orders_row(n, "SKU-0") for n in range(ORDERS + 1, ORDERS + 301)]
    rows += [all_orders_row(n, f"SKU-B{n % 2}") for n in range(5, 400, 7)]
    return report_bytes(rows, header=ALL_ORDERS_HEADER)


def _moved_item() -> list[IncomingOrder]:
    """A source files a known item under a new order: both orders' documents change."""
    order = Order(
        order_id="999-1234567-7654321",
        marketplace="DE",
        purchased_at="2026-11-25T08:15:00Z",
        status="unshipped",
        source="api",
    )
    item = OrderItem(
        order_item_id=person_row(PEOPLE["de"], 42)[0]["order-item-id"],
        sku="GIFT-1",
        quantity=1,
        product_name="Gift box",
    )
    return [IncomingOrder(order, [item], None)]


def _run_imports(folder, clock):
    """The same files, in the same order, into a new store; its tables and search answers."""
    opened = create_store(resolve_paths(folder), PASSPHRASE, Settings(business_name="S"), clock)
    store = opened.store
    try:
        for name, data in (
            ("first.txt", _first_report()),
            ("all.txt", _all_orders_report()),
            ("newer.txt", _newer_report()),
        ):
            path = folder / name
            path.write_bytes(data)
            import_file(store, path, clock=clock)
        with store.transaction() as conn:
            now = to_iso_utc(clock.now())
            merge_orders(conn, _moved_item(), now=now, retention_days=30, counts=Counts())
        searches = {}
        for text in SEARCHES:
            f = OrderFilter(text=text)
            found = count_matching(store, f)
            ids = [o.order_id for o in page(store, f, Sort(), limit=5000, matches=found)]
            searches[text] = (found, ids)
        fts = {
            text: [
                r[0]
                for r in store.conn.execute(
                    "SELECT rowid FROM order_search WHERE order_search MATCH ? ORDER BY rowid",
                    (f'"{text}"',),
                )
            ]
            for text in SEARCHES
        }
        return dump_tables(store), searches, fts
    finally:
        store.close()


@contextmanager
def _triggers_on(conn):
    """The old path: no pause, every row's trigger rebuilds its order's document."""
    yield


def test_bulk_import_gives_the_same_store_and_search_as_row_by_row_triggers(
    tmp_path, clock, monkeypatch
):
    bulk_dump, bulk_searches, bulk_fts = _run_imports(tmp_path / "bulk", clock)
    monkeypatch.setattr(search_index, "paused", _triggers_on)
    old_dump, old_searches, old_fts = _run_imports(tmp_path / "old", clock)

    assert differing_tables(old_dump, bulk_dump) == []
    assert bulk_searches == old_searches
    assert bulk_fts == old_fts
    # The fixture reaches every kind of change, and the search sees them.
    assert len(bulk_dump["order_search"]) == ORDERS + 301
    assert bulk_searches["Teapot"][0] > 0 and bulk_searches["Product SKU-B"][0] > 0
    assert bulk_searches["Gift box"][1] == ["999-1234567-7654321"]
    assert bulk_dump["order_search_stale"] == [] and bulk_dump["order_search_paused"] == []


def test_an_item_moved_to_another_order_leaves_the_old_document(tmp_path, store, clock):
    path = tmp_path / "r.txt"
    path.write_bytes(report_bytes(person_row(PEOPLE["de"], 42, items=2)))
    import_file(store, path, clock=clock)
    with store.transaction() as conn:
        merge_orders(
            conn, _moved_item(), now=to_iso_utc(clock.now()), retention_days=30, counts=Counts()
        )
    bodies = dict(
        store.conn.execute(
            "SELECT d.order_id, s.body FROM order_search s "
            "JOIN order_search_docs d ON d.doc_id = s.rowid"
        )
    )
    assert bodies == {
        order_id_of(42): f"{order_id_of(42)} SKU-1 Mug de 1",
        "999-1234567-7654321": "999-1234567-7654321 GIFT-1 Gift box",
    }


def test_a_failed_write_leaves_no_pause_behind(store):
    with pytest.raises(RuntimeError), store.transaction() as conn:
        with search_index.paused(conn):
            raise RuntimeError("failed")
    assert store.conn.execute("SELECT count(*) FROM order_search_paused").fetchone()[0] == 0
