"""Files the seller asked for that hold buyers' data (slips, exports): written owner-only.

Written straight to the chosen path, with no temporary file on the way; an existing file is
truncated and its mode tightened too (``open`` alone keeps the old mode of an existing file).
"""

from __future__ import annotations

import os
from pathlib import Path


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path``, readable by the owner only. OSError is the caller's to word."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o600)
    with os.fdopen(fd, "wb") as out:
        if hasattr(os, "fchmod"):
            os.fchmod(out.fileno(), 0o600)
        out.write(data)
