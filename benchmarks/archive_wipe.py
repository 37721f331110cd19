"""The retention wipe with the tax rule on: what sealing each wiped order into the archive costs.

The same 20,000 due orders of the 100,000-order store as the ``wipe`` benchmark, wiped twice in
the same round on identical copies: once with the tax rule off (the baseline: the ``wipe``
benchmark's figure, measured again here so the ratio is of the same run) and once with the rule
on for every marketplace and the archive set up, so each wiped order's invoice fields are sealed
to the archive key and written to ``archive.db`` before its contact row goes (format 2: one
X25519 agreement + HKDF per wipe batch of 500, ChaCha20-Poly1305 with a fresh nonce per entry). Setting the archive up (one Argon2id derivation) is outside the
timing: it happens once in a seller's life, not at wipe time.

Reported: both times and their ratio, the added cost per archived order, and for orientation how
much of it is the cryptography alone (a ``Sealer`` per 500 typical documents, as the wipe's
batches, no database).
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from common import PASSPHRASE, big_store, median, report
from wipe import DUE, ORDERS, _copy, _make_due, time_app_wipe

ARCHIVE_PASSPHRASE = "benchmark archive passphrase"


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


def run(rounds: int = 3) -> list[str]:
    source = big_store(ORDERS)
    rule_off, rule_on, seal_only = [], [], []
    with tempfile.TemporaryDirectory(prefix="sd-bench-archive-") as folder:
        for n in range(rounds):
            a = _copy(source, Path(folder) / f"off{n}")
            b = _copy(source, Path(folder) / f"on{n}")
            _make_due(a)
            _make_due(b)
            _rule_on_and_archive(b)
            # Alternate the order so neither side always runs on a warmer cache.
            if n % 2:
                rule_on.append(time_app_wipe(b))
                rule_off.append(time_app_wipe(a))
            else:
                rule_off.append(time_app_wipe(a))
                rule_on.append(time_app_wipe(b))
            archived = _archived(b)
            assert archived == DUE, f"{archived} of {DUE} due orders archived"
            seal_only.append(time_seal_only(DUE))
            shutil.rmtree(a)
            shutil.rmtree(b)
    off, on, crypto = median(rule_off), median(rule_on), median(seal_only)
    added = on - off
    spread = f"  (rounds: off {min(rule_off):.2f}-{max(rule_off):.2f} s, on {min(rule_on):.2f}-{max(rule_on):.2f} s)"
    return [
        report("wipe 20k due, tax rule on (all sealed)", on, off, "s", "none set")
        + f"  added {added / DUE * 1e6:.0f} us/order"
        + spread,
        f"{'  of which sealing alone, 20k entries':<42} {crypto:10.3f} s      "
        f"{crypto / DUE * 1e6:.0f} us/order, {crypto / added:.0%} of the added {added:.3f} s"
        if added > 0
        else "  (no added time measured)",
    ]


if __name__ == "__main__":
    print("\n".join(run()))
