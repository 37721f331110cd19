"""The open store: one keyed connection and the few operations every repository shares."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

import sqlcipher3

from ..clock import Clock, to_iso_utc
from .connection import Connection, quote_key, translate_busy


class Store:
    """An unlocked store. Repositories (orders, settings, events) take it as their first argument."""

    def __init__(self, conn: Connection, path: Path, clock: Clock) -> None:
        self.conn = conn
        self.path = path
        self.clock = clock
        self._depth = 0
        #: Per-connection caches of query helpers (e.g. the current search's matches), by name.
        self.caches: dict[str, object] = {}
        #: Called after each outermost COMMIT. ``open_store`` sets it so that the backups follow the
        #: wipe ledger whatever committed the change (a wipe, an erasure, a shipment, an import).
        self.after_commit: Callable[[], None] | None = None

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """BEGIN IMMEDIATE … COMMIT; nested calls join the outer transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlcipher3.OperationalError as err:
            raise translate_busy(err) from None
        self._depth = 1
        try:
            yield self.conn
        except BaseException:
            self._depth = 0
            self.conn.execute("ROLLBACK")
            raise
        self._depth = 0
        try:
            self.conn.execute("COMMIT")
        except sqlcipher3.OperationalError as err:
            self.conn.execute("ROLLBACK")
            raise translate_busy(err) from None
        if self.after_commit is not None:
            self.after_commit()

    def now_iso(self) -> str:
        return to_iso_utc(self.clock.now())

    def checkpoint(self) -> None:
        """Fold the WAL back into the main file and truncate it, so no old page lingers there."""
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def export_to(self, target: Path) -> None:
        """An encrypted copy via sqlcipher_export (never a raw copy of a live file).

        Attached without a KEY, the copy takes this store's key *and* salt: it opens with the
        passphrase like the store, and this connection can attach it again later without a key
        derivation (~0.2 ms instead of ~250 ms), which is what lets every wipe, with or without
        the passphrase at hand, bring the backups in line. ``target`` must not exist or be empty.
        """
        version = int(self.conn.execute("PRAGMA user_version").fetchone()[0])
        self.conn.execute("ATTACH DATABASE ? AS export", (str(target),))
        try:
            self.conn.execute("SELECT sqlcipher_export('export')").fetchall()
            self.conn.execute(f"PRAGMA export.user_version = {version}")
        finally:
            self.conn.execute("DETACH DATABASE export")

    def rekey(self, new_passphrase: str) -> None:
        """Re-encrypt every page under a new passphrase; the old one stops working."""
        self.conn.execute(f"PRAGMA rekey = {quote_key(new_passphrase)}").fetchall()
        self.checkpoint()

    def close(self) -> None:
        try:
            self.checkpoint()
        except sqlcipher3.Error:
            pass  # another process holds a read lock; the WAL is folded in at its next checkpoint
        self.conn.close()
