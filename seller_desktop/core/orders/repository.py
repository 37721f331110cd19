"""Orders in the store: saving an order with its items and contact details, and reading them back.

The model lives in ``orders.model``; the Orders screen's searches in ``orders.queries``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from typing import TYPE_CHECKING

from seller_desktop.core.orders.model import CONTACT_FIELDS, ContactDetails, Order, OrderItem
from seller_desktop.core.privacy.deadlines import compute_deadline
from seller_desktop.core.settings import MAX_RETENTION_DAYS

if TYPE_CHECKING:
    from seller_desktop.core.store.store import Store


_ORDER_COLUMNS = (
    "order_id",
    "marketplace",
    "status",
    "purchased_at",
    "ship_service",
    "currency",
    "is_business",
    "is_gift",
    "latest_ship_date",
    "latest_delivery_date",
    "shipped_on",
    "delivered_on",
    "cancelled_on",
    "ship_country",
    "ship_region",
    "printed_at",
    "retention_deadline",
    "source",
    "retention_extension_days",
    "earliest_delivery_date",
    "buyer_cancel_requested",
)
_ITEM_COLUMNS = tuple(f.name for f in fields(OrderItem))
# Past its deadline an order counts as holding no contact details, wiped or not yet.
_HOLDS_CONTACT = (
    "(o.retention_deadline > ? AND EXISTS "
    "(SELECT 1 FROM contact_details c WHERE c.order_id = o.order_id))"
)


def save_order(
    store: Store,
    order: Order,
    contact: ContactDetails | None = None,
    retention_days: int = MAX_RETENTION_DAYS,
) -> None:
    """Insert or replace one order with its items (and contact details, if given)."""
    order.retention_deadline = compute_deadline(order, retention_days)
    now = store.now_iso()
    values = [getattr(order, c) for c in _ORDER_COLUMNS]
    with store.transaction() as conn:
        conn.execute(
            f"INSERT INTO orders ({', '.join(_ORDER_COLUMNS)}, created_at, updated_at) "
            f"VALUES ({', '.join('?' * len(_ORDER_COLUMNS))}, ?, ?) "
            f"ON CONFLICT (order_id) DO UPDATE SET "
            + ", ".join(f"{c} = excluded.{c}" for c in _ORDER_COLUMNS[1:])
            + ", updated_at = excluded.updated_at",
            values + [now, now],
        )
        conn.executemany(
            f"INSERT OR REPLACE INTO order_items ({', '.join(_ITEM_COLUMNS)}, order_id) "
            f"VALUES ({', '.join('?' * (len(_ITEM_COLUMNS) + 1))})",
            [[getattr(i, c) for c in _ITEM_COLUMNS] + [order.order_id] for i in order.items],
        )
        if contact is not None and not contact.is_empty():
            conn.execute(
                f"INSERT OR REPLACE INTO contact_details (order_id, {', '.join(CONTACT_FIELDS)}) "
                f"VALUES ({', '.join('?' * (len(CONTACT_FIELDS) + 1))})",
                [order.order_id] + [getattr(contact, c) for c in CONTACT_FIELDS],
            )


def save_orders(
    store: Store,
    orders: Iterable[tuple[Order, ContactDetails | None]],
    retention_days: int = MAX_RETENTION_DAYS,
) -> int:
    count = 0
    with store.transaction():
        for order, contact in orders:
            save_order(store, order, contact, retention_days)
            count += 1
    return count


def count_orders(store: Store) -> int:
    """How many orders the store holds. Counting 100,000 rows costs ~10 ms and the window asks twice
    at start (table and status bar), so the count is reused until anything is written."""
    key = (store.conn.total_changes, store.conn.execute("PRAGMA data_version").fetchone()[0])
    cached = store.caches.get("order_count")
    if isinstance(cached, tuple) and cached[0] == key:
        return cached[1]
    count = int(store.conn.execute("SELECT count(*) FROM orders").fetchone()[0])
    store.caches["order_count"] = (key, count)
    return count


def list_orders(store: Store, offset: int = 0, limit: int = 200) -> list[Order]:
    """One page of orders, newest first, with their items; contact details are not loaded."""
    rows = store.conn.execute(
        f"SELECT {', '.join('o.' + c for c in _ORDER_COLUMNS)}, "
        f"{_HOLDS_CONTACT} FROM orders o ORDER BY o.purchased_at DESC, o.order_id LIMIT ? OFFSET ?",
        (store.now_iso(), limit, offset),
    ).fetchall()
    orders = [_order_from_row(row) for row in rows]
    _attach_items(store, orders)
    return orders


def get_order(store: Store, order_id: str) -> Order | None:
    row = store.conn.execute(
        f"SELECT {', '.join('o.' + c for c in _ORDER_COLUMNS)}, "
        f"{_HOLDS_CONTACT} FROM orders o WHERE o.order_id = ?",
        (store.now_iso(), order_id),
    ).fetchone()
    if row is None:
        return None
    order = _order_from_row(row)
    _attach_items(store, [order])
    return order


def get_contact_details(store: Store, order_id: str) -> ContactDetails | None:
    """The order's contact details if they are still held and not past their deadline.

    The deadline check guards reading even if a physical wipe failed and waits for its retry.
    """
    row = store.conn.execute(
        f"SELECT {', '.join('c.' + f for f in CONTACT_FIELDS)} FROM contact_details c "
        "JOIN orders o USING (order_id) WHERE c.order_id = ? AND o.retention_deadline > ?",
        (order_id, store.now_iso()),
    ).fetchone()
    return ContactDetails(*row) if row else None


def _order_from_row(row) -> Order:
    order = Order(**dict(zip(_ORDER_COLUMNS, row[: len(_ORDER_COLUMNS)])))
    order.is_business = bool(order.is_business)
    order.is_gift = bool(order.is_gift)
    order.buyer_cancel_requested = bool(order.buyer_cancel_requested)
    order.has_contact_details = bool(row[-1])
    return order


def _attach_items(store: Store, orders: list[Order]) -> None:
    if not orders:
        return
    by_id = {o.order_id: o for o in orders}
    marks = ", ".join("?" * len(by_id))
    for row in store.conn.execute(
        f"SELECT {', '.join(_ITEM_COLUMNS)}, order_id FROM order_items "
        f"WHERE order_id IN ({marks}) ORDER BY rowid",
        list(by_id),
    ):
        by_id[row[-1]].items.append(OrderItem(*row[:-1]))
