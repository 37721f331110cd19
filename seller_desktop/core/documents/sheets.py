"""Sheets of different kinds in one PDF: slips and cards in one print job, backs behind fronts.

``SheetWriter`` fills the slots of a sheet kind (a slip ``Layout`` or a ``CardLayout``) in order and
starts a new sheet when the slots are full, the kind changes or the caller ends the sheet. Pages
may change size from sheet to sheet.

Backs and blank pages depend on how the job is printed:

- **Duplex** (``duplex``): every sheet starts on an odd page, the front side of a piece of paper.
  A sheet whose cards have backs is followed by the page of those backs, each in the slot behind
  its front (``back_slot``); any other sheet is followed by a blank page when more follows, so
  the next sheet's front does not land on its back.
- **Simplex**: no blank page, ever. Backs are printed only when asked (``backs``), each sheet of
  backs right after its fronts (to turn the stack over and feed it again, or a separate label).

A card with no back text has no back page in either case.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Protocol

from reportlab.pdfgen.canvas import Canvas

from seller_desktop.core.documents.layouts import Box
from seller_desktop.core.documents.pdf import SlotDrawer, fresh_sheet, new_canvas


class SheetKind(Protocol):
    """What the writer reads of a layout (both kinds are frozen dataclasses: read-only)."""

    @property
    def page_size(self) -> tuple[float, float]: ...

    @property
    def slots(self) -> tuple[Box, ...]: ...


def back_slot(page_size: tuple[float, float], box: Box) -> Box:
    """Where the back of ``box`` is drawn on the back page, for a long-edge flip (the printers'
    usual duplex setting): the sheet turns over about its long side, so on a portrait sheet the
    columns swap (left ↔ right) and on a landscape sheet the rows swap (top ↔ bottom)."""
    width, height = page_size
    if width > height:
        return Box(box.x, height - box.y - box.height, box.width, box.height)
    return Box(width - box.x - box.width, box.y, box.width, box.height)


class SheetWriter:
    """``duplex``: pages pair as the two sides of each sheet (above); ``backs``: whether the
    cards' backs are drawn at all (the caller decides: ``cards.card_writer``)."""

    def __init__(
        self,
        title: str,
        decorate: Callable[[Canvas, SheetKind], None],
        *,
        duplex: bool = False,
        backs: bool = True,
    ) -> None:
        self.title = title
        self.decorate = decorate
        self.duplex = duplex
        self.print_backs = backs
        self.buffer = io.BytesIO()
        self.canvas: Canvas | None = None
        self.kind: SheetKind | None = None
        self.slot = 0
        self.backs: list[tuple[int, SlotDrawer]] = []
        self.pages = 0

    def place(self, kind: SheetKind, front: SlotDrawer, back: SlotDrawer | None = None) -> None:
        if self.kind is not kind or self.slot == len(kind.slots):
            self.end_sheet()
        if self.canvas is None:
            self.canvas = new_canvas(self.buffer, kind, self.title)  # type: ignore[arg-type]
        if self.slot == 0:
            if self.duplex and self.pages % 2:
                self._blank_page()  # the back of the sheet before, so this one starts a front
            self.kind = kind
            self.canvas.setPageSize(kind.page_size)
            self.decorate(self.canvas, kind)
        front(self.canvas, kind.slots[self.slot])
        if back is not None and self.print_backs:
            self.backs.append((self.slot, back))
        self.slot += 1

    def place_document(self, kind: SheetKind, pages: Sequence[SlotDrawer]) -> None:
        """One document's pages (an order's slip), kept together as ``pdf.fresh_sheet`` says:
        on a 2-up sheet a slip of more than one page starts in the top slot."""
        if self.kind is kind and fresh_sheet(len(pages), self.slot % len(kind.slots)):
            self.end_sheet()
        for page in pages:
            self.place(kind, page)

    def end_sheet(self) -> None:
        """Finish the current sheet (and its backs); the next ``place`` starts a new one."""
        if self.canvas is None or self.kind is None or self.slot == 0:
            return
        self.canvas.showPage()
        self.pages += 1
        if self.backs:
            self.canvas.setPageSize(self.kind.page_size)
            for slot, back in self.backs:
                back(self.canvas, back_slot(self.kind.page_size, self.kind.slots[slot]))
            self.canvas.showPage()
            self.pages += 1
        self.slot = 0
        self.backs = []

    def _blank_page(self) -> None:
        assert self.canvas is not None and self.kind is not None
        self.canvas.setPageSize(self.kind.page_size)  # the size of the sheet it is the back of
        self.canvas.showPage()
        self.pages += 1

    def finish(self) -> bytes:
        self.end_sheet()
        if self.canvas is None:
            return b""
        self.canvas.save()
        return self.buffer.getvalue()
