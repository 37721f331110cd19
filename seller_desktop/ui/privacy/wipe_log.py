"""Privacy › Wipe log: every removal of contact details, by the deadline or on request."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from seller_desktop.core.privacy.overview import wipe_log
from seller_desktop.core.store import Store
from seller_desktop.ui.common.formatting import local_datetime
from seller_desktop.ui.common.widgets import paragraph
from seller_desktop.ui.privacy.parts import ids_text, make_tree, tab_layout


class WipeLogTab(QWidget):
    """The log, order ids only. Reads when the page says so (``refresh``)."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        layout = tab_layout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Every removal of contact details: by the retention wipe or by erasure on request. "
                    "Only order ids are recorded."
                )
            )
        )
        self.log_tree = make_tree(
            self.tr("Wipe log"),
            [self.tr("When"), self.tr("Why"), self.tr("Orders"), self.tr("Order ids")],
        )
        layout.addWidget(self.log_tree, 1)

    def refresh(self) -> None:
        self.log_tree.clear()
        why = {"wipe": self.tr("Retention deadline"), "erasure": self.tr("Erased on request")}
        for entry in wipe_log(self._store):
            item = QTreeWidgetItem(
                [
                    local_datetime(entry.at),
                    why.get(entry.kind, entry.kind),
                    QLocale().toString(entry.count),
                    ids_text(entry.order_ids),
                ]
            )
            item.setToolTip(3, "\n".join(entry.order_ids[:200]))
            self.log_tree.addTopLevelItem(item)
        if not self.log_tree.topLevelItemCount():
            self.log_tree.addTopLevelItem(
                QTreeWidgetItem(["", "", "", self.tr("No contact details have been removed yet.")])
            )
