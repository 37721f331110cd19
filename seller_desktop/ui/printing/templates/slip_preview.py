"""The templates dialog's live preview: a sample packing slip drawn with the unsaved template.

The sample is an invented order (a made-up order id, person and address — never a real buyer) in
the marketplace the branding chooser shows, with two items: the store's first product, if it
has any, and a made-up one. It is rendered through the core's ``SlipRenderer`` on a worker
thread and page 1 is turned into an image there too (``QPdfDocument`` over the bytes in memory,
as ``output.print_steps`` does), so a slow render never freezes the window.

The dialog has its own ``JobRunner`` without a store: the render reads nothing from the store
(the sample product is read once on the GUI thread), so it neither waits behind the window's
import or backup nor holds the store's writer while the seller presses Save. Changes are
debounced (``PREVIEW_DELAY_MS`` after the last one); a change during a render renders once more
when it ends.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QImage, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from seller_desktop.core.base.errors import SellerError
from seller_desktop.core.documents.slips import SlipOptions, SlipOrder, SlipRenderer
from seller_desktop.core.documents.templates import SlipTemplate
from seller_desktop.core.orders.marketplaces import MARKETPLACES
from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
from seller_desktop.core.orders.products import Product
from seller_desktop.core.settings import Settings
from seller_desktop.ui.common.formatting import seller_message
from seller_desktop.ui.common.jobs import (
    JobCancelled,
    JobRunner,
    report_unexpected,
    run_operation,
)
from seller_desktop.ui.printing.output import load_pdf

PREVIEW_DELAY_MS = 300
SAMPLE_ORDER_ID = "123-4567890-1234567"
#: The preview page's width in pixels (shown scaled to the space it has).
PAGE_WIDTH_PX = 760


@dataclass(frozen=True)
class SampleSlip:
    """What the preview draws besides the template: the settings and the sample's products."""

    settings: Settings
    #: The store's first product (its SKU on the first item), or None.
    product: Product | None = None
    products: dict[str, Product] = field(default_factory=dict)


def sample_order(marketplace: str, product: Product | None) -> SlipOrder:
    """The invented order: two items, the first the store's product if it has one."""
    translate = QCoreApplication.translate  # written out in the calls: lupdate finds them
    currency = MARKETPLACES[marketplace].currency if marketplace in MARKETPLACES else "USD"
    first = OrderItem(
        "sample-1",
        product.sku if product else "SAMPLE-MUG",
        2,
        (product.name_override if product else None)
        or translate("SlipPreview", "Coffee mug, blue"),
        asin="B0SAMPLE01",
        item_price="25.98",
    )
    second = OrderItem(
        "sample-2", "SAMPLE-TEA", 1, translate("SlipPreview", "Tea, 100 g"), asin="B0SAMPLE02"
    )
    second.item_price = "6.50"
    order = Order(
        SAMPLE_ORDER_ID,
        marketplace,
        "2026-01-15T09:30:00Z",
        currency=currency,
        ship_service="Standard",
        ship_country=marketplace,
        items=[first, second],
        has_contact_details=True,
    )
    contact = ContactDetails(
        recipient_name=translate("SlipPreview", "Sam Sample"),
        ship_address_1=translate("SlipPreview", "1 Sample Street"),
        ship_city=translate("SlipPreview", "Sampletown"),
        ship_postal_code="12345",
    )
    return SlipOrder(order, contact)


def render_steps(
    sample: SampleSlip, template: SlipTemplate, marketplace: str
) -> Generator[tuple[int, int], None, QImage]:
    """The job: the sample slip's PDF, then its first page as an image (on the worker)."""
    settings = sample.settings
    options = SlipOptions(settings.slip_layout, settings.show_prices, settings.footer_text)
    renderer = SlipRenderer(settings, options, sample.products, template=template)
    data = yield from renderer.render_steps([sample_order(marketplace, sample.product)])
    document, buffer = load_pdf(data)
    try:
        size = document.pagePointSize(0)
        if size.width() <= 0:
            return QImage()
        scale = PAGE_WIDTH_PX / size.width()
        drawn = document.render(0, QSize(PAGE_WIDTH_PX, round(size.height() * scale)))
    finally:
        document.close()
        buffer.close()
    # PDFium leaves the paper transparent: laid on white, as it prints.
    page = QImage(drawn.size(), QImage.Format.Format_RGB32)
    page.fill(Qt.GlobalColor.white)
    painter = QPainter(page)
    painter.drawImage(0, 0, drawn)
    painter.end()
    return page


class _PageImage(QLabel):
    """The page image, scaled to the room the label has (the image never sizes the label)."""

    def __init__(self) -> None:
        super().__init__()
        self.image = QImage()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(320, 400)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QLabel { background: #8a8f96; }")

    def show_image(self, image: QImage) -> None:
        self.image = image
        self._scale()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()

    def _scale(self) -> None:
        if self.image.isNull():
            self.clear()
            return
        room = self.contentsRect().size() - QSize(8, 8)
        self.setPixmap(
            QPixmap.fromImage(self.image).scaled(
                room, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )


class SlipPreview(QWidget):
    """The sample slip as an image and a note under it. ``wanted()`` reads the dialog's fields:
    the unsaved template and the marketplace to show."""

    def __init__(
        self,
        sample: SampleSlip,
        wanted: Callable[[], tuple[SlipTemplate, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._sample = sample
        self._wanted = wanted
        self._again = False
        self.render_count = 0
        self.jobs = JobRunner(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.render_now)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.page = _PageImage()
        self.page.setAccessibleName(self.tr("Packing slip preview"))
        column.addWidget(self.page, 1)
        self.note = QLabel()
        self.note.setAccessibleName(self.tr("Preview note"))
        self.note.setWordWrap(True)
        column.addWidget(self.note)

    @property
    def image(self) -> QImage:
        return self.page.image

    def schedule(self) -> None:
        """Render a moment after the last change."""
        self._timer.start()

    def busy(self) -> bool:
        """A render is waiting or running (tests wait for this to clear)."""
        return self._timer.isActive() or self.jobs.busy or self._again

    def render_now(self) -> None:
        self._timer.stop()
        if self.jobs.busy:  # once more when this one ends, with the fields as they are then
            self._again = True
            return
        self._again = False
        template, marketplace = self._wanted()
        sample = self._sample
        run_operation(
            self.jobs,
            lambda: render_steps(sample, template, marketplace),
            lambda image: self._rendered(image, marketplace),
            self._failed,
        )

    def shutdown(self) -> None:
        """Stop the timer and the worker (the dialog closing)."""
        self._timer.stop()
        self._again = False
        self.jobs.shutdown()

    def _rendered(self, image: object, marketplace: str) -> None:
        assert isinstance(image, QImage)
        self.render_count += 1
        self.page.show_image(image)
        name = MARKETPLACES[marketplace].name if marketplace in MARKETPLACES else marketplace
        self.note.setText(
            self.tr("A sample order on {0}, no real buyer: page 1 as it will print.").format(name)
        )
        self.page.setAccessibleDescription(self.note.text())
        self._next()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, SellerError):
            self.note.setText(seller_message(error))
        elif not isinstance(error, JobCancelled):
            report_unexpected(error)
        self._next()

    def _next(self) -> None:
        if self._again:
            self.render_now()
