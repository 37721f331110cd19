"""One store operation in a process of its own, for ``test_fault_kills.py`` to SIGKILL at a random point.

    python tests/fault_driver.py OPERATION WORKDIR

``WORKDIR`` holds ``spec.json`` (written by the test when it built the store), the data folder
``data/`` and the files from outside it (``outside/``: a report to import, a backup to restore).
The driver prints ``START`` before it touches the store, ``STEP …`` as the operation goes (wipe
batches, import chunks), and ``DONE`` once the operation has returned and the store is closed: a
kill after ``DONE`` did not land mid-operation. Nothing of the orders is ever printed.

The functions ``build_*`` make the stores the operations run on; the test calls them in-process
(once per session), so the store layouts live next to the operations that use them.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PASSPHRASE = "fault passphrase one"
NEW_PASSPHRASE = "fault passphrase two"
ARCHIVE_PASSPHRASE = "fault archive passphrase"
FIXTURE_PASSPHRASE = "schema fixture passphrase"  # tests/stores/v*.db
#: The day the stores are built (the tests' usual clock) and the day of the wipe (orders shipped
#: on 2026-11-10 are due from 2026-12-11).
T0 = datetime(2026, 11, 28, 12, 0, tzinfo=timezone.utc)
T1 = datetime(2026, 12, 20, 12, 0, tzinfo=timezone.utc)
#: Contact strings: every due order's details contain WIPE_MARK, every order wiped or erased
#: before the operation GONE_MARK, every order that keeps its details KEEP_MARK.
WIPE_MARK = "Wipeme"
GONE_MARK = "Gonebefore"
KEEP_MARK = "Keeper"


def say(line: str) -> None:
    print(line, flush=True)


def clock(at: datetime):
    from seller_desktop.core.base.clock import FixedClock

    return FixedClock(at)


# --- the operations (run in the child process) ---------------------------------------------------


def run(operation: str, work: Path) -> None:
    from seller_desktop.paths import resolve_paths

    spec = json.loads((work / "spec.json").read_text())
    paths = resolve_paths(work / "data")
    say("START")
    OPERATIONS[operation](paths, work, spec)
    say("DONE")


def op_import(paths, work: Path, spec: dict) -> None:
    from seller_desktop.core.importers.report_import import import_steps
    from seller_desktop.core.session import open_store

    opened = open_store(paths, PASSPHRASE, clock(T0))
    for progress in import_steps(opened.store, work / "outside" / "report.txt"):
        say(f"STEP {progress.done} {progress.total}")
    opened.store.close()


def op_wipe(paths, work: Path, spec: dict) -> None:
    from seller_desktop.core.session import open_store

    opened = open_store(
        paths, PASSPHRASE, clock(T1), progress=lambda done, due: say(f"STEP {done} {due}")
    )
    opened.store.close()


def op_migrate(paths, work: Path, spec: dict) -> None:
    from seller_desktop.core.session import open_store

    opened = open_store(paths, FIXTURE_PASSPHRASE, clock(T0))
    opened.store.close()


def op_passphrase(paths, work: Path, spec: dict) -> None:
    """With ``FAULT_EXIT_AT=N`` the process dies (``os._exit``, as abrupt as SIGKILL) at a chosen
    step instead of a random moment: N = 0 just before the store's rekey, N >= 1 at the N-th
    backup put in place after it."""
    from seller_desktop.core import passphrase as module
    from seller_desktop.core.session import open_store

    opened = open_store(paths, PASSPHRASE, clock(T0))
    say("STEP opened")
    exit_at = os.environ.get("FAULT_EXIT_AT")
    if exit_at is not None:
        _exit_at_step(opened.store, int(exit_at))
    module.change_passphrase(opened.store, PASSPHRASE, NEW_PASSPHRASE)
    opened.store.close()


def _exit_at_step(store, n: int) -> None:
    if n == 0:
        store.rekey = lambda new: os._exit(137)
        return
    calls = []
    real = os.replace

    def replace(src, dst):
        calls.append(dst)
        if len(calls) == n:
            os._exit(137)
        real(src, dst)

    os.replace = replace  # this process only, and it dies: only the change renames anything now


def op_backup(paths, work: Path, spec: dict) -> None:
    from seller_desktop.core.privacy.backups import back_up, daily_backup
    from seller_desktop.core.session import open_store

    opened = open_store(paths, PASSPHRASE, clock(T0))
    back_up(opened.store, paths.backups / "manual-fault.db", paths.backups)
    say("STEP manual")
    daily_backup(opened.store, paths, clock(T0))
    opened.store.close()


def op_restore(paths, work: Path, spec: dict) -> None:
    from seller_desktop.core.privacy.backups import restore
    from seller_desktop.core.session import open_store

    restore(work / "outside" / "backup.db", paths, PASSPHRASE, replace=True, clock=clock(T0))
    say("STEP restored")
    opened = open_store(paths, PASSPHRASE, clock(T0))
    opened.store.close()


OPERATIONS = {
    "import": op_import,
    "wipe": op_wipe,
    "migrate": op_migrate,
    "passphrase": op_passphrase,
    "backup": op_backup,
    "restore": op_restore,
}


# --- building the stores (in the test process) ---------------------------------------------------


def order_id(n: int) -> str:
    return f"{300 + n % 700:03d}-{1000000 + n:07d}-{2000000 + n:07d}"


def _order(
    n: int, mark: str, *, shipped_on: str | None, purchased: str, market: str, items: int = 2
):
    from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem

    oid = order_id(n)
    order = Order(
        order_id=oid,
        marketplace=market,
        purchased_at=purchased,
        status="shipped" if shipped_on else "unshipped",
        shipped_on=shipped_on,
        currency="EUR",
        ship_country=market,
        items=[
            OrderItem(
                order_item_id=f"{oid}-{k}", sku=f"SKU-{k}", quantity=1 + k, product_name=f"Mug {k}"
            )
            for k in range(items)
        ],
    )
    contact = ContactDetails(
        buyer_name=f"{mark} Buyer {n:06d}",
        buyer_email=f"{mark.lower()}{n:06d}@example.invalid",
        recipient_name=f"{mark} Empfänger {n:06d}",
        ship_address_1=f"{mark}straße {n}",
        ship_city="Köln",
        ship_postal_code="50667",
        bill_name=f"{mark} Rechnung {n:06d}",
        bill_address_1=f"{mark}weg {n}",
        bill_city="Köln",
        bill_country="DE",
    )
    return order, contact


def kept_orders(start: int, count: int):
    """Still to ship, bought three days before T0: they keep their details past T1."""
    for n in range(start, start + count):
        yield _order(
            n,
            KEEP_MARK,
            shipped_on=None,
            purchased="2026-11-25T09:00:00Z",
            market="DE" if n % 2 else "FR",
        )


def shipped_orders(start: int, count: int, mark: str, shipped_on: str):
    for n in range(start, start + count):
        yield _order(
            n,
            mark,
            shipped_on=shipped_on,
            purchased="2026-08-01T09:00:00Z" if shipped_on < "2026-09" else "2026-11-08T09:00:00Z",
            market="DE" if n % 2 else "FR",
        )


def _new_store(work: Path, settings=None):
    from seller_desktop.core.session import create_store
    from seller_desktop.core.settings import Settings
    from seller_desktop.paths import resolve_paths

    shutil.rmtree(work, ignore_errors=True)
    (work / "outside").mkdir(parents=True)
    paths = resolve_paths(work / "data")
    settings = settings or Settings(business_name="Fault Shop")
    return paths, create_store(paths, PASSPHRASE, settings, clock(T0)).store


def _write_spec(work: Path, **spec) -> dict:
    (work / "spec.json").write_text(json.dumps(spec, indent=1))
    return spec


def build_wipe(work: Path, due: int) -> dict:
    """``due`` orders shipped 2026-11-10 (due at T1; half of them on DE, under the tax-archive
    rule), 200 wiped at T0 already (shipped in August), 100 kept; a daily backup holding the due
    orders' details."""
    from seller_desktop.core.orders.repository import save_orders
    from seller_desktop.core.privacy.archive import init_archive
    from seller_desktop.core.privacy.backups import daily_backup
    from seller_desktop.core.session import open_store
    from seller_desktop.core.settings import Settings

    settings = Settings(business_name="Fault Shop", tax_archive_marketplaces=("DE",))
    paths, store = _new_store(work, settings)
    init_archive(store, ARCHIVE_PASSPHRASE, store_passphrase=PASSPHRASE)
    save_orders(store, kept_orders(0, 100))
    save_orders(store, shipped_orders(100, 200, GONE_MARK, "2026-08-02"))
    save_orders(store, shipped_orders(1000, due, WIPE_MARK, "2026-11-10"))
    store.close()
    opened = open_store(paths, PASSPHRASE, clock(T0))  # wipes the August orders
    assert opened.wipe_report.count == 200, opened.wipe_report
    daily_backup(opened.store, paths, clock(T0))
    opened.store.close()
    return _write_spec(
        work,
        kept=[order_id(n) for n in range(100)],
        gone=[order_id(n) for n in range(100, 300)],
        due=[order_id(n) for n in range(1000, 1000 + due)],
        archived=[order_id(n) for n in [*range(100, 300), *range(1000, 1000 + due)] if n % 2],
    )


