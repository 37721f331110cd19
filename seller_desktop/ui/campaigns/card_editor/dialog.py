"""The card editor: one campaign's card design and product rules, with a live preview.

The fields map onto ``core.campaigns.Campaign`` (validation and saving are the core's). The dialog
lays out one form from its parts — the design (``design_form``), the image (``card_image``), the
codes (``codes``), the product rules (``product_rules``) and the text in other languages
(``translations``) — beside the preview (``preview``), and saves through the core. A new
campaign's text is in the language of the seller's default marketplace to start with.

The product rules are SKUs, SKU patterns, ASINs and marketplaces only: a campaign can never be
aimed at a buyer, and nothing here offers to.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from seller_desktop.core.base.errors import SellerError
from seller_desktop.core.campaigns import Campaign, get_campaign_image, save_campaign
from seller_desktop.core.documents.card_fit import text_not_fitting
from seller_desktop.core.orders.marketplaces import MARKETPLACES
from seller_desktop.core.settings import load_settings
from seller_desktop.core.store import Store
from seller_desktop.ui.campaigns.card_editor.card_image import CardImage
from seller_desktop.ui.campaigns.card_editor.codes import CardCodes
from seller_desktop.ui.campaigns.card_editor.design_form import CardDesign
from seller_desktop.ui.campaigns.card_editor.languages import language_name
from seller_desktop.ui.campaigns.card_editor.preview import CardBrand, CardPreview, CardToPreview
from seller_desktop.ui.campaigns.card_editor.product_rules import ProductRules
from seller_desktop.ui.campaigns.card_editor.translations import CardTranslations
from seller_desktop.ui.campaigns.card_editor.wording_marks import WordingMarks
from seller_desktop.ui.common.formatting import seller_message
from seller_desktop.ui.common.widgets import InlineMessage


class CardEditor(QDialog):
    """New (``campaign`` None) or existing campaign. ``saved(Campaign)`` after a save."""

    saved = Signal(object)

    def __init__(
        self,
        store: Store,
        campaign: Campaign | None = None,
        business_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._campaign = campaign
        self.setWindowTitle(self.tr("Edit campaign") if campaign else self.tr("New campaign"))
        self.setAccessibleName(self.windowTitle())
        self.setObjectName("cardEditor")
        self._fit_size()

        self.message = InlineMessage(self.tr("Campaign message"))
        self.design = CardDesign(store.clock.now().date(), self)
        self.image = CardImage(self._stored_image(), self.message, self)
        self.codes = CardCodes(self)
        self.rules = ProductRules(self)
        self.translations = CardTranslations(self)
        self.wording = WordingMarks(self)  # Amazon's rules, checked as the seller types
        self._name_fields()
        self.fit_note = InlineMessage(self.tr("Text length warning"))
        self.preview_pane = CardPreview(self._card_to_preview, self._brand(business_name))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_form())
        splitter.addWidget(self.preview_pane)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addWidget(self._build_buttons())

        self._load(campaign or Campaign(name="", language=self._default_language()))
        self._watch_wording()
        for part in (self.design, self.image, self.codes, self.rules, self.translations):
            part.changed.connect(self.schedule_preview)
            part.changed.connect(self.update_fit_warning)
        self.design.language.currentIndexChanged.connect(
            lambda _i: self.translations.set_own_language(self.design.language.currentData())
        )
        self.translations.picked.connect(self._preview_language)
        for choice in (self.preview_pane.layout_choice, self.preview_pane.buyer_language):
            choice.currentIndexChanged.connect(self.update_fit_warning)
        self.design.update_url_warning()
        self.update_fit_warning()
        self.render_preview()

    def _watch_wording(self) -> None:
        design, other = self.design, self.translations
        for caption, field in (
            (self.tr("Headline"), design.headline),
            (self.tr("Text"), design.body),
            (self.tr("Back side"), design.back_text),
            (self.tr("Translation, headline"), other.headline),
            (self.tr("Translation, text"), other.body),
            (self.tr("Translation, back side"), other.back_text),
        ):
            self.wording.watch(caption, field)
        self.wording.check_all()

    def _fit_size(self) -> None:
        """1100 × 760 where there is room, else the screen's free area: the editor is never
        larger than what shows it (its minimum is under the main window's default 1200 px)."""
        parent = self.parentWidget()
        screen = parent.screen() if parent is not None else self.screen()
        room = screen.availableGeometry().size() if screen is not None else QSize(1100, 760)
        self.resize(min(1100, room.width()), min(760, room.height() - 40))

    def _brand(self, business_name: str) -> CardBrand:
        """The seller's card design from the settings (the business name as the page knows it)."""
        settings = load_settings(self._store)
        return CardBrand(
            business_name or settings.business_name,
            settings.logo,
            settings.card_colour,
            settings.card_border,
        )

    def _default_language(self) -> str:
        market = MARKETPLACES.get(load_settings(self._store).default_marketplace)
        return market.language if market else "en"

    def _preview_language(self, code: str) -> None:
        """Picking a translation shows its card (the buyer's language of the preview)."""
        choice = self.preview_pane.buyer_language
        choice.setCurrentIndex(max(choice.findData(code), 0))

    def _stored_image(self) -> bytes | None:
        """The campaign's stored image (b"" if it was never saved), None when it has none."""
        c = self._campaign
        if not (c and c.has_image):
            return None
        return get_campaign_image(self._store, c.id) if c.id else b""

    def _name_fields(self) -> None:
        """The parts' fields under the editor, where the tests reach them."""
        self.name = self.design.name
        self.language = self.design.language
        self.headline = self.design.headline
        self.body = self.design.body
        self.back_text = self.design.back_text
        self.qr_url = self.design.qr_url
        self.url_warning = self.design.url_warning
        self.code_source = self.codes.code_source
        self.generate_count = self.codes.generate_count
        self.skus = self.rules.skus
        self.asins = self.rules.asins
        self.marketplaces = self.rules.marketplaces
        self.is_default = self.rules.is_default
        self.priority = self.rules.priority
        self.active = self.rules.active

    # -- building ------------------------------------------------------------------------------

    def _build_form(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        host = QWidget()
        form = QFormLayout(host)
        design, rules = self.design, self.rules
        rows: tuple[tuple[str, QWidget | QLayout], ...] = (
            (self.tr("&Name:"), design.name),
            (self.tr("Lan&guage of this text:"), design.language),
            (self.tr("&Headline:"), design.headline),
            (self.tr("&Text:"), design.body),
            ("", self.fit_note),
            ("", self.wording),
            (self.tr("Imag&e:"), self.image.row),
            (self.tr("C&odes:"), self.codes.box),
            (self.tr("&QR link:"), design.qr_url),
            ("", design.url_warning),
            (self.tr("Valid:"), design.dates),
            (self.tr("S&KUs:"), rules.skus),
            (self.tr("AS&INs:"), rules.asins),
            (self.tr("&Marketplaces:"), rules.marketplaces),
            ("", rules.note),
            ("", rules.is_default),
            (self.tr("&Priority:"), rules.priority),
            ("", rules.active),
            (self.tr("&Back side:"), design.back_text),
            ("", self.translations.box),
        )
        buddies = {
            id(self.image.row): self.image.image_button,
            id(self.codes.box): self.codes.code_source,
            id(design.dates): design.valid_from_on,
        }
        for caption, field in rows:
            label = QLabel(caption)
            if isinstance(field, QWidget):
                label.setBuddy(field)
                form.addRow(label, field)
            else:
                label.setBuddy(buddies[id(field)])
                form.addRow(label, field)
        scroll.setWidget(host)
        scroll.setMinimumWidth(580)  # the form without a horizontal scroll bar
        return scroll

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("&Save campaign"))
        self.save_button.setAccessibleName(self.tr("Save campaign"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        return buttons

    def _load(self, c: Campaign) -> None:
        self.design.load(c)
        self.rules.load(c)
        self.translations.load(c.texts, c.language or "")
        self.image.show_current()
        self.codes.load(self._store, c.id)

    # -- the campaign being edited --------------------------------------------------------------

    def edited_campaign(self) -> Campaign:
        """The fields as a Campaign (not validated: ``save`` lets the core check them)."""
        edited = self.rules.apply(self.design.apply(self._campaign or Campaign(name="")))
        return replace(edited, texts=self.translations.texts())

    def save(self) -> Campaign | None:
        """Save through the core, then add the chosen codes; the message says what is wrong."""
        self.message.clear()
        data = self.codes.read_code_file(self.message)
        if data is None:
            return None
        try:
            saved = save_campaign(self._store, self.edited_campaign(), self.image.for_saving)
            self.codes.add_codes(self._store, saved.saved_id, data)
        except SellerError as err:
            self.message.show_error(seller_message(err))
            return None
        self._campaign = saved
        self.saved.emit(saved)
        self.accept()
        return saved

    # -- preview -------------------------------------------------------------------------------

    def _card_to_preview(self) -> CardToPreview:
        return CardToPreview(self.edited_campaign(), self.image.shown, self.codes.has_codes())

    def schedule_preview(self) -> None:
        self.preview_pane.schedule()

    def preview_pending(self) -> bool:
        return self.preview_pane.pending()

    def render_preview(self) -> bool:
        """Draw the card on a sample order now (page 1 shown); False when nothing to draw."""
        return self.preview_pane.render_now()

    def preview_text(self) -> str:
        """The text of the preview's first page (as PDFium reads it)."""
        return self.preview_pane.text()

    @property
    def preview_bytes(self) -> bytes:
        return self.preview_pane.preview_bytes

    @property
    def last_render_ms(self) -> float:
        return self.preview_pane.last_render_ms

    @property
    def render_count(self) -> int:
        return self.preview_pane.render_count

    def update_fit_warning(self) -> None:
        """Under the text fields, while the seller types: which texts the preview's card cuts
        even in the smallest type (``core.documents.card_fit``) — in the preview's layout and
        the language it shows, so a long translation is caught too."""
        preview = self.preview_pane
        campaign = self.edited_campaign()
        marketplace = preview.marketplace(campaign)
        cut = text_not_fitting(
            campaign,
            preview.layout_name(),
            marketplace=marketplace,
            has_code=self.codes.has_codes(),
            image=self.image.shown,
            logo=preview.brand.logo,
        )
        if not cut:
            self.fit_note.clear()
            return
        names = {
            "headline": self.tr("the headline"),
            "body": self.tr("the text"),
            "back": self.tr("the back side's text"),
        }
        text = self.tr(
            "Too long for the layout “{0}” even in the smallest type: {1} will be cut "
            "with “…”. Shorten it or choose a larger layout."
        ).format(preview.layout_choice.currentText(), ", ".join(names[f] for f in cut))
        buyer = MARKETPLACES[marketplace].language
        if any(t.language == buyer and not t.empty for t in campaign.texts):
            text = self.tr("{0} card: {1}").format(language_name(buyer), text)
        self.fit_note.show_warning(text)

    def url_warning_shown(self) -> bool:
        return bool(self.url_warning.text())
