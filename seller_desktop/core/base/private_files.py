"""Files the seller asked for (slips, exports, upload files): written owner-only, never through a link.

Why this is careful: the seller names the output file (``--out FILE``, a save dialog), and the
folder may be shared or prepared by someone else. Opening the chosen path for writing would follow
a symbolic link placed there and truncate whatever it points to (another file of the seller's,
their store, a system file when run as root). So an output file is never opened by its name:

1. ``os.lstat`` the target (the link itself, not what it points to): a link, a folder or anything
   that is not a regular file is refused with a ``BadInput`` that names the file;
2. the bytes go to a new temporary file in the same folder, created with
   ``O_CREAT | O_EXCL | O_NOFOLLOW`` (it cannot be a pre-existing file or link) and mode 0600,
   under a random name that holds nothing of the target's name (which may hold a buyer's name);
3. it is flushed and fsynced, the target is checked again, and the temporary file is renamed onto
   the target with ``os.replace``. A rename replaces a directory entry: had a link appeared at the
   target in between, the link itself would be replaced, never the file it points to.

On any failure the temporary file is removed and the target is untouched: the seller never finds a
half-written slip or upload file. A process killed mid-write (SIGKILL, power loss) removes nothing,
so a temporary file created with ``create=True`` (and by ``claimed_temp``) is *claimed*: its writer
holds an exclusive ``flock`` on it until it is renamed or removed. The kernel drops the lock when
the writer dies, which is how ``remove_abandoned_temp_files`` tells a leftover (removed, with its
SQLite side files) from a file another process or thread is writing right now (left alone). The
store's opening and the hourly pass call it on the data folder and on backups/, so a half-written
encrypted copy — which the wipe ledger cannot follow, not being a ``*.db`` — is gone at the latest
when the store next wipes its own due details. An existing regular file is replaced by a new owner-only file
(its old mode and any hard links to it are not carried over, which is what we want for buyers'
data). ``OSError`` (folder missing, disk full, no permission) is left to the caller to word, as
before; the refusals above are ``BadInput`` and already worded for the seller.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP

#: Temporary output files are named ``.seller-desktop-<32 hex digits>.tmp`` in the target's folder.
TEMP_PREFIX = ".seller-desktop-"
TEMP_SUFFIX = ".tmp"
#: Files SQLite may put next to a database it writes (removed with a failed ``private_output``).
_SQLITE_SIDE_FILES = ("-journal", "-wal", "-shm")
_TEMP_NAME = re.compile(re.escape(TEMP_PREFIX) + r"[0-9a-f]{32}" + re.escape(TEMP_SUFFIX))

try:  # POSIX; on Windows a file open for writing cannot be deleted, which serves the same end
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # not on Windows, where O_EXCL refuses links anyway
_BINARY = getattr(os, "O_BINARY", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


def write_private(path: Path, data: bytes, *, replace: bool = True) -> None:
    """Write ``data`` to ``path``, readable by the owner only, without following a link there.

    ``replace=False`` never overwrites: an existing file raises ``FileExistsError`` (a link, even
    a dangling one, ``BadInput`` as always). That file is then created directly with ``O_EXCL`` (which never follows a link either) rather than
    renamed into place, because a rename would silently replace a file created meanwhile; a
    failed write removes what we created.

    Raises ``BadInput`` if the target is a link, a folder or not a regular file; other ``OSError``
    is the caller's to word.
    """
    path = Path(path)
    if not replace:
        _write_exclusive(path, data)
        return
    check_output_target(path)
    temp = _temp_path(path)
    fd = os.open(temp, _create_flags(), 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            _write_all(out.fileno(), data)
        _rename_onto(temp, path)
    except BaseException:
        _remove(temp)
        raise


@contextlib.contextmanager
def private_output(path: Path, *, create: bool = False) -> Iterator[Path]:
    """A temporary path next to ``path`` to write the output to; renamed onto ``path`` on success.

    For writers that must open the file by name themselves, such as SQLCipher's
    ``ATTACH DATABASE … ; sqlcipher_export()``. The target is checked first (as in
    ``write_private``). The yielded path is in the target's folder, named with a random 128-bit
    token, and does not exist yet (``create=False``, the default) so that the writer can create it.
    When the block ends without an exception the file is checked (a regular file, not a link, or
    ``BadInput``), set to mode 0600, fsynced and renamed onto the target — after the target is
    checked again. If the block raises, the temporary file and any SQLite side files
    (``-journal``, ``-wal``, ``-shm``) of it are removed and the target is untouched.

    The small race, and why it is safe: between yielding the name and the writer creating it,
    someone who can write to that folder could in principle put a link there, and a writer that
    creates files by name (SQLite does) would follow it. They would have to guess a random 128-bit
    name before it exists, which is not feasible; and a link found at that name afterwards is
    refused before the rename. The writer creates the file with its own mode (SQLite: 0644 less the
    umask) until we set 0600 at the end, so the content should be encrypted (a SQLCipher export
    is). ``create=True`` closes both gaps for writers that accept an existing empty file (SQLite
    does: an empty file is an empty database): the temporary file is then created empty, 0600,
    with ``O_EXCL | O_NOFOLLOW`` before it is yielded.
    """
    path = Path(path)
    check_output_target(path)
    temp = _temp_path(path)
    claim: int | None = None
    try:
        if create:
            claim = create_claimed(temp)
        yield temp
        replaced = _replaced(path)
        if not stat.S_ISREG(os.lstat(temp).st_mode):
            raise replaced
        try:
            fd = os.open(temp, os.O_RDWR | _NOFOLLOW | _BINARY | _CLOEXEC)  # RDWR: fsync on Windows
        except OSError as err:
            if err.errno == errno.ELOOP:  # made a link since the lstat
                raise replaced from None
            raise
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise replaced
            if hasattr(os, "fchmod"):
                os.fchmod(fd, 0o600)
            else:  # Windows: no fchmod; the file is ours and owner-only rights are the default
                os.chmod(temp, 0o600)
            os.fsync(fd)
        finally:
            os.close(fd)
        _rename_onto(temp, path)
    except BaseException:
        for suffix in ("", *_SQLITE_SIDE_FILES):
            _remove(temp.with_name(temp.name + suffix))
        raise
    finally:
        if claim is not None:
            os.close(claim)  # after the rename or the removal: the claim covers the whole write


@contextlib.contextmanager
def claimed_temp(folder: Path) -> Iterator[Path]:
    """A new, empty, owner-only file ``.seller-desktop-<random>.tmp`` in ``folder``, claimed for
    the block (see the module docstring) so that ``remove_abandoned_temp_files`` leaves it alone
    while we live and removes it if we are killed. For SQLite writers that need a scratch file
    beside their target (a store being restored, a backup being re-encrypted): the caller renames
    it into place inside the block. If the block raises, the file and its SQLite side files are
    removed; whatever is left at the name when the block ends is removed too.
    """
    temp = Path(folder) / f"{TEMP_PREFIX}{secrets.token_hex(16)}{TEMP_SUFFIX}"
    claim = create_claimed(temp)
    try:
        yield temp
    finally:
        for suffix in ("", *_SQLITE_SIDE_FILES):
            _remove(temp.with_name(temp.name + suffix))
        os.close(claim)


def remove_abandoned_temp_files(folder: Path) -> list[str]:
    """Remove the temporary files (and their ``-journal``/``-wal``/``-shm``) that a killed writer
    left in ``folder``; returns their names (random, nothing of a buyer's). A file still claimed
    by a live writer — in this process or another — is left alone."""
    try:
        names = [entry.name for entry in os.scandir(folder)]
    except OSError:
        return []  # no such folder, or not readable: nothing we could remove either
    groups: dict[str, list[str]] = {}
    for name in names:
        base = name
        for suffix in _SQLITE_SIDE_FILES:
            if name.endswith(suffix):
                base = name[: -len(suffix)]
        if _TEMP_NAME.fullmatch(base):
            groups.setdefault(base, []).append(name)
    removed: list[str] = []
    for base, members in sorted(groups.items()):
        claim = claim_existing(Path(folder) / base)
        if claim is False:
            continue  # a live writer holds it
        try:
            for name in sorted(members, key=lambda n: n != base):  # the file first, then its sides
                try:
                    os.unlink(Path(folder) / name)
                    removed.append(name)
                except FileNotFoundError:
                    pass
                except OSError:
                    break  # Windows: open elsewhere, so in use; or not ours to remove
        finally:
            if isinstance(claim, int) and claim is not True:
                os.close(claim)
    return removed


def create_claimed(temp: Path) -> int:
    """Create ``temp`` (O_EXCL, 0600, no link followed) and hold an exclusive flock on it; returns
    the descriptor that holds the claim. Checked to be still the file at that name afterwards, so
    a cleaner that removed it in the instant between creation and lock cannot leave us writing an
    unclaimed file."""
    fd = os.open(temp, _create_flags(), 0o600)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            if os.fstat(fd).st_ino != os.lstat(temp).st_ino:
                raise FileNotFoundError(errno.ENOENT, "temporary file removed while created")
    except BaseException:
        os.close(fd)
        _remove(temp)
        raise
    return fd


def claim_existing(file: Path) -> int | bool:
    """The claim on a leftover: a descriptor holding its lock, True when there is nothing to lock
    (the file is gone, or is a link, or locks are not available here), False while a live writer
    holds it."""
    if fcntl is None:
        return True
    try:
        fd = os.open(file, os.O_RDONLY | _NOFOLLOW | _CLOEXEC)
    except OSError:
        return True  # gone (side files only) or a link placed there: removing the name is safe
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return False
    return fd


def _replaced(path: Path) -> BadInput:
    """The refusal when the temporary file of ``path`` was swapped for something else."""
    return BadInput(
        QT_TRANSLATE_NOOP(
            "SellerError",
            "{name} could not be written safely (its temporary file was "
            "replaced by something else). Nothing was written.",
        ),
        name=path.name,
    )


def check_output_target(path: Path) -> None:
    """Refuse an output target that is a link, a folder or a special file (``BadInput``).

    A missing target is fine (it will be created); ``lstat`` looks at the name itself, never at
    what a link points to.
    """
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    except NotADirectoryError:
        return  # a parent is a file: creating the temporary file fails and the caller words it
    name = Path(path).name
    if stat.S_ISLNK(info.st_mode):
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "{name} is a link to another file; Seller Desktop does not write through "
                "links. Choose another file name.",
            ),
            name=name,
        )
    if stat.S_ISDIR(info.st_mode):
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "{name} is a folder, not a file. Choose a file name inside it, or another name.",
            ),
            name=name,
        )
    if not stat.S_ISREG(info.st_mode):
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "{name} is not an ordinary file (a device or a pipe, for example). Choose "
                "another file name.",
            ),
            name=name,
        )


def _create_flags() -> int:
    return os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY | _CLOEXEC


def _temp_path(target: Path) -> Path:
    """A random name in the target's folder: same file system (so the rename is atomic), and
    nothing of the target's own name, which may hold a buyer's name."""
    return target.with_name(f"{TEMP_PREFIX}{secrets.token_hex(16)}{TEMP_SUFFIX}")


def _write_all(fd: int, data: bytes) -> None:
    """Write every byte (``os.write`` may write fewer), tighten the mode, fsync."""
    if hasattr(os, "fchmod"):
        os.fchmod(fd, 0o600)  # the umask may only remove bits; this makes it exactly 0600
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
    os.fsync(fd)


def _rename_onto(temp: Path, target: Path) -> None:
    check_output_target(target)  # again: a link may have been put there while we wrote
    os.replace(temp, target)
    _sync_folder(target.parent)


def _write_exclusive(path: Path, data: bytes) -> None:
    check_output_target(path)
    fd = os.open(path, _create_flags(), 0o600)  # FileExistsError for a file or link there
    try:
        _write_all(fd, data)
    except BaseException:
        os.close(fd)
        _remove(path)
        raise
    os.close(fd)


def _sync_folder(folder: Path) -> None:
    """Make the rename durable where the system allows it (POSIX); best effort."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | _CLOEXEC)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass  # gone already, or nothing better to do: the failure that brought us here is shown
