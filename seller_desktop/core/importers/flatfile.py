"""Reading Amazon flat files: bytes → header and rows of stripped text fields.

Amazon writes its order reports as tab-separated text in the encoding of the marketplace: UTF-8
(North America, sometimes with a BOM), Windows-1252 (some EU reports) or Windows-31J / cp932
(Japan), with CRLF or LF. Nothing in the file says which, so we decide per file, and we never store
mojibake: a line that cannot be decoded in the chosen encoding is reported by its number and left
out. Whatever happens here, messages name lines and columns, never the values (they may be
contact details).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP

#: Where to get a proper file; repeated in every refusal so the seller knows what to do next.
HOW_TO_GET = QT_TRANSLATE_NOOP(
    "SellerError",
    "Download the report again from Seller Central (Orders › Order Reports for Unshipped or New "
    "Orders, or Reports › Fulfilment › All Orders) and import the .txt file as it was downloaded, "
    "without opening and saving it in a spreadsheet program.",
)

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_SUSPECT_JP = re.compile(r"[\ue000-\uf8ff\uff61-\uff9f]")  # private use; half-width katakana
_LATIN_LETTER = re.compile(
    r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0152\u0153\u0160\u0161\u0178\u017d\u017e]"
)
_TYPOGRAPHY = set("€£¥°§«»‹›„“”‘’‚–—…•·©®™ ¡¿ªº²³¹½¼¾")


@dataclass
class FlatFile:
    """A decoded flat file. ``rows`` holds (line number, line text) of the rows that fit the
    header; ``fields`` splits one. A line's text is a fraction of its 40-odd field strings, which
    for 100,000 rows held 250 MB at once: an importer splits the rows it is at."""

    name: str
    encoding: str
    header: list[str]
    columns: dict[str, int]
    rows: list[tuple[int, str]]
    #: Lines that could not be decoded in ``encoding``, with their fields decoded leniently
    #: (U+FFFD for the bad bytes): only good enough to tell which order they belong to.
    undecodable: list[tuple[int, list[str]]] = field(default_factory=list)
    #: Lines with more non-empty fields than the header has names.
    too_long: list[tuple[int, list[str]]] = field(default_factory=list)

    def fields(self, line: str) -> list[str]:
        """A row's fields (``rows``' text), stripped, padded or cut to the header's width."""
        fields = _split_fields(line)
        width = len(self.header)
        if len(fields) < width:
            fields += [""] * (width - len(fields))
        else:
            del fields[width:]  # only empty fields past the header reach ``rows``
        return fields

    def column(self, *names: str) -> int | None:
        """Index of the first of ``names`` present (names are lower case)."""
        for name in names:
            index = self.columns.get(name)
            if index is not None:
                return index
        return None


def read_flat_file(path: Path) -> FlatFile:
    """The file read line by line (a UTF-8 report is never held whole, beside its lines)."""
    try:
        with path.open("rb") as source:
            return _parse(source, path.name)
    except OSError as err:
        raise BadInput(
            QT_TRANSLATE_NOOP("SellerError", "Cannot read {name}: {reason}."),
            name=path.name,
            reason=err.strerror or "unreadable",
        ) from None


def parse_flat_file(data: bytes, name: str = "the file") -> FlatFile:
    """Decode and split ``data``; raise BadInput if it is not a tab-separated text file at all."""
    return _parse(io.BytesIO(data), name)


