"""Every encoding Amazon writes, CRLF or LF, and names in many scripts round-trip exactly."""

from __future__ import annotations

import pytest
from fixtures.make_reports import (
    ENCODABLE,
    PEOPLE,
    expected_contact,
    order_id_of,
    people_report,
    person_row,
    report_bytes,
)

from seller_desktop.core.importers.flatfile import parse_flat_file
from seller_desktop.core.importers.report_import import import_file
from seller_desktop.core.orders.model import CONTACT_FIELDS
from seller_desktop.core.orders.repository import get_contact_details, get_order

ALL = list(PEOPLE)
CASES = [
    ("utf-8", False, ALL),
    ("utf-8", True, ALL),
    ("cp1252", False, list(ENCODABLE["cp1252"])),
    ("cp932", False, list(ENCODABLE["cp932"]) + ["jp", "jp"]),
]


def _differences(store, n: int, key: str) -> list[str]:
    """Names of the contact fields that did not come back as written (never their values)."""
    got = get_contact_details(store, order_id_of(n))
    assert got is not None, f"order {order_id_of(n)} lost its contact details"
    want = expected_contact(PEOPLE[key], n)
    return [f for f in CONTACT_FIELDS if getattr(got, f) != want[f]]


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["LF", "CRLF"])
@pytest.mark.parametrize("encoding,bom,keys", CASES, ids=["utf8", "utf8-bom", "cp1252", "cp932"])
def test_names_round_trip_exactly(tmp_path, store, clock, encoding, bom, keys, newline):
    path = tmp_path / "report.txt"
    path.write_bytes(people_report(keys, encoding=encoding, bom=bom, newline=newline))
    summary = import_file(store, path, clock=clock)
    assert summary.encoding == ("utf-8-sig" if bom else encoding)
    assert summary.problems == []
    assert summary.new == len(keys) and summary.wiped_on_arrival == 0
    for n, key in enumerate(keys, start=1):
        assert _differences(store, n, key) == [], f"{key} in {encoding}"
        order = get_order(store, order_id_of(n))
        assert order.has_contact_details
        assert [i.product_name for i in order.items][0] == f"Mug {key} 0"  # trailing space stripped
        assert len(order.items) == (2 if n % 2 else 1)


def test_marketplace_dates_and_coarse_location_stay_on_the_order(tmp_path, store, clock):
    path = tmp_path / "r.txt"
    path.write_bytes(people_report(["de", "jp", "ar"]))
    import_file(store, path, clock=clock)
    de, jp, ar = (get_order(store, order_id_of(n)) for n in (1, 2, 3))
    assert (de.marketplace, jp.marketplace, ar.marketplace) == ("DE", "JP", "AE")
    assert de.purchased_at == "2026-11-25T08:15:00Z"  # +01:00 → UTC
    assert de.latest_ship_date == "2026-11-27T22:59:59Z"
    assert de.latest_delivery_date == "2026-12-02"  # a date stays a date
    assert (de.ship_country, de.ship_region, de.currency) == ("DE", "BY", "EUR")
    assert de.is_gift and not ar.is_gift
    assert jp.ship_region == "東京都"
    # still to ship: the address is kept until purchase + 60 days
    assert de.retention_deadline == "2027-01-24T08:15:00Z"


def test_marketplace_falls_back_to_country_then_default(tmp_path, store, clock):
    row = person_row(PEOPLE["jp"], 1)[0]
    row["sales-channel"] = ""
    other = person_row(PEOPLE["de"], 2)[0]
    other.update({"sales-channel": "", "ship-country": "ZZ", "currency": ""})
    path = tmp_path / "r.txt"
    path.write_bytes(report_bytes([row, other]))
    import_file(store, path, clock=clock)
    assert get_order(store, order_id_of(1)).marketplace == "JP"
    assert get_order(store, order_id_of(2)).marketplace == "US"  # the store's default


@pytest.mark.parametrize(
    "text,encoding",
    [
        ("Jürgen Groß\tKönigstraße 12\tMünchen", "cp1252"),
        ("São Paulo\tCoração", "cp1252"),  # decodes as cp932 too, into isolated kanji: mojibake
        ("Señor Muñoz Peña", "cp1252"),
        ("山田 太郎\t東京都千代田区千代田1-1", "cp932"),
        ("鈴木一郎", "cp932"),  # kanji only, no kana
        ("ハイツ青山 101号室", "cp932"),
    ],
    ids=["de", "pt", "es", "jp-kana-kanji", "jp-kanji-only", "jp-katakana"],
)
def test_legacy_encoding_is_chosen_by_what_reads_plausibly(text, encoding):
    data = ("order-id\ta\tb\tc\n1\t" + text + "\n").encode(encoding)
    flat = parse_flat_file(data, "x.txt")
    assert flat.encoding == encoding
    values = text.split("\t")
    assert flat.fields(flat.rows[0][1]) == ["1"] + values + [""] * (3 - len(values))


def test_a_line_that_cannot_be_decoded_is_reported_by_number_and_left_out(tmp_path, store, clock):
    rows = person_row(PEOPLE["de"], 1) + person_row(PEOPLE["fr"], 2) + person_row(PEOPLE["ru"], 3)
    data = report_bytes(rows)
    lines = data.split(b"\n")
    lines[2] = lines[2].replace("Françoise".encode(), b"Fran\xe7oise")  # one Latin-1 line in UTF-8
    path = tmp_path / "r.txt"
    path.write_bytes(b"\n".join(lines))
    summary = import_file(store, path, clock=clock)
    assert summary.encoding == "utf-8"
    assert [p.line for p in summary.problems] == [3]
    assert "could not be read" in summary.problems[0].reason
    assert "Fran" not in str(summary.problems[0])
    assert summary.new == 2
    assert get_order(store, order_id_of(2)) is None
