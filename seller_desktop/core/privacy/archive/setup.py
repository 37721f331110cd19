"""Setting up the archive: the key pair, once, under the seller's archive passphrase; changing
that passphrase later (the key pair, and so every sealed entry, stays as it is)."""

from __future__ import annotations

from dataclasses import dataclass

from seller_desktop.core.base.errors import BadInput, WeakPassphrase
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP
from seller_desktop.core.privacy.archive import archive_file
from seller_desktop.core.privacy.archive.entries import archive_dir, purge_and_log
from seller_desktop.core.privacy.archive.errors import (
    ArchiveBusy,
    ArchiveDamaged,
    ArchiveExists,
    ArchiveNotSetUp,
    WrongArchivePassphrase,
)
from seller_desktop.core.privacy.archive.sealing import new_key_record, rewrap, unlock
from seller_desktop.core.store.events import log_event
from seller_desktop.core.store.store import Store


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
    check_new_archive_passphrase(passphrase, store_passphrase=store_passphrase)
    folder = archive_dir(store)
    if archive_file.exists(folder):
        raise ArchiveExists()
    archive_file.create(folder, new_key_record(passphrase), store.now_iso())
    with store.transaction():
        log_event(store, "archive_created", "tax archive set up")


def check_new_archive_passphrase(passphrase: str, *, store_passphrase: str | None = None) -> None:
    """The rule for a new archive passphrase, at set-up and at a change: at least
    ``WeakPassphrase.MIN_LENGTH`` characters, and not the store passphrase when it is known (the
    archive is meant to stay shut while the store is open)."""
    if len(passphrase) < WeakPassphrase.MIN_LENGTH:
        raise WeakPassphrase()
    if store_passphrase is not None and passphrase == store_passphrase:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "Choose an archive passphrase different from the store passphrase: the "
                "archive should stay closed while the store is open. Nothing was changed.",
            )
        )


def change_archive_passphrase(
    store: Store, current: str, new: str, *, store_passphrase: str | None = None
) -> None:
    """Re-wrap the archive's private key under ``new``; ``current`` must open it.

    Only the wrapped key changes (fresh salt and nonce): the key pair stays, so every entry sealed
    before opens with ``new`` and the wipe goes on sealing to the same public key. The new
    wrapping is checked to open with ``new`` before it is written, then written in one SQLite
    transaction (``archive_file.replace_key``), so a crash leaves the old or the new passphrase
    working, never neither. Refusals (wrong current passphrase, new one too short, the same as
    the current one or as the store passphrase) change nothing in the archive file. Two
    Argon2id derivations and a third to check: about half a second, so the GUI runs this off its
    thread. The event log says that it changed, or was refused, never with a secret.
    """
    folder = archive_dir(store)
    if not archive_file.exists(folder):
        raise ArchiveNotSetUp()
    if new == current:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "The new archive passphrase is the same as the current one. Nothing was changed.",
            )
        )
    check_new_archive_passphrase(new, store_passphrase=store_passphrase)
    with archive_file.connect(folder) as conn:
        record = archive_file.key_record(conn)
    try:
        rewrapped = rewrap(record, current, new)
    except WrongArchivePassphrase:
        with store.transaction():
            log_event(store, "archive_passphrase_change_refused", "wrong archive passphrase")
        raise WrongArchivePassphrase(
            QT_TRANSLATE_NOOP(
                "SellerError", "Nothing was changed: the archive passphrase stays as it was."
            )
        ) from None
    try:
        unlock(rewrapped, new)
    except (WrongArchivePassphrase, ArchiveDamaged):  # a bug, never the seller's: nothing written
        raise RuntimeError(
            "the re-wrapped archive key does not open; nothing was changed"
        ) from None
    if not archive_file.replace_key(folder, record, rewrapped):
        raise ArchiveBusy()  # changed meanwhile by another window or command: theirs stands
    with store.transaction():
        log_event(
            store,
            "archive_passphrase_changed",
            "tax archive passphrase changed (sealed entries unchanged)",
        )


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
