"""Commands for products (what Settings › Products edits): product-set, products-import.

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


@command(
    "product-set",
    "set a product's EAN/UPC, name on slips or bin (options left out: unchanged)",
    _set_arguments,
)
def cmd_product_set(ctx: Context, args: argparse.Namespace) -> int:
    from seller_desktop.core.orders.product_import import changed_product, set_product

    if args.ean is None and args.name is None and args.bin is None:
        raise BadInput("Nothing to set: give --ean, --name or --bin. Nothing was changed.")
    fields = {"barcode": args.ean, "name_override": args.name, "bin_location": args.bin}
    changed_product(None, args.sku, **fields)  # refuse bad input before asking for the passphrase
    opened = ctx.open()
    try:
        saved = set_product(opened.store, args.sku, **fields)
    finally:
        opened.store.close()
    say(f"Saved {saved.sku}.")
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
