"""Copy address / Copy order ID in the order detail pane, and the clipboard that forgets.

The address goes on the clipboard exactly as the pane shows it and comes off again after the
timeout, on quit, on a lock (the main window is closed and deleted), when the pane is destroyed and
when the order's contact details are wiped while it is shown — each time only if the clipboard
still holds our text. Offscreen Qt has a working in-process clipboard, so these are real checks.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QWidget

from seller_desktop.core.base.clock import to_iso_utc
from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
from seller_desktop.core.orders.repository import get_order, save_order
from seller_desktop.core.privacy.erasure import erase_orders
from seller_desktop.core.privacy.retention import WipeReport, apply_retention
from seller_desktop.core.settings import load_settings, save_settings
from seller_desktop.ui.app.controller import AppController
from seller_desktop.ui.common.clipboard import DEFAULT_TIMEOUT_MS, SensitiveClipboard, privacy_hints
from seller_desktop.ui.orders.detail import OrderDetailPane
from seller_desktop.ui.orders.page.page import OrdersPage
from seller_desktop.ui.shell.main_window import MainWindow

ORDER_ID = "171-0000001-0000001"
NAME = "Zoë Lefèvre"
ADDRESS = [
    NAME,
    "Atelier Lefèvre SARL",
    "12 rue des Lilas",
    "Bâtiment B",
    "3e étage",
    "75011 Paris",
]
SHORT_MS = 30


def _order(order_id: str = ORDER_ID, *, purchased, shipped_on: str | None = None) -> Order:
    return Order(
        order_id=order_id,
        marketplace="FR",
        purchased_at=to_iso_utc(purchased),
        status="shipped" if shipped_on else "unshipped",
        shipped_on=shipped_on,
        ship_country="FR",
        items=[OrderItem(order_item_id=order_id + "-1", sku="MUG-WHT", quantity=1)],
    )


def _contact() -> ContactDetails:
    return ContactDetails(
        buyer_name=NAME,
        buyer_email="zoe@example.fr",
        buyer_phone="+33 1 23 45 67 89",
        recipient_name=NAME,
        company_name="Atelier Lefèvre SARL",
        ship_address_1="12 rue des Lilas",
        ship_address_2="Bâtiment B",
        ship_address_3="3e étage",
        ship_postal_code="75011",
        ship_city="Paris",
        ship_phone="+33 6 00 00 00 00",
        gift_message="Joyeux anniversaire",
        delivery_instructions="Code 1234",
    )


def clipboard_text() -> str:
    return QGuiApplication.clipboard().text(QClipboard.Mode.Clipboard)


def ctrl_shift(qtbot, widget: QWidget, key: Qt.Key) -> None:
    """Ctrl+Shift+key, then a plain Esc: QTest leaves the application believing Shift is still
    held after such a click, which would turn the next test's ``selectRow`` into a range."""
    qtbot.keyClick(
        widget, key, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.keyClick(widget, Qt.Key.Key_Escape)


@pytest.fixture(autouse=True)
def empty_clipboard():
    QGuiApplication.clipboard().clear()
    yield
    QGuiApplication.clipboard().clear()


@pytest.fixture(autouse=True)
def ships_from_france(store):
    """The seller ships from France: the French address has no country line."""
    save_settings(store, replace(load_settings(store), ship_from_country="FR"))


@pytest.fixture
def page(qtbot, store, clock):
    """An orders page with one order holding contact details, selected, the window active."""
    save_order(store, _order(purchased=clock.now() - timedelta(days=1)), _contact())
    page = OrdersPage(store)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    page.select_row(0)
    return page


# -- what is copied --------------------------------------------------------------------------


def test_copy_address_puts_exactly_the_lines_shown(qtbot, page):
    detail = page.detail
    assert detail.ship_to.text().splitlines() == ADDRESS  # shipped within France: no country line
    assert detail.copy_address_button.isEnabled()

    qtbot.mouseClick(detail.copy_address_button, Qt.MouseButton.LeftButton)

    assert clipboard_text() == "\n".join(ADDRESS) == detail.ship_to.text()
    for private in ("zoe@example.fr", "+33", "Joyeux", "Code 1234", "\u2068", "\u2069"):
        assert private not in clipboard_text()
    assert detail.copy_note.text() == "Address copied — cleared from the clipboard in 1 minute"
    assert detail.clipboard.timeout_ms == DEFAULT_TIMEOUT_MS == 60_000
    assert 50_000 < detail.clipboard.remaining_ms() <= 60_000


def test_only_the_clipboard_is_set_never_the_selection_and_managers_are_asked_not_to_keep_it(page):
    clipboard = QGuiApplication.clipboard()
    before = clipboard.text(QClipboard.Mode.Selection) if clipboard.supportsSelection() else None
    page.detail.copy_address()
    mime = clipboard.mimeData(QClipboard.Mode.Clipboard)
    for kind, value in privacy_hints().items():
        assert bytes(mime.data(kind)) == value
    if clipboard.supportsSelection():  # X11: the middle-click selection is left as it was
        assert clipboard.text(QClipboard.Mode.Selection) == before


def test_privacy_hints_per_platform():
    assert privacy_hints("linux") == {"x-kde-passwordManagerHint": b"secret"}
    windows = privacy_hints("win32")
    assert (
        windows['application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"'] == b"\0\0\0\0"
    )
    assert (
        'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"'
        in windows
    )


def test_shortcuts_work_while_the_table_has_the_focus(qtbot, page):
    page.table.setFocus()
    ctrl_shift(qtbot, page.table, Qt.Key.Key_C)
    assert clipboard_text() == "\n".join(ADDRESS)

    ctrl_shift(qtbot, page.table, Qt.Key.Key_O)
    assert clipboard_text() == ORDER_ID
    assert page.detail.copy_note.text() == "Order ID copied"


def test_buttons_are_named_and_say_their_shortcuts(page):
    detail = page.detail
    assert detail.copy_address_button.accessibleName() == "Copy address"
    assert detail.copy_id_button.accessibleName() == "Copy order ID"
    assert detail.copy_note.accessibleName() == "Clipboard"
    assert detail.copy_address_shortcut.key().toString() == "Ctrl+Shift+C"
    assert "Ctrl+Shift+C" in detail.copy_address_button.toolTip()
    assert "Ctrl+Shift+O" in detail.copy_id_button.toolTip()


def test_order_id_has_no_timeout_and_ends_a_pending_address(qtbot, page):
    detail = page.detail
    detail.clipboard.timeout_ms = SHORT_MS
    detail.copy_address()
    assert detail.clipboard.is_pending()
    qtbot.mouseClick(detail.copy_id_button, Qt.MouseButton.LeftButton)
    assert clipboard_text() == ORDER_ID
    assert not detail.clipboard.is_pending()
    qtbot.wait(SHORT_MS * 4)  # well past the address's timeout: the order ID stays
    assert clipboard_text() == ORDER_ID
    assert detail.copy_note.text() == "Order ID copied"


def test_nothing_personal_is_logged(qtbot, page, caplog):
    caplog.set_level(logging.DEBUG)
    page.detail.clipboard.timeout_ms = SHORT_MS
    page.detail.copy_address()
    qtbot.waitUntil(lambda: clipboard_text() == "", timeout=2000)
    for part in ADDRESS:
        assert part not in caplog.text


# -- the timeout -----------------------------------------------------------------------------


def test_cleared_after_the_timeout(qtbot, page):
    detail = page.detail
    detail.clipboard.timeout_ms = SHORT_MS
    detail.copy_address()
    assert detail.copy_note.text() == "Address copied — cleared from the clipboard in 1 second"
    assert clipboard_text() == "\n".join(ADDRESS)
    with qtbot.waitSignal(detail.clipboard.released, timeout=2000) as released:
        pass
    assert released.args == [True]
    assert clipboard_text() == ""
    assert detail.copy_note.text() == "Address removed from the clipboard"


def test_what_the_seller_copied_since_survives_the_timeout(qtbot, page):
    detail = page.detail
    detail.clipboard.timeout_ms = SHORT_MS
    detail.copy_address()
    QGuiApplication.clipboard().setText("1Z999AA10123456784")  # a tracking number, say
    with qtbot.waitSignal(detail.clipboard.released, timeout=2000) as released:
        pass
    assert released.args == [False]
    assert clipboard_text() == "1Z999AA10123456784"
    assert detail.copy_note.text() == ""


def test_a_second_copy_starts_the_count_again(qtbot, page):
    detail = page.detail
    detail.clipboard.timeout_ms = 400
    detail.copy_address()
    qtbot.wait(250)
    detail.copy_address()
    assert detail.clipboard.remaining_ms() > 300
    qtbot.waitUntil(lambda: clipboard_text() == "", timeout=2000)


def test_minute_and_second_wording(qtbot, store):
    pane = OrderDetailPane(store, clipboard_timeout_ms=120_000)
    qtbot.addWidget(pane)
    assert pane._copied_text() == "Address copied — cleared from the clipboard in 2 minutes"
    pane.clipboard.timeout_ms = 45_000
    assert pane._copied_text() == "Address copied — cleared from the clipboard in 45 seconds"


# -- disabled without contact details --------------------------------------------------------


def test_disabled_for_a_wiped_order_and_the_shortcut_does_nothing(qtbot, page, store, clock):
    detail = page.detail
    save_order(
        store,
        _order(
            "171-0000002-0000002",
            purchased=clock.now() - timedelta(days=40),
            shipped_on=(clock.now() - timedelta(days=35)).date().isoformat(),
        ),
        _contact(),
    )
    assert apply_retention(store, clock).count == 1  # its deadline has passed: wiped
    page.refresh()
    page.table.clearSelection()
    page.select_row(page.model.row_of("171-0000002-0000002"))
    assert detail.ship_to.text() == "Contact details removed (past the retention deadline)"
    assert not detail.copy_address_button.isEnabled()
    assert detail.copy_id_button.isEnabled()

    QGuiApplication.clipboard().setText("the seller's own text")
    page.table.setFocus()
    ctrl_shift(qtbot, page.table, Qt.Key.Key_C)
    detail.copy_address()
    assert clipboard_text() == "the seller's own text"
    assert not detail.clipboard.is_pending()


def test_disabled_for_an_order_that_never_had_contact_details(qtbot, store, clock):
    save_order(store, _order(purchased=clock.now()), None)
    page = OrdersPage(store)
    qtbot.addWidget(page)
    page.select_row(0)
    assert page.detail.ship_to.text() == "No contact details stored for this order"
    assert not page.detail.copy_address_button.isEnabled()
    page.detail.copy_order_id()
    assert clipboard_text() == ORDER_ID


def test_no_buttons_without_an_order(qtbot, store):
    pane = OrderDetailPane(store)
    qtbot.addWidget(pane)
    pane.show()
    assert pane.copy_row.isHidden()
    pane.copy_address()
    pane.copy_order_id()
    assert clipboard_text() == ""


# -- cleared when the data or the window goes -----------------------------------------------


def test_cleared_when_the_deadline_passes_while_the_order_is_shown(qtbot, page, clock):
    detail = page.detail
    detail.copy_address()
    clock.advance(timedelta(days=60))  # past the deadline; the hourly wipe has not run yet
    page.refresh()  # what the window does after any wipe or change
    assert detail.ship_to.text() == "Contact details removed (past the retention deadline)"
    assert clipboard_text() == ""
    assert detail.copy_note.text() == "Address removed from the clipboard"


def test_a_wiped_order_no_longer_shown_is_cleared_when_the_owner_asks(qtbot, page, store, clock):
    page.contact_filter.setCurrentIndex(1)  # "Holds contact details"
    page.select_row(0)
    page.detail.copy_address()
    page.detail.forget_copy_if_wiped()  # still held: nothing happens
    assert clipboard_text() == "\n".join(ADDRESS)
    erase_orders(store, [ORDER_ID], clock)
    page.refresh()  # the order no longer passes the filter: the pane is empty
    assert page.detail.copy_row.isHidden()
    page.detail.forget_copy_if_wiped()
    assert clipboard_text() == ""


def test_selecting_another_order_keeps_the_copy(qtbot, page, store, clock):
    save_order(store, _order("171-0000003-0000003", purchased=clock.now()), None)
    page.refresh()
    page.detail.copy_address()
    page.table.clearSelection()
    page.select_row(page.model.row_of("171-0000003-0000003"))
    page.search.setText("171")
    page.apply_filter()  # the pane is emptied on every model reset: still the seller's copy
    assert clipboard_text() == "\n".join(ADDRESS)


def test_cleared_when_the_pane_is_destroyed(qtbot, store, clock):
    save_order(store, _order(purchased=clock.now()), _contact())
    holder = QWidget()  # never shown: only the destruction can clear
    pane = OrderDetailPane(store, holder)
    pane.show_order(get_order(store, ORDER_ID))
    pane.copy_address()
    assert clipboard_text() == "\n".join(ADDRESS)
    holder.deleteLater()
    qtbot.waitUntil(lambda: clipboard_text() == "", timeout=2000)


def test_destroying_the_pane_leaves_the_sellers_own_copy(qtbot, store, clock):
    save_order(store, _order(purchased=clock.now()), _contact())
    holder = QWidget()
    pane = OrderDetailPane(store, holder)
    pane.show_order(get_order(store, ORDER_ID))
    pane.copy_address()
    QGuiApplication.clipboard().setText("mine")
    destroyed = []
    pane.clipboard.destroyed.connect(lambda *_: destroyed.append(True))
    holder.deleteLater()
    qtbot.waitUntil(lambda: bool(destroyed), timeout=2000)
    assert clipboard_text() == "mine"


def test_cleared_when_the_application_quits(qtbot, page):
    page.detail.copy_address()
    QCoreApplication.instance().aboutToQuit.emit()
    assert clipboard_text() == ""


def test_quit_leaves_the_sellers_own_copy(qtbot, page):
    page.detail.copy_address()
    QGuiApplication.clipboard().setText("mine")
    QCoreApplication.instance().aboutToQuit.emit()
    assert clipboard_text() == "mine"


def test_a_helper_on_its_own(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    helper = SensitiveClipboard(owner, timeout_ms=SHORT_MS)
    helper.copy("secret line")
    assert clipboard_text() == "secret line"
    assert helper.clear() is True
    assert clipboard_text() == ""
    assert helper.clear() is False  # nothing pending: says so, touches nothing
    QGuiApplication.clipboard().setText("x")
    helper.copy_plain("111-2222222-3333333")
    assert clipboard_text() == "111-2222222-3333333" and not helper.is_pending()


# -- through the main window and the app ------------------------------------------------------


@pytest.fixture
def window(qtbot, store, clock, paths, tmp_path):
    save_order(
        store,
        _order(
            purchased=clock.now() - timedelta(days=20),
            shipped_on=(clock.now() - timedelta(days=20)).date().isoformat(),
        ),
        _contact(),
    )  # deadline in ten days
    win = MainWindow(
        store, load_settings(store), WipeReport(), config_dir=tmp_path / "cfg", paths=paths
    )
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    win.orders_page.select_row(0)
    yield win
    if win.isVisible():
        win.close()


def test_cleared_when_the_hourly_wipe_removes_the_shown_order(qtbot, window, clock):
    detail = window.orders_page.detail
    detail.copy_address()
    clock.advance(timedelta(days=11))
    with qtbot.waitSignal(window.retention.finished, timeout=5000):
        window.retention.run_now()
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=5000)
    assert not detail.copy_address_button.isEnabled()
    assert clipboard_text() == ""


def test_cleared_when_the_buyer_is_erased_from_the_privacy_page(qtbot, window):
    window.orders_page.detail.copy_address()
    page = window.privacy_page
    window.show_page("privacy")  # the orders page is hidden now: the copy stays
    assert clipboard_text() == "\n".join(ADDRESS)
    page.erasure_tab.erase_ids.setText(ORDER_ID)
    page.erasure_tab.ask_erase_ids()
    [erase] = [b for b in page.erasure_tab.confirm_box.buttons() if b.text() == "Erase"]
    erase.click()
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=5000)
    qtbot.waitUntil(lambda: clipboard_text() == "", timeout=2000)


