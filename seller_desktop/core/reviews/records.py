"""The store side of review requests: one row per order asked (or never to be asked through the
API), and the facts the seller recorded for the review window (schema 17). No HTTP here.

Each write is its own committed transaction: ``request_reviews_steps`` relies on a 'sending' row
being on disk before its POST leaves, so that a crash between the two is found at the next run.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from seller_desktop.core.store.store import Store

#: States after which the order is never asked again, by anyone.
ASKED = frozenset({"requested", "marked", "already"})
#: States that are final: nothing is sent for the order any more.
FINAL = ASKED | {"not_eligible"}


@dataclass(frozen=True)
class RequestRecord:
    order_id: str
    state: str
    how: str
    at: str
    reason: str | None = None


@dataclass(frozen=True)
class ReviewFacts:
    """What the seller recorded about an order, for the review window and the exclusions."""

    delivered_on: date | None = None
    refund_or_return: bool = False
    cancel_requested: bool = False


def request_records(
    store: Store, order_ids: Iterable[str] | None = None
) -> dict[str, RequestRecord]:
    """The recorded requests, all or those of ``order_ids``, by order id."""
    sql = "SELECT order_id, state, how, at, reason FROM review_requests"
    if order_ids is None:
        rows = store.conn.execute(sql).fetchall()
    else:
        ids = list(dict.fromkeys(order_ids))
        rows = []
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            marks = ", ".join("?" * len(part))
            rows += store.conn.execute(f"{sql} WHERE order_id IN ({marks})", part).fetchall()
    return {row[0]: RequestRecord(*row) for row in rows}


def write_request(
    store: Store, order_id: str, state: str, how: str, reason: str | None = None
) -> None:
    """Record (or move) the order's request state, committed before returning."""
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO review_requests (order_id, state, how, at, reason) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (order_id) DO UPDATE SET "
            "state = excluded.state, how = excluded.how, at = excluded.at, "
            "reason = excluded.reason",
            (order_id, state, how, store.now_iso(), reason),
        )


def forget_sending(store: Store, order_id: str) -> None:
    """Drop a 'sending' row whose POST Amazon refused outright (it was never made)."""
    with store.transaction() as conn:
        conn.execute(
            "DELETE FROM review_requests WHERE order_id = ? AND state = 'sending'", (order_id,)
        )


def sending_orders(store: Store) -> list[str]:
    """Orders whose POST may or may not have reached Amazon (a crash, a lost answer)."""
    rows = store.conn.execute(
        "SELECT order_id FROM review_requests WHERE state = 'sending' ORDER BY at, order_id"
    )
    return [row[0] for row in rows]


def review_facts(store: Store) -> dict[str, ReviewFacts]:
    rows = store.conn.execute(
        "SELECT order_id, delivered_on, refund_or_return, cancel_requested FROM review_facts"
    )
    return {
        row[0]: ReviewFacts(
            date.fromisoformat(row[1]) if row[1] else None, bool(row[2]), bool(row[3])
        )
        for row in rows
    }


def record_facts(store: Store, order_id: str, facts: ReviewFacts) -> None:
    """Replace what the seller recorded about the order (delivery day, refund, cancellation)."""
    with store.transaction() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO review_facts "
            "(order_id, delivered_on, refund_or_return, cancel_requested) VALUES (?, ?, ?, ?)",
            (
                order_id,
                facts.delivered_on.isoformat() if facts.delivered_on else None,
                int(facts.refund_or_return),
                int(facts.cancel_requested),
            ),
        )
