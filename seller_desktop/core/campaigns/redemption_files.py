"""Reading redeemed codes: what the seller typed, or a file (their own list, or a report).

Three inputs, one result — a list of ``Redeemed`` (the code, the day when the input gave one):

- **Typed or pasted** (``parse_typed``): one code per line, or separated by commas, semicolons or
  spaces.
- **A CSV or tab-separated file** (``parse_redemption_file``) with a header naming the code
  column — "Claim Code", "Promotion Code", "Code", and their German, French, Spanish and Italian
  names ("Aktionscode", "Code promotionnel", "Código promocional", "Codice promozionale", …) —
  and, if it has one, a date column ("Redeemed on", "Datum", "Date", "Fecha", "Data", …). A file
  without a header holds codes only, as typed.
- **Amazon's reports.** No Amazon page found (Seller Central help, the Selling Partner API's report
  types) documents a report that lists *which* single-use claim codes were redeemed: Seller
  Central's help on claim codes covers creating and downloading them (a zip of a text file, one
  code per line: sellercentral.amazon.sg/gp/help/external/help.html?itemID=201843810); the All
  Orders report's ``promotion-ids`` column holds a promotion's tracking id, not the buyer's code
  (described by a third party, ihrinnovationgroup.com, "How to check if Claim Codes have been used
  on an Amazon Promotion"); ``GET_COUPON_PERFORMANCE_REPORT`` counts a coupon's redemptions, with
  no codes (amzn/selling-partner-api-models, schemas/reports/vendorCouponReport.json). So a report
  is read by the same header rule as any table; one whose header carries Amazon's order-report
  columns (``amazon-order-id``, ``order-id``, ``purchase-date``) is recorded as an
  ``amazon_report`` rather than ``csv``. The order id is never kept: only the code and the day.

The file's decoding and the search for its header are the claim-code lists' own
(``codes.decode_code_file``, ``codes.find_code_table``). Messages name the file and a line number,
never a line's content: a wrongly chosen file might be an orders report with buyers' names.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP
from seller_desktop.core.campaigns.codes import (
    CODE_SHAPE,
    code_rows,
    decode_code_file,
    find_code_table,
    no_code_column,
)

#: Where the codes came from, as the store records it (schema: ``redemptions.source``).
TYPED, CSV, AMAZON_REPORT = "typed", "csv", "amazon_report"

# A code column's name: English and German put a word before "code", French, Spanish and Italian
# after it; words are separated by spaces, dashes or underscores ("promotion-code").
_SEP = r"[\s_-]*"
_BEFORE = (
    "claim|promo|promotion|promotional|coupon|gift|voucher|discount|redeemed|redemption"
    "|aktions|gutschein|rabatt|einlöse|einlösungs"
)
_AFTER = (
    r"promo|promotionnel|promocional|promozionale|sconto|coupon|cupón"
    r"|(de|di|d')\s*(réduction|promotion|réclamation|canje|descuento|promoción|reclamación"
    r"|riscatto)"
)
_CODE_HEADER = re.compile(
    rf"^(({_BEFORE}){_SEP})?codes?$|^(code|código|codigo|codice)({_SEP}({_AFTER}))?$", re.I
)
#: A date column: the day of redemption first, any date otherwise.
_REDEEMED_DATE = re.compile(
    r"redeem|redemption|einlös|eingelöst|utilis|canje|canjead|riscatt|used on", re.I
)
_ANY_DATE = re.compile(r"(^|\b)(date|datum|fecha|data|day|tag|jour|día|giorno)(\b|$)", re.I)
#: Columns of Amazon's order reports: a table with them was downloaded from Seller Central.
_AMAZON_COLUMNS = frozenset({"amazon order id", "order id", "purchase date"})


@dataclass(frozen=True)
class Redeemed:
    """A code that came back, and the day it did when the input said (``None`` otherwise)."""

    code: str
    day: date | None = None


def parse_typed(text: str) -> list[Redeemed]:
    """The codes the seller typed or pasted, in their order (repeats kept: the store counts a
    code once). BadInput naming the line of the first entry that is not a code."""
    found = _codes_in_lines(text.splitlines(), None)
    if not found:
        raise BadInput(QT_TRANSLATE_NOOP("SellerError", "Type or paste at least one code."))
    return found


def parse_redemption_file(data: bytes, file_name: str) -> tuple[list[Redeemed], str]:
    """The codes in a file, with their days, and the source to record (``CSV`` or
    ``AMAZON_REPORT``). A row with an empty code cell is skipped (a report lists orders that used
    no code); a cell that is not a code refuses the whole file."""
    lines = decode_code_file(data, file_name).splitlines()
    table = find_code_table(lines, _CODE_HEADER)
    if table is None:
        try:
            found, source = _codes_in_lines(lines, file_name), CSV
        except BadInput:
            first = next((line for line in lines if line.strip()), "")
            if re.search(r"[\t,;]", first):  # a table, though not of codes ("order-id,sku")
                raise no_code_column(file_name) from None
            raise
    else:
        found, source = _codes_in_table(lines, *table, file_name)
    if not found:
        raise BadInput(QT_TRANSLATE_NOOP("SellerError", "{name} holds no codes."), name=file_name)
    return found, source


def _normal(cell: str) -> str:
    return " ".join(cell.strip().strip('"').replace("-", " ").replace("_", " ").split()).lower()


def _codes_in_lines(lines: list[str], file_name: str | None) -> list[Redeemed]:
    """Codes one per line or separated by commas, semicolons or spaces; a first line that names
    the column ("Claim Code") is skipped."""
    found: list[Redeemed] = []
    for number, line in enumerate(lines, start=1):
        if not found and _CODE_HEADER.match(_normal(line)):
            continue
        for value in re.split(r"[\s,;]+", line.strip()):
            value = value.strip('"')
            if not value:
                continue
            if not CODE_SHAPE.match(value):
                raise _not_a_code(number, file_name)
            found.append(Redeemed(value.upper()))
    return found


def _not_a_code(number: int, file_name: str | None) -> BadInput:
    if file_name is None:
        return BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "Line {number} of the typed codes is not a code (codes have 4-40 letters, "
                "digits and dashes). Nothing was counted.",
            ),
            number=number,
        )
    return BadInput(
        QT_TRANSLATE_NOOP(
            "SellerError",
            "Line {number} of {name} is not a code (codes have 4-40 "
            "letters, digits and dashes). Nothing was imported.",
        ),
        number=number,
        name=file_name,
    )


def _codes_in_table(
    lines: list[str], header: int, delimiter: str, column: int, file_name: str
) -> tuple[list[Redeemed], str]:
    names = [_normal(cell) for cell in next(csv.reader([lines[header]], delimiter=delimiter))]
    day_column = _date_column(names, column)
    source = AMAZON_REPORT if _AMAZON_COLUMNS & set(names) else CSV
    found = []
    for code, row in code_rows(lines, header, delimiter, column, file_name, skip_empty=True):
        cell = row[day_column] if day_column is not None and day_column < len(row) else ""
        found.append(Redeemed(code, parse_day(cell)))
    return found, source


def _date_column(names: list[str], code_column: int) -> int | None:
    for pattern in (_REDEEMED_DATE, _ANY_DATE):
        for index, name in enumerate(names):
            if index != code_column and pattern.search(name):
                return index
    return None


def parse_day(cell: str) -> date | None:
    """A day written ISO-style (``2026-11-21``, also the start of a timestamp), German-style
    (``21.11.2026``) or ``2026/11/21``; ``None`` for anything else — 03/04/2026 could be either
    month, and a wrong week on the chart is worse than the day of import."""
    text = cell.strip()
    for pattern, order in (
        (r"(\d{4})-(\d{1,2})-(\d{1,2})", "ymd"),
        (r"(\d{4})/(\d{1,2})/(\d{1,2})", "ymd"),
        (r"(\d{1,2})\.(\d{1,2})\.(\d{4})", "dmy"),
    ):
        match = re.match(pattern, text)
        if match:
            first, second, third = (int(part) for part in match.groups())
            year, month, day = (first, second, third) if order == "ymd" else (third, second, first)
            try:
                return date(year, month, day)
            except ValueError:
                return None
    return None
