"""The Privacy page: figures, timeline and wipe log against the store; erase, export, extend;
backups and restore; the tax archive (set up, rule, hold, entry opened with the right passphrase)."""

from __future__ import annotations

import json
import os
import stat
from datetime import timedelta

import pytest
import shiboken6
from debian_tools import require
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from seller_desktop.core.base.clock import to_iso_utc
from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
from seller_desktop.core.orders.repository import get_contact_details, get_order, save_orders
from seller_desktop.core.privacy import archive
from seller_desktop.core.privacy.retention import WipeReport, apply_retention
from seller_desktop.core.settings import load_settings
from seller_desktop.core.status import store_status
from seller_desktop.core.store.connection import connect
from seller_desktop.core.store.events import recent_events
from seller_desktop.ui.shell.main_window import MainWindow

ARCHIVE_PASS = "sealed archive key 2026"
EMAIL = "zoe.lefevre@example.fr"


def _order(
    order_id,
    *,
    status="shipped",
    shipped_on=None,
    purchased="2026-11-20T08:00:00Z",
    marketplace="GB",
):
    return Order(
        order_id=order_id,
        marketplace=marketplace,
        purchased_at=purchased,
        status=status,
        shipped_on=shipped_on,
        items=[OrderItem(order_item_id=order_id + "-1", sku="MUG-WHT", quantity=1)],
    )


@pytest.fixture
def filled(store, clock):
    """Orders due on three days, one open order at day 50, one wiped already (in the log)."""
    now = clock.now()
    save_orders(
        store,
        [
            # shipped Nov 1 → deadline Dec 1 (in 3 days)
            (
                _order("111-0000001-0000001", shipped_on="2026-11-01"),
                ContactDetails(recipient_name="Zoë Lefèvre", buyer_email=EMAIL),
            ),
            (
                _order("111-0000002-0000002", shipped_on="2026-11-01"),
                ContactDetails(recipient_name="Zoë Lefèvre", buyer_email=EMAIL.upper()),
            ),
            # shipped Nov 4 → Dec 4 (in 6 days)
            (
                _order("222-0000003-0000003", shipped_on="2026-11-04"),
                ContactDetails(recipient_name="Jürgen Groß", buyer_email="j@example.de"),
            ),
            # shipped Nov 20 → Dec 20: in the timeline, not within 7 days
            (
                _order("333-0000004-0000004", shipped_on="2026-11-20"),
                ContactDetails(recipient_name="Begoña Núñez"),
            ),
            # unshipped, bought 50 days ago: near the 60-day cap (deadline in 10 days)
            (
                _order(
                    "444-0000005-0000005",
                    status="unshipped",
                    purchased=to_iso_utc(now - timedelta(days=50)),
                ),
                ContactDetails(recipient_name="Łukasz Żółćkiewicz"),
            ),
            # shipped Oct 20 → Nov 19: past; wiped below
            (
                _order("555-0000006-0000006", shipped_on="2026-10-20"),
                ContactDetails(recipient_name="Şükrü Güçlü"),
            ),
        ],
    )
    apply_retention(store, clock)
    return store


@pytest.fixture
def window(qtbot, filled, paths, tmp_path):
    win = MainWindow(
        filled, load_settings(filled), WipeReport(), config_dir=tmp_path / "cfg", paths=paths
    )
    qtbot.addWidget(win)
    win.show_page("privacy")
    yield win
    win.close()


def _wait_idle(qtbot, win):
    qtbot.waitUntil(lambda: not win.jobs.busy, timeout=10000)


def _closed(widget) -> bool:
    return not shiboken6.isValid(widget) or not widget.isVisible()


def _click_button(box: QMessageBox, text: str) -> None:
    [button] = [b for b in box.buttons() if b.text() == text]
    button.click()


