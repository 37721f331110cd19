"""Which printer and page size to preset in the system print dialog, per document type.

Remembered in ``ui.ini`` beside the window's state: printer names and page sizes only, never data
from the store. A layout's own page size (``layout_page_size``) is the guess before anything was
remembered, and again after the seller changed the document's layout.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from seller_desktop.core.documents.print_request import SLIPS, document_layout


class PrinterMemory:
    """The printer and page size last used per document type, in ``ui.ini`` (no data at all).

    The page size is used again only while the document's layout is the same one it was chosen
    for; after a layout change the layout's own size is the better guess.
    """

    def __init__(self, config_dir: str | Path | None) -> None:
        self._settings: QSettings | None = None
        if config_dir is not None:
            Path(config_dir).mkdir(parents=True, exist_ok=True)
            self._settings = QSettings(str(Path(config_dir) / "ui.ini"), QSettings.Format.IniFormat)

    def _get(self, key: str) -> str:
        if self._settings is None:
            return ""
        value = self._settings.value(key, "")
        return value if isinstance(value, str) else ""

    def printer_name(self, document: str) -> str:
        return self._get(f"print/{document}/printer")

    def duplex(self, document: str) -> bool:
        """Whether this document last went to a printer set to print on both sides."""
        return self._get(f"print/{document}/duplex") == "yes"

    def page_size(self, document: str, layout: str) -> QPageSize | None:
        """The remembered size for this document (if chosen for this layout)."""
        if self._get(f"print/{document}/layout") != layout:
            return None
        raw = self._get(f"print/{document}/page_size")
        try:
            width, height = (float(part) for part in raw.split("x"))
        except ValueError:
            return None
        if not (10 < width < 5000 and 10 < height < 5000):
            return None
        return QPageSize(
            QSizeF(width, height), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch
        )

    def remember(self, document: str, layout: str, printer: QPrinter) -> None:
        if self._settings is None:
            return
        size = printer.pageLayout().pageSize().size(QPageSize.Unit.Point)
        if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and printer.printerName():
            self._settings.setValue(f"print/{document}/printer", printer.printerName())
        self._settings.setValue(f"print/{document}/layout", layout)
        both = printer.duplex() != QPrinter.DuplexMode.DuplexNone
        self._settings.setValue(f"print/{document}/duplex", "yes" if both else "no")
        self._settings.setValue(
            f"print/{document}/page_size", f"{size.width():.1f}x{size.height():.1f}"
        )
        self._settings.sync()

    def prepare(self, document: str, layout: str, printer: QPrinter) -> None:
        """Preset ``printer`` before the print dialog: remembered printer, then the page size."""
        name = self.printer_name(document)
        if (
            name
            and printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
            and name in QPrinterInfo.availablePrinterNames()
        ):
            printer.setPrinterName(name)
        size = self.page_size(document, layout) or layout_page_size(layout, document)
        printer.setPageSize(size)
        width, height = document_layout(layout, document).page_size
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape
            if width > height
            else QPageLayout.Orientation.Portrait
        )


def layout_page_size(layout: str, document: str = SLIPS) -> QPageSize:
    width, height = document_layout(layout, document).page_size
    return QPageSize(
        QSizeF(width, height), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch
    )
