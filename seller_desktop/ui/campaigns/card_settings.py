"""The Campaigns page's "Card design" group: the settings every card shares — the brand colour
(or none), a border around each card, and how many cards go into one parcel.

Each change is saved at once through the core (``save_settings`` checks it) over the settings as
stored, so it never undoes what another page saved; ``saved(Settings)`` tells the window.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from seller_desktop.core.base.errors import SellerError
from seller_desktop.core.settings import MAX_CARDS, Settings, load_settings, save_settings
from seller_desktop.core.store import Store
from seller_desktop.ui.common.formatting import seller_message
from seller_desktop.ui.common.widgets import InlineMessage


class CardSettings(QGroupBox):
    """Brand colour, border and cards per parcel, saved as soon as they change."""

    #: The settings as saved (validated by the core).
    saved = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._colour = ""
        self.color_dialog: QColorDialog | None = None
        self.setTitle(self.tr("Card design"))
        self.setAccessibleName(self.tr("Card design"))
        form = QFormLayout(self)
        self.colour_button = QPushButton()
        self.colour_button.setAccessibleName(self.tr("Choose the brand colour"))
        self.colour_button.clicked.connect(self.pick_colour)
        self.no_colour_button = QPushButton(self.tr("No col&our"))
        self.no_colour_button.setAccessibleName(self.tr("No brand colour"))
        self.no_colour_button.clicked.connect(lambda: self.set_colour(""))
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.colour_button)
        colour_row.addWidget(self.no_colour_button)
        colour_row.addStretch(1)
        colour_label = QLabel(self.tr("Brand &colour:"))
        colour_label.setBuddy(self.colour_button)
        form.addRow(colour_label, colour_row)

        self.border = QCheckBox(self.tr("&Border around cards"))
        self.border.setAccessibleName(self.tr("Border around cards"))
        form.addRow("", self.border)

        self.per_parcel = QSpinBox()
        self.per_parcel.setRange(1, MAX_CARDS)
        self.per_parcel.setAccessibleName(self.tr("Cards per parcel"))
        cap_row = QHBoxLayout()
        cap_row.addWidget(self.per_parcel)
        cap_note = QLabel(
            self.tr("at most, the highest-priority campaigns first (the default card last)")
        )
        cap_row.addWidget(cap_note, 1)
        cap_label = QLabel(self.tr("C&ards per parcel:"))
        cap_label.setBuddy(self.per_parcel)
        form.addRow(cap_label, cap_row)
        self.message = InlineMessage(self.tr("Card design message"))
        form.addRow(self.message)

        self.show_settings(load_settings(store))
        self.border.toggled.connect(lambda _on: self.save())
        self.per_parcel.valueChanged.connect(lambda _n: self.save())

    def show_settings(self, settings: Settings) -> None:
        """Show the stored card settings (no save)."""
        for widget in (self.border, self.per_parcel):
            widget.blockSignals(True)
        self.border.setChecked(settings.card_border)
        self.per_parcel.setValue(settings.cards_per_parcel)
        for widget in (self.border, self.per_parcel):
            widget.blockSignals(False)
        self._show_colour(settings.card_colour)

    def _show_colour(self, colour: str) -> None:
        self._colour = colour
        if colour:
            swatch = QPixmap(28, 16)
            swatch.fill(QColor(colour))
            self.colour_button.setIcon(QIcon(swatch))
            self.colour_button.setText(colour)
        else:
            self.colour_button.setIcon(QIcon())
            self.colour_button.setText(self.tr("Choose a colour…"))
        self.no_colour_button.setEnabled(bool(colour))

    def colour(self) -> str:
        return self._colour

    def pick_colour(self) -> None:
        """The colour dialog, starting from the current colour; its choice is saved."""
        dialog = QColorDialog(QColor(self._colour or "#1F6FB2"), self)
        dialog.setWindowTitle(self.tr("Brand colour of the cards"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.colorSelected.connect(lambda c: self.set_colour(c.name().upper()))
        self.color_dialog = dialog
        dialog.open()

    def set_colour(self, colour: str) -> bool:
        """Save ``colour`` ("#RRGGBB", "" for none); False (and the reason shown) if refused."""
        previous = self._colour
        self._colour = colour
        if self.save():
            return True
        self._colour = previous
        return False

    def save(self) -> bool:
        """Save the group's values over the stored settings; the core checks them."""
        try:
            saved = save_settings(
                self._store,
                replace(
                    load_settings(self._store),
                    card_colour=self._colour,
                    card_border=self.border.isChecked(),
                    cards_per_parcel=self.per_parcel.value(),
                ),
            )
        except SellerError as err:
            self.message.show_error(seller_message(err))
            return False
        self._show_colour(saved.card_colour)
        self.message.show_info(self.tr("Saved: cards print with this design from now on."))
        self.saved.emit(saved)
        return True
