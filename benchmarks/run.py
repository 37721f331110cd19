"""Run every benchmark and print each figure beside its same-run baseline.

Usage: python benchmarks/run.py [--rounds N] [--plot] [NAME ...]. The first run builds the big
stores under benchmarks/out/ (cached; delete the folder to rebuild). The figures are written as
JSON too (benchmarks/out/figures.json, or --json FILE); --plot draws the scaling of import, wipe
and search over the store's size into benchmarks/out/scaling.png.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import archive_wipe
import cards
import common
import gui_responsiveness
import import_rows
import orders_screen
import plot
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
    parser.add_argument("--json", type=Path, default=common.OUT / "figures.json")
    parser.add_argument("--plot", action="store_true", help="draw benchmarks/out/scaling.png")
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
    args.json.parent.mkdir(parents=True, exist_ok=True)
    machine = {"python": platform.python_version(), "machine": platform.machine()}
    document = {"machine": machine, "figures": common.FIGURES, "scaling": common.SCALING}
    args.json.write_text(json.dumps(document, indent=2), encoding="utf-8")
    print(f"# figures written to {args.json}")
    if args.plot:
        drawn = plot.draw(common.SCALING, common.OUT / "scaling.png")
        print(f"# scaling plot: {drawn}" if drawn else "# no scaling points to plot")
    return 0


if __name__ == "__main__":
    sys.exit(main())
