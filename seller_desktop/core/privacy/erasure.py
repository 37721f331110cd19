"""A buyer's rights: erasure on request (GDPR Art. 17) and a copy of what we hold (Art. 15).

Erasure goes through the same ``wipe_orders`` as the retention wipe, so it is as thorough (rows
deleted with secure_delete, the order marked wiped for good so no report brings the details back),
and it reaches every backup in backups/ before it returns.
Buyers are found by e-mail, and only among orders that still hold contact details: after a wipe
there is nothing left to find, which is the point.
"""

from __future__ import annotations

from dataclasses import asdict

from seller_desktop.core.base.clock import Clock, to_iso_utc
from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP
from seller_desktop.core.orders.repository import get_contact_details, get_order
from seller_desktop.core.privacy.backup_ledger import bring_backups_in_line, log_backup_actions
from seller_desktop.core.privacy.retention import WipeReport, checkpoint_or_explain, wipe_orders
from seller_desktop.core.store.store import Store


def orders_of_buyer(store: Store, email: str) -> list[str]:
    email = email.strip()
    if "@" not in email:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "Give the buyer's e-mail address as it appears on the order (with an @).",
            )
        )
    return [
        row[0]
        for row in store.conn.execute(
            "SELECT c.order_id FROM contact_details c JOIN orders o USING (order_id) "
            "WHERE c.buyer_email = ? COLLATE NOCASE AND o.retention_deadline > ? ORDER BY c.order_id",
            (email, store.now_iso()),
        )
    ]


def erase_orders(
    store: Store, order_ids: list[str], clock: Clock, report: WipeReport | None = None
) -> list[str]:
    """Remove these orders' contact details now; returns the ids that still held some.

    ``report.failed`` says so when another connection was reading and the WAL could not be
    folded in: the rows are gone, but the old pages (details included) stay in the main file until
    the next pass folds it in. The caller should tell the seller rather than report it done."""
    unknown = [i for i in order_ids if get_order(store, i) is None]
    if unknown:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError", "No such order in the store: {order_ids}. Nothing was erased."
            ),
            order_ids=", ".join(unknown),
        )
    if not order_ids:
        return []
    erased = wipe_orders(store, list(dict.fromkeys(order_ids)), to_iso_utc(clock.now()), "erasure")
    checkpoint_or_explain(store, report if report is not None else WipeReport())
    # Before returning, every backup: the buyer asked for the details to be gone, not to expire.
    log_backup_actions(store, bring_backups_in_line(store))
    return erased


def erase_buyer(
    store: Store, email: str, clock: Clock, report: WipeReport | None = None
) -> list[str]:
    return erase_orders(store, orders_of_buyer(store, email), clock, report)


def subject_export(store: Store, email: str) -> dict:
    """Everything the store holds about the buyer with this e-mail, as one JSON-ready document."""
    orders = []
    for order_id in orders_of_buyer(store, email):
        order = get_order(store, order_id)
        if order is None:
            # Deleted (or purged) between listing and reading: the store no longer holds it.
            continue
        contact = get_contact_details(store, order_id)
        orders.append(
            {
                "order_id": order.order_id,
                "marketplace": order.marketplace,
                "status": order.status,
                "purchased_at": order.purchased_at,
                "shipped_on": order.shipped_on,
                "retention_deadline": order.retention_deadline,
                "items": [
                    {
                        "sku": i.sku,
                        "product_name": i.product_name,
                        "quantity": i.quantity,
                        "item_price": i.item_price,
                    }
                    for i in order.items
                ],
                "contact_details": {k: v for k, v in asdict(contact).items() if v}
                if contact
                else {},
            }
        )
    return {
        "buyer_email": email.strip(),
        "generated_at": store.now_iso(),
        "orders": orders,
        "retention": "Contact details are deleted at the latest 30 days after delivery "
        "(Amazon Data Protection Policy); order records without them are kept.",
    }
