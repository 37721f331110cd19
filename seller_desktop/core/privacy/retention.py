"""Retention: the wipe that removes contact details past their deadline, and the seller's
extensions of an open order.

The wipe runs inside ``open_store`` before anything can read an order. It deletes the rows with
secure_delete on and truncates the WAL; the privacy work extends it (archive, backups) without
changing where it is called. The rule itself — when details must be gone — is ``deadlines``, a
pure function the order model uses too.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from datetime import timedelta

from seller_desktop.core.base.clock import Clock, to_iso_utc
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP
from seller_desktop.core.privacy.deadlines import (
    EXTENSION_DAYS,
    OPEN_ORDER_WARNING_DAYS,
    OPEN_STATUSES,
    compute_deadline,
)


@dataclass
class WipeReport:
    """What a retention pass did: counts and order ids only, never contact details."""

    wiped_order_ids: list[str] = field(default_factory=list)
    failed: str | None = None

    @property
    def count(self) -> int:
        return len(self.wiped_order_ids)


#: Orders wiped per transaction: a crash loses at most one batch's work, never leaves half a batch.
WIPE_BATCH = 500


def due_for_wipe(conn, now_iso: str) -> list[str]:
    """Orders past their deadline not yet marked wiped (with or without a contact row left).

    Marking every such order, even one that never held details, keeps this query a short range
    over the deadline index at every open, and stops a later report from adding details to it.
    """
    return [
        row[0]
        for row in conn.execute(
            "SELECT order_id FROM orders WHERE contact_wiped_at IS NULL AND retention_deadline <= ? "
            "ORDER BY retention_deadline, order_id",
            (now_iso,),
        )
    ]


def wipe_steps(
    store, clock: Clock, batch: int = WIPE_BATCH, report: WipeReport | None = None
) -> Generator[tuple[int, int], None, WipeReport]:
    """The retention wipe as steps: yields (orders done, orders due) after each committed batch.

    Each batch is one transaction, so killing the process mid-wipe leaves whole batches wiped and
    the rest due; the next pass (at the next open) finishes it. Rows go with secure_delete on; the
    last batch also scrubs the contact pages (``scrub``: no stale copy of a wiped detail left in a
    page's unused space), in its own transaction, so a pass killed before it leaves orders due and
    the next pass scrubs; at the end the WAL is checkpointed and truncated so no old page image
    survives there — also when nothing is due but the WAL holds frames: an erasure or wipe whose
    checkpoint was blocked by a reader left the old pages in the main file, and this is the "next
    pass" that folds them in (a window stays open for days; its store is closed only at exit).
    """
    now = to_iso_utc(clock.now())
    due = due_for_wipe(store.conn, now)
    report = report if report is not None else WipeReport()
    yield 0, len(due)
    for start in range(0, len(due), batch):
        chunk = due[start : start + batch]
        last = start + batch >= len(due)
        report.wiped_order_ids += wipe_orders(store, chunk, now, "wipe", scrub=last)
        yield start + len(chunk), len(due)
    if due or wal_has_frames(store):
        checkpoint_or_explain(store, report)
    return report


def wal_has_frames(store) -> bool:
    """Whether the store's WAL holds anything not yet truncated (a size check, no lock taken)."""
    wal = store.path.with_name(store.path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def wipe_orders(
    store, order_ids: list[str], now_iso: str, kind: str, *, scrub: bool = True
) -> list[str]:
    """Delete these orders' contact details in one transaction and mark them wiped for good.

    Their label documents go too (``label_wipe``: a label carries the address).
    Returns the ids that still had a contact row. The event log names order ids only. With
    ``scrub`` (the default; the batched wipe asks for it on its last batch only) the contact
    pages are rebuilt in the same transaction (``core.scrub``), so no copy of a deleted detail
    survives in a page's unused space.
    """
    from seller_desktop.core.privacy.label_wipe import delete_label_documents
    from seller_desktop.core.privacy.scrub import scrub_contact_pages
    from seller_desktop.core.store.events import (
        log_event,  # local: store.events imports nothing of ours back
    )

    with store.transaction() as conn:
        marks = ", ".join("?" * len(order_ids))
        held = [
            row[0]
            for row in conn.execute(
                f"SELECT order_id FROM contact_details WHERE order_id IN ({marks}) ORDER BY order_id",
                order_ids,
            )
        ]
        from seller_desktop.core.privacy.archive import (
            archive_before_wipe,  # local: archive imports orders, which imports us
        )

        archive_before_wipe(store, held, now_iso)  # tax rule / legal hold: sealed first, idempotent
        conn.execute(f"DELETE FROM contact_details WHERE order_id IN ({marks})", order_ids)
        delete_label_documents(conn, order_ids)  # labels carry the address: contact details
        conn.execute(
            f"UPDATE orders SET contact_wiped_at = ? WHERE order_id IN ({marks}) "
            "AND contact_wiped_at IS NULL",
            [now_iso, *order_ids],
        )
        if held:
            log_event(store, kind, f"{len(held)} orders: " + " ".join(held))
        if scrub:
            scrub_contact_pages(conn)
    return held


def checkpoint_or_explain(store, report: WipeReport) -> None:
    """Truncate the WAL; if another process is reading, say so: the old frames stay until then."""
    busy, _, _ = store.writer.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy:
        report.failed = (
            "another Seller Desktop window or command is reading the store, so old "
            "copies in its write-ahead log could not be cleared yet; retried at the next pass"
        )


def apply_retention(
    store, clock: Clock, progress: Callable[[int, int], None] | None = None
) -> WipeReport:
    """Run the whole wipe now (at open, hourly, on wake). A failure is reported, not raised:
    reading stays guarded by the deadline and the next pass retries. ``progress(done, due)`` is
    called after each batch (the GUI shows a progress dialog when many orders are due)."""
    report = WipeReport()
    try:
        for done, due in wipe_steps(store, clock, report=report):
            if progress is not None:
                progress(done, due)
    except Exception as err:  # noqa: BLE001 - reported in status as wipe_failed
        from seller_desktop.core.store.environment import translate_environment

        refused = translate_environment(err, store.path.parent)
        cause = "the disk refused to save (it is probably full)" if refused else type(err).__name__
        report.failed = f"{cause}: the wipe will be retried at the next start"
    purge_archive(store)
    return report


def purge_archive(store) -> None:
    """Archive entries past their end date go too (no passphrase needed). A damaged archive is
    logged as the archive's own problem and never stops the wipe or the opening of the store.
    Without an archive (an empty folder) nothing is loaded: the archive package brings the
    cryptography modules, 0.2 s at every open of a store that never set one up."""
    folder = store.path.parent / "archive"
    if not folder.is_dir() or not any(folder.iterdir()):
        return
    try:
        from seller_desktop.core.privacy.archive import (
            purge_and_log,  # local: archive imports orders, which imports us
        )

        purge_and_log(store)
    except Exception as err:  # noqa: BLE001 - shown on the Privacy screen through the log
        from seller_desktop.core.store.events import log_event

        with store.transaction():
            log_event(store, "archive_purge_failed", type(err).__name__)


#: The statuses an order cannot be given more time in, as catalogue texts for the message.
_CLOSED = {
    "shipped": QT_TRANSLATE_NOOP("SellerError", "shipped"),
    "cancelled": QT_TRANSLATE_NOOP("SellerError", "cancelled"),
}


def extend_open_order(store, order_id: str, clock: Clock) -> str:
    """Give an open order 30 more days before its details are wiped; returns the new deadline.

    Only while it still holds its details and is neither shipped nor cancelled: after shipping the
    delivery rule applies, and nothing can bring wiped details back.
    """
    from seller_desktop.core.base.errors import BadInput
    from seller_desktop.core.orders.repository import get_order
    from seller_desktop.core.store.events import log_event

    now = to_iso_utc(clock.now())
    with store.transaction() as conn:
        order = get_order(store, order_id)
        if order is None:
            raise BadInput(
                QT_TRANSLATE_NOOP("SellerError", "There is no order {order_id} in the store."),
                order_id=order_id,
            )
        if order.status not in OPEN_STATUSES:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError",
                    "Order {order_id} is {status}: only orders still to ship can be given "
                    "more time.",
                ),
                order_id=order_id,
                status=_CLOSED.get(order.status, order.status.replace("_", " ")),
            )
        if not order.has_contact_details:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError",
                    "Order {order_id} holds no contact details any more; there is nothing to keep.",
                ),
                order_id=order_id,
            )
        order.retention_extension_days += EXTENSION_DAYS
        deadline = compute_deadline(order, 30)
        conn.execute(
            "UPDATE orders SET retention_extension_days = ?, retention_deadline = ?, "
            "updated_at = ? WHERE order_id = ?",
            (order.retention_extension_days, deadline, now, order_id),
        )
        log_event(store, "retention_extended", f"{order_id} +{EXTENSION_DAYS} days to {deadline}")
    return deadline


