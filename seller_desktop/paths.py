"""Where the app keeps its files, resolved once at start-up.

Everything of one seller lives under one data directory so that a test, a demo or a seller with
two businesses can point the app elsewhere with ``--data-dir`` or ``SELLER_DESKTOP_DATA_DIR``.
Files and folders are created owner-only: the store is encrypted, but its backups, logs and
configuration are nobody else's business either.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

import appdirs

APP_NAME = "SellerDesktop"
APP_AUTHOR = "SellerDesktop"
DATA_DIR_ENV = "SELLER_DESKTOP_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    """The resolved locations of one seller's files."""

    data_dir: Path
    config_dir: Path
    log_dir: Path

    @property
    def store(self) -> Path:
        return self.data_dir / "store.db"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def archive(self) -> Path:
        return self.data_dir / "archive"

    @property
    def temp_dir(self) -> Path:
        return self.data_dir / "tmp"

    def ensure(self) -> AppPaths:
        """Create the folders owner-only and make new files owner-only too."""
        restrict_new_files()
        for folder in (self.data_dir, self.backups, self.archive, self.config_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True)
            _owner_only(folder)
        return self


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """Pick the data directory: an explicit one, else the environment, else the platform's."""
    chosen = data_dir or os.environ.get(DATA_DIR_ENV)
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return AppPaths(data_dir=root, config_dir=root / "config", log_dir=root / "logs")
    return AppPaths(
        data_dir=Path(appdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
        config_dir=Path(appdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
        log_dir=Path(appdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
    )


def use_private_temp(paths: AppPaths) -> Path:
    """Send this process's temporary files to an owner-only folder in the data directory, emptied
    first.

    Printing to a real printer, Qt spools the whole job (every page, buyers' addresses included)
    to a temporary file before the system spooler takes it; in a shared /tmp a crash mid-print
    would leave it there for anyone to find. Here it stays private, and the next start removes
    it. Python's ``tempfile`` and Qt both read these variables.
    """
    folder = paths.temp_dir
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    _owner_only(folder)
    for name in ("TMPDIR", "TMP", "TEMP"):
        os.environ[name] = str(folder)
    tempfile.tempdir = None  # forget the folder chosen before, if any
    return folder


def empty_private_temp(paths: AppPaths) -> None:
    """At exit: nothing of this run's temporary files is left behind."""
    shutil.rmtree(paths.temp_dir, ignore_errors=True)


def restrict_new_files() -> None:
    """umask 077: every file we (or SQLCipher) create is readable by the owner only."""
    if os.name == "posix":
        os.umask(0o077)


def _owner_only(folder: Path) -> None:
    """Take group's and others' rights away; the owner's stay as they are. (Setting 0700 would
    also *give* the owner write access to a folder made read-only on purpose, and the app would
    then write where the seller said it may not.)"""
    if os.name == "posix":
        try:
            folder.chmod(stat.S_IMODE(folder.stat().st_mode) & 0o700)
        except OSError:
            pass  # a folder we do not own (e.g. a shared parent); the umask still guards new files
