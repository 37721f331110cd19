"""The Settings page (save round-trip, inline errors) and the change-passphrase dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from seller_desktop.core.base.errors import WrongPassphrase
from seller_desktop.core.session import open_store
from seller_desktop.core.settings import Settings, load_settings
from seller_desktop.ui.settings.page import SettingsPage
from seller_desktop.ui.settings.passphrase_dialog import ChangePassphraseDialog

NEW_PASSPHRASE = "purple elephants dance at noon"


@pytest.fixture
def page(qtbot, store):
    from seller_desktop.ui.common.jobs import JobRunner

    jobs = JobRunner(store=store)  # the rekey job takes the store's writer
    widget = SettingsPage(store, load_settings(store), jobs=jobs)
    qtbot.addWidget(widget)
    yield widget
    jobs.shutdown()


def test_shows_the_saved_settings(page):
    assert page.business_name.text() == "Test Shop"
    assert page.marketplace.currentData() == "US"
    assert page.idle_minutes.value() == 15


def test_save_round_trips_through_the_store_and_emits(qtbot, page, store):
    page.business_name.clear()
    qtbot.keyClicks(page.business_name, "Harbour Coffee Ltd")
    page.return_address.setPlainText("Harbour Coffee Ltd\n12 Quay Street\nBristol BS1 4DJ")
    page.marketplace.setCurrentIndex(page.marketplace.findData("DE"))
    page.idle_minutes.setValue(0)
    assert page.idle_minutes.text() == "Never"
    with qtbot.waitSignal(page.saved, timeout=1000) as signal:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    stored = load_settings(store)
    assert signal.args == [stored]
    assert stored.business_name == "Harbour Coffee Ltd"
    assert stored.return_address == "Harbour Coffee Ltd\n12 Quay Street\nBristol BS1 4DJ"
    assert stored.default_marketplace == "DE"
    assert stored.idle_lock_minutes == 0
    assert stored.retention_days == Settings().retention_days  # fields not on the page kept
    assert page.message.text() == "Settings saved."


def test_ships_from_is_a_country_or_the_default_marketplaces(qtbot, page, store):
    assert page.ship_from.currentData() == ""  # a new store: the default marketplace's country
    names = [page.ship_from.itemText(n) for n in range(1, page.ship_from.count())]
    assert names[:2] == ["Afghanistan (AF)", "Åland Islands (AX)"]  # by name, accents aside
    page.ship_from.setCurrentIndex(page.ship_from.findData("DE"))
    with qtbot.waitSignal(page.saved, timeout=1000):
        page.save()
    assert load_settings(store).ship_from_country == "DE"
    assert page.ship_from.currentText() == "Germany (DE)"
    page.ship_from.setCurrentIndex(0)
    page.revert()
    assert page.ship_from.currentData() == "DE"


def test_non_ascii_names_are_kept(qtbot, page, store):
    page.business_name.setText("Kaffeerösterei Groß 山田")
    with qtbot.waitSignal(page.saved, timeout=1000):
        page.save()
    assert load_settings(store).business_name == "Kaffeerösterei Groß 山田"


def test_bad_input_is_shown_inline_and_nothing_is_saved(qtbot, page, store):
    page.business_name.setText("x" * 121)
    with qtbot.assertNotEmitted(page.saved):
        assert page.save() is False
    assert not page.message.isHidden()
    assert "at most 120 characters" in page.message.text()
    assert load_settings(store).business_name == "Test Shop"


def test_revert_drops_unsaved_edits(page):
    page.business_name.setText("Something else")
    page.revert_button.click()
    assert page.business_name.text() == "Test Shop"


def test_passphrase_button_is_off_in_the_demo(qtbot, store):
    demo = SettingsPage(store, load_settings(store), demo=True)
    qtbot.addWidget(demo)
    assert not demo.passphrase_button.isEnabled()


def fill(qtbot, dialog: ChangePassphraseDialog, current: str, new: str, again: str) -> None:
    for field, text in ((dialog.current, current), (dialog.new, new), (dialog.again, again)):
        field.clear()
        qtbot.keyClicks(field, text)  # ASCII only: see TESTING.md
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    # the re-encryption runs as a job on the worker thread: wait for its answer
    qtbot.waitUntil(lambda: not dialog.running and dialog.buttons.isEnabled(), timeout=20000)


def test_change_passphrase_errors_then_success(qtbot, page, store, paths, passphrase, clock):
    page.passphrase_button.click()
    dialog = page.findChild(ChangePassphraseDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.current.echoMode() == dialog.current.EchoMode.Password

    fill(qtbot, dialog, passphrase, NEW_PASSPHRASE, NEW_PASSPHRASE + "x")
    assert "do not match" in dialog.error.text()
    assert dialog.new.text() == "" and not dialog.changed

    fill(qtbot, dialog, passphrase, "too short", "too short")
    assert "at least 12 characters" in dialog.error.text()

    fill(qtbot, dialog, "not the passphrase at all", NEW_PASSPHRASE, NEW_PASSPHRASE)
    assert "current passphrase is not right" in dialog.error.text()
    assert not dialog.changed

    fill(qtbot, dialog, passphrase, NEW_PASSPHRASE, NEW_PASSPHRASE)
    assert dialog.changed
    assert dialog.pages.currentIndex() == 1
    assert "old one no longer works" in dialog.confirmation.text()
    assert dialog.current.text() == dialog.new.text() == dialog.again.text() == ""

    store.close()
    with pytest.raises(WrongPassphrase):
        open_store(paths, passphrase, clock)
    reopened = open_store(paths, NEW_PASSPHRASE, clock)
    try:
        assert load_settings(reopened.store).business_name == "Test Shop"  # data intact
    finally:
        reopened.store.close()


def test_the_hourly_wipe_waits_for_a_passphrase_change(
    qtbot, store, paths, passphrase, clock, tmp_path, monkeypatch
):
    """Acceptance: the wipe timer fires while the rekey runs; the wipe waits (it is refused and
    retried, not run in the middle), both finish, the store opens with the new passphrase and
    holds no due detail — on disk, decrypted."""
    from datetime import timedelta

    from sqlcipher_raw import decrypt_database

    from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
    from seller_desktop.core.orders.repository import save_order
    from seller_desktop.core.privacy.retention import WipeReport
    from seller_desktop.ui.shell.main_window import MainWindow

    save_order(
        store,
        Order(
            order_id="306-0000001-0000001",
            marketplace="DE",
            purchased_at="2026-11-20T09:00:00Z",
            status="shipped",
            shipped_on="2026-11-21",
            items=[OrderItem(order_item_id="i1", sku="S", quantity=1)],
        ),
        ContactDetails(recipient_name="Wilhelmine Quappendorf"),
    )
    window = MainWindow(
        store, load_settings(store), WipeReport(), config_dir=tmp_path / "cfg", paths=paths
    )
    qtbot.addWidget(window)
    window.retention._retry.setInterval(50)
    window.show_page("settings")
    page = window.findChild(SettingsPage)
    dialog = page.open_passphrase_dialog()
    for field, text in (
        (dialog.current, passphrase),
        (dialog.new, NEW_PASSPHRASE),
        (dialog.again, NEW_PASSPHRASE),
    ):
        qtbot.keyClicks(field, text)
    clock.advance(timedelta(days=31))  # the order's details are now due
    # The rekey is held on the worker until the hourly timer has really fired during it.
    import threading

    from seller_desktop.ui.settings import passphrase_dialog

    fired = threading.Event()
    real_change = passphrase_dialog.change_passphrase

    def held_change(*args):
        assert fired.wait(20)
        return real_change(*args)

    monkeypatch.setattr(passphrase_dialog, "change_passphrase", held_change)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert dialog.running and window.jobs.busy
    window.retention._hourly.setInterval(10)  # the hourly timer, due now
    window.retention.start()
    qtbot.waitUntil(lambda: window.retention.waiting, timeout=5000)  # it fired and waits
    assert window.jobs.busy and not window.retention.running and window.retention.passes == 0
    window.retention._hourly.setInterval(60 * 60 * 1000)
    with qtbot.waitSignal(window.retention.finished, timeout=20000) as signal:
        fired.set()
    assert dialog.changed  # the rekey finished first
    assert signal.args[0].report.wiped_order_ids == ["306-0000001-0000001"]
    window.close()
    store.close()
    with pytest.raises(WrongPassphrase):
        open_store(paths, passphrase, clock)
    reopened = open_store(paths, NEW_PASSPHRASE, clock)
    reopened.store.close()
    assert b"Wilhelmine Quappendorf" not in decrypt_database(paths.store, NEW_PASSPHRASE)
