"""What every document shares: an in-memory canvas with our font, the sheet/slot cycle, the logo.

PDF bytes are built in an ``io.BytesIO`` and handed back: no temp file ever holds a slip (it
carries names and addresses). The canvas starts in one of our embedded fonts, so ``pdffonts``
never lists an unembedded Helvetica.
"""

from __future__ import annotations

import base64
import functools
import io
import logging
import zlib
from collections.abc import Callable, Generator, Iterable, Sequence

from PIL import Image
from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from seller_desktop.core.base.steps import drain
from seller_desktop.core.documents.fonts import BODY, register_fonts
from seller_desktop.core.documents.layouts import Box, Layout

log = logging.getLogger(__name__)

#: Draws one slot's content: (canvas, content box).
SlotDrawer = Callable[[Canvas, Box], None]


def _binary_streams() -> None:
    """Write our PDFs' streams deflated only, without ReportLab's ASCII85 layer over them.

    ASCII85 keeps a PDF 7-bit clean for transports that mangle bytes; ours go to a file, a
    printer or the preview, never through such a channel. With it a batch of 1,000 slips was 19 %
    larger (1.69 MB against 1.42 MB) and every stream took an extra encoding pass. ReportLab reads this setting from its
    process-wide ``rl_config`` while it draws (images) and while it saves (page and form streams),
    and offers no per-canvas switch; every PDF this process writes comes from this package, and
    none wants ASCII85, so it is set once, here, where every document's canvas is made. (The
    one inline image we draw is written by ``draw_inline_bitmap``: ReportLab's own inline images
    fail without ASCII85.)"""
    rl_config.useA85 = 0


_binary_streams()


def new_canvas(buffer: io.BytesIO, layout: Layout, title: str) -> Canvas:
    register_fonts()
    canvas = Canvas(
        buffer,
        pagesize=layout.page_size,
        initialFontName=BODY,
        initialFontSize=9,
        pageCompression=1,
    )
    # Metadata carries no personal data: a generic title, our name.
    canvas.setTitle(title)
    canvas.setCreator("Seller Desktop")
    canvas.setAuthor("")
    canvas.setSubject("")
    return canvas


def render_slots(layout: Layout, title: str, documents: Iterable[Sequence[SlotDrawer]]) -> bytes:
    """Fill the layout's slots in order, sheet after sheet; each drawer gets one slot. A
    document is its pages' drawers (one order's slip), kept together as ``fresh_sheet`` says."""
    return drain(render_slots_steps(layout, title, documents))


def fresh_sheet(pages: int, slot: int) -> bool:
    """Whether a document of ``pages`` pages starts on a new sheet when the next free slot of
    the current one is ``slot`` (0: the top slot, a new sheet anyway).

    On a 2-up layout a two-page slip started in the lower slot was split over two sheets, and
    the packer had to match the halves after cutting. So a slip of more than one page starts in
    a top slot, the rest of the sheet before left empty: two pages share one sheet, and a longer
    slip runs on over whole sheets from its first."""
    return pages > 1 and slot > 0


def render_slots_steps(
    layout: Layout, title: str, documents: Iterable[Sequence[SlotDrawer]]
) -> Generator[int, None, bytes]:
    """``render_slots`` in steps: yields the number of slots drawn so far after each one, and
    returns the PDF bytes (the GUI runs this on its worker thread, with progress and Cancel)."""
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, layout, title)
    slot = 0
    drawn = 0
    for document in documents:
        if fresh_sheet(len(document), slot):
            canvas.showPage()
            slot = 0
        for drawer in document:
            if slot == 0:
                draw_cut_lines(canvas, layout)
            drawer(canvas, layout.slots[slot])
            slot += 1
            drawn += 1
            if slot == len(layout.slots):
                canvas.showPage()
                slot = 0
            yield drawn
    if slot:
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def draw_cut_lines(canvas: Canvas, layout: Layout) -> None:
    if not layout.cut_lines:
        return
    from seller_desktop.core.documents.text import draw

    canvas.saveState()
    canvas.setStrokeGray(0.45)
    canvas.setFillGray(0.45)
    canvas.setLineWidth(0.6)
    canvas.setDash(4, 3)
    for x1, y1, x2, y2 in layout.cut_lines:
        canvas.line(x1 + 26, y1, x2, y2)
        draw(canvas, "\u2702", x1 + 8, y1 - 4, 11)  # scissors, from DejaVu Sans
    canvas.restoreState()


