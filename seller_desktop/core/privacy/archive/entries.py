"""Archive entries: sealed at wipe time, listed by order id and end date, opened with the archive
passphrase, deleted after their end date without it.

Crash safety (the wipe and the archive are two files, so there is no shared transaction): the hook
is **archive-first and idempotent**. ``archive_before_wipe`` runs inside the store's wipe
transaction, before its DELETE, and commits the sealed entries to the archive file before the
store commits. A crash before the archive commit changes nothing; a crash between the two commits
leaves the entry archived and the contact row still in the store, so the next pass seals the same
order again and the entry is *replaced* (``order_id`` is the primary key): never lost, never
duplicated.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date, timezone
from pathlib import Path

from seller_desktop.core.base.clock import Clock, from_iso_utc
from seller_desktop.core.orders.model import CONTACT_FIELDS
from seller_desktop.core.privacy.archive import archive_file
from seller_desktop.core.privacy.archive.errors import (
    ArchiveDamaged,
    ArchiveNotSetUp,
    NoArchiveEntry,
    WrongArchivePassphrase,
)
from seller_desktop.core.privacy.archive.sealing import Sealer, unlock, unseal
from seller_desktop.core.settings import Settings, load_settings
from seller_desktop.core.store.events import log_event
from seller_desktop.core.store.store import Store

#: What an invoice needs of the buyer (the rest of the contact details is deleted as usual).
INVOICE_FIELDS = (
    "buyer_name",
    "company_name",
    "bill_name",
    "bill_address_1",
    "bill_address_2",
    "bill_address_3",
    "bill_city",
    "bill_region",
    "bill_postal_code",
    "bill_country",
    "tax_id",
    "purchase_order_number",
)
assert set(INVOICE_FIELDS) <= set(CONTACT_FIELDS)
_ITEM_FIELDS = (
    "order_item_id",
    "sku",
    "asin",
    "product_name",
    "quantity",
    "item_price",
    "item_tax",
    "shipping_price",
    "shipping_tax",
)
_ORDER_FIELDS = (
    "order_id",
    "marketplace",
    "status",
    "purchased_at",
    "shipped_on",
    "currency",
    "is_business",
    "ship_country",
    "ship_region",
)
DOCUMENT_FORMAT = 1


@dataclass(frozen=True)
class EntryInfo:
    """What anyone may see of an entry: which order, until when. No content."""

    order_id: str
    end_date: str  # YYYY-MM-DD, the last day it is kept
    archived_at: str


def archive_dir(store: Store) -> Path:
    """The archive folder next to the store: DATA/archive."""
    return store.path.parent / "archive"


def is_set_up(store: Store) -> bool:
    return archive_file.exists(archive_dir(store))


def today_of(now_iso: str) -> str:
    """The UTC day of an instant, as the archive's dates are compared (text, YYYY-MM-DD)."""
    return from_iso_utc(now_iso).date().isoformat()


def rule_end_date(order: dict, settings: Settings) -> str | None:
    """The last day the tax rule keeps this order's invoice fields, or None if it does not apply.

    Tax periods run from the end of the year of the sale (e.g. §147 AO: ten years from the end of
    the calendar year), the sale dated by shipping, else purchase. A cancelled order was never
    invoiced, so the rule keeps nothing of it (a legal hold still can).
    """
    if order["status"] == "cancelled":
        return None
    covered = order["marketplace"] in settings.tax_archive_marketplaces or (
        settings.tax_archive_business_orders and bool(order["is_business"])
    )
    if not covered:
        return None
    year = int((order["shipped_on"] or order["purchased_at"])[:4])
    return date(year + settings.tax_archive_years, 12, 31).isoformat()


