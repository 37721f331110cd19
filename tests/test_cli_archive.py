"""The archive and hold commands end to end, in-process with the fixed clock: exit codes, files,
and nothing personal on stdout or stderr."""

from __future__ import annotations

import json
import os
from datetime import datetime, timezone

import pytest
from test_archive import ORDERS, _expected_invoice, _save, _strings

from seller_desktop.cli import main
from seller_desktop.core.session import create_store, open_store
from seller_desktop.core.settings import Settings
from seller_desktop.core.store.events import recent_events
from seller_desktop.paths import resolve_paths

PASSPHRASE = "correct horse battery staple"
ARCHIVE_PASS = "archive passphrase kept apart"


@pytest.fixture
def cli(tmp_path, clock, monkeypatch, capsys):
    monkeypatch.setenv("SELLER_DESKTOP_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("SELLER_DESKTOP_ARCHIVE_PASSPHRASE", raising=False)
    data = tmp_path / "D"
    opened = create_store(
        resolve_paths(data),
        PASSPHRASE,
        Settings(business_name="Shop", tax_archive_marketplaces=("DE",)),
        clock,
    )
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
    code, _, err = cli(
        "archive-init", "--archive-passphrase-file", _passfile(tmp_path, ARCHIVE_PASS)
    )
    assert code == 0, err
    code, _, err = cli(
        "archive-init", "--archive-passphrase-file", _passfile(tmp_path, ARCHIVE_PASS)
    )
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
    assert json.loads(out) == [
        {
            "order_id": "US-1",
            "reason": "tax audit 2027",
            "until": "2027-06-30",
            "created_at": "2026-11-28T12:00:00Z",
            "archived": False,
        }
    ]
    code, out, _ = cli("archive-list", "--json")
    assert (code, json.loads(out)) == (0, [])

    clock.advance(datetime(2026, 12, 26, tzinfo=timezone.utc) - clock.now())
    code, out, err = cli("archive-list", "--json")  # this open runs the wipe first
    assert code == 0 and "Removed the contact details of 5 orders" in err
    assert json.loads(out) == [
        {"order_id": "US-1", "end_date": "2027-06-30"},
        {"order_id": "DE-1", "end_date": "2036-12-31"},
    ]
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
    assert json.loads(cli("archive-list", "--json")[1]) == [
        {"order_id": "DE-1", "end_date": "2036-12-31"}
    ]
    assert cli("release", "US-1")[0] == 2


def test_commands_without_an_archive(cli, tmp_path):
    code, out, err = cli("archive-list", "--json")
    assert code == 0 and json.loads(out) == [] and "not set up" in err
    assert cli("holds", "--json")[1].strip() == "[]"
    code, _, err = cli("hold", "US-1", "--reason", "audit", "--until", "2027-01-31")
    assert code == 2 and "archive-init" in err
    code, _, err = cli("archive-open", "DE-1", "--out", str(tmp_path / "x.json"))
    assert code == 2 and "not set up" in err


NEW_ARCHIVE_PASS = "the accountant's new passphrase"


def _archive_hash(cli) -> str:
    import hashlib

    return hashlib.sha256((cli.data / "archive" / "archive.db").read_bytes()).hexdigest()


def test_archive_passphrase_change(cli, tmp_path, clock, monkeypatch):
    code, _, err = cli("archive-passphrase")
    assert code == 2 and "not set up" in err  # said before any archive passphrase is asked
    assert (
        cli("archive-init", "--archive-passphrase-file", _passfile(tmp_path, ARCHIVE_PASS))[0] == 0
    )
    clock.advance(datetime(2026, 12, 26, tzinfo=timezone.utc) - clock.now())
    assert cli("archive-list")[0] == 0  # this open runs the wipe: DE-1 is sealed
    before = _archive_hash(cli)
    new_file = tmp_path / "new-pass.txt"
    new_file.write_text(NEW_ARCHIVE_PASS + "\n", encoding="utf-8")

    monkeypatch.setenv("SELLER_DESKTOP_ARCHIVE_PASSPHRASE", "not the archive passphrase")
    code, _, err = cli("archive-passphrase", "--new-archive-passphrase-file", str(new_file))
    assert code == 3 and "does not open the tax archive" in err and "Nothing was changed" in err
    monkeypatch.setenv("SELLER_DESKTOP_ARCHIVE_PASSPHRASE", ARCHIVE_PASS)
    code, _, err = cli("archive-passphrase")  # no new passphrase, and no terminal to ask on
    assert code == 2 and "No new archive passphrase given" in err
    assert "SELLER_DESKTOP_NEW_ARCHIVE_PASSPHRASE" in err
    for weak, why in (
        ("short", "at least 12 characters"),
        (PASSPHRASE, "different from the store passphrase"),
        (ARCHIVE_PASS, "same as the current one"),
    ):
        monkeypatch.setenv("SELLER_DESKTOP_NEW_ARCHIVE_PASSPHRASE", weak)
        code, _, err = cli("archive-passphrase")
        assert code == 2 and why in err, (weak, err)
    monkeypatch.delenv("SELLER_DESKTOP_NEW_ARCHIVE_PASSPHRASE")
    assert _archive_hash(cli) == before  # every refusal left the file byte for byte

    code, _, err = cli("archive-passphrase", "--new-archive-passphrase-file", str(new_file))
    assert code == 0 and "only the new one opens" in err
    assert _archive_hash(cli) != before

    target = tmp_path / "de-1.json"
    code, _, err = cli("archive-open", "DE-1", "--out", str(target))  # the old one: refused
    assert code == 3 and not target.exists()
    monkeypatch.delenv("SELLER_DESKTOP_ARCHIVE_PASSPHRASE")
    code, _, err = cli(
        "archive-open", "DE-1", "--out", str(target), "--archive-passphrase-file", str(new_file)
    )
    assert code == 0, err
    assert json.loads(target.read_text(encoding="utf-8"))["invoice"] == _expected_invoice("DE-1")

    reopened = open_store(resolve_paths(cli.data), PASSPHRASE, clock)
    try:
        log = [(e.kind, e.detail) for e in recent_events(reopened.store, 100)]
    finally:
        reopened.store.close()
    assert (
        log.count(
            (
                "archive_passphrase_changed",
                "tax archive passphrase changed (sealed entries unchanged)",
            )
        )
        == 1
    )
    assert log.count(("archive_passphrase_change_refused", "wrong archive passphrase")) == 1
    everything = "\n".join(cli.outputs) + repr(log)
    for secret in (ARCHIVE_PASS, NEW_ARCHIVE_PASS, PASSPHRASE):
        assert secret not in everything


def test_archive_passphrase_change_at_a_prompt(cli, tmp_path, clock, monkeypatch):
    """At a terminal: the current passphrase once, the new one twice (a typo changes nothing)."""
    import getpass
    import sys

    assert (
        cli("archive-init", "--archive-passphrase-file", _passfile(tmp_path, ARCHIVE_PASS))[0] == 0
    )
    before = _archive_hash(cli)
    answers: list[str] = []
    asked: list[str] = []

    def fake_getpass(prompt: str) -> str:
        asked.append(prompt)
        return answers.pop(0)

    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(getpass, "getpass", fake_getpass)
    answers[:] = [ARCHIVE_PASS, NEW_ARCHIVE_PASS, NEW_ARCHIVE_PASS + "!"]
    code, _, err = cli("archive-passphrase")
    assert code == 2 and "differ" in err and _archive_hash(cli) == before
    assert asked == [
        "Current archive passphrase: ",
        "New archive passphrase: ",
        "New archive passphrase again: ",
    ]
    answers[:] = [ARCHIVE_PASS, NEW_ARCHIVE_PASS, NEW_ARCHIVE_PASS]
    assert cli("archive-passphrase")[0] == 0 and answers == []
    from seller_desktop.core.privacy.archive import check_archive_passphrase

    reopened = open_store(resolve_paths(cli.data), PASSPHRASE, clock)
    try:
        check_archive_passphrase(reopened.store, NEW_ARCHIVE_PASS)
    finally:
        reopened.store.close()