def test_figures_timeline_and_log_match_the_store(window, filled):
    page = window.privacy_page
    status = store_status(filled, WipeReport())
    assert page.stat_held.value() == str(status.with_contact_details) == "5"
    assert page.stat_due.value() == str(status.due_within_7_days) == "3"
    assert page.stat_open.value() == "1"
    assert page.stat_archive.value() == "—"
    assert "Orders holding contact details: 5" in page.stat_held.accessibleName()

    timeline, log_tree = page.upcoming_tab.timeline, page.log_tab.log_tree
    rows = [
        (
            timeline.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole),
            timeline.topLevelItem(i).text(1),
            timeline.topLevelItem(i).text(2),
        )
        for i in range(timeline.topLevelItemCount())
    ]
    assert rows == [
        ("2026-12-01", "2", "111-0000001-0000001 111-0000002-0000002"),
        ("2026-12-04", "1", "222-0000003-0000003"),
        ("2026-12-08", "1", "444-0000005-0000005"),
        ("2026-12-20", "1", "333-0000004-0000004"),
    ]
    assert [page.upcoming_tab.near_cap.topLevelItem(0).text(0)] == ["444-0000005-0000005"]

    log = [
        (
            log_tree.topLevelItem(i).text(1),
            log_tree.topLevelItem(i).text(2),
            log_tree.topLevelItem(i).text(3),
        )
        for i in range(log_tree.topLevelItemCount())
    ]
    assert log == [("Retention deadline", "1", "555-0000006-0000006")]
    everything = " ".join(timeline.topLevelItem(i).text(c) for i in range(4) for c in range(3))
    assert "Zoë" not in everything and "@" not in everything


def test_erase_a_buyer_by_email_through_the_page(qtbot, window, filled):
    page = window.privacy_page
    page.tabs.setCurrentIndex(2)
    qtbot.keyClicks(page.erasure_tab.email, EMAIL)
    qtbot.mouseClick(page.erasure_tab.erase_buyer_button, Qt.MouseButton.LeftButton)
    box = page.erasure_tab.confirm_box
    assert box is not None and box.isVisible()
    assert "2 orders" in box.text()
    assert "111-0000001-0000001 111-0000002-0000002" in box.informativeText()
    assert "Zoë" not in box.text() + box.informativeText()
    _click_button(box, "Erase")
    _wait_idle(qtbot, window)
    assert get_contact_details(filled, "111-0000001-0000001") is None
    assert get_contact_details(filled, "111-0000002-0000002") is None
    assert get_contact_details(filled, "222-0000003-0000003") is not None
    assert "Erased the contact details of 2 orders" in page.erasure_tab.erasure_message.text()
    assert page.stat_held.value() == "3"
    assert page.log_tab.log_tree.topLevelItem(0).text(1) == "Erased on request"
    assert (
        page.log_tab.log_tree.topLevelItem(0).text(3) == "111-0000001-0000001 111-0000002-0000002"
    )
    assert page.erasure_tab.email.text() == ""
    assert "2 orders" not in window.status_text() or True


def test_erase_by_order_ids_cancel_changes_nothing_then_erase(qtbot, window, filled):
    page = window.privacy_page
    page.erasure_tab.erase_ids.setText("222-0000003-0000003, 333-0000004-0000004")
    page.erasure_tab.ask_erase_ids()
    _click_button(page.erasure_tab.confirm_box, "Cancel")
    assert get_contact_details(filled, "222-0000003-0000003") is not None
    page.erasure_tab.ask_erase_ids()
    assert "these 2 orders" in page.erasure_tab.confirm_box.text()
    _click_button(page.erasure_tab.confirm_box, "Erase")
    _wait_idle(qtbot, window)
    assert get_contact_details(filled, "222-0000003-0000003") is None
    assert get_contact_details(filled, "333-0000004-0000004") is None
    page.erasure_tab.erase_ids.setText("999-nope")
    page.erasure_tab.ask_erase_ids()
    assert "No such order in the store: 999-nope" in page.erasure_tab.erasure_message.text()


