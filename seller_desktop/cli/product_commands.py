"""Commands for products (what Settings › Products edits): product-set, products-import.

A product's weight and size (``--weight``, ``--dims``) are what a shipping label's package is
planned from (``core.labels``); the size is typed in centimetres and stored in millimetres.

The EAN/UPC they store is what scan to verify counts a product by; its check digit is checked
here, as in the editor, so a typo is refused before a packer ever scans against it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from seller_desktop.cli.context import Context, command, say
from seller_desktop.core.base.errors import BadInput


def _set_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sku", metavar="SKU")
    parser.add_argument(
        "--ean",
        default=None,
        metavar="CODE",
        help='EAN-13, UPC-A, EAN-8 or GTIN-14 ("" removes it)',
    )
    parser.add_argument("--name", default=None, metavar="NAME", help="the product name on slips")
    parser.add_argument("--bin", default=None, metavar="BIN", help="the bin location, e.g. A2-03")
    parser.add_argument(
        "--weight", default=None, metavar="GRAMS", help="the weight of one unit, in grams"
    )
    parser.add_argument(
        "--dims", default=None, metavar="LxWxH", help="its size in cm, e.g. 30x20x10.5"
    )


@command(
    "product-set",
    "set a product's EAN/UPC, name on slips, bin, weight or size (options left out: unchanged)",
    _set_arguments,
)
def cmd_product_set(ctx: Context, args: argparse.Namespace) -> int:
    from seller_desktop.core.labels.sizes import parse_dims_cm, parse_grams, set_size
    from seller_desktop.core.orders.product_import import changed_product, set_product

    fields = {"barcode": args.ean, "name_override": args.name, "bin_location": args.bin}
    if all(v is None for v in (*fields.values(), args.weight, args.dims)):
        raise BadInput(
            "Nothing to set: give --ean, --name, --bin, --weight or --dims. Nothing was changed."
        )
    # Bad input is refused before the passphrase is asked for.
    changed_product(None, args.sku, **fields)
    weight = parse_grams(args.weight) if args.weight is not None else None
    dims = parse_dims_cm(args.dims) if args.dims is not None else None
    opened = ctx.open()
    try:
        with opened.store.transaction():  # all the fields or none
            if any(v is not None for v in fields.values()):
                set_product(opened.store, args.sku, **fields)
            if weight is not None or dims is not None:
                set_size(opened.store, args.sku, weight, dims)
    finally:
        opened.store.close()
    say(f"Saved {args.sku.strip()}.")
    return 0


def _import_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file",
        type=Path,
        metavar="FILE.csv",
        help="columns sku, ean, name, bin (header row; all or nothing)",
    )


@command(
    "products-import",
    "set products' EAN/UPC, name and bin from a CSV file; a file with a bad row changes nothing",
    _import_arguments,
)
def cmd_products_import(ctx: Context, args: argparse.Namespace) -> int:
    from seller_desktop.core.orders.product_import import import_products, read_products_csv

    try:
        data = args.file.read_bytes()
    except OSError:
        raise BadInput(f"Cannot read {args.file.name}. Nothing was imported.") from None
    read_products_csv(data, args.file.name)  # a file that is not one: before the passphrase
    opened = ctx.open()
    try:
        count = import_products(opened.store, data, args.file.name)
    finally:
        opened.store.close()
    say(f"Imported {count} products from {args.file.name}.")
    return 0
