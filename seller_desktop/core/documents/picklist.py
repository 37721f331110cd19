"""The pick list: every SKU of the selected orders once, with the total to take from the shelf.

Sorted by bin location where the seller has set one (so the list walks the shelves in order, "A2"
before "A10"), then the SKUs without a bin, by SKU. Each line has a tick box. The pick list names
no buyer: it is for the seller's shelves, in the seller's language (the default marketplace's).
Which columns it prints, and whether each product lists the orders that take it, is the seller's
pick list template (``templates.PickListTemplate``); ``picklist_layout`` and ``picklist_render``
lay it out and draw it.

It counts what is left to ship (ordered less already shipped): a partly shipped order's shipped
items are not picked twice.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Mapping, Sequence
from typing import TYPE_CHECKING

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP
from seller_desktop.core.base.steps import drain
from seller_desktop.core.documents.layouts import get_layout
from seller_desktop.core.documents.picklist_layout import PickLine
from seller_desktop.core.documents.picklist_render import PickListRenderer
from seller_desktop.core.orders.marketplaces import MARKETPLACES
from seller_desktop.core.orders.model import Order
from seller_desktop.core.orders.repository import get_order

if TYPE_CHECKING:
    from seller_desktop.core.documents.templates import PickListTemplate
    from seller_desktop.core.orders.products import Product
    from seller_desktop.core.settings import Settings
    from seller_desktop.core.store.store import Store


def _natural(text: str) -> tuple:
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part.casefold())
        for part in re.findall(r"\d+|\D+", text)
    )


def build_pick_list(
    orders: Sequence[Order], products: Mapping[str, Product] | None = None
) -> list[PickLine]:
    """Totals per SKU across the orders, in walking order (bin, then SKU)."""
    products = products or {}
    # SKU → order id → units left (dicts keep the orders' order).
    by_order: dict[str, dict[str, int]] = {}
    names: dict[str, str] = {}
    for order in orders:
        for item in order.items:
            left = item.quantity - item.quantity_shipped
            if left <= 0:
                continue
            counts = by_order.setdefault(item.sku, {})
            counts[order.order_id] = counts.get(order.order_id, 0) + left
            names.setdefault(item.sku, item.product_name)
    lines = []
    for sku, counts in by_order.items():
        product = products.get(sku)
        name = (product.name_override if product else None) or names.get(sku) or ""
        lines.append(
            PickLine(
                sku,
                name,
                (product.bin_location if product else None) or None,
                sum(counts.values()),
                len(counts),
                (product.barcode if product else None) or None,
                tuple(counts.items()),
            )
        )
    lines.sort(
        key=lambda ln: (
            ln.bin_location is None,
            _natural(ln.bin_location or ""),
            _natural(ln.sku),
            ln.sku,
        )
    )
    return lines


def pick_list_pdf(
    store: Store,
    order_ids: Sequence[str],
    layout: str = "letter",
    settings: Settings | None = None,
    template: PickListTemplate | None = None,
) -> bytes:
    """The pick list PDF of these orders, as bytes; BadInput for an unknown id."""
    return drain(pick_list_steps(store, order_ids, layout, settings, template))


def pick_list_steps(
    store: Store,
    order_ids: Sequence[str],
    layout: str = "letter",
    settings: Settings | None = None,
    template: PickListTemplate | None = None,
) -> Generator[tuple[int, int], None, bytes]:
    """``pick_list_pdf`` in steps for the GUI's worker: yields (orders read, total) and returns
    the PDF bytes (the list itself is short: one line per SKU). ``template``: the pick list
    template to print with (a preview's unsaved one); None for the stored one."""
    from seller_desktop.core.documents.templates import load_templates
    from seller_desktop.core.settings import load_settings

    settings = settings or load_settings(store)
    market = MARKETPLACES.get(settings.default_marketplace)
    template = template or load_templates(store).pick_list
    get_layout(layout)  # an unknown layout is refused before any order is read
    orders = []
    total = len(order_ids) + 1
    for n, order_id in enumerate(order_ids, start=1):
        order = get_order(store, order_id)
        if order is None:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError", "There is no order {order_id} in the store. Nothing was printed."
                ),
                order_id=order_id,
            )
        orders.append(order)
        if n % 20 == 0:
            yield (n, total)
    lines = build_pick_list(orders, _products(store, orders))
    images = _images(store, lines) if template.shows("image") else {}
    renderer = PickListRenderer(layout, market.language if market else "en", template, images)
    data = renderer.render(lines, len(orders), store.now_iso())
    yield (total, total)
    return data


def _products(store: Store, orders: Sequence[Order]) -> dict[str, Product]:
    from seller_desktop.core.orders.products import get_products

    return get_products(store, {i.sku for o in orders for i in o.items})


def _images(store: Store, lines: Sequence[PickLine]) -> dict[str, bytes]:
    """The product images of the listed SKUs that have one (read only when printed)."""
    from seller_desktop.core.orders.products import get_product_image

    images = {ln.sku: get_product_image(store, ln.sku) for ln in lines}
    return {sku: data for sku, data in images.items() if data}
