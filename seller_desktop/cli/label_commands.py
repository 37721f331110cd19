"""Commands for buying labels through Amazon (``core.labels.buying``): ship-from, rates,
buy-label, void-label, labels.

``rates`` keeps each order's quote in the store (``label_quotes``: the request token, when it
was fetched and the rates), and ``buy-label`` buys the rate id from it: with its token while it
holds (10 minutes), else the same carrier and service from fresh rates if the price is the same.
Exit codes: 0 done; 1 Amazon's answer was lost or the price changed (nothing bought twice; see
the message); 2 bad input, e.g. the order already has a live label (nothing sent); 4 no
shipping role or credentials refused.
"""

from __future__ import annotations

import argparse
from decimal import Decimal
from pathlib import Path

from seller_desktop.cli.context import (
    Context,
    check_out_file,
    command,
    emit_json,
    say,
    write_seller_file,
)
from seller_desktop.cli.print_commands import add_override

SHIP_FROM_FIELDS = ("street", "street2", "city", "region", "postal_code", "phone")


def _ship_from_arguments(parser: argparse.ArgumentParser) -> None:
    for name in SHIP_FROM_FIELDS:
        parser.add_argument(f"--{name.replace('_', '-')}", metavar="TEXT")


@command(
    "ship-from",
    "show or set the address Amazon picks labels' parcels up from",
    _ship_from_arguments,
)
def cmd_ship_from(ctx: Context, args: argparse.Namespace) -> int:
    from dataclasses import replace

    from seller_desktop.core.settings import load_settings, save_settings

    given = {f"ship_from_{n}": getattr(args, n) for n in SHIP_FROM_FIELDS}
    opened = ctx.open()
    try:
        settings = load_settings(opened.store)
        changes = {k: v.strip() for k, v in given.items() if v is not None}
        if changes:
            settings = save_settings(opened.store, replace(settings, **changes))
    finally:
        opened.store.close()
    for name in SHIP_FROM_FIELDS:
        print(f"{name}\t{getattr(settings, 'ship_from_' + name)}")
    print(f"country\t{settings.ship_from}")
    return 0


def _rule_arguments(parser: argparse.ArgumentParser) -> None:
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument(
        "--preferred",
        metavar="CARRIER/SERVICE",
        help="buy this service by default where Amazon offers it (as `rates` names it)",
    )
    choice.add_argument(
        "--cheapest",
        action="store_true",
        help="by default the cheapest rate that meets the order's delivery promise",
    )


@command("label-rule", "show or set which rate `rates` marks as the default", _rule_arguments)
def cmd_label_rule(ctx: Context, args: argparse.Namespace) -> int:
    from dataclasses import replace

    from seller_desktop.core.settings import load_settings, save_settings

    opened = ctx.open()
    try:
        settings = load_settings(opened.store)
        if args.preferred is not None or args.cheapest:
            preferred = "" if args.cheapest else " ".join(args.preferred.split())
            settings = save_settings(
                opened.store, replace(settings, label_preferred_service=preferred)
            )
    finally:
        opened.store.close()
    rule = settings.label_preferred_service
    print(f"preferred\t{rule}" if rule else "cheapest that meets the delivery promise")
    return 0


def _rates_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("order_ids", nargs="+", metavar="ORDER_ID")
    parser.add_argument("--json", action="store_true", help="print JSON on stdout")
    change = parser.add_argument_group("the package, changed before rating (every order given)")
    change.add_argument("--box", metavar="NAME", help="pack in this box (see `boxes`)")
    change.add_argument("--weight", metavar="GRAMS", help="the weight on the scale")
    change.add_argument("--dims", metavar="LxWxH", help="the size measured, in cm")