def open_orders_near_cap(store, clock: Clock) -> list[tuple[str, str]]:
    """(order id, deadline) of orders still to ship, holding details, 45+ days after purchase."""
    now = clock.now()
    since = to_iso_utc(now - timedelta(days=OPEN_ORDER_WARNING_DAYS))
    marks = ", ".join("?" * len(OPEN_STATUSES))
    return [
        tuple(row)
        for row in store.conn.execute(
            f"SELECT o.order_id, o.retention_deadline FROM orders o WHERE o.status IN ({marks}) "
            "AND o.purchased_at <= ? AND o.retention_deadline > ? AND EXISTS "
            "(SELECT 1 FROM contact_details c WHERE c.order_id = o.order_id) "
            "ORDER BY o.retention_deadline",
            (*OPEN_STATUSES, since, to_iso_utc(now)),
        )
    ]


def wiped_order_ids(conn) -> set[str]:
    """Orders whose contact details were wiped: no report or sync may bring them back."""
    return {
        row[0]
        for row in conn.execute("SELECT order_id FROM orders WHERE contact_wiped_at IS NOT NULL")
    }


def contact_was_wiped(store, order_id: str) -> bool:
    """Whether this order's details were wiped or erased (its deadline may since have moved)."""
    row = store.conn.execute(
        "SELECT contact_wiped_at FROM orders WHERE order_id = ?", (order_id,)
    ).fetchone()
    return bool(row and row[0])


def set_retention_days(store, days: int):
    """Save the retention setting and recompute the deadline of every order not wiped yet, in one
    transaction; a shorter period takes effect at the next pass (at once at the next open).
    Returns the saved Settings."""
    from dataclasses import replace

    from seller_desktop.core.orders.model import Order
    from seller_desktop.core.settings import load_settings, save_settings
    from seller_desktop.core.store.events import log_event

    columns = (
        "order_id",
        "marketplace",
        "purchased_at",
        "status",
        "latest_delivery_date",
        "shipped_on",
        "delivered_on",
        "cancelled_on",
        "retention_extension_days",
    )
    with store.transaction() as conn:
        saved = save_settings(store, replace(load_settings(store), retention_days=days))
        rows = conn.execute(
            f"SELECT {', '.join(columns)} FROM orders WHERE contact_wiped_at IS NULL"
        ).fetchall()
        updates = []
        for row in rows:
            order = Order(**dict(zip(columns, row)))
            updates.append((compute_deadline(order, saved.retention_days), order.order_id))
        conn.executemany("UPDATE orders SET retention_deadline = ? WHERE order_id = ?", updates)
        log_event(
            store, "retention_days_set", f"{saved.retention_days} days; {len(updates)} deadlines"
        )
    return saved
