"""Legal holds: one order kept past its deadline (its invoice fields, sealed in the archive) for a
reason and until a day the seller names.

A hold lives in the archive file, so it needs the archive to be set up but never its passphrase.
The reason is the seller's own text, stored readable there (``holds`` lists it without the
passphrase), so it never goes to the event log, a log file or an error message, and the screens
ask the seller not to write a buyer's name into it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP
from seller_desktop.core.privacy.archive import archive_file
from seller_desktop.core.privacy.archive.entries import archive_dir, purge_and_log, today_of
from seller_desktop.core.settings import TAX_ARCHIVE_YEARS_RANGE
from seller_desktop.core.store.events import log_event
from seller_desktop.core.store.store import Store

MAX_REASON = 300


@dataclass(frozen=True)
class Hold:
    order_id: str
    reason: str
    until: str  # YYYY-MM-DD, the last day the hold keeps the order
    created_at: str
    #: Whether the order's invoice fields are already sealed in the archive (wiped since).
    archived: bool = False


def place_hold(store: Store, order_id: str, reason: str, until: date) -> Hold:
    """Keep this order's invoice fields past its deadline until ``until`` (inclusive).

    Placing it again replaces reason and end day. The order must still hold its contact details,
    or already have an archive entry (whose end date then follows the hold). Logged with order id
    and day only.
    """
    reason = _clean_reason(reason)
    today = today_of(store.now_iso())
    _check_until(until, today)
    folder = archive_dir(store)
    purge_and_log(store)
    with archive_file.connect(folder) as conn:
        if (
            store.conn.execute("SELECT 1 FROM orders WHERE order_id = ?", (order_id,)).fetchone()
            is None
        ):
            raise BadInput(
                QT_TRANSLATE_NOOP("SellerError", "There is no order {order_id} in this store."),
                order_id=order_id,
            )
        held = (
            store.conn.execute(
                "SELECT 1 FROM contact_details WHERE order_id = ?", (order_id,)
            ).fetchone()
            is not None
        )
        entry = conn.execute(
            "SELECT rule_end_date FROM entries WHERE order_id = ?", (order_id,)
        ).fetchone()
        if not held and entry is None:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError",
                    "The contact details of order {order_id} are already removed, so there "
                    "is nothing left to hold. No hold was placed.",
                ),
                order_id=order_id,
            )
        now = store.now_iso()
        conn.execute(
            "INSERT INTO holds (order_id, reason, until, created_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (order_id) DO UPDATE SET reason = excluded.reason, until = excluded.until",
            (order_id, reason, until.isoformat(), now),
        )
        if entry is not None:
            conn.execute(
                "UPDATE entries SET end_date = max(coalesce(rule_end_date, ''), ?) "
                "WHERE order_id = ?",
                (until.isoformat(), order_id),
            )
        created = conn.execute(
            "SELECT created_at FROM holds WHERE order_id = ?", (order_id,)
        ).fetchone()[0]
    with store.transaction():
        log_event(store, "legal_hold", f"{order_id} until {until.isoformat()}")
    return Hold(order_id, reason, until.isoformat(), created, archived=entry is not None)


def list_holds(store: Store) -> list[Hold]:
    """Holds still running, soonest end first. No passphrase needed."""
    if not archive_file.exists(archive_dir(store)):
        return []
    purge_and_log(store)
    with archive_file.connect(archive_dir(store)) as conn:
        rows = conn.execute(
            "SELECT h.order_id, h.reason, h.until, h.created_at, e.order_id IS NOT NULL "
            "FROM holds h LEFT JOIN entries e USING (order_id) ORDER BY h.until, h.order_id"
        ).fetchall()
    return [Hold(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows]


def release_hold(store: Store, order_id: str) -> bool:
    """End a hold now. If the order was already archived only for the hold, its entry is deleted
    (secure_delete); if the tax rule keeps it too, it stays until the rule's end date.

    Returns whether an archive entry was deleted. BadInput if there is no such hold.
    """
    with archive_file.connect(archive_dir(store)) as conn:
        if conn.execute("DELETE FROM holds WHERE order_id = ?", (order_id,)).rowcount == 0:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError",
                    "There is no legal hold on order {order_id}. Nothing was changed.",
                ),
                order_id=order_id,
            )
        deleted = (
            conn.execute(
                "DELETE FROM entries WHERE order_id = ? AND rule_end_date IS NULL", (order_id,)
            ).rowcount
            > 0
        )
        conn.execute("UPDATE entries SET end_date = rule_end_date WHERE order_id = ?", (order_id,))
    with store.transaction():
        log_event(
            store, "legal_hold_released", order_id + (": archive entry deleted" if deleted else "")
        )
    return deleted


def _clean_reason(reason: str) -> str:
    reason = " ".join((reason or "").split())
    if not reason:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError", 'Give a reason for the hold, e.g. "tax audit 2027" or a case number.'
            )
        )
    if len(reason) > MAX_REASON:
        raise BadInput(
            QT_TRANSLATE_NOOP("SellerError", "The reason can have at most {limit} characters."),
            limit=MAX_REASON,
        )
    if any(unicodedata.category(ch) == "Cc" for ch in reason):
        raise BadInput(
            QT_TRANSLATE_NOOP("SellerError", "The reason must be plain text on one line.")
        )
    return reason


def _check_until(until: date, today: str) -> None:
    if until.isoformat() < today:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError", "The hold's end day {day} has passed; choose today or later."
            ),
            day=until.isoformat(),
        )
    limit = date.fromisoformat(today).replace(
        year=date.fromisoformat(today).year + TAX_ARCHIVE_YEARS_RANGE[1]
    )
    if until > limit:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError", "A hold can last at most {years} years (until {until})."
            ),
            years=TAX_ARCHIVE_YEARS_RANGE[1],
            until=limit.isoformat(),
        )
