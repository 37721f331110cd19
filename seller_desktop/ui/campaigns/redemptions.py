"""Redemptions… from the Campaigns page: the codes of one campaign that came back.

The seller types or pastes codes, or imports a file (their own list, or a report from Seller
Central); the dialog says what was counted, what was already known and which codes are not the
campaign's (listed, not counted), and shows the campaign's figures — cards printed, codes redeemed,
the rate — over a chart of the last weeks. The reading and the rules are the core's
(``core.campaigns.redemption_files`` and ``redemptions``); this is the screen around them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from seller_desktop.core.base.errors import SellerError
from seller_desktop.core.campaigns import (
    Campaign,
    CampaignResult,
    Redeemed,
    RedemptionImport,
    campaign_results,
    parse_redemption_file,
    parse_typed,
    record_redemptions,
)
from seller_desktop.core.campaigns.redemption_files import TYPED
from seller_desktop.core.store import Store
from seller_desktop.ui.common.formatting import seller_message
from seller_desktop.ui.common.weekly_chart import Week, WeeklyBars
from seller_desktop.ui.common.widgets import InlineMessage, paragraph


class RedemptionsChart(WeeklyBars):
    """Cards printed (light) and codes redeemed (dark) per week, oldest week left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("redemptionsChart")
        self.setAccessibleName(self.tr("Cards printed and codes redeemed per week"))
        self.set_weeks([])

    def legend(self) -> tuple[str, str]:
        return self.tr("Cards printed"), self.tr("Codes redeemed")

    def empty_text(self) -> str:
        return self.tr("No data yet")

    def headline(self) -> str:
        weeks = self.weeks()
        return self.tr("Last {0} weeks: {1} cards printed, {2} codes redeemed.").format(
            len(weeks), sum(w[1] for w in weeks), sum(w[2] for w in weeks)
        )

    def week_text(self, week: Week) -> str:
        start, printed, redeemed = week
        return self.tr("Week of {0}: {1} printed, {2} redeemed.").format(
            start.isoformat(), printed, redeemed
        )


def rate_text(result: CampaignResult | None) -> str:
    """The rate as the screen shows it: a percentage, or a dash when nothing was printed."""
    if result is None or result.rate is None:
        return "–"
    return f"{result.rate:.1%}"


class RedemptionsDialog(QDialog):
    #: Codes were recorded: the page reads its figures again.
    recorded = Signal()

    def __init__(self, store: Store, campaign: Campaign, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._campaign = campaign
        self.setWindowTitle(self.tr("Redemptions: {0}").format(campaign.name))
        self.setAccessibleName(self.tr("Redemptions"))
        layout = QVBoxLayout(self)
        self.figures = QLabel()
        self.figures.setAccessibleName(self.tr("Campaign figures"))
        layout.addWidget(self.figures)
        self.chart = RedemptionsChart()
        layout.addWidget(self.chart)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Type or paste the codes buyers redeemed (one per line, or separated by "
                    "commas or spaces), or import a file with a code column. A code counts "
                    "once, however often it is imported."
                )
            )
        )
        self.typed = QPlainTextEdit()
        self.typed.setAccessibleName(self.tr("Redeemed codes"))
        self.typed.setTabChangesFocus(True)
        layout.addWidget(self.typed)
        row = QHBoxLayout()
        self.count_button = QPushButton(self.tr("&Count typed codes"))
        self.count_button.clicked.connect(self.count_typed)
        self.file_button = QPushButton(self.tr("Import &file…"))
        self.file_button.clicked.connect(self._pick_file)
        row.addWidget(self.count_button)
        row.addWidget(self.file_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = InlineMessage(self.tr("Redemptions message"))
        layout.addWidget(self.message)
        self.unknown = QPlainTextEdit()
        self.unknown.setReadOnly(True)
        self.unknown.setAccessibleName(self.tr("Codes not of this campaign"))
        self.unknown.setMaximumHeight(self.fontMetrics().height() * 6)
        self.unknown.setVisible(False)
        layout.addWidget(self.unknown)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 560)
        self.refresh()

    def refresh(self) -> CampaignResult | None:
        """Read the campaign's figures and weeks again."""
        result = next(
            (r for r in campaign_results(self._store) if r.campaign_id == self._campaign.id), None
        )
        printed, redeemed = (result.printed, result.redeemed) if result else (0, 0)
        self.figures.setText(
            self.tr("Cards printed: {0} · codes redeemed: {1} · rate: {2}").format(
                printed, redeemed, rate_text(result)
            )
        )
        self.chart.set_weeks(
            [(w.start, w.printed, w.redeemed) for w in result.weeks] if result else []
        )
        return result

    def count_typed(self) -> RedemptionImport | None:
        try:
            redeemed = parse_typed(self.typed.toPlainText())
        except SellerError as err:
            self.message.show_error(seller_message(err))
            return None
        result = self._record(redeemed, TYPED)
        if result is not None:
            self.typed.clear()
        return result

    def _pick_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Import redeemed codes"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Code lists and reports (*.txt *.csv *.tsv);;All files (*)"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.import_file(Path(name)))
        self.file_dialog = dialog
        dialog.open()

    def import_file(self, path: Path) -> RedemptionImport | None:
        try:
            redeemed, source = parse_redemption_file(Path(path).read_bytes(), Path(path).name)
        except OSError:
            self.message.show_error(self.tr("That file could not be read. Choose another one."))
            return None
        except SellerError as err:
            self.message.show_error(seller_message(err))
            return None
        return self._record(redeemed, source)

    def _record(self, redeemed: list[Redeemed], source: str) -> RedemptionImport | None:
        try:
            result = record_redemptions(self._store, self._campaign.saved_id, redeemed, source)
        except SellerError as err:
            self.message.show_error(seller_message(err))
            return None
        text = self.tr("Counted %n code(s).", "", result.counted)
        if result.known:
            text += " " + self.tr("%n already known.", "", result.known)
        if result.unknown:
            text += " " + self.tr(
                "%n code(s) are not this campaign's and were not counted:", "", len(result.unknown)
            )
        self.message.show_info(text)
        self.unknown.setPlainText("\n".join(result.unknown))
        self.unknown.setVisible(bool(result.unknown))
        self.refresh()
        self.recorded.emit()
        return result
