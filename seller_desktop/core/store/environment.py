"""What the machine refused, told to the seller: a full disk, a folder we may not write to.

SQLite reports these as ``OperationalError`` ("database or disk is full", "disk I/O error" when a
write is refused past a size limit, "attempt to write a readonly database", "unable to open
database file"), and Python as ``OSError`` (ENOSPC, EFBIG, EDQUOT, EROFS, EACCES, EPERM). They
are not bugs: the seller can fix them, and needs to hear how, not a crash report. A failed write
inside a transaction also makes the ``ROLLBACK`` that follows fail ("no transaction is active":
SQLite rolled back already), which hides the first error; so the whole chain of causes
(``__cause__``, ``__context__``) is searched for the one that says what happened.

Only the class and SQLite's fixed wording are looked at, never a message's variable part (which
may carry an order's text).
"""

from __future__ import annotations

import errno
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3

from seller_desktop.core.base.errors import DiskFull, FolderNotWritable, SellerError

_FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DENIED_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}


def translate_environment(err: BaseException, where: Path | str) -> SellerError | None:
    """The seller-facing error for ``err`` (or one of its causes) if the disk or the folder's
    permissions caused it, else None. ``where`` names the folder or file in the message."""
    name = str(where)
    for cause in _chain(err):
        if isinstance(cause, SellerError):
            return None  # already worded
        if isinstance(cause, OSError):
            if cause.errno in _FULL_ERRNOS:
                return DiskFull(name)
            if cause.errno in _DENIED_ERRNOS:
                return FolderNotWritable(name)
        if isinstance(cause, sqlcipher3.Error):
            kind = _sqlite_kind(cause)
            if kind in ("SQLITE_FULL", "SQLITE_IOERR"):
                return DiskFull(name)
            if kind in ("SQLITE_READONLY", "SQLITE_CANTOPEN"):
                return FolderNotWritable(name)
    return None


def _sqlite_kind(err: sqlcipher3.Error) -> str:
    """The primary result code's name (extended codes such as SQLITE_IOERR_WRITE folded)."""
    code = getattr(err, "sqlite_errorname", "") or ""
    for kind in ("SQLITE_FULL", "SQLITE_IOERR", "SQLITE_READONLY", "SQLITE_CANTOPEN"):
        if code.startswith(kind):
            return kind
    text = str(err)  # older builds without error names: SQLite's fixed wording only
    if text.startswith("database or disk is full"):
        return "SQLITE_FULL"
    if text.startswith("disk I/O error"):
        return "SQLITE_IOERR"
    if text.startswith("attempt to write a readonly database"):
        return "SQLITE_READONLY"
    if text.startswith("unable to open database file"):
        return "SQLITE_CANTOPEN"
    return ""


def _chain(err: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException | None] = [err]
    while todo:
        current = todo.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo += [current.__cause__, current.__context__]
