"""Commands about the tax archive and legal holds: archive-init, archive-passphrase, archive-list,
archive-open, hold, holds, release.

The archive passphrase (never the store's) comes from SELLER_DESKTOP_ARCHIVE_PASSPHRASE, else
``--archive-passphrase-file`` (its first line), else a hidden prompt on a terminal. Only
``archive-init``, ``archive-passphrase`` and ``archive-open`` need it: adding to the archive,
listing it, holds and purging never do. ``archive-passphrase`` takes the new one the same way from
SELLER_DESKTOP_NEW_ARCHIVE_PASSPHRASE or ``--new-archive-passphrase-file`` (asked twice at a
prompt). Exit codes as everywhere (see the package docstring); a wrong archive passphrase exits 3,
like a wrong store passphrase (the message says which one); no archive set up, no entry, a weak
new passphrase, or a bad date or reason exit 2.
"""

from __future__ import annotations

import argparse
import os
from dataclasses import asdict
from datetime import date
from pathlib import Path

from seller_desktop.cli.context import PASSPHRASE_ENV, Context, command, emit_json, read_secret, say
from seller_desktop.core.base.errors import BadInput

ARCHIVE_PASSPHRASE_ENV = "SELLER_DESKTOP_ARCHIVE_PASSPHRASE"
NEW_ARCHIVE_PASSPHRASE_ENV = "SELLER_DESKTOP_NEW_ARCHIVE_PASSPHRASE"


def archive_passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    """The archive passphrase from the environment, the file, or a hidden prompt."""
    return read_secret(
        ARCHIVE_PASSPHRASE_ENV,
        getattr(args, "archive_passphrase_file", None),
        "--archive-passphrase-file",
        "archive passphrase",
        confirm=confirm,
    )


def _known_store_passphrase(ctx: Context) -> str | None:
    """The store passphrase if it came without a prompt (so we can refuse reusing it)."""
    if os.environ.get(PASSPHRASE_ENV) or ctx.passphrase_file is not None:
        return ctx.passphrase()
    return None


def _passphrase_file_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--archive-passphrase-file",
        type=Path,
        help="read the archive passphrase from the first line of this file",
    )


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2027-06-30") from None


@command(
    "archive-init", "set up the tax archive and its passphrase (once)", _passphrase_file_argument
)
def cmd_archive_init(ctx: Context, args: argparse.Namespace) -> int:
    from seller_desktop.core.privacy.archive import init_archive

    opened = ctx.open()
    try:
        init_archive(
            opened.store,
            archive_passphrase(args, confirm=True),
            store_passphrase=_known_store_passphrase(ctx),
        )
    finally:
        opened.store.close()
    say(
        "The tax archive is set up. Keep the archive passphrase safe and apart from the store "
        "passphrase: without it nobody, not even you, can read what is archived."
    )
    return 0


def _change_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--archive-passphrase-file",
        type=Path,
        help="read the current archive passphrase from the first line of this file",
    )
    parser.add_argument(
        "--new-archive-passphrase-file",
        type=Path,
        help="read the new archive passphrase from the first line of this file",
    )


@command(
    "archive-passphrase",
    "change the tax archive's passphrase (needs the current one)",
    _change_arguments,
)
def cmd_archive_passphrase(ctx: Context, args: argparse.Namespace) -> int:
    from seller_desktop.core.privacy.archive import (
        ArchiveNotSetUp,
        change_archive_passphrase,
        is_set_up,
    )

    store_passphrase = ctx.passphrase()  # kept, so the new one can be refused if it is the same
    opened = ctx.open(store_passphrase)
    try:
        if not is_set_up(opened.store):  # before asking for passphrases that could not help
            raise ArchiveNotSetUp()
        current = read_secret(
            ARCHIVE_PASSPHRASE_ENV,
            args.archive_passphrase_file,
            "--archive-passphrase-file",
            "current archive passphrase",
        )
        new = read_secret(
            NEW_ARCHIVE_PASSPHRASE_ENV,
            args.new_archive_passphrase_file,
            "--new-archive-passphrase-file",
            "new archive passphrase",
            confirm=True,
        )
        change_archive_passphrase(opened.store, current, new, store_passphrase=store_passphrase)
    finally:
        opened.store.close()
    say(
        "The archive passphrase is changed: only the new one opens the tax archive now, and every "
        "entry in it. Copies of the archive folder made before still open with the old one."
    )
    return 0


