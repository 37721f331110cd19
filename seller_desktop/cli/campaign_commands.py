"""Commands for campaigns and insert cards: campaign-add, campaign-edit, campaigns, campaign-codes,
cards."""

from __future__ import annotations

import argparse
from pathlib import Path

from seller_desktop.cli.campaign_text_args import add_text_arguments, with_texts
from seller_desktop.cli.context import Context, command, emit_json, say
from seller_desktop.cli.print_commands import (
    add_override,
    add_selection,
    add_sides,
    write_selected_pdf,
)
from seller_desktop.core.base.errors import BadInput


def _split(values: list[str] | None) -> tuple[str, ...]:
    return tuple(
        part.strip() for value in values or () for part in value.split(",") if part.strip()
    )


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", metavar="NAME")
    parser.add_argument(
        "--skus",
        action="append",
        metavar="PATTERN",
        help="SKUs or SKU patterns such as MUG-* (comma-separated; repeatable)",
    )
    parser.add_argument("--asins", action="append", metavar="ASIN", help="ASINs (comma-separated)")
    parser.add_argument(
        "--marketplaces",
        action="append",
        metavar="CODE",
        help="only orders of these marketplaces, e.g. DE,FR",
    )
    parser.add_argument(
        "--default", action="store_true", help="the thank-you card for products no campaign covers"
    )
    parser.add_argument(
        "--qr-url",
        default=None,
        metavar="URL",
        help="link printed as a QR code, with the card's own code appended",
    )
    parser.add_argument(
        "--image", type=Path, default=None, metavar="FILE", help="PNG or JPEG shown on the card"
    )
    parser.add_argument("--valid-from", default=None, metavar="YYYY-MM-DD")
    parser.add_argument("--valid-until", default=None, metavar="YYYY-MM-DD")
    parser.add_argument(
        "--priority",
        type=int,
        default=0,
        help="higher wins when two campaigns cover one product (default 0)",
    )
    parser.add_argument("--paused", action="store_true", help="add it paused")
    parser.add_argument(
        "--generate-codes",
        type=int,
        default=0,
        metavar="N",
        help="generate N unique codes for the cards (product registration, warranty)",
    )
    add_text_arguments(parser, editing=False)


@command(
    "campaign-add",
    "add a campaign (an insert card and the products it is for); prints its id",
    _add_arguments,
)
def cmd_campaign_add(ctx: Context, args: argparse.Namespace) -> int:
    from seller_desktop.core.campaigns import (
        Campaign,
        add_campaign,
        add_generated_codes,
        outside_amazon,
    )
    from seller_desktop.core.campaigns.model import validated

    campaign = validated(
        with_texts(
            Campaign(
                args.name,
                qr_url=args.qr_url,
                valid_from=args.valid_from,
                valid_until=args.valid_until,
                priority=args.priority,
                active=not args.paused,
                is_default=args.default,
                skus=_split(args.skus),
                asins=_split(args.asins),
                marketplaces=_split(args.marketplaces),
            ),
            args,
        )
    )
    image = None
    if args.image is not None:
        try:
            image = args.image.read_bytes()
        except OSError:
            raise BadInput(f"Cannot read the image {args.image.name}.") from None
    opened = ctx.open()
    try:
        with opened.store.transaction():
            saved = add_campaign(opened.store, campaign, image)
            codes = (
                add_generated_codes(opened.store, saved.saved_id, args.generate_codes)
                if args.generate_codes
                else 0
            )
    finally:
        opened.store.close()
    print(saved.id)
    say(f"Added campaign {saved.name!r}" + (f" with {codes} codes." if codes else "."))
    if saved.qr_url and outside_amazon(saved.qr_url):
        say("Note: the QR link leads outside Amazon. Amazon may treat this as diverting buyers.")
    return 0


def _edit_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("campaign", metavar="CAMPAIGN", help="the campaign's id or name")
    parser.add_argument("--name", default=None, help="a new name")
    for flag, metavar, what in (
        ("--skus", "PATTERN", "SKUs or SKU patterns"),
        ("--asins", "ASIN", "ASINs"),
        ("--marketplaces", "CODE", "marketplaces"),
    ):
        parser.add_argument(
            flag, action="append", metavar=metavar, help=f"replace its {what} (comma-separated)"
        )
    parser.add_argument("--qr-url", default=None, metavar="URL", help='"" for no QR code')
    parser.add_argument("--valid-from", default=None, metavar="YYYY-MM-DD", help='"" for none')
    parser.add_argument("--valid-until", default=None, metavar="YYYY-MM-DD", help='"" for none')
    parser.add_argument(
        "--priority",
        type=int,
        default=None,
        help="higher wins when two campaigns cover one product, and is first in a parcel",
    )
    state = parser.add_mutually_exclusive_group()
    state.add_argument("--pause", action="store_true", help="print no more of its cards")
    state.add_argument("--resume", action="store_true", help="print its cards again")
    add_text_arguments(parser, editing=True)


