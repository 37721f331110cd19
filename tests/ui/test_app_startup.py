"""The startup sequence as a seller meets it: wizard on the first run, unlock dialog later, the demo
with no passphrase — driven through AppController without exec()."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from seller_desktop.core.settings import load_settings
from seller_desktop.ui.app.controller import AppController

PASS = "orange tractor mellow 42"


@pytest.fixture
def make_controller(qtbot, clock):
    made = []

    def make(paths, **kw):
        c = AppController(paths, clock=clock, **kw)
        made.append(c)
        return c

    yield make
    for c in made:
        c.shutdown()


def test_first_run_shows_wizard_then_main_window(qtbot, paths, make_controller):
    controller = make_controller(paths)
    controller.start()
    wizard = controller.wizard
    assert wizard is not None and wizard.isVisible()
    assert controller.unlock_dialog is None and controller.main_window is None

    qtbot.keyClicks(wizard.business_page.business_name, "Harbour Coffee")
    wizard.next()
    qtbot.keyClicks(wizard.passphrase_page.passphrase, PASS)
    qtbot.keyClicks(wizard.passphrase_page.confirm, PASS)
    with qtbot.waitSignal(controller.unlocked, timeout=5000):
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )

    assert not wizard.isVisible()
    window = controller.main_window
    assert window is not None and window.isVisible()
    assert window.windowTitle() == "Seller Desktop — Harbour Coffee"
    assert paths.store.exists()
    assert load_settings(controller.opened.store).business_name == "Harbour Coffee"


def test_later_runs_show_unlock_and_enter_opens_main_window(
    qtbot, opened, paths, passphrase, make_controller
):
    opened.store.close()
    controller = make_controller(paths)
    controller.start()
    dialog = controller.unlock_dialog
    assert controller.wizard is None
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Unlock Seller Desktop"

    qtbot.keyClicks(dialog.passphrase, passphrase)
    with qtbot.waitSignal(controller.unlocked, timeout=5000):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert controller.unlock_dialog is None and not dialog.isVisible()
    assert controller.main_window.isVisible()
    assert controller.main_window.windowTitle() == "Seller Desktop — Test Shop"


def test_cancelling_unlock_quits_and_leaves_store_closed(qtbot, opened, paths, make_controller):
    opened.store.close()
    controller = make_controller(paths)
    controller.start()
    with qtbot.waitSignal(controller.finished, timeout=2000) as signal:
        qtbot.mouseClick(controller.unlock_dialog.quit_button, Qt.MouseButton.LeftButton)
    assert signal.args == [0]
    assert controller.opened is None and controller.main_window is None


def test_cancelling_setup_creates_nothing(qtbot, paths, make_controller):
    controller = make_controller(paths)
    controller.start()
    with qtbot.waitSignal(controller.finished, timeout=2000):
        controller.wizard.reject()
    assert not paths.store.exists()


def test_demo_opens_without_passphrase_and_cleans_up(qtbot, tmp_path, make_controller):
    from seller_desktop.paths import resolve_paths

    controller = make_controller(resolve_paths(tmp_path / "unused"), demo=True)
    with qtbot.waitSignal(controller.unlocked, timeout=30000):
        controller.start()
    assert controller.wizard is None and controller.unlock_dialog is None
    window = controller.main_window
    assert window.windowTitle() == "Seller Desktop — Demo"
    demo_dir = controller.paths.data_dir
    assert demo_dir.is_dir() and (demo_dir / "store.db").exists()
    assert not (tmp_path / "unused").exists()  # the seller's own data folder is left alone
    count = controller.opened.store.conn.execute("SELECT count(*) FROM orders").fetchone()[0]
    assert count > 50
    assert not controller.idle.is_active()  # nothing to lock in the demo
    controller.lock()  # File › Lock in the demo: explained, not done
    assert controller.opened is not None and window.isVisible()
    assert controller.demo_notice.isVisible()
    assert "cannot be locked" in controller.demo_notice.text()
    controller.demo_notice.close()
    controller.shutdown()
    assert not demo_dir.exists()


def test_bring_to_front_restores_a_minimised_window(qtbot, opened, paths, make_controller):
    opened.store.close()
    controller = make_controller(paths)
    controller.start()
    dialog = controller.unlock_dialog
    dialog.showMinimized()
    assert dialog.isMinimized()
    controller.bring_to_front()
    assert dialog.isVisible() and not dialog.isMinimized()


def test_unlocking_makes_the_days_backup_in_the_background(
    qtbot, opened, paths, passphrase, make_controller
):
    from sqlcipher_raw import decrypt_database

    from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
    from seller_desktop.core.orders.repository import save_order

    save_order(
        opened.store,
        Order(
            order_id="B-1",
            marketplace="DE",
            purchased_at="2026-11-27T10:00:00Z",
            items=[OrderItem(order_item_id="B-1-1", sku="S", quantity=1)],
        ),
        ContactDetails(recipient_name="Backup Person"),
    )
    opened.store.close()
    controller = make_controller(paths)
    controller.start()
    qtbot.keyClicks(controller.unlock_dialog.passphrase, passphrase)
    with qtbot.waitSignal(controller.unlocked, timeout=10000):
        qtbot.keyClick(controller.unlock_dialog.passphrase, Qt.Key.Key_Return)
    # The day's backup is the window's first job (it holds the store's writer meanwhile).
    qtbot.waitUntil(
        lambda: controller.backup_window is None and not controller.main_window.jobs.busy,
        timeout=10000,
    )
    (backup,) = paths.backups.glob("daily-*.db")
    assert b"Backup Person" in decrypt_database(backup, passphrase)  # keyed with the passphrase
    assert b"Backup Person" not in backup.read_bytes()
    # The backup needs no passphrase (it takes the store's key): none is kept after unlocking.
    assert passphrase not in [v for v in vars(controller).values() if isinstance(v, str)]
