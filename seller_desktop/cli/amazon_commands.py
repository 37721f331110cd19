"""Commands about the Amazon connection: amazon-account (set, show, test, remove), sync,
confirmations.

Secrets come from files or the environment, never from the command line (a command line is seen
by every user of the computer in the process list) and are never printed.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from seller_desktop.cli.context import Context, command, emit_json, say
from seller_desktop.core.base.errors import BadInput

SECRET_ENV = "SELLER_DESKTOP_LWA_CLIENT_SECRET"
TOKEN_ENV = "SELLER_DESKTOP_LWA_REFRESH_TOKEN"


def _account_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=("set", "show", "test", "remove"))
    parser.add_argument("--region", choices=("na", "eu", "fe"), help="na, eu or fe")
    parser.add_argument("--marketplaces", help="country codes, e.g. US,CA or DE,FR,UK")
    parser.add_argument("--client-id", help="the LWA client id of your app")
    parser.add_argument(
        "--client-secret-file",
        type=Path,
        help=f"a file holding the client secret (or {SECRET_ENV})",
    )
    parser.add_argument(
        "--refresh-token-file", type=Path, help=f"a file holding the refresh token (or {TOKEN_ENV})"
    )
    parser.add_argument(
        "--api-url", help="the API's base, e.g. https://sellingpartnerapi-na.amazon.com"
    )
    parser.add_argument("--lwa-url", help="the full Login with Amazon token URL")
    parser.add_argument("--json", action="store_true", help="print JSON on stdout")


def _secret(env: str, file: Path | None, flag: str, label: str) -> str:
    if file is not None:
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            raise BadInput(f"Cannot read the {label} file {file.name}.") from None
        return text.strip()
    from_env = os.environ.get(env, "")
    if from_env:
        return from_env.strip()
    raise BadInput(f"No {label} given: use {flag} FILE or set {env}.")


@command(
    "amazon-account", "connect to Amazon: set, show, test or remove an account", _account_arguments
)
def cmd_amazon_account(ctx: Context, args: argparse.Namespace) -> int:
    """0 done; 2 bad input; 4 (test) Amazon refused the credentials."""
    from seller_desktop.core.amazon.accounts import Account, validated

    if args.action == "set":
        if not (args.region and args.marketplaces and args.client_id):
            raise BadInput("amazon-account set needs --region, --marketplaces and --client-id.")
        account = validated(  # before the passphrase is asked: a typo costs nothing
            Account(
                args.region,
                tuple(args.marketplaces.split(",")),
                args.client_id,
                _secret(
                    SECRET_ENV, args.client_secret_file, "--client-secret-file", "client secret"
                ),
                _secret(
                    TOKEN_ENV, args.refresh_token_file, "--refresh-token-file", "refresh token"
                ),
                args.api_url,
                args.lwa_url,
            )
        )
        return _set(ctx, account)
    if args.action == "show":
        return _show(ctx, args.json)
    if args.action == "remove":
        return _remove(ctx, args.region)
    return _test(ctx, args.region, args.json)


def _set(ctx: Context, account) -> int:
    from seller_desktop.core.amazon.accounts import REGION_NAMES, save_account

    opened = ctx.open()
    try:
        save_account(opened.store, account)
    finally:
        opened.store.close()
    say(
        f"Saved the Amazon account for {REGION_NAMES[account.region]} "
        f"({', '.join(account.marketplaces)}). Run `amazon-account test` to check it."
    )
    return 0


def _show(ctx: Context, as_json: bool) -> int:
    from seller_desktop.core.amazon.accounts import load_accounts
    from seller_desktop.core.amazon.sync_state import load_sync_states

    opened = ctx.open()
    try:
        accounts = load_accounts(opened.store)
        states = load_sync_states(opened.store)
    finally:
        opened.store.close()
    document: list[dict[str, object]] = [
        {
            "region": a.region,
            "marketplaces": list(a.marketplaces),
            "client_id": a.client_id,
            "api_url": a.api_base,
            "lwa_url": a.token_url,
            "last_sync": states[a.region].last_run_at if a.region in states else None,
            "last_result": states[a.region].last_summary if a.region in states else None,
            "last_error": states[a.region].last_error if a.region in states else None,
        }
        for a in accounts
    ]
    if as_json:
        emit_json(document)
        return 0
    if not accounts:
        print("No Amazon account. Add one with: amazon-account set --region na|eu|fe …")
    for a in accounts:
        state = states.get(a.region)
        print(f"{a.region}: {', '.join(a.marketplaces)}  client {a.client_id}")
        print(f"  API {a.api_base}  token {a.token_url}")
        last = state.last_run_at if state else None
        print(f"  last sync: {last or 'never'}  {(state.last_summary if state else '') or ''}")
        if state and state.last_error:
            print(f"  last error: {state.last_error}")
    return 0


def _remove(ctx: Context, region: str | None) -> int:
    from seller_desktop.core.amazon.accounts import remove_account

    opened = ctx.open()
    try:
        removed = remove_account(opened.store, region)
    finally:
        opened.store.close()
    say(f"Removed {removed} Amazon account{'s' if removed != 1 else ''}.")
    return 0


def _test(ctx: Context, region: str | None, as_json: bool) -> int:
    from seller_desktop.core.amazon.connection import check_connection

    opened = ctx.open()
    try:
        results = check_connection(opened.store, region)
    finally:
        opened.store.close()
    if not results:
        raise BadInput("No Amazon account to test. Add one with: amazon-account set …")
    if as_json:
        emit_json([r.as_json() for r in results])
    for r in results:
        if not r.ok:
            say(f"{r.region} ({', '.join(r.marketplaces)}): not connected. {r.error}")
            continue
        contact = {
            True: "contact details come back (the restricted role is there)",
            False: (
                "orders come WITHOUT contact details: the app lacks Amazon's restricted role; "
                "addresses must come from the Unshipped Orders report"
            ),
            None: "no recent order to tell whether contact details come back",
        }[r.contact_details]
        say(
            f"{r.region} ({', '.join(r.marketplaces)}): connected; {r.orders_seen} recent orders; {contact}."
        )
    return max((r.exit_code for r in results if not r.ok), default=0)


def _since(text: str):
    from datetime import date, datetime, time, timezone

    try:
        return datetime.combine(date.fromisoformat(text), time(0, 0), tzinfo=timezone.utc)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-12-01") from None


def _sync_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--since", type=_since, help="fetch orders created since YYYY-MM-DD")
    parser.add_argument("--json", action="store_true", help="print JSON on stdout")


@command("sync", "fetch new and changed orders from Amazon (connected accounts)", _sync_arguments)
def cmd_sync(ctx: Context, args: argparse.Namespace) -> int:
    """0 done; 1 partly done (resumable: run it again later); 4 Amazon refused the credentials."""
    from seller_desktop.core.amazon.accounts import load_accounts
    from seller_desktop.core.amazon.sync import sync

    opened = ctx.open()
    try:
        if not load_accounts(opened.store):
            raise BadInput(
                "No Amazon account. Add one with: amazon-account set --region na|eu|fe …"
            )
        summary = sync(opened.store, since=args.since)
    finally:
        opened.store.close()
    if args.json:
        emit_json(summary.as_json())
    say(f"Synced: {summary.line()}.")
    for region, reason in {**summary.partial, **summary.refused}.items():
        say(f"{region}: stopped part way. {reason}")
    if summary.contact_role is False:
        say(
            "Amazon sent these orders without names and addresses: your app lacks Amazon's "
            "restricted role for contact details. Import the Unshipped Orders report for the "
            "addresses, or request the role in Seller Central (Develop apps › edit app)."
        )
    return summary.exit_code


def _json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON on stdout")


@command(
    "confirmations", "shipments confirmed to Amazon through the API, and those waiting", _json_flag
)
def cmd_confirmations(ctx: Context, args: argparse.Namespace) -> int:
    """Sends what is due first (connected accounts), then lists: 0, or 1 if any failed."""
    from seller_desktop.core.amazon.confirmation_queue import list_confirmations
    from seller_desktop.core.amazon.confirmations import confirm_all

    opened = ctx.open()
    try:
        summary = confirm_all(opened.store)
        queue = list_confirmations(opened.store)
    finally:
        opened.store.close()
    if summary.confirmed or summary.failed:
        say(f"Sent to Amazon now: {summary.confirmed} confirmed, {summary.failed} failed.")
    if args.json:
        emit_json(
            [
                {
                    "order_id": q.order_id,
                    "shipment_id": q.shipment_id,
                    "state": q.state,
                    "attempts": q.attempts,
                    "error": q.error,
                    "confirmed_at": q.confirmed_at,
                }
                for q in queue
            ]
        )
    else:
        for q in queue:
            line = f"{q.order_id}  shipment {q.shipment_id}  {q.state}"
            print(line + (f"  ({q.error})" if q.error and not q.confirmed_at else ""))
    return 1 if any(q.state == "failed" for q in queue) else 0
