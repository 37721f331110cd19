"""Privacy › Upcoming wipes: the orders whose contact details go in the next days, by day, and the
open orders near their cap, which the seller may extend once."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTreeWidgetItem, QWidget

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.privacy.deadlines import (
    EXTENSION_DAYS,
    OPEN_ORDER_DAYS,
    OPEN_ORDER_WARNING_DAYS,
)
from seller_desktop.core.privacy.overview import upcoming_wipes
from seller_desktop.core.privacy.retention import extend_open_order
from seller_desktop.core.store import Store
from seller_desktop.ui.common.formatting import local_date, local_datetime, seller_message
from seller_desktop.ui.common.jobs import JobRunner
from seller_desktop.ui.common.widgets import InlineMessage, paragraph
from seller_desktop.ui.privacy.parts import (
    ids_text,
    make_button,
    make_tree,
    selected_id,
    tab_layout,
)

#: Days of upcoming wipes shown in the timeline.
TIMELINE_DAYS = 30


class UpcomingTab(QWidget):
    """The timeline and the orders near their cap. Reads when the page says so (``refresh``)."""

    #: "Run the wipe now".
    wipe_requested = Signal()
    #: An order's deadline was moved here (GUI thread): the page announces it and reads anew.
    changed = Signal()

    def __init__(self, store: Store, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._jobs = jobs
        layout = tab_layout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Orders whose contact details are removed in the next {0} days, by day. The wipe "
                    "runs when Seller Desktop starts, every hour while it runs, and when the computer "
                    "wakes up."
                ).format(TIMELINE_DAYS)
            )
        )
        self.timeline = make_tree(
            self.tr("Upcoming wipes"), [self.tr("Day"), self.tr("Orders"), self.tr("Order ids")]
        )
        self.timeline.setMinimumHeight(160)
        layout.addWidget(self.timeline, 2)
        row = QHBoxLayout()
        self.wipe_now_button = make_button(
            self.tr("&Run the wipe now"), self.tr("Run the wipe now"), self.wipe_requested.emit
        )
        row.addWidget(self.wipe_now_button)
        row.addStretch(1)
        layout.addLayout(row)

        self.near_cap_heading = QLabel(
            self.tr("Orders still to ship, past day {0}").format(OPEN_ORDER_WARNING_DAYS)
        )
        font = self.near_cap_heading.font()
        font.setBold(True)
        self.near_cap_heading.setFont(font)
        layout.addSpacing(6)
        layout.addWidget(self.near_cap_heading)
        layout.addWidget(
            paragraph(
                self.tr(
                    "An order not yet shipped keeps its address at most {0} days after purchase. If you "
                    "still need it to ship the parcel, give the order {1} more days."
                ).format(OPEN_ORDER_DAYS, EXTENSION_DAYS)
            )
        )
        self.near_cap = make_tree(
            self.tr("Orders still to ship, past day {0}").format(OPEN_ORDER_WARNING_DAYS),
            [self.tr("Order id"), self.tr("Contact details removed on")],
        )
        self.near_cap.setMinimumHeight(90)
        self.near_cap.setMaximumHeight(150)
        self.near_cap.itemSelectionChanged.connect(self.update_buttons)
        layout.addWidget(self.near_cap, 1)
        row = QHBoxLayout()
        self.extend_button = make_button(
            self.tr("E&xtend {0} days").format(EXTENSION_DAYS),
            self.tr("Extend the selected order by {0} days").format(EXTENSION_DAYS),
            self.extend_selected,
        )
        row.addWidget(self.extend_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.upcoming_message = InlineMessage(self.tr("Upcoming wipes message"))
        layout.addWidget(self.upcoming_message)

    def refresh(self, near: list[tuple[str, str]]) -> None:
        """Read the timeline; show ``near`` (order id, deadline), which the page read for its
        figure. Only while no job runs (the page sees to it)."""
        self._fill_timeline()
        self.near_cap.clear()
        for order_id, deadline in near:
            item = QTreeWidgetItem([order_id, local_datetime(deadline)])
            item.setData(0, Qt.ItemDataRole.UserRole, order_id)
            self.near_cap.addTopLevelItem(item)
        self.update_buttons()

    def _fill_timeline(self) -> None:
        self.timeline.clear()
        for day in upcoming_wipes(self._store, TIMELINE_DAYS):
            item = QTreeWidgetItem(
                [local_date(day.day), QLocale().toString(day.count), ids_text(day.order_ids)]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, day.day)
            item.setToolTip(2, "\n".join(day.order_ids[:200]))
            self.timeline.addTopLevelItem(item)
        if not self.timeline.topLevelItemCount():
            self.timeline.addTopLevelItem(
                QTreeWidgetItem(
                    ["", "", self.tr("Nothing is due in the next {0} days.").format(TIMELINE_DAYS)]
                )
            )

    def update_buttons(self) -> None:
        self.extend_button.setEnabled(bool(selected_id(self.near_cap)))

    def extend_selected(self) -> None:
        order_id = selected_id(self.near_cap)
        if not order_id or self._jobs.busy:
            return
        try:
            deadline = extend_open_order(self._store, order_id, self._store.clock)
        except BadInput as err:
            self.upcoming_message.show_error(seller_message(err))
            return
        self.changed.emit()
        self.upcoming_message.show_info(
            self.tr("Order {0} keeps its contact details until {1}.").format(
                order_id, local_datetime(deadline)
            )
        )
