"""An order item's condition (schema 13): from the Orders API's ``product.condition`` (the
mapping itself: tests/amazon/test_mapping_condition.py), from a report's ``item-condition`` column (codes 1–11 or words), kept by the merge, and NULL for items
stored before."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fixtures.make_reports import FULFILMENT_HEADER, PEOPLE, order_id_of, person_row, report_bytes

from seller_desktop.core.importers.report_import import import_file
from seller_desktop.core.orders.conditions import condition_from_api, condition_from_report
from seller_desktop.core.orders.repository import get_order
from seller_desktop.core.session import open_store

STORES = Path(__file__).parent / "stores"


@pytest.mark.parametrize(
    ("kind", "subtype", "expected"),
    [
        ("NEW", "NEW", "New"),
        ("USED", "VERY_GOOD", "Used – Very good"),
        ("USED", "MINT", "Used – Like new"),
        ("COLLECTIBLE", "ACCEPTABLE", "Collectible – Acceptable"),
        ("REFURBISHED", "REFURBISHED", "Refurbished"),
        ("used", "good", "Used – Good"),
        ("PREORDER", "NEW", None),
        (None, "GOOD", None),
        ("NEW", None, "New"),
    ],
)
def test_api_conditions(kind, subtype, expected):
    assert condition_from_api(kind, subtype) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("1", "Used – Like new"),
        ("2", "Used – Very good"),
        ("4", "Used – Acceptable"),
        ("6", "Collectible – Very good"),
        ("9", None),
        ("10", "Refurbished"),
        ("11", "New"),
        ("12", None),
        ("", None),
        ("Used - Very Good", "Used – Very good"),
        ("UsedLikeNew", "Used – Like new"),
        ("new", "New"),
        ("Gebraucht", "Gebraucht"),
    ],
)
def test_report_conditions(cell, expected):
    assert condition_from_report(cell) == expected


def test_a_report_condition_is_stored_and_kept_by_a_report_without_the_column(
    tmp_path, store, clock
):
    rows = person_row(PEOPLE["de"], 1)
    for row in rows:
        row["item-condition"] = "2"
    first = tmp_path / "with.txt"
    first.write_bytes(report_bytes(rows, header=(*FULFILMENT_HEADER, "item-condition")))
    import_file(store, first, clock=clock)
    order = get_order(store, order_id_of(1))
    assert order is not None and [i.condition for i in order.items] == ["Used – Very good"]
    second = tmp_path / "without.txt"
    second.write_bytes(report_bytes(person_row(PEOPLE["de"], 1)))
    import_file(store, second, clock=clock)
    order = get_order(store, order_id_of(1))
    assert order is not None and [i.condition for i in order.items] == ["Used – Very good"]


def test_items_stored_before_schema_13_have_no_condition(paths, clock):
    paths.ensure()
    shutil.copyfile(STORES / "v12.db", paths.store)
    opened = open_store(paths, "schema fixture passphrase", clock)
    order = opened.store and get_order(opened.store, "028-1111111-2222222")
    assert order is not None and [i.condition for i in order.items] == [None]
    opened.store.close()
