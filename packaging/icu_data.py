"""Shrink the ICU data library that the PySide6 wheels bring on Linux (31 MB of 32 for ICU).

Qt links ICU for a few things only: case mapping (no data), collation (QCollator: sorting in the
file dialog), code-page converters (QStringConverter for legacy encodings; the app decodes with
Python's codecs) and time-zone display names (QTimeZone::displayName; the app uses Python's
zoneinfo). `libicudata.so.NN` is one symbol, `icudtNN_dat`, holding ICU's "common data" package: a
table of contents and ~3,900 items named like `icudt73l/coll/de.res`. This keeps collation and the
shared tables, and drops the trees Qt's ICU calls never open (word-break dictionaries, units,
currency/language/region/zone display names, transliteration, number spell-out), the locales'
own bundles (date formats and the like: Qt formats with its own CLDR tables) and the converter
tables, then assembles a library with the same soname and symbol. ICU answers a missing item with
an error that Qt already handles (an invalid codec; a zone shown as its offset, "GMT+01:00"), so
nothing crashes for want of it.

Used by seller-desktop.spec on Linux; `python packaging/icu_data.py LIB OUT` does it by hand and
prints the sizes. Needs readelf (binutils, which PyInstaller needs too) and a C compiler driver
(`cc`) for the assembler and linker.
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

# Trees (the second part of an item's name) that Qt's ICU calls never read, or only for
# time-zone display names.
DROPPED_TREES = ("brkitr", "unit", "curr", "lang", "region", "zone", "translit", "rbnf")
# Top-level items by extension: the converter tables (*.cnv; cnvalias.icu stays, so ICU still
# knows the names and answers "not available" cleanly).
DROPPED_EXTENSIONS = (".cnv",)
# Top-level locale bundles (de.res, ff_Adlm_GN.res); root.res, res_index.res and the camel-case
# tables (supplementalData.res, likelySubtags.res, ...) stay.
LOCALE_BUNDLE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]+)*\.res")


def _elf_symbol(lib: Path, symbol: str) -> tuple[int, int]:
    """File offset and size of a data symbol, from readelf (binutils, which PyInstaller needs)."""
    symbols = subprocess.run(
        ["readelf", "-W", "--dyn-syms", str(lib)], capture_output=True, text=True, check=True
    ).stdout
    sections = subprocess.run(
        ["readelf", "-W", "-S", str(lib)], capture_output=True, text=True, check=True
    ).stdout
    match = re.search(
        rf"^\s*\d+: ([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+(\d+) {symbol}$",
        symbols,
        re.M,
    )
    if not match:
        raise ValueError(f"{lib.name}: no symbol {symbol}")
    address, size, index = int(match[1], 16), int(match[2], 0), int(match[3])
    section = re.search(
        rf"^\s*\[\s*{index}\]\s+\S+\s+\S+\s+([0-9a-f]+) ([0-9a-f]+)", sections, re.M
    )
    if not section:
        raise ValueError(f"{lib.name}: no section {index}")
    return address - int(section[1], 16) + int(section[2], 16), size


def _items(data: bytes) -> tuple[int, list[tuple[str, bytes]]]:
    """The header size and the (name, bytes) items of an ICU common-data package."""
    header_size = struct.unpack_from("<H", data, 0)[0]
    if data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD":
        raise ValueError("not an ICU common-data package (little-endian)")
    count = struct.unpack_from("<I", data, header_size)[0]
    entries = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_offset, data_offset) in enumerate(entries):
        start = header_size + name_offset
        name = data[start : data.index(b"\0", start)].decode("ascii")
        end = header_size + entries[i + 1][1] if i + 1 < count else len(data)
        items.append((name, data[header_size + data_offset : end]))
    return header_size, items


def _package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """Write a package as icupkg does: header, table of contents, names, items aligned to 16."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items)
    offset = toc_size + len(names)
    offset += -offset % 16
    toc, body = [struct.pack("<I", len(items))], []
    name_offset = toc_size
    for name, item in items:
        toc.append(struct.pack("<II", name_offset, offset))
        name_offset += len(name) + 1
        padded = item + b"\0" * (-len(item) % 16)
        body.append(padded)
        offset += len(padded)
    table = b"".join(toc) + names
    return header + table + b"\0" * (-len(table) % 16) + b"".join(body)


def keep(name: str) -> bool:
    """Whether the item called `name` ("icudt73l/coll/de.res") stays in the package."""
    parts = name.split("/")
    if len(parts) > 2 and parts[1] in DROPPED_TREES:
        return False
    if len(parts) != 2:
        return True
    if parts[1].endswith(DROPPED_EXTENSIONS):
        return False
    return parts[1] == "res_index.res" or not LOCALE_BUNDLE.fullmatch(parts[1])


def shrink(lib: Path, out: Path) -> tuple[int, int]:
    """Write a smaller copy of `lib` (libicudata.so.NN) to `out`; returns the data sizes before
    and after. The items stay sorted by name, as ICU's binary search of the table needs."""
    version = re.fullmatch(r"libicudata\.so\.(\d+)", lib.name)
    if not version:
        raise ValueError(f"not an ICU data library: {lib.name}")
    symbol = f"icudt{version[1]}_dat"
    offset, size = _elf_symbol(lib, symbol)
    data = lib.read_bytes()[offset : offset + size]
    header_size, items = _items(data)
    kept = [(name, item) for name, item in items if keep(name)]
    package = _package(data[:header_size], kept)
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "icudt.dat").write_bytes(package)
        (Path(tmp) / "icudt.S").write_text(
            '.section .note.GNU-stack,"",@progbits\n'
            ".section .rodata\n.balign 16\n"
            f".globl {symbol}\n.type {symbol}, @object\n{symbol}:\n"
            '.incbin "icudt.dat"\n'
            f".size {symbol}, .-{symbol}\n"
        )
        subprocess.run(
            [
                "cc",
                "-shared",
                "-nostdlib",
                f"-Wl,-soname,{lib.name}",
                "-Wl,-z,noexecstack",
                "-o",
                str(out.resolve()),
                "icudt.S",
            ],
            cwd=tmp,
            check=True,
        )
    return len(data), len(package)


if __name__ == "__main__":
    before, after = shrink(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"ICU data: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")
