"""Printing: PDF bytes from the core → a preview → the system print dialog or a PDF file.

The path every print takes (the Orders page, the Print page and Reprint all come here):

1. ``PrintPreviewDialog.start()`` renders the document on the window's worker thread
   (``core.documents.packing_slips_steps`` / ``pick_list_steps``) with progress and Cancel. The
   dialog is window-modal meanwhile: the GUI thread does not touch the store while the worker
   reads it (see ``jobs.py``).
2. The bytes are shown with ``QPdfDocument`` loaded from a ``QBuffer`` — never from a file: the
   slips hold names and addresses, and no temp file may hold them.
3. *Print…* opens the system ``QPrintDialog``, preset with the printer and page size remembered
   for this document type (``PrinterMemory``: printer names and sizes only, in ``ui.ini``).
   ``print_to(printer)`` then works on the worker thread (``print_output.print_steps``): for a real printer
   each page is rendered by ``QPdfDocument.render`` at the printer's resolution (at most 300 dpi:
   enough for text and barcodes, and a Letter page stays ~35 MB of pixels) and drawn with
   ``QPainter`` on the ``QPrinter`` (Qt allows painting on a printer outside the GUI thread);
   "Print to file" gets our vector PDF itself, written straight to the chosen file. Tests call
   ``print_to`` with a PDF-format ``QPrinter`` in place of the dialog, and ``print_steps`` with
   ``raster=True`` for the painted path.
4. After printing, the orders of a slip run are marked printed and the run goes into the print
   log (``core.print_log``), from where the Print page can reprint it (card runs too).

*Save as PDF…* writes the bytes to a file the seller chooses (owner-only), under a suggested name
that carries no customer data (``packing-slips-2026-11-28.pdf``), in a job on the worker as well.

Insert cards carry single-use codes, and a preview must not use them up. So the preview draws the
cards with the codes they *would* get (``campaigns.plan_cards``: reads only; nothing is written
while the dialog is open, so a closed preview or a crash leaves every code free), and the job that
prints or saves first binds exactly those codes (``bind_then``, one transaction), then sends out
the previewed bytes themselves. If another run took one of them meanwhile (the CLI, say), nothing
is bound or sent: the cards are drawn again with free codes and the seller checks the new preview.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QSettings, QSizeF, QStandardPaths, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QPageLayout, QPageSize, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from seller_desktop.core.base.errors import SellerError
from seller_desktop.core.campaigns import CardsByOrder, CodesChanged, bind_cards, plan_cards
from seller_desktop.core.documents import (
    SlipOptions,
    get_layout,
    packing_slips_steps,
    pick_list_steps,
)
from seller_desktop.core.documents.card_layouts import CARDS_FOR_SLIPS, get_card_layout
from seller_desktop.core.documents.cards import cards_pdf
from seller_desktop.core.documents.print_log import PrintRun, record_print_run
from seller_desktop.core.documents.slips_cards import slips_with_cards_pdf
from seller_desktop.core.orders.edits import mark_printed
from seller_desktop.core.settings import Settings
from seller_desktop.core.store import Store
from seller_desktop.ui.common.formatting import layout_text, seller_message
from seller_desktop.ui.common.jobs import JobRunner, report_unexpected
from seller_desktop.ui.common.widgets import InlineMessage
from seller_desktop.ui.printing.output import load_pdf, print_steps, save_steps

log = logging.getLogger(__name__)

SLIPS = "slips"
PICK_LIST = "pick_list"
#: Insert cards alone (``core.documents.cards``); slips with their cards are SLIPS + with_cards.
CARDS = "cards"


@dataclass(frozen=True)
class Rendered:
    """A rendered document; for cards, also the cards it shows with their codes, which are bound
    only when these very pages are printed or saved (``bind_then``)."""

    data: bytes
    cards: CardsByOrder | None = None


@dataclass(frozen=True)
class PrintRequest:
    """What to render: a document type, the orders (in print order) and its options."""

    document: str
    order_ids: tuple[str, ...]
    layout: str
    show_prices: bool = False
    footer_text: str | None = None
    #: Slips only: each order's slip followed by the insert cards its products earn.
    with_cards: bool = False

    @classmethod
    def from_settings(
        cls,
        document: str,
        order_ids: list[str] | tuple[str, ...],
        settings: Settings,
        layout: str | None = None,
        with_cards: bool = False,
    ) -> PrintRequest:
        if document == CARDS:
            default = CARDS_FOR_SLIPS.get(settings.slip_layout, "4x6")
        else:
            default = settings.slip_layout if document == SLIPS else settings.pick_list_layout
        return cls(
            document,
            tuple(order_ids),
            layout or default,
            settings.show_prices,
            settings.footer_text,
            with_cards and document == SLIPS,
        )

    @property
    def log_document(self) -> str:
        """The run's document in the print log, where slips with their cards are a kind apart
        (a Reprint brings the cards back too)."""
        return "slips_cards" if self.with_cards else self.document

    def steps(self, store: Store) -> Generator[tuple[int, int], None, Rendered]:
        """Render on the worker; reads the store only (a preview binds no card code)."""
        if self.document == CARDS or self.with_cards:
            return self._card_steps(store)
        return self._document_steps(store)

    def _slip_options(self) -> SlipOptions:
        return SlipOptions(
            layout=self.layout, show_prices=self.show_prices, footer_text=self.footer_text
        )

    def _document_steps(self, store: Store) -> Generator[tuple[int, int], None, Rendered]:
        if self.document == SLIPS:
            data = yield from packing_slips_steps(store, self.order_ids, self._slip_options())
        else:
            data = yield from pick_list_steps(store, self.order_ids, self.layout)
        return Rendered(data)

    def _card_steps(self, store: Store) -> Generator[tuple[int, int], None, Rendered]:
        """The cards with the codes they would get (the order's own on a reprint, else the next
        free ones), drawn in one step; nothing is bound here."""
        yield (0, 1)
        cards = plan_cards(store, self.order_ids)
        if self.document == CARDS:
            return Rendered(cards_pdf(store, self.order_ids, self.layout, cards), cards)
        return Rendered(
            slips_with_cards_pdf(store, self.order_ids, self._slip_options(), cards=cards), cards
        )


def layout_description(layout: str, document: str = SLIPS) -> str:
    """Card layouts share some names with slip layouts ("4x6", "a6") but not their sizes."""
    return layout_text(
        (get_card_layout(layout) if document == CARDS else get_layout(layout)).description
    )


def _page_size_of(layout: str, document: str) -> tuple[float, float]:
    return (get_card_layout(layout) if document == CARDS else get_layout(layout)).page_size


def suggested_file_name(document: str, day: str) -> str:
    """A name with the date only: no order id, no buyer (file names end up in recent lists)."""
    names = {SLIPS: "packing-slips", CARDS: "insert-cards"}
    return f"{names.get(document, 'pick-list')}-{day}.pdf"


def bind_then(
    store: Store, cards: CardsByOrder | None, steps: Generator[tuple[int, int], None, int]
) -> Generator[tuple[int, int], None, int]:
    """Bind the codes the previewed cards show, then run ``steps`` (printing or saving them).

    Binding comes first, in one transaction: no card leaves the app with a code the store does
    not hold for its order. Should the printer fail or the seller cancel afterwards, the codes
    stay with their orders and printing again shows the same ones. ``CodesChanged`` (nothing
    bound, nothing sent) if one of them went to another order since the preview.
    """
    if cards:
        bind_cards(store, cards)
    return (yield from steps)


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
        width, height = _page_size_of(layout, document)
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape
            if width > height
            else QPageLayout.Orientation.Portrait
        )


def layout_page_size(layout: str, document: str = SLIPS) -> QPageSize:
    width, height = _page_size_of(layout, document)
    return QPageSize(
        QSizeF(width, height), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch
    )


class _OneJob:
    """Connects to the shared JobRunner for one job of ours, and lets go when it ends."""

    def __init__(
        self,
        jobs: JobRunner,
        progress: Callable[[int, int, str], None],
        finished: Callable[[object], None],
        failed: Callable[[BaseException], None],
        cancelled: Callable[[], None],
    ) -> None:
        self._jobs = jobs
        self._pairs = (
            (jobs.progress, progress),
            (jobs.finished, self._end(finished)),
            (jobs.failed, self._end(failed)),
            (jobs.cancelled, self._end(cancelled)),
        )
        self.running = False

    def _end(self, slot):
        def ended(*args):
            self._release()
            slot(*args)

        return ended

    def start(self, factory) -> bool:
        if self._jobs.busy:
            return False
        for signal, slot in self._pairs:
            signal.connect(slot)
        self.running = True
        if not self._jobs.start(factory):
            self._release()
            return False
        return True

    def _release(self) -> None:
        if not self.running:
            return
        self.running = False
        for signal, slot in self._pairs:
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass


class PrintPreviewDialog(QDialog):
    """Render → preview → Print… / Save as PDF…, for one print request.

    ``printed(list_of_order_ids, document)`` is emitted after the pages went to the printer, the
    orders were marked printed (slips) and the run was logged; ``logged()`` after any new print
    log row (a print or a saved PDF).
    """

    printed = Signal(object, str)
    logged = Signal()

    def __init__(
        self,
        store: Store,
        jobs: JobRunner,
        request: PrintRequest,
        memory: PrinterMemory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._jobs = jobs
        self.request = request
        self._memory = memory
        self.pdf_bytes: bytes = b""
        #: The cards the preview shows, with the codes bound when it is printed or saved.
        self.cards: CardsByOrder | None = None
        #: Said over the next preview (why the cards were drawn again).
        self._notice = ""
        self._target: Path | None = None
        self.document: QPdfDocument | None = None
        self._buffer: QBuffer | None = None
        self._job = _OneJob(jobs, self._progress, self._finished, self._failed, self._cancelled)
        self._stage = "idle"  # idle → rendering → preview ⇄ printing/saving; "closed" at the end
        self._printer: QPrinter | None = None
        self.last_run: PrintRun | None = None
        self.setObjectName("printPreview")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        title = (
            self.tr("Packing slips and insert cards")
            if request.with_cards
            else self.tr("Packing slips")
            if request.document == SLIPS
            else self.tr("Insert cards")
            if request.document == CARDS
            else self.tr("Pick list")
        )
        self.setWindowTitle(self.tr("{0} — preview").format(title))
        self.setAccessibleName(self.tr("Print preview"))
        self.resize(820, 900)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_progress())
        self.pages.addWidget(self._build_preview())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    # -- building ------------------------------------------------------------------------------

    def _build_progress(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.progress_label = QLabel()
        self.progress_label.setAccessibleName(self.tr("What is being prepared"))
        self.progress_label.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Progress"))
        self.progress_bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        box.addStretch(1)
        box.addWidget(self.progress_label)
        box.addWidget(self.progress_bar)
        box.addLayout(row)
        box.addStretch(1)
        return page

    def _build_preview(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Document summary"))
        self.summary.setWordWrap(True)
        box.addWidget(self.summary)
        self.view = QPdfView()
        self.view.setAccessibleName(self.tr("Preview of the pages"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setStyleSheet("QPdfView { background: #8a8f96; }")
        box.addWidget(self.view, 1)
        self.message = InlineMessage(self.tr("Print message"))
        box.addWidget(self.message)

        buttons = QDialogButtonBox()
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print"))
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.open_print_dialog)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setAccessibleName(self.tr("Save as PDF"))
        self.save_button.clicked.connect(self.choose_pdf_file)
        self.fit_button = QPushButton(self.tr("&Whole page"))
        self.fit_button.setAccessibleName(self.tr("Show whole pages"))
        self.fit_button.setCheckable(True)
        self.fit_button.toggled.connect(self._fit_toggled)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the preview"))
        self.close_button.clicked.connect(self.reject)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.fit_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        box.addWidget(buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), page).activated.connect(
            self.open_print_dialog
        )
        return page

    # -- rendering -----------------------------------------------------------------------------

    def start(self) -> bool:
        """Render on the worker; False (and a message) if another task is running."""
        count = len(self.request.order_ids)
        self.progress_label.setText(
            self.tr("Preparing the packing slips and cards of %n order(s)…", "", count)
            if self.request.with_cards
            else self.tr("Preparing the insert cards of %n order(s)…", "", count)
            if self.request.document == CARDS
            else self.tr("Preparing the packing slips of %n order(s)…", "", count)
            if self.request.document == SLIPS
            else self.tr("Preparing the pick list of %n order(s)…", "", count)
        )
        self.progress_bar.setRange(0, 0)
        self.pages.setCurrentIndex(0)
        store, request = self._store, self.request
        if not self._job.start(lambda: request.steps(store)):
            return False
        self._stage = "rendering"
        return True

    def _progress(self, done: int, total: int, _text: str) -> None:
        if total:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)

    def _finished(self, result: object) -> None:
        if self._stage == "printing":
            assert isinstance(result, int)  # print_steps returns the number of pages printed
            self._printed(result)
        elif self._stage == "saving" and self._target is not None:
            self._saved(self._target)
        else:
            assert isinstance(result, Rendered)  # what request.steps returns
            self._show(result)

    def _show(self, rendered: Rendered) -> None:
        self._drop_pages()
        self.pdf_bytes, self.cards = rendered.data, rendered.cards
        self.document, self._buffer = load_pdf(rendered.data, self)
        self.view.setDocument(self.document)
        self._stage = "preview"
        pages = self.page_count()
        count = len(self.request.order_ids)
        if self.request.with_cards:
            what = self.tr("Packing slips and insert cards of %n order(s)", "", count)
        elif self.request.document == CARDS:
            what = self.tr("Insert cards of %n order(s)", "", count)
        elif self.request.document == SLIPS:
            what = self.tr("Packing slips of %n order(s)", "", count)
        else:
            what = self.tr("Pick list of %n order(s)", "", count)
        self.summary.setText(
            self.tr("{0} · {1} · {2}").format(
                what,
                self.tr("%n page(s)", "", pages),
                layout_description(self.request.layout, self.request.document),
            )
        )
        self.pages.setCurrentIndex(1)
        self.view.setFocus()
        if self._notice:
            self.message.show_warning(self._notice)
            self._notice = ""

    def page_count(self) -> int:
        return self.document.pageCount() if self.document is not None else 0

    def _failed(self, error: BaseException) -> None:
        stage, self._stage = self._stage, ("preview" if self.pdf_bytes else "idle")
        if stage in ("printing", "saving") and isinstance(error, CodesChanged):
            self._render_again()
            return
        if isinstance(error, SellerError):
            text = seller_message(error)
        else:
            report_unexpected(error)
            text = self.tr("Something went wrong; the report has the details.")
        if stage in ("printing", "saving"):
            self.pages.setCurrentIndex(1)
            self.message.show_error(
                (
                    self.tr("Not printed: {0}")
                    if stage == "printing"
                    else self.tr("Not saved: {0}")
                ).format(text)
            )
            return
        self.progress_bar.setRange(0, 1)
        self.progress_label.setText(self.tr("Nothing to print: {0}").format(text))
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setAccessibleName(self.tr("Close"))

    def _render_again(self) -> None:
        """A code of the previewed cards went elsewhere: never send those pages; draw the cards
        anew with free codes and let the seller look before printing."""
        self._drop_pages()
        self._notice = self.tr(
            "Some codes on these cards went to other orders while the preview was open (another "
            "print run). Nothing was printed or saved. This is a new preview with other codes: "
            "check it, then print again."
        )
        if not self.start():
            self._stage = "idle"
            self.progress_bar.setRange(0, 1)
            self.progress_label.setText(
                self.tr("Another task is running. Close this preview and print again in a moment.")
            )

    def _cancelled(self) -> None:
        if self._stage in ("printing", "saving"):
            stage, self._stage = self._stage, "preview"
            self.pages.setCurrentIndex(1)
            self.message.show_info(
                self.tr("Printing was cancelled. Nothing was marked printed.")
                if stage == "printing"
                else self.tr("Saving was cancelled.")
            )
            return
        self._stage = "idle"
        self.reject()

    def cancel(self) -> None:
        if self._job.running:
            self._jobs.cancel()
        else:
            self.reject()

    # -- printing ------------------------------------------------------------------------------

    def open_print_dialog(self) -> QPrintDialog | None:
        if self._stage != "preview":
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._memory.prepare(self.request.document, self.request.layout, printer)
        # The job's name in the print queue, and the file name "Print to File" proposes (else
        # only the home folder, which cannot be written): the document and the day, no buyer.
        day = self._store.clock.now().astimezone().date().isoformat()
        printer.setDocName(suggested_file_name(self.request.document, day).removesuffix(".pdf"))
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("systemPrintDialog")
        dialog.setWindowTitle(self.tr("Print"))
        self._printer = printer  # the dialog refers to it until it is done
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.print_dialog = dialog
        # QDialog.open, not dialog.open(): PySide6 6.12 binds only QPrintDialog.open(receiver,
        # member) on QPrintDialog, and dialog.open() raises "open expected 2 arguments".
        QDialog.open(dialog)
        return dialog

    def print_to(self, printer: QPrinter) -> bool:
        """Print the rendered pages on ``printer`` (the dialog's, or a test's PDF printer)."""
        if self._stage != "preview" or not self.pdf_bytes:
            return False
        self._printer = printer
        self.message.clear()
        pages = self.page_count()
        self.progress_label.setText(self.tr("Sending %n page(s) to the printer…", "", pages))
        self.progress_bar.setRange(0, pages)
        self.progress_bar.setValue(0)
        self.cancel_button.setText(self.tr("Cancel"))
        self.pages.setCurrentIndex(0)
        store, cards, data = self._store, self.cards, self.pdf_bytes
        if not self._job.start(lambda: bind_then(store, cards, print_steps(data, printer))):
            self.pages.setCurrentIndex(1)
            self.message.show_error(self.tr("Another task is running. Try again in a moment."))
            return False
        self._stage = "printing"
        return True

    def _printed(self, pages: int) -> None:
        """The worker is idle again: mark the orders printed and log the run (GUI thread)."""
        self._stage = "preview"
        self.pages.setCurrentIndex(1)
        request = self.request
        if self._printer is not None:
            self._memory.remember(request.document, request.layout, self._printer)
        ids = list(request.order_ids)
        try:
            if request.document == SLIPS:
                mark_printed(self._store, ids)
            self.last_run = record_print_run(
                self._store, request.log_document, request.layout, "printer", ids
            )
        except SellerError as err:
            self.message.show_error(seller_message(err))
            return
        self.message.show_info(
            self.tr("Printed %n page(s). The orders are marked printed.", "", pages)
            if request.document == SLIPS
            else self.tr("Printed %n page(s).", "", pages)
        )
        self.printed.emit(ids, request.document)
        self.logged.emit()

    # -- saving --------------------------------------------------------------------------------

    def choose_pdf_file(self) -> QFileDialog | None:
        if self._stage != "preview":
            return None
        day = self._store.clock.now().astimezone().date().isoformat()
        dialog = QFileDialog(self, self.tr("Save as PDF"))
        dialog.setObjectName("savePdfDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        if folder and Path(folder).is_dir():
            dialog.setDirectory(folder)
        dialog.selectFile(suggested_file_name(self.request.document, day))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.save_pdf_to(Path(name)))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def save_pdf_to(self, target: Path | str) -> bool:
        """Start saving the previewed PDF to the seller's file (owner-only, no temp file on the
        way; the cards' codes bound first); False if it could not start. ``logged`` follows once
        the file is written and the run logged."""
        if self._stage != "preview" or not self.pdf_bytes:
            return False
        self.message.clear()
        self._target = target = Path(target)
        store, cards, data = self._store, self.cards, self.pdf_bytes
        if not self._job.start(lambda: bind_then(store, cards, save_steps(data, target))):
            self.message.show_error(self.tr("Another task is running. Try again in a moment."))
            return False
        self._stage = "saving"
        return True

    def _saved(self, target: Path) -> None:
        """The file is written (worker idle again): log the run (GUI thread)."""
        self._stage = "preview"
        try:
            self.last_run = record_print_run(
                self._store,
                self.request.log_document,
                self.request.layout,
                "pdf",
                list(self.request.order_ids),
            )
        except SellerError as err:
            self.message.show_error(seller_message(err))
            return
        self.message.show_info(
            self.tr(
                "Saved as {0}. The orders are not marked printed: use Mark printed on the Orders page "
                "once you have printed the file."
            ).format(target.name)
            if self.request.document == SLIPS
            else self.tr("Saved as {0}.").format(target.name)
        )
        self.logged.emit()

    # -- closing -------------------------------------------------------------------------------

    def _fit_toggled(self, whole: bool) -> None:
        self.view.setZoomMode(
            QPdfView.ZoomMode.FitInView if whole else QPdfView.ZoomMode.FitToWidth
        )

    def reject(self) -> None:
        if self._job.running:  # Esc or Close while working: cancel first (rendering: the end
            self._jobs.cancel()  # closes the dialog; printing: back to the preview)
            return
        self._release()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._job.running:
            self._jobs.cancel()
            event.ignore()
            return
        self._release()
        super().closeEvent(event)

    def _release(self) -> None:
        self._stage = "closed"
        self._drop_pages()

    def _drop_pages(self) -> None:
        """Take the pages off screen and drop the bytes (they hold names and addresses) and the
        planned cards (they must never be bound without these very pages going out)."""
        # Qt takes no document (nullptr) to clear the view; PySide6's stub insists on one.
        self.view.setDocument(None)  # type: ignore[arg-type]
        if self.document is not None:
            self.document.close()
            self.document.deleteLater()
            self.document = None
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
            self._buffer.deleteLater()
            self._buffer = None
        self.pdf_bytes = b""
        self.cards = None
