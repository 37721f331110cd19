"""The archive and hold commands end to end, in-process with the fixed clock: exit codes, files,
and nothing personal on stdout or stderr."""

from __future__ import annotations

import json
import os
from datetime import datetime, timezone

import pytest

from seller_desktop.cli import main
from seller_desktop.core.settings import Settings
from seller_desktop.core.store import create_store, open_store
from seller_desktop.core.store.events import recent_events
from seller_desktop.paths import resolve_paths
from test_archive import ORDERS, _expected_invoice, _save, _strings

PASSPHRASE = "correct horse battery staple"
ARCHIVE_PASS = "archive passphrase kept apart"


@pytest.fixture
def cli(tmp_path, clock, monkeypatch, capsys):
    monkeypatch.setenv("SELLER_DESKTOP_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("SELLER_DESKTOP_ARCHIVE_PASSPHRASE", raising=False)
    data = tmp_path / "D"
    opened = create_store(resolve_paths(data), PASSPHRASE,
                          Settings(business_name="Shop", tax_archive_marketplaces=("DE",)), clock)
    _save(opened.store)
    opened.store.close()
    outputs: list[str] = []

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(data), *args], clock=clock)
        out, err = capsys.readouterr()
        outputs.append(out + err)
        return code, out, err

    run.data = data
    run.outputs = outputs
    yield run
    everything = "\n".join(outputs)
    for order_id in ORDERS:  # no command ever printed a contact detail
        assert not any(v.decode() in everything for v in _strings(order_id))


def _passfile(tmp_path, text: str):
    path = tmp_path / "archive-pass.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


def test_archive_init_hold_list_open(cli, tmp_path, clock, monkeypatch):
    code, _, err = cli("archive-init")
    assert code == 2 and "No archive passphrase given" in err
    monkeypatch.setenv("SELLER_DESKTOP_ARCHIVE_PASSPHRASE", PASSPHRASE)
    code, _, err = cli("archive-init")
    assert code == 2 and "different from the store passphrase" in err
    monkeypatch.delenv("SELLER_DESKTOP_ARCHIVE_PASSPHRASE")
    assert cli("archive-init", "--archive-passphrase-file", _passfile(tmp_path, "short"))[0] == 2
    code, _, err = cli("archive-init", "--archive-passphrase-file", _passfile(tmp_path, ARCHIVE_PASS))
    assert code == 0, err
    code, _, err = cli("archive-init", "--archive-passphrase-file", _passfile(tmp_path, ARCHIVE_PASS))
    assert code == 2 and "already set up" in err

    code, _, err = cli("hold", "US-1", "--reason", "tax audit 2027", "--until", "2027-06-30")
    assert code == 0 and "US-1" in err
    assert cli("hold", "NOPE", "--reason", "x", "--until", "2027-06-30")[0] == 2
    assert cli("hold", "US-1", "--reason", "x", "--until", "2020-01-01")[0] == 2
    with pytest.raises(SystemExit) as bad_date:
        cli("hold", "US-1", "--reason", "x", "--until", "30.06.2027")
    assert bad_date.value.code == 2
    code, out, _ = cli("holds", "--json")
    assert code == 0
    assert json.loads(out) == [{"order_id": "US-1", "reason": "tax audit 2027",
                                "until": "2027-06-30", "created_at": "2026-11-28T12:00:00Z",
                                "archived": False}]
    code, out, _ = cli("archive-list", "--json")
    assert (code, json.loads(out)) == (0, [])

    clock.advance(datetime(2026, 12, 26, tzinfo=timezone.utc) - clock.now())
    code, out, err = cli("archive-list", "--json")  # this open runs the wipe first
    assert code == 0 and "Removed the contact details of 5 orders" in err
    assert json.loads(out) == [{"order_id": "US-1", "end_date": "2027-06-30"},
                               {"order_id": "DE-1", "end_date": "2036-12-31"}]
    code, out, _ = cli("archive-list")
    assert out.splitlines() == ["US-1\tkept until 2027-06-30", "DE-1\tkept until 2036-12-31"]

    target = tmp_path / "de-1.json"
    monkeypatch.setenv("SELLER_DESKTOP_ARCHIVE_PASSPHRASE", "not the archive passphrase")
    code, _, err = cli("archive-open", "DE-1", "--out", str(target))
    assert code == 3 and "archive passphrase does not open" in err and not target.exists()
    monkeypatch.setenv("SELLER_DESKTOP_ARCHIVE_PASSPHRASE", ARCHIVE_PASS)
    monkeypatch.setenv("SELLER_DESKTOP_PASSPHRASE", "wrong store passphrase")
    code, _, err = cli("archive-open", "DE-1", "--out", str(target))
    assert code == 3 and "does not open this store" in err and not target.exists()
    monkeypatch.setenv("SELLER_DESKTOP_PASSPHRASE", PASSPHRASE)
    assert cli("archive-open", "FR-1", "--out", str(target))[0] == 2  # never archived
    code, _, err = cli("archive-open", "DE-1", "--out", str(target))
    assert code == 0, err
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["invoice"] == _expected_invoice("DE-1") and document["end_date"] == "2036-12-31"
    if os.name == "posix":
        assert target.stat().st_mode & 0o077 == 0
    code, _, err = cli("archive-open", "DE-1", "--out", str(target))
    assert code == 2 and "already exists" in err

    reopened = open_store(resolve_paths(cli.data), PASSPHRASE, clock)
    try:
        log = [(e.kind, e.detail) for e in recent_events(reopened.store, 100)]
    finally:
        reopened.store.close()
    assert log.count(("archive_opened", "DE-1: archive entry opened")) == 1
    assert ("archive_open_refused", "DE-1: wrong archive passphrase") in log
    assert not any("tax audit" in detail for _, detail in log)

    code, _, err = cli("release", "US-1")
    assert code == 0 and "entry was deleted" in err
    assert json.loads(cli("archive-list", "--json")[1]) == [{"order_id": "DE-1",
                                                              "end_date": "2036-12-31"}]
    assert cli("release", "US-1")[0] == 2


def test_commands_without_an_archive(cli, tmp_path):
    code, out, err = cli("archive-list", "--json")
    assert code == 0 and json.loads(out) == [] and "not set up" in err
    assert cli("holds", "--json")[1].strip() == "[]"
    code, _, err = cli("hold", "US-1", "--reason", "audit", "--until", "2027-01-31")
    assert code == 2 and "archive-init" in err
    code, _, err = cli("archive-open", "DE-1", "--out", str(tmp_path / "x.json"))
    assert code == 2 and "not set up" in err
