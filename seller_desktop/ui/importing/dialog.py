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

import html
import logging
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QMimeData,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from seller_desktop.core.base.changes import IMPORTED
from seller_desktop.core.base.errors import SellerError
from seller_desktop.core.importers.report_import import import_steps
from seller_desktop.core.importers.summary import ImportRefused, ImportSummary, Problem
from seller_desktop.core.store import Store
from seller_desktop.ui.common.formatting import seller_message
from seller_desktop.ui.common.jobs import JobRunner, report_unexpected

log = logging.getLogger(__name__)

#: Problem lines listed on the question and summary pages; the rest are counted.
MAX_PROBLEMS_SHOWN = 500


class Outcome(Enum):
    IMPORTED = "imported"  # a summary; problems (if any) were left out on request
    SKIPPED = "skipped"  # row problems, and the seller chose to import nothing
    REFUSED = "refused"  # the importer refused the file (message)
    CANCELLED = "cancelled"  # cancelled while importing: rolled back
    NOT_STARTED = "not_started"  # after a cancel or an error, never begun
    ERROR = "error"  # a bug: the crash dialog has the report


@dataclass
class FileResult:
    name: str
    outcome: Outcome
    summary: ImportSummary | None = None
    message: str = ""

    @property
    def changed(self) -> bool:
        return bool(
            self.outcome is Outcome.IMPORTED
            and self.summary is not None
            and (self.summary.new or self.summary.updated)
        )


