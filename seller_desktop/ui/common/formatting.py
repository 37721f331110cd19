"""How dates, instants and item lists read on screen.

The store keeps instants as ISO 8601 UTC and calendar dates as ``YYYY-MM-DD`` (one text form for
the CLI's JSON and the database). The seller reads them in their own locale and time zone, so the
conversion happens here, once, rather than in each page.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, Qt

from seller_desktop.core.base.errors import SellerError
from seller_desktop.core.base.messages import CONTEXT
from seller_desktop.core.orders.model import OrderItem

#: The page layouts' descriptions as ``core.documents`` names them (slips and pick lists, then
#: insert cards). The core has no Qt, so they are marked for translation here and looked up by
#: their English text in ``layout_text``; a test checks that every layout of the core is listed.
LAYOUT_DESCRIPTIONS = (
    QT_TRANSLATE_NOOP("Layouts", "US Letter, one slip per sheet"),
    QT_TRANSLATE_NOOP("Layouts", "A4, one slip per sheet"),
    QT_TRANSLATE_NOOP("Layouts", "US Letter, two slips per sheet with a cut line"),
    QT_TRANSLATE_NOOP("Layouts", "A4, two slips per sheet with a cut line"),
    QT_TRANSLATE_NOOP("Layouts", "4 x 6 in thermal label"),
    QT_TRANSLATE_NOOP("Layouts", "4 x 8 in thermal label"),
    QT_TRANSLATE_NOOP("Layouts", "100 x 150 mm thermal label"),
    QT_TRANSLATE_NOOP("Layouts", "A6 (105 x 148 mm)"),
    QT_TRANSLATE_NOOP("Layouts", "6 x 4 in postcard, one card per sheet"),
    QT_TRANSLATE_NOOP("Layouts", "A6 postcard (148 x 105 mm), one card per sheet"),
    QT_TRANSLATE_NOOP("Layouts", "US Letter, four 5 x 3.75 in cards with crop marks"),
    QT_TRANSLATE_NOOP("Layouts", "A4, four 139 x 95 mm cards with crop marks"),
    QT_TRANSLATE_NOOP(
        "Layouts", "US Letter, ten 3.5 x 2 in business cards (Avery 5371 compatible)"
    ),
    QT_TRANSLATE_NOOP("Layouts", "4 x 6 in thermal label, one card per label"),
)
# The stock each card layout prints on (``CardLayout.stock``), shown beside its description.
CARD_STOCKS = (
    QT_TRANSLATE_NOOP("Layouts", "4 x 6 in postcards or index cards"),
    QT_TRANSLATE_NOOP("Layouts", "A6 postcards"),
    QT_TRANSLATE_NOOP("Layouts", "Letter card stock, cut at the marks"),
    QT_TRANSLATE_NOOP("Layouts", "A4 card stock, cut at the marks"),
    QT_TRANSLATE_NOOP("Layouts", "Avery 5371, 8371 or compatible"),
    QT_TRANSLATE_NOOP("Layouts", "4 x 6 in direct thermal labels"),
)


def layout_text(description: str) -> str:
    """A core layout's description in the seller's language (as it is if not listed above)."""
    return QCoreApplication.translate("Layouts", description)


def card_layout_text(description: str, stock: str) -> str:
    """A card layout in the seller's language, with the stock it prints on beside it."""
    if not stock:
        return layout_text(description)
    return QCoreApplication.translate("Layouts", "{0} — on {1}").format(
        layout_text(description), layout_text(stock)
    )


def seller_message(error: BaseException) -> str:
    """A core error's message in the interface's language: its template and the values that are
    themselves catalogue texts, translated from ``core.messages``; anything else as the core wrote
    it (English). A translation that lost a placeholder falls back to the English message."""
    template = getattr(error, "template", "")
    if not isinstance(error, SellerError) or not template:
        return str(error)
    return catalogue_text(template, error.values, fallback=str(error))


def catalogue_text(template: str, values: dict[str, object], *, fallback: str) -> str:
    """A core catalogue text (``QT_TRANSLATE_NOOP("SellerError", …)``) in the interface's
    language with its values filled in; ``fallback`` where a translation lost a placeholder."""
    text = QCoreApplication.translate(CONTEXT, template)
    shown = {
        name: QCoreApplication.translate(CONTEXT, value) if isinstance(value, str) else value
        for name, value in values.items()
    }
    try:
        return text.format(**shown) if shown else text
    except (KeyError, IndexError, ValueError):
        return fallback


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


def wording_title(rule_title: str) -> str:
    """A wording rule's title (``core.wording.findings.RULES``, context "Wording") in the
    interface's language."""
    return QCoreApplication.translate("Wording", rule_title)
