"""The main window's status bar: the store's counts, what the retention pass did, the last backup.

Numbers and times only, never a buyer's details. The texts are filed under ``MainWindow``, the
window they are part of, so their translations stay where they were.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import QFrame, QLabel, QStatusBar

from seller_desktop.core.status import StoreStatus

translate = QCoreApplication.translate  # texts written out in the calls: lupdate finds them


class StatusLine:
    """The labels in the status bar, and what they say."""

    def __init__(self, bar: QStatusBar, *, demo: bool) -> None:
        self.bar = bar
        self.counts = QLabel()
        self.counts.setAccessibleName(translate("MainWindow", "Store status"))
        self.wipe = QLabel()
        self.wipe.setAccessibleName(translate("MainWindow", "Privacy wipe at start"))
        self.wipe.setWordWrap(False)
        self.separator = QFrame()
        self.separator.setFrameShape(QFrame.Shape.VLine)
        self.separator.setFrameShadow(QFrame.Shadow.Sunken)
        self.backup = QLabel()
        self.backup.setAccessibleName(translate("MainWindow", "Last backup"))
        self.backup.setVisible(not demo)  # the demo store is never backed up
        bar.addWidget(self.counts)
        bar.addWidget(self.separator)
        bar.addWidget(self.wipe, 1)
        bar.addPermanentWidget(self.backup)

    def show_store_status(self, status: StoreStatus) -> None:
        """Counts from the store and what the retention pass at open did (numbers only)."""
        self.counts.setText(
            translate("MainWindow", "Orders: {0} · With contact details: {1}").format(
                status.orders, status.with_contact_details
            )
        )
        messages = []
        if status.wiped_at_open:
            messages.append(
                translate(
                    "MainWindow", "Removed contact details of 1 order past its retention deadline"
                )
                if status.wiped_at_open == 1
                else translate(
                    "MainWindow",
                    "Removed contact details of %n orders past their retention deadline",
                    "",
                    status.wiped_at_open,
                )
            )
        if status.wipe_failed:
            messages.append(
                translate(
                    "MainWindow",
                    "The privacy wipe did not finish; it will be retried at the next start. "
                    "Contact details past their deadline are hidden meanwhile.",
                )
            )
        self.wipe.setText(" · ".join(messages))
        self.wipe.setVisible(bool(messages))
        self.separator.setVisible(bool(messages))

    def show_last_backup(self, when: datetime | None, now: datetime) -> None:
        """ "Backed up 07:12" (today), "Backed up 3 Dec" or "No backup yet"."""
        if when is None:
            self.backup.setText(translate("MainWindow", "No backup yet"))
            self.backup.setToolTip("")
            return
        local = QDateTime.fromSecsSinceEpoch(int(when.timestamp())).toLocalTime()
        today = QDateTime.fromSecsSinceEpoch(int(now.timestamp())).toLocalTime()
        locale = QLocale()
        if local.date() == today.date():
            shown = locale.toString(local.time(), QLocale.FormatType.ShortFormat)
        elif local.date().year() == today.date().year():
            #: A Qt date format (d = day, MMM = short month name) for the status bar's
            #: "Backed up 3 Dec": in the order and style of the language.
            shown = locale.toString(local.date(), translate("MainWindow", "d MMM"))
        else:
            shown = locale.toString(local.date(), QLocale.FormatType.ShortFormat)
        self.backup.setText(translate("MainWindow", "Backed up {0}").format(shown))
        self.backup.setToolTip(
            translate("MainWindow", "Last backup: {0}").format(
                locale.toString(local, QLocale.FormatType.ShortFormat)
            )
        )

    def show_wipe_progress(self, done: int, due: int) -> None:
        if due:
            self.bar.showMessage(
                translate(
                    "MainWindow",
                    "Removing contact details past their retention deadline… {0} of {1}",
                ).format(done, due)
            )

    def text(self) -> str:
        """Everything the status bar says, as one line (what a screen reader would read)."""
        parts = [self.counts.text()]
        if self.wipe.text():
            parts.append(self.wipe.text())
        return " · ".join(parts)