def _json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON on stdout")


@command(
    "archive-list", "order ids and end dates of the archive's entries (no content)", _json_flag
)
def cmd_archive_list(ctx: Context, args: argparse.Namespace) -> int:
    from seller_desktop.core.privacy.archive import is_set_up, list_entries

    opened = ctx.open()
    try:
        set_up = is_set_up(opened.store)
        entries = list_entries(opened.store)
    finally:
        opened.store.close()
    if args.json:
        emit_json([{"order_id": e.order_id, "end_date": e.end_date} for e in entries])
    else:
        for entry in entries:
            print(f"{entry.order_id}\tkept until {entry.end_date}")
    if not set_up:
        say("The tax archive is not set up (see `archive-init`).")
    return 0


def _open_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("order_id", metavar="ORDER_ID")
    parser.add_argument(
        "--out",
        type=Path,
        required=True,
        help="write the entry's JSON to this new file (never overwritten)",
    )
    _passphrase_file_argument(parser)


@command(
    "archive-open",
    "write one archived invoice record to a file (needs the archive passphrase)",
    _open_arguments,
)
def cmd_archive_open(ctx: Context, args: argparse.Namespace) -> int:
    import json

    from seller_desktop.cli.context import check_out_file, write_seller_file
    from seller_desktop.core.privacy.archive import (
        ArchiveNotSetUp,
        NoArchiveEntry,
        is_set_up,
        list_entries,
        open_entry,
    )

    check_out_file(args.out)
    if args.out.exists():
        raise BadInput(f"{args.out.name} already exists; choose a new file. Nothing was opened.")
    opened = ctx.open()
    try:
        # Say what is missing before asking for a passphrase that could not help.
        if not is_set_up(opened.store):
            raise ArchiveNotSetUp()
        if args.order_id not in {e.order_id for e in list_entries(opened.store)}:
            raise NoArchiveEntry(args.order_id)
        document = open_entry(opened.store, args.order_id, archive_passphrase(args))
    finally:
        opened.store.close()
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    # Never overwritten, never through a link (the opening is logged either way).
    write_seller_file(args.out, text.encode("utf-8"), nothing_done="", replace=False)
    say(
        f"Wrote the archived record of order {args.order_id} to {args.out.name}. It holds "
        "personal data: delete it when you no longer need it."
    )
    return 0


def _hold_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("order_id", metavar="ORDER_ID")
    parser.add_argument(
        "--reason", required=True, help='why, in your words, e.g. "tax audit 2027" (no buyer names)'
    )
    parser.add_argument(
        "--until",
        type=_day,
        required=True,
        metavar="YYYY-MM-DD",
        help="the last day to keep the order's invoice details",
    )


@command(
    "hold", "keep one order's invoice details in the archive past its deadline", _hold_arguments
)
def cmd_hold(ctx: Context, args: argparse.Namespace) -> int:
    from seller_desktop.core.privacy.archive import place_hold

    opened = ctx.open()
    try:
        hold = place_hold(opened.store, args.order_id, args.reason, args.until)
    finally:
        opened.store.close()
    say(
        f"Legal hold on order {hold.order_id} until {hold.until}: at its deadline its invoice "
        "details go to the tax archive instead of being deleted."
        if not hold.archived
        else f"Legal hold on order {hold.order_id} until {hold.until}; its archive entry is kept "
        "until then."
    )
    return 0


@command("holds", "list the legal holds", _json_flag)
def cmd_holds(ctx: Context, args: argparse.Namespace) -> int:
    from seller_desktop.core.privacy.archive import list_holds

    opened = ctx.open()
    try:
        holds = list_holds(opened.store)
    finally:
        opened.store.close()
    if args.json:
        emit_json([asdict(h) for h in holds])
    else:
        for hold in holds:
            state = "archived" if hold.archived else "not yet due"
            print(f"{hold.order_id}\tuntil {hold.until}\t{state}\t{hold.reason}")
    return 0


def _release_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("order_id", metavar="ORDER_ID")


@command("release", "end a legal hold now", _release_arguments)
def cmd_release(ctx: Context, args: argparse.Namespace) -> int:
    from seller_desktop.core.privacy.archive import release_hold

    opened = ctx.open()
    try:
        deleted = release_hold(opened.store, args.order_id)
    finally:
        opened.store.close()
    say(
        f"Released the hold on order {args.order_id}."
        + (" Its archive entry was deleted." if deleted else "")
    )
    return 0