#: What a thermal label printer prints: 203 dots per inch, each black or white.
THERMAL_DPI = 203


@functools.lru_cache(maxsize=16)
def dithered(data: bytes, width: int, height: int) -> Image.Image:
    """The logo as a 1-bit image of ``width`` × ``height`` dots, dithered once (Floyd–Steinberg).

    A thermal printer given a colour image halftones it itself, at whatever size it lands on the
    label, and prints a colour logo as grey mush. Scaled to the printer's own dots first and then
    dithered, every dot of the image is one dot of the label. Cached by the logo's bytes and
    size, in memory only: a batch dithers its logo once."""
    with Image.open(io.BytesIO(data)) as source:
        rgba = source.convert("RGBA")
    white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
    grey = Image.alpha_composite(white, rgba).convert("L")  # transparent parts print as paper
    return grey.resize((width, height), Image.Resampling.LANCZOS).convert("1")


class Logo:
    """The seller's logo, drawn from one PDF form object however many slips use it.

    A batch of 1,000 slips embeds the image once; a damaged image is left out (logged without
    its bytes) rather than stopping the print run. ``thermal``: drawn as a 1-bit image dithered
    for a 203-dpi label printer (``dithered``) instead of the colour image.
    """

    FORM = "sd-logo"

    def __init__(self, data: bytes, *, thermal: bool = False) -> None:
        self.reader: ImageReader | None = None
        self.aspect = 1.0
        self.thermal = thermal
        self._data = data
        self._defined: set[tuple[int, str]] = set()
        if not data:
            return
        try:
            reader = ImageReader(io.BytesIO(data))
            width, height = reader.getSize()
            if width <= 0 or height <= 0:
                raise ValueError("empty image")
        except Exception as err:  # noqa: BLE001 - any decoder error means "no usable logo"
            log.warning("The logo could not be read (%s); printing without it.", type(err).__name__)
            return
        self.reader = reader
        self.aspect = width / height

    def __bool__(self) -> bool:
        return self.reader is not None

    def fit(self, max_width: float, max_height: float) -> tuple[float, float]:
        width = min(max_width, max_height * self.aspect)
        return width, width / self.aspect

    def draw(self, canvas: Canvas, x: float, y: float, width: float, height: float) -> None:
        if self.reader is None:
            return
        form = self._form(canvas, width, height)
        canvas.saveState()
        canvas.translate(x, y)
        canvas.scale(width, height)
        canvas.doForm(form)
        canvas.restoreState()

    def _form(self, canvas: Canvas, width: float, height: float) -> str:
        """The form that draws the image into the unit square, defined once per canvas (and,
        dithered, per size in dots)."""
        dots = (
            max(1, round(width / 72 * THERMAL_DPI)),
            max(1, round(height / 72 * THERMAL_DPI)),
        )
        form = f"{self.FORM}-{dots[0]}x{dots[1]}" if self.thermal else self.FORM
        if (id(canvas), form) in self._defined:
            return form
        canvas.beginForm(form)
        if self.thermal:
            # Inline, so it keeps its 1 bit per dot (ReportLab makes an image object 8-bit RGB).
            draw_inline_bitmap(canvas, dithered(self._data, *dots))
        else:
            canvas.drawImage(self.reader, 0, 0, 1, 1, mask="auto")
        canvas.endForm()
        self._defined.add((id(canvas), form))
        return form


def draw_inline_bitmap(canvas: Canvas, image: Image.Image) -> None:
    """A 1-bit image drawn inline into the unit square, as ReportLab's ``drawInlineImage`` does.

    An inline image's bytes sit inside the content stream, which ReportLab assembles as text:
    with ASCII85 off (``_binary_streams``) its ``drawInlineImage`` puts the deflated bytes there
    and fails. So these bytes, and only these, are ASCII85-encoded here, inside the stream,
    which is then deflated like any other: about 1 KB for a logo, drawn once per document (the
    logo is a form)."""
    width, height = image.size
    data = base64.a85encode(zlib.compress(image.convert("1").tobytes()), wrapcol=60).decode()
    canvas.addLiteral(
        f"q\nBI /W {width} /H {height} /BPC 1 /CS /DeviceGray /F [/A85 /Fl] ID\n{data}~>\nEI\nQ"
    )
