"""Scan to verify: the packer scans each product of an order before the parcel is sealed, and a
wrong or extra item is caught while it is still on the bench.

One ``Verification`` per order: the units still to ship per SKU (quantity − already shipped), each
SKU's EAN/UPC from the products (``orders.products``), and a count per SKU. ``scan(code)`` answers
what the code was: a unit of a line (counted), a product of another order (wrong, not counted),
one unit too many (extra, not counted), or a code nobody knows. The screen words the answer; this
module holds no text for it, only the refusals of an order that cannot be verified.

Codes are compared as GTIN-14 (GS1's rule: every GTIN is right-aligned in 14 digits), so a UPC-A
``012345678905`` scanned from the box matches the EAN-13 ``0012345678905`` typed in the product
editor. A scanner checks the check digit as it reads, so a scanned code is looked up as it is; a
typed or imported one is validated when it is saved (``products.valid_gtin``).

Products without an EAN are confirmed by their SKU (scanned from a shelf label or typed) or counted
by hand; a line that has an EAN only counts its barcode, so the SKU printed on the slip cannot stand
in for the product.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP
from seller_desktop.core.orders.model import Order
from seller_desktop.core.orders.products import get_products
from seller_desktop.core.orders.repository import get_order

if TYPE_CHECKING:
    from seller_desktop.core.store.store import Store

_GTIN_LENGTHS = (8, 12, 13, 14)


def gtin_key(code: str) -> str | None:
    """The code as GTIN-14 (digits only, zero-filled), or None if it cannot be a UPC/EAN."""
    digits = "".join(ch for ch in code if ch in "0123456789")
    if len(digits) not in _GTIN_LENGTHS or len(digits) != len(code.replace(" ", "")):
        return None
    return digits.zfill(14)


class Outcome(enum.Enum):
    MATCHED = "matched"  # one unit of a line counted
    WRONG = "wrong"  # a product, but not one of this order
    EXTRA = "extra"  # a product of this order whose line is already complete
    NEEDS_BARCODE = "needs_barcode"  # the SKU of a line that is verified by its EAN
    UNKNOWN = "unknown"  # no product, no SKU of this order


@dataclass
class Line:
    """One SKU of the order: how many units to pack and how many were counted."""

    sku: str
    name: str
    expected: int
    barcode: str | None = None  # as the seller entered it
    counted: int = 0

    @property
    def complete(self) -> bool:
        return self.counted >= self.expected


@dataclass(frozen=True)
class ScanResult:
    outcome: Outcome
    code: str
    #: The line the code belongs to (MATCHED, EXTRA, NEEDS_BARCODE), else None.
    line: Line | None = None
    #: For WRONG: the SKU the code belongs to in the products, if known.
    other_sku: str | None = None

    @property
    def counted(self) -> bool:
        return self.outcome is Outcome.MATCHED


@dataclass
class Verification:
    """The count of one order's units against its items; ``done`` when every unit is counted."""

    order_id: str
    lines: list[Line]
    #: GTIN-14 → SKU, for every product with a barcode (to name the product of a wrong scan).
    catalogue: dict[str, str] = field(default_factory=dict)

    @property
    def done(self) -> bool:
        return all(line.complete for line in self.lines)

    @property
    def counted(self) -> int:
        return sum(min(line.counted, line.expected) for line in self.lines)

    @property
    def expected(self) -> int:
        return sum(line.expected for line in self.lines)

    def line_for(self, sku: str) -> Line | None:
        return next((line for line in self.lines if line.sku == sku), None)

    def scan(self, code: str) -> ScanResult:
        """What ``code`` (a scanned or typed EAN/UPC or SKU) is; a unit is counted only if MATCHED."""
        code = code.strip()
        key = gtin_key(code)
        if key is not None:
            for line in self.lines:
                if line.barcode and gtin_key(line.barcode) == key:
                    return self._count(line, code)
        by_sku = self.line_for(code)
        if by_sku is not None:
            if by_sku.barcode:
                return ScanResult(Outcome.NEEDS_BARCODE, code, by_sku)
            return self._count(by_sku, code)
        if key is not None and key in self.catalogue:
            return ScanResult(Outcome.WRONG, code, other_sku=self.catalogue[key])
        return ScanResult(Outcome.UNKNOWN, code)

    def count_by_hand(self, sku: str) -> ScanResult:
        """One unit of ``sku`` counted without a scan (a product with no barcode, a torn label)."""
        line = self.line_for(sku)
        if line is None:
            return ScanResult(Outcome.UNKNOWN, sku)
        return self._count(line, sku)

    def _count(self, line: Line, code: str) -> ScanResult:
        if line.complete:
            return ScanResult(Outcome.EXTRA, code, line)
        line.counted += 1
        return ScanResult(Outcome.MATCHED, code, line)


def find_order(store: Store, scanned: str) -> Order | None:
    """The order whose id was scanned from a slip (spaces around it ignored), or None."""
    scanned = scanned.strip()
    return get_order(store, scanned) if scanned else None


def start_verification(store: Store, order: Order) -> Verification:
    """The verification of ``order``; BadInput if it has nothing left to pack."""
    if order.status == "cancelled":
        raise BadInput(
            QT_TRANSLATE_NOOP("SellerError", "Order {order_id} is cancelled: do not ship it."),
            order_id=order.order_id,
        )
    if order.status == "pending":
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "Order {order_id} is still pending at Amazon (not paid yet): do not ship it yet.",
            ),
            order_id=order.order_id,
        )
    if not order.items:
        raise BadInput(
            QT_TRANSLATE_NOOP("SellerError", "Order {order_id} has no items to verify."),
            order_id=order.order_id,
        )
    lines = _lines(store, order)
    if order.status == "shipped" or not lines:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError", "Order {order_id} is already shipped: nothing is left to pack."
            ),
            order_id=order.order_id,
        )
    return Verification(order.order_id, lines, barcode_catalogue(store))


def _lines(store: Store, order: Order) -> list[Line]:
    products = get_products(store, [item.sku for item in order.items])
    lines: dict[str, Line] = {}
    for item in order.items:
        left = item.quantity - item.quantity_shipped
        if left <= 0:
            continue
        line = lines.get(item.sku)
        if line is None:
            product = products.get(item.sku)
            name = (product.name_override if product else None) or item.product_name
            barcode = product.barcode if product else None
            lines[item.sku] = Line(item.sku, name, left, barcode)
        else:
            line.expected += left
    return list(lines.values())


def product_for_code(store: Store, code: str) -> str | None:
    """The SKU of the product ``code`` stands for (its barcode, or the SKU itself), if any: a
    product scanned before any slip is told apart from an unknown order number."""
    key = gtin_key(code.strip())
    if key is not None:
        found = barcode_catalogue(store).get(key)
        if found is not None:
            return found
    row = store.conn.execute("SELECT sku FROM products WHERE sku = ?", (code.strip(),)).fetchone()
    return row[0] if row else None


def barcode_catalogue(store: Store) -> dict[str, str]:
    """GTIN-14 → SKU of every product with a barcode (a few thousand rows at most)."""
    catalogue: dict[str, str] = {}
    for sku, barcode in store.conn.execute(
        "SELECT sku, barcode FROM products WHERE barcode IS NOT NULL ORDER BY sku"
    ):
        key = gtin_key(barcode)
        if key is not None:
            catalogue.setdefault(key, sku)
    return catalogue
