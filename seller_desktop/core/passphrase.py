"""Changing the passphrase of the store and of every backup in backups/, safe against a kill.

The promise: whatever moment the process dies (SIGKILL, power loss, a full disk), the seller ends
up with the store *and every backup in backups/* under one passphrase, the old or the new, and the
next open with that passphrase finds all of them. Never a store under the new passphrase with
backups under one the seller has given up (or, as before this design, backups that the next open
could not attach and therefore deleted).

The store and its backups are separate files, so they cannot change key in one atomic step. One
step decides, and everything else is either prepared before it or follows from it:

1. **Prepare.** For each backup ``X.db`` a complete copy under the *new* key is written beside it
   as ``X.db.new-key`` (claimed, fsynced): attached under the store's key (no key derivation) and
   exported with the new key and the store's own salt (``x'<key><salt>'``), so that once the store
   has the new key it attaches the copy without a key, as it does every backup. The first copy is
   checked to open with the new passphrase itself, so a mistake in the key is found while nothing
   has changed yet. A kill here leaves the store and every backup under the old passphrase, and
   some ``.new-key`` files that the next open deletes.
2. **Commit.** ``PRAGMA rekey`` re-encrypts the store in one SQLite transaction: the store is under
   the old key or the new, never half. This is the moment the passphrase changes.
3. **Install.** Each ``X.db.new-key`` is renamed onto ``X.db``. A kill here leaves some backups
   under the old key, each with its complete new-key copy beside it.

``settle_passphrase_change``, run by every open right after the key is verified (and after a
failed change), looks at each ``X.db.new-key``: if the store's connection attaches it without a
key, the store has the new key (step 2 committed), so the copy is renamed onto ``X.db``; if not,
the store still has the old key, so the copy is deleted. No passphrase is needed for that, no key
is ever written to disk, and the store itself — the one file that changed key atomically — is the
only record of which side of the change we are on. A ``.new-key`` file still claimed by a live
process (a change running in another window) is left alone.

Before the rekey the store's own follower is held (``following_held``): between steps 2 and 3 a
pass that brought the backups in line would find old-key backups it cannot attach and delete
them. Not covered: another process that writes a new backup under the old key during the change
(the next open, with the new passphrase, cannot re-encrypt it and deletes it, as for any backup
under a passphrase the store no longer has); one owner of the store will rule that out.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from seller_desktop.core.base.errors import BadInput, NotAStore, WrongPassphrase
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP
from seller_desktop.core.base.private_files import claim_existing, create_claimed
from seller_desktop.core.privacy.backup_ledger import CannotAttach, attached, following_held
from seller_desktop.core.store.connection import check_passphrase_strength, connect
from seller_desktop.core.store.events import log_event
from seller_desktop.core.store.store import Store, export_schema

#: ``X.db`` → ``X.db.new-key`` while a change is under way (never ``*.db``: not a backup yet).
PENDING_SUFFIX = ".new-key"
#: SQLCipher 4's key derivation, which ``PRAGMA key`` applies to a passphrase.
_KDF = ("sha512", 256_000, 32)


def verify_passphrase(store: Store, passphrase: str) -> None:
    """Raise WrongPassphrase unless ``passphrase`` opens this store (checked on a second connection)."""
    probe = connect(store.path, passphrase)
    probe.close()


def change_passphrase(store: Store, current: str, new: str) -> None:
    """Re-encrypt the store and every backup in backups/ under ``new`` (see the module docstring)."""

    if new == current:
        raise BadInput(
            QT_TRANSLATE_NOOP("SellerError", "The new passphrase is the same as the current one.")
        )
    check_passphrase_strength(new)
    try:
        verify_passphrase(store, current)
    except WrongPassphrase:
        raise WrongPassphrase() from None
    folder = store.path.parent / "backups"
    with following_held(store):
        claims: list[int] = []
        try:
            pending = _prepare(store, folder, current, new, claims)
            store.rekey(new)  # the commit point
            for copy, target in pending:
                os.replace(copy, target)
                _remove_side_files(target)
            _sync_folder(folder)
        except BaseException:
            _release(claims)
            claims = []
            settle_passphrase_change(store)  # committed or not, the store's key decides
            raise
        finally:
            _release(claims)
    with store.transaction():
        log_event(store, "passphrase_changed", f"{len(pending)} backups re-encrypted")


def settle_passphrase_change(store: Store) -> list[str]:
    """Finish or undo a passphrase change that a kill interrupted; returns what was done, by
    backup file name ("X.db installed" / "X.db.new-key removed"). Safe and cheap when there is
    nothing to do (no ``.new-key`` file)."""

    folder = store.path.parent / "backups"
    done: list[str] = []
    for copy in sorted(folder.glob("*" + PENDING_SUFFIX)) if folder.is_dir() else []:
        claim = claim_existing(copy)
        if claim is False:
            continue  # a change under way in another process
        try:
            try:
                with attached(store, copy, "pending"):
                    pass
                committed = True
            except CannotAttach:
                committed = False
            if committed:
                target = copy.with_name(copy.name.removesuffix(PENDING_SUFFIX))
                os.replace(copy, target)
                _remove_side_files(target)
                done.append(f"{target.name} installed")
            else:
                copy.unlink(missing_ok=True)
                done.append(f"{copy.name} removed")
            _remove_side_files(copy)
        finally:
            if not isinstance(claim, bool):
                os.close(claim)
    if done:
        _sync_folder(folder)
    return done


def _prepare(
    store: Store, folder: Path, current: str, new: str, claims: list[int]
) -> list[tuple[Path, Path]]:
    """Step 1: a complete, fsynced new-key copy beside every backup that opens now."""

    settle_passphrase_change(store)  # nothing should be pending; if something is, settle it first
    files = sorted(f for f in folder.glob("*.db") if f.is_file()) if folder.is_dir() else []
    if not files:
        return []
    with store.path.open("rb") as fh:
        salt = fh.read(16)
    name, rounds, length = _KDF
    raw = hashlib.pbkdf2_hmac(name, new.encode("utf-8"), salt, rounds, length)
    keyspec = f"x'{raw.hex()}{salt.hex()}'"
    pending: list[tuple[Path, Path]] = []
    for file in files:
        copy = file.with_name(file.name + PENDING_SUFFIX)
        copy.unlink(missing_ok=True)
        _remove_side_files(copy)
        claims.append(create_claimed(copy))
        try:
            try:
                with attached(store, file, "old") as old:
                    export_schema(store.writer, old, copy, keyspec)
            except CannotAttach:
                with attached(store, file, "old", key=current) as old:  # an older backup's salt
                    export_schema(store.writer, old, copy, keyspec)
        except CannotAttach:
            copy.unlink(missing_ok=True)  # opened with neither: the next open deletes it anyway
            continue
        _fsync(copy)
        if not pending:
            _check_opens(copy, new)
        pending.append((copy, file))
    _sync_folder(folder)
    return pending


def _check_opens(copy: Path, new: str) -> None:
    """The new passphrase opens the copy by itself, as the seller will open the store."""
    try:
        connect(copy, new).close()
    except (WrongPassphrase, NotAStore):
        raise RuntimeError(
            "a backup re-encrypted for the new passphrase does not open with it; "
            "nothing was changed"
        ) from None


def _release(claims: list[int]) -> None:
    for fd in claims:
        os.close(fd)


def _fsync(file: Path) -> None:
    fd = os.open(file, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    if os.name != "posix" or not folder.is_dir():
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass  # best effort: some file systems refuse to sync a folder
    finally:
        os.close(fd)


def _remove_side_files(file: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        file.with_name(file.name + suffix).unlink(missing_ok=True)
