"""What the seller knows about one order that Amazon's data may not say: the day it was delivered
(it moves the review window when Amazon gave no promised dates), a refund or return, a
cancellation the buyer asked for (both can leave the order out of the queue, as the seller's
exclusions say). Plain values in, plain values out; the source keeps them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from seller_desktop.ui.reviews.source import Facts


class FactsDialog(QDialog):
    def __init__(
        self, order_id: str, facts: Facts, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Order {0}").format(order_id))
        form = QFormLayout(self)
        intro = QLabel(
            self.tr(
                "Record what Amazon's data may not say. The delivery day sets the review window "
                "when Amazon gave no promised delivery dates."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.delivered = QCheckBox(self.tr("&Delivered on:"))
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        self.day.setAccessibleName(self.tr("Delivery day"))
        self.delivered.toggled.connect(self.day.setEnabled)
        shown = facts.delivered_on or today
        self.day.setDate(QDate(shown.year, shown.month, shown.day))
        self.delivered.setChecked(facts.delivered_on is not None)
        self.day.setEnabled(facts.delivered_on is not None)
        form.addRow(self.delivered, self.day)
        self.refund = QCheckBox(self.tr("The order was &refunded or returned"))
        self.refund.setChecked(facts.refund_or_return)
        self.cancel = QCheckBox(self.tr("The &buyer asked to cancel"))
        self.cancel.setChecked(facts.cancel_requested)
        form.addRow(self.refund)
        form.addRow(self.cancel)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def facts(self) -> Facts:
        day = self.day.date()
        return Facts(
            date(day.year(), day.month(), day.day()) if self.delivered.isChecked() else None,
            self.refund.isChecked(),
            self.cancel.isChecked(),
        )
