"""Printing on both sides in the GUI: the preview's *Print on both sides* box and the printer's
duplex setting kept in step.

A job with insert cards is laid out for one way of printing (``core.documents.sheets``): duplex
pages pair as the two sides of each sheet, with each card's back behind its front for a long-edge
flip; simplex pages never hold a blank page. The preview shows the job as it will print, so the
box re-renders it, and the print dialog is preset to match (long edge, or one side). The choice
made in the print dialog is remembered per document (``PrinterMemory``) and starts the next job.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QCheckBox

from seller_desktop.core.documents.print_request import CARDS, PrintRequest


def has_sides(request: PrintRequest) -> bool:
    """Whether simplex and duplex lay the job out differently (only jobs with cards do)."""
    return request.document == CARDS or request.with_cards


def with_duplex(request: PrintRequest, duplex: bool) -> PrintRequest:
    return replace(request, duplex=duplex) if has_sides(request) else request


def show_sides(box: QCheckBox, request: PrintRequest) -> None:
    """The preview's *Print on both sides* box: shown for jobs with cards, ticked if duplex."""
    box.setVisible(has_sides(request))
    box.setChecked(request.duplex)


def preset_printer(printer: QPrinter, request: PrintRequest) -> None:
    """The print dialog opens on the duplex mode the pages were made for (jobs with cards)."""
    if has_sides(request):
        printer.setDuplex(
            QPrinter.DuplexMode.DuplexLongSide if request.duplex else QPrinter.DuplexMode.DuplexNone
        )


def prints_both_sides(printer: QPrinter) -> bool:
    return printer.duplex() != QPrinter.DuplexMode.DuplexNone


def sides_problem(printer: QPrinter, request: PrintRequest) -> str:
    """Why the job is not sent: a real printer set in the print dialog to other sides than the
    pages were made for (the backs would land behind the wrong cards, or on slips); "" if none."""
    if not has_sides(request) or printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
        return ""
    if prints_both_sides(printer) == request.duplex:
        return ""
    return (
        QCoreApplication.translate(
            "PrintPreviewDialog",
            "Not printed: these pages are laid out for both sides, and the printer is set to "
            "print on one. Choose both sides (long edge) in the print dialog, or untick Print on "
            "both sides.",
        )
        if request.duplex
        else QCoreApplication.translate(
            "PrintPreviewDialog",
            "Not printed: these pages are laid out for one side, and the printer is set to "
            "print on both. Choose one side in the print dialog, or tick Print on both sides.",
        )
    )
