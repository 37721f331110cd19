"""The rows of one order in a flat-file report → one ``merge.IncomingOrder``.

Columns are found by ``report_types.recognise`` (a ``Layout``); here their cells are read: dates
into UTC instants, Amazon's order statuses into ours, the marketplace from the sales channel (or
guessed from the country or currency), flags, whole numbers. A cell that cannot be read is a
``_RowProblem``, listed by line and column, never by its value (any cell may hold a buyer's
details). Half an order is worse than none: one bad row leaves its whole order out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from seller_desktop.core.importers.merge import IncomingOrder, synthetic_item_id
from seller_desktop.core.importers.report_types import UNSHIPPED, Layout
from seller_desktop.core.importers.summary import ImportSummary, Problem
from seller_desktop.core.orders.conditions import condition_from_report
from seller_desktop.core.orders.marketplaces import MARKETPLACES
from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem

SOURCE = "report"

#: All Orders ``order-status`` values (lower case, letters only) → our status.
_ORDER_STATUS = {
    "pending": "pending",
    "pendingwaitingforpickup": "pending",
    "pendingavailability": "pending",
    "unshipped": "unshipped",
    "shipping": "unshipped",
    "partiallyshipped": "partially_shipped",
    "shipped": "shipped",
    "shippeddeliveredtobuyer": "shipped",
    "complete": "shipped",
    "invoiceunconfirmed": "shipped",
    "cancelled": "cancelled",
    "canceled": "cancelled",
}
_BY_CHANNEL = {m.name.lower(): m.code for m in MARKETPLACES.values()}
_BY_CURRENCY: dict[str, str] = {}
for _m in MARKETPLACES.values():
    _BY_CURRENCY[_m.currency] = (
        "" if _m.currency in _BY_CURRENCY else _m.code
    )  # "" = ambiguous (EUR)
_TRUE = {"true", "yes", "y", "1"}
#: ``fulfillment-channel`` and ``item-status`` values (lower case) of rows not the seller's to
#: ship: ``_not_to_ship`` says where they come from.
_FULFILLED_BY_AMAZON = {"amazon", "afn"}
_CANCELLED = {"cancelled", "canceled"}
#: Years a report's dates can have. Outside them a date is damage, and it would break what is
#: computed from it: a deadline 60 days after 9999-12-31 overflows, and year 1 is written "1-01-01"
#: by strftime, which nothing can read back.
_PLAUSIBLE_YEARS = range(1995, 2200)


class _RowProblem(Exception):
    pass


@dataclass
class ReportContext:
    """What reading one file's rows needs: its columns, the seller's default marketplace, and
    the dates read so far (a report repeats the same few thousand instants)."""

    layout: Layout
    default_marketplace: str
    dates: dict[str, str] = field(default_factory=dict)


def parse_order(
    oid: str, rows: list[tuple[int, list[str]]], ctx: ReportContext, summary: ImportSummary
) -> IncomingOrder | None:
    """The rows of one order → one IncomingOrder; bad rows become problems, promotion rows are
    passed over, rows fulfilled by Amazon or of a cancelled item are skipped (``_not_to_ship``).
    None if a row was bad (the order is left out) or no row was the seller's to ship or cancel."""
    col = ctx.layout.order
    result: IncomingOrder | None = None
    items: dict[str, OrderItem] = {}  # by item id: a later row of the same item replaces it
    cancelled: dict[str, OrderItem] = {}
    bad_line = 0
    good_lines: list[int] = []
    for number, f in rows:
        try:
            skip = _not_to_ship(f, col)
            if skip == "amazon":
                summary.skipped_rows += 1
                continue
            sku = _required(f, col, "sku")
            item_id = f[col["order_item_id"]] if col["order_item_id"] is not None else ""
            if not sku and not item_id:
                if col["asin"] is None or not f[col["asin"]]:
                    summary.promotion_rows += 1  # a promotion or adjustment row: never an item
                    continue
            if not sku:
                raise _RowProblem("the sku is empty")
            if skip == "cancelled":
                item = OrderItem(item_id or synthetic_item_id(oid, sku), sku, 0)
            else:
                item = _item_from_row(oid, item_id, sku, f, col)
            if result is None:
                result = _order_from_row(oid, f, ctx)
        except _RowProblem as problem:
            summary.problems.append(Problem(number, f"order {oid}: {problem}"))
            bad_line = bad_line or number
            continue
        if skip == "cancelled":
            summary.skipped_rows += 1
            cancelled[item.order_item_id] = item
        else:
            good_lines.append(number)
            items[item.order_item_id] = item
    if bad_line:  # half an order is worse than none: the seller would ship it short
        summary.problems += [
            Problem(n, f"order {oid} was left out: its line {bad_line} has a problem")
            for n in good_lines
        ]
        return None
    if result is None:
        return None
    result.items = list(items.values())
    result.cancelled_items = [i for key, i in cancelled.items() if key not in items]
    if ctx.layout.kind == UNSHIPPED:
        shipped = sum(i.quantity_shipped for i in result.items)
        if shipped:
            wanted = sum(i.quantity for i in result.items)
            result.order.status = "shipped" if shipped >= wanted else "partially_shipped"
    return result