def test_cleared_when_the_erased_order_is_no_longer_shown(qtbot, window, store, clock):
    """The window asks the pane after every privacy change: the order copied from may be out of
    sight by then (another order selected), and its address leaves the clipboard at once."""
    save_order(store, _order("171-0000003-0000003", purchased=clock.now()), None)
    window.orders_page.refresh()
    window.orders_page.select_row(window.orders_page.model.row_of(ORDER_ID))
    window.orders_page.detail.copy_address()
    window.orders_page.select_row(window.orders_page.model.row_of("171-0000003-0000003"))
    assert clipboard_text() == "\n".join(ADDRESS)
    page = window.privacy_page
    page.erasure_tab.erase_ids.setText(ORDER_ID)
    page.erasure_tab.ask_erase_ids()
    [erase] = [b for b in page.erasure_tab.confirm_box.buttons() if b.text() == "Erase"]
    erase.click()
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=5000)
    qtbot.waitUntil(lambda: clipboard_text() == "", timeout=2000)


def test_cleared_when_the_window_closes(qtbot, window):
    window.orders_page.detail.copy_address()
    window.showMinimized()  # minimized is not closed: the seller pastes elsewhere meanwhile
    assert clipboard_text() == "\n".join(ADDRESS)
    window.showNormal()
    window.close()
    assert clipboard_text() == ""


