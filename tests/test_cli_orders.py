"""The order commands end to end, in-process with the fixed clock: import → orders → ship → export."""

from __future__ import annotations

import json

import pytest
from fixtures.make_reports import PEOPLE

from seller_desktop.core.orders.shipping import CONFIRMATION_COLUMNS


@pytest.fixture
def cli(cli_store):
    return cli_store(["de", "jp", "ar"])


def test_orders_json_shape_and_contact_only_on_request(cli):
    code, out, _ = cli("orders", "--json")
    assert code == 0
    orders = json.loads(out)
    assert len(orders) == 3
    first = orders[0]
    assert set(first) == {
        "order_id",
        "marketplace",
        "status",
        "purchased_at",
        "shipped_on",
        "retention_deadline",
        "has_contact_details",
        "items",
    }
    assert all(
        isinstance(i["order_item_id"], str) and isinstance(i["quantity"], int)
        for o in orders
        for i in o["items"]
    )
    assert first["purchased_at"].endswith("Z") and first["has_contact_details"] is True
    assert PEOPLE["jp"].name not in out  # no contact details without the flag

    code, out, _ = cli("orders", "--json", "--with-contact")
    with_contact = json.loads(out)
    names = {o["contact"]["recipient_name"] for o in with_contact}
    assert names == {PEOPLE["de"].name, PEOPLE["jp"].name, PEOPLE["ar"].name}


def test_ship_then_export_once(cli, tmp_path):
    orders = json.loads(cli("orders", "--json")[1])
    ids = [o["order_id"] for o in orders]
    code, _, err = cli(
        "ship", ids[0], ids[1], "--date", "2026-11-28", "--carrier", "DHL", "--tracking", "JD0001"
    )
    assert code == 0, err
    # already shipped, unknown: none shipped
    code, _, err = cli("ship", ids[0], "NOT-AN-ORDER", "--carrier", "DHL")
    assert code == 2 and "nothing left to ship" in err and "no order NOT-AN-ORDER" in err

    out = tmp_path / "confirm.txt"
    code, _, err = cli("export-confirmations", "--out", str(out))
    assert code == 0, err
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == list(CONFIRMATION_COLUMNS)
    rows = [line.split("\t") for line in lines[1:]]
    shipped_items = {
        i["order_item_id"]: i["quantity"]
        for o in orders
        if o["order_id"] in ids[:2]
        for i in o["items"]
    }
    assert {r[1]: int(r[2]) for r in rows} == shipped_items and len(rows) == len(shipped_items)
    assert {r[0] for r in rows} == set(ids[:2])
    assert all(r[3:7] == ["2026-11-28", "DHL", "DHL", "JD0001"] for r in rows)

    code, _, err = cli("export-confirmations", "--out", str(out))
    assert code == 0 and "No new shipments" in err
    assert out.read_text(encoding="utf-8").splitlines() == lines[:1]
    cli("export-confirmations", "--out", str(out), "--again")
    assert out.read_text(encoding="utf-8").splitlines() == lines

    after = {o["order_id"]: o for o in json.loads(cli("orders", "--json")[1])}
    assert after[ids[0]]["status"] == "shipped" and after[ids[0]]["shipped_on"] == "2026-11-28"
    assert after[ids[2]]["status"] == "unshipped" and after[ids[2]]["shipped_on"] is None
    code, _, err = cli("ship", ids[2], "NOT-AN-ORDER", "--carrier", "UPS")  # one of two: partly
    assert code == 1 and "Marked 1 of 2" in err


def test_export_to_an_unwritable_place_marks_nothing(cli, tmp_path):
    ids = [o["order_id"] for o in json.loads(cli("orders", "--json")[1])]
    cli("ship", ids[0], "--date", "2026-11-28", "--carrier", "UPS")
    code, _, err = cli("export-confirmations", "--out", str(tmp_path / "missing-dir" / "c.txt"))
    assert code == 2 and "Nothing was marked" in err
    out = tmp_path / "c.txt"
    assert cli("export-confirmations", "--out", str(out))[0] == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) > 1  # still there to export


def test_ship_without_a_carrier_is_refused_unless_confirmed_elsewhere(cli, tmp_path):
    """Amazon needs the carrier to confirm a shipment (file or API); a shipment already confirmed
    in Seller Central is recorded with --no-confirm and never goes into the upload file."""
    ids = [o["order_id"] for o in json.loads(cli("orders", "--json")[1])]
    code, _, err = cli("ship", ids[0])
    assert code == 2 and "Name the carrier" in err and "--no-confirm" in err
    assert json.loads(cli("orders", "--json")[1])[0]["status"] == "unshipped"
    assert cli("ship", ids[0], "--no-confirm", "--date", "2026-11-28")[0] == 0
    out = tmp_path / "confirmations.txt"
    assert cli("export-confirmations", "--again", "--out", str(out))[0] == 0
    assert ids[0] not in out.read_text(encoding="utf-8")


def test_ship_with_a_tracking_number_but_no_carrier_exits_2_and_records_nothing(cli, tmp_path):
    ids = [o["order_id"] for o in json.loads(cli("orders", "--json")[1])]
    code, out, err = cli("ship", ids[0], "--tracking", "1Z999AA10123456784")
    assert code == 2 and out == ""
    assert "--carrier" in err and "--no-confirm" in err and "Other" in err  # what to do
    assert {o["status"] for o in json.loads(cli("orders", "--json")[1])} == {"unshipped"}
    out_file = tmp_path / "confirmations.txt"
    assert cli("export-confirmations", "--again", "--out", str(out_file))[0] == 0
    assert out_file.read_text(encoding="utf-8").splitlines()[1:] == []  # nothing recorded


def test_carrier_names_become_amazons_codes():
    from seller_desktop.core.orders.carriers import carrier_code

    assert carrier_code("Yamato Transport") == ("YamatoTransport", "YamatoTransport")
    assert carrier_code("yamatotransport") == ("YamatoTransport", "YamatoTransport")
    assert carrier_code("Sagawa Express") == ("SagawaExpress", "SagawaExpress")
    assert carrier_code("hermes") == ("Hermes Logistik Gruppe", "Hermes Logistik Gruppe")
    assert carrier_code("Evri") == ("Other", "Evri")  # not on Amazon's list: named
    assert carrier_code("  ups ") == ("UPS", "UPS")
