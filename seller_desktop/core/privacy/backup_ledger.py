"""Every backup in backups/ follows the store's wipe ledger: what the store wiped or erased, and
the store's current deadlines.

A backup is a snapshot: made before an order shipped, it still carries the unshipped order's
deadline (purchase + 60 days), and it knows nothing of an erasure made after it. So the store's
ledger is applied to every copy whenever the ledger moves (a wipe, an erasure, a deadline moved
earlier — see schema 10) and whenever a deadline held in a copy comes. Applying it never deletes
the copy (it holds the seller's orders, shipments and campaigns): it deletes the contact details
the store no longer keeps and lowers the copy's deadlines to the store's.

Backups are written under the store's own key and salt (``Store.export_to``), so the store's
connection attaches them without a key derivation and without the passphrase: the hourly pass
brings them in line as well as the open does. A file that cannot be attached that way is
re-encrypted under the store's key when the passphrase is at hand (a backup made by an older
version, or dropped into the folder by the seller), and deleted otherwise or if it cannot be opened
at all: a copy we cannot wipe must not outlive its deadline.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from seller_desktop.core.base.private_files import claimed_temp, remove_abandoned_temp_files
from seller_desktop.core.privacy.label_wipe import (
    delete_label_documents,
    has_labels,
    orders_holding_labels_sql,
)
from seller_desktop.core.store.events import log_event
from seller_desktop.core.store.store import Store, export_schema

if TYPE_CHECKING:
    from seller_desktop.core.store.connection import Connection

#: Backups live here, beside the store (``AppPaths.backups``).
BACKUPS_FOLDER = "backups"


@dataclass(frozen=True)
class BackupAction:
    """What bringing one backup in line did (file names are timestamps; no contact details)."""

    name: str
    action: str  # "wiped", "kept", "deleted"
    detail: str = ""


@dataclass
class Rollback:
    """What restoring a backup over the store undoes: order ids only."""

    shipped: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.shipped or self.changed)


class CannotAttach(Exception):
    """The file does not open under the store's key (another key, damaged, not a store)."""


def backups_of(store: Store) -> Path:
    return store.path.parent / BACKUPS_FOLDER


def ledger_seq(conn, schema: str = "main") -> int:
    row = conn.execute(f"SELECT seq FROM {schema}.wipe_ledger WHERE id = 1").fetchone()
    return int(row[0]) if row else 0


def earliest_held_deadline(conn, schema: str = "main") -> str | None:
    """The first deadline among the orders in ``schema`` that still hold contact details."""
    row = conn.execute(
        f"SELECT min(o.retention_deadline) FROM {schema}.orders o WHERE o.order_id IN "
        f"({_holding(conn, schema)})"
    ).fetchone()
    return row[0] if row else None


def has_ledger(conn) -> bool:
    """False only while a store older than schema 10 is being migrated (its backup first)."""
    return (
        conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'backup_copies'").fetchone()
        is not None
    )


def ledger_point(store: Store) -> tuple[int, str | None]:
    """Read before a backup is exported: the ledger point and earliest deadline it will hold.

    Read before (not after) the export, so a change committed while the export runs leaves the
    backup behind the ledger, and the next pass brings it in line, rather than counted as seen.
    """
    with store.transaction() as conn:
        return (ledger_seq(conn) if has_ledger(conn) else 0), earliest_held_deadline(conn)


def record_copy(store: Store, name: str, point: tuple[int, str | None]) -> None:
    """Remember what a backup has seen; before schema 10 nothing is kept (the first pass after the
    migration opens the unknown file and records it)."""
    if not has_ledger(store.conn):
        return
    with store.transaction() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO backup_copies (name, seen_seq, next_deadline) VALUES (?, ?, ?)",
            (name, point[0], point[1]),
        )


def forget_copy(store: Store, name: str) -> None:
    with store.transaction() as conn:
        conn.execute("DELETE FROM backup_copies WHERE name = ?", (name,))


