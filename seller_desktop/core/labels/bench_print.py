"""The ship bench's print job: per order its shipping label, then its packing slip, then its
insert cards, in the order given, in one PDF (so each parcel's papers come off the printer
together).

Layouts (``BENCH_LAYOUTS``):

- **4x6** (a label printer): each label on a page of its own size (as bought; 4x6 in when
  unknown), then the slip's page(s) on the 4x6 slip layout, then the order's cards on thermal
  4x6 labels.
- **letter**, **a4** (office paper): the sheet is cut in two halves (the ``letter-2up`` /
  ``a4-2up`` layout, its cut line drawn). When slips are included, every order starts a sheet:
  its label, turned a quarter (the label's top to the left), in the top half, its slip's first
  page in the bottom half. A slip of more pages runs on over the next sheets, two halves each; an
  order with several labels (packages) fills halves with them first. A label too large for a
  half (more than the half less ``PAPER_MARGIN`` all round) gets a sheet of its own, upright.
  Without slips the labels fill the halves one after another. Cards on paper are several to a
  sheet, so they come after all the orders, as in ``documents.slips_cards`` (one order's card
  alone on a sheet would waste three quarters of the stock).

A label is never scaled: its image is drawn at the size it was bought at, so a 203-dpi label
lands dot on dot on a 203-dpi printer, and on paper it keeps its 4x6 size.

Orders without a stored bought label are left out and named in ``BenchPrint.left_out`` (BadInput
when none has one). A ZPL or PDF label cannot be drawn into the job: BadInput naming the order.
Label files are contact details: they are read into memory only.
"""

from __future__ import annotations

import io
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.lib.utils import ImageReader

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP
from seller_desktop.core.documents.card_layouts import (
    CARDS_FOR_SLIPS,
    CardLayout,
    draw_crop_marks,
    get_card_layout,
)
from seller_desktop.core.documents.cards import card_renderer, card_writer
from seller_desktop.core.documents.layouts import Box, Layout, get_layout
from seller_desktop.core.documents.pdf import SlotDrawer, draw_cut_lines
from seller_desktop.core.documents.sheets import SheetKind, SheetWriter
from seller_desktop.core.documents.slips import SlipOptions, SlipRenderer, load_slip_orders
from seller_desktop.core.labels.label_pdf import label_points, require_png
from seller_desktop.core.labels.void_reprint import LabelPage, order_label_pages

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from seller_desktop.core.campaigns.printing import CardsByOrder
    from seller_desktop.core.documents.templates import SlipTemplate
    from seller_desktop.core.store.store import Store

#: The bench's layouts → the slip layout drawn beside the labels.
BENCH_LAYOUTS = {"4x6": "4x6", "letter": "letter-2up", "a4": "a4-2up"}
#: What an office printer cannot print (~6 mm): a label on paper keeps this from every edge.
PAPER_MARGIN = 18.0


@dataclass(frozen=True)
class BenchJob:
    """What to print besides the labels, and how (``PrintRequest`` fills it)."""

    layout: str = "4x6"
    with_slips: bool = True
    with_cards: bool = False
    show_prices: bool = False
    footer_text: str | None = None
    #: The cards' layout; None for the one that goes with the slips' layout.
    card_layout: str | None = None
    duplex: bool = False
    with_backs: bool = False
    template: SlipTemplate | None = None


@dataclass(frozen=True)
class BenchPrint:
    data: bytes
    #: The cards drawn with codes not bound yet (a preview's), else None.
    cards: CardsByOrder | None
    #: Orders asked for that have no stored bought label, in the order given.
    left_out: tuple[str, ...]


@dataclass(frozen=True)
class LabelSheet:
    """A page holding one label: the label's own size (4x6), or a paper sheet."""

    page_size: tuple[float, float]
    slots: tuple[Box, ...]


def bench_layout(slip_layout: str) -> str:
    """The bench layout that goes with the seller's slip layout (paper or label printer)."""
    for paper in ("letter", "a4"):
        if slip_layout.startswith(paper):
            return paper
    return "4x6"


def labelled_orders(
    store: Store, order_ids: Sequence[str]
) -> tuple[list[tuple[str, list[LabelPage]]], list[str]]:
    """The orders with a stored bought label (each with its label pages) and those without;
    BadInput when none has one or a label is not an image."""
    found: list[tuple[str, list[LabelPage]]] = []
    left_out: list[str] = []
    for order_id in dict.fromkeys(order_ids):
        pages = order_label_pages(store, order_id, None)
        for doc, _ in pages:
            require_png(doc)
        if pages:
            found.append((order_id, pages))
        else:
            left_out.append(order_id)
    if not found:
        raise BadInput(QT_TRANSLATE_NOOP("SellerError", "There are no labels to print."))
    return found, left_out


def label_drawer(page: LabelPage, turned: bool) -> SlotDrawer:
    """Draws the label at its own size, centred on the slot (``turned``: a quarter turn)."""
    doc, size = page
    width, height = label_points(size)

    def draw(canvas: Canvas, box: Box) -> None:
        canvas.saveState()
        canvas.translate(box.x + box.width / 2, box.y + box.height / 2)
        if turned:
            canvas.rotate(90)
        canvas.drawImage(ImageReader(io.BytesIO(doc.data)), -width / 2, -height / 2, width, height)
        canvas.restoreState()

    return draw


