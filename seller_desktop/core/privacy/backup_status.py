"""When the last backup was made, and why the daily one failed, in words a seller can act on.

A backup nobody knows about helps nobody: the daily backup once failed at every start for months
and only the log said so. So the window shows the time of the newest backup (Privacy › Backups and
the status bar) and, when the day's backup fails, a plain reason with what to do. This module holds
the parts of that without Qt: the window reads the folder here and words the result itself.

Every ``*.db`` in backups/ counts as a backup: the daily ones (``daily-20261206T071200Z.db``), the
copy kept before a migration or a restore, and a file the seller saved there by hand. A time stamp at
the end of the name (UTC, as ``daily_backup`` writes it) gives the time; otherwise the file's
modification time does. Only names and times are read — never a backup's content.

A failure is reduced to one of the ``FAILURE_*`` kinds, never the exception's text: that text can
hold a path, and a path can hold the seller's user name.
"""

from __future__ import annotations

import errno
import re
from datetime import datetime, timezone
from pathlib import Path

from seller_desktop.core.base.errors import DiskFull, FolderNotWritable, NotAStore, WrongPassphrase
from seller_desktop.paths import AppPaths

#: The disk (or the user's quota) is full.
FAILURE_NO_SPACE = "no_space"
#: The system refused to let the app write there (permissions, a read-only disk).
FAILURE_NO_ACCESS = "no_access"
#: The backups folder is missing or is not a folder.
FAILURE_NO_FOLDER = "no_folder"
#: The store itself could not be read for the backup.
FAILURE_STORE = "store"
#: Anything else; the log names the kind of error.
FAILURE_OTHER = "other"

_STAMP = re.compile(r"(\d{8}T\d{6}Z)$")
_NO_SPACE = {errno.ENOSPC, errno.EDQUOT}
_NO_ACCESS = {errno.EACCES, errno.EPERM, errno.EROFS}
_NO_FOLDER = {errno.ENOENT, errno.ENOTDIR, errno.EEXIST, errno.EISDIR}


def backup_time(file: Path) -> datetime | None:
    """When this backup was made (aware, UTC): the stamp in its name, else its modification
    time; None if the file is gone."""
    found = _STAMP.search(file.stem)
    if found:
        try:
            return datetime.strptime(found.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
        except ValueError:
            pass  # digits that are no date (month 13): fall back to the file's time
    try:
        return datetime.fromtimestamp(file.stat().st_mtime, timezone.utc)
    except OSError:
        return None


def last_backup(paths: AppPaths) -> datetime | None:
    """The time of the newest backup in ``paths.backups`` (aware, UTC), or None if there is none
    (or the folder is missing or cannot be read)."""
    try:
        files = [f for f in paths.backups.glob("*.db") if f.is_file()]
    except OSError:
        return None
    times = [t for t in map(backup_time, files) if t is not None]
    return max(times, default=None)


def failure_kind(error: BaseException) -> str:
    """Which ``FAILURE_*`` a daily backup's exception is, for a message the seller can act on."""
    if isinstance(error, (WrongPassphrase, NotAStore)):
        return FAILURE_STORE
    if isinstance(error, DiskFull):  # already told apart from its cause (core.store.environment)
        return FAILURE_NO_SPACE
    if isinstance(error, FolderNotWritable):
        return FAILURE_NO_ACCESS
    if isinstance(error, OSError):
        if error.errno in _NO_SPACE:
            return FAILURE_NO_SPACE
        if error.errno in _NO_ACCESS or isinstance(error, PermissionError):
            return FAILURE_NO_ACCESS
        if error.errno in _NO_FOLDER or isinstance(
            error, (FileNotFoundError, NotADirectoryError, FileExistsError)
        ):
            return FAILURE_NO_FOLDER
        return FAILURE_OTHER
    # SQLite reports its own file errors with a result code, not an errno.
    code = getattr(error, "sqlite_errorcode", None)
    text = str(error).lower()
    if code == 13 or "disk is full" in text:  # SQLITE_FULL
        return FAILURE_NO_SPACE
    if code in (3, 8) or "readonly" in text or "permission" in text:  # SQLITE_PERM, _READONLY
        return FAILURE_NO_ACCESS
    if code == 14 or "unable to open" in text:  # SQLITE_CANTOPEN
        return FAILURE_NO_FOLDER
    return FAILURE_OTHER
