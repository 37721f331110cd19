"""Marking orders shipped (whole or in part) and telling Amazon: the confirmation upload file.

A shipment records which items left in which quantity, so partial shipments add up and the
confirmation file has one row per shipped item quantity. Shipping sets the ship date, which moves
the order's retention deadline; it is recomputed here in the same transaction.

The confirmation file goes to Amazon exactly as Amazon specifies it (tab-separated, values as
typed): it is not neutralised against spreadsheet formulas the way ``core.spreadsheet_csv`` does
for files the seller opens, because Amazon would keep the added quote. Instead the free-text
values a seller types into it — carrier, tracking number, ship method — are refused at entry when
they can never be valid: a leading ``=``, ``+`` or ``@`` (what a formula or a DDE command starts
with) or a tab or line break anywhere (which would also break the file's rows and columns). No
carrier's name or tracking number looks like that. Shipments stored before this check are refused
by the export, naming the order.

Every shipment Amazon will hear of (by the API or this file) needs a carrier: Amazon refuses a
confirmation without a carrier code. Only a shipment the seller already confirmed in Seller
Central (``confirm_via="elsewhere"``) may go without one. A shipment whose label Amazon sold
(``confirm_via="buy_shipping"``, ``core.labels.ledger``) is confirmed by Amazon itself: like
"elsewhere" it is never exported nor queued, and it is recorded as confirmed.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP
from seller_desktop.core.orders.carriers import carrier_code
from seller_desktop.core.orders.model import Order
from seller_desktop.core.orders.repository import get_order
from seller_desktop.core.privacy.deadlines import compute_deadline
from seller_desktop.core.settings import load_settings
from seller_desktop.core.store.events import log_event
from seller_desktop.core.store.store import Store

if TYPE_CHECKING:
    from seller_desktop.core.store.connection import Connection

CONFIRMATION_COLUMNS = (
    "order-id",
    "order-item-id",
    "quantity",
    "ship-date",
    "carrier-code",
    "carrier-name",
    "tracking-number",
    "ship-method",
)


#: The free-text fields of a shipment as the seller names them, and how to type them instead.
#: Each field with its name and advice for the message, both catalogue texts (core.messages).
_TEXT_FIELDS = (
    (
        "carrier",
        QT_TRANSLATE_NOOP("SellerError", "The carrier"),
        QT_TRANSLATE_NOOP("SellerError", "Type the carrier's name, e.g. UPS or Royal Mail."),
    ),
    (
        "tracking_number",
        QT_TRANSLATE_NOOP("SellerError", "The tracking number"),
        QT_TRANSLATE_NOOP("SellerError", "Type it as the carrier shows it."),
    ),
    (
        "ship_method",
        QT_TRANSLATE_NOOP("SellerError", "The ship method"),
        QT_TRANSLATE_NOOP("SellerError", "Type it as the carrier names it, e.g. Standard."),
    ),
)
#: Amazon refuses a confirmation without a carrier code (see core.orders.carriers): a shipment
#: that will be confirmed to Amazon, by the API or the upload file, needs a carrier.
CARRIER_REQUIRED = QT_TRANSLATE_NOOP(
    "SellerError",
    "Order {order_id} was not marked shipped: choose the carrier. Amazon needs it to confirm "
    "the shipment. (A shipment you already confirmed in Seller Central needs none.)",
)
#: Routes Amazon already knows of: never exported, never queued, recorded as confirmed.
_CONFIRMED_ALREADY = ("elsewhere", "buy_shipping")
_BAD_STARTS = ("=", "+", "@")
_BAD_ANYWHERE = ("\t", "\r", "\n")


def unsafe_text(value: str) -> bool:
    """True for a value that must not go into the confirmation file (see the module docstring).

    Checked on the value as it is stored, i.e. after the outer spaces are trimmed, for the
    leading character, and on the whole value as typed for tabs and line breaks.
    """
    return value.strip().startswith(_BAD_STARTS) or any(c in value for c in _BAD_ANYWHERE)


def check_shipment_text(
    carrier: str = "", tracking_number: str = "", ship_method: str = ""
) -> None:
    """BadInput, saying what to type instead, if a value could never be valid for Amazon.

    The value itself is not repeated in the message: it may be something pasted by mistake. The
    CLI and the ship dialog call this before shipping anything (one message for all orders);
    ``ship`` calls it again for every other caller.
    """
    values = {"carrier": carrier, "tracking_number": tracking_number, "ship_method": ship_method}
    for field, label, advice in _TEXT_FIELDS:
        if unsafe_text(values[field]):
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError",
                    "{label} cannot start with =, + or @ or contain tabs or line breaks. {advice}",
                ),
                label=label,
                advice=advice,
            )


@dataclass(frozen=True)
class ShipmentRequest:
    order_id: str
    ship_date: date
    carrier: str = ""
    tracking_number: str = ""
    ship_method: str = ""
    #: order_item_id -> quantity; None ships everything not shipped yet.
    quantities: dict[str, int] | None = None
    #: How Amazon hears of it: "api" (confirmShipment, queued), "file" (the confirmation upload
    #: file), "elsewhere" (already confirmed in Seller Central: never sent, never exported),
    #: "buy_shipping" (a label bought from Amazon: Amazon confirms it by itself; likewise).
    #: None: "api" when an Amazon account covers the order's marketplace, else "file".
    confirm_via: str | None = None


def confirm_route(store: Store, marketplace: str) -> str:
    """ "api" when one of the seller's Amazon accounts covers ``marketplace``, else "file"."""
    for (codes,) in store.conn.execute("SELECT marketplaces FROM amazon_accounts"):
        if marketplace in codes.split(","):
            return "api"
    return "file"


