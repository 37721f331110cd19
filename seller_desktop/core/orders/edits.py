"""Orders the seller creates or corrects by hand, and the printed mark.

Every change goes through one transaction and is logged by order id only — never a name or an
address. Contact details can be given or changed while the order holds them; once they were wiped
(``contact_wiped_at``) or the retention deadline has passed they cannot be added back, because the
privacy rules say they must be gone, not re-typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from decimal import Decimal, InvalidOperation

from seller_desktop.core.base.clock import to_iso_utc
from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP
from seller_desktop.core.importers.order_ids import is_amazon_order_id
from seller_desktop.core.orders.marketplaces import MARKETPLACES
from seller_desktop.core.orders.model import STATUSES, ContactDetails, Order, OrderItem
from seller_desktop.core.orders.repository import get_order, save_order
from seller_desktop.core.settings import load_settings
from seller_desktop.core.store.events import log_event
from seller_desktop.core.store.store import Store

#: Hand-made order ids: ASCII letters, digits, '.', '_' and '-', up to 64 characters — but never
#: the shape of an Amazon order id (``importers.order_ids``), which only reports bring. The two
#: schemes are disjoint, so a report can never produce (and merge into) a hand-made order's id,
#: and a hand-made order is never taken for an Amazon one.
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}", re.ASCII)


@dataclass
class ItemInput:
    sku: str
    quantity: int
    item_price: str = ""
    product_name: str = ""
    #: Empty for a new item: one is made from the order id.
    order_item_id: str = ""


@dataclass
class OrderInput:
    """What the order editor sends; validated here so the CLI could send the same."""

    order_id: str
    marketplace: str
    purchased_at: datetime | str
    items: list[ItemInput] = field(default_factory=list)
    status: str = "unshipped"
    latest_ship_date: date | None = None
    latest_delivery_date: date | None = None
    delivered_on: date | None = None
    #: The state or region and the ISO country code of the address (kept on the order, past the
    #: wipe, like an imported order's); None leaves them as they are, "" clears them.
    ship_region: str | None = None
    ship_country: str | None = None
    #: None leaves the stored contact details as they are; an empty one removes them.
    contact: ContactDetails | None = None


def create_order(store: Store, data: OrderInput) -> Order:
    """Store a new hand-made order; BadInput (nothing stored) if anything is wrong."""
    order_id = _valid_id(data.order_id)
    with store.transaction():
        if get_order(store, order_id) is not None:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError", "There is already an order {order_id}. Choose another order id."
                ),
                order_id=order_id,
            )
        order = _build(
            data, Order(order_id=order_id, marketplace="", purchased_at="", source="manual"), store
        )
        _check_item_ids_free(store, order)
        contact = data.contact if data.contact is not None and not data.contact.is_empty() else None
        save_order(store, order, contact, load_settings(store).retention_days)
        log_event(store, "order_created", order_id)
    return get_order(store, order_id)  # type: ignore[return-value]


def edit_order(store: Store, data: OrderInput) -> Order:
    """Change an existing order: status, dates, items and (while held) contact details."""
    with store.transaction() as conn:
        old = get_order(store, data.order_id)
        if old is None:
            raise BadInput(
                QT_TRANSLATE_NOOP("SellerError", "There is no order {order_id} in the store."),
                order_id=data.order_id,
            )
        order = _build(
            data, replace(old, items=[]), store, frozenset(i.order_item_id for i in old.items)
        )
        gone = _shipped_kept(old, order)
        _check_item_ids_free(store, order)
        contact = data.contact
        if contact is not None and not contact.is_empty():
            wiped = conn.execute(
                "SELECT contact_wiped_at FROM orders WHERE order_id = ?", (order.order_id,)
            ).fetchone()[0]
            if wiped or (old.retention_deadline and old.retention_deadline <= store.now_iso()):
                raise BadInput(
                    QT_TRANSLATE_NOOP(
                        "SellerError",
                        "The contact details of order {order_id} were removed under the "
                        "privacy rules and cannot be added again.",
                    ),
                    order_id=order.order_id,
                )
        conn.executemany(
            "DELETE FROM order_items WHERE order_item_id = ?", [(i.order_item_id,) for i in gone]
        )
        save_order(
            store,
            order,
            contact if contact and not contact.is_empty() else None,
            load_settings(store).retention_days,
        )
        if contact is not None and contact.is_empty():
            conn.execute("DELETE FROM contact_details WHERE order_id = ?", (order.order_id,))
        log_event(store, "order_edited", order.order_id)
    return get_order(store, order.order_id)  # type: ignore[return-value]


def mark_printed(store: Store, order_ids: list[str], printed: bool = True) -> int:
    """Set (or clear) the printed mark of these orders; returns how many were changed."""
    ids = sorted(set(order_ids))
    if not ids:
        return 0
    stamp = store.now_iso() if printed else None
    with store.transaction() as conn:
        changed = 0
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            marks = ", ".join("?" * len(part))
            condition = "printed_at IS NULL" if printed else "printed_at IS NOT NULL"
            changed += conn.execute(
                f"UPDATE orders SET printed_at = ?, updated_at = ? WHERE order_id IN ({marks}) "
                f"AND {condition}",
                [stamp, store.now_iso(), *part],
            ).rowcount
        log_event(
            store,
            "marked_printed" if printed else "marked_not_printed",
            f"{changed} orders: " + " ".join(ids[:50]) + (" …" if len(ids) > 50 else ""),
        )
    return changed


# -- validation ------------------------------------------------------------------------------------


def _valid_id(order_id: str) -> str:
    """The id of a new hand-made order, stripped; BadInput if it is not one of the manual scheme.

    An Amazon-shaped id is refused: a later report of that id would otherwise be merged into the
    hand-made order (source and all), and exports for Amazon would take it for Amazon's."""
    cleaned = order_id.strip()
    if not cleaned:
        raise BadInput(QT_TRANSLATE_NOOP("SellerError", "Enter an order id."))
    if not _ID.fullmatch(cleaned):
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "An order id may use letters, digits, '-', '_' and '.', up to 64 characters "
                "(for example M-1001).",
            )
        )
    if is_amazon_order_id(cleaned):
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "That is the form of an Amazon order id, which comes with Amazon's reports: "
                "import the report for that order, or give a hand-made order another id (for "
                "example M-1001).",
            )
        )
    return cleaned


