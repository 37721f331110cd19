"""The tests need nothing beside the repository: no file outside it, and every Debian tool they
run is one .ci/run installs (or, for CUPS, one whose tests say how to set it up)."""

from __future__ import annotations

import re
from pathlib import Path

from debian_tools import PACKAGES

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
#: Packages .ci/run leaves out on purpose: the CUPS tests also need a scheduler and a configured
#: queue, so they skip where there is none, saying how to set one up (docs/printing.md).
NOT_IN_CI = {"cups-client"}


def _test_sources() -> list[Path]:
    return sorted(p for p in TESTS.rglob("*.py") if p != Path(__file__).resolve())


def test_no_test_reads_the_shared_folder_beside_the_repository():
    sibling = re.compile(r"\.\./" + "shared" + r"|[\"']" + "shared" + r"[\"']")
    found = [
        f"{p.relative_to(ROOT)}:{n}"
        for p in _test_sources()
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if sibling.search(line)
    ]
    assert found == [], "copy what the test needs into tests/fixtures/ (with origin and licence)"


def test_every_debian_tool_a_test_runs_is_known_and_installed_by_ci():
    called = re.compile(r"\b(?:require|need)\(\"([^\"]+)\"\)")
    tools = {
        tool for p in _test_sources() for tool in called.findall(p.read_text(encoding="utf-8"))
    }
    assert tools and tools <= set(PACKAGES), sorted(tools - set(PACKAGES))
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    missing = sorted(
        pkg
        for pkg in set(PACKAGES.values()) - NOT_IN_CI
        if not re.search(rf"(?<![\w-]){re.escape(pkg)}(?![\w-])", ci)
    )
    assert missing == [], f"add these to the apt-get install in .ci/run: {missing}"
