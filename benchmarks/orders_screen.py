"""The Orders screen on a 100,000-order store: time to first paint, and per-keystroke filter latency.

First paint: from building the ``OrdersPage`` (model count included) to the end of the table's
first paint. Baseline, same run: a QTableView over a QStandardItemModel holding one page (200 rows)
of the same orders, read with ``list_orders`` — the least any table of these orders costs.

Keystroke latency: for each character of a search typed into the search field, from the key event
to the model reset (count + first page) and a synchronous repaint of the table. The ~150 ms
debounce is a deliberate pause for fast typists, not work, so it is skipped here (the filter is
applied right after the key event). Baseline, same run: a plain SQL LIKE count of the same text
over order ids, SKUs and product names — what a naive search would run per keystroke, painting
nothing. Goal for both figures: under 100 ms.
"""

from __future__ import annotations

import os
import sys
import time

from common import PASSPHRASE, big_store, median, report

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # measured without a screen, like the tests

ORDERS = 100_000
SEARCHES = ("grinder", "12345")


def _app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


def _first_paint_app(store) -> float:
    from seller_desktop.ui.orders.page.page import OrdersPage

    start = time.perf_counter()
    page = OrdersPage(store)
    page.resize(1200, 800)
    page.show()
    page.grab()  # paints the whole page synchronously, as the screen would
    elapsed = time.perf_counter() - start
    assert page.model.pages_fetched >= 1, "the table painted no rows"
    page.close()
    page.deleteLater()
    return elapsed


def _first_paint_baseline(store) -> float:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from seller_desktop.core.orders.repository import list_orders

    start = time.perf_counter()
    orders = list_orders(store, 0, 200)
    model = QStandardItemModel(len(orders), 8)
    for row, order in enumerate(orders):
        for column, text in enumerate(
            (
                order.order_id,
                order.purchased_at,
                order.marketplace,
                order.status,
                ", ".join(i.sku for i in order.items),
                order.latest_ship_date or "",
                "",
                order.retention_deadline,
            )
        ):
            model.setItem(row, column, QStandardItem(text))
    view = QTableView()
    view.setModel(model)
    view.resize(1200, 800)
    view.show()
    view.grab()
    elapsed = time.perf_counter() - start
    view.close()
    view.deleteLater()
    return elapsed


def _keystrokes_app(store, text: str) -> list[float]:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from seller_desktop.ui.orders.page.page import OrdersPage

    page = OrdersPage(store)
    page.resize(1200, 800)
    page.show()
    page.grab()
    times = []
    for ch in text:
        start = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                page.search, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )
        page.apply_filter()  # what the debounce timer runs
        page.table.viewport().grab()  # the table repainted with the new rows
        times.append(time.perf_counter() - start)
    page.close()
    page.deleteLater()
    return times


def _keystrokes_baseline(store, text: str) -> list[float]:
    times = []
    for n in range(1, len(text) + 1):
        like = f"%{text[:n]}%"
        start = time.perf_counter()
        store.conn.execute(
            "SELECT count(*) FROM orders o WHERE o.order_id LIKE ? OR EXISTS (SELECT 1 FROM order_items i "
            "WHERE i.order_id = o.order_id AND (i.sku LIKE ? OR i.product_name LIKE ?))",
            (like, like, like),
        ).fetchone()
        times.append(time.perf_counter() - start)
    return times


def run(rounds: int = 5) -> list[str]:
    from seller_desktop.core.session import open_store
    from seller_desktop.paths import resolve_paths

    data_dir = big_store(ORDERS)
    _app()
    opened = open_store(resolve_paths(data_dir), PASSPHRASE)
    store = opened.store
    try:
        cold_app = _first_paint_app(store)  # the first one reads pages from disk: reported apart
        cold_base = _first_paint_baseline(store)
        app_paint, base_paint = [], []
        for _ in range(rounds):
            base_paint.append(_first_paint_baseline(store))
            app_paint.append(_first_paint_app(store))
        lines = [
            report(
                "Orders page first paint, 100k (first)",
                cold_app * 1000,
                cold_base * 1000,
                "ms",
                "< 100 ms",
            ),
            report(
                "Orders page first paint, 100k (median)",
                median(app_paint) * 1000,
                median(base_paint) * 1000,
                "ms",
                "< 100 ms",
            ),
        ]
        for text in SEARCHES:
            app_keys, base_keys = [], []
            for _ in range(max(1, rounds // 2)):
                base_keys += _keystrokes_baseline(store, text)
                app_keys += _keystrokes_app(store, text)
            lines.append(
                report(
                    f"keystroke to repaint '{text}' (median)",
                    median(app_keys) * 1000,
                    median(base_keys) * 1000,
                    "ms",
                    "< 100 ms",
                )
            )
            lines.append(
                report(
                    f"keystroke to repaint '{text}' (worst)",
                    max(app_keys) * 1000,
                    max(base_keys) * 1000,
                    "ms",
                    "< 100 ms",
                )
            )
        return lines
    finally:
        store.close()


if __name__ == "__main__":
    print("\n".join(run(int(sys.argv[1]) if len(sys.argv) > 1 else 5)))