def archive_before_wipe(store: Store, order_ids: list[str], now_iso: str) -> list[str]:
    """The wipe hook: seal the invoice fields of the orders under the tax rule or a legal hold.

    Called inside the wipe's store transaction with the orders that still have a contact row.
    Returns the order ids archived. Privacy wins: without an archive (or with an unreadable one)
    the wipe still deletes and the event log says how many orders were not archived. Only a busy
    archive (another process writing) raises, so the batch is retried at the next pass.
    """
    if not order_ids:
        return []
    settings = load_settings(store)
    folder = archive_dir(store)
    if not settings.tax_archive_on and not archive_file.exists(folder):
        return []
    today = today_of(now_iso)
    orders = _orders(store, order_ids)
    rule = {oid: end for oid, order in orders.items() if (end := rule_end_date(order, settings))}
    if not archive_file.exists(folder):
        if rule:
            log_event(
                store,
                "tax_archive_missing",
                f"tax archive not set up: {len(rule)} orders not archived",
            )
        return []
    try:
        with archive_file.connect(folder) as conn:
            purged = _purge(conn, today)
            holds = _holds(conn, orders, today)
            archived = _seal_entries(store, conn, orders, rule, holds, now_iso)
    except ArchiveDamaged as err:
        log_event(
            store,
            "tax_archive_failed",
            f"{err.__class__.__name__}: {len(rule)} orders "
            "under the tax rule not archived (legal holds unknown)",
        )
        return []
    if purged:
        log_event(
            store,
            "archive_purged",
            f"{len(purged)} entries past their end date: " + " ".join(purged),
        )
    if archived:
        log_event(store, "archived", f"{len(archived)} orders: " + " ".join(sorted(archived)))
    return sorted(archived)


def _holds(conn: sqlite3.Connection, orders: dict[str, dict], today: str) -> dict[str, str]:
    """The legal holds still running today on these orders: order id → last day held. A hold
    keeps an order's invoice fields whether or not the tax rule covers it."""
    marks = ", ".join("?" * len(orders))
    return dict(
        conn.execute(
            f"SELECT order_id, until FROM holds WHERE until >= ? AND order_id IN ({marks})",
            [today, *orders],
        )
    )


def _seal_entries(
    store: Store,
    conn: sqlite3.Connection,
    orders: dict[str, dict],
    rule: dict[str, str],
    holds: dict[str, str],
    now_iso: str,
) -> list[str]:
    """Seal and write the entry of every order the rule or a hold keeps; returns their ids.

    Each entry says why it is kept (``basis``) and is kept to the later of the two end dates.
    One ``Sealer`` for the batch: one key agreement, a fresh nonce per entry."""
    documents = _documents(store, [o for o in orders if o in rule or o in holds])
    sealer = Sealer(archive_file.key_record(conn).public_key)
    rows = []
    for order_id, document in documents.items():
        document.update(
            orders[order_id],
            archived_at=now_iso,
            basis=[
                b
                for b, on in (
                    ("tax_archive_rule", order_id in rule),
                    ("legal_hold", order_id in holds),
                )
                if on
            ],
        )
        end = max(rule.get(order_id, ""), holds.get(order_id, ""))
        plaintext = json.dumps(document, ensure_ascii=False, sort_keys=True).encode("utf-8")
        sealed = sealer.seal(order_id, plaintext)
        rows.append((order_id, end, rule.get(order_id), now_iso, sealed))
    conn.executemany(_UPSERT, rows)
    return [row[0] for row in rows]


def _orders(store: Store, order_ids: list[str]) -> dict[str, dict]:
    marks = ", ".join("?" * len(order_ids))
    rows = store.conn.execute(
        f"SELECT {', '.join(_ORDER_FIELDS)} FROM orders WHERE order_id IN ({marks})", order_ids
    )
    orders = {}
    for row in rows:
        order = dict(zip(_ORDER_FIELDS, row))
        order["is_business"] = bool(order["is_business"])
        orders[order.pop("order_id")] = order
    return orders


