"""A product's weight and size, which a label's package is planned from (schema 14).

Stored in grams and millimetres as whole numbers (NULL while unknown); the seller types
centimetres with decimals (``30x20x10.5``) and grams, and ``parse_dims_cm`` / ``parse_grams``
turn that into what is stored, for the CLI and the Products settings alike. Kept apart from
``orders.products.Product`` so that the slips' and pick lists' ``get_products`` reads no more
than it did.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from seller_desktop.core.store.store import Store

#: The largest side we take (3 m) and the heaviest parcel (1 t): beyond them it is a typo.
MAX_SIDE_MM = 3000
MAX_WEIGHT_G = 1_000_000

Dims = tuple[int, int, int]


@dataclass(frozen=True)
class ProductSize:
    sku: str
    weight_g: int | None = None
    length_mm: int | None = None
    width_mm: int | None = None
    height_mm: int | None = None

    @property
    def dims(self) -> Dims | None:
        """(length, width, height) in mm, or None while any is unknown."""
        if self.length_mm and self.width_mm and self.height_mm:
            return (self.length_mm, self.width_mm, self.height_mm)
        return None


def get_sizes(store: Store, skus: Iterable[str]) -> dict[str, ProductSize]:
    """The sizes known for these SKUs (a SKU without a product row is absent)."""
    wanted = sorted(set(skus))
    found: dict[str, ProductSize] = {}
    for start in range(0, len(wanted), 500):
        part = wanted[start : start + 500]
        for row in store.conn.execute(
            "SELECT sku, weight_g, length_mm, width_mm, height_mm FROM products "
            f"WHERE sku IN ({', '.join('?' * len(part))})",
            part,
        ):
            found[row[0]] = ProductSize(*row)
    return found


def set_size(
    store: Store, sku: str, weight_g: int | None = None, dims: Dims | None = None
) -> ProductSize:
    """Set a product's weight and/or dimensions (None: unchanged), creating the product if new."""
    sku = sku.strip()
    if not sku:
        raise BadInput(QT_TRANSLATE_NOOP("SellerError", "A product needs a SKU."))
    if weight_g is not None:
        check_grams(weight_g)
    if dims is not None:
        check_dims(dims)
    with store.transaction() as conn:
        conn.execute("INSERT OR IGNORE INTO products (sku) VALUES (?)", (sku,))
        if weight_g is not None:
            conn.execute("UPDATE products SET weight_g = ? WHERE sku = ?", (weight_g, sku))
        if dims is not None:
            conn.execute(
                "UPDATE products SET length_mm = ?, width_mm = ?, height_mm = ? WHERE sku = ?",
                (*dims, sku),
            )
    return get_sizes(store, [sku])[sku]


def _number(text: str) -> Decimal:
    try:
        value = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        value = Decimal("NaN")
    return value


def parse_dims_cm(text: str) -> Dims:
    """``"30x20x10.5"`` (centimetres, decimals allowed, ``x`` or ``×``) → mm, rounded."""
    parts = text.lower().replace("×", "x").split("x")
    values = [_number(p) for p in parts] if len(parts) == 3 else []
    if len(values) != 3 or not all(v.is_finite() for v in values):
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "{text} is not a size: give length x width x height in centimetres, "
                "e.g. 30x20x10.5.",
            ),
            text=text,
        )
    dims = tuple(int((v * 10).quantize(Decimal(1))) for v in values)
    check_dims(dims)  # type: ignore[arg-type]
    return dims  # type: ignore[return-value]


def parse_grams(text: str) -> int:
    """``"350"`` → 350 grams (decimals rounded)."""
    value = _number(text)
    if not value.is_finite():
        raise BadInput(
            QT_TRANSLATE_NOOP("SellerError", "{text} is not a weight: give grams, e.g. 350."),
            text=text,
        )
    grams = int(value.quantize(Decimal(1)))
    check_grams(grams)
    return grams


def check_dims(dims: Dims) -> None:
    if any(not 0 < side <= MAX_SIDE_MM for side in dims):
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "Each side must be more than 0 and at most {limit} cm.",
            ),
            limit=MAX_SIDE_MM // 10,
        )


def check_grams(grams: int) -> None:
    if not 0 < grams <= MAX_WEIGHT_G:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError", "The weight must be more than 0 and at most {limit} grams."
            ),
            limit=MAX_WEIGHT_G,
        )