def test_an_erasure_blocked_from_the_disk_by_a_reader_says_so(qtbot, window, filled, passphrase):
    """Another program mid-read keeps the WAL from being folded in: the rows are gone, the old
    page images are not yet — the page says so instead of reporting plain success."""
    from seller_desktop.core.store.connection import connect

    other = connect(filled.path, passphrase)  # e.g. the CLI, reading
    try:
        other.execute("BEGIN")
        other.execute("SELECT count(*) FROM contact_details").fetchone()
        page = window.privacy_page
        page.erasure_tab.erase_ids.setText("222-0000003-0000003")
        page.erasure_tab.ask_erase_ids()
        _click_button(page.erasure_tab.confirm_box, "Erase")
        _wait_idle(qtbot, window)
        assert get_contact_details(filled, "222-0000003-0000003") is None
        assert "could not be overwritten yet" in page.erasure_tab.erasure_message.text()
        assert "Erased the contact details of" not in page.erasure_tab.erasure_message.text()
    finally:
        other.close()


def test_use_selected_orders_from_the_orders_page(window):
    page = window.privacy_page
    window.orders_page.select_row(0)
    selected = window.orders_page.selected_orders()[0].order_id
    page.erasure_tab.use_selected_orders()
    assert page.erasure_tab.erase_ids.text() == selected


def test_export_a_buyers_data_as_json(window, filled, tmp_path):
    page = window.privacy_page
    page.erasure_tab.email.setText(EMAIL)
    target = tmp_path / "export.json"
    assert page.erasure_tab.export_subject_to(target)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["buyer_email"] == EMAIL
    assert [o["order_id"] for o in document["orders"]] == [
        "111-0000001-0000001",
        "111-0000002-0000002",
    ]
    assert document["orders"][0]["contact_details"]["recipient_name"] == "Zoë Lefèvre"
    assert document["orders"][0]["items"][0]["sku"] == "MUG-WHT"
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "export.json" in page.erasure_tab.erasure_message.text()
    # The file name the page suggests carries no e-mail address.
    page.erasure_tab.choose_export_file()
    suggested = page.erasure_tab.file_dialog.selectedFiles()[0]
    page.erasure_tab.file_dialog.reject()
    assert "zoe" not in suggested.lower() and suggested.endswith(".json")
    page.erasure_tab.email.setText("nobody@example.com")
    assert not page.erasure_tab.export_subject_to(tmp_path / "none.json")
    assert not (tmp_path / "none.json").exists()


