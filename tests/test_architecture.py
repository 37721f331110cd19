"""Layering: the core never imports Qt, so it runs and is tested without a display."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parent.parent / "seller_desktop" / "core"


def _imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            names.add("." * node.level + (node.module or ""))
    return names


def test_no_core_module_imports_qt_or_the_ui():
    offenders = {}
    for path in CORE.rglob("*.py"):
        bad = {m for m in _imported_modules(path)
               if m.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"} or ".ui" in m or m.startswith("seller_desktop.ui")}
        if bad:
            offenders[str(path.relative_to(CORE))] = bad
    assert offenders == {}


def test_importing_every_core_module_loads_no_qt():
    modules = [
        "seller_desktop.core." + ".".join(p.relative_to(CORE).with_suffix("").parts).removesuffix(".__init__")
        for p in CORE.rglob("*.py")
    ]
    code = ("import importlib, sys\n"
            f"for m in {modules!r}: importlib.import_module(m.rstrip('.'))\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=CORE.parent.parent, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
