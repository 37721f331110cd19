"""Products: what the seller knows about a SKU beyond Amazon's reports (Settings › Products).

A product name override (Amazon's titles are long and keyword-stuffed; a slip reads better with
"Blue mug, 350 ml"), a bin location (the pick list walks the shelves in order), a UPC/EAN barcode
and an optional image. None of it is personal data, so the retention wipe never touches it.

The table is schema 6 (``store/migrations/v006_products.py``). The documents never depend on a
row: SKUs without one print the order item's product name and sort by SKU.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from seller_desktop.core.store.store import Store

MAX_IMAGE_BYTES = 1_000_000
MAX_NAME = 200
MAX_BIN = 40
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


@dataclass(frozen=True)
class Product:
    sku: str
    name_override: str | None = None
    bin_location: str | None = None
    barcode: str | None = None
    #: Loaded only on request (``get_product_image``): a list of products never carries images.
    has_image: bool = False


_COLUMNS = "sku, name_override, bin_location, barcode, image IS NOT NULL"


def get_products(store: Store, skus: Iterable[str]) -> dict[str, Product]:
    """The products known for these SKUs (SKUs without a row are simply absent)."""
    wanted = sorted(set(skus))
    if not wanted:
        return {}
    found: dict[str, Product] = {}
    for start in range(0, len(wanted), 500):
        part = wanted[start : start + 500]
        for row in store.conn.execute(
            f"SELECT {_COLUMNS} FROM products WHERE sku IN ({', '.join('?' * len(part))})", part
        ):
            found[row[0]] = _product(row)
    return found


def list_products(store: Store, offset: int = 0, limit: int = 500) -> list[Product]:
    return [
        _product(row)
        for row in store.conn.execute(
            f"SELECT {_COLUMNS} FROM products ORDER BY sku LIMIT ? OFFSET ?", (limit, offset)
        )
    ]


def get_product_image(store: Store, sku: str) -> bytes:
    row = store.conn.execute("SELECT image FROM products WHERE sku = ?", (sku,)).fetchone()
    return bytes(row[0]) if row and row[0] else b""


def save_product(store: Store, product: Product, image: bytes | None = None) -> Product:
    """Insert or update one product; ``image`` None keeps the stored image, b"" removes it."""
    product = validated(product)
    if image:
        if len(image) > MAX_IMAGE_BYTES:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError", "The image of {sku} is too large: choose one under 1 MB."
                ),
                sku=product.sku,
            )
        if not image.startswith(_IMAGE_MAGIC):
            raise BadInput(
                QT_TRANSLATE_NOOP("SellerError", "The image of {sku} must be a PNG or JPEG file."),
                sku=product.sku,
            )
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO products (sku, name_override, bin_location, barcode) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (sku) DO UPDATE SET name_override = excluded.name_override, "
            "bin_location = excluded.bin_location, barcode = excluded.barcode",
            (product.sku, product.name_override, product.bin_location, product.barcode),
        )
        if image is not None:
            conn.execute(
                "UPDATE products SET image = ? WHERE sku = ?", (image or None, product.sku)
            )
    return get_products(store, [product.sku])[product.sku]


def delete_product(store: Store, sku: str) -> bool:
    with store.transaction() as conn:
        return conn.execute("DELETE FROM products WHERE sku = ?", (sku,)).rowcount > 0


def add_skus_from_orders(store: Store) -> int:
    """Give every SKU seen in an order a (blank) product row, so Settings › Products lists it."""
    with store.transaction() as conn:
        return conn.execute(
            "INSERT OR IGNORE INTO products (sku) SELECT DISTINCT sku FROM order_items "
            "WHERE sku <> ''"
        ).rowcount


def validated(product: Product) -> Product:
    """Trimmed values, empty ones as None; BadInput naming the field otherwise."""
    sku = product.sku.strip()
    if not sku:
        raise BadInput(QT_TRANSLATE_NOOP("SellerError", "A product needs a SKU."))
    name = (product.name_override or "").strip() or None
    if name and len(name) > MAX_NAME:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError", "{sku}: the product name can have at most {limit} characters."
            ),
            sku=sku,
            limit=MAX_NAME,
        )
    bin_location = (product.bin_location or "").strip() or None
    if bin_location and len(bin_location) > MAX_BIN:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError", "{sku}: the bin location can have at most {limit} characters."
            ),
            sku=sku,
            limit=MAX_BIN,
        )
    barcode = (product.barcode or "").replace(" ", "").strip() or None
    if barcode and not valid_gtin(barcode):
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "{sku}: {barcode} is not a valid UPC or EAN (8, 12, 13 or 14 digits with "
                "their check digit).",
            ),
            sku=sku,
            barcode=barcode,
        )
    return Product(sku, name, bin_location, barcode, product.has_image)


def valid_gtin(code: str) -> bool:
    """UPC-A, EAN-8, EAN-13 or GTIN-14 with a correct check digit (a typo is caught here)."""
    if not code.isdigit() or len(code) not in (8, 12, 13, 14):
        return False
    digits = [int(d) for d in code]
    body, check = digits[:-1], digits[-1]
    total = sum(d * (3 if n % 2 == 0 else 1) for n, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check


def _product(row) -> Product:
    return Product(row[0], row[1], row[2], row[3], bool(row[4]))