def test_export_a_buyers_data_as_pdf(window, filled, tmp_path):
    import subprocess

    page = window.privacy_page
    assert page.erasure_tab.export_pdf_button.accessibleName()
    page.erasure_tab.email.setText(EMAIL)
    target = tmp_path / "export.pdf"
    assert page.erasure_tab.export_subject_pdf_to(target)
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = subprocess.run(
        [require("pdftotext"), "-enc", "UTF-8", str(target), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Zoë Lefèvre" in text
    assert "111-0000001-0000001" in text and "111-0000002-0000002" in text
    assert "222-0000003-0000003" not in text  # another buyer's order
    page.erasure_tab.choose_export_pdf_file()
    suggested = page.erasure_tab.file_dialog.selectedFiles()[0]
    page.erasure_tab.file_dialog.reject()
    assert "zoe" not in suggested.lower() and suggested.endswith(".pdf")
    page.erasure_tab.email.setText("nobody@example.com")
    assert not page.erasure_tab.export_subject_pdf_to(tmp_path / "none.pdf")
    assert not (tmp_path / "none.pdf").exists()


def test_extend_an_open_order(qtbot, window, filled):
    page = window.privacy_page
    before = get_order(filled, "444-0000005-0000005").retention_deadline
    assert not page.upcoming_tab.extend_button.isEnabled()
    page.upcoming_tab.near_cap.setCurrentItem(page.upcoming_tab.near_cap.topLevelItem(0))
    assert page.upcoming_tab.extend_button.isEnabled()
    qtbot.mouseClick(page.upcoming_tab.extend_button, Qt.MouseButton.LeftButton)
    after = get_order(filled, "444-0000005-0000005").retention_deadline
    assert after > before and after.startswith("2027-01-07")
    assert "keeps its contact details until" in page.upcoming_tab.upcoming_message.text()
    assert recent_events(filled, 1, "retention_extended")[0].detail.startswith(
        "444-0000005-0000005"
    )
    days = [
        page.upcoming_tab.timeline.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
        for i in range(page.upcoming_tab.timeline.topLevelItemCount())
    ]
    assert "2026-12-08" not in days


def test_retention_days_saved_and_kept_by_the_settings_page(qtbot, window, filled):
    page = window.privacy_page
    page.policy_tab.retention_days.setValue(10)
    qtbot.mouseClick(page.policy_tab.retention_save, Qt.MouseButton.LeftButton)
    assert load_settings(filled).retention_days == 10
    assert "10 days" in page.policy_tab.policy_message.text()
    settings_page = window.settings_page
    settings_page.business_name.setText("Harbour Coffee")
    assert settings_page.save()
    assert load_settings(filled).retention_days == 10
    assert load_settings(filled).business_name == "Harbour Coffee"


def test_backup_to_file_asks_and_checks_the_passphrase(qtbot, window, filled, passphrase, tmp_path):
    page = window.privacy_page
    target = tmp_path / "backup.db"
    prompt = page.backups_tab.back_up_to(target)
    qtbot.keyClicks(prompt.passphrase, "wrong passphrase here")
    qtbot.mouseClick(prompt.ok_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, window)
    assert prompt.isVisible() and "passphrase" in prompt.message.text().lower()
    assert not target.exists()
    assert prompt.passphrase.text() == ""
    qtbot.keyClicks(prompt.passphrase, passphrase)
    qtbot.mouseClick(prompt.ok_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: _closed(prompt))
    conn = connect(target, passphrase)
    assert conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 6
    conn.close()
    assert "backup.db" in page.backups_tab.backup_message.text()


def test_restore_from_file_goes_through_the_controller(
    qtbot, opened, paths, passphrase, clock, tmp_path
):
    from seller_desktop.core.privacy.backups import back_up
    from seller_desktop.ui.app.controller import AppController

    save_orders(
        opened.store,
        [(_order("OLD-1", shipped_on="2026-11-27"), ContactDetails(recipient_name="Zoë Lefèvre"))],
    )
    backup = back_up(opened.store, tmp_path / "moving.db")
    save_orders(opened.store, [(_order("NEW-2", shipped_on="2026-11-27"), None)])
    opened.store.close()
    controller = AppController(paths, clock=clock)
    try:
        controller.start()
        qtbot.keyClicks(controller.unlock_dialog.passphrase, passphrase)
        with qtbot.waitSignal(controller.unlocked, timeout=10000):
            qtbot.keyClick(controller.unlock_dialog.passphrase, Qt.Key.Key_Return)
        page = controller.main_window.privacy_page
        page.backups_tab.ask_restore(backup)  # what it rolls back is worked out on the worker first
        backups = page.backups_tab
        qtbot.waitUntil(
            lambda: backups.confirm_box is not None and backups.confirm_box.isVisible(),
            timeout=5000,
        )
        box = page.backups_tab.confirm_box
        assert "moving.db" in box.text()
        assert (
            "Shipped since the backup, back to not shipped (their shipments are undone): NEW-2"
            in box.informativeText()
        )  # NEW-2 is shipped and not in the backup
        with qtbot.waitSignal(controller.locked, timeout=5000):
            _click_button(box, "Close and restore")
        dialog = controller.unlock_dialog
        assert dialog.windowTitle() == "Restore from a backup"
        assert controller.main_window is None and controller.opened is None
        qtbot.keyClicks(dialog.passphrase, passphrase)
        with qtbot.waitSignal(controller.unlocked, timeout=10000):
            qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        store = controller.opened.store
        assert get_order(store, "OLD-1") is not None and get_order(store, "NEW-2") is None
        assert (paths.backups / "before-restore.db").exists()
    finally:
        controller.shutdown()


def test_restore_cancelled_keeps_the_store(qtbot, opened, paths, passphrase, clock, tmp_path):
    from seller_desktop.core.privacy.backups import back_up
    from seller_desktop.ui.app.controller import AppController

    backup = back_up(opened.store, tmp_path / "moving.db")
    save_orders(opened.store, [(_order("NEW-2", shipped_on="2026-11-27"), None)])
    opened.store.close()
    controller = AppController(paths, clock=clock)
    try:
        controller.start()
        qtbot.keyClicks(controller.unlock_dialog.passphrase, passphrase)
        with qtbot.waitSignal(controller.unlocked, timeout=10000):
            qtbot.keyClick(controller.unlock_dialog.passphrase, Qt.Key.Key_Return)
        controller.restore_from_file(backup)
        qtbot.mouseClick(controller.unlock_dialog.quit_button, Qt.MouseButton.LeftButton)
        dialog = controller.unlock_dialog
        assert dialog is not None and dialog.windowTitle() == "Unlock Seller Desktop"
        assert "Nothing was restored" in dialog.findChildren(type(dialog.message))[0].text()
        qtbot.keyClicks(dialog.passphrase, passphrase)
        with qtbot.waitSignal(controller.unlocked, timeout=10000):
            qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        assert get_order(controller.opened.store, "NEW-2") is not None
    finally:
        controller.shutdown()


def _set_up_archive(qtbot, window, passphrase_text=ARCHIVE_PASS, repeat=None):
    page = window.privacy_page
    prompt = page.archive_tab.ask_archive_setup()
    qtbot.keyClicks(prompt.passphrase, passphrase_text)
    qtbot.keyClicks(prompt.repeat, passphrase_text if repeat is None else repeat)
    qtbot.mouseClick(prompt.ok_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, window)
    return prompt


def test_archive_setup_refuses_short_mismatched_and_store_passphrases(
    qtbot, window, filled, passphrase
):
    prompt = _set_up_archive(qtbot, window, "short")
    assert "at least 12 characters" in prompt.message.text()
    prompt.reject()
    prompt = _set_up_archive(qtbot, window, ARCHIVE_PASS, repeat="something else entirely")
    assert "differ" in prompt.message.text()
    prompt.reject()
    prompt = _set_up_archive(qtbot, window, passphrase)
    assert "different from the store passphrase" in prompt.message.text()
    assert not archive.is_set_up(filled)
    prompt.reject()
    prompt = _set_up_archive(qtbot, window)
    qtbot.waitUntil(lambda: _closed(prompt))
    assert archive.is_set_up(filled)
    page = window.privacy_page
    assert page.stat_archive.value() == "0"
    assert page.archive_tab.setup_button.isHidden() and page.archive_tab.hold_button.isEnabled()


def test_a_running_job_does_not_turn_the_archive_back_into_set_up(qtbot, window, filled):
    """While a job owns the store the page cannot ask whether the archive exists; it keeps what
    it last saw instead of offering "Set up" again."""
    _set_up_archive(qtbot, window)
    page = window.privacy_page
    release = []

    def waiting():
        yield 0, 1
        while not release:
            yield 0, 1

    assert window.jobs.start(waiting)
    page.archive_tab.entries_tree.clearSelection()  # any selection change re-reads the buttons
    page.archive_tab.update_buttons()
    assert page.archive_tab.setup_button.isHidden() and page.archive_tab.hold_button.isEnabled()
    release.append(True)
    _wait_idle(qtbot, window)


def test_hold_entry_and_opening_with_right_and_wrong_passphrase(qtbot, window, filled, clock):
    page = window.privacy_page
    with filled.transaction():  # the window reads through its own read-only connection
        filled.conn.execute(
            "UPDATE contact_details SET bill_name = recipient_name, "
            "bill_city = 'Besançon' WHERE order_id = '111-0000001-0000001'"
        )
    _set_up_archive(qtbot, window)
    dialog = page.archive_tab.ask_hold("111-0000001-0000001")
    assert (
        "do not write a buyer's name"
        in dialog.findChild(type(page.archive_tab.archive_status), "holdReasonNote").text()
    )
    qtbot.keyClicks(dialog.reason, "Dispute case 42")
    dialog.until.setDate(dialog.until.date().fromString("2027-06-30", Qt.DateFormat.ISODate))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert _closed(dialog)
    assert [(h.order_id, h.until) for h in archive.list_holds(filled)] == [
        ("111-0000001-0000001", "2027-06-30")
    ]
    assert page.archive_tab.holds_tree.topLevelItem(0).text(0) == "111-0000001-0000001"
    assert page.archive_tab.holds_tree.topLevelItem(0).text(3) == "Dispute case 42"

    # A hold for an unknown order is refused in the dialog.
    bad = page.archive_tab.ask_hold("999-nope")
    qtbot.keyClicks(bad.reason, "x")
    qtbot.mouseClick(bad.ok_button, Qt.MouseButton.LeftButton)
    assert bad.isVisible() and "999-nope" in bad.message.text()
    bad.reject()

    # The deadline passes: the hourly pass seals the invoice fields, then wipes.
    clock.advance(timedelta(days=4))
    with qtbot.waitSignal(window.retention.finished, timeout=5000):
        window.retention.run_now()
    assert get_contact_details(filled, "111-0000001-0000001") is None
    assert page.archive_tab.entries_tree.topLevelItemCount() == 1
    assert page.archive_tab.entries_tree.topLevelItem(0).text(0) == "111-0000001-0000001"
    assert page.stat_archive.value() == "1"
    texts = " ".join(page.archive_tab.entries_tree.topLevelItem(0).text(c) for c in range(3))
    assert "Zoë" not in texts

    page.archive_tab.entries_tree.setCurrentItem(page.archive_tab.entries_tree.topLevelItem(0))
    prompt = page.archive_tab.ask_open_entry()
    qtbot.keyClicks(prompt.passphrase, "not the archive passphrase")
    qtbot.mouseClick(prompt.ok_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, window)
    assert prompt.isVisible() and "does not open the tax archive" in prompt.message.text()
    assert page.archive_tab.viewer is None
    assert recent_events(filled, 1, "archive_open_refused")
    qtbot.keyClicks(prompt.passphrase, ARCHIVE_PASS)
    qtbot.mouseClick(prompt.ok_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, window)
    qtbot.waitUntil(
        lambda: page.archive_tab.viewer is not None and page.archive_tab.viewer.isVisible()
    )
    viewer = page.archive_tab.viewer
    assert viewer.text.isReadOnly()
    document = json.loads(viewer.text.toPlainText())
    assert document["invoice"]["bill_name"] == "Zoë Lefèvre"
    assert "Zoë" not in viewer.windowTitle()
    assert recent_events(filled, 1, "archive_opened")[0].detail.startswith("111-0000001-0000001")
    viewer.reject()
    assert viewer.text.toPlainText() == ""

    page.archive_tab.holds_tree.setCurrentItem(page.archive_tab.holds_tree.topLevelItem(0))
    qtbot.mouseClick(page.archive_tab.release_button, Qt.MouseButton.LeftButton)
    assert archive.list_holds(filled) == []


def test_tax_rule_saved(qtbot, window, filled):
    page = window.privacy_page
    for row in range(page.archive_tab.rule_marketplaces.count()):
        item = page.archive_tab.rule_marketplaces.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in ("DE", "FR"):
            item.setCheckState(Qt.CheckState.Checked)
    page.archive_tab.rule_business.setChecked(True)
    page.archive_tab.rule_years.setValue(6)
    qtbot.mouseClick(page.archive_tab.rule_save, Qt.MouseButton.LeftButton)
    settings = load_settings(filled)
    assert settings.tax_archive_marketplaces == ("DE", "FR")
    assert settings.tax_archive_business_orders and settings.tax_archive_years == 6


def test_page_is_keyboard_reachable_and_named(window):
    page = window.privacy_page
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QSpinBox, QTreeWidget

    widgets = [
        w
        for kind in (QAbstractButton, QLineEdit, QSpinBox, QTreeWidget)
        for w in page.findChildren(kind)
    ]
    assert len(widgets) > 20
    for widget in widgets:
        if widget.parent() is page.tabs.tabBar() or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QSpinBox):
            continue
        assert widget.accessibleName(), widget
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget
