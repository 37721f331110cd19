"""Commands about orders: import, ship, orders, export-confirmations."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path

from seller_desktop.cli.context import Context, check_out_file, command, say, write_seller_file
from seller_desktop.core.base.errors import BadInput


def _import_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="FILE",
        help="Amazon order reports (.txt as downloaded from Seller Central)",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="import nothing of a file in which any row has a problem",
    )


@command(
    "import",
    "import Amazon order reports (Unshipped, Order Fulfilment, All Orders)",
    _import_arguments,
)
def cmd_import(ctx: Context, args: argparse.Namespace) -> int:
    """Each file in its own transaction: exit 0 all imported, 1 some rows or files refused,
    2 nothing imported. A report whose rows are all fulfilled by Amazon or cancelled imports
    (exit 0) with nothing to ship, and its summary says so (``ImportSummary.describe``).

    Everything said here comes from the importer's summary and refusals, which name files, lines,
    columns and validated Amazon order ids only — never a cell's value, which may be a buyer's
    (a name in the order-id column is refused by line and column)."""
    from seller_desktop.core.importers.report_import import import_file
    from seller_desktop.core.importers.summary import ImportRefused

    opened = ctx.open()
    imported = refused = 0
    partly = False
    try:
        for path in args.files:
            try:
                summary = import_file(opened.store, path, strict=args.strict, clock=ctx.clock)
            except ImportRefused as err:
                refused += 1
                say(f"Refused: {err.summary.file_name}: nothing was imported (strict mode).")
                for line in err.summary.describe()[1:]:
                    say(line)
                continue
            except BadInput as err:
                refused += 1
                say(f"Refused: {err}")
                continue
            imported += 1
            partly = partly or bool(summary.problems)
            for line in summary.describe():
                say(line)
    finally:
        opened.store.close()
    if imported == 0:
        return 2
    return 1 if refused or partly else 0


def _ship_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("order_ids", nargs="+", metavar="ORDER_ID")
    parser.add_argument("--date", type=_day, help="ship date YYYY-MM-DD (default: today)")
    parser.add_argument("--carrier", default="", help='e.g. "UPS", "Royal Mail", "DHL"')
    parser.add_argument("--tracking", default="", help="tracking number")
    parser.add_argument(
        "--no-confirm",
        action="store_true",
        help="already confirmed elsewhere (Seller Central): never sent to Amazon or exported",
    )


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-28") from None


@command("ship", "mark whole orders shipped (and tell Amazon)", _ship_arguments)
def cmd_ship(ctx: Context, args: argparse.Namespace) -> int:
    """Each order on its own: 0 all shipped (and confirmed to Amazon where connected), 1 some
    refused (listed) or Amazon's confirmation failed (it stays queued), 2 none shipped."""
    from seller_desktop.core.orders.shipping import ShipmentRequest, check_shipment_text, ship

    check_shipment_text(args.carrier, args.tracking)  # once, before the passphrase: not per order
    if not args.no_confirm and not args.carrier.strip():  # refused before anything is recorded
        raise BadInput(
            "Name the carrier (--carrier, e.g. UPS or Royal Mail; a carrier not on Amazon's list "
            "is sent as Other with its name): Amazon needs it to confirm the shipment. Use "
            "--no-confirm for a shipment you already confirmed in Seller Central."
        )
    day = args.date or ctx.clock.now().astimezone().date()
    opened = ctx.open()
    shipped: list[str] = []
    via = "elsewhere" if args.no_confirm else None
    try:
        for order_id in args.order_ids:
            try:
                request = ShipmentRequest(
                    order_id, day, args.carrier, args.tracking, confirm_via=via
                )
                ship(opened.store, request)
                shipped.append(order_id)
            except BadInput as err:
                say(f"Not shipped: {err}")
        unconfirmed = _confirm_through_api(opened.store, shipped)
    finally:
        opened.store.close()
    say(f"Marked {len(shipped)} of {len(args.order_ids)} orders shipped on {day.isoformat()}.")
    if not shipped:
        return 2
    return 0 if len(shipped) == len(args.order_ids) and not unconfirmed else 1


