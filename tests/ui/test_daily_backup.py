"""The daily backup as a seller meets it: unlocking makes it (on the real clock, as in the app),
the window shows when the last backup was made, and a failed backup shows in the window with what
to do — driven through AppController's real start-up, not by calling the backup function."""

from __future__ import annotations

import errno
import os
import shutil
import threading
from datetime import datetime, timezone
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt

from seller_desktop.core.base.errors import DiskFull, FolderNotWritable, WrongPassphrase
from seller_desktop.core.privacy import backup_status
from seller_desktop.core.privacy import backups as app_module
from seller_desktop.core.privacy.backup_status import failure_kind, last_backup
from seller_desktop.core.privacy.retention import WipeReport
from seller_desktop.core.settings import load_settings
from seller_desktop.core.store.connection import connect
from seller_desktop.ui.app.controller import AppController
from seller_desktop.ui.shell.main_window import MainWindow

PRIVACY_BACKUPS_TAB = 3


@pytest.fixture
def controllers(qtbot):
    made: list[AppController] = []
    yield made
    for controller in made:
        controller.shutdown()


def _unlock(qtbot, controllers, paths, passphrase, **kw) -> AppController:
    """Start the app on an existing store and unlock it as a seller would (type, Return)."""
    controller = AppController(paths, **kw)
    controllers.append(controller)
    controller.start()
    dialog = controller.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    with qtbot.waitSignal(controller.unlocked, timeout=10000):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    return controller


def _backup_over(qtbot, controller: AppController) -> None:
    qtbot.waitUntil(
        lambda: (
            controller.backup_window is None
            and controller.main_window is not None
            and not controller.main_window.jobs.busy
        ),
        timeout=15000,
    )


def _gate(monkeypatch) -> threading.Event:
    """Hold the day's backup (a job on the window's worker) until the event is set; the real
    one runs then."""
    release = threading.Event()
    real = app_module.daily_backup

    def held(store, paths, clock):
        assert release.wait(15)
        return real(store, paths, clock)

    monkeypatch.setattr(app_module, "daily_backup", held)
    return release


def test_unlocking_makes_the_daily_backup_on_the_production_clock(
    qtbot, opened, paths, passphrase, controllers
):
    opened.store.close()
    assert not list(paths.backups.glob("daily-*.db"))
    # No clock given: exactly what ``run_app`` does. This once made every daily backup fail.
    controller = _unlock(qtbot, controllers, paths, passphrase)
    assert controller.clock is None
    qtbot.waitUntil(lambda: bool(list(paths.backups.glob("daily-*.db"))), timeout=15000)
    _backup_over(qtbot, controller)

    (backup,) = paths.backups.glob("daily-*.db")
    conn = connect(backup, passphrase)  # an encrypted store keyed with the passphrase
    try:
        assert conn.execute("SELECT count(*) FROM settings").fetchone()[0] >= 0
    finally:
        conn.close()
    made = datetime.strptime(backup.stem.removeprefix("daily-"), "%Y%m%dT%H%M%SZ")
    assert abs(made.replace(tzinfo=timezone.utc) - datetime.now(timezone.utc)).total_seconds() < 120

    window = controller.main_window
    assert window is not None and window.isVisible()
    assert window.status_backup.isVisible()
    assert window.status_backup.text().startswith("Backed up ")  # today: the time of day
    assert not window.backup_warning.isVisible()
    page = window.privacy_page
    window.show_page("privacy")
    page.tabs.setCurrentIndex(PRIVACY_BACKUPS_TAB)
    assert page.backups_tab.backup_status.isVisible()
    assert page.backups_tab.backup_status.text().startswith("Last backup: ")
    assert page.backups_tab.backup_status.text() != "Last backup: "


