"""The shipment a bought label records, and taking it back when the label is voided.

``ship_by_label`` goes through ``orders.shipping.ship`` like every shipment, with
``confirm_via = "buy_shipping"`` (Amazon confirms a label it sold by itself). ``unship_label``
is its reverse for a voided label: only that shipment is removed, its units counted as not
shipped, and the order's status, ship date and retention deadline computed again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from seller_desktop.core.orders.repository import get_order
from seller_desktop.core.orders.shipping import ShipmentRequest, ship
from seller_desktop.core.privacy.deadlines import compute_deadline
from seller_desktop.core.settings import load_settings
from seller_desktop.core.store.events import log_event

if TYPE_CHECKING:
    from seller_desktop.core.store.store import Store


def ship_by_label(
    store: Store, order_id: str, carrier: str, tracking: str, service: str
) -> int | None:
    """Ship the units still to ship; None (nothing recorded) when none are left or the order was
    cancelled meanwhile: the label is bought either way and must not be lost to a refusal."""
    order = get_order(store, order_id)
    if order is None or order.status == "cancelled":
        return None
    if all(i.quantity_shipped >= i.quantity for i in order.items):
        return None
    day = store.clock.now().astimezone().date()
    request = ShipmentRequest(order_id, day, carrier, tracking, service, confirm_via="buy_shipping")
    return ship(store, request)


def unship_label(store: Store, order_id: str, tracking: str) -> bool:
    """Remove the order's ``buy_shipping`` shipment with this tracking number (inside the
    caller's transaction); False when there is none (nothing changed)."""
    conn = store.conn
    row = conn.execute(
        "SELECT shipment_id FROM shipments WHERE order_id = ? AND confirm_via = 'buy_shipping' "
        "AND tracking_number = ? ORDER BY shipment_id DESC LIMIT 1",
        (order_id, tracking),
    ).fetchone()
    if row is None:
        return False
    shipment_id = row[0]
    conn.execute(
        "UPDATE order_items SET quantity_shipped = quantity_shipped - (SELECT quantity FROM "
        "shipment_items si WHERE si.shipment_id = ? AND si.order_item_id = "
        "order_items.order_item_id) WHERE order_item_id IN (SELECT order_item_id FROM "
        "shipment_items WHERE shipment_id = ?)",
        (shipment_id, shipment_id),
    )
    conn.execute("DELETE FROM shipment_items WHERE shipment_id = ?", (shipment_id,))
    conn.execute("DELETE FROM shipments WHERE shipment_id = ?", (shipment_id,))
    order = get_order(store, order_id)
    assert order is not None
    shipped = any(i.quantity_shipped for i in order.items)
    order.status = "partially_shipped" if shipped else "unshipped"
    (order.shipped_on,) = conn.execute(
        "SELECT max(ship_date) FROM shipments WHERE order_id = ?", (order_id,)
    ).fetchone()
    deadline = compute_deadline(order, load_settings(store).retention_days)
    conn.execute(
        "UPDATE orders SET status = ?, shipped_on = ?, retention_deadline = ?, updated_at = ? "
        "WHERE order_id = ?",
        (order.status, order.shipped_on, deadline, store.now_iso(), order_id),
    )
    log_event(store, "unshipped", f"{order_id} shipment {shipment_id} (label voided)")
    return True
