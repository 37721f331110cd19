"""Opening the SQLCipher file with the seller's passphrase, and the thread that may use it.

The key is the UTF-8 passphrase under SQLCipher 4 defaults, so the seller or an auditor can open
``store.db`` with any SQLCipher 4 shell (``PRAGMA key = '…'``). For a file that exists we derive
the key ourselves, exactly as SQLCipher 4 does (PBKDF2-HMAC-SHA512, 256,000 iterations, the file's
first 16 bytes as salt), and hand SQLCipher the raw key (``x'…'``): the cost is the same one key
derivation, and the derived key lets the window open its read-only connection without a second
one (see ``Store.attach_reader``). Nothing is written before the key has been verified, so a wrong
passphrase leaves the file's bytes untouched.

Every connection is an ``OwnedConnection``: it belongs to one thread at a time and refuses to be
used from any other (``WrongThread``, a bug). Ownership moves only explicitly — ``release`` by the
owner, ``adopt`` by the next — which is how the window's job runner hands the store to its worker
for a job and takes it back afterwards.
"""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path
from typing import Any, TypeVar

import sqlcipher3

from seller_desktop.core.base.errors import (
    NotAStore,
    StoreBusy,
    StoreDamaged,
    WeakPassphrase,
    WrongPassphrase,
)

BUSY_TIMEOUT_S = 5.0
PLAINTEXT_SQLITE_MAGIC = b"SQLite format 3\x00"

DatabaseError = sqlcipher3.DatabaseError
#: SQLCipher 4's defaults for the key derivation (``PRAGMA cipher_compatibility = 4``).
KDF_ITERATIONS = 256_000
SALT_BYTES = 16
KEY_BYTES = 32


class WrongThread(RuntimeError):
    """A connection was used from a thread that does not own it: a bug, never a seller's error.

    Two threads on one SQLite connection interleave their statements inside each other's
    transactions; this makes such a path fail at once, in tests, instead of corrupting a read."""


class OwnedConnection:
    """A SQLCipher connection that only its owning thread may use.

    The owner is the thread that opened it, until the owner ``release``s it and another thread
    ``adopt``s it. Between the two nobody may use it. ``key`` is the derived raw key (``None`` for
    a file created by this connection until the caller sets it), kept so that a second,
    read-only connection can be opened without another key derivation.
    """

    __slots__ = ("_raw", "_owner", "key")

    def __init__(self, raw: sqlcipher3.Connection, key: bytes | None) -> None:
        self._raw = raw
        self._owner: int | None = threading.get_ident()
        self.key = key

    def __repr__(self) -> str:  # never the key
        return f"<OwnedConnection owner={self._owner}>"

    def owned_here(self) -> bool:
        return self._owner == threading.get_ident()

    def _check(self) -> sqlcipher3.Connection:
        if self._owner != threading.get_ident():
            holder = "nobody (handed over)" if self._owner is None else f"thread {self._owner}"
            raise WrongThread(
                f"store connection used on thread {threading.get_ident()}; "
                f"it belongs to {holder} ({threading.current_thread().name})"
            )
        return self._raw

    def release(self) -> None:
        """The owner lets go; the next owner must ``adopt``."""
        self._check()
        self._owner = None

    def adopt(self) -> None:
        """Take a released connection (or keep one already owned here)."""
        if self._owner is not None and self._owner != threading.get_ident():
            self._check()  # raises: still held by another thread
        self._owner = threading.get_ident()

    def execute(self, sql: str, parameters: Any = ()) -> sqlcipher3.Cursor:
        return self._check().execute(sql, parameters)

    def executemany(self, sql: str, rows: Any) -> sqlcipher3.Cursor:
        return self._check().executemany(sql, rows)

    def interrupt(self) -> None:
        """Stop the statement the owner is running (it fails with "interrupted"); nothing if
        none runs. The one call any thread may make: it only asks SQLite to stop, and is how a
        newer search supersedes the one still running on the search worker's reader."""
        self._raw.interrupt()

    @property
    def total_changes(self) -> int:
        return self._check().total_changes

    @property
    def in_transaction(self) -> bool:
        return self._check().in_transaction

    def close(self) -> None:
        self._check().close()


Connection = OwnedConnection


def derive_key(passphrase: str, salt: bytes) -> bytes:
    """SQLCipher 4's key derivation, done here so the raw key can key more than one connection."""
    if "\x00" in passphrase:
        raise WeakPassphrase()
    return hashlib.pbkdf2_hmac(
        "sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES
    )


def salt_of(path: Path) -> bytes | None:
    """The salt in an existing encrypted file's first bytes; None for a missing or new file."""
    try:
        with path.open("rb") as fh:
            head = fh.read(SALT_BYTES)
    except OSError:
        return None
    if len(head) < SALT_BYTES or head == PLAINTEXT_SQLITE_MAGIC:
        return None
    return head


def _raw_key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def check_passphrase_strength(passphrase: str) -> None:
    if len(passphrase) < WeakPassphrase.MIN_LENGTH:
        raise WeakPassphrase()


