"""The Print page: which orders to print, the print settings, and the print log with Reprint.

Printing itself goes through ``preview.PrintPreviewDialog`` (render on the worker, preview,
system print dialog), opened by the main window's ``print_orders`` — the same path the Orders
page's buttons take. The settings fields map onto ``core.settings.Settings`` (validation there);
fields this page does not show are carried over unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from seller_desktop.core.base.errors import BadInput, SellerError
from seller_desktop.core.documents.print_log import print_runs, reprint_ids
from seller_desktop.core.documents.print_request import CARDS, PICK_LIST, SLIPS, SLIPS_CARDS
from seller_desktop.core.documents.selection import OPEN_STATUSES
from seller_desktop.core.settings import (
    LAYOUT_NAMES,
    MAX_FOOTER,
    MAX_LOGO_BYTES,
    Settings,
    save_settings,
)
from seller_desktop.core.store import Store
from seller_desktop.ui.common.formatting import seller_message
from seller_desktop.ui.common.jobs import JobRunner
from seller_desktop.ui.common.widgets import (
    InlineMessage,
    button_row,
    open_image_dialog,
    page_heading,
    paragraph,
    read_image_file,
)
from seller_desktop.ui.printing.print_log_box import PrintLogBox
from seller_desktop.ui.printing.titles import layout_titles


class PrintPage(QWidget):
    """Orders to print, the print settings and the print log (``PrintLogBox``)."""

    #: The settings as saved (validated by the core).
    saved = Signal(object)

    def __init__(
        self,
        store: Store,
        settings: Settings,
        jobs: JobRunner,
        selected_order_ids: Callable[[], list[str]],
        print_orders: Callable[..., object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._settings = settings
        self._jobs = jobs
        self._selected_order_ids = selected_order_ids
        self._print_orders = print_orders
        self._logo = settings.logo
        self.setAccessibleName(self.tr("Print"))

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(page_heading(self.tr("Print")))
        intro = paragraph(
            self.tr(
                "Print packing slips (one per order, in the buyer's language) and a pick list that "
                "adds up every SKU to take from the shelf. You see a preview first; slips are marked "
                "printed once they went to the printer."
            )
        )
        intro.setMaximumWidth(760)
        layout.addWidget(intro)
        layout.addWidget(self._build_selection())
        layout.addWidget(self._build_settings())
        self.log = PrintLogBox()
        # The page's handles on the log, as on its other widgets (tab order, tests).
        self.log_table, self.reprint_button = self.log.log_table, self.log.reprint_button
        self.log_table.itemSelectionChanged.connect(self._update_buttons)
        self.log.reprint_requested.connect(self.reprint_selected)
        layout.addWidget(self.log, 1)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.revert()

    # -- building ------------------------------------------------------------------------------

    def _build_selection(self) -> QGroupBox:
        box = QGroupBox(self.tr("Orders to print"))
        box.setAccessibleName(self.tr("Orders to print"))
        column = QVBoxLayout(box)
        self.choice = QButtonGroup(self)
        self.selected_radio = QRadioButton()
        self.unprinted_radio = QRadioButton()
        self.unshipped_radio = QRadioButton()
        for number, radio in enumerate(
            (self.unprinted_radio, self.unshipped_radio, self.selected_radio)
        ):
            self.choice.addButton(radio, number)
            column.addWidget(radio)
        self.unprinted_radio.setChecked(True)
        self.choice.idToggled.connect(lambda *_: self._update_buttons())
        row = QHBoxLayout()
        self.print_slips_button = QPushButton(self.tr("Print &slips…"))
        self.print_slips_button.setAccessibleName(self.tr("Print packing slips"))
        self.print_slips_button.clicked.connect(lambda: self.print_document(SLIPS))
        self.print_pick_button = QPushButton(self.tr("Print pick &list…"))
        self.print_pick_button.setAccessibleName(self.tr("Print a pick list"))
        self.print_pick_button.clicked.connect(lambda: self.print_document(PICK_LIST))
        self.print_cards_button = QPushButton(self.tr("Print &cards…"))
        self.print_cards_button.setAccessibleName(self.tr("Print insert cards"))
        self.print_cards_button.setToolTip(
            self.tr("The insert cards these orders earn from your campaigns, without the slips.")
        )
        self.print_cards_button.clicked.connect(lambda: self.print_document(CARDS))
        row.addWidget(self.print_slips_button)
        row.addWidget(self.print_pick_button)
        row.addWidget(self.print_cards_button)
        row.addStretch(1)
        column.addLayout(row)
        self.include_cards = QCheckBox(self.tr("Include &insert cards after each slip"))
        self.include_cards.setAccessibleName(self.tr("Include insert cards after each slip"))
        self.include_cards.setToolTip(
            self.tr(
                "Each order's packing slip is followed by the cards its products earn (Campaigns "
                "page), in one print job."
            )
        )
        column.addWidget(self.include_cards)
        self.selection_message = InlineMessage(self.tr("Print message"))
        column.addWidget(self.selection_message)
        return box

    def _build_settings(self) -> QGroupBox:
        box = QGroupBox(self.tr("Print settings"))
        box.setAccessibleName(self.tr("Print settings"))
        column = QVBoxLayout(box)
        form = QFormLayout()
        titles = layout_titles()
        self.slip_layout = QComboBox()
        self.slip_layout.setAccessibleName(self.tr("Page layout of packing slips"))
        self.pick_layout = QComboBox()
        self.pick_layout.setAccessibleName(self.tr("Page layout of pick lists"))
        for combo in (self.slip_layout, self.pick_layout):
            combo.setMaximumWidth(380)
            for name in LAYOUT_NAMES:
                combo.addItem(titles.get(name, name), name)
        self.show_prices = QCheckBox(self.tr("Show item &prices on packing slips"))
        self.show_prices.setAccessibleName(self.tr("Show item prices on packing slips"))
        self.show_prices.setToolTip(self.tr("Prices are never shown on gift orders."))
        self.footer_on = QCheckBox(self.tr("&Footer line:"))
        self.footer_on.setAccessibleName(self.tr("Print a footer line"))
        self.footer_text = QLineEdit()
        self.footer_text.setAccessibleName(self.tr("Footer line"))
        self.footer_text.setMaxLength(MAX_FOOTER)
        self.footer_text.setPlaceholderText(
            self.tr('Empty: "Thank you for your order!" in the buyer\'s language')
        )
        self.footer_on.toggled.connect(self.footer_text.setEnabled)
        footer_row = QHBoxLayout()
        footer_row.addWidget(self.footer_on)
        footer_row.addWidget(self.footer_text, 1)

        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(168, 64)
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setAccessibleName(self.tr("Logo preview"))
        self.choose_logo_button = QPushButton(self.tr("Choose &logo…"))
        self.choose_logo_button.setAccessibleName(self.tr("Choose a logo image"))
        self.choose_logo_button.clicked.connect(self._pick_logo)
        self.remove_logo_button = QPushButton(self.tr("Re&move logo"))
        self.remove_logo_button.setAccessibleName(self.tr("Remove the logo"))
        self.remove_logo_button.clicked.connect(lambda: self._set_logo(b""))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(self.choose_logo_button)
        logo_row.addWidget(self.remove_logo_button)
        logo_row.addStretch(1)

        for caption, field in (
            (self.tr("Packing &slips:"), self.slip_layout),
            (self.tr("Pic&k lists:"), self.pick_layout),
        ):
            label = QLabel(caption)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.show_prices)
        form.addRow(footer_row)
        logo_label = QLabel(self.tr("Logo:"))
        logo_label.setBuddy(self.choose_logo_button)
        form.addRow(logo_label, logo_row)
        host = QWidget()
        host.setLayout(form)
        host.setMaximumWidth(720)
        column.addWidget(host)
        self.settings_message = InlineMessage(self.tr("Print settings message"))
        column.addWidget(self.settings_message)
        row, (self.save_button, self.revert_button, self.templates_button) = button_row(
            (self.tr("Save print settings"), self.tr("Save print settings"), self.save),
            (self.tr("Revert"), self.tr("Revert to the saved print settings"), self.revert),
            (
                self.tr("&Templates…"),
                self.tr("Packing slip and pick list templates"),
                self.open_templates,
            ),
        )
        column.addLayout(row)
        return box

    # -- reading the store ---------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Counts and the print log anew (orders change on other pages); not while a job runs."""
        if self._jobs.busy:
            return
        marks = ", ".join("?" * len(OPEN_STATUSES))
        unshipped = self._store.conn.execute(
            f"SELECT COUNT(*) FROM orders WHERE status IN ({marks})", OPEN_STATUSES
        ).fetchone()[0]
        unprinted = self._store.conn.execute(
            f"SELECT COUNT(*) FROM orders WHERE status IN ({marks}) AND printed_at IS NULL",
            OPEN_STATUSES,
        ).fetchone()[0]
        selected = len(self._selected_order_ids())
        self.unprinted_radio.setText(
            self.tr("Unshipped orders not printed yet (%n)", "", unprinted)
        )
        self.unshipped_radio.setText(self.tr("All unshipped orders (%n)", "", unshipped))
        self.selected_radio.setText(
            self.tr("The orders selected on the Orders page (%n)", "", selected)
        )
        for radio in (self.unprinted_radio, self.unshipped_radio, self.selected_radio):
            radio.setAccessibleName(radio.text())
        self._counts = {0: unprinted, 1: unshipped, 2: selected}
        self.log.show_runs(print_runs(self._store, 200))
        self._update_buttons()

    def _update_buttons(self) -> None:
        counts = getattr(self, "_counts", {})
        has = counts.get(self.choice.checkedId(), 0) > 0
        self.print_slips_button.setEnabled(has)
        self.print_pick_button.setEnabled(has)
        self.print_cards_button.setEnabled(has)
        self.reprint_button.setEnabled(bool(self.log_table.selectionModel().selectedRows()))

    # -- printing ------------------------------------------------------------------------------

    def chosen_order_ids(self) -> list[str]:
        choice = self.choice.checkedId()
        if choice == 2:
            return self._selected_order_ids()
        marks = ", ".join("?" * len(OPEN_STATUSES))
        sql = (
            f"SELECT order_id FROM orders WHERE status IN ({marks})"
            + (" AND printed_at IS NULL" if choice == 0 else "")
            + " ORDER BY purchased_at, order_id"
        )
        return [row[0] for row in self._store.conn.execute(sql, OPEN_STATUSES)]

    def print_document(self, document: str) -> object:
        self.selection_message.clear()
        if self._jobs.busy:
            self.selection_message.show_error(
                self.tr("Another task is running. Try again in a moment.")
            )
            return None
        ids = self.chosen_order_ids()
        if not ids:
            self.selection_message.show_error(
                self.tr("There are no orders to print in this choice.")
            )
            return None
        if document == SLIPS and self.include_cards.isChecked():
            return self._print_orders(document, ids, None, with_cards=True)
        return self._print_orders(document, ids, None)

    def reprint_selected(self) -> object:
        run = self.log.selected_run()
        if run is None or self._jobs.busy:
            return None
        try:
            ids = reprint_ids(self._store, run)
        except SellerError as err:
            self.selection_message.show_error(seller_message(err))
            return None
        if run.document == SLIPS_CARDS:
            return self._print_orders(SLIPS, ids, run.layout, with_cards=True)
        return self._print_orders(run.document, ids, run.layout)

    # -- settings ------------------------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        return self._settings

    def settings_saved_elsewhere(self, settings: Settings) -> None:
        self._settings = settings

    def edited_settings(self) -> Settings:
        footer: str | None
        if not self.footer_on.isChecked():
            footer = ""
        else:
            footer = self.footer_text.text().strip() or None
        return replace(
            self._settings,
            slip_layout=self.slip_layout.currentData(),
            pick_list_layout=self.pick_layout.currentData(),
            show_prices=self.show_prices.isChecked(),
            footer_text=footer,
        ).with_logo(self._logo)

    def save(self) -> bool:
        try:
            saved = save_settings(self._store, self.edited_settings())
        except BadInput as err:
            self.settings_message.show_error(seller_message(err))
            return False
        self._settings = saved
        self.revert()
        self.settings_message.show_info(self.tr("Print settings saved."))
        self.saved.emit(saved)
        return True

    def revert(self) -> None:
        s = self._settings
        self.slip_layout.setCurrentIndex(max(self.slip_layout.findData(s.slip_layout), 0))
        self.pick_layout.setCurrentIndex(max(self.pick_layout.findData(s.pick_list_layout), 0))
        self.show_prices.setChecked(s.show_prices)
        self.footer_on.setChecked(s.footer_text != "")
        self.footer_text.setEnabled(s.footer_text != "")
        self.footer_text.setText(s.footer_text or "")
        self._set_logo(s.logo)
        self.settings_message.clear()

    def open_templates(self) -> QDialog:
        """The template controls (``ui.printing.templates``), previewed with these settings."""
        from seller_desktop.ui.printing.templates.dialog import TemplatesDialog

        self.templates_dialog = TemplatesDialog(self._store, self.edited_settings(), self)
        self.templates_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.templates_dialog.open()
        return self.templates_dialog

    def _pick_logo(self) -> None:
        self.logo_dialog = open_image_dialog(self, self.tr("Choose a logo"), self.load_logo)

    def load_logo(self, path: Path) -> bool:
        """A PNG or JPEG under 2 MB, shown at once and saved with the print settings."""
        data, problem = read_image_file(path, MAX_LOGO_BYTES)
        if data is None:
            self.settings_message.show_error(problem)
            return False
        self._set_logo(data)
        self.settings_message.show_info(self.tr("Logo chosen. Save the print settings to keep it."))
        return True

    def _set_logo(self, data: bytes) -> None:
        self._logo = data
        image = QImage()
        if data and image.loadFromData(data):
            self.logo_preview.setPixmap(
                QPixmap.fromImage(image).scaled(
                    160,
                    56,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.clear()
            self.logo_preview.setText(self.tr("No logo"))
        self.remove_logo_button.setEnabled(bool(data))
