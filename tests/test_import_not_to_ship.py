"""All Orders rows that are not the seller's to ship: fulfilled by Amazon, or a cancelled item.

They are skipped and counted; an order all of whose rows are skipped is not stored, but an order
the store knows still takes its cancellation, and a cancelled item it holds keeps its row and what
was shipped of it, with nothing more to ship.
"""

from __future__ import annotations

from datetime import date

from fixtures.make_reports import (
    ALL_ORDERS_HEADER,
    PEOPLE,
    all_orders_row,
    order_id_of,
    person_row,
    report_bytes,
)
from fixtures.store_dump import differing_tables, dump_tables

from seller_desktop.core.importers.report_import import import_file
from seller_desktop.core.orders.repository import get_order
from seller_desktop.core.orders.shipping import ShipmentRequest, ship

SKIPPED = "rows skipped (Fulfilled by Amazon or cancelled)"
NOTHING_TO_SHIP = "Nothing to ship in this report: all its order rows are fulfilled by Amazon"


def _all_orders(tmp_path, rows, name="all.txt"):
    path = tmp_path / name
    path.write_bytes(report_bytes(rows, header=ALL_ORDERS_HEADER))
    return path


def _items(store, n):
    return [
        (i.order_item_id, i.sku, i.quantity, i.quantity_shipped)
        for i in get_order(store, order_id_of(n)).items
    ]


def _mixed_rows():
    return [
        all_orders_row(1, "SKU-0"),
        all_orders_row(1, "SKU-1"),
        all_orders_row(2, "SKU-0", channel="amazon", status="Shipped", item_status="Shipped"),
        all_orders_row(3, "SKU-0", channel="AFN", status="Pending", item_status="Pending"),
        all_orders_row(3, "SKU-1", channel="AFN", status="Pending", item_status="Pending"),
        all_orders_row(4, "SKU-0"),
        all_orders_row(4, "SKU-1", item_status="Cancelled", quantity="0"),
        all_orders_row(5, "SKU-0", status="Cancelled", item_status="cancelled", quantity="0"),
        all_orders_row(6, "SKU-0", channel="MFN", item_status="UNSHIPPED"),
    ]


def test_a_mixed_report_imports_only_what_the_seller_ships(tmp_path, store, clock):
    path = _all_orders(tmp_path, _mixed_rows())
    summary = import_file(store, path, clock=clock)
    assert (summary.new, summary.updated, summary.items, summary.problems) == (3, 0, 4, [])
    assert (summary.skipped_rows, summary.promotion_rows) == (5, 0)
    stored = {row[0] for row in store.conn.execute("SELECT order_id FROM orders")}
    assert stored == {order_id_of(1), order_id_of(4), order_id_of(6)}
    assert _items(store, 4) == [(f"{order_id_of(4)}:SKU-0", "SKU-0", 1, 0)]
    assert [i.sku for i in get_order(store, order_id_of(1)).items] == ["SKU-0", "SKU-1"]
    assert get_order(store, order_id_of(4)).status == "unshipped"
    assert summary.describe()[0].endswith(f"4 items — 3 new, 0 updated, 0 unchanged, 5 {SKIPPED}.")
    assert not any(NOTHING_TO_SHIP in line for line in summary.describe())
    # the same file again writes nothing, and counts the same rows skipped
    before = dump_tables(store)
    again = import_file(store, path, clock=clock)
    assert (again.new, again.updated, again.unchanged, again.skipped_rows) == (0, 0, 3, 5)
    assert differing_tables(before, dump_tables(store)) == []


def test_the_summary_line_is_as_before_without_skipped_rows(tmp_path, store, clock):
    summary = import_file(store, _all_orders(tmp_path, [all_orders_row(1, "SKU-0")]), clock=clock)
    assert summary.skipped_rows == 0
    assert summary.describe() == [
        "all.txt (All Orders, utf-8): 1 orders with 1 items — 1 new, 0 updated, 0 unchanged."
    ]


def test_an_all_amazon_report_imports_nothing_and_says_so(tmp_path, store, clock):
    rows = [
        all_orders_row(n, f"SKU-{k}", channel=channel, status="Shipped", item_status="Shipped")
        for n, channel in ((1, "Amazon"), (2, "AFN"), (3, "AMAZON"))
        for k in range(2)
    ]
    rows.append({"amazon-order-id": order_id_of(1), "purchase-date": "2026-11-25"})  # promotion
    before = dump_tables(store)
    summary = import_file(store, _all_orders(tmp_path, rows), clock=clock)
    assert (summary.new, summary.skipped_rows, summary.promotion_rows) == (0, 6, 1)
    assert summary.problems == [] and summary.all_skipped
    assert differing_tables(before, dump_tables(store)) == []
    lines = summary.describe()
    assert lines[0].endswith(f"0 orders with 0 items — 0 new, 0 updated, 0 unchanged, 6 {SKIPPED}.")
    assert lines[1].strip().startswith(NOTHING_TO_SHIP)


def test_a_known_order_takes_its_cancellation_and_keeps_what_was_shipped(tmp_path, store, clock):
    path = tmp_path / "fulfilment.txt"
    path.write_bytes(report_bytes(person_row(PEOPLE["de"], 1, items=2, quantity=2)))
    import_file(store, path, clock=clock)
    path.write_bytes(report_bytes(person_row(PEOPLE["fr"], 2, items=2)))
    import_file(store, path, clock=clock)
    ship(
        store,
        ShipmentRequest(
            order_id_of(1), date(2026, 11, 27), "DHL", quantities={"50000000000010": 1}
        ),
    )
    shipments = store.conn.execute("SELECT * FROM shipment_items").fetchall()
    rows = [
        all_orders_row(1, "SKU-0", status="Shipped", item_status="Cancelled", quantity="0"),
        all_orders_row(1, "SKU-1", status="Shipped", item_status="Cancelled", quantity="0"),
        all_orders_row(2, "SKU-0", status="Cancelled", item_status="Cancelled", quantity="0"),
        all_orders_row(2, "SKU-1", status="Cancelled", item_status="Cancelled", quantity="0"),
    ]
    summary = import_file(store, _all_orders(tmp_path, rows), clock=clock)
    assert (summary.new, summary.updated, summary.skipped_rows) == (0, 2, 4)
    # the shipped unit stays shipped and is all that is left of the item; nothing else to ship
    assert _items(store, 1) == [
        ("50000000000010", "SKU-0", 1, 1),
        ("50000000000011", "SKU-1", 0, 0),
    ]
    assert store.conn.execute("SELECT * FROM shipment_items").fetchall() == shipments
    cancelled = get_order(store, order_id_of(2))
    assert (cancelled.status, cancelled.cancelled_on) == ("cancelled", "2026-11-27")
    assert _items(store, 2) == [
        ("50000000000020", "SKU-0", 0, 0),
        ("50000000000021", "SKU-1", 0, 0),
    ]


def test_the_cli_imports_an_all_amazon_report_with_exit_0_and_says_so(cli_store, tmp_path):
    cli = cli_store(["de"])
    rows = [all_orders_row(n, "SKU-0", channel="Amazon", status="Shipped") for n in (7, 8)]
    code, _, err = cli("import", str(_all_orders(tmp_path, rows, "fba.txt")))
    assert code == 0, err
    assert f"0 new, 0 updated, 0 unchanged, 2 {SKIPPED}." in err
    assert NOTHING_TO_SHIP in err
    assert cli("orders", "--json")[1].count('"order_id"') == 1
