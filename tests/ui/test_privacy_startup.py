"""The retention wipe in the GUI: at start before any order row exists (off the GUI thread, with a
progress dialog when many are due), every hour, and after a wake from sleep."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel

from seller_desktop.core import session as session_module
from seller_desktop.core.base.clock import to_iso_utc
from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
from seller_desktop.core.orders.repository import save_orders
from seller_desktop.core.privacy.retention import due_for_wipe
from seller_desktop.ui.app import unlocking as app_module
from seller_desktop.ui.app.controller import AppController
from seller_desktop.ui.orders import table_model as models_module

#: Contact strings of the orders whose deadline passes (none may ever reach a widget or a model).
GONE = {
    "A": (
        "Zoë Lefèvre",
        "8 rue de l'Église",
        "Besançon",
        "zoe.lefevre@example.fr",
        "+33 6 12 34 56 78",
    ),
    "B": ("Jürgen Groß", "Königstraße 12", "München", "juergen@example.de", "Lieferung an Nachbar"),
}
#: An order that keeps its details (positive control: the checks below do see contact details).
KEPT = ("Siobhán O'Connor", "14 Baker Street")


def _order(order_id: str, shipped_on: str) -> Order:
    return Order(
        order_id=order_id,
        marketplace="GB",
        purchased_at="2026-11-20T08:00:00Z",
        status="shipped",
        shipped_on=shipped_on,
        items=[
            OrderItem(
                order_item_id=order_id + "-1", sku="MUG-WHT", quantity=1, product_name="Ceramic mug"
            )
        ],
    )


def _fill(store) -> None:
    save_orders(
        store,
        [
            (
                _order("A", "2026-11-21"),
                ContactDetails(
                    recipient_name=GONE["A"][0],
                    ship_address_1=GONE["A"][1],
                    ship_city=GONE["A"][2],
                    buyer_email=GONE["A"][3],
                    buyer_phone=GONE["A"][4],
                ),
            ),
            (
                _order("B", "2026-11-22"),
                ContactDetails(
                    buyer_name=GONE["B"][0],
                    ship_address_1=GONE["B"][1],
                    ship_city=GONE["B"][2],
                    buyer_email=GONE["B"][3],
                    delivery_instructions=GONE["B"][4],
                ),
            ),
            (
                _order("KEEP", "2026-11-27"),
                ContactDetails(recipient_name=KEPT[0], ship_address_1=KEPT[1]),
            ),
        ],
    )


def _contains_gone(text: str) -> list[str]:
    return [s for strings in GONE.values() for s in strings if s in text]


@pytest.fixture
def make_controller(qtbot, clock):
    made = []

    def make(paths, **kw):
        controller = AppController(paths, clock=clock, **kw)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.shutdown()


def _unlock(qtbot, controller, passphrase: str) -> None:
    dialog = controller.unlock_dialog
    qtbot.keyClicks(dialog.passphrase, passphrase)
    with qtbot.waitSignal(controller.unlocked, timeout=20000):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)


def test_start_after_deadline_wipes_before_any_order_row_exists(
    qtbot, opened, paths, passphrase, clock, make_controller, monkeypatch
):
    _fill(opened.store)
    opened.store.close()
    clock.advance(timedelta(days=25))  # A and B past their deadline (Dec 21/22), KEEP not

    events: list[str] = []
    open_threads: list[str] = []
    real_open = session_module.open_store

    def open_store_spy(*args, **kwargs):
        open_threads.append(threading.current_thread().name)
        opened_again = real_open(*args, **kwargs)
        events.append("open_store returned")
        return opened_again

    monkeypatch.setattr(session_module, "open_store", open_store_spy)

    class CheckedModel(models_module.OrdersTableModel):
        """The orders model as the window builds it, checked at birth and recording every value."""

        seen: list[str] = []

        def __init__(self, store, *args, **kwargs):
            events.append("model created")
            # The wipe has finished: nothing is due and no contact row of A or B is left.
            assert due_for_wipe(store.conn, to_iso_utc(store.clock.now())) == []
            rows = store.conn.execute("SELECT order_id FROM contact_details").fetchall()
            assert rows == [("KEEP",)]
            super().__init__(store, *args, **kwargs)

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            value = super().data(index, role)
            CheckedModel.seen.append(repr(value) + str(getattr(value, "__dict__", "")))
            return value

    import seller_desktop.ui.orders.page.page as orders_page_module

    monkeypatch.setattr(orders_page_module, "OrdersTableModel", CheckedModel)

    controller = make_controller(paths)
    controller.start()
    assert controller.main_window is None
    _unlock(qtbot, controller, passphrase)

    # open_store ran on a worker thread, and the window's model was made after it returned.
    assert open_threads and open_threads[0] != threading.main_thread().name
    assert events == ["open_store returned", "model created"]
    window = controller.main_window
    assert window.isVisible()
    assert controller.opened.wipe_report.wiped_order_ids == ["A", "B"]

    model = window.orders_page.model
    assert model.rowCount() == 3
    roles = list(range(0, 16)) + [int(Qt.ItemDataRole.UserRole) + i for i in range(0, 8)]
    texts = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column, QModelIndex())
            for role in roles:
                value = model.data(index, role)
                texts.append(repr(value) + str(getattr(value, "__dict__", "")))
    everything = "\n".join(texts + CheckedModel.seen)
    assert "KEEP" in everything and "A" in everything
    assert _contains_gone(everything) == []

    # The detail pane, row by row: the kept order shows its address (so the check can see one),
    # the wiped ones show none of theirs.
    pane_texts = {}
    for row in range(model.rowCount()):
        window.orders_page.select_row(row)
        order = model.order_at(row)
        pane_texts[order.order_id] = "\n".join(
            label.text() for label in window.orders_page.detail.findChildren(QLabel)
        )
    assert KEPT[0] in pane_texts["KEEP"]
    assert _contains_gone("\n".join(pane_texts.values())) == []
    assert _contains_gone(window.windowTitle() + window.status_text()) == []
    assert "2 orders" in window.status_text()


def test_many_due_orders_show_the_progress_dialog(
    qtbot, opened, paths, passphrase, clock, make_controller, monkeypatch
):
    orders = [
        (_order(f"D{n:05d}", "2026-11-21"), ContactDetails(recipient_name="Zoë Lefèvre"))
        for n in range(1200)
    ]
    save_orders(opened.store, orders)
    opened.store.close()
    clock.advance(timedelta(days=30))

    shown: list[tuple[int, int, bool]] = []

    class Recorded(app_module.WipeProgressDialog):
        def set_progress(self, done, due):
            super().set_progress(done, due)
            shown.append((done, due, self.isVisible()))
            assert "Removing contact details past their retention deadline" in self.text()
            assert f"{done:,} of {due:,}".replace(",", "") in self.text().replace(",", "")

    monkeypatch.setattr(app_module, "WipeProgressDialog", Recorded)
    controller = make_controller(paths, wipe_progress_threshold=100)
    controller.start()
    _unlock(qtbot, controller, passphrase)
    assert shown, "the progress dialog was never shown"
    shown = [s for s in shown if s[1]]  # the dialog starts at "0 of 0"
    assert shown and all(due == 1200 for _done, due, _v in shown)
    assert shown[-1][0] == 1200
    assert controller.wipe_progress is None  # closed before the main window came
    assert controller.main_window.isVisible()
    assert controller.opened.wipe_report.count == 1200


def test_few_due_orders_show_no_progress_dialog(
    qtbot, opened, paths, passphrase, clock, make_controller, monkeypatch
):
    _fill(opened.store)
    opened.store.close()
    clock.advance(timedelta(days=25))
    made = []
    monkeypatch.setattr(
        app_module,
        "WipeProgressDialog",
        lambda *a, **k: made.append(1) or pytest.fail("dialog for 2 orders"),
    )
    controller = make_controller(paths)
    controller.start()
    _unlock(qtbot, controller, passphrase)
    assert made == []


def test_wrong_passphrase_in_the_background_keeps_the_dialog_and_its_messages(
    qtbot, opened, paths, passphrase, make_controller
):
    opened.store.close()
    controller = make_controller(paths, unlock_tick_ms=10)
    controller.start()
    dialog = controller.unlock_dialog
    qtbot.keyClicks(dialog.passphrase, "not the passphrase at all")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.opening and not dialog.passphrase.isEnabled()
    qtbot.waitUntil(lambda: not dialog.opening, timeout=10000)
    assert dialog.failures == 1 and dialog.isVisible()
    assert "passphrase" in dialog.message_text().lower()
    assert controller.main_window is None and controller.opened is None
    _unlock(qtbot, controller, passphrase)
    assert controller.main_window.isVisible()


def test_busy_store_message_survives_the_background_open(
    qtbot, opened, paths, passphrase, make_controller, monkeypatch
):
    from seller_desktop.core.base.errors import StoreTooNew

    opened.store.close()

    def too_new(*_a, **_k):
        raise StoreTooNew(99, 5)

    monkeypatch.setattr(session_module, "open_store", too_new)
    controller = make_controller(paths)
    controller.start()
    dialog = controller.unlock_dialog
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.opening, timeout=5000)
    assert dialog.failures == 0 and dialog.message_text() == str(StoreTooNew(99, 5))
    assert controller.main_window is None


# -- while running ---------------------------------------------------------------------------


def _contacts(store) -> set[str]:
    return {row[0] for row in store.conn.execute("SELECT order_id FROM contact_details")}


def test_hourly_timer_wipes_and_refreshes(qtbot, opened, paths, passphrase, clock, make_controller):
    _fill(opened.store)
    opened.store.close()
    controller = make_controller(paths, wipe_interval_ms=50)
    controller.start()
    _unlock(qtbot, controller, passphrase)
    window = controller.main_window
    store = controller.opened.store
    assert _contacts(store) == {"A", "B", "KEEP"}
    assert window.orders_page.model.data(window.orders_page.model.index(0, 6)) == "Yes"

    clock.advance(timedelta(days=25))
    with qtbot.waitSignal(window.retention.finished, timeout=5000) as signal:
        pass
    assert signal.args[0].report.wiped_order_ids == ["A", "B"]
    assert _contacts(store) == {"KEEP"}
    assert "2 orders" in window.status_text()  # the status bar was refreshed
    texts = [
        window.orders_page.model.data(window.orders_page.model.index(r, 6))
        for r in range(window.orders_page.model.rowCount())
    ]
    assert sorted(texts) == ["Removed", "Removed", "Yes"]  # the orders page was refreshed
    assert window.centralWidget().isEnabled()


def test_wake_from_sleep_triggers_a_wipe_and_a_plain_hour_does_not(
    qtbot, opened, paths, passphrase, clock, make_controller
):
    _fill(opened.store)
    opened.store.close()
    controller = make_controller(paths, wipe_interval_ms=10 * 3600 * 1000, wake_check_ms=20)
    controller.start()
    _unlock(qtbot, controller, passphrase)
    window = controller.main_window
    store = controller.opened.store

    clock.advance(timedelta(hours=1))  # both clocks move: no sleep, no pass
    qtbot.wait(120)
    assert window.retention.passes == 0

    clock.jump_wall_clock(timedelta(days=25))  # the computer slept for 25 days
    with qtbot.waitSignal(window.retention.finished, timeout=5000):
        pass
    assert window.retention.passes == 1
    assert _contacts(store) == {"KEEP"}


def test_a_running_job_postpones_the_wipe(qtbot, store, clock, tmp_path):
    from seller_desktop.core.privacy.retention import WipeReport
    from seller_desktop.core.settings import load_settings
    from seller_desktop.ui.shell.main_window import MainWindow

    _fill(store)
    window = MainWindow(store, load_settings(store), WipeReport(), config_dir=tmp_path / "cfg")
    qtbot.addWidget(window)
    window.retention._retry.setInterval(20)
    release = threading.Event()

    def blocking_job():
        yield 0, 1
        release.wait(5)
        return None

    assert window.jobs.start(blocking_job)
    clock.advance(timedelta(days=25))
    assert window.retention.run_now() is False  # refused while the "import" runs
    assert _contacts(store) == {"A", "B", "KEEP"}
    release.set()
    with qtbot.waitSignal(window.retention.finished, timeout=5000) as signal:
        pass
    assert signal.args[0].report.wiped_order_ids == ["A", "B"]
    window.close()


def test_hourly_pass_wipes_the_backups_too(qtbot, store, paths, passphrase, clock, tmp_path):
    """No passphrase in the hourly pass: the backup is attached under the store's key and wiped
    (not deleted: it holds the seller's orders)."""
    from sqlcipher_raw import decrypt_database

    from seller_desktop.core.privacy.backups import back_up
    from seller_desktop.core.privacy.retention import WipeReport
    from seller_desktop.core.settings import load_settings
    from seller_desktop.core.store.events import recent_events
    from seller_desktop.ui.shell.main_window import MainWindow

    _fill(store)
    backup = back_up(store, paths.backups / "daily-20261128T120000Z.db", paths.backups)
    window = MainWindow(
        store, load_settings(store), WipeReport(), config_dir=tmp_path / "cfg", paths=paths
    )
    qtbot.addWidget(window)
    clock.advance(timedelta(days=25))
    with qtbot.waitSignal(window.retention.finished, timeout=5000) as signal:
        window.retention.run_now()
    assert [(a.name, a.action) for a in signal.args[0].backups] == [(backup.name, "wiped")]
    assert any(e.kind == "backup_wiped" for e in recent_events(store, 20))
    decrypted = decrypt_database(backup, passphrase).decode("utf-8", "replace")
    assert _contains_gone(decrypted) == [] and KEPT[0] in decrypted
    window.close()


def test_no_contact_details_in_config_or_logs(
    qtbot, opened, paths, passphrase, clock, make_controller
):
    _fill(opened.store)
    opened.store.close()
    controller = make_controller(paths)
    controller.start()
    _unlock(qtbot, controller, passphrase)
    window = controller.main_window
    window.show_page("privacy")
    window.privacy_page.erasure_tab.email.setText(GONE["A"][3])
    window.show_page("orders")
    window.orders_page.select_row(0)
    controller.lock()
    controller.shutdown()
    found = []
    for folder in (paths.config_dir, paths.log_dir):
        for file in folder.rglob("*"):
            if file.is_file():
                raw = file.read_bytes()
                found += [
                    (file.name, s)
                    for s in (*GONE["A"], *GONE["B"], *KEPT)
                    if s.encode("utf-8") in raw
                ]
    assert (paths.config_dir / "ui.ini").exists()
    assert found == []