def build_import(work: Path, orders: int) -> dict:
    """A store holding the first 20 orders of ``big_report`` (the first 5 erased since), and a
    report of ``orders`` orders (2 items each) that includes those 20 again."""
    from fixtures.make_reports import big_report, order_id_of

    from seller_desktop.core.importers.report_import import import_file
    from seller_desktop.core.privacy.backups import daily_backup
    from seller_desktop.core.privacy.erasure import erase_orders

    paths, store = _new_store(work)
    (work / "outside" / "first.txt").write_bytes(big_report(20))
    import_file(store, work / "outside" / "first.txt", clock=clock(T0))
    erased = [order_id_of(n) for n in range(1, 6)]
    assert erase_orders(store, erased, clock(T0)) == sorted(erased)
    daily_backup(store, paths, clock(T0))
    store.close()
    (work / "outside" / "report.txt").write_bytes(big_report(orders))
    return _write_spec(
        work,
        before=[order_id_of(n) for n in range(1, 21)],
        erased=erased,
        erased_phones=[f"+49 30 {n:07d}" for n in range(1, 6)],
        kept_phone=f"+49 30 {6:07d}",
        report=[order_id_of(n) for n in range(1, orders + 1)],
    )


def build_migrate(work: Path, version: int, copies: int) -> dict:
    """``tests/stores/v{version}.db`` with each of its orders copied ``copies`` times (new ids,
    the same rows otherwise), so the migrations and the backup before them take a while."""
    import sqlcipher3

    shutil.rmtree(work, ignore_errors=True)
    (work / "data").mkdir(parents=True)
    (work / "outside").mkdir()
    store = work / "data" / "store.db"
    shutil.copyfile(ROOT / "tests" / "stores" / f"v{version}.db", store)
    conn = sqlcipher3.connect(str(store), isolation_level=None)
    conn.execute(f"PRAGMA key = '{FIXTURE_PASSPHRASE}'")
    conn.execute("BEGIN")
    conn.execute(
        f"CREATE TEMP TABLE k AS WITH RECURSIVE s(k) AS (SELECT 1 UNION ALL "
        f"SELECT k + 1 FROM s WHERE k < {int(copies)}) SELECT k FROM s"
    )
    for table, renamed in (
        ("orders", {"order_id"}),
        ("contact_details", {"order_id"}),
        ("order_items", {"order_id", "order_item_id"}),
    ):
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
        values = [f"{c} || '-' || k" if c in renamed else c for c in columns]
        conn.execute(
            f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(values)} "
            f"FROM {table} AS t, k WHERE t.order_id NOT LIKE '%-%-%-%'"
        )
    conn.execute("COMMIT")
    orders = {
        oid: items
        for oid, items in conn.execute(
            "SELECT o.order_id, (SELECT count(*) FROM order_items i WHERE i.order_id = o.order_id) "
            "FROM orders o"
        )
    }
    contact = [row[0] for row in conn.execute("SELECT order_id FROM contact_details")]
    conn.close()
    return _write_spec(work, version=version, orders=orders, contact=contact)


