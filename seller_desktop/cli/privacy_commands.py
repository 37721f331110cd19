"""Commands about the data itself: purge, erase, extend, export-subject, backup, restore."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from seller_desktop.cli.context import (
    Context,
    check_out_file,
    command,
    emit_json,
    say,
    write_seller_file,
)
from seller_desktop.core.base.errors import BadInput, StoreExists
from seller_desktop.core.privacy.backup_ledger import Rollback
from seller_desktop.core.store.connection import DatabaseError
from seller_desktop.core.store.environment import translate_environment


def _purge_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the wipe report as JSON")


@command("purge", "run the retention wipe now and report what it removed", _purge_arguments)
def cmd_purge(ctx: Context, args: argparse.Namespace) -> int:
    """The wipe runs inside every open; this command shows its report (order ids, never details)."""
    opened = ctx.open()
    opened.store.close()
    report = opened.wipe_report
    if args.json:
        emit_json(
            {
                "wiped": report.count,
                "order_ids": report.wiped_order_ids,
                "failed": report.failed,
                "backups": [{"file": a.name, "action": a.action} for a in opened.backup_actions],
            }
        )
    else:
        print(
            f"Removed the contact details of {report.count} orders."
            + (f" Orders: {' '.join(report.wiped_order_ids)}" if report.count else "")
        )
    return 1 if report.failed else 0


def _erase_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("order_ids", nargs="*", metavar="ORDER_ID")
    parser.add_argument("--buyer-email", help="erase every order of the buyer with this e-mail")


@command("erase", "erase contact details now (a buyer's erasure request)", _erase_arguments)
def cmd_erase(ctx: Context, args: argparse.Namespace) -> int:
    from seller_desktop.core.privacy.erasure import erase_buyer, erase_orders
    from seller_desktop.core.privacy.retention import WipeReport

    if bool(args.order_ids) == bool(args.buyer_email):
        raise BadInput("Name the orders (ORDER_ID …) or the buyer (--buyer-email E), not both.")
    opened = ctx.open()
    report = WipeReport()
    try:
        if args.buyer_email:
            erased = erase_buyer(opened.store, args.buyer_email, ctx.clock, report)
        else:
            erased = erase_orders(opened.store, args.order_ids, ctx.clock, report)
    finally:
        opened.store.close()
    say(
        f"Erased the contact details of {len(erased)} orders"
        + (f": {' '.join(erased)}." if erased else " (none held any).")
    )
    wal = ctx.paths.store.with_name(ctx.paths.store.name + "-wal")
    if (
        report.failed and wal.exists() and wal.stat().st_size > 0
    ):  # closing did not fold it in either
        say(f"Not finished on disk: {report.failed}.")
        return 1  # partly done: the rows are gone, old page images are not yet
    return 0


def _extend_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("order_id", metavar="ORDER_ID")


@command(
    "extend",
    "keep an order still to ship 30 days longer before its details are wiped",
    _extend_arguments,
)
def cmd_extend(ctx: Context, args: argparse.Namespace) -> int:
    from seller_desktop.core.privacy.retention import extend_open_order

    opened = ctx.open()
    try:
        deadline = extend_open_order(opened.store, args.order_id, ctx.clock)
    finally:
        opened.store.close()
    say(f"Order {args.order_id} keeps its contact details until {deadline}.")
    return 0


def _subject_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--buyer-email", required=True)
    parser.add_argument("--out", type=Path, required=True, help="the JSON (or PDF) file to write")
    parser.add_argument("--pdf", action="store_true", help="write a readable PDF instead of JSON")


@command(
    "export-subject",
    "everything held about one buyer, as JSON or PDF (a subject-access request)",
    _subject_arguments,
)
def cmd_export_subject(ctx: Context, args: argparse.Namespace) -> int:
    from seller_desktop.core.privacy.erasure import subject_export

    check_out_file(args.out)
    opened = ctx.open()
    try:
        document = subject_export(opened.store, args.buyer_email)
    finally:
        opened.store.close()
    if args.pdf:
        from seller_desktop.core.documents import subject_export_pdf

        write_seller_file(args.out, subject_export_pdf(document))
    else:
        write_seller_file(
            args.out, (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        )
    say(
        f"Wrote {len(document['orders'])} orders to {args.out.name}. The file holds personal data: "
        "send it to the buyer and then delete it."
    )
    return 0


def _backup_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, required=True, help="the backup file to write")


@command("backup", "write an encrypted copy of the store (same passphrase)", _backup_arguments)
def cmd_backup(ctx: Context, args: argparse.Namespace) -> int:
    from seller_desktop.core.privacy.backups import back_up

    if args.out.exists() or args.out.is_symlink():
        raise BadInput(
            f"{args.out.name} exists already. Choose a new file name; nothing was written."
        )
    passphrase = ctx.passphrase()
    opened = ctx.open(passphrase)
    try:
        back_up(opened.store, args.out, ctx.paths.backups)
    except (OSError, DatabaseError) as err:
        refused = translate_environment(err, args.out.parent)  # name the folder written to
        if refused is not None:
            raise refused from None
        if isinstance(err, DatabaseError):
            raise
        raise BadInput(f"Cannot write {args.out.name}: {err.strerror}.") from None
    finally:
        opened.store.close()
    say(f"Backed up to {args.out.name}, encrypted with your passphrase.")
    if args.out.parent.resolve() != ctx.paths.backups.resolve():
        say(
            "This file is yours: it is outside Seller Desktop's backups folder, so the app cannot "
            "wipe it. It keeps buyers' contact details until you delete it (restoring it wipes "
            "them to today's deadlines again). Keep it safe and delete it when you no longer "
            "need it."
        )
    return 0


def _restore_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument(
        "--replace",
        action="store_true",
        help="replace an existing store (it is kept in backups/ first)",
    )
    parser.add_argument("--yes", action="store_true", help="do not ask before replacing the store")


@command(
    "restore",
    "put a backup in place (e.g. on a new computer); wipes as it opens",
    _restore_arguments,
)
def cmd_restore(ctx: Context, args: argparse.Namespace) -> int:
    from seller_desktop.core.privacy.backups import plan_restore, restore

    passphrase = ctx.passphrase()
    plan = plan_restore(args.file, ctx.paths, passphrase)
    if plan.replaces_store:
        if not args.replace:
            raise StoreExists(str(ctx.paths.data_dir))
        say(rollback_text(plan.rollback, args.file.name))
        if not args.yes and not _confirmed("Replace the store with this backup? [y/N] "):
            say("Nothing was restored; the store is as it was.")
            return 1
    restore(args.file, ctx.paths, passphrase, replace=args.replace, clock=ctx.clock)
    opened = ctx.open(passphrase)  # migrates and wipes before anything reads it
    opened.store.close()
    say(f"Restored the store from {args.file.name}.")
    return 0


def rollback_text(rollback: Rollback | None, name: str) -> str:
    """What a restore undoes, in words (order ids only). Contact details the store has wiped or
    erased stay wiped whatever the backup holds."""
    lines = [f"Restoring {name} replaces the store with the state of that backup."]
    if rollback is None:
        return "\n".join(
            lines
            + [
                "The store now is damaged, so what the restore rolls back cannot be shown. The "
                "damaged file is kept beside the store as store.db.damaged-… (delete it once the "
                "restored store works)."
            ]
        )
    if rollback.shipped:
        lines.append(
            "Shipped since the backup, back to not shipped (their shipments are "
            "undone): " + _ids(rollback.shipped)
        )
    if rollback.changed:
        lines.append(
            "Added or changed since the backup, back to how they were (new ones go): "
            + _ids(rollback.changed)
        )
    if rollback.empty:
        lines.append("No order was shipped or changed since the backup.")
    lines.append(
        "Contact details the store has wiped or erased stay wiped. The store now is kept "
        "as backups/before-restore.db."
    )
    return "\n".join(lines)


def _ids(ids: list[str], shown: int = 10) -> str:
    more = f" and {len(ids) - shown} more" if len(ids) > shown else ""
    return ", ".join(ids[:shown]) + more + "."


def _confirmed(question: str) -> bool:
    """y/N on stdin (a pipe works: ``echo y | … restore``); anything but yes is no."""
    print(question, end="", file=sys.stderr, flush=True)
    answer = sys.stdin.readline()
    return answer.strip().lower() in ("y", "yes")