def _build(
    data: OrderInput, order: Order, store: Store, reserved: frozenset[str] = frozenset()
) -> Order:
    """``reserved``: item ids the order had, never given to a new item (its shipments point at them)."""
    code = data.marketplace.strip().upper()
    if code not in MARKETPLACES:
        raise BadInput(
            QT_TRANSLATE_NOOP("SellerError", "Choose a marketplace ({codes})."),
            codes=", ".join(sorted(MARKETPLACES)),
        )
    if data.status not in STATUSES:
        raise BadInput(
            QT_TRANSLATE_NOOP("SellerError", "Unknown status {status!r}."), status=data.status
        )
    purchased_iso = _purchase_time(data, store)
    items = _items(data, order.order_id, reserved)
    order.marketplace = code
    order.currency = order.currency or MARKETPLACES[code].currency
    order.purchased_at = purchased_iso
    order.status = data.status
    order.latest_ship_date = data.latest_ship_date.isoformat() if data.latest_ship_date else None
    order.latest_delivery_date = (
        data.latest_delivery_date.isoformat() if data.latest_delivery_date else None
    )
    order.delivered_on = data.delivered_on.isoformat() if data.delivered_on else None
    if data.ship_region is not None:
        order.ship_region = data.ship_region.strip() or None
    if data.ship_country is not None:
        order.ship_country = data.ship_country.strip().upper() or None
    if order.status == "cancelled" and not order.cancelled_on:
        order.cancelled_on = store.now_iso()[:10]
    order.items = items
    return order


def _purchase_time(data: OrderInput, store: Store) -> str:
    """The purchase time in UTC, not in the future and not after the ship-by or deliver-by day."""
    purchased = data.purchased_at
    if isinstance(purchased, datetime):
        if purchased.tzinfo is None:
            raise BadInput(QT_TRANSLATE_NOOP("SellerError", "The purchase time needs a time zone."))
        purchased_iso = to_iso_utc(purchased)
    else:
        try:
            purchased_iso = to_iso_utc(
                datetime.fromisoformat(purchased.replace("Z", "+00:00")).astimezone(timezone.utc)
            )
        except ValueError:
            raise BadInput(
                QT_TRANSLATE_NOOP("SellerError", "Enter the purchase date as YYYY-MM-DD HH:MM.")
            ) from None
    if purchased_iso > store.now_iso():
        raise BadInput(QT_TRANSLATE_NOOP("SellerError", "The purchase date is in the future."))
    if data.latest_ship_date and data.latest_ship_date.isoformat() < purchased_iso[:10]:
        raise BadInput(
            QT_TRANSLATE_NOOP("SellerError", "The ship-by date is before the purchase date.")
        )
    if data.latest_delivery_date and data.latest_delivery_date.isoformat() < purchased_iso[:10]:
        raise BadInput(
            QT_TRANSLATE_NOOP("SellerError", "The deliver-by date is before the purchase date.")
        )
    return purchased_iso


