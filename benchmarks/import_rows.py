"""Importing an Amazon order report (UTF-8): speed beside a plain executemany, at every store
size, and peak memory.

- Rows/s of ``import_file`` on a fresh store, a 50,000-row report (25,000 orders). Floor, in the
  same run: the least any importer must do with the same file — read it, split lines and tabs,
  and ``executemany`` the rows into three plain tables (orders, items, contact details: the same
  columns, their primary keys, no other index, no trigger) of a fresh keyed SQLCipher store in one
  transaction, with raw sqlcipher3. Store creation (key derivation, SQLCipher 4's default) is
  outside both timings. Goal: at least half the floor's rate.
- µs per row importing 20,000 rows into stores already holding 10k, 100k and 500k orders
  (``common.big_store``, copied per round); goal: at 500k within 1.2x of at 10k.
- Peak RSS (Linux's VmHWM) of a process that opens a fresh store and imports 100,000 rows, beside the same
  process's peak before the import; goal: under 200 MB.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import PASSPHRASE, ROOT, big_store, median, report, scaling

sys.path.insert(0, str(ROOT / "tests"))

ROWS = 50_000
SCALING_ROWS = 20_000
RSS_ROWS = 100_000
SIZES = (10_000, 100_000, 500_000)


def make_report(folder: Path, rows: int) -> Path:
    from fixtures.make_reports import big_report

    path = folder / f"orders-{rows}.txt"
    path.write_bytes(big_report(rows // 2, items_per_order=2))
    return path


def time_import(store, report_path: Path, rows: int) -> float:
    from seller_desktop.core.importers.report_import import import_file

    start = time.perf_counter()
    summary = import_file(store, report_path)
    elapsed = time.perf_counter() - start
    assert summary.new == rows // 2 and summary.items == rows, summary.describe()
    return elapsed


def time_app(report_path: Path, folder: Path) -> float:
    from seller_desktop.core.base.clock import SystemClock
    from seller_desktop.core.session import create_store
    from seller_desktop.core.settings import Settings
    from seller_desktop.paths import resolve_paths

    opened = create_store(resolve_paths(folder / "app"), PASSPHRASE, Settings(), SystemClock())
    try:
        return time_import(opened.store, report_path, ROWS)
    finally:
        opened.store.close()


_ORDER = (
    "order-id purchase-date ship-service-level currency latest-ship-date latest-delivery-date "
    "ship-country ship-state"
).split()
_ITEM = (
    "order-item-id order-id sku product-name quantity-purchased item-price item-tax "
    "shipping-price shipping-tax"
).split()
_PLAIN_TABLES = (
    "CREATE TABLE orders (order_id TEXT PRIMARY KEY, purchased_at TEXT, ship_service TEXT, "
    "currency TEXT, latest_ship_date TEXT, latest_delivery_date TEXT, ship_country TEXT, "
    "ship_region TEXT, marketplace TEXT, retention_deadline TEXT, source TEXT, created_at TEXT, "
    "updated_at TEXT)",
    "CREATE TABLE order_items (order_item_id TEXT PRIMARY KEY, order_id TEXT, sku TEXT, "
    "product_name TEXT, quantity INTEGER, item_price TEXT, item_tax TEXT, shipping_price TEXT, "
    "shipping_tax TEXT)",
)


def time_floor(report_path: Path, folder: Path) -> float:
    import sqlcipher3
    from fixtures.make_reports import CONTACT_OF

    conn = sqlcipher3.connect(str(folder / "floor.db"), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute("PRAGMA journal_mode = WAL").fetchall()
    for statement in _PLAIN_TABLES:
        conn.execute(statement)
    contact_columns = ", ".join(CONTACT_OF.values())
    conn.execute(f"CREATE TABLE contact_details (order_id TEXT PRIMARY KEY, {contact_columns})")
    start = time.perf_counter()
    lines = report_path.read_bytes().decode("utf-8").split("\n")
    at = {name: i for i, name in enumerate(lines[0].split("\t"))}
    o, i, c = ([at[n] for n in names] for names in (_ORDER, _ITEM, list(CONTACT_OF)))
    orders, items, contacts, seen = [], [], [], set()
    for line in lines[1:]:
        if not line:
            continue
        f = line.split("\t")
        oid = f[o[0]]
        if oid not in seen:
            seen.add(oid)
            orders.append((*(f[k] for k in o), "DE", "2099-01-01T00:00:00Z", "report", "n", "n"))
            contacts.append((oid, *(f[k] or None for k in c)))
        items.append((*(f[k] for k in i[:4]), int(f[i[4]]), *(f[k] for k in i[5:])))
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(f"INSERT INTO orders VALUES ({', '.join('?' * 13)})", orders)
    conn.executemany(f"INSERT INTO order_items VALUES ({', '.join('?' * 9)})", items)
    conn.executemany(
        f"INSERT INTO contact_details VALUES ({', '.join('?' * (len(CONTACT_OF) + 1))})",
        contacts,
    )
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def time_into_big_store(orders: int, report_path: Path, folder: Path) -> float:
    """Seconds to import ``report_path`` into a copy of the store holding ``orders`` orders."""
    from seller_desktop.core.base.clock import SystemClock
    from seller_desktop.core.session import open_store
    from seller_desktop.paths import resolve_paths

    copy = folder / f"big-{orders}"
    shutil.copytree(big_store(orders), copy)
    opened = open_store(resolve_paths(copy), PASSPHRASE, SystemClock())
    try:
        return time_import(opened.store, report_path, SCALING_ROWS)
    finally:
        opened.store.close()
        shutil.rmtree(copy)


# VmHWM, not ru_maxrss: Linux carries ru_maxrss across exec, so the child would report the
# parent's peak (the benchmark's own reports in memory).
_RSS_CHILD = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from seller_desktop.core.base.clock import SystemClock
from seller_desktop.core.importers.report_import import import_file
from seller_desktop.core.session import create_store
from seller_desktop.core.settings import Settings
from seller_desktop.paths import resolve_paths
opened = create_store(resolve_paths(Path(sys.argv[2])), sys.argv[4], Settings(), SystemClock())
def peak():
    return [line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM")][0]
before = peak()
import_file(opened.store, Path(sys.argv[1]))
print(before, peak())
"""


