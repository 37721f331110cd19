"""Killing the process in the middle of a wipe of 10,000 orders leaves a store that opens, and the
next open finishes the wipe."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

from seller_desktop.core.base.clock import FixedClock
from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
from seller_desktop.core.orders.repository import save_orders
from seller_desktop.core.session import open_store

ROOT = Path(__file__).resolve().parent.parent
ORDERS = 10_000


def _orders():
    for n in range(ORDERS):
        yield (
            Order(
                order_id=f"kill-{n:05d}",
                marketplace="DE",
                purchased_at="2026-10-01T10:00:00Z",
                status="shipped",
                shipped_on="2026-10-02",
                items=[OrderItem(order_item_id=f"kill-{n:05d}-1", sku="S", quantity=1)],
            ),
            ContactDetails(recipient_name=f"Käufer Nummer {n:05d}", ship_city="Köln"),
        )


def test_sigkill_mid_wipe_then_next_open_finishes(opened, paths, passphrase, clock):
    save_orders(opened.store, _orders())  # deadline 2026-11-01: all due at the fixture's 11-28,
    opened.store.close()  # but saving does not wipe; the child process does
    later = clock.now()
    script = textwrap.dedent(f"""
        import sys
        from datetime import datetime, timezone
        sys.path.insert(0, {str(ROOT)!r})
        from seller_desktop.core.base.clock import FixedClock
        from seller_desktop.core.privacy.retention import wipe_steps
        from seller_desktop.core.store.connection import connect, enable_wal
        from seller_desktop.core.store.store import Store
        from pathlib import Path
        clock = FixedClock(datetime.fromisoformat({later.isoformat()!r}))
        conn = connect(Path({str(paths.store)!r}), {passphrase!r})
        enable_wal(conn)
        store = Store(conn, Path({str(paths.store)!r}), clock)
        for done, total in wipe_steps(store, clock, batch=200):
            print(done, total, flush=True)
        print("finished", flush=True)
    """)
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    seen = []
    for line in child.stdout:
        seen.append(line.split())
        if len(seen) == 4:  # three batches committed, the fourth on its way
            os.kill(child.pid, signal.SIGKILL)
            break
    child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL
    assert seen[0] == ["0", str(ORDERS)]

    reopened = open_store(paths, passphrase, FixedClock(later + timedelta(seconds=1)))
    conn = reopened.store.conn
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert 0 < len(reopened.wipe_report.wiped_order_ids) < ORDERS  # the rest, finished now
    assert conn.execute("SELECT count(*) FROM contact_details").fetchone()[0] == 0
    assert (
        conn.execute("SELECT count(*) FROM orders WHERE contact_wiped_at IS NULL").fetchone()[0]
        == 0
    )
    assert conn.execute("SELECT count(*) FROM orders").fetchone()[0] == ORDERS
    reopened.store.close()
