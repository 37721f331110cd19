"""The ``template`` command: the seller's document templates (``core.documents.templates``) from
the command line — ``template show``, ``template slip``, ``template branding MARKETPLACE`` and
``template picklist``.

Options left out leave their part unchanged; every change is checked by ``save_templates``
before anything is stored (bad input: exit 2, nothing changed). ``show`` prints logos as their
size only ("logo: N bytes"): they are images, not text.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from seller_desktop.cli.context import Context, command, emit_json, say
from seller_desktop.core.base.errors import BadInput

if TYPE_CHECKING:
    from seller_desktop.core.documents.templates import (
        Branding,
        PickListTemplate,
        SlipTemplate,
        Templates,
    )


def _columns_argument(parser: argparse.ArgumentParser, names: tuple[str, ...]) -> None:
    parser.add_argument(
        "--columns",
        default=None,
        metavar="NAMES",
        help=f"the optional columns to print, comma-separated, from {','.join(names)} "
        '("" for none)',
    )


def _arguments(parser: argparse.ArgumentParser) -> None:
    from seller_desktop.core.documents.templates import PICK_LIST_COLUMNS, SLIP_COLUMNS

    actions = parser.add_subparsers(dest="template_action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="print both templates")
    show.add_argument("--json", action="store_true", help="one JSON document on stdout")

    slip = actions.add_parser("slip", help="the packing slip's columns, message and returns")
    _columns_argument(slip, SLIP_COLUMNS)
    slip.add_argument("--message", default=None, help='a message block under the items ("": none)')
    slip.add_argument("--returns", default=None, help='a returns block under the items ("": none)')

    brand = actions.add_parser(
        "branding", help="what the slips of one marketplace say about you (overrides settings)"
    )
    brand.add_argument("marketplace", metavar="MARKETPLACE", help="e.g. DE, US, JP")
    brand.add_argument("--name", default=None, help='business name ("": the general one)')
    brand.add_argument(
        "--return-address", default=None, help='return address, lines split by \\n ("": general)'
    )
    logo = brand.add_mutually_exclusive_group()
    logo.add_argument("--logo", type=Path, default=None, metavar="FILE", help="PNG or JPEG")
    logo.add_argument("--no-logo", action="store_true", help="use the general logo")
    brand.add_argument(
        "--footer",
        default=None,
        help='footer line ("" for none); --general-footer to use the general one',
    )
    brand.add_argument(
        "--general-footer", action="store_true", help="use the general footer line again"
    )
    brand.add_argument(
        "--remove", action="store_true", help="remove this marketplace's branding altogether"
    )

    pick = actions.add_parser("picklist", help="the pick list's columns and per-order breakdown")
    _columns_argument(pick, PICK_LIST_COLUMNS)
    pick.add_argument(
        "--per-order",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="under each product, which orders take how many",
    )


@command("template", "show or change the packing slip and pick list templates", _arguments)
def cmd_template(ctx: Context, args: argparse.Namespace) -> int:
    from seller_desktop.core.documents.templates import load_templates, save_templates

    change = _CHANGES.get(args.template_action)
    logo = _read_logo(args) if change is not None else b""
    opened = ctx.open()
    try:
        current = load_templates(opened.store)
        if change is None:
            _show(current, args.json)
            return 0
        saved = save_templates(opened.store, change(current, args, logo))
    finally:
        opened.store.close()
    say(_saved_message(args, saved))
    return 0


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip().lower() for part in value.split(",") if part.strip())


def _slip(current: Templates, args: argparse.Namespace, _logo: bytes) -> Templates:
    slip = current.slip
    if args.columns is not None:
        slip = replace(slip, columns=_split(args.columns))
    if args.message is not None:
        slip = replace(slip, message=_text(args.message))
    if args.returns is not None:
        slip = replace(slip, returns=_text(args.returns))
    return replace(current, slip=slip)


def _picklist(current: Templates, args: argparse.Namespace, _logo: bytes) -> Templates:
    pick = current.pick_list
    if args.columns is not None:
        pick = replace(pick, columns=_split(args.columns))
    if args.per_order is not None:
        pick = replace(pick, per_order=args.per_order)
    return replace(current, pick_list=pick)


def _branding(current: Templates, args: argparse.Namespace, logo: bytes) -> Templates:
    from seller_desktop.core.documents.templates import Branding
    from seller_desktop.core.orders.marketplaces import MARKETPLACES

    code = args.marketplace.strip().upper()
    if code not in MARKETPLACES:
        raise BadInput(
            f"Unknown marketplace {args.marketplace!r}; use one of {', '.join(sorted(MARKETPLACES))}."
        )
    branding = dict(current.slip.branding)
    if args.remove:
        if _brand_options_given(args):
            raise BadInput("--remove takes no other option. Nothing was changed.")
        branding.pop(code, None)
        return replace(current, slip=replace(current.slip, branding=branding))
    if args.footer is not None and args.general_footer:
        raise BadInput("Give either --footer or --general-footer. Nothing was changed.")
    brand = branding.get(code, Branding())
    if args.name is not None:
        brand = replace(brand, business_name=args.name)
    if args.return_address is not None:
        brand = replace(brand, return_address=_text(args.return_address))
    if args.logo is not None:
        brand = brand.with_logo(logo)
    elif args.no_logo:
        brand = brand.with_logo(b"")
    if args.footer is not None:
        brand = replace(brand, footer_text=args.footer)
    elif args.general_footer:
        brand = replace(brand, footer_text=None)
    branding[code] = brand
    return replace(current, slip=replace(current.slip, branding=branding))


_CHANGES = {"slip": _slip, "picklist": _picklist, "branding": _branding}


def _brand_options_given(args: argparse.Namespace) -> bool:
    return (
        any(v is not None for v in (args.name, args.return_address, args.logo, args.footer))
        or args.no_logo
        or args.general_footer
    )


def _text(value: str) -> str:
    """A block given on the command line: a literal ``\\n`` starts a new line."""
    return value.replace("\\n", "\n")


def _read_logo(args: argparse.Namespace) -> bytes:
    """The ``--logo`` file's bytes (before the passphrase is asked for): a PNG or JPEG."""
    from seller_desktop.core.settings import MAX_LOGO_BYTES

    path = getattr(args, "logo", None)
    if path is None:
        return b""
    try:
        data = path.read_bytes()
    except OSError:
        raise BadInput(f"Cannot read the logo {path.name}. Nothing was changed.") from None
    if not data.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")):
        raise BadInput(f"{path.name} is not a PNG or JPEG image. Nothing was changed.")
    if len(data) > MAX_LOGO_BYTES:
        raise BadInput("The logo is too large: choose an image under 2 MB. Nothing was changed.")
    return data