def ship(store: Store, request: ShipmentRequest) -> int:
    """Record one shipment; returns its id. BadInput (nothing changed) if it cannot be shipped."""
    with store.transaction():  # read and write under one write lock: no other writer in between
        return _ship(store, request)


def _ship(store: Store, request: ShipmentRequest) -> int:
    check_shipment_text(request.carrier, request.tracking_number, request.ship_method)
    order = get_order(store, request.order_id)
    if order is None:
        raise BadInput(
            QT_TRANSLATE_NOOP("SellerError", "There is no order {order_id} in the store."),
            order_id=request.order_id,
        )
    if order.status == "cancelled":
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError", "Order {order_id} is cancelled and cannot be shipped."
            ),
            order_id=order.order_id,
        )
    remaining = {i.order_item_id: i.quantity - i.quantity_shipped for i in order.items}
    wanted = _wanted(order, remaining, request.quantities)
    code, name = carrier_code(request.carrier)
    day = request.ship_date.isoformat()
    via = _route(store, order, request.confirm_via, code)
    with store.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO shipments (order_id, ship_date, carrier_code, carrier_name, tracking_number, "
            "ship_method, created_at, confirm_via, confirmed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                order.order_id,
                day,
                code,
                name,
                request.tracking_number.strip(),
                request.ship_method.strip(),
                store.now_iso(),
                via,
                store.now_iso() if via in _CONFIRMED_ALREADY else None,
            ),
        )
        shipment_id = int(cursor.lastrowid)
        conn.executemany(
            "INSERT INTO shipment_items (shipment_id, order_item_id, quantity) VALUES (?, ?, ?)",
            [(shipment_id, item_id, q) for item_id, q in wanted.items()],
        )
        conn.executemany(
            "UPDATE order_items SET quantity_shipped = quantity_shipped + ? WHERE order_item_id = ?",
            [(q, item_id) for item_id, q in wanted.items()],
        )
        everything = all(remaining[k] - wanted.get(k, 0) == 0 for k in remaining)
        order.status = "shipped" if everything else "partially_shipped"
        if everything or not order.shipped_on:
            order.shipped_on = day
        deadline = compute_deadline(order, load_settings(store).retention_days)
        conn.execute(
            "UPDATE orders SET status = ?, shipped_on = ?, retention_deadline = ?, updated_at = ? "
            "WHERE order_id = ?",
            (order.status, order.shipped_on, deadline, store.now_iso(), order.order_id),
        )
        log_event(store, "shipped", f"{order.order_id} shipment {shipment_id}")
    return shipment_id


def _route(store: Store, order: Order, confirm_via: str | None, code: str) -> str:
    """How Amazon hears of the shipment; BadInput if it will hear of it without a carrier."""
    via = confirm_via or confirm_route(store, order.marketplace)
    if via not in ("api", "file", *_CONFIRMED_ALREADY):
        raise ValueError(f"unknown confirmation route {via!r}")
    if not code and via not in _CONFIRMED_ALREADY:
        raise BadInput(CARRIER_REQUIRED, order_id=order.order_id)
    return via


def _wanted(
    order: Order, remaining: dict[str, int], quantities: dict[str, int] | None
) -> dict[str, int]:
    """The quantities to ship (None: everything not shipped yet); BadInput naming the item."""
    wanted = quantities if quantities is not None else {k: v for k, v in remaining.items() if v > 0}
    wanted = {k: v for k, v in wanted.items() if v}
    if not wanted:
        raise BadInput(
            QT_TRANSLATE_NOOP("SellerError", "Order {order_id} has nothing left to ship."),
            order_id=order.order_id,
        )
    for item_id, quantity in wanted.items():
        if item_id not in remaining:
            raise BadInput(
                QT_TRANSLATE_NOOP("SellerError", "Order {order_id} has no item {item_id}."),
                order_id=order.order_id,
                item_id=item_id,
            )
        if quantity < 0 or quantity > remaining[item_id]:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError",
                    "Item {item_id} of order {order_id}: {quantity} is more than the "
                    "{left} left to ship.",
                ),
                item_id=item_id,
                order_id=order.order_id,
                quantity=quantity,
                left=remaining[item_id],
            )
    return wanted


