"""*Templates…* from the Print page: what a packing slip and a pick list print.

Slip columns (SKU, ASIN, condition, image, EAN), a message and a returns block, branding per
marketplace (``branding_form``), and the pick list's columns and per-order breakdown — with a
live preview of a sample slip beside them (``slip_preview``), drawn with the unsaved template.
Prices and the general footer line stay on the Print page, where they were before templates.

Save goes through ``save_templates``, which checks everything first: a bad value is shown in the
dialog and nothing typed is lost. Revert shows the stored templates again; Close leaves without
saving.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from seller_desktop.core.base.errors import SellerError
from seller_desktop.core.documents.templates import (
    MAX_BLOCK,
    PICK_LIST_COLUMNS,
    SLIP_COLUMNS,
    PickListTemplate,
    SlipTemplate,
    Templates,
    load_templates,
    save_templates,
)
from seller_desktop.core.orders.products import get_products, list_products
from seller_desktop.core.settings import Settings
from seller_desktop.core.store import Store
from seller_desktop.ui.common.formatting import seller_message
from seller_desktop.ui.common.widgets import InlineMessage, button_row, paragraph
from seller_desktop.ui.printing.templates.branding_form import BrandingForm
from seller_desktop.ui.printing.templates.slip_preview import SampleSlip, SlipPreview


class TemplatesDialog(QDialog):
    """The template controls; ``settings`` are the print settings the preview draws with."""

    def __init__(self, store: Store, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._settings = settings
        self._stored = load_templates(store)
        self._opened = False
        self.setWindowTitle(self.tr("Packing slip and pick list templates"))
        self.setAccessibleName(self.tr("Packing slip and pick list templates"))
        self.resize(1080, 760)
        self.message = InlineMessage(self.tr("Templates message"))
        self.slip_columns = self._checkboxes(
            SLIP_COLUMNS, self._slip_column_names(), self.tr("Packing slip column: {0}")
        )
        self.pick_columns = self._checkboxes(
            PICK_LIST_COLUMNS, self._pick_column_names(), self.tr("Pick list column: {0}")
        )
        self.message_block = self._block(self.tr("Message block"))
        self.returns_block = self._block(self.tr("Returns block"))
        self.per_order = QCheckBox(self.tr("Show which orders take how many (&per order)"))
        self.per_order.setAccessibleName(self.tr("Per-order breakdown on pick lists"))
        self.branding = BrandingForm(self.message)
        self.preview = SlipPreview(self._sample(), self._wanted)
        self._build()
        self.branding.changed.connect(self._changed)
        for box in self.slip_columns.values():
            box.toggled.connect(self._changed)
        for block in (self.message_block, self.returns_block):
            block.textChanged.connect(self._changed)
        self.revert()
        self.preview.render_now()

    # -- building --------------------------------------------------------------------------------

    def _slip_column_names(self) -> dict[str, str]:
        return {
            "sku": self.tr("S&KU"),
            "asin": self.tr("AS&IN"),
            "condition": self.tr("&Condition"),
            "image": self.tr("Product ima&ge"),
            "ean": self.tr("&EAN / UPC barcode"),
        }

    def _pick_column_names(self) -> dict[str, str]:
        return {
            "bin": self.tr("&Bin location"),
            "sku": self.tr("&SKU"),
            "image": self.tr("Product i&mage"),
            "ean": self.tr("EAN / &UPC barcode"),
        }

    def _checkboxes(
        self, columns: tuple[str, ...], names: dict[str, str], accessible: str
    ) -> dict[str, QCheckBox]:
        boxes = {}
        for column in columns:
            box = QCheckBox(names[column])
            box.setAccessibleName(accessible.format(names[column].replace("&", "")))
            boxes[column] = box
        return boxes

    def _block(self, name: str) -> QPlainTextEdit:
        block = QPlainTextEdit()
        block.setAccessibleName(name)
        block.setTabChangesFocus(True)
        block.setFixedHeight(64)
        return block

    def _build(self) -> None:
        slip = QGroupBox(self.tr("Packing slip"))
        slip.setAccessibleName(self.tr("Packing slip"))
        slip_form = QFormLayout(slip)
        slip_form.addRow(QLabel(self.tr("Columns besides quantity and product:")))
        slip_form.addRow(_row(self.slip_columns.values()))
        slip_form.addRow(
            paragraph(
                self.tr("Item prices: “Show item prices on packing slips” on the Print page.")
            )
        )
        for caption, block in (
            (self.tr("Mess&age:"), self.message_block),
            (self.tr("&Returns:"), self.returns_block),
        ):
            label = QLabel(caption)
            label.setBuddy(block)
            slip_form.addRow(label, block)
        pick = QGroupBox(self.tr("Pick list"))
        pick.setAccessibleName(self.tr("Pick list"))
        pick_column = QVBoxLayout(pick)
        pick_column.addWidget(QLabel(self.tr("Columns besides quantity and product:")))
        pick_column.addLayout(_row(self.pick_columns.values()))
        pick_column.addWidget(self.per_order)
        controls = QWidget()
        column = QVBoxLayout(controls)
        for part in (slip, self.branding, pick):
            column.addWidget(part)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(controls)
        body = QHBoxLayout()
        body.addWidget(scroll, 3)
        body.addWidget(self.preview, 2)
        row, (self.save_button, self.revert_button, self.close_button) = button_row(
            (self.tr("Sa&ve templates"), self.tr("Save the templates"), self.save),
            (self.tr("Rever&t"), self.tr("Revert to the saved templates"), self.revert),
            (self.tr("Close"), self.tr("Close without saving"), self.reject),
        )
        self.save_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)

    def _sample(self) -> SampleSlip:
        """The settings the preview draws with and the store's first product (read once)."""
        first = list_products(self._store, 0, 1)
        product = first[0] if first else None
        products = get_products(self._store, [product.sku]) if product else {}
        return SampleSlip(self._settings, product, products)

    # -- the fields ------------------------------------------------------------------------------

    def edited(self) -> Templates:
        """The templates as the fields say now (unchecked: ``save`` checks)."""
        slip = SlipTemplate(
            tuple(c for c, box in self.slip_columns.items() if box.isChecked()),
            self.message_block.toPlainText(),
            self.returns_block.toPlainText(),
            self.branding.brandings(),
        )
        pick = PickListTemplate(
            tuple(c for c, box in self.pick_columns.items() if box.isChecked()),
            self.per_order.isChecked(),
        )
        return Templates(slip, pick)

    def _wanted(self) -> tuple[SlipTemplate, str]:
        """For the preview: the unsaved slip template (unchecked text is fine to draw, but a
        block over the limit is cut there, as Save will refuse it) and the chosen marketplace."""
        slip = self.edited().slip
        return replace(slip, message=slip.message[:MAX_BLOCK], returns=slip.returns[:MAX_BLOCK]), (
            self.branding.code()
        )

    def _changed(self) -> None:
        self.message.clear()
        self.preview.schedule()

    def save(self) -> bool:
        try:
            self._stored = save_templates(self._store, self.edited())
        except SellerError as err:
            self.message.show_error(seller_message(err))
            return False
        self.revert()
        self.message.show_info(self.tr("Templates saved."))
        return True

    def revert(self) -> None:
        slip, pick = self._stored.slip, self._stored.pick_list
        for column, box in self.slip_columns.items():
            box.setChecked(slip.shows(column))
        for column, box in self.pick_columns.items():
            box.setChecked(pick.shows(column))
        self.per_order.setChecked(pick.per_order)
        self.message_block.setPlainText(slip.message)
        self.returns_block.setPlainText(slip.returns)
        if self._opened:
            marketplace = self.branding.code()
        else:  # first shown: a marketplace with its own branding, else the seller's own
            marketplace = next(iter(slip.branding), self._settings.default_marketplace)
            self._opened = True
        self.branding.load(dict(slip.branding), marketplace)
        self.message.clear()

    def done(self, result: int) -> None:
        self.preview.shutdown()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.preview.shutdown()
        super().closeEvent(event)


def _row(widgets: Iterable[QWidget]) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row