def _confirm_through_api(store, order_ids: list[str]) -> int:
    """Send the queued confirmations of these orders now; how many are still not confirmed."""
    from seller_desktop.core.amazon.confirmation_queue import list_confirmations
    from seller_desktop.core.amazon.confirmations import confirm_all

    queued = [q for q in list_confirmations(store) if q.order_id in order_ids]
    if not queued:
        return 0
    confirm_all(store)
    left = [q for q in list_confirmations(store) if q.order_id in order_ids and not q.confirmed_at]
    for q in left:
        say(
            f"Order {q.order_id}: Amazon has not confirmed the shipment yet ({q.error}); it stays queued."
        )
    confirmed = len(queued) - len(left)
    if confirmed:
        say(f"Confirmed {confirmed} shipment{'s' if confirmed != 1 else ''} to Amazon.")
    return len(left)


def _orders_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON on stdout")
    parser.add_argument(
        "--with-contact",
        action="store_true",
        help="include contact details still held (never those past their deadline)",
    )


@command("orders", "list the stored orders, newest first", _orders_arguments)
def cmd_orders(ctx: Context, args: argparse.Namespace) -> int:
    from seller_desktop.core.orders.repository import get_contact_details, list_orders

    opened = ctx.open()
    store = opened.store
    try:
        if args.json:
            sys.stdout.write("[")
        first = True
        offset = 0
        while page := list_orders(store, offset, 1000):
            offset += len(page)
            for order in page:
                contact = get_contact_details(store, order.order_id) if args.with_contact else None
                if args.json:
                    sys.stdout.write(
                        ("\n  " if first else ",\n  ")
                        + json.dumps(
                            _order_json(order, contact, args.with_contact), ensure_ascii=False
                        )
                    )
                else:
                    items = ", ".join(f"{i.quantity} × {i.sku}" for i in order.items)
                    held = (
                        "contact details held"
                        if order.has_contact_details
                        else "no contact details"
                    )
                    print(
                        f"{order.order_id}\t{order.marketplace}\t{order.status}\t"
                        f"{order.purchased_at}\t{items}\t{held}"
                    )
                first = False
        if args.json:
            sys.stdout.write("\n]\n" if not first else "]\n")
    finally:
        store.close()
    return 0


def _order_json(order, contact, with_contact: bool) -> dict:
    document = {
        "order_id": order.order_id,
        "marketplace": order.marketplace,
        "status": order.status,
        "purchased_at": order.purchased_at,
        "shipped_on": order.shipped_on,
        "retention_deadline": order.retention_deadline,
        "has_contact_details": order.has_contact_details,
        "items": [
            {"order_item_id": i.order_item_id, "sku": i.sku, "quantity": i.quantity}
            for i in order.items
        ],
    }
    if with_contact:
        document["contact"] = (
            {k: v for k, v in asdict(contact).items() if v} if contact is not None else None
        )
    return document


def _export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, required=True, help="the file to upload to Amazon")
    parser.add_argument(
        "--again", action="store_true", help="include shipments already exported before"
    )


@command(
    "export-confirmations", "write Amazon's shipping-confirmation upload file", _export_arguments
)
def cmd_export_confirmations(ctx: Context, args: argparse.Namespace) -> int:
    from seller_desktop.core.orders.shipping import export_confirmations, left_out_without_carrier

    def write(text: str) -> None:
        write_seller_file(
            args.out, text.encode("utf-8"), nothing_done="Nothing was marked as confirmed."
        )

    check_out_file(args.out)
    opened = ctx.open()
    try:
        _, rows = export_confirmations(opened.store, args.again, write)
        left_out = left_out_without_carrier(opened.store, args.again)
    finally:
        opened.store.close()
    if rows:
        say(
            f"Wrote {rows} rows to {args.out.name}. Upload it in Seller Central under "
            "Orders › Upload order related files › Shipping confirmation."
        )
    else:
        say(f"No new shipments to confirm; {args.out.name} holds the header only.")
    if left_out:
        say(
            f"Left out (no carrier, which Amazon needs): {', '.join(left_out)}. Confirm these "
            "orders in Seller Central with their carrier."
        )
        return 1
    return 0