def bring_backups_in_line(
    store: Store, passphrase: str | None = None, folder: Path | None = None
) -> list[BackupAction]:
    """Apply the store's ledger to every ``*.db`` in backups/ that is behind it or has a deadline
    due; returns what was done to each (one "kept" per file left alone).

    ``passphrase`` (at open) lets a file under another key be re-encrypted instead of deleted.
    Half-written copies that a killed process left (``private_files.remove_abandoned_temp_files``)
    go first: not being ``*.db`` files, nothing else would ever wipe them.
    """
    folder = folder or backups_of(store)
    remove_abandoned_temp_files(folder)
    remove_abandoned_temp_files(store.path.parent)
    now = store.now_iso()
    seq = ledger_seq(store.conn)
    known = {
        name: (seen, due)
        for name, seen, due in store.conn.execute(
            "SELECT name, seen_seq, next_deadline FROM backup_copies"
        )
    }
    files = sorted(f for f in folder.glob("*.db") if f.is_file()) if folder.is_dir() else []
    actions = []
    for file in files:
        seen = known.get(file.name)
        if seen is not None and seen[0] >= seq and (seen[1] is None or seen[1] > now):
            actions.append(BackupAction(file.name, "kept"))
            continue
        actions.append(_bring_in_line(store, file, seq, now, passphrase))
    gone = set(known) - {f.name for f in files}
    if gone:
        with store.transaction() as conn:
            conn.executemany(
                "DELETE FROM backup_copies WHERE name = ?", [(n,) for n in sorted(gone)]
            )
    return actions


def _bring_in_line(
    store: Store, file: Path, seq: int, now: str, passphrase: str | None
) -> BackupAction:
    try:
        try:
            removed, earliest = wipe_copy(store, file, now)
        except CannotAttach:
            if passphrase is None:
                raise
            rekey_to_store(store, file, passphrase)
            removed, earliest = wipe_copy(store, file, now)
    except CannotAttach:
        delete_copy(store, file)
        return BackupAction(file.name, "deleted", "could not be opened to wipe it")
    record_copy(store, file.name, (seq, earliest))
    if removed:
        return BackupAction(file.name, "wiped", f"{removed} orders' contact details removed")
    return BackupAction(file.name, "kept", "in line with the store")


def wipe_copy(store: Store, file: Path, now: str) -> tuple[int, str | None]:
    """Attach ``file`` under the store's key, apply the ledger, detach; (orders wiped, earliest
    deadline still held). Raises CannotAttach if it does not open so or is not a store."""
    with attached(store, file, "copy"):
        removed = apply_ledger(store.writer, "copy", now)
        earliest = earliest_held_deadline(store.writer, "copy")
    _remove_side_files(file)
    return removed, earliest


class attached:  # noqa: N801 - read as a context manager: `with attached(store, file, ...)`
    """``ATTACH`` a file to the store's connection under the store's key for the ``with`` block."""

    def __init__(self, store: Store, file: Path, schema: str, key: str | None = None) -> None:
        # The writer, also on a thread that reads through a reader: an ATTACH there would be
        # read-only, and the ledger could not be applied to the file.
        self.conn, self.file, self.schema, self.key = store.writer, file, schema, key

    def __enter__(self) -> str:
        try:
            if self.key is None:
                self.conn.execute(f"ATTACH DATABASE ? AS {self.schema}", (str(self.file),))
            else:
                self.conn.execute(
                    f"ATTACH DATABASE ? AS {self.schema} KEY ?", (str(self.file), self.key)
                )
        except sqlcipher3.DatabaseError:
            try:
                self.conn.execute(f"DETACH DATABASE {self.schema}")
            except sqlcipher3.Error:
                pass  # the failed ATTACH left nothing attached
            raise CannotAttach(self.file.name) from None
        try:
            tables = {
                row[0]
                for row in self.conn.execute(
                    f"SELECT name FROM {self.schema}.sqlite_master WHERE type = 'table'"
                )
            }
            if not {"orders", "contact_details"} <= tables:
                raise CannotAttach(self.file.name)
        except sqlcipher3.DatabaseError:
            self.conn.execute(f"DETACH DATABASE {self.schema}")
            raise CannotAttach(self.file.name) from None
        except CannotAttach:
            self.conn.execute(f"DETACH DATABASE {self.schema}")
            raise
        return self.schema

    def __exit__(self, *exc: object) -> None:
        self.conn.execute(f"DETACH DATABASE {self.schema}")


