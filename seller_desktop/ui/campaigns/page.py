"""The Campaigns page: the seller's insert-card campaigns, with New / Edit / Pause / codes.

A table of campaigns (name, active or paused, priority, the products it covers, codes left), the
default thank-you card marked. Editing opens ``card_editor.dialog.CardEditor`` (with its live
preview); codes are added with *Import codes…* (Seller Central's claim-code file) or *Generate
codes…*; *Redemptions…* (``redemptions``) records the codes that came back, and the table shows
each campaign's cards printed, codes redeemed and the rate. Below the table, *Card design* (``card_settings``) holds what every card shares: the
brand colour, a border, the cards per parcel.
Everything is the core's (``core.campaigns``): campaigns choose products, never buyers.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from seller_desktop.core.base.errors import SellerError
from seller_desktop.core.campaigns import (
    Campaign,
    add_generated_codes,
    campaign_results,
    code_counts,
    import_claim_codes,
    list_campaigns,
    save_campaign,
)
from seller_desktop.core.settings import Settings
from seller_desktop.core.store import Store
from seller_desktop.ui.campaigns.card_editor.dialog import CardEditor
from seller_desktop.ui.campaigns.card_settings import CardSettings
from seller_desktop.ui.campaigns.redemptions import RedemptionsDialog, rate_text
from seller_desktop.ui.common.formatting import seller_message
from seller_desktop.ui.common.widgets import InlineMessage, list_table, page_heading, paragraph


class CampaignsPage(QWidget):
    #: The card design settings were saved (the Settings, validated by the core).
    saved = Signal(object)

    def __init__(
        self, store: Store, business_name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._business_name = business_name
        self._campaigns: list[Campaign] = []
        self.editor: CardEditor | None = None
        self.redemptions: RedemptionsDialog | None = None
        self.setAccessibleName(self.tr("Campaigns"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(page_heading(self.tr("Campaigns")))
        intro = paragraph(
            self.tr(
                "Insert cards that go into the parcel: a thank-you, an offer with a unique code, a QR "
                "link to register the product. Each campaign chooses products (SKUs, ASINs, "
                "marketplaces), never buyers; a product covered by several gets the card of the "
                "highest priority."
            )
        )
        intro.setMaximumWidth(760)
        layout.addWidget(intro)
        self.table = list_table(
            self.tr("Campaigns table"),
            [
                self.tr("Name"),
                self.tr("Status"),
                self.tr("Priority"),
                self.tr("Products"),
                self.tr("Codes left"),
                self.tr("Printed"),
                self.tr("Redeemed"),
                self.tr("Rate"),
            ],
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        for column, sample in (
            (0, "Beans for espresso buyers (default)"),
            (1, self.tr("Paused")),
            (2, self.tr("Priority")),
            (4, self.tr("Codes left") + "000"),
            (5, self.tr("Printed") + "000"),
            (6, self.tr("Redeemed") + "000"),
            (7, "100.0%000"),
        ):
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 28)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        layout.addWidget(self.table, 1)
        self.empty = paragraph(self.tr("No campaigns yet. New campaign… designs the first card."))
        self.empty.setAccessibleName(self.empty.text())
        layout.addWidget(self.empty)

        self.message = InlineMessage(self.tr("Campaigns message"))
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New campaign…"))
        self.new_button.setAccessibleName(self.tr("New campaign"))
        self.new_button.clicked.connect(self.new_campaign)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected campaign"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.pause_button = QPushButton(self.tr("&Pause"))
        self.pause_button.setAccessibleName(self.tr("Pause or resume the selected campaign"))
        self.pause_button.clicked.connect(self.toggle_paused)
        self.import_button = QPushButton(self.tr("&Import codes…"))
        self.import_button.setAccessibleName(
            self.tr("Import claim codes for the selected campaign")
        )
        self.import_button.clicked.connect(self._pick_code_file)
        self.generate_button = QPushButton(self.tr("&Generate codes…"))
        self.generate_button.setAccessibleName(self.tr("Generate codes for the selected campaign"))
        self.generate_button.clicked.connect(self._ask_generate)
        self.redemptions_button = QPushButton(self.tr("Redemption&s…"))
        self.redemptions_button.setAccessibleName(
            self.tr("Record redeemed codes of the selected campaign")
        )
        self.redemptions_button.clicked.connect(self.open_redemptions)
        for button in (
            self.new_button,
            self.edit_button,
            self.pause_button,
            self.import_button,
            self.generate_button,
            self.redemptions_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.card_settings = CardSettings(store)
        self.card_settings.saved.connect(self.saved)
        layout.addWidget(self.card_settings)
        self.refresh()

    def settings_saved_elsewhere(self, settings: Settings) -> None:
        """Another page saved the settings: the business name on the cards' backs follows."""
        self._business_name = settings.business_name

    # -- reading -------------------------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else getattr(self.selected_campaign(), "id", None)
        self._campaigns = list_campaigns(self._store)
        counts = code_counts(self._store)
        results = {r.campaign_id: r for r in campaign_results(self._store)}
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._campaigns))
        for row, c in enumerate(self._campaigns):
            name = (
                self.tr("{0} (default thank-you card)").format(c.name) if c.is_default else c.name
            )
            total, left = counts.get(c.saved_id, (0, 0))
            result = results.get(c.saved_id)
            values = (
                name,
                self.tr("Active") if c.active else self.tr("Paused"),
                str(c.priority),
                self.rule_summary(c),
                str(left) if total else self.tr("no codes"),
                str(result.printed if result else 0),
                str(result.redeemed if result else 0),
                rate_text(result),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 0 and c.is_default:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                if column in (2, 4, 5, 6, 7):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self.table.clearSelection()
        for row, c in enumerate(self._campaigns):
            if c.id == keep:
                self.table.selectRow(row)
        if not self.table.selectionModel().selectedRows() and self._campaigns:
            self.table.selectRow(0)
        self.empty.setVisible(not self._campaigns)
        self._update_buttons()

    def rule_summary(self, c: Campaign) -> str:
        if c.is_default:
            return self.tr("Products no other campaign covers")
        parts = []
        if c.skus:
            parts.append(self.tr("SKUs: {0}").format(", ".join(c.skus)))
        if c.asins:
            parts.append(self.tr("ASINs: {0}").format(", ".join(c.asins)))
        if c.marketplaces:
            parts.append(self.tr("in {0}").format(", ".join(c.marketplaces)))
        return " · ".join(parts)

    def campaigns(self) -> list[Campaign]:
        return list(self._campaigns)

    def selected_campaign(self) -> Campaign | None:
        if not hasattr(self, "table"):
            return None
        rows = self.table.selectionModel().selectedRows()
        return (
            self._campaigns[rows[0].row()]
            if rows and rows[0].row() < len(self._campaigns)
            else None
        )

    def select(self, campaign_id: int) -> None:
        self.refresh(select_id=campaign_id)

    def _update_buttons(self) -> None:
        c = self.selected_campaign()
        for button in (
            self.edit_button,
            self.pause_button,
            self.import_button,
            self.generate_button,
            self.redemptions_button,
        ):
            button.setEnabled(c is not None)
        self.pause_button.setText(
            self.tr("&Resume") if c is not None and not c.active else self.tr("&Pause")
        )

    # -- editing -------------------------------------------------------------------------------

    def new_campaign(self) -> CardEditor:
        return self._open_editor(None)

    def edit_selected(self) -> CardEditor | None:
        c = self.selected_campaign()
        return self._open_editor(c) if c is not None else None

    def _open_editor(self, campaign: Campaign | None) -> CardEditor:
        editor = CardEditor(self._store, campaign, self._business_name, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._editor_saved)
        self.editor = editor
        editor.open()
        return editor

    def _editor_saved(self, campaign: Campaign) -> None:
        self.refresh(select_id=campaign.id)
        self.message.show_info(self.tr("Saved {0}.").format(campaign.name))

    def toggle_paused(self) -> Campaign | None:
        c = self.selected_campaign()
        if c is None:
            return None
        try:
            saved = save_campaign(self._store, replace(c, active=not c.active))
        except SellerError as err:
            self.message.show_error(seller_message(err))
            return None
        self.refresh(select_id=saved.id)
        self.message.show_info(
            self.tr("{0} is active again.").format(saved.name)
            if saved.active
            else self.tr("{0} is paused: it prints no cards.").format(saved.name)
        )
        return saved

    # -- codes ---------------------------------------------------------------------------------

    def _pick_code_file(self) -> None:
        if self.selected_campaign() is None:
            return
        dialog = QFileDialog(self, self.tr("Import claim codes"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Code lists (*.txt *.csv *.tsv);;All files (*)"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.import_codes_from(Path(name)))
        self.file_dialog = dialog
        dialog.open()

    def import_codes_from(self, path: Path) -> int:
        c = self.selected_campaign()
        if c is None:
            return 0
        try:
            result = import_claim_codes(
                self._store, c.saved_id, Path(path).read_bytes(), Path(path).name
            )
        except OSError:
            self.message.show_error(self.tr("That file could not be read. Choose another one."))
            return 0
        except SellerError as err:
            self.message.show_error(seller_message(err))
            return 0
        self.refresh(select_id=c.id)
        text = self.tr("Imported %n code(s).", "", result.added)
        if result.skipped:
            text += " " + self.tr("%n code(s) skipped: already in a list.", "", result.skipped)
        self.message.show_info(text)
        return result.added

    def open_redemptions(self) -> RedemptionsDialog | None:
        c = self.selected_campaign()
        if c is None:
            return None
        dialog = RedemptionsDialog(self._store, c, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recorded.connect(lambda: self.refresh(select_id=c.id))
        self.redemptions = dialog
        dialog.open()
        return dialog

    def _ask_generate(self) -> None:
        c = self.selected_campaign()
        if c is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Generate codes"))
        dialog.setLabelText(
            self.tr(
                "How many codes for {0}? (For registration or warranty, not "
                "for discounts: use Amazon claim codes for those.)"
            ).format(c.name)
        )
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setIntRange(1, 100_000)
        dialog.setIntValue(500)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.intValueSelected.connect(self.generate_codes)
        self.count_dialog = dialog
        dialog.open()

    def generate_codes(self, count: int) -> int:
        c = self.selected_campaign()
        if c is None:
            return 0
        try:
            added = add_generated_codes(self._store, c.saved_id, int(count))
        except SellerError as err:
            self.message.show_error(seller_message(err))
            return 0
        self.refresh(select_id=c.id)
        self.message.show_info(self.tr("Generated %n code(s).", "", added))
        return added
