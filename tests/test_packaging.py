"""The packaging helpers: the ICU data trim (packaging/icu_data.py), the bundle's size report
(packaging/size_report.py) and the files the installers workflow names. The bundle itself is
built and its .deb installed by packaging/ci_packages.sh, after the tests in .ci/run."""

import os
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "packaging"))

import icu_data
import size_report


def test_icu_trim_keeps_collation_and_shared_tables_and_drops_display_names():
    kept = [
        "icudt73l/coll/de.res",
        "icudt73l/coll/root.res",
        "icudt73l/coll/ucadata.icu",
        "icudt73l/root.res",
        "icudt73l/res_index.res",
        "icudt73l/pool.res",
        "icudt73l/supplementalData.res",
        "icudt73l/cnvalias.icu",
        "icudt73l/uemoji.icu",
    ]
    dropped = [
        "icudt73l/brkitr/cjdict.dict",
        "icudt73l/curr/de.res",
        "icudt73l/lang/ja.res",
        "icudt73l/zone/de.res",
        "icudt73l/translit/root.res",
        "icudt73l/unit/fr.res",
        "icudt73l/de.res",
        "icudt73l/ff_Adlm_GN.res",
        "icudt73l/ibm-943_P15A-2003.cnv",
    ]
    assert [name for name in kept if not icu_data.keep(name)] == []
    assert [name for name in dropped if icu_data.keep(name)] == []


def test_icu_package_written_back_reads_the_same_items_aligned():
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + struct.pack("<HH4B", 20, 0, 0, 0, 2, 0)
    header += b"CmnD" + bytes([1, 0, 0, 0]) + bytes(4)
    header += bytes(32 - len(header))
    items = [("icudt73l/a.res", b"x" * 5), ("icudt73l/coll/b.res", b"yy"), ("icudt73l/z.icu", b"")]
    package = icu_data._package(header, items)
    header_size, read = icu_data._items(package)
    assert header_size == 32
    assert [(name, data.rstrip(b"\0")) for name, data in read] == items
    count = struct.unpack_from("<I", package, 32)[0]
    offsets = [struct.unpack_from("<II", package, 36 + 8 * i)[1] for i in range(count)]
    assert all((32 + offset) % 16 == 0 for offset in offsets)


def _pyside_icu() -> Path:
    if not sys.platform.startswith("linux") or not (shutil.which("cc") and shutil.which("readelf")):
        pytest.skip("the ICU trim is for Linux builds (needs cc and readelf)")
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not found:
        pytest.skip("this PySide6 brings no ICU")
    return found[0]


def test_qt_sorts_and_maps_case_with_the_trimmed_icu(tmp_path):
    before, after = icu_data.shrink(_pyside_icu(), tmp_path / _pyside_icu().name)
    assert after < before / 3
    check = (
        "from PySide6.QtCore import QCollator, QLocale\n"
        "words = ['Zebra', 'Äpfel', 'apfel', 'Bär']\n"
        "print(sorted(words, key=QCollator(QLocale('de_DE')).sortKey))\n"
        "print(QLocale('tr_TR').toUpper('istanbul'), QLocale('de').toUpper('straße'))\n"
    )
    # LD_LIBRARY_PATH comes before the wheel's RUNPATH, so Qt loads the trimmed copy.
    env = {**os.environ, "LD_LIBRARY_PATH": str(tmp_path), "LD_DEBUG": "libs"}
    run = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr[-2000:]
    assert re.search(rf"calling init: {re.escape(str(tmp_path))}/libicudata", run.stderr)
    assert run.stdout.splitlines() == ["['apfel', 'Äpfel', 'Bär', 'Zebra']", "İSTANBUL STRASSE"]


@pytest.mark.parametrize(
    ("path", "component"),
    [
        ("_internal/PySide6/Qt/lib/libicudata.so.73", "ICU data"),
        ("_internal/PySide6/Qt/lib/libQt6Gui.so.6", "Qt libraries"),
        ("_internal/PySide6/Qt/plugins/platforms/libqxcb.so", "Qt plugins"),
        ("_internal/PySide6/QtCore.abi3.so", "PySide6 bindings"),
        ("_internal/seller_desktop/resources/fonts/DejaVuSans.ttf", "app resources"),
        ("_internal/libX11.so.6", "system libraries"),
        ("_internal/libpython3.11.so.1.0", "Python runtime"),
        ("seller-desktop", "executables"),
        ("_internal/reportlab/fonts/x.afm", "other Python packages"),
    ],
)
def test_size_report_sorts_files_into_components(path, component):
    assert size_report.component(path) == component


def test_size_report_counts_files_not_links_and_holds_the_limit(tmp_path, capsys):
    (tmp_path / "_internal").mkdir()
    (tmp_path / "seller-desktop").write_bytes(b"x" * 2_000_000)
    (tmp_path / "seller-desktop-cli").symlink_to("seller-desktop")
    (tmp_path / "_internal" / "libz.so.1").write_bytes(b"x" * 1_000_000)
    total, lines = size_report.report(tmp_path)
    assert total == 3_000_000
    assert lines[-1].split()[:3] == ["total", "3.0", "2"]
    assert size_report.main([str(tmp_path), "--limit-mb", "3"]) == 0
    assert size_report.main([str(tmp_path), "--limit-mb", "2.9"]) == 1
    assert "over the limit" in capsys.readouterr().out


def test_the_installers_workflow_names_files_that_exist():
    workflow = (REPO / ".github" / "workflows" / "installers.yml").read_text(encoding="utf-8")
    named = set(re.findall(r"packaging[/\\][\w.-]+", workflow))
    assert {
        "packaging/seller-desktop.spec",
        "packaging\\windows-installer.iss",
        "packaging/macos-entitlements.plist",
    } <= named
    missing = [name for name in named if not (REPO / name.replace("\\", "/")).exists()]
    assert missing == []
