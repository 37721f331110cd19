"""The CLI as a seller or a script runs it: real processes, real exit codes, real files."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PASSPHRASE = "correct horse battery staple"
ROOT = Path(__file__).resolve().parent.parent


def cli(
    *args: str,
    passphrase: str | None = PASSPHRASE,
    data_dir: Path | None = None,
    stdin: str | None = None,
) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SELLER_DESKTOP_")}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    if passphrase is not None:
        env["SELLER_DESKTOP_PASSPHRASE"] = passphrase
    prefix = ["--data-dir", str(data_dir)] if data_dir else []
    return subprocess.run(
        [sys.executable, "-m", "seller_desktop.cli", *prefix, *args],
        capture_output=True,
        text=True,
        env=env,
        input=stdin,
        timeout=120,
    )


@pytest.fixture
def initialised(tmp_path) -> Path:
    data = tmp_path / "D"
    result = cli("init", "--business-name", "Test Shop", data_dir=data)
    assert result.returncode == 0, result.stderr
    return data


def test_init_creates_an_encrypted_store_without_visible_schema(initialised):
    store = initialised / "store.db"
    data = store.read_bytes()
    assert data[:16] != b"SQLite format 3\x00"
    for name in (b"orders", b"contact_details", b"CREATE TABLE", b"settings"):
        for f in initialised.glob("store.db*"):
            assert name not in f.read_bytes()
    for sub in ("backups", "archive", "config", "logs"):
        assert (initialised / sub).is_dir()
    if os.name == "posix":
        assert store.stat().st_mode & 0o077 == 0
        assert (initialised).stat().st_mode & 0o077 == 0


def test_init_refuses_short_passphrase_and_existing_store(tmp_path, initialised):
    short = cli("init", passphrase="too short", data_dir=tmp_path / "E")
    assert short.returncode == 2 and "12 characters" in short.stderr
    assert not (tmp_path / "E" / "store.db").exists()
    before = hashlib.sha256((initialised / "store.db").read_bytes()).hexdigest()
    again = cli("init", data_dir=initialised)
    assert again.returncode == 2 and "already exists" in again.stderr
    assert hashlib.sha256((initialised / "store.db").read_bytes()).hexdigest() == before


def test_wrong_passphrase_exits_3_and_changes_nothing(initialised):
    before = {
        f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in initialised.glob("store.db*")
    }
    for command in (["status"], ["status", "--json"]):
        result = cli(*command, passphrase="definitely not it", data_dir=initialised)
        assert result.returncode == 3, command
        assert "passphrase does not open" in result.stderr
        assert result.stdout == ""
    after = {
        f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in initialised.glob("store.db*")
    }
    assert after == before


def test_status_json(initialised):
    result = cli("status", "--json", data_dir=initialised)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "orders": 0,
        "with_contact_details": 0,
        "due_within_7_days": 0,
        "wiped_at_open": 0,
        "wipe_failed": None,
    }


def test_passphrase_file_first_line_only(tmp_path, initialised):
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\r\nsecond line\n", encoding="utf-8")
    ok = cli("--passphrase-file", str(secret), "status", passphrase=None, data_dir=initialised)
    assert ok.returncode == 0, ok.stderr
    assert "Orders: 0" in ok.stdout


def test_no_passphrase_without_terminal_is_bad_input(initialised):
    result = cli("status", passphrase=None, data_dir=initialised, stdin="")
    assert result.returncode == 2 and "SELLER_DESKTOP_PASSPHRASE" in result.stderr


def test_missing_store_and_usage_errors(tmp_path):
    missing = cli("status", data_dir=tmp_path / "none")
    assert missing.returncode == 2 and "no store" in missing.stderr.lower()
    assert cli("no-such-command").returncode == 2


def test_self_test_and_version():
    result = cli("self-test", passphrase=None)
    assert result.returncode == 0, result.stderr
    assert "ok   store" in result.stderr and "ok   pdf" in result.stderr
    version = cli("--version", passphrase=None)
    from seller_desktop import __version__

    assert version.returncode == 0 and version.stdout.strip() == f"seller-desktop-cli {__version__}"


def test_init_picks_the_paper_of_the_sellers_region(tmp_path):
    import sqlcipher3

    for market, paper in (("DE", "a4"), ("US", "letter"), ("JP", "a4")):
        data = tmp_path / market
        assert cli("init", "--marketplace", market, data_dir=data).returncode == 0
        conn = sqlcipher3.connect(str(data / "store.db"))
        conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
        values = dict(conn.execute("SELECT key, value FROM settings WHERE key LIKE '%layout'"))
        conn.close()
        assert values == {"slip_layout": f'"{paper}"', "pick_list_layout": f'"{paper}"'}
