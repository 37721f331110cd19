"""The pick list as the seller's template shapes it: optional columns (bin, SKU, image, EAN),
no empty columns, and the per-order breakdown."""

from __future__ import annotations

import io
import re
import subprocess

from documents_helpers import add_order, need, order_id, pdfinfo, pdftotext, write_pdf

from seller_desktop.core.documents import pick_list_pdf
from seller_desktop.core.documents.templates import PickListTemplate, Templates, save_templates
from seller_desktop.core.orders.model import OrderItem
from seller_desktop.core.orders.products import Product, save_product

EAN = "4006381333931"  # a valid EAN-13
UPC = "036000291452"  # a valid UPC-A


def _png() -> bytes:
    from PIL import Image

    image = Image.new("RGB", (400, 300), (30, 120, 200))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _orders(store) -> list[str]:
    add_order(store, 1, items=[OrderItem("1a", "MUG-BLUE", 2, "Blue mug")])
    add_order(
        store,
        2,
        items=[OrderItem("2a", "MUG-BLUE", 3, "Blue mug"), OrderItem("2b", "TEE-XL", 1, "Tee")],
    )
    add_order(store, 3, items=[OrderItem("3a", "CAP-1", 1, "Cap")])
    return [order_id(n) for n in (1, 2, 3)]


def _products(store, bins: bool = True) -> None:
    save_product(
        store, Product("MUG-BLUE", bin_location="A2" if bins else None, barcode=EAN), _png()
    )
    save_product(store, Product("TEE-XL", bin_location="B7" if bins else None, barcode=UPC))
    save_product(store, Product("CAP-1"))


def _images(path) -> list[str]:
    need("pdfimages")
    out = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    return [line.split()[2] for line in out[2:]]


def _pdf(store, tmp_path, template: PickListTemplate, layout: str = "letter", name="p.pdf"):
    save_templates(store, Templates(pick_list=template))
    return write_pdf(tmp_path, pick_list_pdf(store, _orders(store), layout), name)


def test_every_column_on(store, tmp_path):
    _products(store)
    path = _pdf(store, tmp_path, PickListTemplate(("bin", "sku", "image", "ean")))
    text = pdftotext(path, "-layout")
    for head in ("Bin", "SKU", "EAN/UPC", "Item"):
        assert head in text
    assert EAN in text and UPC in text and "A2" in text and "B7" in text
    assert "image" in _images(path)  # the mug's thumbnail
    need("zbarimg")
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "300", "-png", str(path), str(png)], check=True)
    found = subprocess.run(
        ["zbarimg", "-q", str(png) + "-1.png"], capture_output=True, text=True
    ).stdout
    assert f"EAN-13:{EAN}" in found and f"EAN-13:0{UPC}" in found


def test_a_column_turned_off_is_gone_with_its_values(store, tmp_path):
    _products(store)
    path = _pdf(store, tmp_path, PickListTemplate(("sku",)))
    text = pdftotext(path, "-layout")
    assert "SKU" in text and "MUG-BLUE" in text
    for gone in ("Bin", "A2", "B7", "EAN/UPC", EAN, UPC):
        assert gone not in text
    assert _images(path) == []

    path = _pdf(store, tmp_path, PickListTemplate(("bin",)), name="nosku.pdf")
    text = pdftotext(path, "-layout")
    assert "Bin" in text and "A2" in text
    assert "SKU" not in text and "MUG-BLUE" not in text and "Blue mug" in text


def test_no_bins_set_means_no_bin_column_even_when_on(store, tmp_path):
    _products(store, bins=False)
    for layout in ("letter", "4x6"):
        path = _pdf(store, tmp_path, PickListTemplate(("bin", "sku")), layout, f"{layout}.pdf")
        text = pdftotext(path, "-layout")
        assert "Bin" not in text and "MUG-BLUE" in text


def test_per_order_lists_the_orders_that_take_each_product(store, tmp_path):
    _products(store)
    for layout in ("letter", "4x6"):
        path = _pdf(store, tmp_path, PickListTemplate(per_order=True), layout, f"{layout}.pdf")
        text = " ".join(pdftotext(path).split())
        assert f"2 × {order_id(1)}" in text and f"3 × {order_id(2)}" in text
        assert f"1 × {order_id(3)}" in text
        mug = text.index("MUG-BLUE")
        assert mug < text.index(f"2 × {order_id(1)}") < text.index("TEE-XL")

    path = _pdf(store, tmp_path, PickListTemplate(per_order=False), name="off.pdf")
    assert order_id(1) not in pdftotext(path)


def test_a_long_breakdown_runs_on_to_the_next_page(store, tmp_path):
    for n in range(1, 201):
        add_order(store, n, items=[OrderItem(f"{n}a", "MUG-BLUE", 1 + n % 3, "Blue mug")])
    save_templates(store, Templates(pick_list=PickListTemplate(per_order=True)))
    path = write_pdf(tmp_path, pick_list_pdf(store, [order_id(n) for n in range(1, 201)], "4x6"))
    assert int(pdfinfo(path)["Pages"]) > 1
    text = pdftotext(path, "-raw")  # in the order drawn
    found = re.findall(r"\d × (\d{3}-\d{7}-\d{7})", text)
    assert found == [order_id(n) for n in range(1, 201)]