@pytest.fixture
def controller(qtbot, opened, paths, clock):
    save_order(opened.store, _order(purchased=clock.now()), _contact())
    opened.store.close()
    c = AppController(paths, clock=clock, idle_interval_ms=0)
    c.start()
    yield c
    c.shutdown()


def _unlock(qtbot, controller, passphrase) -> MainWindow:
    dialog = controller.unlock_dialog
    qtbot.keyClicks(dialog.passphrase, passphrase)
    with qtbot.waitSignal(controller.unlocked, timeout=5000):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    return controller.main_window


def test_cleared_when_the_app_locks_after_idle(qtbot, controller, passphrase):
    window = _unlock(qtbot, controller, passphrase)
    window.orders_page.select_row(0)
    window.orders_page.detail.copy_address()  # the default minute: only the lock can clear
    assert clipboard_text() == "\n".join(ADDRESS)
    controller.idle.set_interval_ms(100)
    with qtbot.waitSignal(controller.locked, timeout=3000):
        pass
    assert clipboard_text() == ""


def test_ctrl_l_lock_keeps_what_the_seller_copied_since(qtbot, controller, passphrase):
    window = _unlock(qtbot, controller, passphrase)
    window.orders_page.select_row(0)
    window.orders_page.detail.copy_address()
    QGuiApplication.clipboard().setText("mine")
    with qtbot.waitSignal(controller.locked, timeout=3000):
        window.request_lock()
    qtbot.waitUntil(lambda: controller.unlock_dialog is not None, timeout=2000)
    assert clipboard_text() == "mine"
