"""Code lists: one code per card, never reused.

Two kinds: Amazon single-use claim codes, imported from the file Seller Central gives for a
promotion (the discount keeps the buyer on Amazon), and codes this app generates for non-discount
uses (product registration, warranty). A generated code is 12 characters from an alphabet without
0/O, 1/I/l or L (``ABCD-EFGH-JKMN``): about 59 random bits from ``secrets``, unguessable and easy
to type.

A code is bound to the order id and SKU it went out with — never to a person — when its card
really goes out. Two steps, so that a preview costs no code: ``choose_codes`` reads which code each
card would get (the order's own code on a reprint, else the campaign's next free codes in list
order) and writes nothing; ``bind_codes`` binds those very codes in one transaction, or binds none
(``CodesChanged``) when one was taken meanwhile. A bound code is never handed to another order, and
a reprint of the same order gets the same code back. Codes are unique across all campaigns.
"""

from __future__ import annotations

import csv
import io
import re
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from seller_desktop.core.campaigns.model import Campaign
    from seller_desktop.core.store.store import Store

#: No 0/O, no 1/I/l (and no L, which reads like I in some fonts): 31 symbols, about 4.95 bits each.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
GROUPS, GROUP_SIZE = 3, 4
MAX_GENERATE = 100_000
MAX_IMPORT_BYTES = 20_000_000
# Claim codes: letters, digits and dashes (Amazon's are 8-20 characters, e.g. ABCD-EF1234-GHIJ).
CODE_SHAPE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{3,39}$")
# Headers naming the code column in Seller Central's files and in lists sellers make themselves.
_HEADER = re.compile(r"^(claim|promo(tion)?|promotional|coupon|gift)?[ _-]*codes?$", re.I)


class OutOfCodes(BadInput):
    """A campaign has fewer free codes than the print run needs; nothing was assigned."""

    def __init__(self, campaign: str, left: int, needed: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "Campaign {campaign!r} has run out of codes: {left} left, {needed} needed for "
                "these cards. Import more (campaign-codes) or generate more, then print again. "
                "Nothing was printed.",
            ),
            campaign=campaign,
            left=left,
            needed=needed,
        )
        self.campaign, self.left, self.needed = campaign, left, needed


class CodesChanged(BadInput):
    """A chosen code is no longer free for its order (another print run took it since it was
    chosen); nothing was bound."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "Some codes chosen for these cards went to other orders in the meantime "
                "(another print run). Nothing was bound or printed: prepare the cards "
                "again, they get other codes.",
            )
        )


@dataclass(frozen=True)
class ImportResult:
    added: int
    #: Codes the file repeated or the store already had (skipped: a code is never used twice).
    skipped: int


def generate_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(GROUPS * GROUP_SIZE))
    return "-".join(raw[i : i + GROUP_SIZE] for i in range(0, len(raw), GROUP_SIZE))


def add_generated_codes(store: Store, campaign_id: int, count: int) -> int:
    """Add ``count`` new generated codes to the campaign's list; returns how many were added."""
    if not 1 <= count <= MAX_GENERATE:
        raise BadInput(
            QT_TRANSLATE_NOOP("SellerError", "Generate between 1 and {count:,} codes at a time."),
            count=MAX_GENERATE,
        )
    added = 0
    with store.transaction() as conn:
        while added < count:  # a clash (1 in 2^60) just draws again
            added += conn.execute(
                "INSERT OR IGNORE INTO campaign_codes (campaign_id, code, source) "
                "VALUES (?, ?, 'generated')",
                (campaign_id, generate_code()),
            ).rowcount
    return added


