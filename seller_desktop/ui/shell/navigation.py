"""Moving between the main window's pages: their keys and titles, the sidebar, the page stack.

Only the orders page exists when the window is made (Today is built as it opens); every other page is built on its first visit
(start-up time counts) and takes the place of a bare stand-in in the stack. The texts are filed
under ``MainWindow``, the window they are part of, so their translations stay where they were.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStackedWidget, QWidget

#: Page keys in navigation order; Ctrl+1 … Ctrl+8 follow this order. Today comes first (what to do
#: this morning); Verify after Print: the bench's order of work (print the slips, then scan each
#: parcel's products); Reviews after the parcels are out.
PAGE_KEYS = ("today", "orders", "print", "verify", "reviews", "campaigns", "privacy", "settings")


def page_titles() -> dict[str, str]:
    """Page key → its title in the sidebar and the View menu, translated when called."""
    translate = QCoreApplication.translate  # texts written out in the calls: lupdate finds them
    return {
        "today": translate("MainWindow", "Today"),
        "orders": translate("MainWindow", "Orders"),
        "print": translate("MainWindow", "Print"),
        "verify": translate("MainWindow", "Verify"),
        "reviews": translate("MainWindow", "Reviews"),
        "campaigns": translate("MainWindow", "Campaigns"),
        "privacy": translate("MainWindow", "Privacy"),
        "settings": translate("MainWindow", "Settings"),
    }


class Navigation:
    """The sidebar and the stack of pages beside it, kept on the same page.

    ``build(key)`` makes a page on its first visit; ``built`` holds the pages made so far (the
    ones the window hands over at start, then each visited one). ``actions`` are the View menu's
    page actions, checked as the page changes.
    """

    def __init__(
        self, build: Callable[[str], QWidget], built: dict[str, QWidget], row_height: int
    ) -> None:
        self._build = build
        self.built = built
        self.actions: list[QAction] = []
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(QCoreApplication.translate("MainWindow", "Pages"))
        self.sidebar.setObjectName("sidebar")
        self.stack = QStackedWidget()
        titles = page_titles()
        for number, key in enumerate(PAGE_KEYS, start=1):
            item = QListWidgetItem(titles[key])
            item.setToolTip(
                QCoreApplication.translate("MainWindow", "{0} (Ctrl+{1})").format(
                    titles[key], number
                )
            )
            item.setSizeHint(QSize(0, row_height))
            self.sidebar.addItem(item)
            self.stack.addWidget(built.get(key) or QWidget())
        width = max(self.sidebar.fontMetrics().horizontalAdvance(t) for t in titles.values()) + 48
        self.sidebar.setFixedWidth(max(width, 150))
        self.sidebar.currentRowChanged.connect(self._row_changed)

    def show(self, key: str) -> None:
        self.sidebar.setCurrentRow(PAGE_KEYS.index(key))

    def show_row(self, row: int) -> None:
        """The page at ``row``, or the first page for a row that is not one (an old layout)."""
        self.sidebar.setCurrentRow(row if 0 <= row < len(PAGE_KEYS) else 0)

    def current_key(self) -> str:
        return PAGE_KEYS[self.stack.currentIndex()]

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built (and put in the stack in place of its stand-in) if new."""
        if key not in self.built:
            built = self._build(key)
            index = PAGE_KEYS.index(key)
            stand_in = self.stack.widget(index)
            assert stand_in is not None  # every page key has a widget in the stack
            current = self.stack.currentIndex()
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self.stack.insertWidget(index, built)
            self.stack.setCurrentIndex(current)
            self.built[key] = built
        return self.built[key]

    def _row_changed(self, row: int) -> None:
        if not 0 <= row < len(PAGE_KEYS):
            return
        self.page(PAGE_KEYS[row])
        self.stack.setCurrentIndex(row)
        self.actions[row].setChecked(True)


class LazyPages(Mapping[str, QWidget]):
    """``window.pages[key]``: the page, built on first access like a visit would build it."""

    def __init__(self, navigation: Navigation) -> None:
        self._navigation = navigation

    def __getitem__(self, key: str) -> QWidget:
        if key not in PAGE_KEYS:
            raise KeyError(key)
        return self._navigation.page(key)

    def __iter__(self) -> Iterator[str]:
        return iter(PAGE_KEYS)

    def __len__(self) -> int:
        return len(PAGE_KEYS)
