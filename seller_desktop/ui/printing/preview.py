"""Printing: PDF bytes from the core → a preview → the system print dialog or a PDF file.

The path every print takes (the Orders page, the Print page and Reprint all come here):

1. ``PrintPreviewDialog.start()`` renders the request on the window's worker thread
   (``core.documents.print_request.PrintRequest.steps``) with progress and Cancel. The
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
   log (``core.documents.print_log``), from where the Print page can reprint it (card runs too).

*Save as PDF…* writes the bytes to a file the seller chooses (owner-only), under a suggested name
that carries no customer data (``packing-slips-2026-11-28.pdf``), in a job on the worker as well;
for slips it then asks whether to mark the orders printed (``pdf_saving``).

Insert cards carry single-use codes that a preview must not use up: the request
(``core.documents.print_request``) draws them with the codes they *would* get, and the job that
prints or saves first binds exactly those (``bind_then``). If one went elsewhere meanwhile
(``CodesChanged``), nothing is sent and the cards are drawn anew for the seller to check.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QStackedWidget, QVBoxLayout, QWidget

from seller_desktop.core.base.errors import SellerError
from seller_desktop.core.campaigns import CardsByOrder, CodesChanged
from seller_desktop.core.documents.print_log import PrintRun, record_print_run
from seller_desktop.core.documents.print_request import (
    SLIPS,
    PrintRequest,
    Rendered,
    bind_then,
    suggested_file_name,
)
from seller_desktop.core.orders.edits import mark_printed
from seller_desktop.core.store import Store
from seller_desktop.ui.common.formatting import seller_message
from seller_desktop.ui.common.jobs import JobRunner, report_unexpected
from seller_desktop.ui.printing.duplex import preset_printer, show_sides, sides_problem, with_duplex
from seller_desktop.ui.printing.one_job import OneJob
from seller_desktop.ui.printing.output import load_pdf, print_steps, save_steps
from seller_desktop.ui.printing.pdf_saving import mark_printed_box, pdf_file_dialog
from seller_desktop.ui.printing.preview_panes import PagesPane, ProgressPane
from seller_desktop.ui.printing.printer_memory import PrinterMemory
from seller_desktop.ui.printing.titles import document_title, layout_description, request_texts
from seller_desktop.ui.printing.wording_override import WordingCheck, ask_in_dialog


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
        self.request = with_duplex(request, request.duplex or memory.duplex(request.document))
        self._memory = memory
        self.pdf_bytes: bytes = b""
        #: The cards the preview shows, with the codes bound when it is printed or saved.
        self.cards: CardsByOrder | None = None
        #: Said over the next preview (why the cards were drawn again).
        self._notice = ""
        self._target: Path | None = None
        self.document: QPdfDocument | None = None
        self._buffer: QBuffer | None = None
        self._job = OneJob(jobs, self._progress, self._finished, self._failed, self._cancelled)
        self._stage = "idle"  # idle → rendering → preview ⇄ printing/saving; "closed" at the end
        self._printer: QPrinter | None = None
        self.last_run: PrintRun | None = None
        self.wording = WordingCheck(ask_in_dialog(self))  # cards against Amazon's rules
        self.setObjectName("printPreview")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        title = document_title(request.log_document)  # the Print page's name for it
        self.setWindowTitle(self.tr("{0} — preview").format(title))
        self.setAccessibleName(self.tr("Print preview"))
        self.resize(820, 900)

        progress = ProgressPane()
        self.progress_label, self.progress_bar = progress.label, progress.bar
        self.cancel_button = progress.cancel_button
        self.cancel_button.clicked.connect(self.cancel)
        shown = PagesPane()
        self.summary, self.view, self.message = shown.summary, shown.view, shown.message
        self.print_button, self.save_button = shown.print_button, shown.save_button
        self.fit_button, self.close_button = shown.fit_button, shown.close_button
        self.duplex_box = shown.duplex_box
        show_sides(self.duplex_box, self.request)
        self.duplex_box.toggled.connect(self._duplex_toggled)
        self.print_button.clicked.connect(self.open_print_dialog)
        shown.print_shortcut.activated.connect(self.open_print_dialog)
        self.save_button.clicked.connect(self.choose_pdf_file)
        self.close_button.clicked.connect(self.reject)
        self.pages = QStackedWidget()
        self.pages.addWidget(progress)
        self.pages.addWidget(shown)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    # -- rendering -----------------------------------------------------------------------------

    def start(self) -> bool:
        """Render on the worker; False (and a message) if another task is running."""
        self.progress_label.setText(request_texts(self.request)[0])
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
        what = request_texts(self.request)[1]
        self.summary.setText(
            self.tr("{0} · {1} · {2}").format(
                what,
                self.tr("%n page(s)", "", pages),
                layout_description(self.request.layout, self.request.document),
            )
        )
        self.pages.setCurrentIndex(1)
        self.view.setFocus()
        warning = " ".join(
            filter(None, (self._notice, self.wording.shown(rendered.wording_errors)))
        )
        if warning:
            self.message.show_warning(warning)
            self._notice = ""

    def _duplex_toggled(self, on: bool) -> None:
        """Lay the job out again for one side or both: the preview shows what will print."""
        if self._stage == "preview" and not self._jobs.busy:
            self.request = with_duplex(self.request, on)
            self._drop_pages()  # never pages laid out for the other way beside this request
            self.start()
            return
        with QSignalBlocker(self.duplex_box):
            self.duplex_box.setChecked(not on)

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
        preset_printer(printer, self.request)
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
        problem = sides_problem(printer, self.request)
        if problem:
            self.message.show_error(problem)
            return False
        if not self.wording.cleared():
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
                self._store,
                request.log_document,
                request.layout,
                "printer",
                ids,
                self.wording.logged_reason,
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
        dialog = pdf_file_dialog(self, suggested_file_name(self.request.document, day))
        dialog.fileSelected.connect(lambda name: self.save_pdf_to(Path(name)))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def save_pdf_to(self, target: Path | str) -> bool:
        """Start saving the previewed PDF to the seller's file (owner-only, no temp file on the
        way; the cards' codes bound first); False if it could not start. ``logged`` follows once
        the file is written and the run logged."""
        if self._stage != "preview" or not self.pdf_bytes or not self.wording.cleared():
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
                self.wording.logged_reason,
            )
        except SellerError as err:
            self.message.show_error(seller_message(err))
            return
        if self.request.document == SLIPS:
            self._ask_mark_printed(target.name)
        else:
            self.message.show_info(self.tr("Saved as {0}.").format(target.name))
        self.logged.emit()

    def _ask_mark_printed(self, name: str) -> None:
        """Saved slips: ask whether they will be printed, and mark the orders if so."""
        ids = list(self.request.order_ids)
        box = mark_printed_box(self, name, len(ids))
        box.accepted.connect(lambda: self._mark_saved_printed(name, ids))
        self.mark_box = box
        box.open()

    def _mark_saved_printed(self, name: str, ids: list[str]) -> None:
        try:
            mark_printed(self._store, ids)
        except SellerError as err:
            self.message.show_error(seller_message(err))
            return
        self.message.show_info(self.tr("Saved as {0}. The orders are marked printed.").format(name))
        self.printed.emit(ids, SLIPS)
        self.logged.emit()

    # -- closing -------------------------------------------------------------------------------

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
