"""Backups: encrypted SQLCipher exports, never raw copies, and never a way around the wipe.

Every ``*.db`` in ``backups/`` is a backup, whether the daily job, a migration, a restore or
``backup --out`` wrote it there, and every one follows the store's wipe ledger
(``backup_ledger``). A backup written anywhere else is the seller's file: it keeps the details it
holds until the seller deletes it, and a restore wipes it to the ledger again.

Restore never resurrects: over an existing store, the current store's ledger (what it wiped or
erased, its current deadlines) is applied to the restored copy before it replaces the store; on a
new PC (no store) the backup's own deadlines apply as it opens.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from seller_desktop.core.base.clock import Clock, SystemClock, from_iso_utc, to_iso_utc
from seller_desktop.core.base.errors import (
    BadInput,
    NotAStore,
    StoreDamaged,
    StoreExists,
    StoreTooNew,
)
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP
from seller_desktop.core.base.private_files import claimed_temp, private_output
from seller_desktop.core.privacy.backup_ledger import (
    CannotAttach,
    Rollback,
    apply_ledger,
    attached,
    delete_copy,
    ledger_point,
    ledger_seq,
    record_copy,
    rollback_of,
)
from seller_desktop.core.store.connection import DatabaseError, connect, translate_damage
from seller_desktop.core.store.events import log_event
from seller_desktop.core.store.store import Store, export_schema
from seller_desktop.paths import AppPaths

KEEP_DAILY = 7
BEFORE_RESTORE = "before-restore.db"


def back_up(store: Store, target: Path, backups_dir: Path | None = None) -> Path:
    """An encrypted copy of the store at ``target`` (it opens with the store's passphrase).

    Written to a new temporary file beside ``target`` and renamed onto it, so a link placed at
    ``target`` is refused and never followed. In ``backups_dir`` it is recorded as a copy that
    follows the wipe ledger; elsewhere it is the seller's file.
    """
    inside = backups_dir is not None and target.parent.resolve() == backups_dir.resolve()
    point = ledger_point(store)
    target.parent.mkdir(parents=True, exist_ok=True)
    with private_output(target, create=True) as temp:
        store.export_to(temp)
    if inside:
        record_copy(store, target.name, point)
    with store.transaction():
        log_event(store, "backup", target.name if inside else "to a file of the seller's")
    return target


def daily_backup(store: Store, paths: AppPaths, clock: Clock) -> Path | None:
    """One backup a day in backups/, the last seven kept."""
    daily = sorted(paths.backups.glob("daily-*.db"))
    now = clock.now()
    if daily:
        newest = from_iso_utc(_stamp_to_iso(daily[-1].stem.removeprefix("daily-")))
        if now - newest < timedelta(hours=24):
            return None
    target = paths.backups / f"daily-{now.strftime('%Y%m%dT%H%M%SZ')}.db"
    back_up(store, target, paths.backups)
    for old in sorted(paths.backups.glob("daily-*.db"))[:-KEEP_DAILY]:
        delete_copy(store, old)
    return target


@dataclass(frozen=True)
class RestorePlan:
    """What a restore will do, for the seller to confirm: order ids only."""

    source: Path
    replaces_store: bool
    #: None when the store now is damaged: what it held cannot be read to compare.
    rollback: Rollback | None


def plan_restore(source: Path, paths: AppPaths, passphrase: str) -> RestorePlan:
    """Check the backup opens and is not from a newer version; over a store, say what it undoes."""
    from seller_desktop.core.store.migrations import LATEST, schema_version

    if not source.is_file():
        raise BadInput(
            QT_TRANSLATE_NOOP("SellerError", "There is no file {name} to restore from."),
            name=source.name,
        )
    probe = connect(source, passphrase)  # WrongPassphrase / NotAStore speak for themselves
    try:
        found = schema_version(probe)
        if found > LATEST:
            raise StoreTooNew(found, LATEST)
        if found < 1:
            raise NotAStore(source.name)
    finally:
        probe.close()
    if not paths.store.exists():
        return RestorePlan(source, False, Rollback())
    try:
        current = Store(connect(paths.store, passphrase), paths.store, SystemClock())
    except StoreDamaged:
        return RestorePlan(source, True, None)
    try:
        with attached(current, source, "src", key=passphrase):
            rollback: Rollback | None = rollback_of(current.conn, "src")
    except DatabaseError as err:
        if not isinstance(translate_damage(err), StoreDamaged):
            raise
        rollback = None
    finally:
        current.conn.close()
    return RestorePlan(source, True, rollback)


def preview_rollback(store: Store, source: Path) -> Rollback | None:
    """For the window, before the passphrase is asked: what restoring ``source`` over ``store``
    undoes; None when the file is not under the store's key (made elsewhere or before a
    passphrase change) or not a store."""
    try:
        with attached(store, source, "src"):
            return rollback_of(store.conn, "src")
    except CannotAttach:
        return None


def restore(
    source: Path,
    paths: AppPaths,
    passphrase: str,
    *,
    replace: bool = False,
    clock: Clock | None = None,
) -> None:
    """Put a backup in place of the store (or as the store on a new PC). The caller then opens it
    with ``open_store``, which migrates it and wipes what is past its deadline before any read.

    Over a store (only with ``replace``): the store is kept as ``backups/before-restore.db``
    (a backup like any other, so it follows the ledger too), then the backup is copied under the
    store's key — the other backups stay attachable — and the store's ledger is applied to the
    copy before it replaces the store.
    """
    plan_restore(source, paths, passphrase)
    clock = clock or SystemClock()
    paths.ensure()
    for suffix in ("", "-journal"):  # left by a version that staged under a fixed name
        paths.store.with_name("store.db.restoring" + suffix).unlink(missing_ok=True)
    if paths.store.exists() and not replace:
        raise StoreExists(str(paths.data_dir))
    # The staging copy is a claimed temporary file: killed mid-restore, it is a leftover that the
    # next open removes (it holds the backup's details, and no wipe would ever reach it).
    with claimed_temp(paths.data_dir) as staging:
        if paths.store.exists():
            try:
                _restore_over(source, paths, passphrase, clock, staging)
            except (StoreDamaged, DatabaseError) as err:
                if not isinstance(translate_damage(err), StoreDamaged):
                    raise
                _empty(staging)
                set_aside_damaged(paths, clock)
        if not paths.store.exists():
            conn = connect(source, passphrase)
            try:
                Store(conn, source, clock).export_to(staging)
                _forget_copies(conn, staging)
            finally:
                conn.close()
        for suffix in ("-wal", "-shm"):
            paths.store.with_name("store.db" + suffix).unlink(missing_ok=True)
        os.replace(staging, paths.store)


def _empty(file: Path) -> None:
    """Make a half-written staging copy an empty file again (it stays claimed), sides removed."""
    os.truncate(file, 0)
    for suffix in ("-journal", "-wal", "-shm"):
        file.with_name(file.name + suffix).unlink(missing_ok=True)


def set_aside_damaged(paths: AppPaths, clock: Clock) -> Path:
    """Move a damaged store (and its WAL) out of the way, never overwriting it: the seller or a
    helper may still rescue something from it. Its contact details stay encrypted in it; the
    seller deletes it once the restore has worked."""
    stamp = clock.now().strftime("%Y%m%dT%H%M%SZ")
    kept = paths.store.with_name(f"store.db.damaged-{stamp}")
    n = 1
    while kept.exists():
        n += 1
        kept = paths.store.with_name(f"store.db.damaged-{stamp}-{n}")
    for suffix in ("-wal", "-shm"):
        side = paths.store.with_name("store.db" + suffix)
        if side.exists():
            os.replace(side, kept.with_name(kept.name + suffix))
    os.replace(paths.store, kept)
    return kept


def _restore_over(
    source: Path, paths: AppPaths, passphrase: str, clock: Clock, staging: Path
) -> None:
    current = Store(connect(paths.store, passphrase), paths.store, clock)
    try:
        back_up(current, paths.backups / BEFORE_RESTORE, paths.backups)
        seq = ledger_seq(current.conn)
        with attached(current, source, "src", key=passphrase):
            export_schema(current.conn, "src", staging)
        with attached(current, staging, "restored"):
            apply_ledger(current.conn, "restored", to_iso_utc(clock.now()), every_deadline=True)
            _forget_copies(current.conn, "restored", seq)
    finally:
        current.close()


def _forget_copies(conn, where: Path | str, seq: int = 0) -> None:
    """The restored store starts with no record of backups, so it brings every backup in line
    at its first open, and at least at the current store's ledger point (never behind it)."""
    schema = where if isinstance(where, str) else None
    if schema is None:
        conn.execute("ATTACH DATABASE ? AS restored", (str(where),))
        schema = "restored"
    try:
        tables = {
            row[0]
            for row in conn.execute(f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table'")
        }
        if "backup_copies" in tables:
            conn.execute(f"DELETE FROM {schema}.backup_copies")
            conn.execute(f"UPDATE {schema}.wipe_ledger SET seq = max(seq, ?) + 1", (seq,))
    finally:
        if isinstance(where, Path):
            conn.execute("DETACH DATABASE restored")


def _stamp_to_iso(stamp: str) -> str:
    return f"{stamp[0:4]}-{stamp[4:6]}-{stamp[6:8]}T{stamp[9:11]}:{stamp[11:13]}:{stamp[13:15]}Z"
