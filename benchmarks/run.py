"""Run every benchmark and print each figure beside its same-run baseline.

Usage: python benchmarks/run.py [--rounds N]. The first run builds the big stores under
benchmarks/out/ (cached; delete the folder to rebuild).
"""

from __future__ import annotations

import argparse
import platform
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import archive_wipe
import cards
import gui_responsiveness
import import_rows
import orders_screen
import slips
import startup
import wipe

BENCHMARKS = {
    "startup": startup.run,
    "import": import_rows.run,
    "orders": orders_screen.run,
    "wipe": wipe.run,
    "archive": archive_wipe.run,
    "slips": slips.run,
    "cards": cards.run,
    "gui": gui_responsiveness.run,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "only", nargs="*", choices=[[]] + list(BENCHMARKS), help="benchmarks to run"
    )
    args = parser.parse_args()
    print(f"# Python {platform.python_version()} on {platform.machine()}, {platform.system()}")
    for name, run in BENCHMARKS.items():
        if args.only and name not in args.only:
            continue
        for line in run(args.rounds):
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
