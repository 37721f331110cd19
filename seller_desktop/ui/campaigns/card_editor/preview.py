"""The card editor's live preview: the card as it will print, on a sample order (a made-up order
id, a marketplace and a sample code — never a real buyer), drawn with the core's
``CardRenderer`` and shown as page 1 through ``QPdfDocument`` over a ``QBuffer``.

It is re-rendered on the GUI thread a short moment after the last change (``PREVIEW_DELAY_MS``):
one card renders in a few milliseconds (``last_render_ms``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from seller_desktop.core.base.errors import SellerError
from seller_desktop.core.campaigns import Campaign, Card
from seller_desktop.core.documents.card_layouts import CARD_LAYOUTS
from seller_desktop.core.documents.cards import CardRenderer
from seller_desktop.core.orders.marketplaces import MARKETPLACES
from seller_desktop.ui.campaigns.card_editor.languages import add_languages
from seller_desktop.ui.common.formatting import card_layout_text, seller_message

PREVIEW_DELAY_MS = 200
SAMPLE_ORDER_ID = "123-4567890-1234567"
SAMPLE_CODE = "ABCD-EFGH-JKMN"


@dataclass(frozen=True)
class CardBrand:
    """The seller's settings a card shows: business name (on the back), logo (when the campaign
    has no image), brand colour and border."""

    business_name: str = ""
    logo: bytes = b""
    colour: str = ""
    border: bool = False


@dataclass(frozen=True)
class CardToPreview:
    """What the editor's fields say now: the campaign, its image (b"": none) and whether its
    cards carry a code."""

    campaign: Campaign
    image: bytes
    has_codes: bool


class CardPreview(QWidget):
    """The layout chooser, the page and a note under it. ``card()`` reads the editor's fields."""

    def __init__(
        self,
        card: Callable[[], CardToPreview],
        brand: CardBrand | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._card = card
        self.brand = brand or CardBrand()
        self.preview_bytes = b""
        self.last_render_ms = 0.0
        self.render_count = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.render_now)

        column = QVBoxLayout(self)
        caption = QLabel(self.tr("Preview on a sample order, &layout:"))
        self.layout_choice = QComboBox()
        self.layout_choice.setAccessibleName(self.tr("Card layout of the preview"))
        for name, layout in CARD_LAYOUTS.items():
            self.layout_choice.addItem(card_layout_text(layout.description, layout.stock), name)
        caption.setBuddy(self.layout_choice)
        buyer_caption = QLabel(self.tr("Pre&view for a buyer in:"))
        self.buyer_language = QComboBox()
        self.buyer_language.setAccessibleName(self.tr("Language of the preview's buyer"))
        self.buyer_language.addItem(self.tr("the campaign's first marketplace"), "")
        add_languages(self.buyer_language)
        buyer_caption.setBuddy(self.buyer_language)
        # Each caption above its choice, and the choices allowed to shrink (their lists still
        # show the long names whole): side by side they held the editor wider than the main
        # window's default width (1081 px, 1151 in German).
        for label, choice in ((caption, self.layout_choice), (buyer_caption, self.buyer_language)):
            choice.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            choice.setMinimumContentsLength(20)
            column.addWidget(label)
            column.addWidget(choice)
        self._buffer = QBuffer(self)
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setAccessibleName(self.tr("Card preview"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        # The whole page always fits, so no scroll bars: with them, a page just too tall for the
        # view made one appear, the page shrink, the bar go, the page grow — without end.
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setStyleSheet("QPdfView { background: #8a8f96; }")
        self.view.setMinimumSize(360, 300)
        column.addWidget(self.view, 1)
        self.note = QLabel()
        self.note.setAccessibleName(self.tr("Preview note"))
        self.note.setWordWrap(True)
        column.addWidget(self.note)
        self.layout_choice.currentIndexChanged.connect(self.schedule)
        self.buyer_language.currentIndexChanged.connect(self.schedule)

    def schedule(self) -> None:
        self._timer.start()

    def pending(self) -> bool:
        return self._timer.isActive()

    def render_now(self) -> bool:
        """Draw the card on a sample order now (page 1 shown); False when nothing to draw."""
        self._timer.stop()
        wanted = self._card()
        campaign = wanted.campaign
        note = ""
        if campaign.qr_url and not campaign.qr_url.lower().startswith(("http://", "https://")):
            campaign = replace(campaign, qr_url=None)
            note = self.tr("The QR code appears once the link starts with https://.")
        if not (
            campaign.headline.strip()
            or campaign.body.strip()
            or campaign.qr_url
            or campaign.is_default
        ):
            self._set_pdf(b"")
            self.note.setText(self.tr("Write a headline, a text or a QR link to see the card."))
            return False
        marketplace = self.marketplace(campaign)
        started = time.perf_counter()
        try:
            data = self._draw(campaign, marketplace, wanted)
        except SellerError as err:
            self._set_pdf(b"")
            self.note.setText(seller_message(err))
            return False
        self.last_render_ms = (time.perf_counter() - started) * 1000
        self.render_count += 1
        self._set_pdf(data)
        self.note.setText(
            note
            or self.tr(
                "Sample order {0} ({1}); the code shown is an example: each card gets its own."
            ).format(SAMPLE_ORDER_ID, marketplace)
        )
        return True

    def _draw(self, campaign: Campaign, marketplace: str, wanted: CardToPreview) -> bytes:
        """The sample card's PDF: the first plain SKU of the campaign, the sample code if its
        cards carry one, the image under a key of its own for an unsaved campaign."""
        sku = next((s for s in campaign.skus if not any(ch in s for ch in "*?[")), "SAMPLE-SKU")
        key = campaign.id if campaign.id else -1
        card = Card(
            SAMPLE_ORDER_ID,
            marketplace,
            replace(campaign, id=key),
            sku,
            SAMPLE_CODE if wanted.has_codes else None,
        )
        brand = self.brand
        renderer = CardRenderer(
            self.layout_name(),
            brand.business_name,
            {key: wanted.image} if wanted.image else None,
            logo=brand.logo,
            colour=brand.colour,
            border=brand.border,
        )
        return renderer.render([card])

    def marketplace(self, campaign: Campaign) -> str:
        """The sample order's marketplace: of the chosen buyer's language (one the campaign
        names first), else the campaign's first marketplace, else US."""
        markets = [m.upper() for m in campaign.marketplaces if m.upper() in MARKETPLACES]
        language = self.buyer_language.currentData()
        if language:
            speaking = [code for code, m in MARKETPLACES.items() if m.language == language]
            return next((m for m in markets if m in speaking), speaking[0])
        return markets[0] if markets else "US"

    def layout_name(self) -> str:
        return str(self.layout_choice.currentData() or "4x6")

    def _set_pdf(self, data: bytes) -> None:
        self.preview_bytes = data
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray(data))
        if data:
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)

    def text(self) -> str:
        """The text of the preview's first page (as PDFium reads it)."""
        if self.document.pageCount() < 1:
            return ""
        return self.document.getAllText(0).text()