@command("rates", "Amazon's shipping label rates for orders (kept 10 minutes)", _rates_arguments)
def cmd_rates(ctx: Context, args: argparse.Namespace) -> int:
    """0 all rated; 2 an order could not be rated (its reason on stderr)."""
    from seller_desktop.core.labels.amazon_link import ShippingLink
    from seller_desktop.core.labels.packages import PackageChange
    from seller_desktop.core.labels.rating import fetch_rates
    from seller_desktop.core.labels.sizes import parse_dims_cm, parse_grams

    change = PackageChange(  # checked before the passphrase is asked for
        args.box,
        parse_grams(args.weight) if args.weight else None,
        parse_dims_cm(args.dims) if args.dims else None,
    )
    opened = ctx.open()
    try:
        with ShippingLink(opened.store) as link:
            results = fetch_rates(opened.store, args.order_ids, link, change)
    finally:
        opened.store.close()
    rows = []
    for result in results:
        if result.error is not None:
            say(f"{result.order_id}: {result.error}")
            continue
        assert result.quote is not None
        for rate in result.quote.rates:
            rows.append(_rate_row(result.order_id, rate, result.default))
    if args.json:
        emit_json(rows)
    else:
        for row in rows:
            mark = "*" if row.pop("default") else " "
            extra = "  (needs additional inputs)" if row["requires_additional_inputs"] else ""
            print(
                f"{mark} {row['order_id']}  {row['rate_id']}  {row['carrier']} {row['service']}"
                f"  {row['price']} {row['currency']}  by {row['delivery_by'] or '?'}{extra}"
            )
    return max((r.error.exit_code for r in results if r.error is not None), default=0)


def _rate_row(order_id: str, rate, default) -> dict[str, object]:
    return {
        "order_id": order_id,
        "rate_id": rate.rate_id,
        "carrier": rate.carrier_name,
        "service": rate.service_name,
        "price": str(Decimal(rate.amount)),
        "currency": rate.currency,
        "delivery_by": rate.delivery_end,
        "requires_additional_inputs": rate.requires_additional_inputs,
        "default": default is not None and default.rate_id == rate.rate_id,
    }


def _buy_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("order_id", metavar="ORDER_ID")
    parser.add_argument("--rate", required=True, metavar="RATE_ID", help="from `rates`")
    parser.add_argument("--format", choices=("pdf", "png", "zpl"), default="pdf")
    parser.add_argument("--out", type=Path, metavar="FILE", help="write the label here")


@command("buy-label", "buy a shipping label from Amazon for an order", _buy_arguments)
def cmd_buy_label(ctx: Context, args: argparse.Namespace) -> int:
    from seller_desktop.core.labels.amazon_link import ShippingLink
    from seller_desktop.core.labels.buying import buy_label

    if args.out is not None:
        check_out_file(args.out)
    opened = ctx.open()
    try:
        with ShippingLink(opened.store) as link:
            result = buy_label(opened.store, args.order_id, args.rate, link, args.format)
            for note in result.notes:
                say(str(note))
            data = _output(opened.store, [args.order_id], args.format, None)
    finally:
        opened.store.close()
    bought = result.purchase
    say(f"Bought {bought.carrier} {bought.service} for order {bought.order_id}; it is shipped.")
    if args.out is not None:
        write_seller_file(args.out, data)
        say(f"Wrote the label to {args.out}.")
    return 0


def _output(store, order_ids: list[str], fmt: str, link) -> bytes:
    from seller_desktop.core.labels.label_pdf import labels_pdf, labels_zpl
    from seller_desktop.core.labels.void_reprint import label_pages

    pages = label_pages(store, order_ids, link)
    if fmt == "zpl":
        return labels_zpl(doc for doc, _ in pages)
    if fmt == "png":
        return b"".join(doc.data for doc, _ in pages[:1])
    return labels_pdf(pages)


def _void_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("order_id", metavar="ORDER_ID")


@command("void-label", "cancel an order's label at Amazon; the order is unshipped", _void_arguments)
def cmd_void_label(ctx: Context, args: argparse.Namespace) -> int:
    from seller_desktop.core.labels.amazon_link import ShippingLink
    from seller_desktop.core.labels.void_reprint import void_label

    opened = ctx.open()
    try:
        with ShippingLink(opened.store) as link:
            void_label(opened.store, args.order_id, link)
    finally:
        opened.store.close()
    say(f"Voided the label of order {args.order_id}; the order can get a new one.")
    return 0


