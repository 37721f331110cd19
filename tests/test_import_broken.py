"""Files that are not Amazon order reports are refused with a clear message and change nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from fixtures.make_reports import LISTINGS_HEADER, PEOPLE, people_report, person_row, report_bytes
from fixtures.store_dump import differing_tables, dump_tables

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.importers.report_import import import_file
from seller_desktop.core.session import open_store
from seller_desktop.paths import resolve_paths

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "correct horse battery staple"


def _good() -> bytes:
    return people_report(["de", "fr", "jp"])


def _spreadsheet_csv() -> bytes:
    return b"\n".join(line.replace(b"\t", b",") for line in _good().split(b"\n"))


def _scientific_ids() -> bytes:
    rows = person_row(PEOPLE["de"], 1)
    rows[0]["order-item-id"] = "5.00000E+13"
    return report_bytes(rows)


def _dates_reformatted() -> bytes:
    rows = person_row(PEOPLE["de"], 1)
    rows[0]["purchase-date"] = "25/11/2026 09:15"
    return report_bytes(rows)


def _cut_off() -> bytes:
    data = _good()
    return data[: data.rindex(b"\t", 0, len(data) - 40)]  # ends inside the last row, no newline


BROKEN = {
    "empty": (lambda: b"", "is empty"),
    "blank lines": (lambda: b"\n\r\n  \n", "is empty"),
    "binary": (lambda: bytes(range(256)) * 20, "not a text report"),
    "zip": (lambda: b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + os.urandom(400), "not a text report"),
    "listings": (
        lambda: report_bytes(
            [{"item-name": "Mug", "seller-sku": "SKU-1", "asin1": "B000"}], header=LISTINGS_HEADER
        ),
        "listings (inventory) report",
    ),
    "no order-id": (lambda: b"sku\tquantity-purchased\nSKU-1\t1\n", "no order-id column"),
    "order-id but no items": (
        lambda: b"order-id\tnote\n1\tx\n",
        "not an order report Seller Desktop knows",
    ),
    "spreadsheet csv": (_spreadsheet_csv, "commas or semicolons, not tabs"),
    "spreadsheet ids": (_scientific_ids, "scientific notation"),
    "spreadsheet dates": (_dates_reformatted, "re-saved by a spreadsheet"),
    "spreadsheet unicode text": (lambda: _good().decode().encode("utf-16"), "Unicode text"),
    "cut off": (_cut_off, "cut off"),
}


@pytest.fixture
def with_orders(tmp_path, store, clock):
    good = tmp_path / "good.txt"
    good.write_bytes(people_report(["ru", "gr"]))
    import_file(store, good, clock=clock)
    return store


@pytest.mark.parametrize("kind", list(BROKEN))
def test_broken_file_is_refused_clearly_and_changes_nothing(tmp_path, with_orders, clock, kind):
    make, expected = BROKEN[kind]
    path = tmp_path / "broken.txt"
    path.write_bytes(make())
    before = dump_tables(with_orders)
    with pytest.raises(BadInput) as refused:
        import_file(with_orders, path, clock=clock)
    message = str(refused.value)
    assert expected in message
    assert "broken.txt" in message
    assert "Seller Central" in message  # how to get the right file
    for person in PEOPLE.values():
        assert person.name not in message and person.street not in message
    assert differing_tables(before, dump_tables(with_orders)) == []


def test_a_complete_last_row_without_line_end_is_fine(tmp_path, store, clock):
    path = tmp_path / "r.txt"
    path.write_bytes(people_report(["de", "fr"], final_newline=False))
    assert import_file(store, path, clock=clock).new == 2


def test_a_short_last_row_with_a_line_end_is_padded_not_refused(tmp_path, store, clock):
    data = people_report(["de"])
    last = data.rstrip(b"\n").rsplit(b"\n", 1)[1]
    short = b"\t".join(last.split(b"\t")[:30]) + b"\n"
    path = tmp_path / "r.txt"
    path.write_bytes(data.rsplit(b"\n", 2)[0] + b"\n" + short)
    summary = import_file(store, path, clock=clock)
    assert summary.problems == [] and summary.items == 2


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
    )


def test_cli_refuses_every_broken_file_with_exit_2_and_keeps_the_store(tmp_path):
    data = tmp_path / "D"
    assert _cli(data, "init").returncode == 0
    good = tmp_path / "good.txt"
    good.write_bytes(people_report(["de", "ar"]))
    first = _cli(data, "import", str(good))
    assert first.returncode == 0, first.stderr
    assert "2 new" in first.stderr
    files = []
    for n, (_kind, (make, _expected)) in enumerate(BROKEN.items()):
        path = tmp_path / f"broken-{n}.txt"
        path.write_bytes(make())
        files.append(path)
    before = _dump_of(data)
    result = _cli(data, "import", *map(str, files))
    assert result.returncode == 2
    assert result.stderr.count("Refused:") == len(BROKEN)
    for person in PEOPLE.values():
        assert person.name not in result.stderr
    assert differing_tables(before, _dump_of(data)) == []
    again = _cli(data, "import", str(good))
    assert again.returncode == 0 and "0 new, 0 updated, 2 unchanged" in again.stderr


def _dump_of(data_dir: Path) -> dict:
    opened = open_store(resolve_paths(data_dir), PASSPHRASE)
    try:
        return dump_tables(opened.store)
    finally:
        opened.store.close()


def test_cli_exit_1_when_some_files_are_refused_and_some_imported(tmp_path):
    data = tmp_path / "D"
    assert _cli(data, "init").returncode == 0
    good = tmp_path / "good.txt"
    good.write_bytes(people_report(["de"]))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = _cli(data, "import", str(good), str(empty))
    assert result.returncode == 1, result.stderr
    assert "1 new" in result.stderr and "empty.txt is empty" in result.stderr
