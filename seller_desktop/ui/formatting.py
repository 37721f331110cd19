"""How dates, instants and item lists read on screen.

The store keeps instants as ISO 8601 UTC and calendar dates as ``YYYY-MM-DD`` (one text form for
the CLI's JSON and the database). The seller reads them in their own locale and time zone, so the
conversion happens here, once, rather than in each page.
"""

from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt

from ..core.orders import OrderItem


def local_datetime(iso_utc: str | None) -> str:
    """An instant from the store in the seller's time zone and short locale format."""
    if not iso_utc:
        return ""
    instant = QDateTime.fromString(iso_utc, Qt.DateFormat.ISODate)
    if not instant.isValid():
        return iso_utc  # show what we have rather than nothing
    return QLocale().toString(instant.toLocalTime(), QLocale.FormatType.ShortFormat)


def local_date(iso_date: str | None) -> str:
    """A calendar date (``YYYY-MM-DD``, or an instant whose date part counts) in locale format."""
    if not iso_date:
        return ""
    day = QDate.fromString(iso_date[:10], Qt.DateFormat.ISODate)
    if not day.isValid():
        return iso_date
    return QLocale().toString(day, QLocale.FormatType.ShortFormat)


def items_summary(items: Iterable[OrderItem]) -> str:
    """``2 × ESP-MACH-01, 1 × MUG-WHT``: the SKUs and quantities a packer looks for first."""
    return ", ".join(f"{item.quantity} × {item.sku}" for item in items)
