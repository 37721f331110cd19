"""The CLI in a child process under a hostile environment, for ``test_faults_environment.py``.

    python tests/fault_env_child.py [--fsize BYTES] [--as-user UID] [--clock ISO] -- CLI ARGS…

``--fsize`` caps the size of any file the process writes (RLIMIT_FSIZE, with SIGXFSZ ignored so
the write fails with EFBIG as on a full disk rather than killing the process). ``--as-user`` drops
to that user id (and group) after everything has been imported: CI runs as root, whom no
permission stops, and the interpreter may live where another user cannot read it, so the
modules are imported first and only then do we become the other user. ``--clock`` fixes the
CLI's clock. The exit code and stderr are the CLI's own.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import signal
import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: Imported before the user changes: everything of ours but the GUI, and the codecs and standard
#: modules the CLI may import lazily.
_EAGER = (
    "encodings.utf_8_sig",
    "encodings.utf_16",
    "encodings.utf_16_le",
    "encodings.utf_16_be",
    "encodings.cp1252",
    "encodings.latin_1",
    "encodings.ascii",
    "encodings.idna",
    "json",
    "csv",
    "getpass",
    "unicodedata",
    "zipfile",
    "decimal",
    "logging.handlers",
    "hashlib",
    "sqlite3",
    "tempfile",
    "shutil",
    "secrets",
    "uuid",
    "traceback",
    "platform",
    "locale",
)


def _import_everything() -> None:
    import seller_desktop

    for module in _EAGER:
        importlib.import_module(module)
    for info in pkgutil.walk_packages(seller_desktop.__path__, "seller_desktop."):
        if not info.name.startswith("seller_desktop.ui") and not info.name.endswith("__main__"):
            importlib.import_module(info.name)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fsize", type=int)
    parser.add_argument("--as-user", type=int)
    parser.add_argument("--clock")
    split = sys.argv.index("--")
    args = parser.parse_args(sys.argv[1:split])
    argv = sys.argv[split + 1 :]
    _import_everything()
    from seller_desktop.cli import main as cli_main
    from seller_desktop.core.base.clock import FixedClock, SystemClock

    clock = FixedClock(datetime.fromisoformat(args.clock)) if args.clock else SystemClock()
    if args.as_user is not None:
        os.setgroups([])
        os.setgid(args.as_user)
        os.setuid(args.as_user)
    if args.fsize is not None:
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (args.fsize, args.fsize))
    return cli_main(argv, clock=clock)


if __name__ == "__main__":
    sys.exit(main())
