"""Getting rendered PDF bytes out: onto a printer, or into the seller's file.

These run as job steps on the worker thread (see ``printing.py`` for the whole path, ``jobs.py``
for the worker). The bytes never touch a temporary file of ours: ``QPdfDocument`` reads them from
a ``QBuffer``.
"""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QTransform
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from seller_desktop.core.base.errors import SellerError
from seller_desktop.core.base.private_files import write_private

#: Pages are rendered for the printer at its resolution, but never finer than this.
MAX_PRINT_DPI = 300
#: A page picture goes to the printer in bands of this many rows: Qt's PDF engine compresses each
#: picture it is given while holding Python's GIL (~0.2 s for a Letter page at 300 dpi), which
#: stalls the GUI thread; between bands it gets its turn.
PRINT_BAND_ROWS = 256


def load_pdf(data: bytes, parent: QObject | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A ``QPdfDocument`` over the bytes in memory (the buffer must live as long as the document)."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    document.load(buffer)
    return document, buffer


def write_pdf_file(target: Path, data: bytes) -> None:
    """Write our PDF to the seller's file, owner-only, with a message for the seller if it fails.

    ``write_private`` never writes through a link at ``target``: a link, a folder or a special
    file there is refused with its own ``BadInput`` (a ``SellerError``, shown as it is)."""
    try:
        write_private(target, data)
    except OSError as err:
        raise SellerError(
            QCoreApplication.translate(
                "PrintPreviewDialog", "The file could not be written ({0})."
            ).format(err.strerror or type(err).__name__)
        ) from None


def save_steps(data: bytes, target: Path) -> Generator[tuple[int, int], None, int]:
    """*Save as PDF…* as a job step (after ``bind_then`` has bound the cards' codes)."""
    write_pdf_file(target, data)
    yield (1, 1)
    return 1


def print_steps(
    data: bytes, printer: QPrinter, raster: bool | None = None
) -> Generator[tuple[int, int], None, int]:
    """Put every page of the PDF on ``printer``; yields (pages done, pages), returns the count.

    A printer that writes a PDF file (the dialog's "Print to file", a test's printer) gets our
    own PDF as it is: vector text, searchable, exact. Any other printer gets each page painted
    as an image at its resolution (``raster`` forces either way). Runs on the worker thread,
    with its own QPdfDocument (the preview's stays on the GUI thread; QtPdf serialises its calls
    into PDFium). Closing the generator (Cancel) aborts the print job.
    """
    if raster is None:
        raster = not _prints_to_file(printer)
    document, buffer = load_pdf(data)
    painter = QPainter()
    try:
        pages = _page_count(document)
        if not raster:
            write_pdf_file(Path(printer.outputFileName()), data)
            yield (pages, pages)
            return pages
        _begin_printing(printer, painter)
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        for index in range(pages):
            if index:
                printer.newPage()
            _paint_page(painter, document, index, dpi)
            yield (index + 1, pages)
        painter.end()
        return pages
    except GeneratorExit:
        printer.abort()
        if painter.isActive():
            painter.end()
        raise
    finally:
        if painter.isActive():
            painter.end()
        document.close()
        buffer.close()


def _prints_to_file(printer: QPrinter) -> bool:
    """Whether the printer writes a PDF file: that one gets our PDF as it is, not page images."""
    return printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and bool(
        printer.outputFileName()
    )


def _page_count(document: QPdfDocument) -> int:
    """The document's pages, or a message for the seller if PDFium could not read it (nothing
    must reach the printer then: a half-read document would print blank sheets)."""
    pages = document.pageCount()
    if document.status() != QPdfDocument.Status.Ready or pages <= 0:
        raise SellerError(
            QCoreApplication.translate(
                "PrintPreviewDialog", "The document could not be prepared for printing."
            )
        )
    return pages


def _begin_printing(printer: QPrinter, painter: QPainter) -> None:
    """Start the print job on ``painter``, or tell the seller to check the printer."""
    printer.setFullPage(True)  # the PDF has its own margins, made for this page size
    if not printer.docName():  # the print dialog names the job by document and day
        printer.setDocName("Seller Desktop")  # the spooler shows it: no buyer, no order id
    if not painter.begin(printer):
        raise SellerError(
            QCoreApplication.translate(
                "PrintPreviewDialog",
                "The printer could not be started. Check that it is "
                "connected and switched on, then try again.",
            )
        )


def _paint_page(painter: QPainter, document: QPdfDocument, index: int, dpi: int) -> None:
    """One page as an image at ``dpi``, centred on the printer's page, keeping its proportions.

    It goes in bands of ``PRINT_BAND_ROWS`` rows so the GUI thread gets the GIL between them."""
    target = painter.viewport()
    size = document.pagePointSize(index)
    image = document.render(index, (size * (dpi / 72.0)).toSize())
    if (image.width() > image.height()) != (target.width() > target.height()):
        # A landscape card sheet in a portrait job (slips with cards): turned, not shrunk, so the
        # cards keep their size; every such page turns the same way, so backs stay behind fronts.
        image = image.transformed(QTransform().rotate(90))
    scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
    x = target.x() + (target.width() - scaled.width()) // 2
    y = target.y() + (target.height() - scaled.height()) // 2
    ratio = scaled.height() / image.height()
    for top in range(0, image.height(), PRINT_BAND_ROWS):
        rows = min(PRINT_BAND_ROWS, image.height() - top)
        painter.drawImage(
            QRectF(x, y + top * ratio, scaled.width(), rows * ratio),
            image,
            QRectF(0, top, image.width(), rows),
        )