def parse_claim_codes(data: bytes, file_name: str) -> list[str]:
    """The codes in a claim-code file, in file order, repeats removed.

    Accepts one code per line, or a CSV/tab-separated table with a column named like "Claim Code"
    (title lines above the header are skipped). Messages name the file and line numbers only,
    never a line's content: a wrongly chosen file might be an orders report.
    """
    text = decode_code_file(data, file_name)
    lines = text.splitlines()
    if not any(line.strip() for line in lines):
        raise BadInput(
            QT_TRANSLATE_NOOP("SellerError", "{name} holds no codes: it is empty."), name=file_name
        )
    table = find_code_table(lines)
    if table is not None:
        codes = [code for code, _row in code_rows(lines, *table, file_name)]
    else:
        if any(("\t" in line or "," in line or ";" in line) for line in lines[:20]):
            raise no_code_column(file_name)
        codes = []
        header_seen = False
        for number, line in enumerate(lines, start=1):
            value = line.strip().strip('"')
            if not value:
                continue
            if not codes and not header_seen and _HEADER.match(value):
                header_seen = True  # a one-column file with its header ("Claim Code")
                continue
            if not CODE_SHAPE.match(value):
                raise BadInput(
                    QT_TRANSLATE_NOOP(
                        "SellerError",
                        "Line {number} of {name} is not a code (codes have 4-40 "
                        "letters, digits and dashes). Nothing was imported.",
                    ),
                    number=number,
                    name=file_name,
                )
            codes.append(value.upper())
    if not codes:
        raise BadInput(QT_TRANSLATE_NOOP("SellerError", "{name} holds no codes."), name=file_name)
    return list(dict.fromkeys(codes))


def decode_code_file(data: bytes, file_name: str) -> str:
    """A code file's text (UTF-8, UTF-16 with its mark, else Windows-1252); BadInput for a file
    too large or not text at all. Shared by claim-code lists and redemption files."""
    if len(data) > MAX_IMPORT_BYTES:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError", "{name} is too large for a code list (at most {megabytes} MB)."
            ),
            name=file_name,
            megabytes=MAX_IMPORT_BYTES // 1_000_000,
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4000]:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "{name} is not a text file. Choose the claim-code list (.txt or .csv) "
                "Seller Central gave you.",
            ),
            name=file_name,
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def find_code_table(
    lines: list[str], header: re.Pattern[str] = _HEADER
) -> tuple[int, str, int] | None:
    """(header line index, delimiter, code column) of a table with a column whose name matches
    ``header`` (by default the claim-code lists' names), if any."""
    for index, line in enumerate(lines[:15]):
        for delimiter in ("\t", ",", ";"):
            if delimiter not in line:
                continue
            cells = next(csv.reader([line], delimiter=delimiter))
            for column, cell in enumerate(cells):
                if header.match(cell.strip().strip('"')):
                    return index, delimiter, column
    return None


def no_code_column(file_name: str) -> BadInput:
    """The refusal of a table that has no column of codes (e.g. an order report)."""
    return BadInput(
        QT_TRANSLATE_NOOP(
            "SellerError",
            "{name} is a table without a code column: name its column "
            '"Claim Code" (or give one code per line).',
        ),
        name=file_name,
    )


def code_rows(
    lines: list[str],
    header: int,
    delimiter: str,
    column: int,
    file_name: str,
    *,
    skip_empty: bool = False,
) -> list[tuple[str, list[str]]]:
    """(code in capitals, its row) for each row under the header; BadInput naming the line when
    a code cell is not a code. Blank rows are skipped, and with ``skip_empty`` rows whose code
    cell is empty (a report lists orders that used no code)."""
    found = []
    reader = csv.reader(io.StringIO("\n".join(lines[header + 1 :])), delimiter=delimiter)
    for number, row in enumerate(reader, start=header + 2):
        if not any(cell.strip() for cell in row):
            continue
        value = row[column].strip() if column < len(row) else ""
        if not value and skip_empty:
            continue
        if not CODE_SHAPE.match(value):
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError",
                    "Line {number} of {name} has no valid code in its code column "
                    "(codes have 4-40 letters, digits and dashes). Nothing was imported.",
                ),
                number=number,
                name=file_name,
            )
        found.append((value.upper(), row))
    return found


