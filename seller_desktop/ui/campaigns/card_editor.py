"""The card editor: one campaign's card design and product rules, with a live preview.

The fields map onto ``core.campaigns.Campaign`` (validation and saving are the core's). The
preview draws the card as it will print, on a sample order (a made-up order id, a marketplace and
a sample code — never a real buyer), with the core's ``CardRenderer``, and shows page 1 with
``QPdfDocument`` over a ``QBuffer``. It is re-rendered on the GUI thread a short moment after the
last change (``PREVIEW_DELAY_MS``): one card renders in a few milliseconds (``last_render_ms``).

The product rules are SKUs, SKU patterns, ASINs and marketplaces only: a campaign can never be
aimed at a buyer, and nothing here offers to.
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from seller_desktop.core.base.errors import SellerError
from seller_desktop.core.campaigns import (
    Campaign,
    Card,
    add_generated_codes,
    code_counts,
    get_campaign_image,
    import_claim_codes,
    outside_amazon,
    save_campaign,
)
from seller_desktop.core.campaigns.model import MAX_HEADLINE, MAX_IMAGE_BYTES, MAX_NAME
from seller_desktop.core.documents.card_layouts import CARD_LAYOUTS
from seller_desktop.core.documents.cards import CardRenderer
from seller_desktop.core.orders.marketplaces import MARKETPLACES
from seller_desktop.core.store import Store
from seller_desktop.ui.common.formatting import layout_text, seller_message
from seller_desktop.ui.common.widgets import InlineMessage, open_image_dialog, read_image_file

PREVIEW_DELAY_MS = 200
SAMPLE_ORDER_ID = "123-4567890-1234567"
SAMPLE_CODE = "ABCD-EFGH-JKMN"
NO_CODES, GENERATED, IMPORTED = "none", "generated", "imported"


def _split(text: str) -> tuple[str, ...]:
    return tuple(
        part.strip()
        for part in text.replace(";", ",").replace("\n", ",").split(",")
        if part.strip()
    )


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
        self._business_name = business_name
        # None: keep the stored image; b"": none / remove it.
        self._image: bytes | None = None if campaign and campaign.has_image else b""
        self._shown_image = (
            get_campaign_image(store, campaign.id)
            if campaign and campaign.has_image and campaign.id
            else b""
        )
        self._code_file: Path | None = None
        self.preview_bytes = b""
        self.last_render_ms = 0.0
        self.render_count = 0
        self.setWindowTitle(self.tr("Edit campaign") if campaign else self.tr("New campaign"))
        self.setAccessibleName(self.windowTitle())
        self.setObjectName("cardEditor")
        self.resize(1100, 760)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.render_preview)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_form())
        splitter.addWidget(self._build_preview())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        self.message = InlineMessage(self.tr("Campaign message"))
        layout.addWidget(self.message)
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
        layout.addWidget(buttons)

        self._load(campaign or Campaign(name=""))
        self._connect_changes()
        self._update_url_warning()
        self.render_preview()

    # -- building ------------------------------------------------------------------------------

    def _line(self, name: str, limit: int = 0, placeholder: str = "") -> QLineEdit:
        field = QLineEdit()
        field.setAccessibleName(name)
        if limit:
            field.setMaxLength(limit)
        if placeholder:
            field.setPlaceholderText(placeholder)
        return field

    def _build_form(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        host = QWidget()
        form = QFormLayout(host)

        self.name = self._line(
            self.tr("Campaign name"),
            MAX_NAME,
            self.tr("For you only, e.g. Beans for espresso buyers"),
        )
        self.headline = self._line(
            self.tr("Headline"), MAX_HEADLINE, self.tr("e.g. Thank you for your order!")
        )
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Card text"))
        self.body.setTabChangesFocus(True)
        self.body.setFixedHeight(self.fontMetrics().height() * 5)
        self.back_text = QPlainTextEdit()
        self.back_text.setAccessibleName(self.tr("Back-side text"))
        self.back_text.setTabChangesFocus(True)
        self.back_text.setPlaceholderText(self.tr("Empty: the card has no back side"))
        self.back_text.setFixedHeight(self.fontMetrics().height() * 3)

        self.image_preview = QLabel()
        self.image_preview.setFixedSize(72, 48)
        self.image_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.image_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_preview.setAccessibleName(self.tr("Card image"))
        self.image_button = QPushButton(self.tr("Choose &image…"))
        self.image_button.setAccessibleName(self.tr("Choose a card image"))
        self.image_button.clicked.connect(self._pick_image)
        self.remove_image_button = QPushButton(self.tr("Remove image"))
        self.remove_image_button.setAccessibleName(self.tr("Remove the card image"))
        self.remove_image_button.clicked.connect(lambda: self.set_image(b""))
        image_row = QHBoxLayout()
        for widget in (self.image_preview, self.image_button, self.remove_image_button):
            image_row.addWidget(widget)
        image_row.addStretch(1)

        self.code_source = QComboBox()
        self.code_source.setAccessibleName(self.tr("Codes on the cards"))
        self.code_source.addItem(self.tr("No code"), NO_CODES)
        self.code_source.addItem(
            self.tr("Codes this app generates (registration, warranty)"), GENERATED
        )
        self.code_source.addItem(self.tr("Amazon claim codes imported from a file"), IMPORTED)
        self.generate_count = QSpinBox()
        self.generate_count.setAccessibleName(self.tr("How many codes to generate"))
        self.generate_count.setRange(1, 100_000)
        self.generate_count.setValue(500)
        self.code_file_button = QPushButton(self.tr("Choose code &file…"))
        self.code_file_button.setAccessibleName(self.tr("Choose the claim-code file"))
        self.code_file_button.clicked.connect(self._pick_code_file)
        self.code_status = QLabel()
        self.code_status.setAccessibleName(self.tr("Codes of this campaign"))
        self.code_status.setWordWrap(True)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code_source, 1)
        code_row.addWidget(self.generate_count)
        code_row.addWidget(self.code_file_button)
        code_box = QVBoxLayout()
        code_box.addLayout(code_row)
        code_box.addWidget(self.code_status)

        self.qr_url = self._line(
            self.tr("QR code link"),
            500,
            self.tr("Empty: no QR code. e.g. https://www.amazon.com/…"),
        )
        self.url_warning = InlineMessage(self.tr("QR link warning"))

        self.valid_from_on = QCheckBox(self.tr("From"))
        self.valid_from_on.setAccessibleName(self.tr("Valid from a date"))
        self.valid_until_on = QCheckBox(self.tr("until"))
        self.valid_until_on.setAccessibleName(self.tr("Valid until a date"))
        today = QDate.fromString(self._store.clock.now().date().isoformat(), Qt.DateFormat.ISODate)
        self.valid_from = QDateEdit(today)
        self.valid_from.setAccessibleName(self.tr("Valid from"))
        self.valid_until = QDateEdit(today.addMonths(3))
        self.valid_until.setAccessibleName(self.tr("Valid until"))
        for edit in (self.valid_from, self.valid_until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.valid_from_on.toggled.connect(self.valid_from.setEnabled)
        self.valid_until_on.toggled.connect(self.valid_until.setEnabled)
        dates = QHBoxLayout()
        for date_widget in (
            self.valid_from_on,
            self.valid_from,
            self.valid_until_on,
            self.valid_until,
        ):
            dates.addWidget(date_widget)
        dates.addStretch(1)

        self.skus = self._line(
            self.tr("SKUs and SKU patterns"), 0, self.tr("e.g. ESPRESSO-*, GRINDER-1")
        )
        self.asins = self._line(self.tr("ASINs"), 0, self.tr("e.g. B0ABCDEF12"))
        self.marketplaces = self._line(
            self.tr("Marketplaces"),
            0,
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
        rules_note = QLabel(
            self.tr(
                "Campaigns choose products, never buyers: a card depends on "
                "what was ordered and where, nothing else."
            )
        )
        rules_note.setWordWrap(True)

        rows = (
            (self.tr("&Name:"), self.name),
            (self.tr("&Headline:"), self.headline),
            (self.tr("&Text:"), self.body),
            (self.tr("Imag&e:"), image_row),
            (self.tr("C&odes:"), code_box),
            (self.tr("&QR link:"), self.qr_url),
            ("", self.url_warning),
            (self.tr("Valid:"), dates),
            (self.tr("S&KUs:"), self.skus),
            (self.tr("AS&INs:"), self.asins),
            (self.tr("&Marketplaces:"), self.marketplaces),
            ("", rules_note),
            ("", self.is_default),
            (self.tr("&Priority:"), self.priority),
            ("", self.active),
            (self.tr("&Back side:"), self.back_text),
        )
        buddies = {
            id(image_row): self.image_button,
            id(code_box): self.code_source,
            id(dates): self.valid_from_on,
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
        scroll.setMinimumWidth(480)
        return scroll

    def _build_preview(self) -> QWidget:
        host = QWidget()
        column = QVBoxLayout(host)
        row = QHBoxLayout()
        caption = QLabel(self.tr("Preview on a sample order, &layout:"))
        self.preview_layout = QComboBox()
        self.preview_layout.setAccessibleName(self.tr("Card layout of the preview"))
        for name, layout in CARD_LAYOUTS.items():
            self.preview_layout.addItem(layout_text(layout.description), name)
        caption.setBuddy(self.preview_layout)
        row.addWidget(caption)
        row.addWidget(self.preview_layout, 1)
        column.addLayout(row)
        self._buffer = QBuffer(self)
        self.preview_document = QPdfDocument(self)
        self.preview = QPdfView()
        self.preview.setAccessibleName(self.tr("Card preview"))
        self.preview.setDocument(self.preview_document)
        self.preview.setPageMode(QPdfView.PageMode.SinglePage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.preview.setStyleSheet("QPdfView { background: #8a8f96; }")
        self.preview.setMinimumSize(420, 320)
        column.addWidget(self.preview, 1)
        self.preview_note = QLabel()
        self.preview_note.setAccessibleName(self.tr("Preview note"))
        self.preview_note.setWordWrap(True)
        column.addWidget(self.preview_note)
        return host

    def _connect_changes(self) -> None:
        for field in (
            self.name,
            self.headline,
            self.qr_url,
            self.skus,
            self.asins,
            self.marketplaces,
        ):
            field.textChanged.connect(self.schedule_preview)
        self.qr_url.textChanged.connect(self._update_url_warning)
        for edit in (self.body, self.back_text):
            edit.textChanged.connect(self.schedule_preview)
        for box in (self.valid_from_on, self.valid_until_on, self.is_default, self.active):
            box.toggled.connect(self.schedule_preview)
        for date_edit in (self.valid_from, self.valid_until):
            date_edit.dateChanged.connect(self.schedule_preview)
        self.code_source.currentIndexChanged.connect(self._code_source_changed)
        self.preview_layout.currentIndexChanged.connect(self.schedule_preview)
        self.is_default.toggled.connect(self._default_toggled)

    # -- loading -------------------------------------------------------------------------------

    def _load(self, c: Campaign) -> None:
        self.name.setText(c.name)
        self.headline.setText(c.headline)
        self.body.setPlainText(c.body)
        self.back_text.setPlainText(c.back_text)
        self.qr_url.setText(c.qr_url or "")
        for on, edit, value in (
            (self.valid_from_on, self.valid_from, c.valid_from),
            (self.valid_until_on, self.valid_until, c.valid_until),
        ):
            on.setChecked(bool(value))
            edit.setEnabled(bool(value))
            if value:
                edit.setDate(QDate.fromString(value, Qt.DateFormat.ISODate))
        self.skus.setText(", ".join(c.skus))
        self.asins.setText(", ".join(c.asins))
        self.marketplaces.setText(", ".join(c.marketplaces))
        self.is_default.setChecked(c.is_default)
        self._default_toggled(c.is_default)
        self.priority.setValue(c.priority)
        self.active.setChecked(c.active)
        self._show_image(self._shown_image)
        total, left = code_counts(self._store).get(c.id, (0, 0)) if c.id else (0, 0)
        self._codes_total = total
        if total:
            self.code_source.setItemText(0, self.tr("Keep these codes, add none"))
            self.code_status.setText(
                self.tr("{0} codes, {1} not used yet. Choose a source above to add more.").format(
                    total, left
                )
            )
        else:
            self.code_status.setText(self.tr("Each card gets its own code, never reused."))
        self._code_source_changed()

    # -- the campaign being edited --------------------------------------------------------------

    def edited_campaign(self) -> Campaign:
        """The fields as a Campaign (not validated: ``save`` lets the core check them)."""
        base = self._campaign or Campaign(name="")
        return replace(
            base,
            name=self.name.text(),
            headline=self.headline.text(),
            body=self.body.toPlainText(),
            back_text=self.back_text.toPlainText(),
            qr_url=self.qr_url.text().strip() or None,
            valid_from=(
                self.valid_from.date().toString(Qt.DateFormat.ISODate)
                if self.valid_from_on.isChecked()
                else None
            ),
            valid_until=(
                self.valid_until.date().toString(Qt.DateFormat.ISODate)
                if self.valid_until_on.isChecked()
                else None
            ),
            skus=() if self.is_default.isChecked() else _split(self.skus.text()),
            asins=() if self.is_default.isChecked() else _split(self.asins.text()),
            marketplaces=() if self.is_default.isChecked() else _split(self.marketplaces.text()),
            is_default=self.is_default.isChecked(),
            priority=self.priority.value(),
            active=self.active.isChecked(),
        )

    def save(self) -> Campaign | None:
        """Save through the core, then add the chosen codes; the message says what is wrong."""
        self.message.clear()
        source = self.code_source.currentData()
        data = b""
        if source == IMPORTED:
            if self._code_file is None:
                self.message.show_error(
                    self.tr(
                        "Choose the claim-code file Seller Central gave "
                        "you, or choose another code source."
                    )
                )
                return None
            try:
                data = self._code_file.read_bytes()
            except OSError:
                self.message.show_error(self.tr("That file could not be read. Choose another one."))
                return None
        try:
            saved = save_campaign(self._store, self.edited_campaign(), self._image)
            if source == GENERATED:
                add_generated_codes(self._store, saved.saved_id, self.generate_count.value())
            elif source == IMPORTED and self._code_file is not None:
                import_claim_codes(self._store, saved.saved_id, data, self._code_file.name)
        except SellerError as err:
            self.message.show_error(seller_message(err))
            return None
        self._campaign = saved
        self.saved.emit(saved)
        self.accept()
        return saved

    # -- preview -------------------------------------------------------------------------------

    def schedule_preview(self) -> None:
        self._timer.start()

    def preview_pending(self) -> bool:
        return self._timer.isActive()

    def render_preview(self) -> bool:
        """Draw the card on a sample order now (page 1 shown); False when nothing to draw."""
        self._timer.stop()
        campaign = self.edited_campaign()
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
            self.preview_note.setText(
                self.tr("Write a headline, a text or a QR link to see the card.")
            )
            return False
        markets = [m.upper() for m in campaign.marketplaces if m.upper() in MARKETPLACES]
        marketplace = markets[0] if markets else "US"
        sku = next((s for s in campaign.skus if not any(ch in s for ch in "*?[")), "SAMPLE-SKU")
        has_codes = self.code_source.currentData() != NO_CODES or self._codes_total > 0
        key = campaign.id if campaign.id else -1
        image = self._image if self._image is not None else self._shown_image
        card = Card(
            SAMPLE_ORDER_ID,
            marketplace,
            replace(campaign, id=key),
            sku,
            SAMPLE_CODE if has_codes else None,
        )
        started = time.perf_counter()
        try:
            renderer = CardRenderer(
                self.preview_layout.currentData() or "4x6",
                self._business_name,
                {key: image} if image else None,
            )
            data = renderer.render([card])
        except SellerError as err:
            self._set_pdf(b"")
            self.preview_note.setText(seller_message(err))
            return False
        self.last_render_ms = (time.perf_counter() - started) * 1000
        self.render_count += 1
        self._set_pdf(data)
        self.preview_note.setText(
            note
            or self.tr(
                "Sample order {0} ({1}); the code shown is an example: each card gets its own."
            ).format(SAMPLE_ORDER_ID, marketplace)
        )
        return True

    def _set_pdf(self, data: bytes) -> None:
        self.preview_bytes = data
        self.preview_document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray(data))
        if data:
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.preview_document.load(self._buffer)

    def preview_text(self) -> str:
        """The text of the preview's first page (as PDFium reads it)."""
        if self.preview_document.pageCount() < 1:
            return ""
        return self.preview_document.getAllText(0).text()

    # -- small helpers -------------------------------------------------------------------------

    def _update_url_warning(self) -> None:
        url = self.qr_url.text().strip()
        if url and outside_amazon(url):
            self.url_warning.show_warning(
                self.tr(
                    "Amazon may treat a link outside Amazon as diverting buyers. A link to a manual "
                    "or a product registration page is the usual safe use."
                )
            )
        else:
            self.url_warning.clear()

    def url_warning_shown(self) -> bool:
        return bool(self.url_warning.text())

    def _default_toggled(self, on: bool) -> None:
        for field in (self.skus, self.asins, self.marketplaces):
            field.setEnabled(not on)

    def _code_source_changed(self) -> None:
        source = self.code_source.currentData()
        self.generate_count.setVisible(source == GENERATED)
        self.code_file_button.setVisible(source == IMPORTED)
        self.schedule_preview()

    def _pick_code_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the claim-code file"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Code lists (*.txt *.csv *.tsv);;All files (*)"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.set_code_file(Path(name)))
        self.file_dialog = dialog
        dialog.open()

    def set_code_file(self, path: Path) -> None:
        self._code_file = Path(path)
        index = self.code_source.findData(IMPORTED)
        self.code_source.setCurrentIndex(index)
        self.code_status.setText(
            self.tr("Codes from {0} are added when you save.").format(self._code_file.name)
        )

    def _pick_image(self) -> None:
        self.image_dialog = open_image_dialog(self, self.tr("Choose a card image"), self.load_image)

    def load_image(self, path: Path) -> bool:
        data, problem = read_image_file(path, MAX_IMAGE_BYTES)
        if data is None:
            self.message.show_error(problem)
            return False
        if not self._show_image(data):
            self.message.show_error(self.tr("That file is not a PNG or JPEG image."))
            return False
        self.set_image(data)
        return True

    def set_image(self, data: bytes) -> None:
        self._image = data
        self._shown_image = data
        self._show_image(data)
        self.schedule_preview()

    def _show_image(self, data: bytes) -> bool:
        image = QImage()
        if data and not image.loadFromData(data):
            return False
        if data:
            self.image_preview.setPixmap(
                QPixmap.fromImage(image).scaled(
                    68,
                    44,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.image_preview.clear()
            self.image_preview.setText(self.tr("None"))
        self.remove_image_button.setEnabled(bool(data))
        return True
