"""Which products a campaign's card goes with: SKUs, SKU patterns, ASINs and marketplaces only,
or the default thank-you card for products no campaign covers. A campaign can never be aimed at
a buyer, and nothing here offers to."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QSpinBox, QWidget

from seller_desktop.core.campaigns import Campaign
from seller_desktop.core.orders.marketplaces import MARKETPLACES


def _split(text: str) -> tuple[str, ...]:
    return tuple(
        part.strip()
        for part in text.replace(";", ",").replace("\n", ",").split(",")
        if part.strip()
    )


def _line(name: str, placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setAccessibleName(name)
    field.setPlaceholderText(placeholder)
    return field


class ProductRules(QObject):
    """The rule fields, each placed in the editor's form; ``changed`` on any edit."""

    #: A rule field changed: the preview draws the card again.
    changed = Signal()

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.skus = _line(self.tr("SKUs and SKU patterns"), self.tr("e.g. ESPRESSO-*, GRINDER-1"))
        self.asins = _line(self.tr("ASINs"), self.tr("e.g. B0ABCDEF12"))
        self.marketplaces = _line(
            self.tr("Marketplaces"),
            self.tr("Empty: all. e.g. US, DE ({0})").format(", ".join(sorted(MARKETPLACES))),
        )
        self.is_default = QCheckBox(
            self.tr("The &default thank-you card for products no campaign covers")
        )
        self.is_default.setAccessibleName(self.tr("Default thank-you card"))
        self.priority = QSpinBox()
        self.priority.setAccessibleName(self.tr("Priority"))
        self.priority.setRange(-1000, 1000)
        self.priority.setToolTip(
            self.tr("A product covered by several campaigns gets the card of the highest priority.")
        )
        self.active = QCheckBox(self.tr("&Active (paused campaigns print no cards)"))
        self.active.setAccessibleName(self.tr("Active"))
        self.note = QLabel(
            self.tr(
                "Campaigns choose products, never buyers: a card depends on "
                "what was ordered and where, nothing else."
            )
        )
        self.note.setWordWrap(True)
        self.is_default.toggled.connect(self._default_toggled)
        for field in (self.skus, self.asins, self.marketplaces):
            field.textChanged.connect(self.changed)
        for box in (self.is_default, self.active):
            box.toggled.connect(self.changed)

    def load(self, c: Campaign) -> None:
        self.skus.setText(", ".join(c.skus))
        self.asins.setText(", ".join(c.asins))
        self.marketplaces.setText(", ".join(c.marketplaces))
        self.is_default.setChecked(c.is_default)
        self._default_toggled(c.is_default)
        self.priority.setValue(c.priority)
        self.active.setChecked(c.active)

    def apply(self, c: Campaign) -> Campaign:
        """``c`` with the rules of the fields (a default card covers no products of its own)."""
        default = self.is_default.isChecked()
        return replace(
            c,
            skus=() if default else _split(self.skus.text()),
            asins=() if default else _split(self.asins.text()),
            marketplaces=() if default else _split(self.marketplaces.text()),
            is_default=default,
            priority=self.priority.value(),
            active=self.active.isChecked(),
        )

    def _default_toggled(self, on: bool) -> None:
        for field in (self.skus, self.asins, self.marketplaces):
            field.setEnabled(not on)
