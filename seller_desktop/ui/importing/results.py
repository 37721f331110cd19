"""What became of each file of an import, and the summary page that says so.

The texts are filed under the ``ImportDialog`` translation context, where the dialog's own texts
are: they are the dialog's words, only written here.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from seller_desktop.core.importers.summary import ImportSummary, Problem

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


def summary_heading(results: list[FileResult]) -> str:
    translate = QCoreApplication.translate
    outcomes = {r.outcome for r in results}
    if Outcome.CANCELLED in outcomes:
        return translate("ImportDialog", "Import cancelled")
    if outcomes == {Outcome.IMPORTED}:
        return translate("ImportDialog", "Import finished")
    if Outcome.IMPORTED not in outcomes:
        return translate("ImportDialog", "Nothing was imported")
    return translate("ImportDialog", "Import finished, with problems")


def summary_html(results: list[FileResult], locale: QLocale) -> str:
    """One block per file: name, what kind of report, the counts, then any problem rows."""
    n = locale.toString
    parts = []
    imported = [
        r.summary for r in results if r.outcome is Outcome.IMPORTED and r.summary is not None
    ]
    if len(results) > 1 and imported:
        parts.append(
            "<p>"
            + html.escape(
                QCoreApplication.translate(
                    "ImportDialog", "In all: {0} new and {1} updated orders from {2} of {3} files."
                ).format(
                    n(sum(s.new for s in imported)),
                    n(sum(s.updated for s in imported)),
                    n(len(imported)),
                    n(len(results)),
                )
            )
            + "</p>"
        )
    for result in results:
        parts.append(f"<h3>{html.escape(result.name)}</h3>")
        parts += [f"<p>{line}</p>" for line in _result_lines(result, locale)]
        summary = result.summary
        if summary is not None and summary.problems and result.outcome is not Outcome.SKIPPED:
            lines = problem_lines(summary.problems, MAX_PROBLEMS_SHOWN)
            parts.append(
                "<ul>" + "".join(f"<li>{html.escape(line)}</li>" for line in lines) + "</ul>"
            )
    return "".join(parts)


def _result_lines(result: FileResult, locale: QLocale) -> list[str]:
    """Escaped HTML paragraphs for one file."""
    n = locale.toString
    translate = QCoreApplication.translate
    summary = result.summary
    if result.outcome is Outcome.IMPORTED and summary is not None:
        return _imported_lines(summary, locale)
    messages = {
        Outcome.SKIPPED: translate(
            "ImportDialog", "Nothing imported, as you chose: {0} rows have problems."
        ).format(n(len(summary.problems)) if summary else "?"),
        Outcome.CANCELLED: translate(
            "ImportDialog", "Cancelled: nothing of this file was imported."
        ),
        Outcome.NOT_STARTED: result.message
        or translate("ImportDialog", "Not imported: the import was stopped before this file."),
    }
    text = messages.get(result.outcome, result.message)
    if result.outcome is Outcome.REFUSED:
        return [
            "<b>"
            + html.escape(translate("ImportDialog", "Not imported."))
            + "</b> "
            + html.escape(text)
        ]
    return ["<b>" + html.escape(text) + "</b>"]


def _imported_lines(summary: ImportSummary, locale: QLocale) -> list[str]:
    n = locale.toString
    translate = QCoreApplication.translate
    lines = [
        "<b>"
        + html.escape(
            translate(
                "ImportDialog", "{0} new, {1} updated, {2} unchanged orders ({3} items)"
            ).format(n(summary.new), n(summary.updated), n(summary.unchanged), n(summary.items))
        )
        + "</b>",
        html.escape(
            translate("ImportDialog", "{0} report, {1}").format(
                report_kind_name(summary.report_kind), encoding_name(summary.encoding)
            )
        ),
    ]
    return lines + [html.escape(note) for note in _notes(summary)]


def _notes(summary: ImportSummary) -> list[str]:
    """The lines that appear only when there is something to say."""
    translate = QCoreApplication.translate
    notes = []
    if summary.wiped_on_arrival:
        notes.append(
            translate(
                "ImportDialog",
                "%Ln orders were already past their retention deadline: their contact "
                "details were not stored.",
                "",
                summary.wiped_on_arrival,
            )
        )
    if summary.skipped_rows:
        notes.append(
            translate(
                "ImportDialog",
                "%Ln rows skipped (Fulfilled by Amazon or cancelled): they are not orders to ship.",
                "",
                summary.skipped_rows,
            )
        )
    if summary.all_skipped:
        notes.append(
            translate(
                "ImportDialog",
                "Nothing to ship in this file: all its order rows are fulfilled by Amazon or "
                "cancelled.",
            )
        )
    if summary.problems:
        notes.append(
            translate(
                "ImportDialog", "%Ln rows with problems were left out:", "", len(summary.problems)
            )
        )
    return notes


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


def nothing_good(summary: ImportSummary) -> bool:
    """Every row of the file has a problem (promotion rows are not orders, and rows fulfilled by
    Amazon or cancelled are none to ship)."""
    return len(summary.problems) >= summary.rows - summary.promotion_rows - summary.skipped_rows


def problem_lines(problems: list[Problem], limit: int) -> list[str]:
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