def _not_to_ship(f: list[str], col: dict[str, int | None]) -> str:
    """ "amazon" for a row Amazon fulfils, "cancelled" for a cancelled item, else "".

    Neither is an item the seller ships. The columns and values are those of Amazon's All Orders
    report (GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL and ..._BY_LAST_UPDATE_GENERAL),
    as Seller Central's help page "All Orders Report" (200547170) and the SP-API page "Order
    Tracking reports attributes" list them: ``fulfillment-channel`` "indicates how the order was
    fulfilled, via Amazon (AFN) or Merchant (MFN)" — reports write ``Amazon`` / ``Merchant``,
    older ones ``AFN`` / ``MFN``, and the Australian help spells the column ``fulfilment-channel``
    — and ``item-status``, the "current status of this item within the order" (``Shipped``,
    ``Unshipped``, ``Pending``, ``Cancelled``). Compared without case; other reports have
    neither column, so nothing of theirs is skipped.
    """
    channel = col["fulfillment_channel"]
    if channel is not None and f[channel].strip().lower() in _FULFILLED_BY_AMAZON:
        return "amazon"
    status = col["item_status"]
    if status is not None and f[status].strip().lower() in _CANCELLED:
        return "cancelled"
    return ""


def _order_from_row(oid: str, f: list[str], ctx: ReportContext) -> IncomingOrder:
    """The order of the row (the first good row of the order), without items."""
    col = ctx.layout.order
    purchased = _instant_required(_required(f, col, "purchased_at"), "purchase-date", ctx)
    if len(purchased) == 10:  # a bare date: the instant must be UTC, so take its start
        purchased += "T00:00:00Z"
    marketplace, explicit = _marketplace(f, col, ctx.default_marketplace)
    status = "unshipped"
    last_updated = None
    if col["order_status"] is not None:
        raw = "".join(ch for ch in f[col["order_status"]].lower() if ch.isalpha())
        if raw not in _ORDER_STATUS:
            raise _RowProblem("the order-status is not one Amazon uses")
        status = _ORDER_STATUS[raw]
        if col["last_updated"] is not None:
            last_updated = _instant(f[col["last_updated"]], "last-updated-date", ctx)
    contact: dict[str, str] = {}
    for name, index in ctx.layout.contact:
        value = f[index]
        if value:
            contact[name] = value
    order = Order(
        order_id=oid,
        marketplace=marketplace,
        purchased_at=purchased,
        status=status,
        ship_service=_text(f, col["ship_service"]),
        currency=_text(f, col["currency"]),
        is_business=_flag(f, col["is_business"]),
        is_gift=bool(contact.get("gift_message")) or bool(_flag(f, col["gift_flag"])),
        latest_ship_date=_instant(_cell(f, col["latest_ship_date"]), "latest-ship-date", ctx),
        latest_delivery_date=_instant(
            _cell(f, col["latest_delivery_date"]), "latest-delivery-date", ctx
        ),
        earliest_delivery_date=_instant(
            _cell(f, col["earliest_delivery_date"]), "earliest-delivery-date", ctx
        ),
        buyer_cancel_requested=bool(_flag(f, col["buyer_cancel_requested"])),
        ship_country=_text(f, col["ship_country"]),
        ship_region=_text(f, col["ship_region"]),
        source=SOURCE,
    )
    if status == "cancelled" and last_updated:
        order.cancelled_on = last_updated[:10]
    return IncomingOrder(order, [], ContactDetails(**contact) if contact else None, explicit)


