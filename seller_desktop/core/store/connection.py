"""Opening the SQLCipher file with the seller's passphrase.

The key is the UTF-8 passphrase under SQLCipher 4 defaults (``PRAGMA key = '…'``), so the seller or an
auditor can open ``store.db`` with any SQLCipher 4 shell. Nothing is written before the key has been
verified, so a wrong passphrase leaves the file's bytes untouched.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

from ..errors import NotAStore, StoreBusy, StoreDamaged, WeakPassphrase, WrongPassphrase

BUSY_TIMEOUT_S = 5.0
PLAINTEXT_SQLITE_MAGIC = b"SQLite format 3\x00"

Connection = sqlcipher3.Connection
DatabaseError = sqlcipher3.DatabaseError


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

    The caller decides whether the file must exist; a missing file is created empty here.
    """
    conn = sqlcipher3.connect(
        str(path), isolation_level=None, timeout=BUSY_TIMEOUT_S, check_same_thread=False
    )
    try:
        _quiet_cipher_log(conn)
        conn.execute(f"PRAGMA key = {quote_key(passphrase)}")
        _verify_key(conn, path)
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def enable_wal(conn: Connection) -> None:
    """WAL lets the CLI read while the GUI writes. Persistent in the file, so set once per open."""
    try:
        conn.execute("PRAGMA journal_mode = WAL")
    except sqlcipher3.OperationalError as err:
        raise _translate(err) from None


def _verify_key(conn: Connection, path: Path) -> None:
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


def _some_page_verifies(conn: Connection) -> bool:
    """A wrong key fails the HMAC of every page; a damaged first page fails alone. (A damaged
    salt — the first 16 bytes — fails them all too, and so reads as a wrong passphrase.)"""
    try:
        failures = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        pages = _file_pages(conn)
    except sqlcipher3.DatabaseError:
        return False
    return pages > 1 and len(failures) < pages


def _file_pages(conn: Connection) -> int:
    """Pages in the main file, from its size (the header cannot be read under a failing key)."""
    row = conn.execute("PRAGMA database_list").fetchone()
    try:
        return Path(row[2]).stat().st_size // 4096
    except (OSError, TypeError):
        return 0


def translate_damage(err: Exception, where: str = "store.db") -> Exception:
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


def _quiet_cipher_log(conn: Connection) -> None:
    """SQLCipher writes HMAC failures to stderr on a wrong key; that is our message to give."""
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
    except sqlcipher3.DatabaseError:
        pass  # older SQLCipher without logging pragmas
