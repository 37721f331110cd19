"""Crash reports a seller can send us without sending us their customers.

The report keeps what we need to find the bug (versions, exception type, file, line, function and
the source line: all written by us) and drops what can carry data: the exception's message and
local variables are never included.
"""

from __future__ import annotations

import platform
import re
import sys
import traceback
from types import TracebackType

from seller_desktop import __version__

#: Text that looks like an identifier (order id, SKU, count, error code) may be logged as is.
_SAFE_TOKEN = re.compile(r"^[A-Za-z0-9_.:+-]*\d[A-Za-z0-9_.:+-]*$|^\d+(\.\d+)?$")


class Redacted(str):
    """Text already stripped of customer data (a crash report); logging passes it unchanged."""


def redact(value: object) -> str:
    """What may be shown of a value whose origin we do not control.

    Numbers and id-like tokens (``028-1234567-1234567``, ``SKU-12``) pass; any other text is
    replaced: a name, an address or an e-mail has no safe shape we could recognise reliably.
    """
    if isinstance(value, Redacted):
        return str(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    text = str(value)
    return text if _SAFE_TOKEN.match(text) else "<redacted>"


def versions() -> dict[str, str]:
    found = {
        "Seller Desktop": __version__,
        "Python": platform.python_version(),
        "OS": f"{platform.system()} {platform.release()}",
    }
    try:
        import reportlab

        found["ReportLab"] = reportlab.Version
    except ImportError:
        pass
    try:
        import sqlcipher3

        conn = sqlcipher3.connect(":memory:")
        found["SQLCipher"] = conn.execute("PRAGMA cipher_version").fetchone()[0]
        found["SQLite"] = sqlcipher3.sqlite_version
        conn.close()
    except Exception:  # noqa: BLE001 - a crash report must never crash
        pass
    return found


def crash_report(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    extra_versions: dict[str, str] | None = None,
) -> Redacted:
    lines = [f"{name}: {value}" for name, value in {**versions(), **(extra_versions or {})}.items()]
    lines.append("")
    lines.append("Traceback (most recent call last):")
    for frame in traceback.extract_tb(tb):
        lines.append(
            f'  File "{_short_path(frame.filename)}", line {frame.lineno}, in {frame.name}'
        )
        if frame.line:
            lines.append(f"    {frame.line.strip()}")
    # The message is withheld: it can quote any value, customer data included.
    lines.append(
        f"{exc_type.__module__}.{exc_type.__qualname__} (message withheld: it may contain customer data)"
    )
    return Redacted("\n".join(lines))


def _short_path(filename: str) -> str:
    """Paths relative to site-packages: a home folder can carry the seller's own name."""
    for marker in ("site-packages", "dist-packages", "seller_desktop"):
        if marker in filename:
            return filename[filename.index(marker) :]
    return filename.rsplit("/", 1)[-1].rsplit("\\", 1)[-1]


def current_report() -> str:
    return crash_report(*sys.exc_info())
