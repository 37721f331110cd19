"""purge, erase, export-subject, backup and restore through the CLI (in-process, fixed clock)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from fixtures.make_reports import PEOPLE


@pytest.fixture
def cli(cli_store):
    return cli_store(["de", "fr", "jp"])


def _ids(cli):
    return {o["order_id"]: o for o in json.loads(cli("orders", "--json", "--with-contact")[1])}


def test_purge_reports_the_wipe_of_this_open(cli, clock):
    code, out, _ = cli("purge", "--json")
    assert code == 0 and json.loads(out)["wiped"] == 0
    clock.advance(timedelta(days=70))  # unshipped orders: 60-day cap passed
    code, out, _ = cli("purge", "--json")
    report = json.loads(out)
    assert report["wiped"] == 3 and len(report["order_ids"]) == 3 and report["failed"] is None
    assert all(not o["has_contact_details"] for o in _ids(cli).values())


def test_erase_by_email_and_by_id(cli):
    orders = _ids(cli)
    de = next(i for i, o in orders.items() if o["contact"]["recipient_name"] == PEOPLE["de"].name)
    email = orders[de]["contact"]["buyer_email"]
    code, _, err = cli("erase", "--buyer-email", email)
    assert code == 0 and de in err
    assert _ids(cli)[de]["contact"] is None
    jp = next(i for i, o in orders.items() if o["contact"]["recipient_name"] == PEOPLE["jp"].name)
    assert cli("erase", jp)[0] == 0 and _ids(cli)[jp]["contact"] is None
    assert cli("erase", "NOPE")[0] == 2
    assert cli("erase")[0] == 2


def test_export_subject(cli, tmp_path):
    orders = _ids(cli)
    fr = next(o for o in orders.values() if o["contact"]["recipient_name"] == PEOPLE["fr"].name)
    out = tmp_path / "subject.json"
    assert (
        cli("export-subject", "--buyer-email", fr["contact"]["buyer_email"], "--out", str(out))[0]
        == 0
    )
    document = json.loads(out.read_text(encoding="utf-8"))
    assert [o["order_id"] for o in document["orders"]] == [fr["order_id"]]
    assert document["orders"][0]["contact_details"]["recipient_name"] == PEOPLE["fr"].name


def test_backup_and_restore_on_a_new_pc(cli, tmp_path, clock):
    backup = tmp_path / "move.db"
    assert cli("backup", "--out", str(backup))[0] == 0
    assert cli("backup", "--out", str(backup))[0] == 2  # never overwrites
    assert PEOPLE["de"].name.encode() not in backup.read_bytes()
    new_pc = tmp_path / "NEW"
    clock.advance(timedelta(days=70))
    code, _, err = cli("restore", str(backup), data=new_pc)
    assert code == 0, err
    assert "Removed the contact details of 3 orders" in err
    restored = json.loads(cli("orders", "--json", data=new_pc)[1])
    assert len(restored) == 3 and not any(o["has_contact_details"] for o in restored)
    assert cli("restore", str(backup), data=new_pc)[0] == 2  # a store is there: needs --replace


def test_extend_an_open_order(cli):
    order_id = next(iter(_ids(cli)))
    code, _, err = cli("extend", order_id)
    assert code == 0 and "2027-02-23" in err  # bought 2026-11-25: 60 + 30 days
    assert cli("extend", "NOPE")[0] == 2


def test_a_backup_outside_the_folder_is_called_the_sellers_own(cli, tmp_path):
    code, _, err = cli("backup", "--out", str(tmp_path / "mine.db"))
    assert code == 0 and "This file is yours" in err and "until you delete it" in err
    code, _, err = cli("backup", "--out", str(tmp_path / "D" / "backups" / "extra.db"))
    assert code == 0 and "This file is yours" not in err


def test_restore_over_the_store_says_what_it_rolls_back_and_asks(cli, tmp_path, monkeypatch):
    import io

    backup = tmp_path / "D" / "backups" / "early.db"
    assert cli("backup", "--out", str(backup))[0] == 0
    orders = _ids(cli)
    shipped, erased = sorted(orders)[:2]
    assert cli("ship", shipped, "--carrier", "DHL", "--tracking", "JD014600006281230704")[0] == 0
    assert cli("erase", erased)[0] == 0

    assert cli("restore", str(backup))[0] == 2  # a store is there: needs --replace
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    code, _, err = cli("restore", str(backup), "--replace")
    assert code == 1 and "Nothing was restored" in err
    assert (
        f"Shipped since the backup, back to not shipped (their shipments are undone): {shipped}."
        in err
    )
    assert "Replace the store with this backup? [y/N]" in err
    assert _ids(cli)[shipped]["status"] == "shipped"  # untouched

    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    code, _, err = cli("restore", str(backup), "--replace")
    assert code == 0, err
    after = _ids(cli)
    assert after[shipped]["status"] == "unshipped"  # rolled back, as announced
    assert after[erased]["contact"] is None  # the erasure holds

    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # --yes: no question at all
    code, _, err = cli("restore", str(backup), "--replace", "--yes")
    assert code == 0 and "[y/N]" not in err