def local_files(mime: QMimeData) -> list[Path]:
    """The local files a drag carries (folders and remote URLs are left out)."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if not p.is_dir()]


def report_file_dialog(parent: QWidget) -> QFileDialog:
    """A file chooser for order reports (several at once), opened with ``open()`` by the caller.

    It starts in the Downloads folder, where Seller Central's reports land; no folder or file name
    is remembered anywhere.
    """
    dialog = QFileDialog(
        parent, QCoreApplication.translate("ImportDialog", "Import Amazon order reports")
    )
    dialog.setObjectName("importFileDialog")
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setNameFilters(
        [
            QCoreApplication.translate("ImportDialog", "Amazon order reports (*.txt *.tsv *.csv)"),
            QCoreApplication.translate("ImportDialog", "All files (*)"),
        ]
    )
    downloads = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
    if downloads and Path(downloads).is_dir():
        dialog.setDirectory(downloads)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog


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

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_progress_page())
        self.pages.addWidget(self._build_question_page())
        self.pages.addWidget(self._build_summary_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.addWidget(self.pages)

    # -- pages -------------------------------------------------------------------------------

    def _heading(self) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        label.setFont(font)
        return label

    def _text(self) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    def _build_progress_page(self) -> QWidget:
        page = QWidget()
        self.progress_heading = self._heading()
        self.progress_file = self._text()
        self.progress_file.setAccessibleName(self.tr("File being imported"))
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Import progress"))
        self.progress_bar.setTextVisible(False)  # the label below says it in words
        self.progress_text = self._text()
        self.progress_text.setAccessibleName(self.tr("Rows imported"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the import"))
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QDialogButtonBox()
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress_heading)
        layout.addWidget(self.progress_file)
        layout.addSpacing(6)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.progress_text)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        return page

    def _build_question_page(self) -> QWidget:
        page = QWidget()
        self.question_heading = self._heading()
        self.question_text = self._text()
        self.problem_list = QListWidget()
        self.problem_list.setAccessibleName(self.tr("Rows with problems"))
        self.problem_list.setAlternatingRowColors(True)
        self.question_hint = self._text()
        self.import_rest_button = QPushButton(self.tr("Import the Rest"))
        self.import_rest_button.setAccessibleName(
            self.tr("Import the good orders, skip the problem rows")
        )
        self.import_nothing_button = QPushButton(self.tr("Import Nothing"))
        self.import_nothing_button.setAccessibleName(self.tr("Import nothing from this file"))
        self.import_rest_button.clicked.connect(self.import_rest)
        self.import_nothing_button.clicked.connect(self.import_nothing)
        buttons = QDialogButtonBox()
        buttons.addButton(self.import_rest_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.import_nothing_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question_heading)
        layout.addWidget(self.question_text)
        layout.addWidget(self.problem_list, 1)
        layout.addWidget(self.question_hint)
        layout.addWidget(buttons)
        return page

    def _build_summary_page(self) -> QWidget:
        page = QWidget()
        self.summary_heading = self._heading()
        self.summary_view = QTextBrowser()
        self.summary_view.setAccessibleName(self.tr("Import summary"))
        self.summary_view.setOpenLinks(False)
        self.summary_view.document().setDefaultStyleSheet(
            "h3 { margin-top: 12px; margin-bottom: 4px; }"
            " p { margin-top: 0px; margin-bottom: 3px; }"
            " ul { margin-top: 2px; margin-bottom: 0px; }"
        )
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        buttons = QDialogButtonBox()
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary_heading)
        layout.addWidget(self.summary_view, 1)
        layout.addWidget(buttons)
        return page

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
            if _nothing_good(exc.summary):
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
        self.problem_list.addItems(_problem_lines(problems, MAX_PROBLEMS_SHOWN))
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
        self.summary_heading.setText(self._summary_heading())
        self.summary_view.setHtml(self.summary_html())
        self._show_page(2)
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        changed = any(r.changed for r in self.results)
        log.info("Import over: %d file(s), store changed: %s", len(self.results), changed)
        self.store_changed.emit(changed)

    def _summary_heading(self) -> str:
        outcomes = {r.outcome for r in self.results}
        if Outcome.CANCELLED in outcomes:
            return self.tr("Import cancelled")
        if outcomes == {Outcome.IMPORTED}:
            return self.tr("Import finished")
        if Outcome.IMPORTED not in outcomes:
            return self.tr("Nothing was imported")
        return self.tr("Import finished, with problems")

    def summary_text(self) -> str:
        """The summary as plain text (what the page shows)."""
        return self.summary_view.toPlainText()

    def summary_html(self) -> str:
        """One block per file: name, what kind of report, the counts, then any problem rows."""
        n = self._locale.toString
        parts = []
        imported = [
            r.summary
            for r in self.results
            if r.outcome is Outcome.IMPORTED and r.summary is not None
        ]
        if len(self.results) > 1 and imported:
            parts.append(
                "<p>"
                + html.escape(
                    self.tr("In all: {0} new and {1} updated orders from {2} of {3} files.").format(
                        n(sum(s.new for s in imported)),
                        n(sum(s.updated for s in imported)),
                        n(len(imported)),
                        n(len(self.results)),
                    )
                )
                + "</p>"
            )
        for result in self.results:
            parts.append(f"<h3>{html.escape(result.name)}</h3>")
            parts += [f"<p>{line}</p>" for line in self._result_lines(result)]
            summary = result.summary
            if summary is not None and summary.problems and result.outcome is not Outcome.SKIPPED:
                lines = _problem_lines(summary.problems, MAX_PROBLEMS_SHOWN)
                parts.append(
                    "<ul>" + "".join(f"<li>{html.escape(line)}</li>" for line in lines) + "</ul>"
                )
        return "".join(parts)

    def _result_lines(self, result: FileResult) -> list[str]:
        """Escaped HTML paragraphs for one file."""
        n = self._locale.toString
        summary = result.summary
        if result.outcome is Outcome.IMPORTED and summary is not None:
            lines = [
                "<b>"
                + html.escape(
                    self.tr("{0} new, {1} updated, {2} unchanged orders ({3} items)").format(
                        n(summary.new), n(summary.updated), n(summary.unchanged), n(summary.items)
                    )
                )
                + "</b>",
                html.escape(
                    self.tr("{0} report, {1}").format(
                        report_kind_name(summary.report_kind), encoding_name(summary.encoding)
                    )
                ),
            ]
            if summary.wiped_on_arrival:
                lines.append(
                    html.escape(
                        self.tr(
                            "%Ln orders were already past their retention deadline: their contact "
                            "details were not stored.",
                            "",
                            summary.wiped_on_arrival,
                        )
                    )
                )
            if summary.problems:
                lines.append(
                    html.escape(
                        self.tr("%Ln rows with problems were left out:", "", len(summary.problems))
                    )
                )
            return lines
        messages = {
            Outcome.SKIPPED: self.tr(
                "Nothing imported, as you chose: {0} rows have problems."
            ).format(n(len(summary.problems)) if summary else "?"),
            Outcome.CANCELLED: self.tr("Cancelled: nothing of this file was imported."),
            Outcome.NOT_STARTED: result.message
            or self.tr("Not imported: the import was stopped before this file."),
        }
        text = messages.get(result.outcome, result.message)
        if result.outcome is Outcome.REFUSED:
            return ["<b>" + html.escape(self.tr("Not imported.")) + "</b> " + html.escape(text)]
        return ["<b>" + html.escape(text) + "</b>"]

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


#: The kinds of report as ``core.importers.report_types`` names them (Seller Central's English
#: names). The core has no Qt, so they are marked for translation here and looked up by their
#: English text in ``report_kind_name``; a test checks that every kind of the core is listed.
REPORT_KINDS = (
    QT_TRANSLATE_NOOP("ReportKinds", "Unshipped Orders"),
    QT_TRANSLATE_NOOP("ReportKinds", "Order Fulfilment (shipping)"),
    QT_TRANSLATE_NOOP("ReportKinds", "Order Fulfilment (invoicing)"),
    QT_TRANSLATE_NOOP("ReportKinds", "Order Fulfilment (tax)"),
    QT_TRANSLATE_NOOP("ReportKinds", "All Orders"),
)


def report_kind_name(kind: str) -> str:
    """The report's kind in the seller's language (as it is if not listed above)."""
    return QCoreApplication.translate("ReportKinds", kind)


def encoding_name(codec: str) -> str:
    """The importer's codec name as a seller would recognise it."""
    return {
        "utf-8": "UTF-8",
        "utf-8-sig": "UTF-8",
        "cp1252": "Windows-1252",
        "cp932": QCoreApplication.translate("ImportDialog", "Windows-31J (Japanese)"),
    }.get(codec, codec)


def _nothing_good(summary: ImportSummary) -> bool:
    """Every row of the file has a problem (promotion rows are not orders)."""
    return len(summary.problems) >= summary.rows - summary.promotion_rows


def _problem_lines(problems: list[Problem], limit: int) -> list[str]:
    # The dialog's context, named: lupdate files a tr() called on a parameter under the
    # parameter's name, which no class at run time has.
    locale = QLocale()
    translate = QCoreApplication.translate
    lines = [
        translate("ImportDialog", "Line {0}: {1}").format(locale.toString(p.line), p.reason)
        for p in problems[:limit]
    ]
    if len(problems) > limit:
        lines.append(
            translate("ImportDialog", "… and {0} more").format(
                locale.toString(len(problems) - limit)
            )
        )
    return lines