def test_the_backups_tab_and_status_bar_update_when_the_backup_finishes(
    qtbot, opened, paths, passphrase, clock, controllers, monkeypatch
):
    opened.store.close()
    release = _gate(monkeypatch)
    controller = _unlock(qtbot, controllers, paths, passphrase, clock=clock)
    window = controller.main_window
    assert window is not None
    assert window.status_backup.text() == "No backup yet"
    window.show_page("privacy")
    page = window.privacy_page
    page.tabs.setCurrentIndex(PRIVACY_BACKUPS_TAB)
    assert page.backups_tab.backup_status.text() == "No backup yet"
    assert page.backups_tab.backup_status.isVisible()

    release.set()
    _backup_over(qtbot, controller)
    (backup,) = paths.backups.glob("daily-*.db")
    assert backup.name == "daily-20261128T120000Z.db"  # the fixed clock the store opened with
    qtbot.waitUntil(lambda: page.backups_tab.backup_status.text().startswith("Last backup: "))
    assert window.status_backup.text().startswith("Backed up ")
    assert window.status_backup.toolTip().startswith("Last backup: ")


def test_a_failing_daily_backup_shows_in_the_window(
    qtbot, opened, paths, passphrase, clock, controllers, monkeypatch
):
    opened.store.close()
    secret = str(paths.backups / "daily-20261128T120000Z.db")

    def no_space(self, target):
        raise OSError(errno.ENOSPC, "No space left on device", secret)

    monkeypatch.setattr("seller_desktop.core.store.store.Store.export_to", no_space)
    controller = _unlock(qtbot, controllers, paths, passphrase, clock=clock)
    _backup_over(qtbot, controller)

    window = controller.main_window
    assert window is not None
    warning = window.backup_warning
    qtbot.waitUntil(warning.isVisible)
    text = warning.text()
    assert text == (
        "The daily backup could not be made: the disk is full. Check there is free "
        "disk space for the folder “backups”, or make a backup from Privacy › Backups."
    )
    assert str(paths.data_dir) not in text and "/" not in text  # no paths (a user name) in it
    assert window.status_backup.text() == "No backup yet"
    assert not list(paths.backups.glob("daily-*.db"))

    # The warning stays while the seller works: another page, and back.
    window.show_page("settings")
    window.show_page("orders")
    assert warning.isVisible() and warning.text() == text


def test_a_backups_folder_that_is_no_folder_fails_plainly_and_a_manual_backup_clears_it(
    qtbot, opened, paths, passphrase, clock, controllers, monkeypatch
):
    opened.store.close()
    release = _gate(monkeypatch)
    controller = _unlock(qtbot, controllers, paths, passphrase, clock=clock)
    # Between unlock and the export, backups/ turns into a regular file: nothing can go there.
    shutil.rmtree(paths.backups)
    paths.backups.write_bytes(b"not a folder")
    release.set()
    _backup_over(qtbot, controller)

    window = controller.main_window
    assert window is not None
    qtbot.waitUntil(window.backup_warning.isVisible)
    assert "the folder for backups is missing or is not a folder" in window.backup_warning.text()
    assert "Privacy › Backups" in window.backup_warning.text()

    # What the message says to do: a backup from Privacy › Backups, to a file elsewhere.
    target = paths.data_dir.parent / "elsewhere" / "manual.db"
    target.parent.mkdir()
    page = window.privacy_page
    window.show_page("privacy")
    page.tabs.setCurrentIndex(PRIVACY_BACKUPS_TAB)
    assert page.backups_tab.backup_status.text() == "No backup yet"
    prompt = page.backups_tab.back_up_to(target)
    qtbot.keyClicks(prompt.passphrase, passphrase)
    qtbot.mouseClick(prompt.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not shiboken6.isValid(prompt) or not prompt.isVisible(), timeout=15000)
    assert target.exists()
    qtbot.waitUntil(lambda: not window.backup_warning.isVisible())
    assert window.status_backup.text().startswith("Backed up ")
    assert page.backups_tab.backup_status.text().startswith("Last backup: ")


def test_status_bar_names_the_day_of_an_older_backup(qtbot, store, paths, tmp_path):
    paths.backups.mkdir(parents=True, exist_ok=True)
    (paths.backups / "daily-20261103T071200Z.db").write_bytes(b"")  # only the name is read
    window = MainWindow(
        store, load_settings(store), WipeReport(), config_dir=tmp_path / "cfg", paths=paths
    )
    qtbot.addWidget(window)
    window.show()
    text = window.status_backup.text()
    assert text.startswith("Backed up ") and "3" in text and "Nov" in text
    assert window.status_backup.isVisible()


def test_the_demo_shows_no_backup_status(qtbot, store, paths, tmp_path):
    window = MainWindow(
        store,
        load_settings(store),
        WipeReport(),
        demo=True,
        config_dir=tmp_path / "cfg",
        paths=paths,
    )
    qtbot.addWidget(window)
    window.show()
    assert not window.status_backup.isVisible()


