"""The tax-archive rule: which marketplaces' orders, and whether business orders, keep their
invoice details sealed, and for how many years. Off unless the seller chooses."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
)

from seller_desktop.core.orders.marketplaces import MARKETPLACES
from seller_desktop.core.settings import TAX_ARCHIVE_YEARS_RANGE, Settings
from seller_desktop.core.store import Store
from seller_desktop.ui.common.jobs import JobRunner
from seller_desktop.ui.common.widgets import InlineMessage, paragraph
from seller_desktop.ui.privacy.parts import make_button, save_setting


class ArchiveRule(QGroupBox):
    """The rule's fields and its Save button; ``message`` is the tab's, for what saving says."""

    #: The rule was saved: the ``Settings`` object.
    saved = Signal(object)

    def __init__(self, store: Store, jobs: JobRunner, message: InlineMessage) -> None:
        super().__init__()
        self._store = store
        self._jobs = jobs
        self._message = message
        self.setTitle(self.tr("Tax-archive rule"))
        rule = QGridLayout(self)
        rule.addWidget(
            paragraph(
                self.tr(
                    "Off unless you choose: orders of these marketplaces, and business orders if ticked, "
                    "keep their invoice details sealed for the years you set, counted from the end of "
                    "the year of the sale. Cancelled orders are never kept."
                )
            ),
            0,
            0,
            1,
            2,
        )
        self.marketplaces = QListWidget()
        self.marketplaces.setAccessibleName(self.tr("Marketplaces whose invoices are kept"))
        self.marketplaces.setMaximumHeight(130)
        for code, market in MARKETPLACES.items():
            item = QListWidgetItem(f"{code} — {market.name}")
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.marketplaces.addItem(item)
        rule.addWidget(self.marketplaces, 1, 0, 3, 1)
        self.business = QCheckBox(self.tr("Keep &business orders of any marketplace"))
        self.business.setAccessibleName(self.tr("Keep business orders"))
        rule.addWidget(self.business, 1, 1)
        years_row = QHBoxLayout()
        years_label = QLabel(self.tr("Keep for:"))
        self.years = QSpinBox()
        self.years.setRange(*TAX_ARCHIVE_YEARS_RANGE)
        self.years.setSuffix(self.tr(" years"))
        self.years.setAccessibleName(self.tr("Years the invoices are kept"))
        years_label.setBuddy(self.years)
        years_row.addWidget(years_label)
        years_row.addWidget(self.years)
        years_row.addStretch(1)
        rule.addLayout(years_row, 2, 1)
        self.save_button = make_button(
            self.tr("Save &rule"), self.tr("Save the tax-archive rule"), self.save
        )
        rule.addWidget(
            self.save_button, 3, 1, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
        )
        rule.setColumnStretch(0, 1)
        rule.setColumnStretch(1, 1)

    def show_settings(self, settings: Settings) -> None:
        chosen = set(settings.tax_archive_marketplaces)
        for row in range(self.marketplaces.count()):
            item = self.marketplaces.item(row)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in chosen
                else Qt.CheckState.Unchecked
            )
        self.business.setChecked(settings.tax_archive_business_orders)
        self.years.setValue(settings.tax_archive_years)

    def save(self) -> bool:
        codes = tuple(
            self.marketplaces.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.marketplaces.count())
            if self.marketplaces.item(r).checkState() == Qt.CheckState.Checked
        )
        business, years = self.business.isChecked(), self.years.value()
        saved = save_setting(
            self._store,
            self._jobs,
            lambda s: replace(
                s,
                tax_archive_marketplaces=codes,
                tax_archive_business_orders=business,
                tax_archive_years=years,
            ),
            self._message,
            self.tr("Tax-archive rule saved."),
        )
        if saved is None:
            return False
        self.show_settings(saved)
        self.saved.emit(saved)
        return True
