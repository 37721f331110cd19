"""Crash reports a seller can send us without sending us their customers.

The report keeps what we need to find the bug (versions, exception type, file, line, function and
the source line) and drops what can carry data: exception messages are redacted, local variables
are never included.
"""

from __future__ import annotations

import platform
import re
import sys
import traceback
from types import TracebackType

from .. import __version__

_QUOTED = re.compile(r"""(['"])(?:(?!\1).){1,500}\1""")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_LONG_NUMBER = re.compile(r"\+?\d[\d \-/]{5,}\d")
_NON_ASCII_WORD = re.compile(r"\S*[^\x00-\x7f]\S*")


def redact(text: str) -> str:
    """Remove what could be contact details from a message: quoted values, e-mails, phone-like
    numbers and any word outside ASCII (names and addresses in other scripts)."""
    text = _QUOTED.sub("<redacted>", text)
    text = _EMAIL.sub("<redacted>", text)
    text = _LONG_NUMBER.sub("<redacted>", text)
    return _NON_ASCII_WORD.sub("<redacted>", text)


def versions() -> dict[str, str]:
    found = {"Seller Desktop": __version__, "Python": platform.python_version(),
             "OS": f"{platform.system()} {platform.release()}"}
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


def crash_report(exc_type: type[BaseException], exc: BaseException,
                 tb: TracebackType | None, extra_versions: dict[str, str] | None = None) -> str:
    lines = [f"{name}: {value}" for name, value in {**versions(), **(extra_versions or {})}.items()]
    lines.append("")
    lines.append("Traceback (most recent call last):")
    for frame in traceback.extract_tb(tb):
        lines.append(f'  File "{_short_path(frame.filename)}", line {frame.lineno}, in {frame.name}')
        if frame.line:
            lines.append(f"    {frame.line.strip()}")
    lines.append(f"{exc_type.__module__}.{exc_type.__qualname__}: {redact(str(exc))}")
    return "\n".join(lines)


def _short_path(filename: str) -> str:
    """Paths relative to site-packages: a home folder can carry the seller's own name."""
    for marker in ("site-packages", "dist-packages", "seller_desktop"):
        if marker in filename:
            return filename[filename.index(marker):]
    return filename.rsplit("/", 1)[-1].rsplit("\\", 1)[-1]


def current_report() -> str:
    return crash_report(*sys.exc_info())  # type: ignore[arg-type]
