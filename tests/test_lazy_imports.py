"""What start-up does not load: the first window and a plain CLI command stay clear of the document
layer (ReportLab), the tax archive's cryptography and, before a store is open, the main window.

Imports were most of the start-up time (benchmarks/startup.py); each of these modules is loaded on
first use instead. A fresh interpreter per case, since the test process has loaded everything.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: Never loaded by the cases below.
HEAVY = ("reportlab", "cryptography", "seller_desktop.core.documents")


def _loaded_after(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running ``code``."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY))


def test_the_unlock_dialog_s_start_loads_no_store_side_and_no_main_window() -> None:
    modules = _loaded_after(
        "import seller_desktop.ui.app.application\n"
        "import seller_desktop.ui.app.controller\n"
        "import seller_desktop.ui.app.unlock_dialog"
    )
    assert _heavy(modules) == []
    assert "seller_desktop.ui.shell.main_window" not in modules
    assert "seller_desktop.ui.app.setup_wizard" not in modules
    assert "seller_desktop.core.session" not in modules  # loaded by the open, on the worker


def test_the_main_window_loads_no_document_layer() -> None:
    modules = _loaded_after("import seller_desktop.ui.shell.main_window")
    assert _heavy(modules) == []


@pytest.mark.parametrize("line", [["--help"], ["status", "--help"], ["--version"]])
def test_the_cli_parser_loads_no_document_layer(line: list[str]) -> None:
    modules = _loaded_after(
        "from seller_desktop.cli import main\n"
        "try:\n"
        f"    main({json.dumps(line)})\n"
        "except SystemExit:\n"
        "    pass"
    )
    assert _heavy(modules) == []


def test_a_printing_command_still_gets_its_options() -> None:
    """The parser builds the named command's options only: those of ``cards`` list the layouts."""
    from seller_desktop.cli import build_parser, named_command

    assert named_command(["--data-dir", "/x", "cards", "--out", "a.pdf"]) == "cards"
    assert named_command(["--data=status"]) == ""  # an abbreviated option's value, not a command
    assert named_command(["--data-dir"]) is None  # unsure: every command's options are built
    args = build_parser("cards").parse_args(["cards", "--out", "a.pdf", "--layout", "4x6"])
    assert (args.command, args.layout) == ("cards", "4x6")


def test_opening_a_store_without_an_archive_loads_no_cryptography(tmp_path) -> None:
    """The retention pass at every open purges the tax archive's old entries — only when there
    is an archive: a store that never set one up does not pay for its modules."""
    code = (
        "from datetime import datetime, timezone\n"
        "from seller_desktop.core.base.clock import FixedClock\n"
        "from seller_desktop.core.session import create_store, open_store\n"
        "from seller_desktop.core.settings import Settings\n"
        "from seller_desktop.paths import resolve_paths\n"
        f"paths = resolve_paths({str(tmp_path / 'data')!r})\n"
        "clock = FixedClock(datetime(2026, 12, 8, tzinfo=timezone.utc))\n"
        "create_store(paths, 'pass phrase 1', Settings(), clock).store.close()\n"
        "open_store(paths, 'pass phrase 1', clock).store.close()"
    )
    modules = _loaded_after(code)
    assert not [m for m in modules if m.startswith("cryptography")]
    assert "seller_desktop.core.privacy.archive.sealing" not in modules


def test_printing_without_cards_loads_no_wording_checker() -> None:
    """The checker compiles five languages' patterns at import (about 0.1 s): only a run with
    insert cards loads it."""
    modules = _loaded_after(
        "import seller_desktop.core.documents.print_request\n"
        "import seller_desktop.ui.printing.preview"
    )
    assert "seller_desktop.core.wording.checker" not in modules