def _decorate(canvas: Canvas, kind: SheetKind) -> None:
    if isinstance(kind, Layout):
        draw_cut_lines(canvas, kind)
    elif isinstance(kind, CardLayout):
        draw_crop_marks(canvas, kind)


def _whole(size: tuple[float, float]) -> LabelSheet:
    return LabelSheet(size, (Box(0, 0, size[0], size[1]),))


class _Bench:
    """Places one order's papers on the writer as the layout says (module docstring)."""

    def __init__(self, writer: SheetWriter, job: BenchJob, slips: SlipRenderer | None) -> None:
        self.writer = writer
        self.job = job
        self.slips = slips
        self.sheet: Layout = get_layout(BENCH_LAYOUTS[job.layout])
        self.paper = job.layout != "4x6"

    def fits_half(self, page: LabelPage) -> bool:
        width, height = label_points(page[1])
        page_w, page_h = self.sheet.page_size
        return height <= page_w - 2 * PAPER_MARGIN and width <= page_h / 2 - 2 * PAPER_MARGIN

    def labels(self, pages: list[LabelPage]) -> None:
        for page in pages:
            if not self.paper:
                self.writer.place(_whole(label_points(page[1])), label_drawer(page, False))
            elif self.fits_half(page):
                self.writer.place(self.sheet, label_drawer(page, True))
            else:
                self.writer.place(_whole(self.sheet.page_size), label_drawer(page, False))

    def slip(self, drawers: list[SlotDrawer]) -> None:
        for drawer in drawers:  # on paper the first page goes beside the label
            self.writer.place(self.sheet, drawer)


def bench_print_steps(
    store: Store,
    order_ids: Sequence[str],
    job: BenchJob,
    *,
    bind: bool,
) -> Generator[tuple[int, int], None, BenchPrint]:
    """Render the job, yielding (orders drawn, orders) after each order. It reads the store only,
    unless ``bind``: then the cards' codes are bound as they are drawn (pages that go straight
    out); without it the cards show the codes they would get (``BenchPrint.cards``)."""
    from seller_desktop.core.campaigns.printing import cards_for_orders, plan_cards
    from seller_desktop.core.documents.templates import load_templates
    from seller_desktop.core.settings import load_settings

    if job.layout not in BENCH_LAYOUTS:
        raise BadInput(
            QT_TRANSLATE_NOOP("SellerError", "Unknown layout {name!r}. Use one of: {names}."),
            name=job.layout,
            names=", ".join(BENCH_LAYOUTS),
        )
    found, left_out = labelled_orders(store, order_ids)
    ids = [order_id for order_id, _ in found]
    yield (0, len(ids))
    slip_layout = BENCH_LAYOUTS[job.layout]
    card_sheet = get_card_layout(job.card_layout or CARDS_FOR_SLIPS[slip_layout])
    slips = None
    if job.with_slips:
        template = job.template or load_templates(store).slip
        options = SlipOptions(slip_layout, job.show_prices, job.footer_text)
        slips = SlipRenderer(load_settings(store), options, template=template)
    cards: CardsByOrder = {}
    if job.with_cards:
        cards = cards_for_orders(store, ids) if bind else plan_cards(store, ids)
    title = "Shipping labels" + (" and packing slips" if job.with_slips else "")
    writer = card_writer(title, card_sheet, _decorate, duplex=job.duplex, with_backs=job.with_backs)
    yield from _draw(store, found, _Bench(writer, job, slips), cards, card_sheet)
    return BenchPrint(
        writer.finish(), None if bind or not job.with_cards else cards, tuple(left_out)
    )


def _draw(
    store: Store,
    found: list[tuple[str, list[LabelPage]]],
    bench: _Bench,
    cards: CardsByOrder,
    card_sheet: CardLayout,
) -> Iterator[tuple[int, int]]:
    """Each order's label, slip and (one card a sheet) cards; cards several to a sheet last."""
    renderer = card_renderer(store, card_sheet.name, [c for cs in cards.values() for c in cs])
    per_order = len(card_sheet.slots) == 1
    writer, slips = bench.writer, bench.slips
    orders = load_slip_orders(store, [order_id for order_id, _ in found]) if slips else []
    if slips is not None:
        slips.use_store(store, orders)
    for number, (order_id, pages) in enumerate(found, start=1):
        if slips is not None:
            writer.end_sheet()  # every order starts a sheet of its own
        bench.labels(pages)
        if slips is not None:
            for drawers in slips.documents(orders[number - 1 : number]):
                bench.slip(drawers)
        if per_order and cards.get(order_id):
            writer.end_sheet()
            renderer.place(writer, cards[order_id])
        yield (number, len(found))
    if not per_order:
        writer.end_sheet()
        renderer.place(writer, [c for order_id, _ in found for c in cards.get(order_id, ())])
