"""The retention wipe with the tax rule on: what sealing each wiped order into the archive costs.

The same 20,000 due orders of the 100,000-order store as the ``wipe`` benchmark, wiped twice in
the same round on identical copies: once with the tax rule off (the baseline: the ``wipe``
benchmark's figure, measured again here so the ratio is of the same run) and once with the rule
on for every marketplace and the archive set up, so each wiped order's invoice fields are sealed
to the archive key and written to ``archive.db`` before its contact row goes (format 2: one
X25519 agreement + HKDF per wipe batch of 500, ChaCha20-Poly1305 with a fresh nonce per entry). Setting the archive up (one Argon2id derivation) is outside the
timing: it happens once in a seller's life, not at wipe time.

Reported: both times and their ratio (goal: at most 2x), the added cost per archived order, and
for orientation how much of it is the cryptography alone (a ``Sealer`` per 500 typical
documents, as the wipe's batches, no database). Scaling points for ``run.py --plot``: both wipes
in ms per 1,000 due orders at 10k, 100k and 500k orders, a fifth of each store due.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from common import PASSPHRASE, big_store, median, report, scaling
from wipe import DUE, EVERY, ORDERS, _copy, _make_due, time_app_wipe

ARCHIVE_PASSPHRASE = "benchmark archive passphrase"
#: Store sizes of the scaling points (a fifth of each store due). The 500k store is built once,
#: in about 8 minutes on a busy 2-core machine, and cached under benchmarks/out/.
SCALING_SIZES = (10_000, 100_000, 500_000)
SERIES_OFF = "wipe, ms per 1k due orders"
SERIES_ON = "wipe with the tax rule, ms per 1k due orders"


def _rule_on_and_archive(data_dir: Path) -> None:
    """Tax rule on for every marketplace (every due order is archived), archive set up."""
    from dataclasses import replace

    from seller_desktop.core.base.clock import SystemClock
    from seller_desktop.core.orders.marketplaces import MARKETPLACES
    from seller_desktop.core.privacy.archive import init_archive
    from seller_desktop.core.settings import load_settings, save_settings
    from seller_desktop.core.store.connection import connect, enable_wal
    from seller_desktop.core.store.store import Store

    conn = connect(data_dir / "store.db", PASSPHRASE)
    enable_wal(conn)
    store = Store(conn, data_dir / "store.db", SystemClock())
    try:
        save_settings(
            store, replace(load_settings(store), tax_archive_marketplaces=tuple(MARKETPLACES))
        )
        init_archive(store, ARCHIVE_PASSPHRASE)
    finally:
        store.close()


def _archived(data_dir: Path) -> int:
    import sqlite3

    conn = sqlite3.connect(data_dir / "archive" / "archive.db")
    try:
        return conn.execute("SELECT count(*) FROM entries").fetchone()[0]
    finally:
        conn.close()


def time_seal_only(count: int) -> float:
    """Sealing alone, ``count`` times, on a document shaped like the wipe's (invoice fields and
    two items, serialised the same way), one ``Sealer`` per wipe batch: the floor of what sealing
    can cost."""
    import json

    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from seller_desktop.core.privacy.archive.entries import INVOICE_FIELDS
    from seller_desktop.core.privacy.archive.sealing import Sealer
    from seller_desktop.core.privacy.retention import WIPE_BATCH

    public = X25519PrivateKey.generate().public_key().public_bytes_raw()
    document = {
        "format": 1,
        "order_id": "000-0000000-0000000",
        "invoice": {name: f"Jürgen Groß {name}" for name in INVOICE_FIELDS},
        "items": [
            {
                "order_item_id": f"0-{k}",
                "sku": "BEAN-ARABICA-1KG",
                "quantity": 2,
                "product_name": "Arabica coffee beans 1 kg",
                "item_price": "18.50",
            }
            for k in range(2)
        ],
        "marketplace": "DE",
        "status": "unshipped",
        "currency": "EUR",
    }
    start = time.perf_counter()
    for n in range(count):
        if n % WIPE_BATCH == 0:
            sealer = Sealer(public)
        order_id = f"{n:03d}-0000000-0000000"
        sealer.seal(
            order_id,
            json.dumps(document, ensure_ascii=False, sort_keys=True).encode("utf-8"),
        )
    return time.perf_counter() - start


def _round(source: Path, folder: Path, n: int, due: int) -> tuple[float, float]:
    """One round on two identical copies of ``source``: the wipe with the rule off, then on (in
    the other order on odd rounds, so neither side always runs on a warmer cache)."""
    a = _copy(source, folder / f"off{n}")
    b = _copy(source, folder / f"on{n}")
    _make_due(a)
    _make_due(b)
    _rule_on_and_archive(b)
    if n % 2:
        on = time_app_wipe(b, due)
        off = time_app_wipe(a, due)
    else:
        off = time_app_wipe(a, due)
        on = time_app_wipe(b, due)
    archived = _archived(b)
    assert archived == due, f"{archived} of {due} due orders archived"
    shutil.rmtree(a)
    shutil.rmtree(b)
    return off, on


def _scaling_point(orders: int, off: float, on: float) -> str:
    """Both wipes per 1,000 due orders (a fifth of the store is due at every size)."""
    per_k = 1000 * 1000 / (orders // EVERY)
    scaling(SERIES_OFF, orders, off * per_k, "ms")
    scaling(SERIES_ON, orders, on * per_k, "ms")
    return (
        f"{'  wipe at ' + format(orders, ',') + ' orders, per 1k due':<42} "
        f"{off * per_k:8.1f} ms rule off, {on * per_k:8.1f} ms rule on  ({on / off:.2f}x)"
    )


def run(rounds: int = 3) -> list[str]:
    rule_off, rule_on, seal_only = [], [], []
    points = {}
    with tempfile.TemporaryDirectory(prefix="sd-bench-archive-") as folder:
        for n in range(rounds):
            off, on = _round(big_store(ORDERS), Path(folder), n, DUE)
            rule_off.append(off)
            rule_on.append(on)
            seal_only.append(time_seal_only(DUE))
        for orders in SCALING_SIZES:  # one round each; the 100k point is the figure above
            if orders != ORDERS:
                points[orders] = _round(big_store(orders), Path(folder), 0, orders // EVERY)
    off, on, crypto = median(rule_off), median(rule_on), median(seal_only)
    points[ORDERS] = (off, on)
    added = on - off
    spread = f"  (rounds: off {min(rule_off):.2f}-{max(rule_off):.2f} s, on {min(rule_on):.2f}-{max(rule_on):.2f} s)"
    return [
        report("wipe 20k due, tax rule on (all sealed)", on, off, "s", "<= 2x")
        + f"  added {added / DUE * 1e6:.0f} us/order"
        + spread,
        f"{'  of which sealing alone, 20k entries':<42} {crypto:10.3f} s      "
        f"{crypto / DUE * 1e6:.0f} us/order, {crypto / added:.0%} of the added {added:.3f} s"
        if added > 0
        else "  (no added time measured)",
        *(_scaling_point(orders, *points[orders]) for orders in sorted(points)),
    ]


if __name__ == "__main__":
    print("\n".join(run()))