def _item_from_row(
    oid: str, item_id: str, sku: str, f: list[str], col: dict[str, int | None]
) -> OrderItem:
    quantity = _whole(_required(f, col, "quantity"), "quantity-purchased")
    shipped = (
        _whole(f[col["quantity_shipped"]], "quantity-shipped")
        if col["quantity_shipped"] is not None
        else 0
    )
    return OrderItem(
        order_item_id=item_id or synthetic_item_id(oid, sku),
        sku=sku,
        quantity=quantity,
        product_name=_cell(f, col["product_name"]),
        asin=_text(f, col["asin"]),
        quantity_shipped=shipped,
        item_price=_text(f, col["item_price"]),
        item_tax=_text(f, col["item_tax"]),
        shipping_price=_text(f, col["shipping_price"]),
        shipping_tax=_text(f, col["shipping_tax"]),
        condition=condition_from_report(_text(f, col["condition"])),
    )


def _required(f: list[str], col: dict[str, int | None], key: str) -> str:
    """The cell of a column recognise() refuses a report without (sku, purchase-date, quantity)."""
    index = col[key]
    if index is None:
        raise AssertionError(f"a recognised report always has the {key} column")
    return f[index]


def _cell(f: list[str], index: int | None) -> str:
    return f[index] if index is not None else ""


def _text(f: list[str], index: int | None) -> str | None:
    if index is None:
        return None
    return f[index] or None


def _flag(f: list[str], index: int | None) -> bool | None:
    if index is None or not f[index]:
        return None
    return f[index].lower() in _TRUE


def _whole(text: str, column: str) -> int:
    if not text:
        return 0 if column == "quantity-shipped" else _fail(f"the {column} is empty")
    try:
        value = int(text)
    except ValueError:
        raise _RowProblem(f"the {column} is not a whole number") from None
    if value < 0:
        raise _RowProblem(f"the {column} is negative")
    return value


def _fail(reason: str) -> int:
    raise _RowProblem(reason)


def _instant(text: str, column: str, ctx: ReportContext) -> str | None:
    """ISO 8601 with any offset → UTC instant text; a date alone stays a date; empty → None."""
    return _instant_required(text, column, ctx) if text else None


def _instant_required(text: str, column: str, ctx: ReportContext) -> str:
    """As _instant, for a column that must not be empty."""
    if not text:
        raise _RowProblem(f"the {column} is empty")
    cached = ctx.dates.get(text)
    if cached is not None:
        return cached
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            year = day.year
            value = day.isoformat()
        else:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
            if moment.tzinfo is None:
                raise _RowProblem(f"the {column} has no time zone")
            year = moment.year
            value = moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (ValueError, OverflowError):  # OverflowError: year 1 or 9999 moved to UTC
        raise _RowProblem(f"the {column} is not a date in Amazon's format") from None
    if year not in _PLAUSIBLE_YEARS:
        raise _RowProblem(f"the {column} is not a plausible date (year {year})")
    ctx.dates[text] = value
    return value


def _marketplace(f: list[str], col: dict[str, int | None], default: str) -> tuple[str, bool]:
    """From sales-channel ("Amazon.de" → DE), else ship-country, else currency, else the default."""
    channel = _cell(f, col["sales_channel"]).lower()
    if channel in _BY_CHANNEL:
        return _BY_CHANNEL[channel], True
    country = _cell(f, col["ship_country"]).upper()
    if country in MARKETPLACES:
        return country, False
    by_currency = _BY_CURRENCY.get(_cell(f, col["currency"]).upper())
    if by_currency:
        return by_currency, False
    return default, False
