"""File › Import… and drag-and-drop: Amazon order reports into the store, off the GUI thread.

One window-modal dialog walks through the chosen files, one at a time, on the window's
``JobRunner`` (see ``jobs.py``): a progress page with Cancel while a file is imported, a question
page when a file has row problems, and a summary page at the end.

Row problems — strict first. Each file is imported in strict mode first: a clean file is imported
in that one pass. If the file has row problems, the strict pass rolls back (nothing imported) and
the dialog lists the problems by line and asks: *Import the rest* (a second, non-strict pass takes
the good orders) or *Import nothing*. Files the importer refuses outright (another report type, a
spreadsheet re-save, a file cut off…) get the importer's message in the summary; nothing of them
is imported. Each file is its own transaction: Cancel rolls back the file being imported and skips
the files after it; files finished before stay imported, and the summary says so.

While a job runs the dialog is window-modal (one import at a time). Each file's job declares
``IMPORTED``, so the window re-reads its orders and status when the job ends (``announce``);
``store_changed`` tells the dialog's own caller whether anything was written at all.
Nothing here logs or shows contact details: the importer's problems and refusals name lines,
columns and validated Amazon order ids only (a cell that is not an order id is never quoted, since
it may hold a buyer's name), and the log gets counts and exception types, not messages.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from seller_desktop.core.base.changes import IMPORTED
from seller_desktop.core.base.errors import SellerError
from seller_desktop.core.importers.report_import import import_steps
from seller_desktop.core.importers.summary import ImportRefused, ImportSummary
from seller_desktop.core.store import Store
from seller_desktop.ui.common.formatting import seller_message
from seller_desktop.ui.common.jobs import JobRunner, report_unexpected
from seller_desktop.ui.importing.pages import ProgressPage, QuestionPage, SummaryPage
from seller_desktop.ui.importing.results import (
    MAX_PROBLEMS_SHOWN,
    FileResult,
    Outcome,
    nothing_good,
    problem_lines,
    summary_heading,
    summary_html,
)

log = logging.getLogger(__name__)


class ImportDialog(QDialog):
    """Imports ``paths`` one after the other; progress, the problem-rows question, the summary."""

    #: Emitted once, when the last file is done (or the rest was cancelled) and the worker is
    #: idle: True if any file added or updated orders. The window refreshes then, not before.
    store_changed = Signal(bool)

    def __init__(
        self, store: Store, runner: JobRunner, paths: list[Path], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import orders"))
        self.setAccessibleName(self.tr("Import orders"))
        self.setWindowModality(Qt.WindowModality.WindowModal)

        self._queue: list[Path] = list(paths)
        self._count = len(paths)
        self._current: Path | None = None
        self._strict = True
        self._refused: ImportRefused | None = None
        self._running = False
        self._connected = False
        self._over = False
        self._stop = False  # set when the app closes the dialog: no further file is begun
        self.results: list[FileResult] = []
        self._locale = QLocale()

        progress, question, summary = ProgressPage(), QuestionPage(), SummaryPage()
        self.progress_heading, self.progress_file = progress.heading, progress.file
        self.progress_bar, self.progress_text = progress.bar, progress.text
        self.cancel_button = progress.cancel_button
        self.cancel_button.clicked.connect(self.cancel)
        self.question_heading, self.question_text = question.heading, question.text
        self.problem_list, self.question_hint = question.problem_list, question.hint
        self.import_rest_button = question.import_rest_button
        self.import_nothing_button = question.import_nothing_button
        self.import_rest_button.clicked.connect(self.import_rest)
        self.import_nothing_button.clicked.connect(self.import_nothing)
        self.summary_heading, self.summary_view = summary.heading, summary.view
        self.close_button = summary.close_button
        self.close_button.clicked.connect(self.accept)
        self.pages = QStackedWidget()
        for page in (progress, question, summary):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.addWidget(self.pages)

    # -- state -------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """A file is being imported on the worker thread right now."""
        return self._running

    @property
    def over(self) -> bool:
        """Every file is done (or skipped) and the summary is shown."""
        return self._over

    def _show_page(self, index: int) -> None:
        """Switch page and fit the dialog to it: a compact progress box, a roomier list after."""
        if index == self.pages.currentIndex() and self.isVisible():
            return
        ignored, preferred = QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
        for i in range(self.pages.count()):
            page = self.pages.widget(i)
            assert page is not None  # i < count()
            page.setSizePolicy(
                preferred if i == index else ignored, preferred if i == index else ignored
            )
        self.pages.setCurrentIndex(index)
        char = self.fontMetrics().averageCharWidth()
        line = self.fontMetrics().height()
        if index == 0:
            self.setMinimumSize(char * 64, 0)
            self.adjustSize()
            self.resize(char * 64, self.sizeHint().height())
        else:
            self.setMinimumSize(char * 64, line * 16)
            self.resize(max(self.width(), char * 90), max(self.height(), line * 26))

    def current_page(self) -> str:
        return ("progress", "question", "summary")[self.pages.currentIndex()]

    def start(self) -> None:
        """Show the dialog (window-modal, no nested event loop) and import the first file."""
        log.info("Import of %d file(s) started", self._count)
        self._show_page(0)
        self.open()
        self._next_file()

    def _connect(self, on: bool) -> None:
        if on == self._connected:
            return
        pairs = (
            (self.runner.progress, self._on_progress),
            (self.runner.finished, self._on_finished),
            (self.runner.failed, self._on_failed),
            (self.runner.cancelled, self._on_cancelled),
        )
        for signal, slot in pairs:
            signal.connect(slot) if on else signal.disconnect(slot)
        self._connected = on

    def _next_file(self) -> None:
        if self._stop:
            self._skip_rest()
        if not self._queue:
            self._finish()
            return
        self._current = self._queue.pop(0)
        self._strict = True
        self._run_current()

    def _run_current(self) -> None:
        path, strict, store = self._current, self._strict, self.store
        assert path is not None
        number = self._count - len(self._queue)
        self.progress_heading.setText(
            self.tr("Importing orders") if strict else self.tr("Importing the rest of the file")
        )
        self.progress_file.setText(
            self.tr("{0} (file {1} of {2})").format(path.name, number, self._count)
            if self._count > 1
            else path.name
        )
        self._show_progress(0, 0, "")
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel"))
        self._show_page(0)
        self.cancel_button.setFocus()
        self._connect(True)
        if not self.runner.start(lambda: import_steps(store, path, strict=strict), IMPORTED):
            # Another job holds the worker (the window refuses a second import, so this is a
            # window closing under us): nothing of this file or the rest is imported.
            self._connect(False)
            self.results.append(
                FileResult(
                    path.name,
                    Outcome.NOT_STARTED,
                    message=self.tr("Not imported: another task was running."),
                )
            )
            self._skip_rest()
            self._finish()
            return
        self._running = True

    def _show_progress(self, done: int, total: int, text: str) -> None:
        if total <= 0:
            self.progress_bar.setRange(0, 0)  # busy: reading and checking the file
            self.progress_text.setText(self.tr("Reading the file…"))
            return
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(min(done, total))
        self.progress_text.setText(
            self.tr("{0} of {1} rows").format(
                self._locale.toString(done), self._locale.toString(total)
            )
        )

    # -- the worker's answers ---------------------------------------------------------------

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self._running and not self.runner_cancelling:
            self._show_progress(done, total, text)

    @property
    def runner_cancelling(self) -> bool:
        return not self.cancel_button.isEnabled()

    def _job_over(self) -> Path:
        self._running = False
        self._connect(False)
        assert self._current is not None
        return self._current

    def _on_finished(self, summary: ImportSummary) -> None:
        path = self._job_over()
        self.results.append(FileResult(path.name, Outcome.IMPORTED, summary))
        self._next_file()

    def _on_failed(self, exc: BaseException) -> None:
        path = self._job_over()
        if isinstance(exc, ImportRefused) and self._strict:
            if nothing_good(exc.summary):
                self.results.append(
                    FileResult(
                        path.name,
                        Outcome.REFUSED,
                        exc.summary,
                        self.tr("No row of this file could be imported."),
                    )
                )
                self._next_file()
            else:
                self._ask(exc)
            return
        if isinstance(exc, SellerError):
            log.info("Import refused: %s", type(exc).__name__)
            self.results.append(FileResult(path.name, Outcome.REFUSED, message=seller_message(exc)))
            self._next_file()
            return
        # A bug: the crash dialog shows the redacted report; the summary says what happened.
        self.results.append(
            FileResult(
                path.name,
                Outcome.ERROR,
                message=self.tr(
                    "An unexpected error stopped the import of this file; nothing of it was imported."
                ),
            )
        )
        self._skip_rest()
        self._finish()
        report_unexpected(exc)

    def _on_cancelled(self) -> None:
        path = self._job_over()
        self.results.append(FileResult(path.name, Outcome.CANCELLED))
        self._skip_rest()
        self._finish()

    def _skip_rest(self) -> None:
        for rest in self._queue:
            self.results.append(FileResult(rest.name, Outcome.NOT_STARTED))
        self._queue.clear()

    # -- the seller's answers ---------------------------------------------------------------

    def cancel(self) -> None:
        """Cancel: the file being imported is rolled back, the files after it are skipped."""
        if self._running:
            log.info("Import cancelled by the seller")
            self.cancel_button.setEnabled(False)
            self.cancel_button.setText(self.tr("Cancelling…"))
            self.progress_text.setText(self.tr("Cancelling: undoing this file's changes…"))
            self.runner.cancel()
        elif self.current_page() == "question":
            self.import_nothing()

    def _ask(self, refused: ImportRefused) -> None:
        self._refused = refused
        summary = refused.summary
        problems = summary.problems
        assert self._current is not None
        self.question_heading.setText(
            self.tr("Some rows of {0} have problems").format(self._current.name)
        )
        self.question_text.setText(
            self.tr(
                "%Ln of the file's {0} rows cannot be imported. An order with a problem row is left "
                "out as a whole, so that no order is imported half.",
                "",
                len(problems),
            ).format(self._locale.toString(summary.rows))
        )
        self.problem_list.clear()
        self.problem_list.addItems(problem_lines(problems, MAX_PROBLEMS_SHOWN))
        self.question_hint.setText(
            self.tr(
                "Import the rest of the file and skip these rows, or import nothing from this file "
                "(for example to fix the report and import it again)."
            )
        )
        self._show_page(1)
        self.import_rest_button.setDefault(True)
        self.import_rest_button.setFocus()

    def import_rest(self) -> None:
        """The question's first answer: import the good orders, skipping the problem rows."""
        if self.current_page() != "question":
            return
        self._refused = None
        self._strict = False
        self._run_current()

    def import_nothing(self) -> None:
        """The question's second answer: leave this file out entirely."""
        if self.current_page() != "question" or self._current is None:
            return
        refused, self._refused = self._refused, None
        self.results.append(
            FileResult(self._current.name, Outcome.SKIPPED, refused.summary if refused else None)
        )
        self._next_file()

    # -- the end -----------------------------------------------------------------------------

    def _finish(self) -> None:
        if self._over:
            return
        self._over = True
        self._current = None
        self.summary_heading.setText(summary_heading(self.results))
        self.summary_view.setHtml(summary_html(self.results, self._locale))
        self._show_page(2)
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        changed = any(r.changed for r in self.results)
        log.info("Import over: %d file(s), store changed: %s", len(self.results), changed)
        self.store_changed.emit(changed)

    def summary_text(self) -> str:
        """The summary as plain text (what the page shows)."""
        return self.summary_view.toPlainText()

    # -- closing -----------------------------------------------------------------------------

    def reject(self) -> None:  # Escape
        if self._running:
            self.cancel()  # the summary follows once the file is rolled back
        elif self.current_page() == "question":
            self.import_nothing()
        else:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._running or self.current_page() == "question":
            if event.spontaneous():
                # The seller clicked the title bar's close button: the same as Cancel /
                # Import Nothing, and the dialog stays to show what happened.
                event.ignore()
                self.reject()
                return
            # Closed by the app (e.g. locking): stop everything, and go; the window's close
            # waits for the worker, and the summary is never shown.
            self._stop = True
            if self._running:
                self.cancel()
            else:
                self.import_nothing()
        super().closeEvent(event)