def peak_rss(report_path: Path, folder: Path) -> tuple[float, float]:
    """(MB before the import, MB at the peak) of a fresh process importing the report."""
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            _RSS_CHILD,
            str(report_path),
            str(folder / "rss"),
            str(ROOT),
            PASSPHRASE,
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return int(out[0]) / 1024, int(out[1]) / 1024


def run(rounds: int = 5) -> list[str]:
    app, floor = [], []
    per_row: dict[int, list[float]] = {n: [] for n in SIZES}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        report_path = make_report(folder, ROWS)
        scaling_report = make_report(folder, SCALING_ROWS)
        for n in range(rounds):
            round_dir = folder / f"round{n}"
            round_dir.mkdir()
            floor.append(ROWS / time_floor(report_path, round_dir))
            app.append(ROWS / time_app(report_path, round_dir))
            for size in SIZES:
                seconds = time_into_big_store(size, scaling_report, round_dir)
                per_row[size].append(seconds / SCALING_ROWS * 1e6)
        rss_report = make_report(folder, RSS_ROWS)
        before, peak = peak_rss(rss_report, folder)
    at = {size: median(values) for size, values in per_row.items()}
    for size, value in at.items():
        scaling("import, µs per row", size, value, "µs")
    lines = [
        report(
            "import 50k-row report (UTF-8), rows/s",
            median(app),
            median(floor),
            "rows/s",
            ">= 0.5x",
        )
    ]
    lines += [
        report(
            f"import µs/row, store of {size // 1000}k vs 10k",
            at[size],
            at[SIZES[0]],
            "µs",
            "<= 1.2x" if size == SIZES[-1] else "(scaling)",
        )
        for size in SIZES[1:]
    ]
    lines.append(report("import 100k rows, peak RSS MB", peak, before, "MB", "< 200 MB"))
    return lines


if __name__ == "__main__":
    print("\n".join(run(int(sys.argv[1]) if len(sys.argv) > 1 else 3)))
