"""The order's label in its detail pane: "Label: carrier service, tracking" with Reprint label
and Void label, shown only while the order has a bought label.

The row only asks (``reprint_requested`` / ``void_requested`` with the order id): printing and
voiding run through the window (``ui.shell.label_desk``), Void after a question.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from seller_desktop.core.labels.documents import documents
from seller_desktop.core.labels.ledger import live_label
from seller_desktop.core.store import Store


class LabelRow(QWidget):
    reprint_requested = Signal(str)
    void_requested = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.order_id: str | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("Shipping label"))
        self.reprint_button = QPushButton(self.tr("Reprint label"))
        self.void_button = QPushButton(self.tr("Void label…"))
        self.reprint_button.clicked.connect(self._reprint)
        self.void_button.clicked.connect(self._void)
        row.addWidget(self.text, 1)
        row.addWidget(self.reprint_button)
        row.addWidget(self.void_button)
        self.hide()

    def show_order(self, order_id: str | None) -> None:
        """Show the order's bought label, if it has one; else hide."""
        live = live_label(self._store, order_id) if order_id else None
        if live is None or live.state != "bought":
            self.order_id = None
            self.hide()
            return
        self.order_id = order_id
        tracking = next((d.tracking_id for d in documents(self._store, live.order_id)), "")
        self.text.setText(
            self.tr("Label: {0} {1}, tracking {2}").format(live.carrier, live.service, tracking)
        )
        self.show()

    def _reprint(self) -> None:
        if self.order_id:
            self.reprint_requested.emit(self.order_id)

    def _void(self) -> None:
        if self.order_id:
            self.void_requested.emit(self.order_id)
