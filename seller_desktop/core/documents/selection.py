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
