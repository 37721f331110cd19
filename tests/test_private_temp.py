"""Temporary files of the GUI process (Qt's print spool file among them) stay in an owner-only
folder of the data directory and do not outlive the next start."""

from __future__ import annotations

import os
import stat
import tempfile

import pytest

from seller_desktop.paths import empty_private_temp, resolve_paths, use_private_temp


@pytest.fixture
def private_temp(tmp_path):
    """use_private_temp changes this process's environment: put it back afterwards (a later
    test's QLocalServer makes its socket in the temp folder)."""
    saved = {name: os.environ.get(name) for name in ("TMPDIR", "TMP", "TEMP")}
    paths = resolve_paths(tmp_path / "data").ensure()
    yield paths
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    tempfile.tempdir = None  # chosen again from the restored environment


def test_temp_files_go_to_an_owner_only_folder_emptied_at_start(private_temp):
    paths = private_temp
    paths.temp_dir.mkdir()
    leftover = paths.temp_dir / "qt_temp.XYZ123"  # a print job left by a crash
    leftover.write_bytes(b"%PDF- pages with an address")
    folder = use_private_temp(paths)
    assert folder == paths.temp_dir and not leftover.exists()
    assert all(os.environ[name] == str(folder) for name in ("TMPDIR", "TMP", "TEMP"))
    with tempfile.NamedTemporaryFile() as handle:  # where Python (and Qt) now put temp files
        assert os.path.dirname(handle.name) == str(folder)
    if os.name == "posix":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_qt_puts_its_temp_files_there_too(private_temp, qapp):
    from PySide6.QtCore import QDir, QTemporaryFile

    folder = use_private_temp(private_temp)
    assert QDir.tempPath() == str(folder)
    spool = QTemporaryFile()
    assert spool.open() and os.path.dirname(spool.fileName()) == str(folder)
    spool.close()


def test_emptied_at_exit(private_temp):
    folder = use_private_temp(private_temp)
    (folder / "print-job").write_bytes(b"x")
    empty_private_temp(private_temp)
    assert not folder.exists()
