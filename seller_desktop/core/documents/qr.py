"""QR codes drawn as one filled path each, from the module matrix.

``segno`` builds the matrix (about 1 ms for a link with a code at a fixed mask; ReportLab's own
encoder needs about 10 ms with its mask search and has no public way to skip it). The dark
modules of each row are merged into runs, and all the runs go into one PDF path (``re`` … ``f``),
so a card costs a few hundred bytes of drawing operators instead of one ReportLab widget per card
(its Drawing, its shapes, one rectangle object per module).

Mask: the data mask is fixed (pattern 2, vertical stripes of every third column). Every mask is
valid QR and every reader reads any of them; evaluating all eight to pick the "best" costs four
times the encoding and only matters for damaged or very small prints. Error correction M (15 %).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

import segno

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

#: Light modules around the code that readers need (the standard asks for 4).
QUIET_ZONE = 4
MASK = 2


@lru_cache(maxsize=256)
def qr_runs(data: str) -> tuple[int, str]:
    """(modules per side, PDF path operators in module units with y down) for ``data``."""
    code = segno.make_qr(data, error="m", boost_error=False, mask=MASK)
    matrix = code.matrix
    ops = []
    for row, bits in enumerate(matrix):
        start = -1
        for col, dark in enumerate(bits):
            if dark and start < 0:
                start = col
            elif not dark and start >= 0:
                ops.append(f"{start} {row} {col - start} 1 re")
                start = -1
        if start >= 0:
            ops.append(f"{start} {row} {len(bits) - start} 1 re")
    return len(matrix), "\n".join(ops)


def qr_modules(data: str) -> int:
    """Modules per side (without the quiet zone): to size a code before drawing it."""
    return qr_runs(data)[0]


def draw_qr(canvas: Canvas, data: str, x: float, y: float, size: float) -> None:
    """Draw the code of ``data`` with its bottom-left corner at (x, y), ``size`` pt square (the
    quiet zone is the caller's white space around it)."""
    modules, path = qr_runs(data)
    unit = size / modules
    # One path: translate to the top-left, scale one module to one unit with y down, fill.
    canvas.saveState()
    canvas.setFillGray(0)
    canvas.addLiteral(
        f"q 1 0 0 1 {x:.3f} {y + size:.3f} cm {unit:.5f} 0 0 {-unit:.5f} 0 0 cm\n{path}\nf Q"
    )
    canvas.restoreState()