# -- core.backup_status ------------------------------------------------------------------------


def test_last_backup_is_the_newest_db_in_the_backups_folder(paths):
    assert last_backup(paths) is None  # no folder yet
    paths.backups.mkdir(parents=True)
    assert last_backup(paths) is None
    (paths.backups / "index.json").write_text("{}")
    (paths.backups / "notes.txt").write_text("")
    assert last_backup(paths) is None  # only *.db files are backups

    (paths.backups / "daily-20261201T080000Z.db").write_bytes(b"")
    (paths.backups / "daily-20261203T071200Z.db").write_bytes(b"")
    assert last_backup(paths) == datetime(2026, 12, 3, 7, 12, tzinfo=timezone.utc)

    stamped = paths.backups / "before-migration-v2-to-v3-20261204T090000Z.db"
    stamped.write_bytes(b"")
    assert last_backup(paths) == datetime(2026, 12, 4, 9, 0, tzinfo=timezone.utc)

    by_hand = paths.backups / "before-restore.db"  # no stamp: its modification time counts
    by_hand.write_bytes(b"")
    later = datetime(2026, 12, 5, 18, 30, tzinfo=timezone.utc).timestamp()
    os.utime(by_hand, (later, later))
    assert last_backup(paths) == datetime(2026, 12, 5, 18, 30, tzinfo=timezone.utc)
    earlier = datetime(2026, 1, 1, tzinfo=timezone.utc).timestamp()
    os.utime(by_hand, (earlier, earlier))
    assert last_backup(paths) == datetime(2026, 12, 4, 9, 0, tzinfo=timezone.utc)

    (paths.backups / "folder.db").mkdir()  # a folder is no backup
    assert last_backup(paths) == datetime(2026, 12, 4, 9, 0, tzinfo=timezone.utc)


def test_last_backup_when_backups_is_not_a_folder(paths):
    paths.data_dir.mkdir(parents=True)
    paths.backups.write_bytes(b"")
    assert last_backup(paths) is None


def test_a_bad_stamp_falls_back_to_the_files_time(tmp_path: Path):
    file = tmp_path / "daily-20261340T990000Z.db"
    file.write_bytes(b"")
    when = datetime(2026, 6, 1, tzinfo=timezone.utc).timestamp()
    os.utime(file, (when, when))
    assert backup_status.backup_time(file) == datetime(2026, 6, 1, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), backup_status.FAILURE_NO_SPACE),
        (OSError(errno.EDQUOT, "Disk quota exceeded"), backup_status.FAILURE_NO_SPACE),
        (PermissionError(errno.EACCES, "Permission denied"), backup_status.FAILURE_NO_ACCESS),
        (OSError(errno.EROFS, "Read-only file system"), backup_status.FAILURE_NO_ACCESS),
        (FileExistsError(errno.EEXIST, "File exists"), backup_status.FAILURE_NO_FOLDER),
        (NotADirectoryError(errno.ENOTDIR, "Not a directory"), backup_status.FAILURE_NO_FOLDER),
        (WrongPassphrase(), backup_status.FAILURE_STORE),
        # What the window's job runner hands over once it has told the disk's refusal apart.
        (DiskFull("backups"), backup_status.FAILURE_NO_SPACE),
        (FolderNotWritable("backups"), backup_status.FAILURE_NO_ACCESS),
        (AttributeError("'NoneType' object has no attribute 'now'"), backup_status.FAILURE_OTHER),
    ],
)
def test_failure_kind(error, kind):
    assert failure_kind(error) == kind


def test_failure_kind_of_sqlite_errors(tmp_path):
    import sqlcipher3  # type: ignore[import-untyped]

    conn = sqlcipher3.connect(":memory:")
    with pytest.raises(sqlcipher3.OperationalError) as raised:
        conn.execute("ATTACH DATABASE ? AS e", (str(tmp_path / "missing" / "x.db"),))
    assert failure_kind(raised.value) == backup_status.FAILURE_NO_FOLDER
    full = sqlcipher3.OperationalError("database or disk is full")
    assert failure_kind(full) == backup_status.FAILURE_NO_SPACE
