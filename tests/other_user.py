"""Tests that need another local user (uid 65534, "nobody") and a folder that user can reach.

CI runs as root, where file permissions stop nobody; playing an unprivileged other user is how a
test shows what a shared PC's other account can and cannot do."""

from __future__ import annotations

import os
import pwd
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

NOBODY = 65534


def nobody_exists() -> bool:
    try:
        pwd.getpwuid(NOBODY)
    except KeyError:
        return False
    return True


@contextmanager
def shared_folder(prefix: str) -> Iterator[Path]:
    """A folder under /tmp that another user can look into (pytest's own is owner-only),
    removed afterwards even where a test took the write rights away."""
    # /tmp itself, not tempfile.gettempdir(): the other user must be able to reach the folder, and
    # $TMPDIR may well be an owner-only folder. The folder is this test's own (mkdtemp); nothing
    # here looks at anything else in /tmp.
    base = Path(tempfile.mkdtemp(prefix=prefix, dir="/tmp"))
    os.chmod(base, 0o755)
    try:
        yield base
    finally:
        for path in [base, *base.rglob("*")]:
            if path.is_dir() and not path.is_symlink():
                os.chmod(path, 0o755)
        shutil.rmtree(base, ignore_errors=True)