def apply_ledger(conn, schema: str, now: str, *, every_deadline: bool = False) -> int:
    """Bring the attached copy ``schema`` in line with the store (``main``) in one transaction;
    returns how many orders' contact details were deleted from it.

    Details go for every order the store wiped or erased and every order whose deadline — the
    earlier of the copy's and the store's — has come. Work is driven by the copy's own contact
    rows (a few weeks of orders), not by the store's whole history. ``every_deadline`` (restore)
    lowers the deadline of every order, not only those holding details, and marks every order
    the store wiped as wiped in the copy too, so no later report brings details back. Works on
    every schema since 1 (``contact_wiped_at`` is used only where it exists). When details went,
    the copy's contact pages are scrubbed in the same transaction (``core.scrub``): the copy was
    exported while they were held, and a page split may have left copies of them in unused space.
    """
    from seller_desktop.core.privacy.scrub import scrub_contact_pages

    has_mark = _has_wipe_mark(conn, schema)
    conn.execute(f"PRAGMA {schema}.secure_delete = ON")
    conn.execute("BEGIN IMMEDIATE")
    try:
        _lower_deadlines(conn, schema, every_deadline)
        due = _due_orders(conn, schema, now)
        conn.executemany(
            f"DELETE FROM {schema}.contact_details WHERE order_id = ?", [(i,) for i in due]
        )
        delete_label_documents(conn, due, schema)  # labels carry the address (label_wipe)
        if has_mark:
            _mark_wiped(conn, schema, due, now, every_deadline)
        if due:
            scrub_contact_pages(conn, schema)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # a failed write (a full disk) has rolled it back already
            conn.execute("ROLLBACK")
        raise
    return len(due)


def _has_wipe_mark(conn: Connection, s: str) -> bool:
    """Whether the copy's schema has ``orders.contact_wiped_at`` (schema 3 on: an older copy has
    nowhere to record a wipe)."""
    return any(
        row[1] == "contact_wiped_at" for row in conn.execute(f"PRAGMA {s}.table_info(orders)")
    )


def _lower_deadlines(conn: Connection, s: str, every_deadline: bool) -> None:
    """Lower the copy's deadlines to the store's where the store's come earlier (never raise
    them: the earlier deadline wins); only of orders holding details unless ``every_deadline``."""
    scope = "" if every_deadline else f"AND b.order_id IN ({_holding(conn, s)})"
    conn.execute(
        f"UPDATE {s}.orders AS b SET retention_deadline = m.retention_deadline "
        f"FROM main.orders AS m WHERE m.order_id = b.order_id "
        f"AND m.retention_deadline < b.retention_deadline {scope}"
    )


def _due_orders(conn: Connection, s: str, now: str) -> list[str]:
    """The copy's orders holding details (label documents included) whose deadline has come, or
    that the store wiped or erased: driven by the copy's own rows, not the store's history."""
    return [
        row[0]
        for row in conn.execute(
            f"SELECT b.order_id FROM {s}.orders b LEFT JOIN main.orders m USING (order_id) "
            f"WHERE b.order_id IN ({_holding(conn, s)}) "
            f"AND (b.retention_deadline <= ? OR m.contact_wiped_at IS NOT NULL)",
            (now,),
        )
    ]


def _holding(conn: Connection, s: str) -> str:
    """A SELECT of the copy's orders holding contact rows or label documents."""
    labels = f" UNION {orders_holding_labels_sql(s)}" if has_labels(conn, s) else ""
    return f"SELECT order_id FROM {s}.contact_details{labels}"


