"""Commands for shipping labels (``core.labels``): the seller's boxes — box-add, boxes,
box-remove. A label's package is planned in the smallest box that holds the order's units."""

from __future__ import annotations

import argparse

from seller_desktop.cli.context import Context, command, emit_json, say


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", metavar="NAME")
    parser.add_argument(
        "--dims", required=True, metavar="LxWxH", help="inner size in cm, e.g. 30x20x10.5"
    )
    parser.add_argument(
        "--weight", default="0", metavar="GRAMS", help="the empty box's weight (default 0)"
    )


@command("box-add", "add a shipping box (or change the one of that name)", _add_arguments)
def cmd_box_add(ctx: Context, args: argparse.Namespace) -> int:
    from seller_desktop.core.labels.boxes import Box, add_box
    from seller_desktop.core.labels.sizes import parse_dims_cm, parse_grams

    dims = parse_dims_cm(args.dims)  # refused before the passphrase is asked for
    weight = 0 if args.weight.strip() in ("", "0") else parse_grams(args.weight)
    opened = ctx.open()
    try:
        box = add_box(opened.store, Box(args.name, *dims, weight))
    finally:
        opened.store.close()
    say(f"Saved box {box.name}.")
    return 0


def _list_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON")


@command("boxes", "list the shipping boxes, smallest first", _list_arguments)
def cmd_boxes(ctx: Context, args: argparse.Namespace) -> int:
    from seller_desktop.core.labels.boxes import list_boxes

    opened = ctx.open()
    try:
        boxes = list_boxes(opened.store)
    finally:
        opened.store.close()
    if args.json:
        emit_json(
            [
                {
                    "name": b.name,
                    "length_mm": b.length_mm,
                    "width_mm": b.width_mm,
                    "height_mm": b.height_mm,
                    "weight_g": b.weight_g,
                }
                for b in boxes
            ]
        )
        return 0
    for b in boxes:
        cm = "x".join(f"{side / 10:g}" for side in (b.length_mm, b.width_mm, b.height_mm))
        print(f"{b.name}\t{cm} cm\t{b.weight_g} g")
    if not boxes:
        say("No boxes yet: add one with box-add NAME --dims LxWxH.")
    return 0


def _remove_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", metavar="NAME")


@command("box-remove", "remove a shipping box", _remove_arguments)
def cmd_box_remove(ctx: Context, args: argparse.Namespace) -> int:
    from seller_desktop.core.labels.boxes import remove_box

    opened = ctx.open()
    try:
        remove_box(opened.store, args.name)
    finally:
        opened.store.close()
    say(f"Removed box {args.name.strip()}.")
    return 0