def import_claim_codes(store: Store, campaign_id: int, data: bytes, file_name: str) -> ImportResult:
    """Add the file's codes to the campaign's list (all or nothing)."""
    codes = parse_claim_codes(data, file_name)
    with store.transaction() as conn:
        added = sum(
            conn.execute(
                "INSERT OR IGNORE INTO campaign_codes (campaign_id, code, source) VALUES (?, ?, 'claim')",
                (campaign_id, code),
            ).rowcount
            for code in codes
        )
    return ImportResult(added, len(codes) - added)


def code_counts(store: Store) -> dict[int, tuple[int, int]]:
    """campaign id → (codes in its list, codes still free)."""
    return {
        row[0]: (row[1], row[2])
        for row in store.conn.execute(
            "SELECT campaign_id, count(*), count(*) - count(order_id) FROM campaign_codes "
            "GROUP BY campaign_id"
        )
    }


def choose_codes(
    store: Store, wanted: Sequence[tuple[str, str, Campaign]]
) -> dict[tuple[str, int], str]:
    """The code each (order id, SKU, campaign) wanted would get; (order id, campaign id) → code.

    Reads only. An order that already has a code of the campaign gets that one; the others get the
    campaign's free codes in list order, one per order, in the order wanted. Campaigns without a
    code list are left out. ``OutOfCodes`` when a campaign has too few free codes.
    """
    counts = code_counts(store)
    found: dict[tuple[str, int], str] = {}
    fresh: dict[int, list[str]] = {}
    names: dict[int, str] = {}
    for order_id, _sku, campaign in wanted:
        cid = campaign.id
        if (
            cid is None
            or cid not in counts
            or (order_id, cid) in found
            or order_id in fresh.get(cid, ())
        ):
            continue
        row = store.conn.execute(
            "SELECT code FROM campaign_codes WHERE campaign_id = ? AND order_id = ?",
            (cid, order_id),
        ).fetchone()
        if row:
            found[(order_id, cid)] = row[0]
        else:
            fresh.setdefault(cid, []).append(order_id)
            names[cid] = campaign.name
    for cid, orders in fresh.items():
        free = [
            r[0]
            for r in store.conn.execute(
                "SELECT code FROM campaign_codes WHERE campaign_id = ? AND order_id IS NULL "
                "ORDER BY id LIMIT ?",
                (cid, len(orders)),
            )
        ]
        if len(free) < len(orders):
            raise OutOfCodes(names[cid], counts[cid][1], len(orders))
        found.update(((order_id, cid), code) for order_id, code in zip(orders, free))
    return found


def bind_codes(store: Store, chosen: Iterable[tuple[str, str, int, str]]) -> int:
    """Bind each chosen (order id, SKU, campaign id, code); returns how many were newly bound.

    One transaction, all or nothing: a code already bound to its own order is fine (a reprint, or
    the same preview printed twice); a code bound to another order, gone from its campaign's list,
    or an order holding another code of the campaign raises ``CodesChanged`` and binds nothing.
    """
    bound = 0
    now = store.now_iso()
    with store.transaction() as conn:
        for order_id, sku, cid, code in chosen:
            row = conn.execute(
                "SELECT order_id FROM campaign_codes WHERE code = ? AND campaign_id = ?",
                (code, cid),
            ).fetchone()
            if row is None or row[0] not in (None, order_id):
                raise CodesChanged()
            if row[0] == order_id:
                continue
            if conn.execute(
                "SELECT 1 FROM campaign_codes WHERE campaign_id = ? AND order_id = ?",
                (cid, order_id),
            ).fetchone():
                raise CodesChanged()
            conn.execute(
                "UPDATE campaign_codes SET order_id = ?, sku = ?, assigned_at = ? WHERE code = ?",
                (order_id, sku, now, code),
            )
            bound += 1
    return bound
