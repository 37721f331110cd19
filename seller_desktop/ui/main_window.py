"""SKELETON — to be replaced: the main window with navigation to the pages."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow

from ..core.retention import WipeReport
from ..core.settings import Settings
from ..core.store import Store


class MainWindow(QMainWindow):
    def __init__(self, store: Store, settings: Settings, wipe_report: WipeReport,
                 *, demo: bool = False, config_dir=None) -> None:
        super().__init__()
        self.store = store
        title = "Demo" if demo else settings.business_name
        self.setWindowTitle(f"Seller Desktop — {title}")
        self.setCentralWidget(QLabel("Orders"))
