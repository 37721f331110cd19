"""The store's side of a merge (``merge.py``): a batch's orders read as rows, and the merged rows
written in bulk.

Rows are plain tuples in the column order of ``orders.repository`` (``ORDER_COLUMNS``,
``ITEM_COLUMNS``, ``CONTACT_FIELDS``), so that comparing what came in with what is stored costs
one tuple comparison, and writing 50,000 orders a handful of ``executemany`` calls.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from seller_desktop.core.orders.model import CONTACT_FIELDS, Order, OrderItem
from seller_desktop.core.orders.repository import _ITEM_COLUMNS as ITEM_COLUMNS
from seller_desktop.core.orders.repository import _ORDER_COLUMNS as ORDER_COLUMNS

#: Order ids per ``IN (…)`` query, well under SQLite's limit of bound variables.
SQL_VARIABLES = 500

# --- reading what the store holds -----------------------------------------------------------------


@dataclass
class Existing:
    """Rows of the store, by order id."""

    orders: dict[str, tuple]
    items: dict[str, list[tuple]]
    contacts: dict[str, tuple]


def load_existing(conn, order_ids: list[str]) -> Existing:
    """These orders as the store holds them (rows), items in the order they were filed."""
    found = Existing({}, {}, {})
    for start in range(0, len(order_ids), SQL_VARIABLES):
        part = order_ids[start : start + SQL_VARIABLES]
        marks = ", ".join("?" * len(part))
        for row in conn.execute(
            f"SELECT {', '.join(ORDER_COLUMNS)} FROM orders WHERE order_id IN ({marks})", part
        ):
            found.orders[row[0]] = tuple(row)
        for row in conn.execute(
            f"SELECT order_id, {', '.join(ITEM_COLUMNS)} FROM order_items "
            f"WHERE order_id IN ({marks}) ORDER BY rowid",
            part,
        ):
            found.items.setdefault(row[0], []).append(tuple(row[1:]))
        for row in conn.execute(
            f"SELECT order_id, {', '.join(CONTACT_FIELDS)} FROM contact_details "
            f"WHERE order_id IN ({marks})",
            part,
        ):
            found.contacts[row[0]] = tuple(row[1:])
    return found


def order_row(order: Order) -> tuple:
    return (
        order.order_id,
        order.marketplace,
        order.status,
        order.purchased_at,
        order.ship_service,
        order.currency,
        int(bool(order.is_business)),
        int(bool(order.is_gift)),
        order.latest_ship_date,
        order.latest_delivery_date,
        order.shipped_on,
        order.delivered_on,
        order.cancelled_on,
        order.ship_country,
        order.ship_region,
        order.printed_at,
        order.retention_deadline,
        order.source,
        order.retention_extension_days,
        order.earliest_delivery_date,
        int(bool(order.buyer_cancel_requested)),
    )


def item_row(item: OrderItem) -> tuple:
    return (
        item.order_item_id,
        item.sku,
        item.quantity,
        item.product_name,
        item.asin,
        item.quantity_shipped,
        item.item_price,
        item.item_tax,
        item.shipping_price,
        item.shipping_tax,
        item.condition,
    )


# --- writing ----------------------------------------------------------------------------------------


@dataclass
class Writes:
    """What one batch's merge writes, as rows ready for ``executemany``."""

    new_orders: list[tuple] = field(default_factory=list)
    changed_orders: list[tuple] = field(default_factory=list)
    #: Items and contact details of orders new to the store: plain INSERTs, the cheapest.
    new_items: list[tuple] = field(default_factory=list)
    new_contacts: list[tuple] = field(default_factory=list)
    items: list[tuple] = field(default_factory=list)
    #: (real id, stand-in id): items first known from All Orders, now named by a real report.
    renamed_items: list[tuple] = field(default_factory=list)
    contacts: list[tuple] = field(default_factory=list)
    deleted_contacts: list[tuple] = field(default_factory=list)


_INSERT_ORDER = (
    f"INSERT INTO orders ({', '.join(ORDER_COLUMNS)}, created_at, updated_at) "
    f"VALUES ({', '.join('?' * (len(ORDER_COLUMNS) + 2))})"
)
_UPDATE_ORDER = (
    "UPDATE orders SET "
    + ", ".join(f"{c} = ?" for c in ORDER_COLUMNS[1:])
    + ", updated_at = ? WHERE order_id = ?"
)
_UPSERT_ITEM = (
    f"INSERT INTO order_items ({', '.join(ITEM_COLUMNS)}, order_id) "
    f"VALUES ({', '.join('?' * (len(ITEM_COLUMNS) + 1))}) ON CONFLICT (order_item_id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in ITEM_COLUMNS[1:] + ("order_id",))
)
_UPSERT_CONTACT = (
    f"INSERT OR REPLACE INTO contact_details (order_id, {', '.join(CONTACT_FIELDS)}) "
    f"VALUES ({', '.join('?' * (len(CONTACT_FIELDS) + 1))})"
)


def write(conn, writes: Writes) -> None:
    """One batch's rows, new before changed; item renames before the items that follow them."""
    if writes.new_orders:
        conn.executemany(_INSERT_ORDER, writes.new_orders)
    if writes.new_items:
        # An upsert, not an INSERT in a savepoint with the upsert as fallback (an item id already
        # filed under another order): it writes the same rows, and an open savepoint made every
        # row's statement journal cost grow with the transaction (1.2 s per 4,000 items at 100k).
        conn.executemany(_UPSERT_ITEM, writes.new_items)
    if writes.new_contacts:
        conn.executemany(_UPSERT_CONTACT.replace(" OR REPLACE", ""), writes.new_contacts)
    if writes.changed_orders:
        conn.executemany(_UPDATE_ORDER, writes.changed_orders)
    if writes.renamed_items:
        # Renamed, not deleted: shipments of the item point at it and must follow the new id.
        conn.execute("PRAGMA defer_foreign_keys = ON")  # until COMMIT, which resets it
        conn.executemany(
            "UPDATE order_items SET order_item_id = ? WHERE order_item_id = ?", writes.renamed_items
        )
        conn.executemany(
            "UPDATE shipment_items SET order_item_id = ? WHERE order_item_id = ?",
            writes.renamed_items,
        )
    if writes.items:
        conn.executemany(_UPSERT_ITEM, writes.items)
    if writes.deleted_contacts:
        conn.executemany("DELETE FROM contact_details WHERE order_id = ?", writes.deleted_contacts)
    if writes.contacts:
        conn.executemany(_UPSERT_CONTACT, writes.contacts)