def _labels_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("order_ids", nargs="*", metavar="ORDER_ID")
    parser.add_argument("--unprinted", action="store_true", help="every label not printed yet")
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    parser.add_argument("--format", choices=("pdf", "zpl"), default="pdf")
    parser.add_argument(
        "--with-slips", action="store_true", help="each label followed by its packing slip"
    )
    parser.add_argument(
        "--with-cards", action="store_true", help="and by the insert cards its order earns"
    )
    add_override(parser)
    parser.add_argument(
        "--layout",
        choices=("4x6", "letter", "a4"),
        default="4x6",
        help="a label printer's 4x6 labels, or paper: the label and the slip on one sheet",
    )


@command(
    "labels",
    "the bought labels of orders as one PDF (or ZPL) file, with their slips and cards if asked",
    _labels_arguments,
)
def cmd_labels(ctx: Context, args: argparse.Namespace) -> int:
    """0 written; 2 bad input, e.g. none of the orders has a bought label. Orders without one
    are left out and named on stderr."""
    from seller_desktop.core.base.errors import BadInput

    if bool(args.unprinted) == bool(args.order_ids):
        raise BadInput("Give ORDER_IDs or --unprinted (one of them).")
    extras = args.with_slips or args.with_cards or args.layout != "4x6"
    if args.format == "zpl" and extras:
        raise BadInput("ZPL holds labels only: leave out --with-slips, --with-cards and --layout.")
    check_out_file(args.out)
    opened = ctx.open()
    try:
        if args.format == "zpl":
            ids = _zpl_labels(opened.store, args)
        else:
            ids = _pdf_labels(opened.store, args)
    finally:
        opened.store.close()
    slips = " and packing slips" if args.with_slips else ""
    say(f"Wrote {len(ids)} orders' labels{slips} to {args.out}.")
    return 0


def _zpl_labels(store, args: argparse.Namespace) -> list[str]:
    from seller_desktop.core.labels.amazon_link import ShippingLink
    from seller_desktop.core.labels.documents import mark_printed, unprinted_orders

    ids = unprinted_orders(store) if args.unprinted else list(args.order_ids)
    with ShippingLink(store) as link:
        data = _output(store, ids, "zpl", link)
    write_seller_file(args.out, data)
    mark_printed(store, ids)
    return ids


def _pdf_labels(store, args: argparse.Namespace) -> list[str]:
    """The labels (missing files fetched from Amazon again first) through the print request the
    GUI renders too; then the labels (and, with slips, the orders) marked printed and the run
    logged, in this order: a file that could not be written changes and logs nothing."""
    from seller_desktop.core.base.steps import drain
    from seller_desktop.core.documents.print_log import record_print_run
    from seller_desktop.core.documents.print_request import LABELS, PrintRequest
    from seller_desktop.core.labels.amazon_link import ShippingLink
    from seller_desktop.core.labels.documents import mark_printed, unprinted_orders
    from seller_desktop.core.labels.void_reprint import order_label_pages
    from seller_desktop.core.orders.edits import mark_printed as mark_orders_printed

    wanted = unprinted_orders(store) if args.unprinted else list(args.order_ids)
    with ShippingLink(store) as link:
        for order_id in wanted:
            order_label_pages(store, order_id, link)  # kept in the store when fetched again
    request = PrintRequest(
        LABELS,
        tuple(wanted),
        args.layout,
        with_cards=args.with_cards,
        with_slips=args.with_slips,
        wording_override=args.override_wording,
    )
    rendered = drain(request.steps(store, bind=True))
    write_seller_file(args.out, rendered.data, nothing_done="Nothing was marked printed.")
    for order_id in rendered.left_out:
        say(f"{order_id}: no bought label; left out.")
    ids = [i for i in dict.fromkeys(wanted) if i not in set(rendered.left_out)]
    mark_printed(store, ids)
    if args.with_slips:
        mark_orders_printed(store, ids)
    reason = args.override_wording if rendered.wording_errors else None
    record_print_run(store, request.log_document, request.layout, "pdf", ids, reason)
    return ids
