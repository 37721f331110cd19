"""The Debian tools some tests run (poppler, zbar, faketime, CUPS's client): a test that needs one
FAILS where it is missing, naming the apt command, never skips. ``.ci/run`` installs every package
listed here but CUPS's (tests/test_self_contained.py checks): the CUPS tests need a running
scheduler with a configured queue as well, so they skip where there is none, saying how to set one
up (docs/printing.md)."""

from __future__ import annotations

import shutil

import pytest

#: tool → the Debian package that ships it.
PACKAGES = {
    "pdftotext": "poppler-utils",
    "pdftoppm": "poppler-utils",
    "pdffonts": "poppler-utils",
    "pdfinfo": "poppler-utils",
    "pdfimages": "poppler-utils",
    "zbarimg": "zbar-tools",
    "faketime": "faketime",
    "lpstat": "cups-client",
}


def apt_command(tool: str) -> str:
    return f"apt-get install {PACKAGES[tool]}"


def require(tool: str) -> str:
    """The tool's path; the test fails (with the apt command to run) if it is not installed."""
    path = shutil.which(tool)
    if path is None:
        pytest.fail(
            f"{tool} is not installed; install it with `{apt_command(tool)}` (.ci/run installs it)",
            pytrace=False,
        )
    return path
