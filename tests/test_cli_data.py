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
    assert cli("export-subject", "--buyer-email", fr["contact"]["buyer_email"], "--out", str(out))[0] == 0
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
