"""Product sizes, boxes and the planned package of an order (core/labels), and schema 14."""

from __future__ import annotations

import shutil
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
import sqlcipher3
from labels_helpers import ORDER, labelled_order

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.labels.boxes import Box, add_box, list_boxes, remove_box
from seller_desktop.core.labels.packages import plan_package
from seller_desktop.core.labels.sizes import get_sizes, parse_dims_cm, parse_grams, set_size
from seller_desktop.core.orders.products import get_products
from seller_desktop.core.orders.repository import get_order
from seller_desktop.core.store import migrations

STORES = Path(__file__).parent / "stores"


def test_dims_are_typed_in_cm_and_stored_in_mm():
    assert parse_dims_cm("30x20x10.5") == (300, 200, 105)
    assert parse_dims_cm("12,5 × 9 × 1") == (125, 90, 10)
    assert parse_grams("350") == 350
    for bad in ("30x20", "axbxc", "0x10x10", "400x10x10"):
        with pytest.raises(BadInput):
            parse_dims_cm(bad)
    for bad in ("", "-1", "heavy"):
        with pytest.raises(BadInput):
            parse_grams(bad)


def test_sizes_are_set_apart_from_the_products_other_fields(store):
    set_size(store, "MUG", weight_g=350)
    set_size(store, "MUG", dims=(120, 90, 100))
    size = get_sizes(store, ["MUG", "NONE"])
    assert list(size) == ["MUG"] and size["MUG"].dims == (120, 90, 100)
    assert size["MUG"].weight_g == 350
    assert get_products(store, ["MUG"])["MUG"].barcode is None  # a product row, nothing else


def test_boxes_are_validated_listed_smallest_first_and_removed(store):
    add_box(store, Box("Large", 400, 300, 200, 300))
    add_box(store, Box("  Small ", 200, 150, 100, 80))
    assert [b.name for b in list_boxes(store)] == ["Small", "Large"]
    with pytest.raises(BadInput, match="name"):
        add_box(store, Box(" ", 10, 10, 10))
    with pytest.raises(BadInput):
        add_box(store, Box("Flat", 100, 0, 10))
    remove_box(store, "Small")
    assert [b.name for b in list_boxes(store)] == ["Large"]
    with pytest.raises(BadInput, match="no box named Small"):
        remove_box(store, "Small")


def test_the_smallest_box_that_holds_the_items(store):
    order = labelled_order(store)
    add_box(store, Box("Tiny", 150, 100, 100, 50))  # holds a mug, not the book
    add_box(store, Box("Medium", 250, 200, 150, 200))
    add_box(store, Box("Large", 400, 300, 200, 400))
    plan = plan_package(store, order)
    assert plan.box == "Medium"
    assert (plan.length_mm, plan.width_mm, plan.height_mm) == (250, 200, 150)
    assert plan.weight_g == 2 * 350 + 400 + 200
    assert plan.declared_value == Decimal("32.30") and plan.currency == "EUR"
    assert plan.items == ((ORDER + "-1", 2), (ORDER + "-2", 1))
    edited = replace(plan, box=None, weight_g=1500)  # the seller changes it before buying
    assert edited.weight_g == 1500


def test_without_a_fitting_box_the_items_are_stacked(store):
    order = labelled_order(store)
    add_box(store, Box("Tiny", 150, 100, 100, 50))
    plan = plan_package(store, order)
    assert plan.box is None
    # 210 long (the book), 150 wide (the book), 90 + 90 + 30 high; the sides sorted
    assert (plan.length_mm, plan.width_mm, plan.height_mm) == (210, 210, 150)
    assert plan.weight_g == 1100


def test_a_product_without_size_is_named_with_how_to_fill_it(store):
    order = labelled_order(store, sized=False)
    set_size(store, "MUG", 350, (120, 90, 100))
    with pytest.raises(BadInput) as refused:
        plan_package(store, order)
    assert "BOOK" in str(refused.value) and "product-set BOOK --weight" in str(refused.value)


def test_only_the_units_still_to_ship_are_planned(store):
    from datetime import date

    from seller_desktop.core.orders.shipping import ShipmentRequest, ship

    order = labelled_order(store)
    ship(
        store, ShipmentRequest(ORDER, date(2026, 11, 28), "DHL", "1", quantities={ORDER + "-1": 1})
    )
    plan = plan_package(store, get_order(store, ORDER))
    assert plan.items == ((ORDER + "-1", 1), (ORDER + "-2", 1))
    assert plan.declared_value == Decimal("22.40") and plan.weight_g == 750
    assert order.order_id == ORDER


def test_schema_14_keeps_every_shipments_confirmation_route(tmp_path):
    """confirm_via's CHECK is widened by replacing the column: the values stay, and
    shipment_items (which cascade from shipments) are untouched."""
    path = tmp_path / "v13.db"
    shutil.copyfile(STORES / "v13.db", path)
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA key = 'schema fixture passphrase'")
    conn.execute("PRAGMA foreign_keys = ON")
    for n, via in enumerate(("file", "api", "elsewhere"), 1):
        conn.execute(
            "INSERT INTO shipments (shipment_id, order_id, ship_date, created_at, confirm_via) "
            "VALUES (?, '028-1111111-2222222', '2026-11-20', 'x', ?)",
            (n, via),
        )
        conn.execute("INSERT INTO shipment_items VALUES (?, '11111111111111', 1)", (n,))
    migrations.apply(conn, migrations.MIGRATIONS[13])
    assert migrations.schema_version(conn) == 14
    rows = conn.execute("SELECT shipment_id, confirm_via FROM shipments ORDER BY 1").fetchall()
    assert rows == [(1, "file"), (2, "api"), (3, "elsewhere")]
    assert conn.execute("SELECT count(*) FROM shipment_items").fetchone()[0] == 3
    conn.execute(
        "INSERT INTO shipments (order_id, ship_date, created_at, confirm_via) "
        "VALUES ('028-1111111-2222222', '2026-11-20', 'x', 'buy_shipping')"
    )
    with pytest.raises(sqlcipher3.IntegrityError):
        conn.execute(
            "INSERT INTO shipments (order_id, ship_date, created_at, confirm_via) "
            "VALUES ('028-1111111-2222222', '2026-11-20', 'x', 'carrier pigeon')"
        )
    conn.close()
