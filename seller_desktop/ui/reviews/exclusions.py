"""The orders the seller never wants asked for a review: a small settings box on the Reviews
screen. It holds plain values; where they are kept is the source's business."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLineEdit, QWidget

from seller_desktop.ui.reviews.source import Exclusions


class ExclusionsBox(QGroupBox):
    """SKUs never asked, and which kinds of orders are left out."""

    #: The seller changed a setting (the new ``Exclusions``).
    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Never ask for a review"), parent)
        form = QFormLayout(self)
        self.skus = QLineEdit()
        self.skus.setPlaceholderText(self.tr("SKUs, separated by commas"))
        self.skus.setAccessibleName(self.tr("SKUs never asked"))
        self.refunded = QCheckBox(self.tr("Orders with a refund or return"))
        self.cancelled = QCheckBox(self.tr("Cancellations the buyer asked for"))
        self.late = QCheckBox(self.tr("Orders delivered late"))
        form.addRow(self.tr("SKUs:"), self.skus)
        for box in (self.refunded, self.cancelled, self.late):
            form.addRow(box)
            box.toggled.connect(self._emit)
        self.skus.editingFinished.connect(self._emit)
        self.set_values(Exclusions())

    def values(self) -> Exclusions:
        skus = tuple(s.strip() for s in self.skus.text().split(",") if s.strip())
        return Exclusions(
            skus, self.refunded.isChecked(), self.cancelled.isChecked(), self.late.isChecked()
        )

    def set_values(self, values: Exclusions) -> None:
        """Show ``values`` without reporting them as a change."""
        widgets = (self.skus, self.refunded, self.cancelled, self.late)
        for widget in widgets:
            widget.blockSignals(True)
        self.skus.setText(", ".join(values.skus))
        self.refunded.setChecked(values.refunded_or_returned)
        self.cancelled.setChecked(values.buyer_cancelled)
        self.late.setChecked(values.late_delivery)
        for widget in widgets:
            widget.blockSignals(False)

    def _emit(self, *_args: object) -> None:
        self.changed.emit(self.values())
