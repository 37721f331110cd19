"""Commands that print: slips, picklist. They write a PDF; printing it is the system's job.

Each PDF written goes into the print log as a run with output "pdf" (as the GUI's *Save as PDF…*
does), so the Print page lists it and can reprint it. A file that could not be written is not
logged.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.errors import BadInput
from ..core.print_log import PrintRun, record_print_run
from ..core.store import Store
from .context import Context, command, say, write_seller_file


def log_written_pdf(store: Store, document: str, layout: str, order_ids: list[str]) -> PrintRun:
    """The PDF is written: its run goes into the print log (ids only, like the GUI's runs)."""
    return record_print_run(store, document, layout, "pdf", order_ids)


def _selection_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.pdf",
                        help="the PDF to write (owner-only; it holds names and addresses)")
    parser.add_argument("--layout", default="letter",
                        help="letter, a4, letter-2up, a4-2up, 4x6, 4x8, 100x150 or a6 "
                             "(default: letter)")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--unshipped", action="store_true", help="every unshipped order")
    which.add_argument("--unprinted", action="store_true",
                       help="every unshipped order not yet printed")
    parser.add_argument("order_ids", nargs="*", metavar="ORDER_ID")


def _slips_arguments(parser: argparse.ArgumentParser) -> None:
    _selection_arguments(parser)
    parser.add_argument("--mark-printed", action="store_true",
                        help="mark the orders printed once the PDF is written")
    parser.add_argument("--prices", action="store_true",
                        help="show item prices (never shown on gift orders)")
    parser.add_argument("--footer", default=None,
                        help='footer line (default: "Thank you for your order!" in the slip\'s '
                             'language; "" for none)')
    parser.add_argument("--with-cards", action="store_true",
                        help="follow each order's slip with the insert cards its products earn "
                             "(binds their codes)")
    parser.add_argument("--card-layout", default=None,
                        help="layout of those cards (default: the one that goes with --layout, "
                             "e.g. letter-4up with letter, thermal-4x6 with 4x6)")


@command("slips", "write packing slips to a PDF", _slips_arguments)
def cmd_slips(ctx: Context, args: argparse.Namespace) -> int:
    from ..core.documents import SlipOptions, get_layout, packing_slips_pdf, select_order_ids
    from ..core.order_edits import mark_printed

    get_layout(args.layout)  # an unknown layout is refused before the passphrase is asked for
    options = SlipOptions(layout=args.layout, show_prices=args.prices, footer_text=args.footer)
    if args.card_layout is not None:
        from ..core.documents.cards import get_card_layout

        get_card_layout(args.card_layout)
        if not args.with_cards:
            raise BadInput("--card-layout goes with --with-cards.")
    opened = ctx.open()
    try:
        ids = select_order_ids(opened.store, args.order_ids, unshipped=args.unshipped,
                               unprinted=args.unprinted)
        if args.with_cards:
            from ..core.documents.slips_cards import slips_with_cards_pdf

            data = slips_with_cards_pdf(opened.store, ids, options, args.card_layout)
        else:
            data = packing_slips_pdf(opened.store, ids, options)
        write_seller_file(args.out, data, nothing_done="Nothing was marked printed.")
        marked = mark_printed(opened.store, ids) if args.mark_printed else 0
        run = log_written_pdf(opened.store, "slips_cards" if args.with_cards else "slips",
                              args.layout, ids)
    finally:
        opened.store.close()
    say(f"Wrote packing slips{' and cards' if args.with_cards else ''} for {len(ids)} orders "
        f"to {args.out.name} (print run {run.id})."
        + (f" Marked {marked} orders printed." if args.mark_printed else ""))
    return 0


@command("picklist", "write a pick list (SKUs and totals of the selected orders) to a PDF",
         _selection_arguments)
def cmd_picklist(ctx: Context, args: argparse.Namespace) -> int:
    from ..core.documents import get_layout, pick_list_pdf, select_order_ids

    get_layout(args.layout)
    opened = ctx.open()
    try:
        ids = select_order_ids(opened.store, args.order_ids, unshipped=args.unshipped,
                               unprinted=args.unprinted)
        data = pick_list_pdf(opened.store, ids, args.layout)
        write_seller_file(args.out, data)
        run = log_written_pdf(opened.store, "pick_list", args.layout, ids)
    finally:
        opened.store.close()
    say(f"Wrote the pick list of {len(ids)} orders to {args.out.name} (print run {run.id}).")
    return 0
