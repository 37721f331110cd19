"""Backups: encrypted SQLCipher exports, never raw copies, and never a way around the wipe.

Each backup's earliest retention deadline of the contact details it holds is kept in
``backups/index.json`` (dates only). Whenever the store is opened (the passphrase is known then),
every backup that may hold something past its deadline — by the index, or unknown to it — is opened
and wiped; the hourly pass, which has no passphrase, deletes such a backup instead. "Restore from file"
(moving to a new PC) goes through ``open_store`` and so wipes as it opens.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from ..paths import AppPaths
from .clock import Clock, from_iso_utc, to_iso_utc
from .errors import BadInput, NotAStore, StoreExists, StoreTooNew, WrongPassphrase
from .store.connection import connect
from .store.events import log_event
from .store.store import Store

INDEX = "index.json"
KEEP_DAILY = 7


@dataclass(frozen=True)
class BackupAction:
    name: str
    action: str  # "wiped", "kept", "deleted"
    detail: str = ""


def earliest_held_deadline(conn) -> str | None:
    row = conn.execute(
        "SELECT min(o.retention_deadline) FROM orders o "
        "WHERE EXISTS (SELECT 1 FROM contact_details c WHERE c.order_id = o.order_id)").fetchone()
    return row[0] if row else None


def back_up(store: Store, target: Path, passphrase: str, backups_dir: Path | None = None) -> Path:
    """An encrypted copy of the store at ``target`` (keyed with the store's passphrase)."""
    store.export_to(target, passphrase)
    if backups_dir is not None and target.parent == backups_dir:
        _record(backups_dir, target.name, earliest_held_deadline(store.conn))
    with store.transaction():
        log_event(store, "backup", target.name if target.parent == backups_dir else "to a file")
    return target


def daily_backup(store: Store, paths: AppPaths, passphrase: str, clock: Clock) -> Path | None:
    """One backup a day in backups/, the last seven kept."""
    daily = sorted(paths.backups.glob("daily-*.db"))
    now = clock.now()
    if daily:
        newest = from_iso_utc(_stamp_to_iso(daily[-1].stem.removeprefix("daily-")))
        if now - newest < timedelta(hours=24):
            return None
    target = paths.backups / f"daily-{now.strftime('%Y%m%dT%H%M%SZ')}.db"
    back_up(store, target, passphrase, paths.backups)
    for old in sorted(paths.backups.glob("daily-*.db"))[:-KEEP_DAILY]:
        _delete(paths.backups, old)
    return target


def daily_backup_on_own_connection(paths: AppPaths, passphrase: str, clock: Clock) -> Path | None:
    """``daily_backup`` for a background thread (a full export takes seconds on a big store).

    It works on a connection of its own, so the window keeps reading through its connection, and
    wipes or imports on the window's worker, while the export runs (WAL lets them proceed).
    """
    conn = connect(paths.store, passphrase)
    try:
        return daily_backup(Store(conn, paths.store, clock), paths, passphrase, clock)
    finally:
        conn.close()


def wipe_backups(paths: AppPaths, passphrase: str, clock: Clock) -> list[BackupAction]:
    """Open each backup that may hold details past their deadline and delete those details; a
    backup that cannot be opened with this passphrase (or at all) is deleted.

    A backup whose indexed earliest deadline still lies ahead is not opened: it holds nothing to
    wipe, and each opening costs a key derivation (~0.2 s) that would slow every start.
    """
    from .store.migrations import schema_version

    now = to_iso_utc(clock.now())
    index = _load(paths.backups)
    actions = []
    for file in sorted(paths.backups.glob("*.db")):
        if file.name in index and (index[file.name] is None or index[file.name] > now):
            actions.append(BackupAction(file.name, "kept"))
            continue
        try:
            conn = connect(file, passphrase)
        except (WrongPassphrase, NotAStore):
            _delete(paths.backups, file)
            actions.append(BackupAction(file.name, "deleted", "could not be opened to wipe it"))
            continue
        try:
            if schema_version(conn) < 1:
                raise NotAStore(file.name)
            # Version-independent: every schema since 1 has these tables and columns.
            conn.execute("BEGIN IMMEDIATE")
            removed = conn.execute(
                "DELETE FROM contact_details WHERE order_id IN "
                "(SELECT order_id FROM orders WHERE retention_deadline <= ?)", (now,)).rowcount
            conn.execute("COMMIT")
            earliest = earliest_held_deadline(conn)
        except Exception:  # noqa: BLE001 - a damaged backup is deleted rather than left unwiped
            conn.close()
            _delete(paths.backups, file)
            actions.append(BackupAction(file.name, "deleted", "damaged; could not be wiped"))
            continue
        conn.close()
        _remove_journal(file)
        _record(paths.backups, file.name, earliest)
        actions.append(BackupAction(file.name, "wiped" if removed else "kept",
                                    f"{removed} orders' contact details removed" if removed else ""))
    return actions


def delete_overdue_backups(paths: AppPaths, clock: Clock) -> list[BackupAction]:
    """Without the passphrase (the hourly pass): delete every backup that may now hold details past
    their deadline, judged by the index; a backup the index does not know is deleted too."""
    now = to_iso_utc(clock.now())
    index = _load(paths.backups)
    actions = []
    for file in sorted(paths.backups.glob("*.db")):
        if file.name not in index:
            _delete(paths.backups, file)
            actions.append(BackupAction(file.name, "deleted", "not known to the backup index"))
            continue
        earliest = index[file.name]
        if earliest is not None and earliest <= now:
            _delete(paths.backups, file)
            actions.append(BackupAction(file.name, "deleted", "held contact details now past their deadline"))
    return actions


def restore(source: Path, paths: AppPaths, passphrase: str, *, replace: bool = False) -> None:
    """Put a backup in place of the store (or as the store on a new PC). The caller then opens it
    with ``open_store``, which migrates it and wipes what is past its deadline before any read.

    An existing store is kept as ``backups/before-restore-….db`` first (only with ``replace``).
    """
    from .store.migrations import LATEST, schema_version

    if not source.is_file():
        raise BadInput(f"There is no file {source.name} to restore from.")
    probe = connect(source, passphrase)  # WrongPassphrase / NotAStore speak for themselves
    try:
        found = schema_version(probe)
        if found > LATEST:
            raise StoreTooNew(found, LATEST)
        if found < 1:
            raise NotAStore(source.name)
    finally:
        probe.close()
    paths.ensure()
    if paths.store.exists():
        if not replace:
            raise StoreExists(str(paths.data_dir))
        current = connect(paths.store, passphrase)
        try:
            store = Store(current, paths.store, _NoClock())
            store.export_to(paths.backups / "before-restore.db", passphrase)
        finally:
            current.close()
    staging = paths.store.with_name("store.db.restoring")
    source_conn = connect(source, passphrase)
    try:
        Store(source_conn, source, _NoClock()).export_to(staging, passphrase)
    finally:
        source_conn.close()
    for suffix in ("-wal", "-shm"):
        paths.store.with_name("store.db" + suffix).unlink(missing_ok=True)
    os.replace(staging, paths.store)


class _NoClock:
    """Export needs no time; a Store wants a clock object."""

    def now(self):  # pragma: no cover - never called by export
        raise AssertionError("no clock during restore")

    def monotonic(self) -> float:  # pragma: no cover
        return 0.0


def _stamp_to_iso(stamp: str) -> str:
    return f"{stamp[0:4]}-{stamp[4:6]}-{stamp[6:8]}T{stamp[9:11]}:{stamp[11:13]}:{stamp[13:15]}Z"


def _load(folder: Path) -> dict[str, str | None]:
    try:
        return json.loads((folder / INDEX).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _record(folder: Path, name: str, earliest: str | None) -> None:
    index = _load(folder)
    index[name] = earliest
    _save(folder, index)


def _save(folder: Path, index: dict[str, str | None]) -> None:
    tmp = folder / (INDEX + ".tmp")
    tmp.write_text(json.dumps(index, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, folder / INDEX)


def _delete(folder: Path, file: Path) -> None:
    file.unlink(missing_ok=True)
    _remove_journal(file)
    index = _load(folder)
    index.pop(file.name, None)
    _save(folder, index)


def _remove_journal(file: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        file.with_name(file.name + suffix).unlink(missing_ok=True)
