"""Which orders a print run covers: named ids, or every open order (optionally only unprinted ones).

Open means unshipped or partially shipped — pending orders are not paid yet and must not be
packed; shipped and cancelled ones have nothing left to pack. Queries come oldest first, the order
in which orders are due to leave.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from seller_desktop.core.store.store import Store

OPEN_STATUSES = ("unshipped", "partially_shipped")


def select_order_ids(
    store: Store, order_ids: Sequence[str] = (), *, unshipped: bool = False, unprinted: bool = False
) -> list[str]:
    """The ids to print, in print order; BadInput for an unknown id or an empty selection."""
    if order_ids and (unshipped or unprinted):
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError", "Give order ids or --unshipped / --unprinted, not both."
            )
        )
    if order_ids:
        ids = list(dict.fromkeys(i.strip() for i in order_ids if i.strip()))
        for order_id in ids:
            if (
                store.conn.execute(
                    "SELECT 1 FROM orders WHERE order_id = ?", (order_id,)
                ).fetchone()
                is None
            ):
                raise BadInput(
                    QT_TRANSLATE_NOOP(
                        "SellerError",
                        "There is no order {order_id} in the store. Nothing was printed.",
                    ),
                    order_id=order_id,
                )
    elif unshipped or unprinted:
        sql = (
            f"SELECT order_id FROM orders WHERE status IN ({', '.join('?' * len(OPEN_STATUSES))})"
            + (" AND printed_at IS NULL" if unprinted else "")
            + " ORDER BY purchased_at, order_id"
        )
        ids = [row[0] for row in store.conn.execute(sql, OPEN_STATUSES)]
    else:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError", "Choose orders: give their ids, or --unshipped or --unprinted."
            )
        )
    if not ids:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError", "There are no unprinted open orders: nothing to print."
            )
            if unprinted
            else QT_TRANSLATE_NOOP(
                "SellerError", "There are no unshipped orders: nothing to print."
            )
        )
    return ids


#: Why an order in a print run cannot ship (``cannot_ship``); the screens word them.
CANCELLED = "cancelled"
PENDING = "pending"
NO_CONTACT = "no_contact"
NOTHING_TO_SHIP = "nothing_to_ship"


def cannot_ship(store: Store, order_ids: Sequence[str]) -> dict[str, str]:
    """The orders of ``order_ids`` that cannot ship, each with the first reason why (in the
    ids' order): cancelled; pending (not paid yet); contact details removed or never held (no
    address to print); no item left to send (all shipped, or no items). Unknown ids are left
    alone (``select_order_ids`` names them). A slip for such an order sends a parcel nowhere
    or twice, so the screens ask before printing one."""
    held = (
        "(o.retention_deadline > ? AND EXISTS "
        "(SELECT 1 FROM contact_details c WHERE c.order_id = o.order_id))"
    )
    left = (
        "(SELECT coalesce(sum(max(i.quantity - i.quantity_shipped, 0)), 0) "
        "FROM order_items i WHERE i.order_id = o.order_id)"
    )
    ids = list(dict.fromkeys(order_ids))
    found: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        rows = store.conn.execute(
            f"SELECT o.order_id, o.status, {held}, {left} FROM orders o "
            f"WHERE o.order_id IN ({', '.join('?' * len(part))})",
            [store.now_iso(), *part],
        )
        for order_id, status, holds_contact, to_send in rows:
            reason = (
                CANCELLED
                if status == "cancelled"
                else PENDING
                if status == "pending"
                else NO_CONTACT
                if not holds_contact
                else NOTHING_TO_SHIP
                if not to_send
                else None
            )
            if reason:
                found[order_id] = reason
    return {i: found[i] for i in ids if i in found}
