"""Sheets of different kinds in one PDF: slips and cards in one print job, backs after fronts.

``SheetWriter`` fills the slots of a sheet kind (a slip ``Layout`` or a ``CardLayout``) in order and
starts a new sheet when the slots are full, the kind changes or the caller ends the sheet (a new
order starts on a new sheet). Pages may change size from sheet to sheet. When any card on a sheet
has a back side, the next page holds the backs, each in the slot behind its front (mirrored left to
right, for printing on both sides with a long-edge flip).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Protocol

from reportlab.pdfgen.canvas import Canvas

from seller_desktop.core.documents.layouts import Box
from seller_desktop.core.documents.pdf import SlotDrawer, new_canvas


class SheetKind(Protocol):
    """What the writer reads of a layout (both kinds are frozen dataclasses: read-only)."""

    @property
    def page_size(self) -> tuple[float, float]: ...

    @property
    def slots(self) -> tuple[Box, ...]: ...


class SheetWriter:
    def __init__(self, title: str, decorate: Callable[[Canvas, SheetKind], None]) -> None:
        self.title = title
        self.decorate = decorate
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
            self.kind = kind
            self.canvas.setPageSize(kind.page_size)
            self.decorate(self.canvas, kind)
        front(self.canvas, kind.slots[self.slot])
        if back is not None:
            self.backs.append((self.slot, back))
        self.slot += 1

    def end_sheet(self) -> None:
        """Finish the current sheet (and its backs); the next ``place`` starts a new one."""
        if self.canvas is None or self.kind is None or self.slot == 0:
            return
        self.canvas.showPage()
        self.pages += 1
        if self.backs:
            self.canvas.setPageSize(self.kind.page_size)
            width = self.kind.page_size[0]
            for slot, back in self.backs:
                box = self.kind.slots[slot]
                back(self.canvas, Box(width - box.x - box.width, box.y, box.width, box.height))
            self.canvas.showPage()
            self.pages += 1
        self.slot = 0
        self.backs = []

    def finish(self) -> bytes:
        self.end_sheet()
        if self.canvas is None:
            return b""
        self.canvas.save()
        return self.buffer.getvalue()