def export_confirmations(
    store: Store, again: bool = False, deliver: Callable[[str], None] | None = None
) -> tuple[str, int]:
    """The POST_FLAT_FILE_FULFILLMENT_DATA text for shipments not confirmed yet (all with
    ``again``), and how many rows it holds; the shipments are marked confirmed.

    ``deliver(text)`` (e.g. writing the file) runs before the marks are committed: if it fails,
    nothing is marked and the next export still holds these shipments.

    A shipment without a carrier (stored before one was required) is left out and not marked;
    ``left_out_without_carrier`` names its order, for the note beside the file.

    A shipment stored before carrier, tracking number and ship method were checked may hold a
    value that ``check_shipment_text`` now refuses; then nothing is written or marked and
    ``BadInput`` names the orders (never the values).
    """
    with store.transaction() as conn:
        rows = _confirmation_rows(conn, again)
        _refuse_unsafe_rows(rows)
        shipment_ids = sorted({r[-1] for r in rows})
        conn.executemany(
            "UPDATE shipments SET confirmed_at = ? WHERE shipment_id = ?",
            [(store.now_iso(), s) for s in shipment_ids],
        )
        if rows:
            log_event(
                store, "confirmations_exported", f"{len(rows)} rows, {len(shipment_ids)} shipments"
            )
        text = _confirmation_text(rows)
        if deliver is not None:
            deliver(text)
    return text, len(rows)


def _file_shipments(again: bool) -> str:
    """The WHERE clause of the shipments confirmed by file (only those not confirmed yet
    unless ``again``)."""
    where = "WHERE s.confirm_via = 'file'"
    return where if again else where + " AND s.confirmed_at IS NULL"


def _confirmation_rows(conn: Connection, again: bool) -> list[tuple]:
    """One row per shipped item quantity of the shipments confirmed by file that have a carrier
    (see ``left_out_without_carrier``), in shipment order, with the shipment id last."""
    return conn.execute(
        "SELECT s.order_id, si.order_item_id, si.quantity, s.ship_date, s.carrier_code, "
        "s.carrier_name, s.tracking_number, s.ship_method, s.shipment_id "
        f"FROM shipments s JOIN shipment_items si USING (shipment_id) {_file_shipments(again)} "
        "AND s.carrier_code <> '' ORDER BY s.shipment_id, si.order_item_id"
    ).fetchall()


def left_out_without_carrier(store: Store, again: bool = False) -> list[str]:
    """The orders whose shipments ``export_confirmations`` leaves out because they have no
    carrier: Amazon refuses a row with an empty carrier-code, and one refused row costs the
    seller a second upload. Only shipments recorded before a carrier was required can be like
    this; they stay unconfirmed (not marked), for the seller to confirm in Seller Central."""
    rows = store.conn.execute(
        f"SELECT DISTINCT s.order_id FROM shipments s {_file_shipments(again)} "
        "AND s.carrier_code = '' ORDER BY s.order_id"
    ).fetchall()
    return [order_id for (order_id,) in rows]


def _refuse_unsafe_rows(rows: list[tuple]) -> None:
    """BadInput naming the orders (never the values) whose stored carrier, tracking number or
    ship method ``check_shipment_text`` would refuse now: Amazon cannot take them, and the whole
    export is refused so nothing is half written or half marked."""
    bad_orders = sorted({r[0] for r in rows if any(unsafe_text(v or "") for v in r[4:8])})
    if bad_orders:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "A shipment of order {order_ids} has a carrier, tracking number or ship "
                "method that starts with =, + or @ or contains a tab or line break, which "
                "Amazon cannot take. Nothing was written and no shipment was marked as "
                "confirmed.",
            )
            if len(bad_orders) == 1
            else QT_TRANSLATE_NOOP(
                "SellerError",
                "A shipment of orders {order_ids} has a carrier, tracking number or ship "
                "method that starts with =, + or @ or contains a tab or line break, which "
                "Amazon cannot take. Nothing was written and no shipment was marked as "
                "confirmed.",
            ),
            order_ids=", ".join(bad_orders),
        )


def _confirmation_text(rows: list[tuple]) -> str:
    """The upload file's text: Amazon's header line, then the rows tab-separated, values as
    stored (not neutralised: Amazon would keep an added quote; see the module docstring)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(CONFIRMATION_COLUMNS)
    for row in rows:
        writer.writerow([*row[:2], str(row[2]), *row[3:8]])
    return out.getvalue()
