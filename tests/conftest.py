"""Shared fixtures: a fresh store per test, a fixed clock, and Qt offscreen."""

from __future__ import annotations

import os
import tempfile
from datetime import datetime, timezone
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from seller_desktop.core.base.clock import FixedClock
from seller_desktop.core.session import create_store
from seller_desktop.core.settings import Settings
from seller_desktop.paths import resolve_paths

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 28, 12, 0, tzinfo=timezone.utc))


@pytest.fixture
def own_temp(tmp_path, monkeypatch) -> Path:
    """This test's own temp folder, made the process's temp folder (TMPDIR/TMP/TEMP, Python's
    ``tempfile`` and Qt's ``QDir.tempPath()`` alike) for the test's length. A test that looks for
    stray temp files looks here: the system temp folder holds other programs' files, which come and
    go meanwhile (and may hold the same test strings, from another test run)."""
    folder = tmp_path / "temp"
    folder.mkdir(mode=0o700)
    for name in ("TMPDIR", "TMP", "TEMP"):
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)  # chosen again from TMPDIR, put back afterwards
    assert tempfile.gettempdir() == str(folder)
    return folder


@pytest.fixture
def paths(tmp_path):
    return resolve_paths(tmp_path / "data")


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def opened(paths, clock):
    """A new store with settings filled in, closed at the end of the test."""
    result = create_store(paths, PASSPHRASE, Settings(business_name="Test Shop"), clock)
    yield result
    try:
        result.store.close()
    except Exception:
        pass


@pytest.fixture
def store(opened):
    return opened.store


@pytest.fixture
def cli_store(tmp_path, clock, monkeypatch, capsys):
    """``cli_store(["de", "jp"])``: a CLI runner (in-process, fixed clock) on a new store filled
    from a report of those people. ``run(*args, data=…)`` returns (exit code, stdout, stderr)."""
    from fixtures.make_reports import people_report

    from seller_desktop.cli import main

    monkeypatch.setenv("SELLER_DESKTOP_PASSPHRASE", PASSPHRASE)

    def make(people: list[str]):
        def run(*args: str, data=tmp_path / "D") -> tuple[int, str, str]:
            code = main(["--data-dir", str(data), *args], clock=clock)
            out, err = capsys.readouterr()
            return code, out, err

        assert run("init")[0] == 0
        report = tmp_path / "orders.txt"
        report.write_bytes(people_report(people))
        code, _, err = run("import", str(report))
        assert code == 0, err
        return run

    return make
