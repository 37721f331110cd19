"""The Verify screen (scan to verify): the packer scans the packing slip's barcode, then each
product, and a wrong or extra item is refused before the parcel is sealed.

Made for a bench with a USB scanner, which types the code and Enter: one scan field that always has
the focus (buttons hand it back after a click, the lines table never takes it). A slip's barcode
(the order id) opens the order with its lines; each product's EAN/UPC counts one unit of its line.
A wrong, extra or unknown code is not counted and warns loudly: a red banner and the system beep
(QtMultimedia is not a dependency, so no sound file). When every unit is counted the banner turns
green and the field waits for the next slip; a slip scanned in the middle of an order switches to
that order and says the other was left unfinished.

Products without an EAN: their line is confirmed by scanning or typing the SKU, or with "Count by
hand" (the selected line, else the first one still open). The counting rules are the core's
(``core.orders.verify``); this page only words them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
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
from seller_desktop.core.orders.verify import (
    Line,
    Outcome,
    ScanResult,
    Verification,
    find_order,
    product_for_code,
    start_verification,
)
from seller_desktop.core.store import Store
from seller_desktop.ui.common.formatting import seller_message
from seller_desktop.ui.common.widgets import list_table, page_heading, paragraph
from seller_desktop.ui.verify.banner import BannerState, ScanBanner

_MAX_SHOWN_CODE = 40  # a scanner can read any barcode; show no more of a stray one than this
_COMPLETE = QColor("#ceead6")


class VerifyPage(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.verification: Verification | None = None
        #: How many times the page has beeped (a wrong, extra or unknown scan; a refused order).
        self.alarms = 0
        self.setAccessibleName(self.tr("Verify"))
        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(self.tr("Scan to verify")))
        intro = paragraph(
            self.tr(
                "Scan the barcode on a packing slip, then each product before it goes into the "
                "parcel. A wrong or extra item is refused with a red warning and a beep. Products "
                "without a barcode: scan or type their SKU, or use Count by hand."
            )
        )
        intro.setMaximumWidth(760)
        layout.addWidget(intro)
        self.field = QLineEdit()
        self.field.setAccessibleName(self.tr("Scan field"))
        self.field.setPlaceholderText(self.tr("Scan a packing slip or a product, or type a code"))
        font = self.field.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.field.setFont(font)
        self.field.setMaxLength(200)
        self.field.returnPressed.connect(self._field_entered)
        field_label = QLabel(self.tr("&Scan:"))
        field_label.setBuddy(self.field)
        field_row = QHBoxLayout()
        field_row.addWidget(field_label)
        field_row.addWidget(self.field, 1)
        layout.addLayout(field_row)
        self.banner = ScanBanner(self.tr("Scan result"))
        layout.addWidget(self.banner)
        self.order_label = QLabel()
        self.order_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.order_label)
        self.table = list_table(
            self.tr("Order lines"),
            [self.tr("SKU"), self.tr("Product"), self.tr("EAN/UPC"), self.tr("Counted")],
        )
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scanner types into the field
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.hand_button = QPushButton(self.tr("Count by &hand"))
        self.hand_button.setAccessibleName(
            self.tr("Count one unit of the selected line without a scan")
        )
        self.hand_button.clicked.connect(self.count_by_hand)
        self.restart_button = QPushButton(self.tr("Start &over"))
        self.restart_button.setAccessibleName(self.tr("Count this order again from zero"))
        self.restart_button.clicked.connect(self.start_over)
        for button in (self.hand_button, self.restart_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._show_order()
        self.banner.show_state(BannerState.IDLE, self.tr("Scan a packing slip to start."))

    # -- scanning ------------------------------------------------------------------------------

    def scan(self, text: str) -> None:
        """One scan (or typed code + Enter): a slip opens its order, a product is counted."""
        text = text.strip()
        if not text:
            return
        current = self.verification
        if current is None or current.done:
            self.open_order(text)
            return
        result = current.scan(text)
        if result.outcome is Outcome.UNKNOWN and find_order(self._store, text) is not None:
            self.open_order(text)  # the next slip, scanned before this order was finished
            return
        self._show_result(result)

    def open_order(self, text: str) -> bool:
        """Open the order whose slip was scanned; a red banner if it cannot be verified."""
        previous = self.verification
        order = find_order(self._store, text)
        if order is None:
            sku = product_for_code(self._store, text)
            self._alarm(
                self.tr(
                    "{0} is the product {1}: scan the packing slip's barcode first, then "
                    "its products."
                ).format(_shown(text), sku)
                if sku is not None
                else self.tr(
                    "No order {0} in your orders. Scan the barcode on the packing slip."
                ).format(_shown(text))
            )
            return False
        try:
            verification = start_verification(self._store, order)
        except SellerError as err:
            self._alarm(seller_message(err))
            return False
        self.verification = verification
        self._show_order()
        message = self.tr(
            "Order {0}: scan each product (%n unit(s)).", "", verification.expected
        ).format(verification.order_id)
        if previous is not None and not previous.done and previous.order_id != order.order_id:
            message = self.tr("Order {0} was left unfinished. {1}").format(
                previous.order_id, message
            )
        self.banner.show_state(BannerState.PROGRESS, message)
        return True

    def count_by_hand(self) -> None:
        """One unit of the selected line (else the first open one), for a product with no code."""
        verification = self.verification
        if verification is not None and not verification.done:
            rows = self.table.selectionModel().selectedRows()
            line = (
                verification.lines[rows[0].row()]
                if rows
                else next(line for line in verification.lines if not line.complete)
            )
            self._show_result(verification.count_by_hand(line.sku))
        self.field.setFocus()

    def start_over(self) -> None:
        verification = self.verification
        if verification is not None:
            for line in verification.lines:
                line.counted = 0
            self._show_order()
            self.banner.show_state(
                BannerState.PROGRESS,
                self.tr("Order {0}: counting again from zero.").format(verification.order_id),
            )
        self.field.setFocus()

    def _field_entered(self) -> None:
        text = self.field.text()
        self.field.clear()
        self.scan(text)

    # -- showing -------------------------------------------------------------------------------

    def _show_result(self, result: ScanResult) -> None:
        self._show_order()
        verification = self.verification
        assert verification is not None
        line = result.line
        if result.outcome is Outcome.MATCHED and verification.done:
            self.banner.show_state(
                BannerState.DONE,
                self.tr(
                    "Done: order {0} is complete (%n unit(s)). Scan the next packing slip.",
                    "",
                    verification.expected,
                ).format(verification.order_id),
            )
        elif result.outcome is Outcome.MATCHED and line is not None:
            self.banner.show_state(
                BannerState.PROGRESS,
                self.tr("OK: {0}, {1} of {2}.").format(line.sku, line.counted, line.expected),
            )
        elif result.outcome is Outcome.WRONG:
            self._alarm(
                self.tr("Wrong item: {0} is {1}, which is not in this order. Not counted.").format(
                    _shown(result.code), result.other_sku
                )
            )
        elif result.outcome is Outcome.EXTRA and line is not None:
            self._alarm(
                self.tr("Too many: {0} is complete already ({1} of {1}). Not counted.").format(
                    line.sku, line.expected
                )
            )
        elif result.outcome is Outcome.NEEDS_BARCODE and line is not None:
            self._alarm(
                self.tr("{0} has a barcode: scan the product itself. Not counted.").format(line.sku)
            )
        else:
            self._alarm(
                self.tr("Unknown code {0}: not a product of this order. Not counted.").format(
                    _shown(result.code)
                )
            )

    def _alarm(self, text: str) -> None:
        self.alarms += 1
        self.banner.show_state(BannerState.ALARM, text)
        QApplication.beep()

    def _show_order(self) -> None:
        verification = self.verification
        lines = verification.lines if verification is not None else []
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            self._show_line(row, line)
        self.order_label.setText(
            self.tr("Order {0}: {1} of %n unit(s) counted.", "", verification.expected).format(
                verification.order_id, verification.counted
            )
            if verification is not None
            else self.tr("No order open.")
        )
        open_order = verification is not None and not verification.done
        self.hand_button.setEnabled(open_order)
        self.restart_button.setEnabled(verification is not None)

    def _show_line(self, row: int, line: Line) -> None:
        values = (
            line.sku,
            line.name,
            line.barcode or self.tr("none: scan the SKU"),
            self.tr("{0} of {1}").format(line.counted, line.expected),
        )
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if line.complete:
                item.setBackground(QBrush(_COMPLETE))
                item.setForeground(QBrush(QColor("#0d3b1c")))
            self.table.setItem(row, column, item)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.field.setFocus)  # a scan right after opening the page lands


def _shown(code: str) -> str:
    return code if len(code) <= _MAX_SHOWN_CODE else code[: _MAX_SHOWN_CODE - 1] + "…"
