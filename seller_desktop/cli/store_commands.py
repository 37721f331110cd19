"""Commands about the store itself: init, status, self-test."""

from __future__ import annotations

import argparse

from seller_desktop.cli.context import Context, command, emit_json, say
from seller_desktop.core.orders.marketplaces import MARKETPLACES
from seller_desktop.core.session import create_store
from seller_desktop.core.settings import Settings


def _init_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--business-name", default="", help="shown in the window title and on slips"
    )
    parser.add_argument(
        "--marketplace",
        default="US",
        choices=sorted(MARKETPLACES),
        help="your main marketplace (default US)",
    )


@command("init", "create a new encrypted store", _init_arguments)
def cmd_init(ctx: Context, args: argparse.Namespace) -> int:
    settings = Settings(
        business_name=args.business_name, default_marketplace=args.marketplace
    ).with_regional_paper()
    opened = create_store(ctx.paths, ctx.passphrase(confirm=True), settings, ctx.clock)
    opened.store.close()
    say(
        f"Created an encrypted store in {ctx.paths.data_dir}. Keep your passphrase safe: "
        "it cannot be recovered."
    )
    return 0


def _json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON on stdout")


@command("status", "how many orders, how many still hold contact details", _json_flag)
def cmd_status(ctx: Context, args: argparse.Namespace) -> int:
    from seller_desktop.core.status import store_status

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


@command("self-test", "check this installation on a temporary store (no passphrase needed)")
def cmd_self_test(ctx: Context, args: argparse.Namespace) -> int:
    from seller_desktop.core.selftest import run_self_test

    results = run_self_test()
    for result in results:
        say(f"{'ok  ' if result.ok else 'FAIL'} {result.name}: {result.detail}")
    return 0 if all(r.ok for r in results) else 1