def _parse(source: BinaryIO, name: str) -> FlatFile:
    head = source.read(65536)
    _refuse_empty(_blank(source, head), name)
    _refuse_non_text(head, name)
    source.seek(-1, io.SEEK_END)
    ends_with_line_end = source.read(1) == b"\n"
    source.seek(0)
    encoding, text_lines, raw_lines = _decode(source, head)
    header = _header(text_lines, name)
    columns: dict[str, int] = {}
    for index, title in enumerate(header):
        columns.setdefault(title.lower(), index)
    width = len(header)
    rows: list[tuple[int, str]] = []
    undecodable: list[tuple[int, list[str]]] = []
    too_long: list[tuple[int, list[str]]] = []
    last_number = len(text_lines)
    for number, line in enumerate(text_lines[1:], start=2):
        if line is None:
            undecodable.append((number, _lenient_fields(raw_lines[number - 1], encoding, width)))
            continue
        if not line or line.isspace():
            continue
        count = line.count("\t") + 1
        if count < width:
            if number == last_number and not ends_with_line_end:
                raise _cut_off(name, number, count, width)
        elif count > width:
            fields = _split_fields(line)
            if any(f.strip() for f in fields[width:]):
                too_long.append((number, fields))
                continue
        rows.append((number, line))
    return FlatFile(name, encoding, header, columns, rows, undecodable, too_long)


def _blank(source: BinaryIO, head: bytes) -> bool:
    """Nothing but white space (or nothing at all) after ``head``, the file's first bytes."""
    if head.strip():
        return False
    while chunk := source.read(65536):
        if chunk.strip():
            return False
    return True


def _refuse_empty(blank: bool, name: str) -> None:
    """An empty (or blank) file is refused by name: a failed download, not an empty report."""
    if blank:
        raise BadInput(
            QT_TRANSLATE_NOOP("SellerError", "{name} is empty. {how_to_get}"),
            name=name,
            how_to_get=HOW_TO_GET,
        )


def _header(text_lines: list[str | None], name: str) -> list[str]:
    """The column names of the first line; without them no row can be read, so the file is
    refused."""
    header_line = text_lines[0] if text_lines else None
    if header_line is None:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "The first line of {name} (the column names) could not be read as text. "
                "{how_to_get}",
            ),
            name=name,
            how_to_get=HOW_TO_GET,
        )
    return [h.strip() for h in header_line.split("\t")]


def _lenient_fields(raw_line: bytes, encoding: str, width: int) -> list[str]:
    """An undecodable line's fields with U+FFFD for the bad bytes, padded past the header: only
    good enough to tell which order the line belongs to."""
    lenient = raw_line.decode(encoding.replace("-sig", ""), errors="replace")
    return [f.strip() for f in lenient.split("\t")] + [""] * width


def _split_fields(line: str) -> list[str]:
    """A row's fields without the spaces around them (Amazon leaves trailing spaces in product
    names)."""
    while " \t" in line:
        line = line.replace(" \t", "\t")
    while "\t " in line:
        line = line.replace("\t ", "\t")
    fields = line.split("\t")
    fields[0] = fields[0].strip()
    fields[-1] = fields[-1].strip()
    return fields


def _cut_off(name: str, number: int, count: int, width: int) -> BadInput:
    """The refusal of a file whose last row is short and has no line end: the download was cut
    off, and importing the rest would store a partial order."""
    return BadInput(
        QT_TRANSLATE_NOOP(
            "SellerError",
            "{name} ends in the middle of a row (line {number} has {count} of "
            "{width} columns and no line end): the download was cut off. Nothing "
            "was imported. {how_to_get}",
        ),
        name=name,
        number=number,
        count=count,
        width=width,
        how_to_get=HOW_TO_GET,
    )


def _refuse_non_text(data: bytes, name: str) -> None:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "{name} was saved by a spreadsheet program as “Unicode text”, not as Amazon "
                "wrote it. {how_to_get}",
            ),
            name=name,
            how_to_get=HOW_TO_GET,
        )
    head = data[:65536]
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 13))
    if b"\x00" in head or controls > len(head) // 100:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "{name} is not a text report (it looks like a binary file). {how_to_get}",
            ),
            name=name,
            how_to_get=HOW_TO_GET,
        )


def _split_lines(data: bytes) -> list[bytes]:
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return [line[:-1] if line.endswith(b"\r") else line for line in lines]


