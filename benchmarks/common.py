"""Shared pieces of the benchmarks: a big store built once and cached, medians, result lines."""

from __future__ import annotations

import statistics
import sys
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
PASSPHRASE = "benchmark passphrase 123"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def big_store(orders: int) -> Path:
    """A data dir whose store holds ``orders`` demo orders; built once, reused by later runs."""
    from seller_desktop.core.base.clock import SystemClock
    from seller_desktop.core.demo import demo_orders
    from seller_desktop.core.orders.repository import save_orders
    from seller_desktop.core.session import create_store
    from seller_desktop.core.settings import Settings
    from seller_desktop.core.store.migrations import LATEST
    from seller_desktop.paths import resolve_paths

    data_dir = OUT / f"store-{orders}-v{LATEST}"
    if (data_dir / "store.db").exists():
        return data_dir
    paths = resolve_paths(data_dir)
    opened = create_store(
        paths, PASSPHRASE, Settings(business_name="Benchmark Shop"), SystemClock()
    )
    save_orders(opened.store, _unique(demo_orders(SystemClock(), orders, seed=1)))
    opened.store.close()
    return data_dir


def _unique(pairs):
    """Demo ids are random; make them unique and keep every order inside its retention window."""
    for n, (order, contact) in enumerate(pairs):
        order.order_id = f"{n:03d}-{order.order_id[4:]}"
        for k, item in enumerate(order.items):
            item.order_item_id = f"{n}-{k}"
        order.shipped_on = None
        order.cancelled_on = None
        order.latest_delivery_date = None
        order.status = "unshipped"
        order.purchased_at = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        yield order, contact


def median(values: list[float]) -> float:
    return statistics.median(values)


#: Every figure reported in this process, for ``run.py``'s JSON (``report`` adds to it).
FIGURES: list[dict[str, object]] = []
#: Points of the scaling plot: (series, orders in the store, value, unit); ``scaling`` adds.
SCALING: list[dict[str, object]] = []


def report(name: str, value: float, baseline: float, unit: str, goal: str) -> str:
    """One figure beside its same-run floor, as a line; kept in ``FIGURES`` too."""
    ratio = value / baseline if baseline else float("inf")
    FIGURES.append(
        {
            "name": name,
            "value": value,
            "baseline": baseline,
            "unit": unit,
            "ratio": ratio,
            "goal": goal,
        }
    )
    return f"{name:<42} {value:10.3f} {unit:<6} baseline {baseline:10.3f} {unit:<6} ratio {ratio:5.2f}x  goal {goal}"


def scaling(series: str, orders: int, value: float, unit: str) -> None:
    """A point of ``run.py --plot``: e.g. ("import, s per 10k rows", 100_000, 1.8, "s")."""
    SCALING.append({"series": series, "orders": orders, "value": value, "unit": unit})