def _items(data: OrderInput, order_id: str, reserved: frozenset[str]) -> list[OrderItem]:
    """The checked items; one without an id gets ``{order id}-{n}``, never a reserved one."""
    if not data.items:
        raise BadInput(QT_TRANSLATE_NOOP("SellerError", "An order needs at least one item."))
    items: list[OrderItem] = []
    taken = {
        raw.order_item_id.strip() for raw in data.items if raw.order_item_id.strip()
    } | reserved
    serial = 0
    for n, raw in enumerate(data.items, start=1):
        sku = raw.sku.strip()
        if not sku:
            raise BadInput(
                QT_TRANSLATE_NOOP("SellerError", "Item {number}: enter a SKU."), number=n
            )
        if not isinstance(raw.quantity, int) or raw.quantity < 1:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError",
                    "Item {number} ({sku}): the quantity must be a whole number of at least 1.",
                ),
                number=n,
                sku=sku,
            )
        price = _price(raw.item_price, n, sku)
        item_id = raw.order_item_id.strip()
        while not item_id:
            serial += 1
            candidate = f"{order_id}-{serial}"
            if candidate not in taken:
                item_id = candidate
                taken.add(item_id)
        items.append(
            OrderItem(
                order_item_id=item_id,
                sku=sku,
                quantity=raw.quantity,
                product_name=raw.product_name.strip(),
                item_price=price,
            )
        )
    if len({i.order_item_id for i in items}) != len(items):
        raise BadInput(QT_TRANSLATE_NOOP("SellerError", "Two items have the same item id."))
    return items


def _price(raw: str, n: int, sku: str) -> str | None:
    """Item ``n``'s price as the store keeps it (two decimals, a comma read as a point)."""
    price = raw.strip().replace(",", ".")
    if price:
        try:
            value = Decimal(price)
        except InvalidOperation:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError", "Item {number} ({sku}): the price {price!r} is not a number."
                ),
                number=n,
                sku=sku,
                price=raw,
            ) from None
        if value < 0 or not value.is_finite():
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError", "Item {number} ({sku}): the price cannot be negative."
                ),
                number=n,
                sku=sku,
            )
        price = f"{value:.2f}"
    return price or None


def _check_item_ids_free(store: Store, order: Order) -> None:
    """An item id belongs to one order; taking one from another order would move its item."""
    for item in order.items:
        row = store.conn.execute(
            "SELECT order_id FROM order_items WHERE order_item_id = ?", (item.order_item_id,)
        ).fetchone()
        if row is not None and row[0] != order.order_id:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError", "The item id {item_id} belongs to order {other_order}."
                ),
                item_id=item.order_item_id,
                other_order=row[0],
            )


def _shipped_kept(old: Order, order: Order) -> list[OrderItem]:
    """The old items the edit drops, the shipped counts copied onto ``order``'s items; BadInput if
    a dropped item was shipped or an item would keep fewer than were shipped (its shipments
    point at it)."""
    shipped = {i.order_item_id: i.quantity_shipped for i in old.items}
    for item in order.items:
        item.quantity_shipped = shipped.get(item.order_item_id, 0)
        if item.quantity < item.quantity_shipped:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError",
                    "Item {sku}: {shipped} already shipped, so the quantity cannot be "
                    "less than that.",
                ),
                sku=item.sku,
                shipped=item.quantity_shipped,
            )
    kept = {i.order_item_id for i in order.items}
    gone = [i for i in old.items if i.order_item_id not in kept]
    if any(i.quantity_shipped for i in gone):
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "An item that has already been shipped cannot be removed from the order.",
            )
        )
    return gone
