"""product-set --weight/--dims (cm typed, mm stored), box-add, boxes [--json], box-remove;
exit 2 on bad input with nothing changed."""

from __future__ import annotations

import json
import os

import pytest

from seller_desktop.core.labels.sizes import get_sizes
from seller_desktop.core.orders.products import get_products


@pytest.fixture
def run(cli_store):
    return cli_store(["de"])


def _read(tmp_path, clock, read):
    from seller_desktop.core.session import open_store
    from seller_desktop.paths import resolve_paths

    opened = open_store(
        resolve_paths(tmp_path / "D"), os.environ["SELLER_DESKTOP_PASSPHRASE"], clock
    )
    try:
        return read(opened.store)
    finally:
        opened.store.close()


def test_product_set_stores_weight_and_size_in_grams_and_mm(run, tmp_path, clock):
    code, _, err = run("product-set", "MUG", "--weight", "350", "--dims", "12x9.5x10")
    assert code == 0, err
    size = _read(tmp_path, clock, lambda s: get_sizes(s, ["MUG"])["MUG"])
    assert (size.weight_g, size.dims) == (350, (120, 95, 100))
    assert run("product-set", "MUG", "--bin", "A1", "--weight", "360")[0] == 0
    size, product = _read(
        tmp_path, clock, lambda s: (get_sizes(s, ["MUG"])["MUG"], get_products(s, ["MUG"])["MUG"])
    )
    assert (size.weight_g, size.dims, product.bin_location) == (360, (120, 95, 100), "A1")


@pytest.mark.parametrize(
    "args", [("--dims", "12x9"), ("--weight", "heavy"), ("--weight", "0"), ("--dims", "0x1x1")]
)
def test_product_set_refuses_a_bad_size_and_changes_nothing(run, tmp_path, clock, args):
    code, _, err = run("product-set", "MUG", "--bin", "A1", *args)
    assert code == 2 and "Error:" in err
    assert _read(tmp_path, clock, lambda s: get_sizes(s, ["MUG"])) == {}


def test_boxes_are_added_listed_and_removed(run):
    assert run("box-add", "Small", "--dims", "20x15x10", "--weight", "80")[0] == 0
    assert run("box-add", "Large", "--dims", "40x30x20")[0] == 0
    code, out, _ = run("boxes", "--json")
    assert code == 0
    assert json.loads(out) == [
        {"name": "Small", "length_mm": 200, "width_mm": 150, "height_mm": 100, "weight_g": 80},
        {"name": "Large", "length_mm": 400, "width_mm": 300, "height_mm": 200, "weight_g": 0},
    ]
    code, out, _ = run("boxes")
    assert out.splitlines()[0] == "Small\t20x15x10 cm\t80 g"
    assert run("box-remove", "Small")[0] == 0
    code, _, err = run("box-remove", "Small")
    assert code == 2 and "no box named Small" in err
    assert run("box-add", "Bad", "--dims", "20x15")[0] == 2
    assert [b["name"] for b in json.loads(run("boxes", "--json")[1])] == ["Large"]
