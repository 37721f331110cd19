"""Setting up the archive: the key pair, once, under the seller's archive passphrase."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import BadInput, WeakPassphrase
from ..store.events import log_event
from ..store.store import Store
from . import archive_file
from .entries import archive_dir, purge_and_log
from .errors import ArchiveExists
from .sealing import new_key_record, unlock


@dataclass(frozen=True)
class ArchiveStatus:
    """For the Privacy screen: counts and the next end date, nothing archived."""

    set_up: bool
    entries: int = 0
    holds: int = 0
    next_end_date: str | None = None


def init_archive(store: Store, passphrase: str, *, store_passphrase: str | None = None) -> None:
    """Create the archive key pair; the private key is sealed under ``passphrase``.

    Refuses a short passphrase, the store's own passphrase (the archive is meant to stay shut
    when the store is open), and an archive already set up (its entries would become unreadable).
    """
    if len(passphrase) < WeakPassphrase.MIN_LENGTH:
        raise WeakPassphrase()
    if store_passphrase is not None and passphrase == store_passphrase:
        raise BadInput("Choose an archive passphrase different from the store passphrase: the "
                       "archive should stay closed while the store is open. Nothing was changed.")
    folder = archive_dir(store)
    if archive_file.exists(folder):
        raise ArchiveExists()
    archive_file.create(folder, new_key_record(passphrase), store.now_iso())
    with store.transaction():
        log_event(store, "archive_created", "tax archive set up")


def check_archive_passphrase(store: Store, passphrase: str) -> None:
    """Raise WrongArchivePassphrase unless ``passphrase`` opens the archive key (nothing logged)."""
    with archive_file.connect(archive_dir(store)) as conn:
        record = archive_file.key_record(conn)
    unlock(record, passphrase)


def archive_status(store: Store) -> ArchiveStatus:
    folder = archive_dir(store)
    if not archive_file.exists(folder):
        return ArchiveStatus(False)
    purge_and_log(store)
    with archive_file.connect(folder) as conn:
        entries, next_end = conn.execute("SELECT count(*), min(end_date) FROM entries").fetchone()
        holds = conn.execute("SELECT count(*) FROM holds").fetchone()[0]
    return ArchiveStatus(True, entries, holds, next_end)