def _decode(source: BinaryIO, head: bytes) -> tuple[str, list[str | None], list[bytes]]:
    """Choose the file's encoding and decode it line by line (None for a line that fails).

    The raw lines are returned only when some line failed (empty otherwise)."""
    if head.startswith(b"\xef\xbb\xbf"):
        raw = _split_lines(source.read()[3:])
        return "utf-8-sig", _decode_lines(raw, "utf-8"), raw
    lines = _utf8_lines(source)
    if lines is not None:
        return "utf-8", lines, []
    source.seek(0)
    raw = _split_lines(source.read())
    encoding = choose_legacy_encoding(raw)
    return encoding, _decode_lines(raw, encoding), raw


def _utf8_lines(source: BinaryIO) -> list[str | None] | None:
    """The fast path: every line decodes as UTF-8 (else None). Line by line, not the whole text
    at once: one non-ASCII character would make that a copy of the file at 2 or 4 bytes a
    character, beside the lines."""
    lines: list[str | None] = []
    for raw in source:
        if raw.endswith(b"\n"):
            raw = raw[:-1]
        if raw.endswith(b"\r"):
            raw = raw[:-1]
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            return None
    return lines


def _decode_lines(raw: list[bytes], encoding: str) -> list[str | None]:
    out: list[str | None] = []
    for line in raw:
        try:
            out.append(line.decode(encoding))
        except UnicodeDecodeError:
            out.append(None)
    return out


def choose_legacy_encoding(raw_lines: list[bytes]) -> str:
    """UTF-8 with a few broken lines, Windows-31J or Windows-1252, judged by what decodes cleanly
    and reads plausibly.

    UTF-8 is chosen when most non-ASCII lines are valid UTF-8 (a Latin-1 file almost never is).
    Otherwise cp932 wins only if its text is Japanese-looking (kana or runs of kanji, no private-use
    or half-width characters that Latin accents turn into) and reads better than the cp1252 text
    (accented letters inside words, not strings of symbols).
    """
    non_ascii = [line for line in raw_lines if any(b > 127 for b in line)]
    utf8_good = sum(1 for line in non_ascii if _decodes(line, "utf-8"))
    if non_ascii and utf8_good * 2 > len(non_ascii):
        return "utf-8"
    sample = b"\n".join(non_ascii[:2000])
    jp_text = _lenient(sample, "cp932")
    west_text = _lenient(sample, "cp1252")
    jp_ok = sum(1 for line in non_ascii if _decodes(line, "cp932"))
    west_ok = sum(1 for line in non_ascii if _decodes(line, "cp1252"))
    if jp_ok == 0 or not _CJK.search(jp_text):
        return "cp1252"
    jp_score = _japanese_plausibility(jp_text) * jp_ok
    west_score = _western_plausibility(west_text) * west_ok
    return "cp932" if jp_score > west_score else "cp1252"


def _decodes(line: bytes, encoding: str) -> bool:
    try:
        line.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _lenient(data: bytes, encoding: str) -> str:
    return data.decode(encoding, errors="replace")


def _japanese_plausibility(text: str) -> float:
    """Share of non-ASCII characters that look like real Japanese.

    Latin accents read as cp932 give isolated kanji between Latin letters, private-use characters
    and half-width katakana; real Japanese gives kana and kanji next to each other.
    """
    total = good = 0
    for i, ch in enumerate(text):
        if ord(ch) < 128:
            continue
        total += 1
        if ch == "\ufffd" or _SUSPECT_JP.match(ch):
            continue
        if _KANA.match(ch):
            good += 1
        elif _CJK.match(ch):
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            if _CJK.match(before) or _CJK.match(after) or not (before.isalpha() or after.isalpha()):
                good += 1
    return good / total if total else 0.0


def _western_plausibility(text: str) -> float:
    """Share of non-ASCII characters that are accented letters inside words or usual typography."""
    total = good = 0
    for i, ch in enumerate(text):
        if ord(ch) < 128:
            continue
        total += 1
        if ch in _TYPOGRAPHY:
            good += 1
        elif _LATIN_LETTER.match(ch):
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            if (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha()):
                good += 1
    return good / total if total else 0.0
