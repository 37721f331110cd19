"""The open store: its connections, who may use them, and the operations every repository shares.

One connection writes (``_writer``); it belongs to one thread at a time (see ``OwnedConnection``):
the thread that opened the store, or — for the length of a job — the window's worker, which
adopts it when the job begins and releases it when the job ends. A window also attaches a
read-only connection for its own (GUI) thread (``attach_reader``), so that what it shows is read
from the last committed state while a job writes, never from the job's open transaction. Another
thread that only reads (the Orders screen's search worker) may attach a reader of its own the same
way and detaches it before the store closes: readers are kept per thread.

``conn`` picks for the calling thread: the reader on the thread that owns it (outside that
thread's own write transaction), the writer everywhere else. Repositories keep writing
``store.conn`` and need not know which thread runs them; a path that reaches the writer from a
thread that does not own it fails at once (``WrongThread``), and a write started on the GUI
thread while a job holds the writer is refused with ``JobRunning``, a message for the seller.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlcipher3

from seller_desktop.core.base.clock import Clock, to_iso_utc
from seller_desktop.core.base.errors import JobRunning
from seller_desktop.core.store.connection import (
    Connection,
    connect_reader,
    derive_key,
    quote_key,
    translate_busy,
)


def export_schema(conn: Connection, schema: str, target: Path, key: str | None = None) -> None:
    """Copy the database ``schema`` of ``conn`` (main, or an attached one) into the new file
    ``target`` with ``sqlcipher_export``, schema version included. Without ``key`` the copy takes
    the key and salt of ``conn``'s main database (attachable later without a key derivation);
    with one (a ``PRAGMA key`` value) it is keyed so. ``target`` must not exist or be empty."""
    version = int(conn.execute(f"PRAGMA {schema}.user_version").fetchone()[0])
    if key is None:
        conn.execute("ATTACH DATABASE ? AS export_target", (str(target),))
    else:
        conn.execute("ATTACH DATABASE ? AS export_target KEY ?", (str(target), key))
    try:
        conn.execute(f"SELECT sqlcipher_export('export_target', '{schema}')").fetchall()
        conn.execute(f"PRAGMA export_target.user_version = {version}")
    finally:
        conn.execute("DETACH DATABASE export_target")


class Store:
    """An unlocked store. Repositories (orders, settings, events) take it as their first argument."""

    def __init__(self, conn: Connection, path: Path, clock: Clock) -> None:
        self._writer = conn
        #: Read-only connections by the thread that opened (and alone may use) each.
        self._readers: dict[int, Connection] = {}
        self.path = path
        self.clock = clock
        self._depth = 0
        self._caches: dict[int, dict[str, object]] = {}
        #: Called after each outermost COMMIT. ``open_store`` sets it so that the backups follow the
        #: wipe ledger whatever committed the change (a wipe, an erasure, a shipment, an import).
        self.after_commit: Callable[[], None] | None = None

    @property
    def conn(self) -> Connection:
        """The connection for the calling thread: see the module docstring."""
        reader = self._readers.get(threading.get_ident())
        if (
            reader is not None
            and reader.owned_here()
            and not (self._depth and self._writer.owned_here())
        ):
            if reader.key != self._writer.key:  # the passphrase changed: reopen under the new key
                return self._refresh_reader(reader)
            return reader
        return self._writer

    @property
    def caches(self) -> dict[str, object]:
        """Caches of query helpers (e.g. the current search's matches), by name — one set per
        connection, as what they remember (temp tables, change counters) belongs to it."""
        return self._caches.setdefault(id(self.conn), {})

    # -- who may use the writer ----------------------------------------------------------------

    @property
    def writer(self) -> Connection:
        """The writing connection, for work outside a transaction that must not fall to the
        window's read-only reader: ``ATTACH`` of a backup to wipe or export it (an attached file
        takes the connection's read-only mode). Usable only by the thread that holds it."""
        return self._writer

    def writer_owned_here(self) -> bool:
        return self._writer.owned_here()

    def release_writer(self) -> None:
        """The writer's owner hands it over (a job is about to run on the worker)."""
        self._writer.release()

    def adopt_writer(self) -> None:
        """Take the writer released by its last owner (the worker at a job's start; the GUI
        thread again when the job has ended)."""
        self._writer.adopt()

    def attach_reader(self) -> None:
        """Open the read-only connection for the calling thread (the window's GUI thread, or a
        thread that only reads, such as the Orders screen's search worker).

        Keyed with the writer's derived key: no second key derivation."""
        if threading.get_ident() in self._readers:
            return
        if self._writer.key is None:
            raise RuntimeError("the store's key is not known: it was opened without one")
        self._readers[threading.get_ident()] = connect_reader(self.path, self._writer.key)

    def detach_reader(self) -> None:
        """Close the calling thread's reader (a worker thread about to end); nothing if none."""
        reader = self._readers.pop(threading.get_ident(), None)
        if reader is not None:
            self._caches.pop(id(reader), None)
            reader.close()

    def _refresh_reader(self, reader: Connection) -> Connection:
        """After a passphrase change the reader's key is stale; its owner reopens it."""
        key = self._writer.key
        assert key is not None
        self.detach_reader()
        fresh = connect_reader(self.path, key)
        self._readers[threading.get_ident()] = fresh
        return fresh

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """BEGIN IMMEDIATE … COMMIT; nested calls join the outer transaction.

        On a thread that does not hold the writer (the GUI while a job runs) this refuses with
        ``JobRunning`` before anything is done."""
        if not self._writer.owned_here() and threading.get_ident() in self._readers:
            raise JobRunning()
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        try:
            self._writer.execute("BEGIN IMMEDIATE")
        except sqlcipher3.OperationalError as err:
            raise translate_busy(err) from None
        self._depth = 1
        try:
            yield self.conn
        except BaseException:
            self._depth = 0
            if (
                self._writer.in_transaction
            ):  # a failed write (disk full) may have rolled back already;
                self._writer.execute("ROLLBACK")  # a second ROLLBACK would hide the first error
            raise
        self._depth = 0
        try:
            self._writer.execute("COMMIT")
        except sqlcipher3.OperationalError as err:
            if self._writer.in_transaction:
                self._writer.execute("ROLLBACK")
            raise translate_busy(err) from None
        if self.after_commit is not None:
            self.after_commit()

    def now_iso(self) -> str:
        return to_iso_utc(self.clock.now())

    def checkpoint(self) -> None:
        """Fold the WAL back into the main file and truncate it, so no old page lingers there."""
        self._writer.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def export_to(self, target: Path) -> None:
        """An encrypted copy via sqlcipher_export (never a raw copy of a live file).

        Attached without a KEY, the copy takes this store's key *and* salt: it opens with the
        passphrase like the store, and this connection can attach it again later without a key
        derivation (~0.2 ms instead of ~250 ms), which is what lets every wipe, with or without
        the passphrase at hand, bring the backups in line. ``target`` must not exist or be empty.
        """
        export_schema(self._writer, "main", target)

    def rekey(self, new_passphrase: str) -> None:
        """Re-encrypt every page under a new passphrase; the old one stops working.

        SQLCipher keeps the file's salt, so the new raw key is derived from it; the window's
        reader reopens with it on its own thread (``conn`` sees the key changed)."""
        quoted = quote_key(new_passphrase)
        with open(self.path, "rb") as fh:
            salt = fh.read(16)
        key = derive_key(new_passphrase, salt)
        self._writer.execute(f"PRAGMA rekey = {quoted}").fetchall()
        self._writer.key = key
        self.checkpoint()

    def close(self) -> None:
        """Close the writer and this thread's reader; the caller owns them (the GUI thread after
        the jobs ended). Readers of other threads were detached by them before."""
        self.detach_reader()
        self._readers.clear()
        self._caches.clear()
        try:
            self.checkpoint()
        except sqlcipher3.Error:
            pass  # another process holds a read lock; the WAL is folded in at its next checkpoint
        self._writer.close()
