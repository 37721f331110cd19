"""open_store applies retention before anything can read an order (the clock is moved, not waited)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
from seller_desktop.core.orders.repository import (
    get_contact_details,
    get_order,
    list_orders,
    save_order,
)
from seller_desktop.core.privacy.deadlines import compute_deadline
from seller_desktop.core.session import open_store
from seller_desktop.core.status import store_status
from seller_desktop.core.store.events import recent_events


def _shipped(order_id: str, shipped_on: str) -> Order:
    return Order(
        order_id=order_id,
        marketplace="GB",
        purchased_at="2026-11-20T08:00:00Z",
        status="shipped",
        shipped_on=shipped_on,
        items=[OrderItem(order_item_id=order_id + "-1", sku="S", quantity=1)],
    )


def test_deadline_rule():
    base = dict(order_id="x", marketplace="US", purchased_at="2026-11-01T10:00:00Z")
    assert compute_deadline(Order(**base), 30) == "2026-12-31T10:00:00Z"  # open order: +60 days
    # An expected delivery date does not start the clock before the parcel has left.
    assert (
        compute_deadline(Order(**base, latest_delivery_date="2026-11-06"), 30)
        == "2026-12-31T10:00:00Z"
    )
    assert (
        compute_deadline(Order(**base, status="partially_shipped", shipped_on="2026-11-02"), 30)
        == "2026-12-31T10:00:00Z"
    )
    shipped = dict(base, status="shipped", shipped_on="2026-11-02")
    assert compute_deadline(Order(**shipped), 30) == "2026-12-02T23:59:59Z"
    # A promised (latest) delivery date may lie after the real delivery: it never sets the clock.
    assert (
        compute_deadline(Order(**shipped, latest_delivery_date="2026-11-06"), 30)
        == "2026-12-02T23:59:59Z"
    )
    assert (
        compute_deadline(
            Order(**shipped, latest_delivery_date="2026-11-06", delivered_on="2026-11-04"), 10
        )
        == "2026-11-14T23:59:59Z"
    )
    cancelled = dict(base, status="cancelled", latest_delivery_date="2026-11-06")
    assert (
        compute_deadline(Order(**cancelled, cancelled_on="2026-11-03"), 30)
        == "2026-12-03T23:59:59Z"
    )
    assert compute_deadline(Order(**cancelled), 30) == "2026-12-01T10:00:00Z"


def test_open_wipes_details_past_deadline(opened, paths, passphrase, clock):
    save_order(
        opened.store, _shipped("A", "2026-11-21"), ContactDetails(recipient_name="Zoë Lefèvre")
    )
    save_order(
        opened.store, _shipped("B", "2026-11-27"), ContactDetails(recipient_name="Şükrü Güçlü")
    )
    opened.store.close()

    clock.advance(
        timedelta(days=24)
    )  # 2026-12-22: A's deadline (12-21 end of day) has passed, B's not
    again = open_store(paths, passphrase, clock)
    assert again.wipe_report.wiped_order_ids == ["A"]
    assert get_contact_details(again.store, "A") is None
    assert get_order(again.store, "A").items[0].sku == "S"  # the order itself stays
    assert get_contact_details(again.store, "B").recipient_name == "Şükrü Güçlü"
    rows = again.store.conn.execute("SELECT order_id FROM contact_details").fetchall()
    assert rows == [("B",)]
    from seller_desktop.core.privacy.retention import wiped_order_ids

    assert wiped_order_ids(again.store.conn) == {"A"}
    assert store_status(again.store, again.wipe_report).wiped_at_open == 1
    wipe_log = recent_events(again.store, kind="wipe")
    assert wipe_log and "A" in wipe_log[0].detail and "Zoë" not in wipe_log[0].detail
    again.store.close()
    for f in paths.data_dir.glob("store.db-wal"):
        assert f.stat().st_size == 0  # checkpointed and truncated, nothing left in the WAL


def test_reading_is_guarded_even_before_the_wipe(store, clock):
    save_order(store, _shipped("C", "2026-11-21"), ContactDetails(recipient_name="Begoña Núñez"))
    clock.advance(timedelta(days=40))  # no reopen: the physical wipe has not run yet
    assert get_contact_details(store, "C") is None
    assert not [o for o in list_orders(store) if o.has_contact_details]


def test_status_counts_held_due_and_overdue(store, clock):
    save_order(store, _shipped("D1", "2026-11-01"), ContactDetails(recipient_name="a"))  # due 12-01
    save_order(store, _shipped("D2", "2026-11-20"), ContactDetails(recipient_name="b"))  # due 12-20
    save_order(store, _shipped("D3", "2026-10-01"), ContactDetails(recipient_name="c"))  # overdue
    save_order(store, _shipped("D4", "2026-11-02"))  # never had contact details
    from seller_desktop.core.privacy.retention import WipeReport

    status = store_status(store, WipeReport())
    assert (status.orders, status.with_contact_details, status.due_within_7_days) == (4, 2, 1)


def test_extending_an_open_order_and_the_day_45_warning(store, clock):
    from seller_desktop.core.base.errors import BadInput
    from seller_desktop.core.privacy.retention import extend_open_order, open_orders_near_cap

    save_order(
        store,
        Order(
            order_id="OPEN",
            marketplace="DE",
            purchased_at="2026-10-10T08:00:00Z",
            items=[OrderItem(order_item_id="o1", sku="S", quantity=1)],
        ),
        ContactDetails(recipient_name="Günther"),
    )
    save_order(
        store,
        Order(
            order_id="FRESH",
            marketplace="DE",
            purchased_at="2026-11-20T08:00:00Z",
            items=[OrderItem(order_item_id="f1", sku="S", quantity=1)],
        ),
        ContactDetails(recipient_name="Frida"),
    )
    save_order(store, _shipped("SHIP", "2026-11-21"), ContactDetails(recipient_name="Sam"))
    assert get_order(store, "OPEN").retention_deadline == "2026-12-09T08:00:00Z"
    assert open_orders_near_cap(store, clock) == [("OPEN", "2026-12-09T08:00:00Z")]  # day 49
    assert extend_open_order(store, "OPEN", clock) == "2027-01-08T08:00:00Z"
    assert extend_open_order(store, "OPEN", clock) == "2027-02-07T08:00:00Z"
    assert get_order(store, "OPEN").retention_extension_days == 60
    with pytest.raises(BadInput, match="shipped"):
        extend_open_order(store, "SHIP", clock)
    # Shipping later applies the delivery rule; the extension does not stretch it.
    from datetime import date

    from seller_desktop.core.orders.shipping import ShipmentRequest, ship

    ship(store, ShipmentRequest("OPEN", date(2026, 11, 28), "DHL"))
    assert get_order(store, "OPEN").retention_deadline == "2026-12-28T23:59:59Z"
    assert "OPEN" in recent_events(store, kind="retention_extended")[0].detail


def test_changing_retention_days_recomputes_deadlines(store, clock):
    from seller_desktop.core.privacy.retention import apply_retention, set_retention_days
    from seller_desktop.core.settings import load_settings

    save_order(store, _shipped("R1", "2026-11-10"), ContactDetails(recipient_name="Renée"))
    assert get_order(store, "R1").retention_deadline == "2026-12-10T23:59:59Z"
    assert set_retention_days(store, 10).retention_days == 10
    assert load_settings(store).retention_days == 10
    assert get_order(store, "R1").retention_deadline == "2026-11-20T23:59:59Z"
    assert apply_retention(store, clock).wiped_order_ids == ["R1"]  # 11-28 is past 11-20
    assert set_retention_days(store, 30).retention_days == 30
    assert get_order(store, "R1").retention_deadline == "2026-11-20T23:59:59Z"  # wiped stays wiped


def test_order_count_is_reused_until_a_write(store, passphrase):
    import sqlcipher3

    from seller_desktop.core.orders.repository import count_orders

    assert count_orders(store) == 0
    save_order(store, _shipped("N1", "2026-11-21"))
    assert count_orders(store) == 1  # a write by this connection invalidates the cached count
    other = sqlcipher3.connect(str(store.path))
    other.execute(f"PRAGMA key = '{passphrase}'")
    other.execute(
        "INSERT INTO orders (order_id, marketplace, purchased_at, retention_deadline, "
        "created_at, updated_at) VALUES ('N2', 'DE', 'x', 'y', 'x', 'x')"
    )
    other.commit()
    other.close()
    assert count_orders(store) == 2  # … and so does a write by another process