def _saved_message(args: argparse.Namespace, saved: Templates) -> str:
    if args.template_action == "slip":
        return "Saved the packing slip template."
    if args.template_action == "picklist":
        return "Saved the pick list template."
    code = args.marketplace.strip().upper()
    if code in saved.slip.branding:
        return f"Saved the branding for {code}."
    return f"{code} uses the general settings (no branding of its own)."


# -- show ----------------------------------------------------------------------------------------


def _show(templates: Templates, as_json: bool) -> None:
    if as_json:
        emit_json(_as_document(templates))
        return
    print("\n".join(_slip_lines(templates.slip) + [""] + _pick_lines(templates.pick_list)))


def _as_document(templates: Templates) -> dict[str, Any]:
    slip = asdict(templates.slip)
    slip["branding"] = {
        code: _brand_document(brand) for code, brand in templates.slip.branding.items()
    }
    return {"slip": slip, "pick_list": asdict(templates.pick_list)}


def _brand_document(brand: Branding) -> dict[str, Any]:
    document = asdict(brand)
    del document["logo_base64"]
    document["logo_bytes"] = len(brand.logo)
    return document


def _block_line(name: str, text: str) -> str:
    return f"  {name}: " + (text.replace("\n", " / ") if text else "(none)")


def _slip_lines(slip: SlipTemplate) -> list[str]:
    lines = [
        "Packing slip",
        "  columns: " + (", ".join(slip.columns) or "(none)"),
        _block_line("message", slip.message),
        _block_line("returns", slip.returns),
    ]
    if not slip.branding:
        lines.append("  branding: the general settings on every marketplace")
    for code, brand in slip.branding.items():
        footer = (
            "(the general one)"
            if brand.footer_text is None
            else brand.footer_text or "(no footer line)"
        )
        lines += [
            f"  branding {code}:",
            "    name: " + (brand.business_name or "(the general one)"),
            "    return address: "
            + (brand.return_address.replace("\n", " / ") or "(the general one)"),
            f"    logo: {len(brand.logo)} bytes" if brand.logo else "    logo: (the general one)",
            f"    footer: {footer}",
        ]
    return lines


def _pick_lines(pick: PickListTemplate) -> list[str]:
    return [
        "Pick list",
        "  columns: " + (", ".join(pick.columns) or "(none)"),
        "  per-order breakdown: " + ("on" if pick.per_order else "off"),
    ]
