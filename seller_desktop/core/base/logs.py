"""The app's log file: rotating, owner-only, and free of contact details.

No code logs contact details; as a second line of defence, the arguments of every record (the
values, not the message template we wrote) are redacted before they reach the file.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from seller_desktop.core.base.crash import redact

LOG_NAME = "seller-desktop.log"


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            try:
                record.msg = str(record.msg) % tuple(_safe(a) for a in args)
            except (TypeError, ValueError):  # e.g. %d given a redacted text: keep the template
                record.msg = f"{record.msg} (values withheld)"
            record.args = None
        if record.exc_info:
            record.exc_text = None
            record.exc_info = None  # tracebacks go to the crash report, which redacts them itself
        return True


def _safe(value: object) -> object:
    """Numbers stay numbers (for %d and %.1f); anything else goes through ``redact``."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return redact(value)


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_NAME
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger("seller_desktop")
    for old in [h for h in root.handlers if isinstance(h, RotatingFileHandler)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(level)
    return path
