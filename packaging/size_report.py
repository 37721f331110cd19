"""Print what a bundle folder holds, by component, with why each is there.

    python packaging/size_report.py BUNDLE [--limit-mb N]

Sizes are of the files as unpacked (symbolic links count nothing, as `du` sees it). With
--limit-mb the exit code is 1 when the bundle is larger: build_linux.sh holds the Linux bundle to
150 MB this way.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

# (component, why it is there, test on the path inside the bundle); the first match wins.
COMPONENTS: list[tuple[str, str, tuple[str, ...]]] = [
    (
        "ICU data",
        "collation tables for QCollator (trimmed by packaging/icu_data.py)",
        ("PySide6/Qt/lib/libicudata",),
    ),
    ("ICU code", "libicuuc/libicui18n: QtCore links them", ("PySide6/Qt/lib/libicu",)),
    (
        "Qt libraries",
        "Core, Gui, Widgets, PrintSupport, Pdf (preview), Svg (icon), Network "
        "(single instance), DBus, XcbQpa/WaylandClient (windows)",
        ("PySide6/Qt/lib/",),
    ),
    (
        "Qt plugins",
        "xcb/Wayland windows, input methods, image formats, CUPS printing",
        ("PySide6/Qt/plugins/",),
    ),
    (
        "Qt translations",
        "qtbase_XX for the app's own languages (standard dialogs)",
        ("PySide6/Qt/translations/",),
    ),
    (
        "PySide6 bindings",
        "the Python modules over Qt (QtCore, QtGui, QtWidgets, ...)",
        ("PySide6/", "shiboken6/"),
    ),
    (
        "app resources",
        "fonts for slips in every script (Arabic, CJK, emoji), app translations, icon",
        ("seller_desktop/resources/",),
    ),
    (
        "cryptography",
        "the tax archive: X25519 sealed boxes, Argon2id (Rust + OpenSSL inside)",
        ("cryptography",),
    ),
    (
        "SQLCipher",
        "the encrypted store (sqlcipher3, with SQLCipher and OpenSSL inside)",
        ("sqlcipher3",),
    ),
    (
        "Pillow",
        "logos and pictures on slips (ReportLab), 1-bit dithering for label printers",
        ("PIL/", "pillow.libs/"),
    ),
    (
        "Python runtime",
        "libpython, the standard library's extension modules and its code",
        ("libpython", "python3.", "base_library.zip"),
    ),
    (
        "executables",
        "bootloader + the app's Python code, compressed (one on Linux)",
        ("seller-desktop",),
    ),
    ("licences", "licence texts of everything bundled", ("licenses/",)),
]
SYSTEM_LIBRARIES = (
    "system libraries",
    "copied from the build machine: X11/xcb, GLib, fontconfig, "
    "freetype, D-Bus, OpenSSL (Python's ssl for the Amazon API), ...",
)
OTHER = ("other Python packages", "ReportLab, httpx, bidi, segno, charset-normalizer, ...")


def component(relative: str) -> str:
    inside = relative.removeprefix("_internal/")
    for name, _why, prefixes in COMPONENTS:
        if any(inside.startswith(p) or relative.startswith(p) for p in prefixes):
            return name
    if "/" not in inside and ".so" in inside:
        return SYSTEM_LIBRARIES[0]
    return OTHER[0]


def report(bundle: Path) -> tuple[int, list[str]]:
    sizes: dict[str, tuple[int, int]] = {}
    for path in sorted(bundle.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        name = component(path.relative_to(bundle).as_posix())
        total, files = sizes.get(name, (0, 0))
        sizes[name] = (total + path.stat().st_size, files + 1)
    why = {name: reason for name, reason, _ in COMPONENTS}
    why.update([SYSTEM_LIBRARIES, OTHER])
    overall = sum(size for size, _ in sizes.values())
    lines = [f"{'component':<22}{'MB':>7}{'files':>7}  why"]
    for name, (size, files) in sorted(sizes.items(), key=lambda item: -item[1][0]):
        lines.append(f"{name:<22}{size / 1e6:>7.1f}{files:>7}  {why[name]}")
    count = sum(files for _, files in sizes.values())
    lines.append(f"{'total':<22}{overall / 1e6:>7.1f}{count:>7}  (MB = 1,000,000 bytes)")
    return overall, lines


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--limit-mb", type=float)
    args = parser.parse_args(argv)
    overall, lines = report(args.bundle)
    print("\n".join(lines))
    if args.limit_mb is not None and overall > args.limit_mb * 1e6:
        print(f"FAIL: the bundle is {overall / 1e6:.1f} MB, over the limit of {args.limit_mb:g} MB")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
