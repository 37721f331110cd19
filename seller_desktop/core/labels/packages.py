"""The package a label is bought for, planned from the order's items, the products' sizes and
the seller's boxes; the seller may change it before buying (``dataclasses.replace``).

The box rule (simple, and said so): a box fits when every unit's sides, sorted, fit within the
box's sides, sorted, and the units' summed volume is at most the box's volume. It does not prove
the units can be packed together; the smallest fitting box by volume is chosen, and the seller
changes the plan when it is wrong. Without a fitting box (or without boxes) the package is the
units stacked: the longest length and width of any unit, the heights added up.

Only the units still to ship are planned. The weight is the units' plus the box's. The declared
value is the sum of the item prices (Amazon's item price is for the line's whole quantity), in
proportion for a line partly shipped already.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP
from seller_desktop.core.labels.boxes import Box, list_boxes
from seller_desktop.core.labels.sizes import Dims, ProductSize, get_sizes

if TYPE_CHECKING:
    from seller_desktop.core.orders.model import Order, OrderItem
    from seller_desktop.core.store.store import Store


@dataclass(frozen=True)
class PlannedPackage:
    box: str | None
    length_mm: int
    width_mm: int
    height_mm: int
    weight_g: int
    declared_value: Decimal
    currency: str
    #: (order_item_id, quantity) of the units in the package.
    items: tuple[tuple[str, int], ...]


def plan_package(store: Store, order: Order) -> PlannedPackage:
    """The package for the order's units still to ship; BadInput naming the SKU when a product's
    weight or size is unknown (and how to give it)."""
    lines = [(i, i.quantity - i.quantity_shipped) for i in order.items]
    lines = [(i, n) for i, n in lines if n > 0]
    if not lines:
        raise BadInput(
            QT_TRANSLATE_NOOP("SellerError", "Order {order_id} has nothing left to ship."),
            order_id=order.order_id,
        )
    sizes = get_sizes(store, [i.sku for i, _ in lines])
    units: list[tuple[Dims, int, int]] = []  # (sorted dims, weight, quantity)
    for item, quantity in lines:
        size = sizes.get(item.sku) or ProductSize(item.sku)
        if size.weight_g is None or size.dims is None:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError",
                    "The weight or size of {sku} is not known, so no package can be planned. "
                    "Enter it in Settings › Products, or with: product-set {sku} --weight GRAMS "
                    "--dims LxWxH (in cm).",
                ),
                sku=item.sku,
            )
        units.append((_sorted(size.dims), size.weight_g, quantity))
    box = smallest_box(list_boxes(store), units)
    dims = _sorted((box.length_mm, box.width_mm, box.height_mm)) if box else _stacked(units)
    weight = sum(w * n for _, w, n in units) + (box.weight_g if box else 0)
    return PlannedPackage(
        box=box.name if box else None,
        length_mm=dims[0],
        width_mm=dims[1],
        height_mm=dims[2],
        weight_g=weight,
        declared_value=sum((_value(i, n) for i, n in lines), Decimal("0")),
        currency=order.currency or "",
        items=tuple((i.order_item_id, n) for i, n in lines),
    )


@dataclass(frozen=True)
class PackageChange:
    """What the seller changes in a planned package before the rates are asked for: another
    box (its size, and its weight instead of the planned box's), the weight on the scale, or the
    size measured. None leaves that part as planned."""

    box: str | None = None
    weight_g: int | None = None
    dims: Dims | None = None

    def __bool__(self) -> bool:
        return any(v is not None for v in (self.box, self.weight_g, self.dims))


def changed(store: Store, plan: PlannedPackage, change: PackageChange) -> PlannedPackage:
    """``plan`` with the seller's ``change``; BadInput for a box that does not exist."""
    boxes = {b.name: b for b in list_boxes(store)}
    length, width, height, weight, name = (
        plan.length_mm,
        plan.width_mm,
        plan.height_mm,
        plan.weight_g,
        plan.box,
    )
    if change.box is not None:
        box = boxes.get(change.box.strip())
        if box is None:
            raise BadInput(
                QT_TRANSLATE_NOOP("SellerError", "There is no box named {name}."), name=change.box
            )
        planned = boxes.get(plan.box) if plan.box else None
        old = planned.weight_g if planned else 0
        length, width, height = _sorted((box.length_mm, box.width_mm, box.height_mm))
        weight, name = weight - old + box.weight_g, box.name
    if change.dims is not None:
        length, width, height = _sorted(change.dims)
    if change.weight_g is not None:
        weight = change.weight_g
    return replace(
        plan, box=name, length_mm=length, width_mm=width, height_mm=height, weight_g=weight
    )


def smallest_box(boxes: list[Box], units: list[tuple[Dims, int, int]]) -> Box | None:
    """The smallest box (by volume, then name) that fits by the rule in the module docstring."""
    volume = sum(d[0] * d[1] * d[2] * n for d, _, n in units)
    for box in sorted(boxes, key=lambda b: (b.volume, b.name)):
        inner = _sorted((box.length_mm, box.width_mm, box.height_mm))
        if volume <= box.volume and all(
            all(side <= room for side, room in zip(d, inner)) for d, _, _ in units
        ):
            return box
    return None


def _sorted(dims: Dims) -> Dims:
    a, b, c = sorted(dims, reverse=True)
    return (a, b, c)


def _stacked(units: list[tuple[Dims, int, int]]) -> Dims:
    """No box: the units stacked flat (longest length and width, heights added up)."""
    length = max(d[0] for d, _, _ in units)
    width = max(d[1] for d, _, _ in units)
    height = sum(d[2] * n for d, _, n in units)
    return _sorted((length, width, height))


def _value(item: OrderItem, quantity: int) -> Decimal:
    """The item price of ``quantity`` units of the line (the price is for the whole line)."""
    try:
        price = Decimal(item.item_price or "0")
    except InvalidOperation:
        return Decimal("0")
    if quantity == item.quantity or not item.quantity:
        return price
    return (price * quantity / item.quantity).quantize(Decimal("0.01"))
