"""Products from a CSV file, and one product changed field by field (``products-import``,
``product-set``; the editor is Settings › Products).

The file has a header row naming its columns: ``sku`` (required), ``ean`` (also ``upc``,
``barcode`` or ``gtin``), ``name`` and ``bin``, in any order and case, separated by commas,
semicolons (a German spreadsheet's CSV) or tabs; UTF-8 or Windows-1252. An empty cell, or a column
the file does not have, keeps what the product has; a SKU without a product gets one.

All or nothing: every row is checked first (the EAN's check digit, the lengths) and a file with
any bad row is refused as a whole, with each bad row named by its line number, so a seller never
has to find out which half of a file went in.
"""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from seller_desktop.core.base.errors import BadInput, SellerError
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP
from seller_desktop.core.orders.products import Product, get_products, save_product, validated

if TYPE_CHECKING:
    from seller_desktop.core.store.store import Store

#: Header name (lower case) → the product field it fills.
COLUMNS = {
    "sku": "sku",
    "ean": "barcode",
    "upc": "barcode",
    "barcode": "barcode",
    "gtin": "barcode",
    "name": "name_override",
    "bin": "bin_location",
}
MAX_ROWS = 100_000
_SHOWN_PROBLEMS = 20


def changed_product(current: Product | None, sku: str, **fields: str | None) -> Product:
    """``current`` (or a new product) with the fields given (not None) set; "" clears one."""
    base = current or Product(sku)
    given: dict[str, Any] = {k: v for k, v in fields.items() if v is not None}
    return validated(replace(base, **given))


def set_product(store: Store, sku: str, **fields: str | None) -> Product:
    """Change the given fields of one product (``product-set``), creating it if new."""
    sku = sku.strip()
    current = get_products(store, [sku]).get(sku)
    return save_product(store, changed_product(current, sku, **fields))


def read_products_csv(data: bytes, name: str) -> list[tuple[int, dict[str, str]]]:
    """(line number, field → cell) of each data row; BadInput for a file that is not one."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [cell.strip().lower() for cell in next(reader, [])]
    if "sku" not in header:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "{name} has no sku column. The first row must name the columns: sku, ean, name, "
                "bin. Nothing was imported.",
            ),
            name=name,
        )
    wanted = [(index, COLUMNS[cell]) for index, cell in enumerate(header) if cell in COLUMNS]
    rows: list[tuple[int, dict[str, str]]] = []
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue
        if len(rows) >= MAX_ROWS:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError", "{name} has more than {limit} rows. Nothing was imported."
                ),
                name=name,
                limit=MAX_ROWS,
            )
        cells = {key: row[index].strip() for index, key in wanted if index < len(row)}
        rows.append((reader.line_num, {k: v for k, v in cells.items() if v}))
    return rows


def import_products(store: Store, data: bytes, name: str) -> int:
    """Check every row, then save them all in one transaction; how many products were saved."""
    rows = read_products_csv(data, name)
    existing = get_products(store, [cells.get("sku", "") for _, cells in rows])
    products: dict[str, Product] = {}
    problems: list[str] = []
    for line, cells in rows:
        sku = cells.pop("sku", "")
        try:
            if not sku:
                raise BadInput(QT_TRANSLATE_NOOP("SellerError", "A product needs a SKU."))
            products[sku] = changed_product(products.get(sku) or existing.get(sku), sku, **cells)
        except SellerError as err:
            problems.append(f"line {line}: {err}")
    if problems:
        shown = problems[:_SHOWN_PROBLEMS]
        if len(problems) > len(shown):
            shown.append(f"… {len(problems) - len(shown)} more")
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "Nothing was imported: rows of {name} that cannot be imported ({count}):\n{problems}",
            ),
            count=len(problems),
            name=name,
            problems="\n".join(shown),
        )
    with store.transaction():
        for product in products.values():
            save_product(store, product)
    return len(products)
