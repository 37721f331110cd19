"""The retention wipe at scale, and what it costs to open a store when nothing is due.

1. Wiping 20,000 due orders in a 100,000-order store (``apply_retention``: batches, the archive
   and backup hooks, the WAL truncated), beside a raw sqlcipher3 DELETE of the same 20,000
   contact rows with secure_delete on and a checkpoint, on an identical copy. Goal: under 2 s.
2. Opening the same store with nothing due (``open_store``: key, schema check, the wipe's query,
   backups), beside a raw keyed connect and first read (the key derivation). Goal: under 20 ms added.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from common import PASSPHRASE, big_store, median, report

ORDERS = 100_000
DUE = 20_000
PAST = "2000-01-01T00:00:00Z"
#: Every fifth order is due, at every store size.
EVERY = ORDERS // DUE


def _copy(source: Path, folder: Path) -> Path:
    target = folder / "data"
    shutil.copytree(source, target)
    return target


def _make_due(data_dir: Path, every: int = EVERY) -> list[str]:
    """Put the deadline of every ``every``-th order in the past (as if 20,000 of 100,000 were
    delivered long ago)."""
    import sqlcipher3

    conn = sqlcipher3.connect(str(data_dir / "store.db"), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    ids = [r[0] for r in conn.execute("SELECT order_id FROM orders ORDER BY order_id")][::every]
    conn.execute("BEGIN")
    conn.executemany(
        "UPDATE orders SET retention_deadline = ? WHERE order_id = ?", [(PAST, i) for i in ids]
    )
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return ids


def time_app_wipe(data_dir: Path, due: int = DUE) -> float:
    from seller_desktop.core.base.clock import SystemClock
    from seller_desktop.core.privacy.retention import apply_retention
    from seller_desktop.core.store.connection import connect, enable_wal
    from seller_desktop.core.store.store import Store

    conn = connect(data_dir / "store.db", PASSPHRASE)
    enable_wal(conn)
    store = Store(conn, data_dir / "store.db", SystemClock())
    start = time.perf_counter()
    result = apply_retention(store, SystemClock())
    elapsed = time.perf_counter() - start
    store.close()
    assert result.count == due and result.failed is None, (result.count, result.failed)
    return elapsed


def time_raw_delete(data_dir: Path, ids: list[str]) -> float:
    import sqlcipher3

    conn = sqlcipher3.connect(str(data_dir / "store.db"), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("DELETE FROM contact_details WHERE order_id = ?", [(i,) for i in ids])
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def time_open(data_dir: Path) -> float:
    from seller_desktop.core.base.clock import SystemClock
    from seller_desktop.core.session import open_store
    from seller_desktop.paths import resolve_paths

    start = time.perf_counter()
    opened = open_store(resolve_paths(data_dir), PASSPHRASE, SystemClock())
    elapsed = time.perf_counter() - start
    assert opened.wipe_report.count == 0
    opened.store.close()
    return elapsed


def time_raw_open(data_dir: Path) -> float:
    import sqlcipher3

    start = time.perf_counter()
    conn = sqlcipher3.connect(str(data_dir / "store.db"), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def run(rounds: int = 3) -> list[str]:
    source = big_store(ORDERS)
    app_wipe, raw_wipe, app_open, raw_open = [], [], [], []
    with tempfile.TemporaryDirectory(prefix="sd-bench-wipe-") as folder:
        for n in range(rounds):
            a = _copy(source, Path(folder) / f"a{n}")
            b = _copy(source, Path(folder) / f"b{n}")
            ids = _make_due(a)
            _make_due(b)
            raw_wipe.append(time_raw_delete(b, ids))
            app_wipe.append(time_app_wipe(a))
            # Nothing is due now in `a`: the cost of the wipe's check at every open.
            raw_open.append(time_raw_open(a))
            app_open.append(time_open(a))
            shutil.rmtree(a)
            shutil.rmtree(b)
    added_ms = (median(app_open) - median(raw_open)) * 1000
    return [
        report(
            "wipe 20k due orders in a 100k store", median(app_wipe), median(raw_wipe), "s", "< 2 s"
        ),
        report(
            "open with nothing due (100k orders)",
            median(app_open),
            median(raw_open),
            "s",
            "< 20 ms added",
        )
        + f"  added {added_ms:.1f} ms",
    ]


if __name__ == "__main__":
    print("\n".join(run()))
