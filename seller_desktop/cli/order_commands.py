"""Commands about orders: import, ship, orders, export-confirmations."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.errors import BadInput
from .context import Context, command, say


def _import_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE",
                        help="Amazon order reports (.txt as downloaded from Seller Central)")
    parser.add_argument("--strict", action="store_true",
                        help="import nothing of a file in which any row has a problem")


@command("import", "import Amazon order reports (Unshipped, Order Fulfilment, All Orders)",
         _import_arguments)
def cmd_import(ctx: Context, args: argparse.Namespace) -> int:
    """Each file in its own transaction: exit 0 all imported, 1 some rows or files refused,
    2 nothing imported."""
    from ..core.importers import ImportRefused, import_file

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
