"""The wipe with the tax rule on, at start: the sealing runs on the open's worker thread behind
the progress dialog, and the window's event loop keeps turning while it seals (no timing
assertion: the worker waits in the middle of the wipe for the GUI thread to answer)."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import Qt, QTimer

from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
from seller_desktop.core.orders.repository import save_orders
from seller_desktop.core.privacy.archive import init_archive, list_entries
from seller_desktop.core.privacy.archive import sealing as sealing_module
from seller_desktop.core.privacy.retention import WIPE_BATCH
from seller_desktop.core.settings import load_settings, save_settings
from seller_desktop.ui.app import unlocking as app_module
from seller_desktop.ui.app.controller import AppController

DUE = 2 * WIPE_BATCH + 200


def _order(n: int) -> tuple[Order, ContactDetails]:
    order = Order(
        order_id=f"302-{n:07d}-0000000",
        marketplace="DE",
        purchased_at="2026-11-20T08:00:00Z",
        status="shipped",
        shipped_on="2026-11-21",
        items=[OrderItem(order_item_id=f"i-{n}", sku="MUG-WHT", quantity=1)],
    )
    return order, ContactDetails(buyer_name="Jürgen Groß", bill_city="München")


def test_the_sealing_wipe_runs_on_the_worker_behind_the_dialog_and_the_window_answers(
    qtbot, opened, paths, passphrase, clock, monkeypatch
):
    store = opened.store
    save_orders(store, [_order(n) for n in range(DUE)])
    save_settings(store, replace(load_settings(store), tax_archive_marketplaces=("DE",)))
    init_archive(store, "archive passphrase kept apart")
    store.close()
    clock.advance(timedelta(days=30))

    # The GUI thread answers a question asked from the middle of the wipe only if its event loop
    # runs: a wipe on the GUI thread (or one that blocked it) would leave it unanswered.
    asked, answered = threading.Event(), threading.Event()
    pulse = QTimer()
    pulse.setInterval(10)
    pulse.timeout.connect(lambda: asked.is_set() and answered.set())
    pulse.start()
    on_gui_thread: list[bool] = []
    answers: list[bool] = []
    real_seal = sealing_module.Sealer.seal

    def seal_spy(self, order_id, plaintext):
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        if len(on_gui_thread) == WIPE_BATCH + 1 and not on_gui_thread[-1]:  # the second batch
            asked.set()
            answers.append(answered.wait(30))  # a guard against a hang, not a timing
        return real_seal(self, order_id, plaintext)

    monkeypatch.setattr(sealing_module.Sealer, "seal", seal_spy)
    shown: list[tuple[int, int, bool]] = []

    class Recorded(app_module.WipeProgressDialog):
        def set_progress(self, done, due):
            super().set_progress(done, due)
            shown.append((done, due, self.isVisible()))

    monkeypatch.setattr(app_module, "WipeProgressDialog", Recorded)
    controller = AppController(paths, clock=clock, wipe_progress_threshold=100)
    try:
        controller.start()
        dialog = controller.unlock_dialog
        qtbot.keyClicks(dialog.passphrase, passphrase)
        with qtbot.waitSignal(controller.unlocked, timeout=60000):
            qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        pulse.stop()

        assert len(on_gui_thread) == DUE and not any(on_gui_thread)  # sealed on the worker
        assert answers == [True]  # the window's event loop turned in the middle of the wipe
        # The dialog showed the wipe's progress batch by batch, while it was on screen.
        steps = [(done, due) for done, due, visible in shown if due and visible]
        assert (WIPE_BATCH, DUE) in steps and (DUE, DUE) in steps
        assert controller.wipe_progress is None  # closed before the main window came
        assert controller.main_window.isVisible()
        assert controller.opened.wipe_report.count == DUE
        assert len(list_entries(controller.opened.store)) == DUE
    finally:
        controller.shutdown()
