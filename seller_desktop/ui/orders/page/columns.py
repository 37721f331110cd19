"""The Orders table's column widths, set from the font rather than measured from the rows:
measuring would make the view fetch hundreds of rows just to size its columns."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTableView

from seller_desktop.core.orders.model import STATUSES
from seller_desktop.ui.common.formatting import local_date, local_datetime
from seller_desktop.ui.orders.table_model import Column, OrdersTableModel

# The widest text each column usually holds, to size columns without reading any rows. Dates are
# formatted in the seller's locale first, so a 12-hour clock gets the room its "PM" needs.
_SAMPLE_INSTANT = "2026-12-28T22:58:58Z"


def _sample_text() -> dict[Column, str]:
    return {
        Column.ORDER_ID: "000-0000000-0000000",
        Column.PURCHASED: local_datetime(_SAMPLE_INSTANT),
        Column.MARKETPLACE: "MM",
        Column.STATUS: "Partly shipped",
        Column.ITEMS: "2 × ESP-MACH-01, 1 × MUG-WH",
        Column.SHIP_BY: local_date(_SAMPLE_INSTANT),
        Column.CONTACT: "Removed",
        Column.DEADLINE: local_datetime(_SAMPLE_INSTANT),
    }


def size_columns(table: QTableView, model: OrdersTableModel) -> None:
    """Each column as wide as its widest usual text or its title, whichever is wider."""
    metrics = table.fontMetrics()
    header_metrics = table.horizontalHeader().fontMetrics()
    titles = model.column_titles()
    samples = _sample_text()
    # The longest status and contact words as the seller reads them (longer in German).
    samples[Column.STATUS] = max(
        (samples[Column.STATUS], *(model.status_text(s) for s in STATUSES)),
        key=metrics.horizontalAdvance,
    )
    translate = QCoreApplication.translate
    samples[Column.SHIP_BY] = translate("OrdersTableModel", "{0} · Due today").format(
        samples[Column.SHIP_BY]
    )
    samples[Column.CONTACT] = max(
        (
            samples[Column.CONTACT],
            translate("OrdersTableModel", "Removed"),
            translate("OrdersTableModel", "None"),
        ),
        key=metrics.horizontalAdvance,
    )
    for column, sample in samples.items():
        width = (
            max(
                metrics.horizontalAdvance(sample),
                header_metrics.horizontalAdvance(titles[column]),
            )
            + 24
        )
        table.setColumnWidth(column, width)
