"""The main window's menus: File (import, export, sync with Amazon, lock, quit), View (the pages), Help (about).

``build_menus`` makes the actions and hands them back; what they do comes in a ``MenuHandlers``
from the window. The texts are filed under ``MainWindow``, the window they are part of.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow

from seller_desktop.ui.shell.navigation import PAGE_KEYS, page_titles


@dataclass(frozen=True)
class MenuHandlers:
    """What the menus' actions call."""

    choose_import_files: Callable[[], None]
    #: Export shipping confirmations; with ``again=True`` all of them, confirmed ones too.
    export_confirmations: Callable[[bool], None]
    sync_amazon: Callable[[], object]
    lock: Callable[[], None]
    quit: Callable[[], object]
    show_page: Callable[[str], None]
    show_about: Callable[[], object]


@dataclass(frozen=True)
class MenuActions:
    import_action: QAction
    export_action: QAction
    export_again_action: QAction
    #: File › Sync with Amazon (enabled by ``ui.amazon.sync_runner`` while an account exists).
    sync_action: QAction
    lock_action: QAction
    quit_action: QAction
    #: View › one action per page, in ``PAGE_KEYS`` order (Ctrl+1 … Ctrl+6).
    page_actions: list[QAction]
    about_action: QAction


def build_menus(window: QMainWindow, handlers: MenuHandlers) -> MenuActions:
    """The menu bar of ``window``, its actions parented to it."""
    translate = QCoreApplication.translate  # texts written out in the calls: lupdate finds them
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    import_action = QAction(translate("MainWindow", "&Import…"), window)
    import_action.setShortcut(QKeySequence(translate("MainWindow", "Ctrl+I")))
    import_action.setStatusTip(
        translate(
            "MainWindow",
            "Import Amazon order reports (you can also drop the files onto the window)",
        )
    )
    import_action.triggered.connect(handlers.choose_import_files)
    file_menu.addAction(import_action)
    export_action = QAction(translate("MainWindow", "&Export shipping confirmations…"), window)
    export_action.setShortcut(QKeySequence(translate("MainWindow", "Ctrl+E")))
    export_action.setStatusTip(
        translate("MainWindow", "Amazon's upload file for shipments not confirmed yet")
    )
    export_action.triggered.connect(lambda: handlers.export_confirmations(False))
    file_menu.addAction(export_action)
    export_again_action = QAction(
        translate("MainWindow", "Export all shipping confirmations &again…"), window
    )
    export_again_action.triggered.connect(lambda: handlers.export_confirmations(True))
    file_menu.addAction(export_again_action)
    file_menu.addSeparator()
    sync_action = QAction(translate("MainWindow", "S&ync with Amazon"), window)
    sync_action.setShortcut(QKeySequence(translate("MainWindow", "F5")))
    sync_action.setStatusTip(
        translate("MainWindow", "Fetch new and changed orders from Amazon and send confirmations")
    )
    sync_action.triggered.connect(handlers.sync_amazon)
    file_menu.addAction(sync_action)
    file_menu.addSeparator()
    lock_action = QAction(translate("MainWindow", "&Lock"), window)
    lock_action.setShortcut(QKeySequence(translate("MainWindow", "Ctrl+L")))
    lock_action.setStatusTip(
        translate("MainWindow", "Lock the store until the passphrase is entered again")
    )
    lock_action.triggered.connect(handlers.lock)
    file_menu.addAction(lock_action)
    file_menu.addSeparator()
    quit_action = QAction(translate("MainWindow", "&Quit"), window)
    quit_action.setShortcut(QKeySequence(translate("MainWindow", "Ctrl+Q")))
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    quit_action.triggered.connect(handlers.quit)
    file_menu.addAction(quit_action)

    view_menu = bar.addMenu(translate("MainWindow", "&View"))
    page_actions: list[QAction] = []
    group = QActionGroup(window)
    group.setExclusive(True)
    titles = page_titles()
    for number, key in enumerate(PAGE_KEYS, start=1):
        action = QAction(titles[key], window)
        action.setCheckable(True)
        action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.triggered.connect(lambda _checked=False, k=key: handlers.show_page(k))
        group.addAction(action)
        view_menu.addAction(action)
        page_actions.append(action)

    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    about_action = QAction(translate("MainWindow", "&About Seller Desktop"), window)
    about_action.setMenuRole(QAction.MenuRole.AboutRole)
    about_action.triggered.connect(handlers.show_about)
    help_menu.addAction(about_action)
    return MenuActions(
        import_action,
        export_action,
        export_again_action,
        sync_action,
        lock_action,
        quit_action,
        page_actions,
        about_action,
    )
