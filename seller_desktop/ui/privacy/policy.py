"""Privacy › Retention policy: the policy in plain words and the days contact details are kept."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QWidget

from seller_desktop.core.privacy.deadlines import (
    EXTENSION_DAYS,
    OPEN_ORDER_DAYS,
    OPEN_ORDER_WARNING_DAYS,
)
from seller_desktop.core.privacy.retention import set_retention_days
from seller_desktop.core.settings import MAX_RETENTION_DAYS, Settings
from seller_desktop.core.store import Store
from seller_desktop.ui.common.jobs import JobRunner
from seller_desktop.ui.common.widgets import InlineMessage, paragraph
from seller_desktop.ui.privacy.parts import make_button, save_setting, tab_layout


class PolicyTab(QWidget):
    """The policy text and the retention days; saving recomputes every deadline (GUI thread)."""

    #: The retention days were saved: the ``Settings`` object.
    saved = Signal(object)

    def __init__(
        self, store: Store, settings: Settings, jobs: JobRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._jobs = jobs
        layout = tab_layout(self)
        for text in (
            self.tr(
                "Amazon's Data Protection Policy lets you keep a buyer's contact details — "
                "names, addresses, phone numbers, e-mail, gift messages, tax ids — for at most "
                "30 days after the order is delivered. Seller Desktop removes them for good "
                "when that time is up: from the store, its search index and its backups."
            ),
            self.tr(
                "Delivered or shipped orders: the days below count from the delivery date you "
                "recorded, else the latest expected delivery date, else the ship date."
            ),
            self.tr("Cancelled orders: the days count from the cancellation."),
            self.tr(
                "Orders still to ship: the address is kept at most {0} days after purchase. "
                "From day {1} the order is listed under Upcoming wipes, where you can give it "
                "{2} more days."
            ).format(OPEN_ORDER_DAYS, OPEN_ORDER_WARNING_DAYS, EXTENSION_DAYS),
            self.tr(
                "What stays after the wipe: order and item ids, SKUs, product names, "
                "quantities, prices, dates, the marketplace, the ship-to country and region, "
                "and campaign and review status — enough for your accounts and statistics."
            ),
        ):
            label = paragraph(text)
            label.setMaximumWidth(820)
            layout.addWidget(label)
        row = QHBoxLayout()
        label = QLabel(self.tr("Keep contact details for"))
        self.retention_days = QSpinBox()
        self.retention_days.setRange(1, MAX_RETENTION_DAYS)
        self.retention_days.setSuffix(self.tr(" days after delivery"))
        self.retention_days.setAccessibleName(
            self.tr("Days contact details are kept after delivery")
        )
        label.setBuddy(self.retention_days)
        self.retention_save = make_button(
            self.tr("Sa&ve"), self.tr("Save the retention days"), self.save_retention
        )
        row.addWidget(label)
        row.addWidget(self.retention_days)
        row.addWidget(self.retention_save)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Between 1 and {0} days. Saving recomputes the deadline of every order that still holds "
                    "contact details; a shorter period removes them at the next wipe."
                ).format(MAX_RETENTION_DAYS)
            )
        )
        self.policy_message = InlineMessage(self.tr("Retention setting message"))
        layout.addWidget(self.policy_message)
        layout.addStretch(1)
        self.show_settings(settings)

    def show_settings(self, settings: Settings) -> None:
        self.retention_days.setValue(settings.retention_days)

    def save_retention(self) -> bool:
        days = self.retention_days.value()
        saved = save_setting(
            self._store,
            self._jobs,
            lambda s: replace(s, retention_days=days),
            self.policy_message,
            self.tr("Saved: contact details are kept %n days after delivery.", "", days),
            save=lambda _settings: set_retention_days(self._store, days),
        )
        if saved is None:
            return False
        self.show_settings(saved)
        self.saved.emit(saved)
        return True
