"""Changing the passphrase: SQLCipher re-encrypts every page; the old passphrase stops working."""

from __future__ import annotations

from ..errors import BadInput, WrongPassphrase
from .connection import check_passphrase_strength, connect
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
    with store.transaction():
        log_event(store, "passphrase_changed")
