"""Importing a 50,000-row Amazon order report (UTF-8) into a fresh store, in rows per second.

Baseline, in the same run: the least any importer must do with the same file — read it, split
lines and tabs, and ``executemany`` the rows into the same three tables (orders, items, contact
details; the same schema and indexes) of a fresh keyed SQLCipher store in one transaction, with
raw sqlcipher3. The app's side is ``import_file`` on a fresh store: encoding choice, report
recognition, validation, dates to UTC, merge against the store, idempotence checks. Store creation
(key derivation) is outside both timings. Goal: at least half the baseline's rate.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, median, report

sys.path.insert(0, str(ROOT / "tests"))

ROWS = 50_000
PASSPHRASE = "benchmark passphrase 123"


def make_report(folder: Path) -> Path:
    from fixtures.make_reports import big_report

    path = folder / "orders-50000.txt"
    path.write_bytes(big_report(ROWS // 2, items_per_order=2))
    return path


def time_app(report_path: Path, folder: Path) -> float:
    from seller_desktop.core.base.clock import SystemClock
    from seller_desktop.core.importers.report_import import import_file
    from seller_desktop.core.session import create_store
    from seller_desktop.core.settings import Settings
    from seller_desktop.paths import resolve_paths

    opened = create_store(resolve_paths(folder / "app"), PASSPHRASE, Settings(), SystemClock())
    try:
        start = time.perf_counter()
        summary = import_file(opened.store, report_path)
        elapsed = time.perf_counter() - start
        assert summary.new == ROWS // 2 and summary.items == ROWS, summary.describe()
    finally:
        opened.store.close()
    return elapsed


def time_baseline(report_path: Path, folder: Path) -> float:
    import sqlcipher3
    from fixtures.make_reports import CONTACT_OF

    from seller_desktop.core.store.migrations import MIGRATIONS, _statements

    path = folder / "baseline.db"
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute("PRAGMA journal_mode = WAL").fetchall()
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    for migration in MIGRATIONS:
        for statement in _statements(migration.sql):
            conn.execute(statement)
    start = time.perf_counter()
    lines = report_path.read_bytes().decode("utf-8").split("\n")
    at = {name: i for i, name in enumerate(lines[0].split("\t"))}
    o = [
        at[c]
        for c in (
            "order-id",
            "purchase-date",
            "ship-service-level",
            "currency",
            "latest-ship-date",
            "latest-delivery-date",
            "ship-country",
            "ship-state",
        )
    ]
    i = [
        at[c]
        for c in (
            "order-item-id",
            "order-id",
            "sku",
            "product-name",
            "quantity-purchased",
            "item-price",
            "item-tax",
            "shipping-price",
            "shipping-tax",
        )
    ]
    c = [at[c] for c in CONTACT_OF]
    orders, items, contacts, seen = [], [], [], set()
    for line in lines[1:]:
        if not line:
            continue
        f = line.split("\t")
        oid = f[o[0]]
        if oid not in seen:
            seen.add(oid)
            orders.append(
                (*(f[k] for k in o), "DE", "2099-01-01T00:00:00Z", "report", "now", "now")
            )
            contacts.append((oid, *(f[k] or None for k in c)))
        items.append((*(f[k] for k in i[:4]), int(f[i[4]]), *(f[k] for k in i[5:])))
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        "INSERT INTO orders (order_id, purchased_at, ship_service, currency, latest_ship_date, "
        "latest_delivery_date, ship_country, ship_region, marketplace, retention_deadline, source, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        orders,
    )
    conn.executemany(
        "INSERT INTO order_items (order_item_id, order_id, sku, product_name, quantity, item_price, "
        "item_tax, shipping_price, shipping_tax) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        items,
    )
    conn.executemany(
        f"INSERT INTO contact_details (order_id, {', '.join(CONTACT_OF.values())}) "
        f"VALUES ({', '.join('?' * (len(CONTACT_OF) + 1))})",
        contacts,
    )
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def run(rounds: int = 5) -> list[str]:
    app, base = [], []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        report_path = make_report(folder)
        for n in range(rounds):
            round_dir = folder / f"round{n}"
            round_dir.mkdir()
            base.append(ROWS / time_baseline(report_path, round_dir))
            app.append(ROWS / time_app(report_path, round_dir))
    return [
        report(
            "import 50k-row report (UTF-8), rows/s", median(app), median(base), "rows/s", ">= 0.5x"
        )
    ]


if __name__ == "__main__":
    print("\n".join(run(int(sys.argv[1]) if len(sys.argv) > 1 else 3)))
