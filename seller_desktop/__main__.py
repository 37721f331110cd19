"""``python -m seller_desktop`` and the ``seller-desktop`` command: the GUI.

Argument parsing lives here, before any Qt import, so that ``--version`` answers instantly and
works on a machine without a display. Everything else is the startup sequence in ``ui.app``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from seller_desktop import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="seller-desktop",
        description="Seller Desktop: orders, packing slips and insert cards for small Amazon "
        "sellers, private by design.",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep the store, backups, settings and logs under DIR "
        "(default: the platform's data folder, or $SELLER_DESKTOP_DATA_DIR)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start on a throwaway store filled with sample orders; no passphrase, deleted at exit",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line and run the GUI; returns the process exit code."""
    args_in = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    # Qt takes its own options (-platform, -style …); ours all start with "--", so anything
    # unknown that starts with "--" is a typo and must not silently open the default store.
    args, qt_args = parser.parse_known_args(args_in)
    unknown = [a for a in qt_args if a.startswith("--")]
    if unknown:
        parser.error("unrecognized arguments: " + " ".join(unknown))
    if args.version:
        if sys.stdout is not None:  # a Windows gui-script has no console
            print(f"seller-desktop {__version__}")
        return 0

    from seller_desktop.ui.app.application import (
        run_app,  # Qt is imported only when a window is wanted
    )

    return run_app(data_dir=args.data_dir, demo=args.demo, qt_args=qt_args)


if __name__ == "__main__":
    sys.exit(main())
