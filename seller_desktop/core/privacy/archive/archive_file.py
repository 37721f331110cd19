"""The archive file: ``archive/archive.db``, a plain SQLite file (stdlib ``sqlite3``).

It needs no store passphrase, so the wipe can add to it, and it holds nothing readable but order
ids, end dates and the seller's hold reasons: contact details are in it only sealed (see
``sealing``). secure_delete is on, so a purged entry's bytes are overwritten, not left in a free
page; the rollback journal (not WAL) keeps no long-lived copy of old pages. Owner-only, like
everything under the data folder.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP
from seller_desktop.core.privacy.archive.errors import ArchiveBusy, ArchiveDamaged, ArchiveNotSetUp
from seller_desktop.core.privacy.archive.sealing import KeyRecord

FILE_NAME = "archive.db"
FORMAT = 1

_SCHEMA = """
CREATE TABLE archive_key (
    id                   INTEGER PRIMARY KEY CHECK (id = 1),
    public_key           BLOB NOT NULL,
    wrapped_private_key  BLOB NOT NULL,
    kdf_params           TEXT NOT NULL,
    created_at           TEXT NOT NULL
);
-- One entry per order (the key makes re-sealing after a crash replace, never duplicate).
-- end_date: the last day it is kept; rule_end_date: what the tax rule alone asks (NULL if only
-- a legal hold put it here), so releasing the hold knows what remains.
CREATE TABLE entries (
    order_id       TEXT PRIMARY KEY,
    end_date       TEXT NOT NULL,
    rule_end_date  TEXT,
    archived_at    TEXT NOT NULL,
    sealed         BLOB NOT NULL
);
CREATE INDEX entries_by_end ON entries (end_date);
CREATE TABLE holds (
    order_id    TEXT PRIMARY KEY,
    reason      TEXT NOT NULL,
    until       TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
"""


def archive_path(archive_dir: Path) -> Path:
    return Path(archive_dir) / FILE_NAME


def exists(archive_dir: Path) -> bool:
    return archive_path(archive_dir).is_file()


def create(archive_dir: Path, record: KeyRecord, now_iso: str) -> None:
    """A new archive file with its key; refuses to replace one (``exclusive`` creation)."""
    archive_dir = Path(archive_dir)
    archive_dir.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        archive_dir.chmod(0o700)
    path = archive_path(archive_dir)
    # Created empty and owner-only before SQLite writes a byte into it.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    try:
        with connect(archive_dir) as conn:
            for statement in filter(str.strip, _strip_comments(_SCHEMA).split(";")):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {FORMAT}")
            conn.execute(
                "INSERT INTO archive_key (id, public_key, wrapped_private_key, kdf_params, "
                "created_at) VALUES (1, ?, ?, ?, ?)",
                (record.public_key, record.wrapped_private_key, record.kdf_params, now_iso),
            )
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def _strip_comments(sql: str) -> str:
    return "\n".join(line for line in sql.splitlines() if not line.lstrip().startswith("--"))


@contextmanager
def connect(archive_dir: Path) -> Iterator[sqlite3.Connection]:
    """A short-lived connection: one transaction (BEGIN IMMEDIATE … COMMIT), then closed.

    Short-lived so the GUI and a CLI command never hold the file between operations.
    """
    path = archive_path(archive_dir)
    if not path.is_file():
        raise ArchiveNotSetUp()
    try:
        conn = sqlite3.connect(path, timeout=10, isolation_level=None)
    except sqlite3.Error as err:
        raise ArchiveDamaged(type(err).__name__) from None
    try:
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    except sqlite3.OperationalError as err:
        if "locked" in str(err) or "busy" in str(err):
            raise ArchiveBusy() from None
        raise ArchiveDamaged(type(err).__name__) from None
    except sqlite3.DatabaseError as err:
        raise ArchiveDamaged(type(err).__name__) from None
    finally:
        conn.close()


def key_record(conn: sqlite3.Connection) -> KeyRecord:
    row = conn.execute(
        "SELECT public_key, wrapped_private_key, kdf_params FROM archive_key WHERE id = 1"
    ).fetchone()
    if row is None:
        raise ArchiveDamaged(QT_TRANSLATE_NOOP("SellerError", "it has no key"))
    return KeyRecord(bytes(row[0]), bytes(row[1]), row[2])


def replace_key(archive_dir: Path, old: KeyRecord, new: KeyRecord) -> bool:
    """Swap the wrapped private key for ``new`` in one statement, in one transaction.

    A crash at any point leaves the row as it was or as it is now, never half of each: SQLite's
    rollback journal puts back a transaction that did not commit at the next open. Only if the
    row is still exactly ``old`` (compare and swap): a change made meanwhile by another window or
    command is never overwritten. Returns whether it was swapped. secure_delete overwrites the old
    wrapped key's bytes, so the file no longer holds anything the old passphrase opens.
    """
    if new.public_key != old.public_key:
        raise ValueError("a new wrapping must keep the archive's key pair")
    with connect(archive_dir) as conn:
        swapped = conn.execute(
            "UPDATE archive_key SET wrapped_private_key = ?, kdf_params = ? "
            "WHERE id = 1 AND public_key = ? AND wrapped_private_key = ? AND kdf_params = ?",
            (
                new.wrapped_private_key,
                new.kdf_params,
                old.public_key,
                old.wrapped_private_key,
                old.kdf_params,
            ),
        ).rowcount
    return swapped == 1