def build_passphrase(work: Path, orders: int) -> dict:
    """``orders`` orders with details and three backups in backups/ (a daily one, two more)."""
    from seller_desktop.core.orders.repository import save_orders
    from seller_desktop.core.privacy.backups import back_up, daily_backup

    paths, store = _new_store(work)
    save_orders(store, kept_orders(0, orders))
    daily_backup(store, paths, clock(T0 - timedelta(days=1)))
    for name in ("manual-1.db", "manual-2.db"):
        back_up(store, paths.backups / name, paths.backups)
    store.close()
    return _write_spec(work, kept=[order_id(n) for n in range(orders)])


def build_backup(work: Path, orders: int) -> dict:
    """``orders`` orders with details, 200 wiped before (no backup may hold theirs), no backup yet."""
    from seller_desktop.core.orders.repository import save_orders
    from seller_desktop.core.session import open_store

    paths, store = _new_store(work)
    save_orders(store, kept_orders(0, orders))
    save_orders(store, shipped_orders(orders, 200, GONE_MARK, "2026-08-02"))
    store.close()
    opened = open_store(paths, PASSPHRASE, clock(T0))
    assert opened.wipe_report.count == 200
    opened.store.close()
    return _write_spec(
        work,
        kept=[order_id(n) for n in range(orders)],
        gone=[order_id(n) for n in range(orders, orders + 200)],
    )


def build_restore(work: Path, orders: int) -> dict:
    """``orders`` kept orders and 100 more; a backup of them all written outside the data folder
    (the seller's file: it keeps the 100 orders' details); then those 100 erased in the store,
    and a daily backup in backups/."""
    from seller_desktop.core.orders.repository import save_orders
    from seller_desktop.core.privacy.backups import back_up, daily_backup
    from seller_desktop.core.privacy.erasure import erase_orders

    paths, store = _new_store(work)
    save_orders(store, kept_orders(0, orders))
    save_orders(
        store,
        (
            _order(n, GONE_MARK, shipped_on=None, purchased="2026-11-25T09:00:00Z", market="DE")
            for n in range(orders, orders + 100)
        ),
    )
    back_up(store, work / "outside" / "backup.db")
    erased = [order_id(n) for n in range(orders, orders + 100)]
    erase_orders(store, erased, clock(T0))
    daily_backup(store, paths, clock(T0))
    store.close()
    return _write_spec(work, kept=[order_id(n) for n in range(orders)], gone=erased)


if __name__ == "__main__":
    run(sys.argv[1], Path(sys.argv[2]))
