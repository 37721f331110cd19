"""Commands that print: slips, picklist. They write a PDF; printing it is the system's job.

Each command builds a ``PrintRequest`` (``core/documents/print_request.py``), the request the
GUI's preview renders too, and renders it with its cards' codes bound as they are drawn (the file
goes straight out: there is no preview to wait for).

Each PDF written goes into the print log as a run with output "pdf" (as the GUI's *Save as PDF…*
does), so the Print page lists it and can reprint it. A file that could not be written is not
logged.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from seller_desktop.cli.context import Context, check_out_file, command, say, write_seller_file
from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.store import Store

if TYPE_CHECKING:  # the document layer (ReportLab) loads only for a command that prints
    from seller_desktop.core.documents.print_log import PrintRun
    from seller_desktop.core.documents.print_request import PrintRequest


def add_selection(parser: argparse.ArgumentParser) -> None:
    """Which orders: --unshipped, --unprinted or order ids (shared by every printing command)."""
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--unshipped", action="store_true", help="every unshipped order")
    which.add_argument(
        "--unprinted", action="store_true", help="every unshipped order not yet printed"
    )
    parser.add_argument("order_ids", nargs="*", metavar="ORDER_ID")


def write_selected_pdf(
    ctx: Context,
    args: argparse.Namespace,
    request: Callable[[list[str]], PrintRequest],
    *,
    then: Callable[[Store, list[str]], int] | None = None,
    nothing_done: str = "Nothing was written.",
) -> tuple[list[str], PrintRun, int]:
    """Select the orders, render ``request(ids)`` (card codes bound as they are drawn), write
    ``args.out``, then ``then`` (e.g. mark printed) and log the run: in this order, so that a file
    that could not be written changes and logs nothing. Returns the order ids, the logged run and
    what ``then`` returned."""
    from seller_desktop.core.base.steps import drain
    from seller_desktop.core.documents import select_order_ids
    from seller_desktop.core.documents.print_log import record_print_run

    check_out_file(args.out)  # before the passphrase, and before any card code is bound
    opened = ctx.open()
    try:
        ids = select_order_ids(
            opened.store, args.order_ids, unshipped=args.unshipped, unprinted=args.unprinted
        )
        override = getattr(args, "override_wording", None)
        chosen = replace(request(ids), wording_override=override)
        rendered = drain(chosen.steps(opened.store, bind=True))
        write_seller_file(args.out, rendered.data, nothing_done=nothing_done)
        done = then(opened.store, ids) if then is not None else 0
        reason = override if rendered.wording_errors else None
        run = record_print_run(opened.store, chosen.log_document, chosen.layout, "pdf", ids, reason)
    finally:
        opened.store.close()
    return ids, run, done


def add_override(parser: argparse.ArgumentParser) -> None:
    """--override-wording: print cards whose text breaks Amazon's review rules, with a reason."""
    parser.add_argument(
        "--override-wording",
        metavar="REASON",
        default=None,
        help="print insert cards even though the wording checker found errors in their text "
        "(check-wording); REASON is kept in the print log",
    )


def add_sides(parser: argparse.ArgumentParser) -> None:
    """How a job with insert cards is printed: --duplex and --with-backs (``cards`` too)."""
    parser.add_argument(
        "--duplex",
        action="store_true",
        help="for a printer that prints both sides (long-edge flip): each card's back behind "
        "its front, a blank back on every other sheet (default: one side, no blank pages)",
    )
    parser.add_argument(
        "--with-backs",
        action="store_true",
        help="print the cards' backs without --duplex, each page of backs after its fronts, "
        "and on thermal labels (left off there otherwise)",
    )


def _selection_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE.pdf",
        help="the PDF to write (owner-only; it holds names and addresses)",
    )
    parser.add_argument(
        "--layout",
        default="letter",
        help="letter, a4, letter-2up, a4-2up, 4x6, 4x8, 100x150 or a6 (default: letter)",
    )
    add_selection(parser)


def _slips_arguments(parser: argparse.ArgumentParser) -> None:
    _selection_arguments(parser)
    parser.add_argument(
        "--mark-printed",
        action="store_true",
        help="mark the orders printed once the PDF is written",
    )
    parser.add_argument(
        "--prices", action="store_true", help="show item prices (never shown on gift orders)"
    )
    parser.add_argument(
        "--footer",
        default=None,
        help='footer line (default: "Thank you for your order!" in the slip\'s '
        'language; "" for none)',
    )
    parser.add_argument(
        "--with-cards",
        action="store_true",
        help="add the insert cards the orders' products earn (binds their codes): after all "
        "the slips, filled across the orders in slip order, on sheets of several cards; after "
        "each order's slip with one card per sheet (thermal, postcards)",
    )
    add_override(parser)
    parser.add_argument(
        "--card-layout",
        default=None,
        help="layout of those cards (default: the one that goes with --layout, "
        "e.g. letter-4up with letter, thermal-4x6 with 4x6)",
    )
    add_sides(parser)


@command("slips", "write packing slips to a PDF", _slips_arguments)
def cmd_slips(ctx: Context, args: argparse.Namespace) -> int:
    from seller_desktop.core.documents import get_layout
    from seller_desktop.core.documents.print_request import SLIPS, PrintRequest
    from seller_desktop.core.orders.edits import mark_printed

    get_layout(args.layout)  # an unknown layout is refused before the passphrase is asked for
    if args.card_layout is not None:
        from seller_desktop.core.documents.card_layouts import get_card_layout

        get_card_layout(args.card_layout)
    for flag, given in (
        ("--card-layout", args.card_layout is not None),
        ("--duplex", args.duplex),
        ("--with-backs", args.with_backs),
    ):
        if given and not args.with_cards:
            raise BadInput(f"{flag} goes with --with-cards.")

    def request(ids: list[str]) -> PrintRequest:
        return PrintRequest(
            SLIPS,
            tuple(ids),
            args.layout,
            show_prices=args.prices,
            footer_text=args.footer,
            with_cards=args.with_cards,
            card_layout=args.card_layout,
            duplex=args.duplex,
            with_backs=args.with_backs,
        )

    ids, run, marked = write_selected_pdf(
        ctx,
        args,
        request,
        then=mark_printed if args.mark_printed else None,
        nothing_done="Nothing was marked printed.",
    )
    say(
        f"Wrote packing slips{' and cards' if args.with_cards else ''} for {len(ids)} orders "
        f"to {args.out.name} (print run {run.id})."
        + (f" Marked {marked} orders printed." if args.mark_printed else "")
    )
    return 0


@command(
    "picklist",
    "write a pick list (SKUs and totals of the selected orders) to a PDF",
    _selection_arguments,
)
def cmd_picklist(ctx: Context, args: argparse.Namespace) -> int:
    from seller_desktop.core.documents import get_layout
    from seller_desktop.core.documents.print_request import PICK_LIST, PrintRequest

    get_layout(args.layout)
    ids, run, _ = write_selected_pdf(
        ctx, args, lambda ids: PrintRequest(PICK_LIST, tuple(ids), args.layout)
    )
    say(f"Wrote the pick list of {len(ids)} orders to {args.out.name} (print run {run.id}).")
    return 0
