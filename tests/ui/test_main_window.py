"""The main window: title, demo banner, navigation, menus, status bar, remembered layout, About."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication

from seller_desktop.core.base.clock import to_iso_utc
from seller_desktop.core.base.crash import versions
from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
from seller_desktop.core.orders.repository import save_order
from seller_desktop.core.privacy.retention import WipeReport
from seller_desktop.core.session import open_store
from seller_desktop.core.settings import Settings, load_settings
from seller_desktop.ui.shell.about_dialog import AboutDialog
from seller_desktop.ui.shell.main_window import MainWindow
from seller_desktop.ui.shell.navigation import PAGE_KEYS

BUYER = "Siobhán O'Connor"


def add_order(store, n: int, purchased, *, with_contact: bool = True) -> None:
    order = Order(
        order_id=f"205-{n:07d}-1234567",
        marketplace="GB",
        purchased_at=to_iso_utc(purchased),
        status="shipped",
        latest_delivery_date=(purchased + timedelta(days=3)).date().isoformat(),
        items=[OrderItem(order_item_id=f"i{n}", sku="MUG-WHT", quantity=1)],
    )
    details = (
        ContactDetails(recipient_name=BUYER, ship_address_1="14 Baker Street", ship_city="London")
        if with_contact
        else None
    )
    save_order(store, order, details)


@pytest.fixture
def make_window(qtbot, store, tmp_path):
    def make(
        *,
        demo: bool = False,
        config_dir=tmp_path / "config",
        wipe_report=None,
        settings=None,
        on=None,
    ) -> MainWindow:
        window = MainWindow(
            on or store,
            settings or load_settings(on or store),
            wipe_report or WipeReport(),
            demo=demo,
            config_dir=config_dir,
        )
        qtbot.addWidget(window)
        return window

    return make


def shown(qtbot, window: MainWindow) -> MainWindow:
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def test_title_carries_the_business_name_and_no_banner(make_window):
    window = make_window()
    assert window.windowTitle() == "Seller Desktop — Test Shop"
    assert window.demo_banner is None


def test_demo_title_and_banner(qtbot, make_window):
    window = shown(qtbot, make_window(demo=True))
    assert window.windowTitle() == "Seller Desktop — Demo"
    assert window.demo_banner is not None and window.demo_banner.isVisible()
    text = window.demo_banner.text()
    assert "Demo" in text and "invented" in text and "deleted when you quit" in text


@pytest.mark.parametrize("number, key", list(enumerate(PAGE_KEYS, start=1)))
def test_ctrl_number_opens_the_page(qtbot, make_window, number, key):
    window = shown(qtbot, make_window())
    start = "settings" if key == "orders" else "orders"
    window.show_page(start)
    assert window.current_page_key() == start
    qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == key
    assert window.stack.currentWidget() is window.pages[key]
    assert window.sidebar.currentRow() == number - 1
    assert window.page_actions[number - 1].isChecked()


def test_sidebar_arrow_keys_change_the_page(qtbot, make_window):
    window = shown(qtbot, make_window())
    assert window.current_page_key() == "today"  # the window opens on Today
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    assert window.current_page_key() == "orders"
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    assert window.current_page_key() == "print"


def test_today_comes_first_and_reviews_are_in_the_sidebar(make_window):
    window = make_window()
    titles = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    assert titles == [
        "Today",
        "Orders",
        "Print",
        "Verify",
        "Reviews",
        "Campaigns",
        "Privacy",
        "Settings",
    ]
    assert window.page_actions[0].shortcut().toString() == "Ctrl+1"
    from seller_desktop.ui.campaigns.page import CampaignsPage

    assert isinstance(window.pages["campaigns"], CampaignsPage)


def test_menus_have_the_shortcuts(make_window):
    window = make_window()
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert [a.shortcut().toString() for a in window.page_actions] == [
        f"Ctrl+{n}" for n in range(1, len(PAGE_KEYS) + 1)
    ]
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&View", "&Help"]


def test_ctrl_l_asks_to_lock_and_takes_the_address_off_screen(qtbot, store, clock, make_window):
    add_order(store, 1, clock.now())
    window = shown(qtbot, make_window())
    window.orders_page.select_row(0)
    assert BUYER in window.orders_page.detail.ship_to.text()
    with qtbot.waitSignal(window.lock_requested, timeout=1000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert BUYER not in window.orders_page.detail.ship_to.text()


def test_status_bar_counts_and_reports_the_wipe_at_open(
    qtbot, paths, store, clock, passphrase, make_window
):
    now = clock.now()
    add_order(store, 1, now - timedelta(days=1))
    add_order(store, 2, now - timedelta(days=2))
    add_order(store, 3, now - timedelta(days=3), with_contact=False)
    add_order(store, 4, now - timedelta(days=80))  # past delivery + 30 days
    add_order(store, 5, now - timedelta(days=90))
    store.close()
    reopened = open_store(paths, passphrase, clock)  # the retention pass wipes orders 4 and 5
    try:
        assert reopened.wipe_report.count == 2
        window = make_window(on=reopened.store, wipe_report=reopened.wipe_report)
        text = window.status_text()
        assert "Orders: 5" in text
        assert "With contact details: 2" in text
        assert "Removed contact details of 2 orders past their retention deadline" in text
        assert window.status_wipe.text() in text
    finally:
        reopened.store.close()


def test_status_bar_says_nothing_about_a_wipe_that_removed_nothing(make_window):
    window = make_window()
    assert window.status_text() == "Orders: 0 · With contact details: 0"
    assert window.status_wipe.isHidden()


def test_geometry_and_page_survive_a_restart_and_no_data_is_kept(
    qtbot, store, clock, tmp_path, make_window
):
    add_order(store, 1, clock.now())
    config = tmp_path / "config"
    first = shown(qtbot, make_window(config_dir=config))
    first.resize(713, 541)  # inside the offscreen screen (800×800)
    first.orders_page.select_row(0)
    first.show_page("privacy")
    first.close()

    ini = config / "ui.ini"
    assert ini.exists()
    saved = ini.read_bytes()
    for secret in (BUYER.encode(), b"Baker", b"205-0000001", b"Test Shop"):
        assert secret not in saved

    second = make_window(config_dir=config)
    assert second.size() == QSize(713, 541)
    assert second.current_page_key() == "privacy"


def test_without_a_config_dir_nothing_is_written(qtbot, tmp_path, make_window):
    window = make_window(config_dir=None)
    window.close()
    assert not list(tmp_path.rglob("ui.ini"))


def test_saving_settings_updates_the_title_and_is_announced(qtbot, store, make_window):
    window = make_window()
    window.show_page("settings")
    window.settings_page.business_name.setText("Harbour Coffee")
    with qtbot.waitSignal(window.settings_changed, timeout=1000) as signal:
        window.settings_page.save_button.click()
    assert isinstance(signal.args[0], Settings)
    assert signal.args[0].business_name == "Harbour Coffee"
    assert window.windowTitle() == "Seller Desktop — Harbour Coffee"
    assert load_settings(store).business_name == "Harbour Coffee"


def test_about_shows_the_versions(qtbot, make_window):
    window = make_window()
    dialog = window.show_about()
    assert isinstance(dialog, AboutDialog)
    text = dialog.versions_text()
    sqlcipher = versions()["SQLCipher"]
    assert sqlcipher and f"SQLCipher: {sqlcipher}" in text
    import PySide6
    from PySide6.QtCore import qVersion

    assert qVersion() in text and PySide6.__version__ in text
    assert "ReportLab: " in text and "Seller Desktop: " in text
    dialog.close()


def test_quit_closes_the_window(qtbot, make_window):
    window = shown(qtbot, make_window())
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    assert QApplication.instance() is not None
