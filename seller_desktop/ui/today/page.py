"""The Today page, first in the window: what the seller has to do today, each a click from its
screen. Numbers only (``core.today`` and the review queue), never a buyer's details.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from seller_desktop.core.today import TodayCounts

#: Where each row's button leads; the window turns a link into a page and, for the Orders page,
#: a filter ("late": ship-by Late; "due_today": Due today; "to_print": Unshipped, not printed).
LINKS = ("to_print", "late", "due_today", "to_confirm", "reviews", "privacy", "sync")


class TodayPage(QWidget):
    """One row per kind of work: a count, what it means, and a button to its screen."""

    #: The seller pressed a row's button (its link, one of ``LINKS``).
    open_requested = Signal(str)

    def __init__(
        self,
        counts: Callable[[], TodayCounts],
        reviews_due: Callable[[], int],
        sync_time: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._counts = counts
        self._reviews_due = reviews_due
        self._sync_time = sync_time
        self.setObjectName("todayPage")
        outer = QVBoxLayout(self)
        heading = QLabel(self.tr("Today"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        outer.addWidget(heading)
        self.grid = QGridLayout()
        outer.addLayout(self.grid)
        outer.addStretch(1)
        buttons = {
            "to_print": self.tr("Show orders to print"),
            "late": self.tr("Show late orders"),
            "due_today": self.tr("Show orders due today"),
            "to_confirm": self.tr("Export shipping confirmations…"),
            "reviews": self.tr("Open Reviews"),
            "privacy": self.tr("Open Privacy"),
            "sync": self.tr("Sync with Amazon"),
        }
        self.texts: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        for row, link in enumerate(LINKS):
            text = QLabel()
            text.setWordWrap(True)
            button = QPushButton(buttons[link])
            button.clicked.connect(lambda _checked=False, link=link: self.open_requested.emit(link))
            text.setBuddy(button)
            self.grid.addWidget(text, row, 0)
            self.grid.addWidget(button, row, 1)
            self.texts[link], self.buttons[link] = text, button
        self.grid.setColumnStretch(0, 1)
        self.refresh()

    #: Changed while hidden (``page_builders.refresh_pages``): read again when shown.
    stale = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the counts again."""
        self.stale = False
        counts = self._counts()
        tr = self.tr
        due = self._reviews_due()
        confirm = counts.to_confirm_api + counts.to_confirm_file
        lines = {
            "to_print": tr("%n order(s) to print", "", counts.to_print),
            "late": tr("%n order(s) late: ship them first", "", counts.late),
            "due_today": tr("%n order(s) to ship today", "", counts.due_today),
            "to_confirm": tr("%n shipment(s) Amazon has not been told of yet", "", confirm),
            "reviews": tr("%n review request(s) due", "", due),
            "privacy": tr(
                "%n order(s) whose contact details are wiped this week", "", counts.wiped_this_week
            ),
            "sync": tr("Last sync with Amazon: {0}").format(self._sync_time(counts.last_sync))
            if counts.last_sync
            else tr("Never synced with Amazon"),
        }
        for link, text in lines.items():
            self.texts[link].setText(text)
        self.buttons["to_confirm"].setEnabled(counts.to_confirm_file > 0)
        self.buttons["reviews"].setEnabled(due is not None)

    def text(self) -> str:
        """Everything the page says, one line per row (for a screen reader and the tests)."""
        return "\n".join(self.texts[link].text() for link in LINKS)
