"""CSV files meant to be opened in a spreadsheet: cells that would run as formulas are neutralised.

Why: Excel, LibreOffice and Google Sheets evaluate a CSV cell that starts with ``=``, ``+``, ``-``
or ``@`` as a formula, and old Excel also runs DDE commands (``-cmd|' /C calc'!A0``). Buyers' data
(a name, an address line, a gift message) and values typed into the app can start that way, so a
file the seller opens could fetch URLs with their data (``=HYPERLINK(…)``, ``=WEBSERVICE(…)``) or
run a program. Following OWASP's CSV-injection guidance, such a cell is prefixed with a single
quote ``'``, which spreadsheets show as text and do not evaluate. Tab and carriage return count as
well, because some spreadsheets skip them and then see the ``=`` after them.

Our choice on numbers: OWASP prefixes *every* cell starting with ``-`` or ``+``, which turns a
refund of ``-3.50`` into the text ``'-3.50`` the seller can no longer add up. A cell that is a
plain number as a whole (optional sign, digits, optionally one ``.`` or ``,`` and more digits) is
left alone: a spreadsheet reads it as that number and nothing else, so there is nothing to
neutralise. Anything more (``-2+3``, ``+49 30 1234``, ``-1e5``, ``-cmd|…``) is prefixed.

Every spreadsheet-bound CSV the app writes goes through ``spreadsheet_csv`` (or at least
``neutralise_cell``). Files for machines stay exact: Amazon's shipping-confirmation upload file is
*not* neutralised (Amazon would store the quote); its values are refused at entry instead (see
``core.shipping``).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable

#: Characters that make a spreadsheet read a cell as a formula (OWASP: = + - @ tab CR).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)")


def neutralise_cell(value: object) -> str:
    """The cell's text, with ``'`` in front if a spreadsheet would evaluate it (see above).

    ``None`` is an empty cell; numbers (``int``, ``float``, ``Decimal``) and text that is a plain
    number keep their value.
    """
    if value is None:
        return ""
    text = str(value)
    if text.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def spreadsheet_csv(
    header: Iterable[object], rows: Iterable[Iterable[object]], *, delimiter: str = ","
) -> str:
    """CSV text (``\\r\\n`` line ends, quoted as needed) with every cell neutralised, header too.

    Encode it as ``utf-8-sig`` for Excel to recognise UTF-8; write it with
    ``core.private_files.write_private``.
    """
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([neutralise_cell(cell) for cell in header])
    for row in rows:
        writer.writerow([neutralise_cell(cell) for cell in row])
    return out.getvalue()
