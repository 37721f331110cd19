"""Review requests (``core.reviews``): ``reviews`` lists the queue, ``reviews mark`` records
requests made by hand in Seller Central, ``reviews request`` asks through the Solicitations API.

Exit codes: 0 done; 1 some orders failed or an answer was lost (the next run checks those with
Amazon before sending anything: never asked twice) or the run stopped (rate limit, no
connection); 2 bad input (an unknown order, nothing changed).
"""

from __future__ import annotations

import argparse

from seller_desktop.cli.context import Context, command, emit_json, say


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="one JSON document")
    parser.add_argument("--all", action="store_true", help="every order, not only eligible ones")
    actions = parser.add_subparsers(dest="reviews_action", metavar="ACTION")
    mark = actions.add_parser("mark", help="record reviews requested in Seller Central")
    mark.add_argument("order_ids", nargs="+", metavar="ORDER_ID")
    request = actions.add_parser("request", help="ask for reviews through Amazon's API")
    request.add_argument("order_ids", nargs="*", metavar="ORDER_ID")
    request.add_argument("--all-eligible", action="store_true", help="every eligible order")
    request.add_argument("--json", action="store_true", help="the report as JSON")
    auto = actions.add_parser(
        "auto", help="the daily automatic requests: switch them, or run today's round if due"
    )
    switch = auto.add_mutually_exclusive_group()
    switch.add_argument("--on", action="store_true", help="ask every eligible order daily")
    switch.add_argument("--off", action="store_true", help="stop the daily requests")
    auto.add_argument("--json", action="store_true", help="the round (or the log) as JSON")
    auto.add_argument("--log", action="store_true", help="the last rounds, newest first")


@command("reviews", "review requests: the queue, mark by hand, request through Amazon", _arguments)
def cmd_reviews(ctx: Context, args: argparse.Namespace) -> int:
    if args.reviews_action == "mark":
        return _mark(ctx, args.order_ids)
    if args.reviews_action == "request":
        return _request(ctx, args)
    if args.reviews_action == "auto":
        return _auto(ctx, args)
    return _list(ctx, args.json, args.all)


def _list(ctx: Context, as_json: bool, everything: bool) -> int:
    from seller_desktop.core.reviews.queue import review_queue
    from seller_desktop.core.reviews.seller_central import order_url

    opened = ctx.open()
    try:
        items = review_queue(opened.store)
    finally:
        opened.store.close()
    rows = [
        {
            "order_id": i.order_id,
            "marketplace": i.marketplace,
            "window_start": i.window_start.isoformat() if i.window_start else None,
            "window_end": i.window_end.isoformat() if i.window_end else None,
            "requested_on": i.requested_on.isoformat() if i.requested_on else None,
            "seller_central_url": order_url(i.marketplace, i.order_id),
            "state": i.state,
            "reason": i.reason,
        }
        for i in items
        if everything or i.state == "eligible"
    ]
    if as_json:
        emit_json(rows)
        return 0
    for row in rows:
        print(
            "\t".join(
                str(row[k] or "")
                for k in ("order_id", "marketplace", "state", "window_start", "window_end")
            )
            + f"\t{row['requested_on'] or ''}\t{row['seller_central_url'] or ''}"
        )
    say(f"{len(rows)} order(s).")
    return 0


def _mark(ctx: Context, order_ids: list[str]) -> int:
    from seller_desktop.core.reviews.queue import mark_requested

    opened = ctx.open()
    try:
        marked = mark_requested(opened.store, order_ids)
    finally:
        opened.store.close()
    for order_id in order_ids:
        print(f"{order_id}\t{'marked' if order_id in marked else 'requested before'}")
    return 0


def _request(ctx: Context, args: argparse.Namespace) -> int:
    from seller_desktop.core.base.errors import BadInput
    from seller_desktop.core.base.steps import drain
    from seller_desktop.core.reviews.queue import review_queue
    from seller_desktop.core.reviews.solicitations import ReviewLink, request_reviews_steps

    if bool(args.order_ids) == bool(args.all_eligible):
        raise BadInput("Give order ids or --all-eligible (not both).")
    opened = ctx.open()
    try:
        ids = list(args.order_ids)
        if args.all_eligible:
            ids = [i.order_id for i in review_queue(opened.store) if i.state == "eligible"]
        with ReviewLink(opened.store) as link:
            report = drain(request_reviews_steps(opened.store, ids, link))
    finally:
        opened.store.close()
    if args.json:
        emit_json(report.as_json())
    else:
        for name, ids_of in (
            ("requested", report.requested),
            ("settled", report.settled),
            ("already", report.already),
            ("not eligible", report.not_eligible),
            ("asked before", report.skipped),
            ("answer lost, checked next run", report.unsettled),
        ):
            for order_id in ids_of:
                print(f"{order_id}\t{name}")
        for order_id, why in report.failed.items():
            say(f"{order_id}: {why}")
        if report.stopped:
            say(report.stopped)
    return report.exit_code


def _auto(ctx: Context, args: argparse.Namespace) -> int:
    """Switch the daily round, show its log, or run it now if it is due (a scheduled task can
    call this instead of the app; a round done today is not run again)."""
    from dataclasses import asdict, replace

    from seller_desktop.core.base.steps import drain
    from seller_desktop.core.reviews.automatic import auto_due, auto_run_steps, auto_runs
    from seller_desktop.core.settings import load_settings, save_settings

    opened = ctx.open()
    store = opened.store
    try:
        if args.on or args.off:
            save_settings(store, replace(load_settings(store), review_auto_daily=bool(args.on)))
            say("Daily review requests: " + ("on." if args.on else "off."))
            return 0
        if args.log:
            logged = [asdict(r) | {"day": r.day.isoformat()} for r in auto_runs(store)]
            if args.json:
                emit_json(logged)
            for row in [] if args.json else logged:
                print("\t".join(str(row[k] or "") for k in _LOG_KEYS))
            return 0
        if not auto_due(store):
            on = load_settings(store).review_auto_daily
            say("Not due: " + ("today's round is done." if on else "switched off (--on)."))
            return 0
        run = drain(auto_run_steps(store))
    finally:
        store.close()
    if args.json:
        emit_json(asdict(run) | {"day": run.day.isoformat()})
    else:
        print("\t".join(str(getattr(run, k) or "") for k in _LOG_KEYS))
    return 0 if run.finished else 1


_LOG_KEYS = ("day", "eligible", "requested", "already", "not_eligible", "failed", "stopped")
