"""``seller-desktop-cli``: the headless face of the app, over the same core as the GUI.

Conventions every command follows: the passphrase comes from SELLER_DESKTOP_PASSPHRASE, else
``--passphrase-file`` (its first line), else a hidden prompt on a terminal. Exit codes: 0 done;
1 partly done; 2 bad input or usage, nothing changed; 3 wrong passphrase or store busy; 70 a bug
(a redacted report is printed). ``--json`` prints one JSON document on stdout; messages for people
go to stderr.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from . import __version__
from .core.clock import Clock, SystemClock
from .core.crash import current_report
from .core.errors import BadInput, SellerError
from .core.marketplaces import MARKETPLACES
from .core.settings import Settings
from .core.store import OpenedStore, create_store, open_store
from .paths import AppPaths, resolve_paths

PASSPHRASE_ENV = "SELLER_DESKTOP_PASSPHRASE"
EXIT_BUG = 70


@dataclass
class Context:
    """What a command gets: resolved paths, a way to the passphrase, the clock."""

    paths: AppPaths
    passphrase_file: Path | None
    clock: Clock

    def passphrase(self, *, confirm: bool = False) -> str:
        from_env = os.environ.get(PASSPHRASE_ENV)
        if from_env:
            return from_env
        if self.passphrase_file is not None:
            try:
                text = self.passphrase_file.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                raise BadInput(f"Cannot read the passphrase file {self.passphrase_file.name}.") from None
            return text.splitlines()[0] if text else ""
        if not sys.stdin.isatty():
            raise BadInput(
                f"No passphrase given. Set {PASSPHRASE_ENV}, use --passphrase-file FILE, "
                "or run the command in a terminal to be asked."
            )
        first = getpass.getpass("Passphrase: ")
        if confirm and getpass.getpass("Passphrase again: ") != first:
            raise BadInput("The two passphrases differ. Nothing was changed.")
        return first

    def open(self) -> OpenedStore:
        opened = open_store(self.paths, self.passphrase(), self.clock)
        if opened.wipe_report.count:
            say(f"Removed the contact details of {opened.wipe_report.count} orders past their "
                "retention deadline.")
        if opened.wipe_report.failed:
            say(f"Warning: the privacy wipe did not finish ({opened.wipe_report.failed}).")
        return opened


def say(message: str) -> None:
    print(message, file=sys.stderr)


def emit_json(document: object) -> None:
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


# --- commands -----------------------------------------------------------------------------------

Command = Callable[[Context, argparse.Namespace], int]
COMMANDS: dict[str, tuple[Command, Callable[[argparse.ArgumentParser], None], str]] = {}


def command(name: str, help_text: str, arguments: Callable[[argparse.ArgumentParser], None] = lambda p: None):
    def register(func: Command) -> Command:
        COMMANDS[name] = (func, arguments, help_text)
        return func
    return register


def _init_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--business-name", default="", help="shown in the window title and on slips")
    parser.add_argument("--marketplace", default="US", choices=sorted(MARKETPLACES),
                        help="your main marketplace (default US)")


@command("init", "create a new encrypted store", _init_arguments)
def cmd_init(ctx: Context, args: argparse.Namespace) -> int:
    settings = Settings(business_name=args.business_name, default_marketplace=args.marketplace)
    opened = create_store(ctx.paths, ctx.passphrase(confirm=True), settings, ctx.clock)
    opened.store.close()
    say(f"Created an encrypted store in {ctx.paths.data_dir}. Keep your passphrase safe: "
        "it cannot be recovered.")
    return 0


def _json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON on stdout")


@command("status", "how many orders, how many still hold contact details", _json_flag)
def cmd_status(ctx: Context, args: argparse.Namespace) -> int:
    from .core.status import store_status

    opened = ctx.open()
    try:
        status = store_status(opened.store, opened.wipe_report)
    finally:
        opened.store.close()
    if args.json:
        emit_json(status.as_json())
    else:
        print(f"Orders: {status.orders}")
        print(f"Holding contact details: {status.with_contact_details}")
        print(f"Due for the privacy wipe within 7 days: {status.due_within_7_days}")
        print(f"Wiped at this open: {status.wiped_at_open}")
        if status.wipe_failed:
            print(f"Wipe failed: {status.wipe_failed}")
    return 0


def _import_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE",
                        help="Amazon order reports (.txt as downloaded from Seller Central)")
    parser.add_argument("--strict", action="store_true",
                        help="import nothing of a file in which any row has a problem")


@command("import", "import Amazon order reports (Unshipped, Order Fulfilment, All Orders)",
         _import_arguments)
def cmd_import(ctx: Context, args: argparse.Namespace) -> int:
    """Each file in its own transaction: exit 0 all imported, 1 some rows or files refused,
    2 nothing imported."""
    from .core.importers import ImportRefused, import_file

    opened = ctx.open()
    imported = refused = 0
    partly = False
    try:
        for path in args.files:
            try:
                summary = import_file(opened.store, path, strict=args.strict, clock=ctx.clock)
            except ImportRefused as err:
                refused += 1
                say(f"Refused: {err.summary.file_name}: nothing was imported (strict mode).")
                for line in err.summary.describe()[1:]:
                    say(line)
                continue
            except BadInput as err:
                refused += 1
                say(f"Refused: {err}")
                continue
            imported += 1
            partly = partly or bool(summary.problems)
            for line in summary.describe():
                say(line)
    finally:
        opened.store.close()
    if imported == 0:
        return 2
    return 1 if refused or partly else 0


@command("self-test", "check this installation on a temporary store (no passphrase needed)")
def cmd_self_test(ctx: Context, args: argparse.Namespace) -> int:
    from .core.selftest import run_self_test

    results = run_self_test()
    for result in results:
        say(f"{'ok  ' if result.ok else 'FAIL'} {result.name}: {result.detail}")
    return 0 if all(r.ok for r in results) else 1


# --- entry point ----------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="seller-desktop-cli",
        description="Seller Desktop without a window: the same store and rules as the app.",
    )
    parser.add_argument("--version", action="version", version=f"seller-desktop-cli {__version__}")
    parser.add_argument("--data-dir", type=Path, help="keep everything under this folder")
    parser.add_argument("--passphrase-file", type=Path, help="read the passphrase from the first line")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, (_, arguments, help_text) in COMMANDS.items():
        arguments(commands.add_parser(name, help=help_text, description=help_text))
    return parser


def main(argv: list[str] | None = None, clock: Clock | None = None) -> int:
    args = build_parser().parse_args(argv)
    ctx = Context(resolve_paths(args.data_dir), args.passphrase_file, clock or SystemClock())
    func = COMMANDS[args.command][0]
    try:
        return func(ctx, args)
    except SellerError as err:
        say(f"Error: {err}")
        return err.exit_code
    except KeyboardInterrupt:
        say("Interrupted. Nothing was changed by the unfinished step.")
        return 2
    except Exception:  # noqa: BLE001 - a bug: show a redacted report, never customer data
        say("Seller Desktop hit an unexpected problem. Please send us this report:\n")
        say(current_report())
        return EXIT_BUG


if __name__ == "__main__":
    sys.exit(main())
