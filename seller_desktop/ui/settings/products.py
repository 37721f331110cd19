"""Settings › Products: what the seller knows about each SKU (``core.products``).

A table of the products (SKU, the name printed on slips, bin location, barcode, whether an image
is set) and, under it, the form of the selected one, with the weight and size a shipping label's
package is planned from (``core.labels.sizes``; an empty field leaves them as they were). The barcode can be typed or scanned (a
scanner's Enter saves the product), and is what the Verify screen counts a product by. "Add SKUs
from orders" gives every SKU seen in an order a row. Validation (UPC/EAN check digit, lengths) is the core's; its message is shown by
the form. Products hold no personal data.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from seller_desktop.core.base.errors import SellerError
from seller_desktop.core.labels.sizes import get_sizes, parse_dims_cm, parse_grams, set_size
from seller_desktop.core.orders.products import (
    MAX_BIN,
    MAX_IMAGE_BYTES,
    MAX_NAME,
    Product,
    add_skus_from_orders,
    delete_product,
    get_product_image,
    list_products,
    save_product,
)
from seller_desktop.core.store import Store
from seller_desktop.ui.common.formatting import seller_message
from seller_desktop.ui.common.widgets import (
    InlineMessage,
    list_table,
    open_image_dialog,
    paragraph,
    read_image_file,
    show_image,
)


class ProductsPage(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._products: list[Product] = []
        self._image: bytes | None = None  # None: keep the stored image; b"": remove it
        self.setAccessibleName(self.tr("Products"))
        layout = QVBoxLayout(self)
        intro = paragraph(
            self.tr(
                "A shorter product name for packing slips, the bin where the product sits (the pick "
                "list walks the shelves in bin order) and its barcode. SKUs come from your orders."
            )
        )
        intro.setMaximumWidth(760)
        layout.addWidget(intro)

        top = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add SKUs from orders"))
        self.add_button.setAccessibleName(self.tr("Add every SKU of the orders to the products"))
        self.add_button.clicked.connect(self.add_from_orders)
        top.addWidget(self.add_button)
        top.addStretch(1)
        layout.addLayout(top)
        self.table = list_table(
            self.tr("Products table"),
            [
                self.tr("SKU"),
                self.tr("Name on slips"),
                self.tr("Bin"),
                self.tr("Barcode"),
                self.tr("Image"),
            ],
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        for column, sample in ((2, "A10-03-BB"), (3, "0000000000000"), (4, self.tr("Image"))):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 28)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)

        form = QFormLayout()
        self.sku = QLineEdit()
        self.sku.setAccessibleName(self.tr("SKU"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Product name on slips"))
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(self.tr("Empty: the name from the order"))
        self.bin = QLineEdit()
        self.bin.setAccessibleName(self.tr("Bin location"))
        self.bin.setMaxLength(MAX_BIN)
        self.bin.setPlaceholderText(self.tr("e.g. A2-03"))
        self.barcode = QLineEdit()
        self.barcode.setAccessibleName(self.tr("Barcode (UPC or EAN)"))
        self.barcode.setMaxLength(20)
        self.barcode.setPlaceholderText(self.tr("UPC-A, EAN-8 or EAN-13, with its check digit"))
        # A USB scanner types the code and Enter: scanning the product's box saves (or says why not).
        self.barcode.returnPressed.connect(self.save)
        self.weight = QLineEdit()
        self.weight.setAccessibleName(self.tr("Weight in grams"))
        self.weight.setPlaceholderText(self.tr("grams, e.g. 350 (for shipping labels)"))
        self.dims_field = QLineEdit()
        self.dims_field.setAccessibleName(self.tr("Size in centimetres"))
        self.dims_field.setPlaceholderText(
            self.tr("length x width x height in cm, e.g. 30x20x10.5")
        )
        self.image_preview = QLabel()
        self.image_preview.setFixedSize(72, 72)
        self.image_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.image_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_preview.setAccessibleName(self.tr("Product image"))
        self.image_button = QPushButton(self.tr("Choose &image…"))
        self.image_button.setAccessibleName(self.tr("Choose a product image"))
        self.image_button.clicked.connect(self._pick_image)
        self.remove_image_button = QPushButton(self.tr("Remove image"))
        self.remove_image_button.setAccessibleName(self.tr("Remove the product image"))
        self.remove_image_button.clicked.connect(lambda: self._show_image(b"", changed=True))
        image_row = QHBoxLayout()
        image_row.addWidget(self.image_preview)
        image_row.addWidget(self.image_button)
        image_row.addWidget(self.remove_image_button)
        image_row.addStretch(1)
        for caption, field in (
            (self.tr("S&KU:"), self.sku),
            (self.tr("&Name on slips:"), self.name),
            (self.tr("&Bin location:"), self.bin),
            (self.tr("Bar&code:"), self.barcode),
            (self.tr("&Weight:"), self.weight),
            (self.tr("Si&ze:"), self.dims_field),
        ):
            label = QLabel(caption)
            label.setBuddy(field)
            form.addRow(label, field)
        image_label = QLabel(self.tr("Image:"))
        image_label.setBuddy(self.image_button)
        form.addRow(image_label, image_row)
        host = QWidget()
        host.setLayout(form)
        host.setMaximumWidth(640)
        layout.addWidget(host)
        self.message = InlineMessage(self.tr("Products message"))
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Sa&ve product"))
        self.save_button.setAccessibleName(self.tr("Save product"))
        self.save_button.clicked.connect(self.save)
        self.new_button = QPushButton(self.tr("New product"))
        self.new_button.setAccessibleName(self.tr("New product"))
        self.new_button.clicked.connect(self.new_product)
        self.delete_button = QPushButton(self.tr("Delete product"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected product"))
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.save_button, self.new_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.refresh()
        self.new_product()

    # -- reading -------------------------------------------------------------------------------

    def refresh(self, select_sku: str | None = None) -> None:
        self._products = list_products(self._store, 0, 10_000)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._products))
        for row, product in enumerate(self._products):
            values = (
                product.sku,
                product.name_override or "",
                product.bin_location or "",
                product.barcode or "",
                self.tr("Yes") if product.has_image else "",
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.blockSignals(False)
        if select_sku is not None:
            for row, product in enumerate(self._products):
                if product.sku == select_sku:
                    self.table.selectRow(row)
                    break
        self.delete_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def selected_product(self) -> Product | None:
        rows = self.table.selectionModel().selectedRows()
        return self._products[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        product = self.selected_product()
        self.delete_button.setEnabled(product is not None)
        if product is None:
            return
        self.sku.setText(product.sku)
        self.sku.setReadOnly(True)
        self.name.setText(product.name_override or "")
        self.bin.setText(product.bin_location or "")
        self.barcode.setText(product.barcode or "")
        size = get_sizes(self._store, [product.sku]).get(product.sku)
        self.weight.setText(str(size.weight_g) if size and size.weight_g else "")
        self.dims_field.setText(_cm(size.dims) if size and size.dims else "")
        self._show_image(get_product_image(self._store, product.sku) if product.has_image else b"")
        self._image = None
        self.message.clear()

    # -- writing -------------------------------------------------------------------------------

    def new_product(self) -> None:
        self.table.clearSelection()
        for field in (self.sku, self.name, self.bin, self.barcode, self.weight, self.dims_field):
            field.clear()
        self.sku.setReadOnly(False)
        self._show_image(b"")
        self._image = None

    def save(self) -> bool:
        product = Product(self.sku.text(), self.name.text(), self.bin.text(), self.barcode.text())
        try:
            # Weight and size checked before anything is saved; an empty field leaves it as it was.
            weight = parse_grams(self.weight.text()) if self.weight.text().strip() else None
            dims = parse_dims_cm(self.dims_field.text()) if self.dims_field.text().strip() else None
            saved = save_product(self._store, product, self._image)
            if weight is not None or dims is not None:
                set_size(self._store, saved.sku, weight, dims)
        except SellerError as err:
            self.message.show_error(seller_message(err))
            return False
        self.refresh(select_sku=saved.sku)
        self.message.show_info(self.tr("Saved {0}.").format(saved.sku))
        return True

    def delete_selected(self) -> None:
        product = self.selected_product()
        if product is None:
            return
        try:
            delete_product(self._store, product.sku)
        except SellerError as err:
            self.message.show_error(seller_message(err))
            return
        self.refresh()
        self.new_product()
        self.message.show_info(self.tr("Deleted {0}.").format(product.sku))

    def add_from_orders(self) -> int:
        try:
            added = add_skus_from_orders(self._store)
        except SellerError as err:
            self.message.show_error(seller_message(err))
            return 0
        self.refresh()
        self.message.show_info(
            self.tr("Added %n SKU(s) from your orders.", "", added)
            if added
            else self.tr("Every SKU of your orders is in the list already.")
        )
        return added

    def _pick_image(self) -> None:
        self.image_dialog = open_image_dialog(
            self, self.tr("Choose a product image"), self.load_image
        )

    def load_image(self, path: Path) -> bool:
        data, problem = read_image_file(path, MAX_IMAGE_BYTES)
        if data is None:
            self.message.show_error(problem)
            return False
        if not self._show_image(data, changed=True):
            self.message.show_error(self.tr("That file is not a PNG or JPEG image."))
            return False
        return True

    def _show_image(self, data: bytes, *, changed: bool = False) -> bool:
        if not show_image(self.image_preview, data, 68, 68, self.tr("None")):
            return False
        self.remove_image_button.setEnabled(bool(data))
        if changed:
            self._image = data
        return True


def _cm(dims: tuple[int, int, int]) -> str:
    """Millimetres as the seller types centimetres: 300, 200, 105 → "30x20x10.5"."""
    return "x".join(f"{mm / 10:g}" for mm in dims)
