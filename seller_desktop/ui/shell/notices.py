"""The notices above the main window's pages: the demo store's, and the failed daily backup's;
and the box that tells, once the window is up, what the start settled about label purchases
whose answer from Amazon was lost (``core.labels.reconcile``).

The backup warning stays until a backup is made: a failed daily backup is not something to miss.
It names the backups folder, never a path, a file's content or a buyer's data; the status bar shows
the last backup's time. Texts are filed under ``MainWindow``, the window they are part of.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from seller_desktop.core.base.clock import Clock
from seller_desktop.core.privacy import backup_status
from seller_desktop.paths import AppPaths
from seller_desktop.ui.common.formatting import catalogue_text
from seller_desktop.ui.common.widgets import InlineMessage
from seller_desktop.ui.shell.status_line import StatusLine

if TYPE_CHECKING:
    from seller_desktop.core.labels.reconcile import LabelNote

translate = QCoreApplication.translate  # texts written out in the calls: lupdate finds them


def demo_banner() -> QLabel:
    """The demo store's notice: nothing in it is real, and it goes when the app quits."""
    banner = QLabel(
        translate(
            "MainWindow",
            "Demo store: the orders, names and addresses are invented, and the store is deleted "
            "when you quit.",
        )
    )
    banner.setObjectName("demoBanner")
    banner.setAccessibleName(translate("MainWindow", "Demo notice"))
    banner.setWordWrap(True)
    banner.setStyleSheet(
        "#demoBanner { background: #fff4ce; color: #3b2f00; padding: 8px 12px;"
        " border-bottom: 1px solid #e0c060; font-weight: bold; }"
    )
    return banner


class BackupNotice:
    """The warning (``warning``, placed by the window) and the status bar's backup time.

    ``changed`` runs after every change of what is known about backups (the Privacy page shows
    them too)."""

    def __init__(
        self, status_line: StatusLine, paths: AppPaths, clock: Clock, changed: Callable[[], None]
    ) -> None:
        self._status_line = status_line
        self._paths = paths
        self._clock = clock
        self._changed = changed
        # When the seller last saved a backup to a file of their choice in this session (such a
        # file may lie outside backups/, where ``last_backup`` looks).
        self._saved_at: datetime | None = None
        self.warning = InlineMessage(translate("MainWindow", "Backup warning"))
        self.warning.setObjectName("backupWarning")
        warning_layout = self.warning.layout()
        if warning_layout is not None:
            warning_layout.setContentsMargins(12, 6, 12, 6)

    def last_backup(self) -> datetime | None:
        """The newest backup in backups/, or one saved to a file in this session if newer."""
        times = [t for t in (backup_status.last_backup(self._paths), self._saved_at) if t]
        return max(times, default=None)

    def refresh(self) -> None:
        """The status bar's "Backed up 07:12" (today), "Backed up 3 Dec" or "No backup yet"."""
        self._status_line.show_last_backup(self.last_backup(), self._clock.now())

    def daily_backup_done(self) -> None:
        self.warning.clear()
        self._changed()

    def daily_backup_failed(self, kind: str) -> None:
        self.warning.show_error(backup_failure_text(kind, self._paths.backups.name))
        self._changed()

    def backup_made(self, when: object) -> None:
        """A backup saved by hand (its time): that is the backup the warning asked for."""
        if isinstance(when, datetime):
            self._saved_at = max(t for t in (when, self._saved_at) if t)
        self.warning.clear()
        self._changed()


def backup_failure_text(kind: str, folder: str) -> str:
    """Why the day's backup failed, in plain words, and what to do. ``kind`` is a
    ``backup_status.FAILURE_*``; ``folder`` the name of the backups folder, never a full path."""
    reasons = {
        backup_status.FAILURE_NO_SPACE: translate("MainWindow", "the disk is full"),
        backup_status.FAILURE_NO_ACCESS: translate(
            "MainWindow", "Seller Desktop may not write to its folder for backups"
        ),
        backup_status.FAILURE_NO_FOLDER: translate(
            "MainWindow", "the folder for backups is missing or is not a folder"
        ),
        backup_status.FAILURE_STORE: translate("MainWindow", "the store could not be read"),
    }
    reason = reasons.get(
        kind, translate("MainWindow", "an unexpected error (its kind is in the log)")
    )
    return translate(
        "MainWindow",
        "The daily backup could not be made: {0}. Check there is free disk space for the "
        "folder “{1}”, or make a backup from Privacy › Backups.",
    ).format(reason, folder)


def label_purchase_box(parent: QWidget, notes: Sequence[LabelNote]) -> QMessageBox:
    """A box listing what the start-up reconcile settled: a label bought after all (now
    recorded), one that did not go through, one still unknown. Never bought twice, and the
    seller should know either way. Window-modal; the caller opens it with ``open()``."""
    lines = [catalogue_text(n.template, n.values, fallback=str(n)) for n in notes]
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("MainWindow", "Shipping labels"),
        "\n\n".join(lines),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("labelPurchaseNotes")
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box