def _mark_wiped(conn: Connection, s: str, due: list[str], now: str, every_deadline: bool) -> None:
    """Mark the orders whose details just went as wiped in the copy; with ``every_deadline``
    (restore) also every order the store wiped, so no later report brings details back."""
    conn.executemany(
        f"UPDATE {s}.orders SET contact_wiped_at = ? WHERE order_id = ? "
        "AND contact_wiped_at IS NULL",
        [(now, i) for i in due],
    )
    if every_deadline:
        conn.execute(
            f"UPDATE {s}.orders AS b SET contact_wiped_at = m.contact_wiped_at "
            f"FROM main.orders AS m WHERE m.order_id = b.order_id "
            f"AND m.contact_wiped_at IS NOT NULL AND b.contact_wiped_at IS NULL"
        )


def rekey_to_store(store: Store, file: Path, passphrase: str) -> None:
    """Re-encrypt a backup that opens with the passphrase but not under the store's key and salt
    (made by an older version, or elsewhere) so the store can attach it from now on.

    Raises CannotAttach if the passphrase does not open it either. The file is replaced only
    once the new copy is complete; the new copy is a claimed temporary file, so a kill leaves a
    leftover that the next open removes, never a copy beside the backups that no wipe reaches.
    """
    with claimed_temp(file.parent) as fresh:
        with attached(store, file, "old", key=passphrase) as old:
            export_schema(store.writer, old, fresh)
        os.replace(fresh, file)
    _remove_side_files(file)


def delete_copy(store: Store, file: Path) -> None:
    file.unlink(missing_ok=True)
    _remove_side_files(file)
    forget_copy(store, file.name)


def rollback_of(conn, schema: str) -> Rollback:
    """What replacing the store (``main``) by the attached backup ``schema`` would undo."""
    s = schema
    shipped = [
        row[0]
        for row in conn.execute(
            f"SELECT m.order_id FROM main.orders m LEFT JOIN {s}.orders b ON b.order_id = m.order_id "
            "WHERE m.status = 'shipped' AND (b.order_id IS NULL OR b.status <> 'shipped') "
            "ORDER BY m.order_id"
        )
    ]
    changed = [
        row[0]
        for row in conn.execute(
            f"SELECT m.order_id FROM main.orders m LEFT JOIN {s}.orders b ON b.order_id = m.order_id "
            "WHERE (b.order_id IS NULL OR m.updated_at > b.updated_at) ORDER BY m.order_id"
        )
    ]
    taken = set(shipped)
    return Rollback(shipped, [i for i in changed if i not in taken])


class BackupFollower:
    """``Store.after_commit`` for an open store: when a commit moved the ledger, bring the backups
    in line at once (an erasure or a shipment must not wait for the hourly pass).

    It costs one tiny read per commit; it never raises into the committing code: a failure is
    logged (type only) and the next pass retries, because the backups stay behind the ledger.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.seen = ledger_seq(store.conn)
        self._busy = False

    def __call__(self) -> None:
        if self._busy:
            return
        self._busy = True
        try:
            seq = ledger_seq(self.store.conn)
            if seq == self.seen:
                return
            actions = bring_backups_in_line(self.store)
            self.seen = seq
            log_backup_actions(self.store, actions)
        except Exception as err:  # noqa: BLE001 - the backups stay behind the ledger: retried
            try:
                with self.store.transaction():
                    log_event(self.store, "backups_follow_failed", type(err).__name__)
            except Exception:  # noqa: BLE001 - the disk itself is failing; the pass reports it
                pass
        finally:
            self._busy = False


@contextmanager
def following_held(store: Store) -> Iterator[None]:
    """No following per commit inside the block: a pass that wipes in batches brings the backups
    in line once, at its end, and reports what it did to them."""
    follower, store.after_commit = store.after_commit, None
    try:
        yield
    finally:
        store.after_commit = follower
        if isinstance(follower, BackupFollower):
            follower.seen = ledger_seq(store.conn)


def log_backup_actions(store: Store, actions: list[BackupAction]) -> None:
    """Backups deleted or wiped, by file name (timestamps only, never contact details)."""
    changed = [a for a in actions if a.action != "kept"]
    if changed:
        with store.transaction():
            for action in changed:
                log_event(store, f"backup_{action.action}", f"{action.name}: {action.detail}")


def _remove_side_files(file: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        file.with_name(file.name + suffix).unlink(missing_ok=True)
