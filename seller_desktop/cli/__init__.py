"""``seller-desktop-cli``: the headless face of the app, over the same core as the GUI.

Conventions every command follows: the passphrase comes from SELLER_DESKTOP_PASSPHRASE, else
``--passphrase-file`` (its first line), else a hidden prompt on a terminal. Exit codes: 0 done;
1 partly done; 2 bad input or usage, or a damaged store file, nothing changed; 3 wrong passphrase (store or archive) or
store busy; 70 a bug (a redacted report is printed). ``--json`` prints one JSON document on
stdout; messages for people go to stderr.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import NoReturn

from seller_desktop import __version__
from seller_desktop.cli import (  # noqa: F401 - they register their commands
    amazon_commands,
    archive_commands,
    box_commands,
    campaign_commands,
    label_commands,
    order_commands,
    print_commands,
    privacy_commands,
    product_commands,
    redemption_commands,
    review_commands,
    store_commands,
    template_commands,
    wording_commands,
)
from seller_desktop.cli.context import COMMANDS, Context, say
from seller_desktop.core.base.clock import Clock, SystemClock
from seller_desktop.core.base.crash import current_report
from seller_desktop.core.base.errors import SellerError
from seller_desktop.core.store.connection import DatabaseError, translate_damage
from seller_desktop.core.store.environment import translate_environment
from seller_desktop.paths import resolve_paths

EXIT_BUG = 70


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; with ``only`` the options of that command alone ("": of none, for a
    line that names no command). Some commands' options name what the document layer offers (card
    layouts, template columns), and loading it (ReportLab) cost half of a plain ``status``."""
    parser = argparse.ArgumentParser(
        prog="seller-desktop-cli",
        description="Seller Desktop without a window: the same store and rules as the app.",
    )
    parser.add_argument("--version", action="version", version=f"seller-desktop-cli {__version__}")
    parser.add_argument("--data-dir", type=Path, help="keep everything under this folder")
    parser.add_argument(
        "--passphrase-file", type=Path, help="read the passphrase from the first line"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, (_, arguments, help_text) in COMMANDS.items():
        command_parser = commands.add_parser(name, help=help_text, description=help_text)
        if only is None or name == only:
            arguments(command_parser)
    return parser


class _NotSure(Exception):
    pass


class _Lenient(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _NotSure(message)


def named_command(argv: list[str] | None) -> str | None:
    """The command the line names, read with the global options alone (abbreviations and
    ``--data-dir=…`` as argparse reads them): the only one whose options the parser needs. ""
    when it names none (top-level help or error: no command's options show); None when unsure,
    and then every command's options are built, so help and errors are the full parser's."""
    pre = _Lenient(add_help=False, allow_abbrev=True)
    pre.add_argument("--data-dir")
    pre.add_argument("--passphrase-file")
    pre.add_argument("command", nargs="?")
    try:
        known, _ = pre.parse_known_args(argv)
    except _NotSure:
        return None
    return known.command if known.command in COMMANDS else ""


def main(argv: list[str] | None = None, clock: Clock | None = None) -> int:
    args = build_parser(named_command(argv)).parse_args(argv)
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
    except DatabaseError as err:  # a damaged page met by a read: the seller's problem, not a bug
        damaged = translate_damage(err)
        if not isinstance(damaged, SellerError):
            damaged = translate_environment(err, ctx.paths.data_dir)
        if isinstance(damaged, SellerError):
            say(f"Error: {damaged}")
            return damaged.exit_code
        say("Seller Desktop hit an unexpected problem. Please send us this report:\n")
        say(current_report())
        return EXIT_BUG
    except Exception as err:  # noqa: BLE001 - a bug: show a redacted report, never customer data
        refused = translate_environment(err, ctx.paths.data_dir)  # a full disk, a read-only folder
        if refused is not None:
            say(f"Error: {refused}")
            return refused.exit_code
        say("Seller Desktop hit an unexpected problem. Please send us this report:\n")
        say(current_report())
        return EXIT_BUG