def quote_key(passphrase: str) -> str:
    """SQL string literal for PRAGMA key/rekey, which take no bound parameters."""
    if "\x00" in passphrase:
        raise WeakPassphrase()
    return "'" + passphrase.replace("'", "''") + "'"


def connect(path: Path, passphrase: str) -> Connection:
    """Open and key the store, verify the key, then switch on the pragmas we rely on.

    The caller decides whether the file must exist; a missing file is created empty here (keyed
    by SQLCipher from the passphrase; ``key`` stays None until the caller derives it).
    """
    salt = salt_of(path)
    key = derive_key(passphrase, salt) if salt is not None else None
    # Ownership is checked by OwnedConnection (it moves between threads by hand-over), so
    # sqlite's own same-thread check, which cannot move, is off.
    conn = sqlcipher3.connect(
        str(path), isolation_level=None, timeout=BUSY_TIMEOUT_S, check_same_thread=False
    )
    try:
        _quiet_cipher_log(conn)
        conn.execute(
            _raw_key_pragma(key) if key is not None else f"PRAGMA key = {quote_key(passphrase)}"
        )
        _verify_key(conn, path)
        _set_pragmas(conn)
        conn.execute("PRAGMA secure_delete = ON")
    except BaseException:
        conn.close()
        raise
    return OwnedConnection(conn, key)


def connect_reader(path: Path, key: bytes) -> Connection:
    """A second connection to an open store, for reading only, owned by the calling thread.

    In WAL mode it reads the last committed state while the writer works: never the writer's
    uncommitted rows, never aborted by its transaction. Opened ``mode=ro`` (not ``query_only``,
    which would also refuse the in-memory temp table that holds a search's matches)."""
    conn = sqlcipher3.connect(
        path.resolve().as_uri() + "?mode=ro",
        uri=True,
        isolation_level=None,
        timeout=BUSY_TIMEOUT_S,
        check_same_thread=False,
    )
    try:
        _quiet_cipher_log(conn)
        conn.execute(_raw_key_pragma(key))
        _verify_key(conn, path)
        _set_pragmas(conn)
    except BaseException:
        conn.close()
        raise
    return OwnedConnection(conn, key)


def _set_pragmas(conn: sqlcipher3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    conn.execute("PRAGMA foreign_keys = ON")


def enable_wal(conn: Connection) -> None:
    """WAL lets the CLI read while the GUI writes. Persistent in the file, so set once per open."""
    try:
        conn.execute("PRAGMA journal_mode = WAL")
    except sqlcipher3.OperationalError as err:
        raise _translate(err) from None


def _verify_key(conn: sqlcipher3.Connection, path: Path) -> None:
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as err:
        if "not a database" in str(err):
            if _looks_plaintext(path):
                raise NotAStore(path.name) from None
            if _some_page_verifies(conn):
                raise StoreDamaged(path.name) from None
            raise WrongPassphrase() from None
        raise translate_damage(_translate(err), path.name) from None


def _some_page_verifies(conn: sqlcipher3.Connection) -> bool:
    """A wrong key fails the HMAC of every page; a damaged first page fails alone. (A damaged
    salt — the first 16 bytes — fails them all too, and so reads as a wrong passphrase.)"""
    try:
        failures = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        pages = _file_pages(conn)
    except sqlcipher3.DatabaseError:
        return False
    return pages > 1 and len(failures) < pages


def _file_pages(conn: sqlcipher3.Connection) -> int:
    """Pages in the main file, from its size (the header cannot be read under a failing key)."""
    row = conn.execute("PRAGMA database_list").fetchone()
    try:
        return Path(row[2]).stat().st_size // 4096
    except (OSError, TypeError):
        return 0


_Error = TypeVar("_Error", bound=BaseException)


def translate_damage(err: _Error, where: str = "store.db") -> _Error | StoreDamaged:
    """SQLite's "database disk image is malformed" (a page cut short, or changed on disk) and
    SQLCipher's failed page checks, wherever a read meets them, become StoreDamaged."""
    text = str(err)
    if isinstance(err, sqlcipher3.DatabaseError) and ("malformed" in text or "HMAC" in text):
        return StoreDamaged(where)
    return err


def _looks_plaintext(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(16) == PLAINTEXT_SQLITE_MAGIC
    except OSError:
        return False


def _translate(err: Exception) -> Exception:
    text = str(err)
    if "locked" in text or "busy" in text:
        return StoreBusy()
    return err


def translate_busy(err: Exception) -> Exception:
    """Turn SQLite's 'database is locked' into the seller-facing StoreBusy; leave others alone."""
    return _translate(err)


def _quiet_cipher_log(conn: sqlcipher3.Connection) -> None:
    """SQLCipher writes HMAC failures to stderr on a wrong key; that is our message to give."""
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
    except sqlcipher3.DatabaseError:
        pass  # older SQLCipher without logging pragmas
