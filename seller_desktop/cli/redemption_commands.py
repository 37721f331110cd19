"""Commands for campaign results: campaign-redemptions (the codes that came back) and
campaign-results (cards printed, codes redeemed and the rate per campaign)."""

from __future__ import annotations

import argparse
import sys

from seller_desktop.cli.context import Context, command, emit_json, say
from seller_desktop.core.base.errors import BadInput


def _redemptions_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("campaign", metavar="CAMPAIGN", help="the campaign's id or name")
    parser.add_argument(
        "file",
        metavar="FILE",
        help="the redeemed codes: one per line, or a CSV/tab-separated file with a code column "
        '("Claim Code", "Code", "Aktionscode", …) and optionally a date column; - reads stdin',
    )


@command(
    "campaign-redemptions",
    "record which of a campaign's codes were redeemed; codes that are not the campaign's are "
    "listed and not counted",
    _redemptions_arguments,
)
def cmd_campaign_redemptions(ctx: Context, args: argparse.Namespace) -> int:
    from seller_desktop.core.campaigns import (
        find_campaign,
        parse_redemption_file,
        record_redemptions,
    )

    name = "stdin" if args.file == "-" else args.file.rsplit("/", 1)[-1]
    try:
        if args.file == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(args.file, "rb") as file:
                data = file.read()
    except OSError:
        raise BadInput(f"Cannot read {name}. Nothing was recorded.") from None
    redeemed, source = parse_redemption_file(data, name)  # refused before the passphrase
    opened = ctx.open()
    try:
        campaign = find_campaign(opened.store, args.campaign)
        result = record_redemptions(opened.store, campaign.saved_id, redeemed, source)
    finally:
        opened.store.close()
    say(
        f"Counted {result.counted} redeemed codes for {campaign.name!r}; "
        f"{result.known} already known."
    )
    if result.unknown:
        say(f"Not codes of this campaign, not counted ({len(result.unknown)}):")
        for code in result.unknown:
            say(f"  {code}")
    return 0


def _results_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json",
        action="store_true",
        help="one JSON document on stdout, with the last 12 weeks of each campaign",
    )


@command(
    "campaign-results",
    "per campaign: cards printed (codes that went out), codes redeemed and the rate",
    _results_arguments,
)
def cmd_campaign_results(ctx: Context, args: argparse.Namespace) -> int:
    from seller_desktop.core.campaigns import campaign_results

    opened = ctx.open()
    try:
        results = campaign_results(opened.store)
    finally:
        opened.store.close()
    if args.json:
        emit_json(
            [
                {
                    "name": r.name,
                    "printed": r.printed,
                    "redeemed": r.redeemed,
                    "rate": r.rate,
                    "weeks": [
                        {"week": w.start.isoformat(), "printed": w.printed, "redeemed": w.redeemed}
                        for w in r.weeks
                    ],
                }
                for r in results
            ]
        )
        return 0
    if not results:
        say("No campaigns yet. Add one with `campaign-add NAME --skus PATTERN --headline ...`.")
        return 0
    width = max(len(r.name) for r in results)
    print(f"{'Campaign':<{width}}  {'Printed':>7}  {'Redeemed':>8}  {'Rate':>6}")
    for r in results:
        rate = f"{r.rate:.1%}" if r.rate is not None else "-"
        print(f"{r.name:<{width}}  {r.printed:>7}  {r.redeemed:>8}  {rate:>6}")
    return 0