def _documents(store: Store, order_ids: list[str]) -> dict[str, dict]:
    """The invoice fields and items of these orders; orders with no invoice field held are left
    out (nothing personal to keep, and what is not personal stays in the store anyway)."""
    if not order_ids:
        return {}
    marks = ", ".join("?" * len(order_ids))
    documents: dict[str, dict] = {}
    for row in store.conn.execute(
        f"SELECT order_id, {', '.join(INVOICE_FIELDS)} FROM contact_details "
        f"WHERE order_id IN ({marks})",
        order_ids,
    ):
        invoice = dict(zip(INVOICE_FIELDS, row[1:]))
        if any(invoice.values()):
            documents[row[0]] = {
                "format": DOCUMENT_FORMAT,
                "order_id": row[0],
                "invoice": invoice,
                "items": [],
            }
    if documents:
        marks = ", ".join("?" * len(documents))
        for row in store.conn.execute(
            f"SELECT order_id, {', '.join(_ITEM_FIELDS)} FROM order_items "
            f"WHERE order_id IN ({marks}) ORDER BY order_id, order_item_id",
            list(documents),
        ):
            documents[row[0]]["items"].append(dict(zip(_ITEM_FIELDS, row[1:])))
    return documents


#: One entry per order: sealing again (after a crash between the two commits) replaces it and
#: keeps the later end dates.
_UPSERT = (
    "INSERT INTO entries (order_id, end_date, rule_end_date, archived_at, sealed) "
    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (order_id) DO UPDATE SET "
    "end_date = max(end_date, excluded.end_date), "
    "rule_end_date = coalesce(max(rule_end_date, excluded.rule_end_date), "
    "rule_end_date, excluded.rule_end_date), "
    "archived_at = excluded.archived_at, sealed = excluded.sealed"
)


def _purge(conn, today: str) -> list[str]:
    """Delete entries and holds past their end date (secure_delete zeroes their bytes).

    Sorted here, not in SQL: ``ORDER BY order_id`` made SQLite walk the whole primary key
    instead of the end-date index, at every wipe batch, so the cost grew with the archive."""
    gone = sorted(
        row[0] for row in conn.execute("SELECT order_id FROM entries WHERE end_date < ?", (today,))
    )
    conn.execute("DELETE FROM entries WHERE end_date < ?", (today,))
    conn.execute("DELETE FROM holds WHERE until < ?", (today,))
    return gone


def purge_expired(folder: Path, clock: Clock) -> list[str]:
    """Delete what is past its end date; needs no passphrase. Returns the order ids purged.

    Safe to call at any time and from any face; an archive not set up purges nothing.
    """
    if not archive_file.exists(folder):
        return []
    with archive_file.connect(folder) as conn:
        return _purge(conn, clock.now().astimezone(timezone.utc).date().isoformat())


def purge_and_log(store: Store) -> list[str]:
    """``purge_expired`` for the open store, noting what went in its event log (ids only)."""
    purged = purge_expired(archive_dir(store), store.clock)
    if purged:
        with store.transaction():
            log_event(
                store,
                "archive_purged",
                f"{len(purged)} entries past their end date: " + " ".join(purged),
            )
    return purged


def list_entries(store: Store) -> list[EntryInfo]:
    """Order ids and end dates of what the archive holds, soonest end first. No passphrase."""
    if not is_set_up(store):
        return []
    purge_and_log(store)
    with archive_file.connect(archive_dir(store)) as conn:
        return [
            EntryInfo(*row)
            for row in conn.execute(
                "SELECT order_id, end_date, archived_at FROM entries ORDER BY end_date, order_id"
            )
        ]


def open_entry(store: Store, order_id: str, passphrase: str) -> dict:
    """The archived invoice document of one order, with its end date. Needs the archive passphrase.

    Every attempt is written to the store's event log (order id only, never content): opened, or
    refused for a wrong passphrase.
    """
    if not is_set_up(store):
        raise ArchiveNotSetUp()
    purge_and_log(store)
    with archive_file.connect(archive_dir(store)) as conn:
        record = archive_file.key_record(conn)
        row = conn.execute(
            "SELECT end_date, sealed FROM entries WHERE order_id = ?", (order_id,)
        ).fetchone()
    if row is None:
        raise NoArchiveEntry(order_id)
    try:
        private_key = unlock(record, passphrase)
    except WrongArchivePassphrase:
        with store.transaction():
            log_event(store, "archive_open_refused", f"{order_id}: wrong archive passphrase")
        raise
    document = json.loads(unseal(private_key, order_id, bytes(row[1])).decode("utf-8"))
    document["end_date"] = row[0]
    with store.transaction():
        log_event(store, "archive_opened", f"{order_id}: archive entry opened")
    return document
