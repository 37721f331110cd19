"""Changing the passphrase: SQLCipher re-encrypts every page; the old passphrase stops working."""

from __future__ import annotations

from ..errors import BadInput, NotAStore, WrongPassphrase
from .connection import check_passphrase_strength, connect, quote_key
from .events import log_event
from .store import Store


def verify_passphrase(store: Store, passphrase: str) -> None:
    """Raise WrongPassphrase unless ``passphrase`` opens this store (checked on a second connection)."""
    probe = connect(store.path, passphrase)
    probe.close()


def change_passphrase(store: Store, current: str, new: str) -> None:
    if new == current:
        raise BadInput("The new passphrase is the same as the current one.")
    check_passphrase_strength(new)
    try:
        verify_passphrase(store, current)
    except WrongPassphrase:
        raise WrongPassphrase() from None
    store.rekey(new)
    rekeyed = _rekey_backups(store.path.parent / "backups", current, new)
    with store.transaction():
        log_event(store, "passphrase_changed", f"{rekeyed} backups re-encrypted")


def _rekey_backups(folder, current: str, new: str) -> int:
    """Backups follow the passphrase, so the wipe can still open them (and so can the seller)."""
    count = 0
    for file in sorted(folder.glob("*.db")) if folder.is_dir() else []:
        try:
            conn = connect(file, current)
        except (WrongPassphrase, NotAStore):
            continue  # not openable before either; the next wipe deletes it
        try:
            conn.execute(f"PRAGMA rekey = {quote_key(new)}").fetchall()
            count += 1
        finally:
            conn.close()
    return count