@command(
    "campaign-edit",
    "change a campaign: its card text (per language), rules, link, dates, priority; options "
    "left out keep what it has",
    _edit_arguments,
)
def cmd_campaign_edit(ctx: Context, args: argparse.Namespace) -> int:
    from dataclasses import replace

    from seller_desktop.core.campaigns import find_campaign, outside_amazon, save_campaign

    changes: dict = {
        field: value
        for field, value in (
            ("name", args.name),
            ("qr_url", args.qr_url),
            ("valid_from", args.valid_from),
            ("valid_until", args.valid_until),
            ("priority", args.priority),
        )
        if value is not None
    }
    for field in ("skus", "asins", "marketplaces"):
        if getattr(args, field) is not None:
            changes[field] = _split(getattr(args, field))
    if args.pause or args.resume:
        changes["active"] = args.resume
    opened = ctx.open()
    try:
        old = find_campaign(opened.store, args.campaign)
        saved = save_campaign(opened.store, with_texts(replace(old, **changes), args))
    finally:
        opened.store.close()
    languages = ", ".join([saved.language or "any"] + [t.language for t in saved.texts])
    say(f"Saved campaign {saved.name!r} (card text in: {languages}).")
    if saved.qr_url and outside_amazon(saved.qr_url):
        say("Note: the QR link leads outside Amazon. Amazon may treat this as diverting buyers.")
    return 0


def _list_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="one JSON document on stdout")


@command("campaigns", "list the campaigns with their rules and codes left", _list_arguments)
def cmd_campaigns(ctx: Context, args: argparse.Namespace) -> int:
    from seller_desktop.core.campaigns import code_counts, list_campaigns, outside_amazon

    opened = ctx.open()
    try:
        campaigns = list_campaigns(opened.store)
        counts = code_counts(opened.store)
    finally:
        opened.store.close()
    rows = [
        {
            "id": c.id,
            "name": c.name,
            "active": c.active,
            "default": c.is_default,
            "priority": c.priority,
            "headline": c.headline,
            "language": c.language,
            "languages": [t.language for t in c.texts],
            "skus": list(c.skus),
            "asins": list(c.asins),
            "marketplaces": list(c.marketplaces),
            "qr_url": c.qr_url,
            "qr_url_outside_amazon": bool(c.qr_url) and outside_amazon(c.qr_url or ""),
            "valid_from": c.valid_from,
            "valid_until": c.valid_until,
            "codes": counts.get(c.saved_id, (0, 0))[0],
            "codes_left": counts.get(c.saved_id, (0, 0))[1],
        }
        for c in campaigns
    ]
    if args.json:
        emit_json(rows)
        return 0
    if not rows:
        say("No campaigns yet. Add one with `campaign-add NAME --skus PATTERN --headline ...`.")
        return 0
    for c, r in zip(campaigns, rows):
        applies = (
            "default card"
            if c.is_default
            else ", ".join([*c.skus, *c.asins, *(f"marketplace {m}" for m in c.marketplaces)])
        )
        codes = f"{r['codes_left']} of {r['codes']} codes left" if r["codes"] else "no codes"
        state = "active" if r["active"] else "paused"
        print(
            f"{r['id']:>4}  {r['name']}  [{state}, priority {r['priority']}]  {applies}  ({codes})"
        )
    return 0


def _codes_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("campaign", metavar="CAMPAIGN", help="the campaign's id or name")
    parser.add_argument(
        "file",
        type=Path,
        metavar="FILE",
        help="claim codes from Seller Central: one per line, or a CSV/tab-separated "
        'file with a "Claim Code" column',
    )


@command(
    "campaign-codes", "import a list of single-use claim codes into a campaign", _codes_arguments
)
def cmd_campaign_codes(ctx: Context, args: argparse.Namespace) -> int:
    from seller_desktop.core.campaigns import find_campaign, import_claim_codes, parse_claim_codes

    try:
        data = args.file.read_bytes()
    except OSError:
        raise BadInput(f"Cannot read {args.file.name}. Nothing was imported.") from None
    parse_claim_codes(data, args.file.name)  # a bad file is refused before the passphrase
    opened = ctx.open()
    try:
        campaign = find_campaign(opened.store, args.campaign)
        result = import_claim_codes(opened.store, campaign.saved_id, data, args.file.name)
    finally:
        opened.store.close()
    say(
        f"Imported {result.added} codes into {campaign.name!r}."
        + (f" Skipped {result.skipped} already known." if result.skipped else "")
    )
    return 0


def _cards_arguments(parser: argparse.ArgumentParser) -> None:
    from seller_desktop.core.documents.card_layouts import CARD_LAYOUTS

    parser.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    parser.add_argument("--layout", default="4x6", help=f"{', '.join(CARD_LAYOUTS)} (default: 4x6)")
    add_sides(parser)
    add_override(parser)
    add_selection(parser)


@command(
    "cards",
    "write the insert cards the orders' products earn to a PDF (binds their codes)",
    _cards_arguments,
)
def cmd_cards(ctx: Context, args: argparse.Namespace) -> int:
    from seller_desktop.core.documents.card_layouts import get_card_layout
    from seller_desktop.core.documents.print_request import CARDS, PrintRequest

    get_card_layout(args.layout)
    ids, run, _ = write_selected_pdf(
        ctx,
        args,
        lambda ids: PrintRequest(
            CARDS, tuple(ids), args.layout, duplex=args.duplex, with_backs=args.with_backs
        ),
    )
    say(f"Wrote the insert cards of {len(ids)} orders to {args.out.name} (print run {run.id}).")
    return 0
