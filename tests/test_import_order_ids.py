"""Order ids from reports are validated: a cell that is not an Amazon order id is never stored or shown.

The order id is kept for good (orders, search index, wipe log, archive) and quoted in messages, so a
report row whose order-id cell holds a buyer's name (a spreadsheet shifted the columns) must be
refused by line and column, and the name must not reach the store, the WAL, the logs or the output.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from fixtures.make_reports import (
    ALL_ORDERS_HEADER,
    PEOPLE,
    order_id_of,
    person_row,
    report_bytes,
)
from sqlcipher_raw import decrypt_database, decrypt_wal

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.importers.order_ids import AMAZON_ORDER_ID, is_amazon_order_id
from seller_desktop.core.importers.report_import import import_file
from seller_desktop.core.importers.summary import ImportRefused
from seller_desktop.core.orders.edits import ItemInput, OrderInput, create_order
from seller_desktop.core.orders.repository import get_order

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "correct horse battery staple"
NAME = "Zebulon Quartermaine"


# -- the validator --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "028-1234567-1234567",  # Amazon's 3-7-7
        "111-222222-333333",  # 3-6-6, as in some published samples
        "111-22222222-33333333",  # 3-8-8
        "000-0000000-0000000",
    ],
)
def test_amazon_order_ids_are_accepted(text):
    assert is_amazon_order_id(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        NAME,
        "Zebulon",
        "ABC-1234567-1234567",  # letters
        "028-123456A-1234567",
        "028 1234567 1234567",  # spaces instead of dashes
        "028-1234567-1234567 ",  # spaces around (the reader strips them; this does not)
        " 028-1234567-1234567",
        "028-1234567-1234567\n",  # `$` would match before this newline
        "028-1234567-1234567\r",
        "028-1234567-1234567\n028-1234567-1234567",
        "٠٢٨-١٢٣٤٥٦٧-١٢٣٤٥٦٧",  # Arabic-Indic digits: `\d` would match them
        "০২৮-১২৩৪৫৬৭-১২৩৪৫৬৭",  # Bengali digits
        "０２８-１２３４５６７-１２３４５６７",  # full-width digits
        "028-1234567-123456７",
        "0281-234567-1234567",  # 4-6-7
        "02-12345678-1234567",  # 2 digits first
        "028-12345-1234567",  # 3-5-7
        "028-123456789-1234567",  # 3-9-7
        "028-1234567-123456789",
        "028-1234567",
        "028--1234567-1234567",
        "028–1234567–1234567",  # en dashes
        "1.14394E+16",
        "M-1001",
    ],
)
def test_anything_else_is_refused(text):
    assert not is_amazon_order_id(text)
    # The pattern is safe with match and search too, not only with fullmatch.
    assert AMAZON_ORDER_ID.match(text) is None and AMAZON_ORDER_ID.search(text) is None


# -- the importer ---------------------------------------------------------------------------------


def _report_with_a_name_as_order_id(*, newline: str = "\n", blank_line: bool = False) -> bytes:
    """A good order (line 2), then an otherwise valid order whose order-id cell holds NAME."""
    good = person_row(PEOPLE["de"], 1)
    bad = person_row(PEOPLE["fr"], 2)
    bad[0]["order-id"] = NAME
    data = report_bytes(good + bad, newline=newline)
    if blank_line:  # an empty line between them: line numbers count it, as an editor does
        lines = data.split(newline.encode())
        data = newline.encode().join(lines[:2] + [b""] + lines[2:])
    return data


def _all_problems_text(summary) -> str:
    return "\n".join(summary.describe(max_problems=1000))


@pytest.mark.parametrize("newline, blank_line, line", [("\n", False, 3), ("\r\n", True, 4)])
def test_a_name_in_the_order_id_is_refused_by_line_and_column(
    tmp_path, store, clock, newline, blank_line, line
):
    path = tmp_path / "r.txt"
    path.write_bytes(_report_with_a_name_as_order_id(newline=newline, blank_line=blank_line))
    summary = import_file(store, path, clock=clock)
    assert summary.new == 1 and get_order(store, order_id_of(1)) is not None
    assert [p.line for p in summary.problems] == [line]
    text = _all_problems_text(summary)
    assert f"line {line}: the order-id is not an Amazon order id" in text
    assert NAME not in text and "Zebulon" not in text
    assert store.conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 1


def test_strict_mode_refuses_the_whole_file_without_the_name(tmp_path, store, clock):
    path = tmp_path / "r.txt"
    path.write_bytes(_report_with_a_name_as_order_id())
    with pytest.raises(ImportRefused) as refused:
        import_file(store, path, strict=True, clock=clock)
    assert "line 3: the order-id is not an Amazon order id" in str(refused.value)
    assert NAME not in str(refused.value)
    assert NAME not in _all_problems_text(refused.value.summary)
    assert store.conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 0


def test_all_orders_names_its_own_column(tmp_path, store, clock):
    rows = [
        {
            "amazon-order-id": oid,
            "purchase-date": "2026-11-25T09:15:00+01:00",
            "last-updated-date": "2026-11-25T10:00:00+01:00",
            "order-status": "Pending",
            "sales-channel": "Amazon.de",
            "sku": "SKU-0",
            "quantity": "1",
            "currency": "EUR",
        }
        for oid in (order_id_of(1), "Quartermaine, Zebulon", "")
    ]
    path = tmp_path / "all.txt"
    path.write_bytes(report_bytes(rows, header=ALL_ORDERS_HEADER))
    summary = import_file(store, path, clock=clock)
    assert summary.new == 1
    assert [str(p) for p in summary.problems] == [
        (
            "line 3: the amazon-order-id is not an Amazon order id (three groups of digits, like "
            "123-1234567-1234567)"
        ),
        "line 4: the amazon-order-id is empty",
    ]


def test_an_id_with_spaces_around_it_is_taken_as_the_reader_strips_cells(tmp_path, store, clock):
    rows = person_row(PEOPLE["de"], 1)
    rows[0]["order-id"] = f"  {order_id_of(1)} "
    path = tmp_path / "r.txt"
    path.write_bytes(report_bytes(rows))
    summary = import_file(store, path, clock=clock)
    assert summary.new == 1 and summary.problems == []
    assert get_order(store, order_id_of(1)) is not None


def test_a_name_in_an_over_long_line_is_not_quoted_nor_stored(tmp_path, store, clock):
    good = person_row(PEOPLE["de"], 1)
    bad = person_row(PEOPLE["fr"], 2)
    bad[0]["order-id"] = NAME
    data = report_bytes(good + bad)
    lines = data.rstrip(b"\n").split(b"\n")
    lines[2] += b"\textra\tcolumns"
    path = tmp_path / "r.txt"
    path.write_bytes(b"\n".join(lines) + b"\n")
    summary = import_file(store, path, clock=clock)
    assert summary.new == 1 and [p.line for p in summary.problems] == [3]
    assert NAME not in _all_problems_text(summary)


def test_unicode_digits_in_an_order_id_are_refused(tmp_path, store, clock):
    rows = person_row(PEOPLE["ar"], 1)
    rows[0]["order-id"] = "٣٠١-١٠٠٠٠٠١-٢٠٠٠٠٠١"
    path = tmp_path / "r.txt"
    path.write_bytes(report_bytes(rows))
    summary = import_file(store, path, clock=clock)
    assert summary.new == 0 and [p.line for p in summary.problems] == [2]
    assert store.conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 0


# -- hand-made orders keep their own scheme --------------------------------------------------------


def _manual(clock, order_id: str) -> OrderInput:
    return OrderInput(
        order_id=order_id,
        marketplace="DE",
        purchased_at=clock.now() - timedelta(hours=1),
        items=[ItemInput("SKU", 1)],
    )


@pytest.mark.parametrize("order_id", ["028-1234567-1234567", " 111-222222-333333 "])
def test_a_hand_made_order_cannot_take_an_amazon_shaped_id(store, clock, order_id):
    with pytest.raises(BadInput, match="Amazon order id"):
        create_order(store, _manual(clock, order_id))
    assert store.conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 0


def test_hand_made_ids_are_never_amazon_ids_and_report_ids_never_hand_made(tmp_path, store, clock):
    made = create_order(store, _manual(clock, "M-1001"))
    assert made.source == "manual" and not is_amazon_order_id(made.order_id)
    path = tmp_path / "r.txt"
    path.write_bytes(report_bytes(person_row(PEOPLE["de"], 1)))
    import_file(store, path, clock=clock)
    rows = store.conn.execute("SELECT order_id, source FROM orders ORDER BY order_id").fetchall()
    assert [tuple(r) for r in rows] == [(order_id_of(1), "report"), ("M-1001", "manual")]
    assert all(is_amazon_order_id(oid) == (source == "report") for oid, source in rows)


# -- acceptance: end to end through the CLI ---------------------------------------------------------


def _cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SELLER_DESKTOP_")}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["SELLER_DESKTOP_PASSPHRASE"] = PASSPHRASE
    return subprocess.run(
        [sys.executable, "-m", "seller_desktop.cli", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def _forms(text: str) -> list[bytes]:
    """The ways the name could sit in a file: UTF-8 (SQLite's text), UTF-16 (either order)."""
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def test_a_report_whose_order_id_cell_holds_a_name_is_refused_and_the_name_is_nowhere(tmp_path):
    """Acceptance: neither stdout, stderr, the log nor the store (nor its WAL) holds the name."""
    data = tmp_path / "D"
    init = _cli(data, "init", "--business-name", "Test Shop")
    assert init.returncode == 0, init.stderr
    report = tmp_path / "orders.txt"
    report.write_bytes(_report_with_a_name_as_order_id())

    strict = _cli(data, "import", "--strict", str(report))
    assert strict.returncode == 2
    assert "line 3" in strict.stderr and "order-id" in strict.stderr

    result = _cli(data, "import", str(report))
    assert result.returncode == 1  # the good order imported, one row refused
    assert "1 new" in result.stderr
    assert "line 3: the order-id is not an Amazon order id" in result.stderr

    for run in (strict, result):
        for word in (NAME, "Zebulon", "Quartermaine"):
            assert word not in run.stdout and word not in run.stderr
    store_file = data / "store.db"
    on_disk = decrypt_database(store_file, PASSPHRASE)
    on_disk += decrypt_wal(data / "store.db-wal", store_file, PASSPHRASE)
    # The decryption works: the good order and its buyer are there to be found.
    assert order_id_of(1).encode() in on_disk
    assert PEOPLE["de"].name.encode("utf-8") in on_disk
    for word in (NAME, "Zebulon", "Quartermaine"):
        assert not any(form in on_disk for form in _forms(word)), word
    others = [f for f in data.rglob("*") if f.is_file() and not f.name.startswith("store.db")]
    for f in others:  # logs, settings, backups: read raw
        content = f.read_bytes()
        for word in (NAME, "Zebulon", "Quartermaine"):
            assert not any(form in content for form in _forms(word)), (f, word)
