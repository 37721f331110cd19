"""Newer reports update; nothing the seller recorded is downgraded; strict, wipe on arrival, cancel."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from fixtures.make_reports import (
    ALL_ORDERS_HEADER,
    PEOPLE,
    big_report,
    order_id_of,
    person_row,
    report_bytes,
)
from fixtures.store_dump import differing_tables, dump_tables

from seller_desktop.core.importers import report_import
from seller_desktop.core.importers.report_import import import_file, import_steps
from seller_desktop.core.importers.summary import ImportRefused
from seller_desktop.core.orders.repository import get_contact_details, get_order
from seller_desktop.core.orders.shipping import ShipmentRequest, ship
from seller_desktop.core.privacy.deadlines import compute_deadline
from seller_desktop.core.privacy.retention import apply_retention


def _write(tmp_path, rows, name="r.txt", **options):
    path = tmp_path / name
    path.write_bytes(report_bytes(rows, **options))
    return path


def _items(store, n):
    return [
        (i.order_item_id, i.sku, i.quantity, i.quantity_shipped, i.item_price, i.asin)
        for i in get_order(store, order_id_of(n)).items
    ]


def test_newer_report_updates_quantities_and_prices_without_duplicating(tmp_path, store, clock):
    first = person_row(PEOPLE["de"], 1, items=2) + person_row(PEOPLE["fr"], 2)
    import_file(store, _write(tmp_path, first), clock=clock)
    newer = person_row(PEOPLE["de"], 1, items=2, quantity=3, price="54.00") + person_row(
        PEOPLE["fr"], 2
    )
    clock.advance(timedelta(hours=1))
    summary = import_file(store, _write(tmp_path, newer, "newer.txt"), clock=clock)
    assert (summary.new, summary.updated, summary.unchanged) == (0, 1, 1)
    assert _items(store, 1) == [
        ("50000000000010", "SKU-0", 3, 0, "54.00", None),
        ("50000000000011", "SKU-1", 3, 0, "54.00", None),
    ]
    assert store.conn.execute("SELECT count(*) FROM order_items").fetchone()[0] == 3
    updated_at = dict(store.conn.execute("SELECT order_id, updated_at FROM orders"))
    assert updated_at[order_id_of(1)] == "2026-11-28T13:00:00Z"
    assert updated_at[order_id_of(2)] == "2026-11-28T12:00:00Z"  # unchanged is not rewritten


def test_shipped_printed_and_delivered_stay_as_the_seller_recorded(tmp_path, store, clock):
    path = _write(tmp_path, person_row(PEOPLE["de"], 1, items=2))
    import_file(store, path, clock=clock)
    oid = order_id_of(1)
    ship(store, ShipmentRequest(oid, date(2026, 11, 28), carrier="DHL", tracking_number="123"))
    recorded = get_order(store, oid)
    recorded.delivered_on = "2026-11-29"
    with store.transaction() as conn:  # as the Orders screen records printing and delivery
        conn.execute(
            "UPDATE orders SET printed_at = ?, delivered_on = ?, retention_deadline = ? "
            "WHERE order_id = ?",
            ("2026-11-28T12:00:00Z", "2026-11-29", compute_deadline(recorded, 30), oid),
        )
    before = get_order(store, oid)
    assert before.status == "shipped"
    # the same unshipped report, and a newer one with another price: status and dates stay
    summary = import_file(store, path, clock=clock)
    assert summary.unchanged == 1
    import_file(
        store,
        _write(tmp_path, person_row(PEOPLE["de"], 1, items=2, price="25.00"), "b.txt"),
        clock=clock,
    )
    after = get_order(store, oid)
    assert (after.status, after.shipped_on, after.printed_at, after.delivered_on) == (
        "shipped",
        "2026-11-28",
        "2026-11-28T12:00:00Z",
        "2026-11-29",
    )
    assert [i.quantity_shipped for i in after.items] == [1, 1]
    assert [i.item_price for i in after.items] == ["25.00", "25.00"]
    assert after.retention_deadline == before.retention_deadline


def _all_orders_row(n, sku, status="Shipped", item_status="Shipped", quantity="1", price="20.00"):
    return {
        "amazon-order-id": order_id_of(n),
        "purchase-date": "2026-11-25T09:15:00+01:00",
        "last-updated-date": "2026-11-27T10:00:00+00:00",
        "order-status": status,
        "sales-channel": "Amazon.de",
        "sku": sku,
        "asin": f"B0{n:04d}{sku[-1]}XYZ",
        "item-status": item_status,
        "quantity": quantity,
        "currency": "EUR",
        "item-price": price,
        "ship-city": "München",
        "ship-postal-code": "80331",
        "ship-country": "DE",
        "promotion-ids": "PLM-123",
    }


def test_all_orders_updates_status_asins_and_prices_but_no_contact_details(tmp_path, store, clock):
    import_file(
        store,
        _write(tmp_path, person_row(PEOPLE["de"], 1) + person_row(PEOPLE["fr"], 2)),
        clock=clock,
    )
    contact_before = store.conn.execute(
        "SELECT * FROM contact_details ORDER BY order_id"
    ).fetchall()
    rows = [
        _all_orders_row(1, "SKU-0", price="21.00"),
        _all_orders_row(2, "SKU-0", status="Cancelled", item_status="Cancelled", quantity="0"),
        {
            "amazon-order-id": order_id_of(1),
            "order-status": "Shipped",
            "purchase-date": "2026-11-25T09:15:00+01:00",
            "promotion-ids": "PLM-123",
        },
    ]  # promotion row
    summary = import_file(
        store, _write(tmp_path, rows, "all.txt", header=ALL_ORDERS_HEADER), clock=clock
    )
    assert summary.report_kind == "All Orders"
    assert (summary.updated, summary.problems, summary.promotion_rows) == (2, [], 1)
    assert _items(store, 1) == [("50000000000010", "SKU-0", 1, 0, "21.00", "B000010XYZ")]
    assert get_order(store, order_id_of(1)).status == "shipped"
    cancelled = get_order(store, order_id_of(2))
    assert (cancelled.status, cancelled.cancelled_on) == ("cancelled", "2026-11-27")
    assert (
        store.conn.execute("SELECT * FROM contact_details ORDER BY order_id").fetchall()
        == contact_before
    )


def test_items_first_seen_in_all_orders_take_their_real_id_later(tmp_path, store, clock):
    rows = [
        _all_orders_row(1, "SKU-0", status="Unshipped", item_status="Unshipped"),
        _all_orders_row(1, "SKU-1", status="Unshipped", item_status="Unshipped"),
    ]
    import_file(store, _write(tmp_path, rows, "all.txt", header=ALL_ORDERS_HEADER), clock=clock)
    oid = order_id_of(1)
    assert [i.order_item_id for i in get_order(store, oid).items] == [
        f"{oid}:SKU-0",
        f"{oid}:SKU-1",
    ]
    assert get_contact_details(store, oid) is None
    ship(store, ShipmentRequest(oid, date(2026, 11, 28), "DHL", quantities={f"{oid}:SKU-0": 1}))
    summary = import_file(
        store, _write(tmp_path, person_row(PEOPLE["de"], 1, items=2)), clock=clock
    )
    assert summary.updated == 1
    assert _items(store, 1) == [
        ("50000000000010", "SKU-0", 1, 1, "19.99", "B000010XYZ"),
        ("50000000000011", "SKU-1", 1, 0, "19.99", "B000011XYZ"),
    ]
    assert store.conn.execute("SELECT order_item_id FROM shipment_items").fetchall() == [
        ("50000000000010",)
    ]
    assert get_order(store, oid).status == "partially_shipped"
    assert get_contact_details(store, oid) is not None


def _with_bad_row(tmp_path):
    rows = (
        person_row(PEOPLE["de"], 1)
        + person_row(PEOPLE["fr"], 2, items=2)
        + person_row(PEOPLE["gr"], 3)
    )
    rows[2]["quantity-purchased"] = "two"  # line 4, the second item of order 2
    return _write(tmp_path, rows)


def test_default_imports_the_good_orders_and_lists_the_bad_rows(tmp_path, store, clock):
    summary = import_file(store, _with_bad_row(tmp_path), clock=clock)
    assert (summary.new, summary.items) == (2, 2)
    assert [(p.line, p.reason) for p in summary.problems] == [
        (3, f"order {order_id_of(2)} was left out: its line 4 has a problem"),
        (4, f"order {order_id_of(2)}: the quantity-purchased is not a whole number"),
    ]
    assert get_order(store, order_id_of(2)) is None  # never half an order
    assert get_order(store, order_id_of(3)) is not None


def test_strict_imports_nothing_when_a_row_is_bad(tmp_path, store, clock):
    before = dump_tables(store)
    with pytest.raises(ImportRefused) as refused:
        import_file(store, _with_bad_row(tmp_path), strict=True, clock=clock)
    assert "line 4" in str(refused.value) and "nothing was imported" in str(refused.value)
    assert len(refused.value.summary.problems) == 2
    assert differing_tables(before, dump_tables(store)) == []


def test_recent_order_keeps_contact_details_old_one_is_wiped_on_arrival(tmp_path, store, clock):
    old = person_row(PEOPLE["de"], 1)
    for row in old:
        row.update({"purchase-date": "2026-08-01T10:00:00Z", "latest-delivery-date": "2026-08-10"})
    summary = import_file(store, _write(tmp_path, old + person_row(PEOPLE["fr"], 2)), clock=clock)
    assert (summary.new, summary.wiped_on_arrival) == (2, 1)
    assert get_contact_details(store, order_id_of(1)) is None
    assert store.conn.execute("SELECT order_id FROM contact_details").fetchall() == [
        (order_id_of(2),)
    ]


def test_wiped_contact_details_never_come_back_from_a_report(tmp_path, store, clock):
    rows = person_row(PEOPLE["de"], 1)
    for row in rows:
        row["latest-delivery-date"] = "2027-01-20"
    path = _write(tmp_path, rows)
    import_file(store, path, clock=clock)  # unshipped: purchase + 60 days
    clock.advance(timedelta(days=61))
    assert apply_retention(store, clock).wiped_order_ids == [order_id_of(1)]
    # All Orders says it shipped, with no ship date: purchase + 30 (never the promised 2027-01-20)
    shipped = [_all_orders_row(1, "SKU-0")]
    import_file(store, _write(tmp_path, shipped, "all.txt", header=ALL_ORDERS_HEADER), clock=clock)
    assert get_order(store, order_id_of(1)).retention_deadline == "2026-12-25T08:15:00Z"
    summary = import_file(store, path, clock=clock)  # the old report, with the address again
    assert summary.wiped_on_arrival == 1
    assert store.conn.execute("SELECT count(*) FROM contact_details").fetchone()[0] == 0


def test_progress_and_cancel_rolls_the_whole_file_back(tmp_path, store, clock, monkeypatch):
    monkeypatch.setattr(report_import, "CHUNK_ORDERS", 50)
    import_file(store, _write(tmp_path, person_row(PEOPLE["gr"], 9999)), clock=clock)
    path = tmp_path / "big.txt"
    path.write_bytes(big_report(400))
    before = dump_tables(store)
    steps = import_steps(store, path, clock=clock)
    seen = [next(steps) for _ in range(4)]
    assert [p.total for p in seen] == [800] * 4
    assert [p.done for p in seen] == [0, 100, 200, 300]
    assert (
        store.conn.execute("SELECT count(*) FROM orders").fetchone()[0] > 1
    )  # written, uncommitted
    steps.close()  # the GUI's Cancel
    assert differing_tables(before, dump_tables(store)) == []
    # run to the end, the generator's return value is the summary
    steps = import_steps(store, path, clock=clock)
    progress = []
    while True:
        try:
            progress.append(next(steps))
        except StopIteration as stop:
            summary = stop.value
            break
    assert (progress[-1].done, progress[-1].total) == (800, 800)
    assert all(a.done <= b.done for a, b in zip(progress, progress[1:]))
    assert summary.new == 400 and summary.items == 800
