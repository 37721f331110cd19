"""The Amazon commands of seller-desktop-cli against the fake Amazon, and the secrets nowhere but
inside the encrypted store."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from fake_spapi import CLIENT_ID, CLIENT_SECRET, NOW, REFRESH_TOKEN

from seller_desktop.cli import main
from seller_desktop.core.base.clock import FixedClock

PASSPHRASE = "cli amazon passphrase"


@pytest.fixture
def cli(tmp_path, monkeypatch, capsys, fake, own_temp):
    monkeypatch.setenv("SELLER_DESKTOP_PASSPHRASE", PASSPHRASE)
    clock = FixedClock(NOW)
    fake.covered_until = "2024-12-25T23:58:00Z"

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(tmp_path / "D"), *args], clock=clock)
        out, err = capsys.readouterr()
        return code, out, err

    assert run("init")[0] == 0
    return run


def _set(cli, tmp_path: Path, fake, region="na", markets="US,BR") -> tuple[int, str, str]:
    secret = tmp_path / "secret.txt"
    token = tmp_path / "token.txt"
    secret.write_text(CLIENT_SECRET + "\n", encoding="utf-8")
    token.write_text(REFRESH_TOKEN + "\n", encoding="utf-8")
    try:
        return cli(
            "amazon-account", "set", "--region", region, "--marketplaces", markets,
            "--client-id", CLIENT_ID, "--client-secret-file", str(secret),
            "--refresh-token-file", str(token), "--api-url", fake.url, "--lwa-url", fake.token_url,
        )  # fmt: skip
    finally:
        secret.unlink()
        token.unlink()


def test_set_show_test_sync_ship_and_confirm(cli, tmp_path, fake):
    code, _, err = _set(cli, tmp_path, fake)
    assert code == 0, err
    code, out, _ = cli("amazon-account", "show", "--json")
    [shown] = json.loads(out)
    assert shown["region"] == "na" and shown["marketplaces"] == ["US", "BR"]
    assert CLIENT_SECRET not in out and REFRESH_TOKEN not in out

    code, out, err = cli("amazon-account", "test", "--json")
    assert code == 0, err
    [result] = json.loads(out)
    assert result["ok"] is True and result["contact_details"] is True

    code, out, err = cli("sync", "--since", "2024-12-01", "--json")
    assert code == 0, err
    assert json.loads(out) == {
        "new": 4,
        "updated": 0,
        "without_contact": 0,
        "pages": 2,
        "skipped": 0,
    }
    code, out, _ = cli("sync", "--json")
    assert code == 0 and json.loads(out)["new"] == 0 and json.loads(out)["updated"] == 0

    code, _, err = cli("ship", "171-2345678-9012345", "--carrier", "UPS", "--tracking", "1Z9")
    assert code == 0, err
    assert "Confirmed 1 shipment to Amazon" in err
    code, out, _ = cli("confirmations", "--json")
    assert [(c["order_id"], c["state"]) for c in json.loads(out)] == [
        ("171-2345678-9012345", "confirmed")
    ]


def test_a_failed_confirmation_exits_1_and_stays_queued(cli, tmp_path, fake):
    _set(cli, tmp_path, fake)
    assert cli("sync", "--since", "2024-12-01")[0] == 0
    fake.refuse_confirmations = True
    code, _, err = cli("ship", "171-2345678-9012345", "--carrier", "UPS", "--tracking", "1Z9")
    assert code == 1 and "stays queued" in err
    code, out, _ = cli("confirmations", "--json")
    assert code == 1 and json.loads(out)[0]["state"] == "failed"


def test_bad_account_input_is_refused_before_anything_is_saved(cli, tmp_path, fake):
    code, _, err = _set(cli, tmp_path, fake, region="eu", markets="US")
    assert code == 2 and "US is an Amazon marketplace of the na region" in err
    assert json.loads(cli("amazon-account", "show", "--json")[1]) == []
    code, _, err = cli("sync")
    assert code == 2 and "No Amazon account" in err


def test_a_revoked_token_exits_4_with_what_to_do(cli, tmp_path, fake):
    _set(cli, tmp_path, fake)
    fake.lwa_error = "invalid_grant"
    code, _, err = cli("sync")
    assert code == 4 and "Authorize the app again" in err
    assert REFRESH_TOKEN not in err and CLIENT_SECRET not in err
    code, _, err = cli("amazon-account", "test")
    assert code == 4


def test_remove(cli, tmp_path, fake):
    _set(cli, tmp_path, fake)
    assert cli("amazon-account", "remove", "--region", "na")[0] == 0
    assert json.loads(cli("amazon-account", "show", "--json")[1]) == []


def test_the_secrets_are_in_no_file_outside_the_encrypted_store(cli, tmp_path, fake, own_temp):
    """Every file the app wrote — the data folder (store, backups, logs, config) and the temp
    folder — searched byte for byte for the client secret and the refresh token, after set, test,
    a sync with faults, ship and confirm."""
    _set(cli, tmp_path, fake)
    cli("amazon-account", "test")
    fake.faults = [None, "malformed"]
    cli("sync", "--since", "2024-12-01")
    cli("sync")
    cli("ship", "171-2345678-9012345", "--carrier", "UPS", "--tracking", "1Z9")
    cli("backup", "--out", str(tmp_path / "D" / "backups" / "by-hand.db"))
    written = [
        Path(root) / name
        for folder in (tmp_path / "D", own_temp)
        for root, _, names in os.walk(folder)
        for name in names
    ]
    assert any(p.name == "store.db" for p in written)
    leaks = [
        str(p)
        for p in written
        if CLIENT_SECRET.encode() in p.read_bytes() or REFRESH_TOKEN.encode() in p.read_bytes()
    ]
    assert leaks == []
