"""The queue of shipments Amazon hears of through the API, as the store holds it.

A shipment recorded while an account covers the order's marketplace has ``confirm_via = 'api'``
(schema 11). This module reads and resets the queue — the Orders screen's detail pane and the
CLI's ``confirmations`` list it — without loading anything of the network; ``confirmations``
sends it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from seller_desktop.core.store.store import Store


@dataclass(frozen=True)
class QueuedConfirmation:
    shipment_id: int
    order_id: str
    marketplace: str
    ship_date: str
    carrier_code: str
    carrier_name: str
    tracking_number: str
    ship_method: str
    attempts: int
    error: str | None
    confirmed_at: str | None
    next_at: str | None

    @property
    def state(self) -> str:
        if self.confirmed_at:
            return "confirmed"
        return "failed" if self.error else "queued"


_SELECT = (
    "SELECT s.shipment_id, s.order_id, o.marketplace, s.ship_date, s.carrier_code, "
    "s.carrier_name, s.tracking_number, s.ship_method, s.api_attempts, s.api_error, "
    "s.confirmed_at, s.api_next_at FROM shipments s JOIN orders o USING (order_id) "
    "WHERE s.confirm_via = 'api'"
)


def list_confirmations(store: Store) -> list[QueuedConfirmation]:
    """Every shipment that goes to Amazon through the API, newest first."""
    rows = store.conn.execute(_SELECT + " ORDER BY s.shipment_id DESC").fetchall()
    return [QueuedConfirmation(*r) for r in rows]


def unconfirmed(store: Store) -> list[QueuedConfirmation]:
    """The shipments still waiting for Amazon, oldest first (due or not)."""
    rows = store.conn.execute(
        _SELECT + " AND s.confirmed_at IS NULL ORDER BY s.shipment_id"
    ).fetchall()
    return [QueuedConfirmation(*r) for r in rows]


def pending_count(store: Store) -> int:
    return int(
        store.conn.execute(
            "SELECT count(*) FROM shipments WHERE confirm_via = 'api' AND confirmed_at IS NULL"
        ).fetchone()[0]
    )


def retry_now(store: Store, order_ids: list[str] | None = None) -> int:
    """The seller asks: try the failed (or held) confirmations again at the next run."""
    where = "confirm_via = 'api' AND confirmed_at IS NULL"
    args: list[str] = []
    if order_ids:
        where += f" AND order_id IN ({','.join('?' * len(order_ids))})"
        args = list(order_ids)
    with store.transaction() as conn:
        return int(
            conn.execute(f"UPDATE shipments SET api_next_at = NULL WHERE {where}", args).rowcount
        )
