"""The one way into a store, shared by the GUI and the CLI.

resolve paths → open with the passphrase → verify the key → settle what a killed process left
(a passphrase change half installed, half-written copies) → migrate (backup first) → apply
retention → hand back the store and the wipe report. Nothing can read an order before the wipe
has run, because there is no other function that returns a ``Store``.

Settling comes right after the key is verified (never before: a wrong passphrase changes nothing)
and before anything else can write: a backup left under the old key by a passphrase change that
was killed after the store's rekey is installed under the new key here, before the wipe's pass
over backups/ would find it unattachable and delete it (``passphrase.py``); temporary copies a
killed backup, migration or restore left (``private_files.remove_abandoned_temp_files``) go too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from seller_desktop.core.base.clock import Clock, SystemClock
from seller_desktop.core.base.errors import StoreExists, StoreMissing, StoreTooNew
from seller_desktop.core.base.private_files import remove_abandoned_temp_files
from seller_desktop.core.labels.ledger import unresolved
from seller_desktop.core.passphrase import settle_passphrase_change
from seller_desktop.core.privacy.backup_ledger import (
    BackupFollower,
    bring_backups_in_line,
    log_backup_actions,
)
from seller_desktop.core.privacy.backups import back_up
from seller_desktop.core.privacy.retention import WipeReport, apply_retention
from seller_desktop.core.settings import Settings, save_settings
from seller_desktop.core.store import migrations
from seller_desktop.core.store.connection import (
    check_passphrase_strength,
    connect,
    derive_key,
    enable_wal,
    salt_of,
)
from seller_desktop.core.store.environment import translate_environment
from seller_desktop.core.store.events import log_event
from seller_desktop.core.store.store import Store
from seller_desktop.paths import AppPaths


@dataclass
class OpenedStore:
    store: Store
    wipe_report: WipeReport
    migrated_to: list[int]
    #: What the wipe did to each file in backups/ (names and actions, no contact details).
    backup_actions: list = field(default_factory=list)
    #: Label purchases settled (or still unknown) at the open (``labels.reconcile``), to show.
    label_notes: list = field(default_factory=list)


def open_store(
    paths: AppPaths,
    passphrase: str,
    clock: Clock | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> OpenedStore:
    """Open, verify, migrate and wipe; ``progress(done, due)`` follows the wipe's batches."""
    clock = clock or SystemClock()
    if not paths.store.exists():
        raise StoreMissing(str(paths.data_dir))
    try:
        paths.ensure()
        return _open(paths, passphrase, clock, progress)
    except Exception as err:
        refused = translate_environment(err, paths.data_dir)  # a full disk, a read-only folder
        if refused is None:
            raise
        raise refused from err


def create_store(
    paths: AppPaths, passphrase: str, settings: Settings, clock: Clock | None = None
) -> OpenedStore:
    """First run: a new, empty store at the latest schema with the seller's settings."""
    clock = clock or SystemClock()
    check_passphrase_strength(passphrase)
    settings = settings.validated()
    paths.ensure()
    if paths.store.exists():
        raise StoreExists(str(paths.data_dir))
    opened = None
    try:
        opened = _open(paths, passphrase, clock)
        save_settings(opened.store, settings)
        with opened.store.transaction():
            log_event(opened.store, "store_created", f"schema {migrations.LATEST}")
    except BaseException:
        # Half-created (disk full, a bug): leave nothing, so the next start sets up afresh
        # instead of asking for the passphrase of a store that never got its settings.
        if opened is not None:
            opened.store.conn.close()
        for suffix in ("", "-wal", "-shm", "-journal"):
            paths.store.with_name(paths.store.name + suffix).unlink(missing_ok=True)
        raise
    return opened


def _open(
    paths: AppPaths,
    passphrase: str,
    clock: Clock,
    progress: Callable[[int, int], None] | None = None,
) -> OpenedStore:
    conn = connect(paths.store, passphrase)
    try:
        found = migrations.schema_version(conn)
        if found > migrations.LATEST:
            raise StoreTooNew(found, migrations.LATEST)
        enable_wal(conn)
        store = Store(conn, paths.store, clock)
        settle_passphrase_change(store)
        for folder in (paths.data_dir, paths.backups):
            remove_abandoned_temp_files(folder)

        def backup_first(current: int, migration: migrations.Migration) -> None:
            if current == 0 or current != found:
                return  # a brand-new store has nothing to lose; one backup per upgrade is enough
            stamp = clock.now().strftime("%Y%m%dT%H%M%SZ")
            target = paths.backups / f"before-migration-v{found}-to-v{migrations.LATEST}-{stamp}.db"
            back_up(store, target, paths.backups)

        applied = migrations.migrate(conn, before_each=backup_first)
        if conn.key is None:  # a new file: SQLCipher chose its salt; derive once, as it did
            salt = salt_of(paths.store)
            if salt is not None:
                conn.key = derive_key(passphrase, salt)
        if applied and applied[0] > 1:
            with store.transaction():
                log_event(store, "migrated", " ".join(f"v{v}" for v in applied))
        report = apply_retention(store, clock, progress)
        actions = _wipe_backups(store, passphrase)
        # From here on, whatever moves the ledger (an erasure, a shipment) reaches the backups at once.
        store.after_commit = BackupFollower(store)
        # A label bought while a crash or a lost answer kept it from the store is settled now,
        # with the same key (never bought twice); nothing is sent when none is open.
        notes = []
        if unresolved(store):  # the HTTP client is loaded only when a purchase is open
            from seller_desktop.core.labels.reconcile import reconcile_at_open

            notes = reconcile_at_open(store)
    except BaseException:
        conn.close()
        raise
    return OpenedStore(store, report, applied, actions, notes)


def _wipe_backups(store: Store, passphrase: str) -> list:
    """The wipe reaches every backup too; what was deleted is logged by file name only.

    With the passphrase at hand, a backup under another key is re-encrypted rather than deleted.
    """
    actions = bring_backups_in_line(store, passphrase)
    log_backup_actions(store, actions)
    return actions
