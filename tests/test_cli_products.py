"""product-set and products-import: the EAN/UPC check digit refused with its line, a bad file
stores nothing (all or nothing), empty cells keep what a product has, exit codes as elsewhere."""

from __future__ import annotations

import os

import pytest

from seller_desktop.core.orders.products import list_products


@pytest.fixture
def run(cli_store):
    return cli_store(["de"])


def _products(tmp_path, clock):
    from seller_desktop.core.session import open_store
    from seller_desktop.paths import resolve_paths

    opened = open_store(
        resolve_paths(tmp_path / "D"), os.environ["SELLER_DESKTOP_PASSPHRASE"], clock
    )
    try:
        return {p.sku: p for p in list_products(opened.store)}
    finally:
        opened.store.close()


def test_product_set_changes_only_the_fields_given(run, tmp_path, clock):
    code, _, err = run("product-set", "MUG-BLUE", "--ean", "4006381333931", "--bin", "A2-03")
    assert code == 0, err
    assert run("product-set", "MUG-BLUE", "--name", "Blue mug")[0] == 0
    mug = _products(tmp_path, clock)["MUG-BLUE"]
    assert (mug.barcode, mug.bin_location, mug.name_override) == (
        "4006381333931",
        "A2-03",
        "Blue mug",
    )
    assert run("product-set", "MUG-BLUE", "--ean", "")[0] == 0
    assert _products(tmp_path, clock)["MUG-BLUE"].barcode is None


def test_product_set_refuses_a_bad_check_digit(run, tmp_path, clock):
    code, _, err = run("product-set", "MUG-BLUE", "--ean", "4006381333932")
    assert code == 2
    assert "4006381333932 is not a valid UPC or EAN" in err
    assert run("product-set", "MUG-BLUE")[0] == 2
    assert "MUG-BLUE" not in _products(tmp_path, clock)


def test_products_import_good_file(run, tmp_path, clock):
    run("product-set", "MUG-BLUE", "--bin", "A2-03")
    csv = tmp_path / "products.csv"
    csv.write_text(
        "SKU;EAN;Name;Bin\nMUG-BLUE;4006381333931;Blue mug;\nBEAN-1KG;036000291452;;C1\n\n",
        encoding="utf-8",
    )
    code, _, err = run("products-import", str(csv))
    assert code == 0, err
    assert "Imported 2 products" in err
    products = _products(tmp_path, clock)
    mug, beans = products["MUG-BLUE"], products["BEAN-1KG"]
    assert (mug.barcode, mug.name_override, mug.bin_location) == (
        "4006381333931",
        "Blue mug",
        "A2-03",
    )
    assert (beans.barcode, beans.bin_location) == ("036000291452", "C1")


def test_products_import_bad_check_digit_reports_its_line_and_stores_nothing(run, tmp_path, clock):
    csv = tmp_path / "products.csv"
    csv.write_text(
        "sku,ean,name,bin\nMUG-BLUE,4006381333931,Blue mug,A1\nBEAN-1KG,036000291453,,\n"
        ",5901234123457,,\n",
        encoding="utf-8",
    )
    code, _, err = run("products-import", str(csv))
    assert code == 2
    assert "line 3: BEAN-1KG: 036000291453 is not a valid UPC or EAN" in err
    assert "line 4: A product needs a SKU." in err
    assert "Nothing was imported" in err
    assert _products(tmp_path, clock) == {}


def test_products_import_needs_a_sku_column_and_a_readable_file(run, tmp_path):
    csv = tmp_path / "products.csv"
    csv.write_text("ean,name\n4006381333931,Mug\n", encoding="utf-8")
    code, _, err = run("products-import", str(csv))
    assert code == 2 and "no sku column" in err
    assert run("products-import", str(tmp_path / "missing.csv"))[0] == 2
