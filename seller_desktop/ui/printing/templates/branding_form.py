"""Branding per marketplace in the templates dialog: a marketplace chooser and that marketplace's
business name, return address, logo and footer line. Empty fields use the general settings
(Print page, Settings), so a seller only fills in what differs, say, on amazon.de.

The form keeps every marketplace's unsaved branding while the seller switches between them;
``brandings()`` gives them all, the fields on screen included, for the preview and for Save.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from seller_desktop.core.documents.templates import Branding
from seller_desktop.core.orders.marketplaces import MARKETPLACES
from seller_desktop.core.settings import MAX_FOOTER, MAX_LOGO_BYTES
from seller_desktop.ui.common.widgets import (
    InlineMessage,
    open_image_dialog,
    read_image_file,
    show_image,
)


class BrandingForm(QGroupBox):
    """The *Branding per marketplace* group. ``changed`` after any edit (the preview follows)."""

    changed = Signal()

    def __init__(self, message: InlineMessage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Branding per marketplace"))
        self.setAccessibleName(self.tr("Branding per marketplace"))
        self._message = message
        self._brandings: dict[str, Branding] = {}
        self._code = ""
        self._logo = b""
        self._loaded_footer: str | None = None
        self.marketplace = QComboBox()
        self.marketplace.setAccessibleName(self.tr("Marketplace of the branding"))
        for code, market in MARKETPLACES.items():
            self.marketplace.addItem(f"{code} — {market.name}", code)
        self.business_name = QLineEdit()
        self.business_name.setAccessibleName(self.tr("Business name on this marketplace"))
        self.business_name.setMaxLength(120)
        self.business_name.setPlaceholderText(self.tr("Empty: the general business name"))
        self.return_address = QPlainTextEdit()
        self.return_address.setAccessibleName(self.tr("Return address on this marketplace"))
        self.return_address.setPlaceholderText(self.tr("Empty: the general return address"))
        self.return_address.setTabChangesFocus(True)
        self.return_address.setFixedHeight(72)
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(120, 44)
        self.logo_preview.setAccessibleName(self.tr("Logo of this marketplace"))
        self.choose_logo = QPushButton(self.tr("C&hoose logo…"))
        self.choose_logo.setAccessibleName(self.tr("Choose a logo for this marketplace"))
        self.choose_logo.clicked.connect(self._pick_logo)
        self.remove_logo = QPushButton(self.tr("Use the general l&ogo"))
        self.remove_logo.setAccessibleName(self.tr("Remove this marketplace's logo"))
        self.remove_logo.clicked.connect(lambda: self.set_logo(b""))
        self.footer = QLineEdit()
        self.footer.setAccessibleName(self.tr("Footer line on this marketplace"))
        self.footer.setMaxLength(MAX_FOOTER)
        self.footer.setPlaceholderText(self.tr("Empty: the general footer line"))
        self._build()
        self.marketplace.currentIndexChanged.connect(self._switch)
        self.business_name.textEdited.connect(self.changed)
        self.return_address.textChanged.connect(self.changed)
        self.footer.textEdited.connect(self.changed)

    def _build(self) -> None:
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(self.choose_logo)
        logo_row.addWidget(self.remove_logo)
        logo_row.addStretch(1)
        form = QFormLayout(self)
        for caption, field in (
            (self.tr("Marketp&lace:"), self.marketplace),
            (self.tr("Business &name:"), self.business_name),
            (self.tr("Return a&ddress:"), self.return_address),
        ):
            label = QLabel(caption)
            label.setBuddy(field)
            form.addRow(label, field)
        logo_label = QLabel(self.tr("Logo:"))
        logo_label.setBuddy(self.choose_logo)
        form.addRow(logo_label, logo_row)
        footer_label = QLabel(self.tr("&Footer line:"))
        footer_label.setBuddy(self.footer)
        form.addRow(footer_label, self.footer)

    # -- the seller's brandings ------------------------------------------------------------------

    def load(self, brandings: dict[str, Branding], marketplace: str) -> None:
        """Show these (stored) brandings, with ``marketplace`` chosen."""
        self._brandings = dict(brandings)
        self._code = ""
        index = max(self.marketplace.findData(marketplace), 0)
        if self.marketplace.currentIndex() == index:
            self._switch(index)
        else:
            self.marketplace.setCurrentIndex(index)

    def code(self) -> str:
        return str(self.marketplace.currentData())

    def brandings(self) -> dict[str, Branding]:
        """Every marketplace's branding, the one on screen as its fields say now; a marketplace
        whose fields are all empty has none (it uses the general settings)."""
        return self.brandings_for(self.code())

    def _from_fields(self) -> Branding:
        footer: str | None = self.footer.text().strip() or None
        if footer is None and self._loaded_footer == "":
            footer = ""  # "no footer line", set with the CLI: kept until the seller types one
        return Branding(
            self.business_name.text(), self.return_address.toPlainText(), "", footer
        ).with_logo(self._logo)

    def _switch(self, _index: int) -> None:
        if self._code:
            self._brandings = self.brandings_for(self._code)
        self._code = self.code()
        brand = self._brandings.get(self._code, Branding())
        self._loaded_footer = brand.footer_text
        self.business_name.setText(brand.business_name)
        self.return_address.blockSignals(True)
        self.return_address.setPlainText(brand.return_address)
        self.return_address.blockSignals(False)
        self.footer.setText(brand.footer_text or "")
        self.set_logo(brand.logo, announce=False)
        self.changed.emit()

    def brandings_for(self, code: str) -> dict[str, Branding]:
        """``brandings()`` with the fields on screen taken as ``code``'s (before a switch)."""
        result = dict(self._brandings)
        current = self._from_fields()
        result.pop(code, None)
        if current != Branding():
            result[code] = current
        return result

    # -- the logo --------------------------------------------------------------------------------

    def _pick_logo(self) -> None:
        self.logo_dialog = open_image_dialog(
            self, self.tr("Choose a logo for this marketplace"), self.load_logo
        )

    def load_logo(self, path: Path) -> bool:
        data, problem = read_image_file(path, MAX_LOGO_BYTES)
        if data is None:
            self._message.show_error(problem)
            return False
        self.set_logo(data)
        return True

    def set_logo(self, data: bytes, *, announce: bool = True) -> None:
        self._logo = data
        show_image(self.logo_preview, data, 116, 40, self.tr("General logo"))
        self.remove_logo.setEnabled(bool(data))
        if announce:
            self.changed.emit()
