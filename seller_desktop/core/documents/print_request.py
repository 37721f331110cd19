"""The print request: what a print run renders, and when its insert cards' codes are bound.

Both faces print through it: the GUI's preview (``ui/printing/preview.py``) and the CLI's
``slips``, ``picklist``, ``cards`` and ``labels`` commands. A request names the document (slips, a
pick list, insert cards, slips each followed by its order's cards, or shipping labels each followed
by its order's slip and cards: ``core.labels.bench_print``), the orders in print order and the
options; ``steps`` renders it into PDF bytes in memory, yielding progress.

Insert cards carry single-use codes, and a preview must not use them up. So the GUI's preview
draws the cards with the codes they *would* get (``campaigns.plan_cards``: reads only; nothing is
written while the preview is open, so a closed preview or a crash leaves every code free), and the
job that prints or saves first binds exactly those codes (``bind_then``, one transaction), then
sends out the previewed bytes themselves. If another run took one of them meanwhile (the CLI, say),
nothing is bound or sent (``CodesChanged``): the cards are drawn again with free codes. The CLI
writes what it draws at once, so it asks for ``steps(store, bind=True)``: the codes are chosen
and bound in one transaction as the cards are drawn, and no other run can take them in between.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from seller_desktop.core.campaigns import CardsByOrder, bind_cards, plan_cards
from seller_desktop.core.documents.card_layouts import (
    CARDS_FOR_SLIPS,
    CardLayout,
    get_card_layout,
)
from seller_desktop.core.documents.cards import cards_pdf
from seller_desktop.core.documents.layouts import Layout, get_layout
from seller_desktop.core.documents.picklist import pick_list_steps
from seller_desktop.core.documents.slips import SlipOptions, packing_slips_steps
from seller_desktop.core.documents.slips_cards import slips_with_cards_pdf
from seller_desktop.core.labels.bench_print import BenchJob, bench_layout, bench_print_steps

if TYPE_CHECKING:
    from seller_desktop.core.campaigns.wording_gate import FieldFinding
    from seller_desktop.core.documents.print_log import PrintRun
    from seller_desktop.core.documents.templates import SlipTemplate
    from seller_desktop.core.settings import Settings
    from seller_desktop.core.store.store import Store

SLIPS = "slips"
PICK_LIST = "pick_list"
#: Insert cards alone (``core.documents.cards``); slips with their cards are SLIPS + with_cards.
CARDS = "cards"
#: A print-log run of slips each followed by its order's cards (``PrintRequest.log_document``).
SLIPS_CARDS = "slips_cards"
#: Bought shipping labels, each order's followed by its slip and cards when asked
#: (``core.labels.bench_print``); layouts "4x6", "letter", "a4".
LABELS = "labels"


@dataclass(frozen=True)
class Rendered:
    """A rendered document; for cards drawn without binding, also the cards it shows with their
    codes, which are bound only when these very pages are printed or saved (``bind_then``)."""

    data: bytes
    cards: CardsByOrder | None = None
    #: Labels: the orders asked for that have no bought label (left out of ``data``).
    left_out: tuple[str, ...] = ()
    #: Wording errors in the texts of the cards drawn (``campaigns.wording_gate``): a preview
    #: shows them and asks for an override before printing; rendered with ``bind`` they were
    #: overridden (else ``WordingBlocked`` was raised).
    wording_errors: tuple[FieldFinding, ...] = ()


@dataclass(frozen=True)
class PrintRequest:
    """What to render: a document type, the orders (in print order) and its options."""

    document: str
    order_ids: tuple[str, ...]
    layout: str
    show_prices: bool = False
    footer_text: str | None = None
    #: Slips and labels: each order's slip (label) followed by the insert cards its products earn.
    with_cards: bool = False
    #: The layout of those cards; None for the one that goes with the slips' layout.
    card_layout: str | None = None
    #: Printed on both sides: blank pages pair the sides and cards' backs land behind their
    #: fronts. A simplex job adds no blank page (``sheets``).
    duplex: bool = False
    #: Cards' backs also on a simplex job, and on thermal labels (``cards.card_writer``).
    with_backs: bool = False
    #: Slips: the template to print with; None for the stored one (the GUI's preview of a
    #: template being edited passes that one).
    template: SlipTemplate | None = None
    #: Labels only: each order's label followed by its packing slip.
    with_slips: bool = False
    #: The seller's reason to print cards despite wording errors (None: such cards are refused
    #: when rendered with ``bind``).
    wording_override: str | None = None

    @classmethod
    def from_settings(
        cls,
        document: str,
        order_ids: Sequence[str],
        settings: Settings,
        layout: str | None = None,
        with_cards: bool = False,
        duplex: bool = False,
        with_slips: bool = False,
    ) -> PrintRequest:
        """The GUI's request: layouts, prices and footer as the seller's print settings say."""
        if document == CARDS:
            default = CARDS_FOR_SLIPS.get(settings.slip_layout, "4x6")
        elif document == LABELS:
            default = bench_layout(settings.slip_layout)
        else:
            default = settings.slip_layout if document == SLIPS else settings.pick_list_layout
        return cls(
            document,
            tuple(order_ids),
            layout or default,
            settings.show_prices,
            settings.footer_text,
            with_cards and document in (SLIPS, LABELS),
            duplex=duplex,
            with_slips=with_slips and document == LABELS,
        )

    @property
    def log_document(self) -> str:
        """The run's document in the print log, where slips with their cards are a kind apart
        (a Reprint brings the cards back too); labels name what came with them."""
        if self.document == LABELS:
            return (
                LABELS
                + ("_slips" if self.with_slips else "")
                + ("_cards" if self.with_cards else "")
            )
        return SLIPS_CARDS if self.with_cards else self.document

    def steps(
        self, store: Store, *, bind: bool = False
    ) -> Generator[tuple[int, int], None, Rendered]:
        """Render (the GUI runs this on its worker). Without ``bind`` it reads the store only (a
        preview binds no card code); with it, the cards' codes are bound as they are drawn (for
        pages that go straight out, as the CLI's do)."""
        if self.document == LABELS:
            return self._label_steps(store, bind)
        if self.document == CARDS or self.with_cards:
            return self._card_steps(store, bind)
        return self._document_steps(store)

    def _slip_options(self) -> SlipOptions:
        return SlipOptions(
            layout=self.layout, show_prices=self.show_prices, footer_text=self.footer_text
        )

    def _document_steps(self, store: Store) -> Generator[tuple[int, int], None, Rendered]:
        if self.document == SLIPS:
            data = yield from packing_slips_steps(
                store, self.order_ids, self._slip_options(), self.template
            )
        else:
            data = yield from pick_list_steps(store, self.order_ids, self.layout)
        return Rendered(data)

    def _label_steps(self, store: Store, bind: bool) -> Generator[tuple[int, int], None, Rendered]:
        job = BenchJob(
            self.layout,
            self.with_slips,
            self.with_cards,
            self.show_prices,
            self.footer_text,
            self.card_layout,
            self.duplex,
            self.with_backs,
            self.template,
        )
        errors = self._gate(store) if bind and self.with_cards else ()
        done = yield from bench_print_steps(store, self.order_ids, job, bind=bind)
        if done.cards is not None:
            errors = _wording_errors(done.cards)
        return Rendered(done.data, done.cards, done.left_out, errors)

    def _card_steps(self, store: Store, bind: bool) -> Generator[tuple[int, int], None, Rendered]:
        """The cards in one step: with the codes they would get (the order's own on a reprint,
        else the next free ones) and nothing bound, or (``bind``) with their codes bound by the
        drawing itself, when ``Rendered.cards`` stays None: nothing is left to bind."""
        yield (0, 1)
        errors = self._gate(store) if bind else ()
        cards = None if bind else plan_cards(store, self.order_ids)
        if cards is not None:
            errors = _wording_errors(cards)
        duplex, backs = self.duplex, self.with_backs
        if self.document == CARDS:
            data = cards_pdf(
                store, self.order_ids, self.layout, cards, duplex=duplex, with_backs=backs
            )
        else:
            data = slips_with_cards_pdf(
                store,
                self.order_ids,
                self._slip_options(),
                self.card_layout,
                cards,
                duplex=duplex,
                with_backs=backs,
                template=self.template,
            )
        return Rendered(data, cards, wording_errors=errors)

    def _gate(self, store: Store) -> tuple[FieldFinding, ...]:
        """Before cards go straight out: their wording errors, overridden, or WordingBlocked."""
        from seller_desktop.core.campaigns.wording_gate import gate

        return tuple(gate(plan_cards(store, self.order_ids), self.wording_override))


def _wording_errors(cards: CardsByOrder) -> tuple[FieldFinding, ...]:
    """The wording errors of drawn cards; the checker (its patterns compiled at import, 0.1 s)
    loads only for a run that has cards."""
    from seller_desktop.core.campaigns.wording_gate import card_findings, errors_of

    return tuple(errors_of(card_findings(cards)))


def document_layout(layout: str, document: str = SLIPS) -> Layout | CardLayout:
    """A request's page layout. Card layouts share some names with slip layouts ("4x6", "a6")
    but not their sizes, so the document says which table to look in."""
    return get_card_layout(layout) if document == CARDS else get_layout(layout)


def suggested_file_name(document: str, day: str) -> str:
    """A name with the date only: no order id, no buyer (file names end up in recent lists)."""
    names = {SLIPS: "packing-slips", CARDS: "insert-cards", LABELS: "shipping-labels"}
    return f"{names.get(document, 'pick-list')}-{day}.pdf"


def logged_parts(document: str) -> tuple[str, bool, bool]:
    """A print log's document (``PrintRequest.log_document``) as the request's document, with
    cards and with slips: "slips_cards" → slips with cards, "labels_slips_cards" → labels with
    both."""
    if document == SLIPS_CARDS:
        return SLIPS, True, False
    if document.startswith(LABELS):
        return LABELS, document.endswith("_cards"), "_slips" in document
    return document, False, False


def reprint_request(run: PrintRun, order_ids: Sequence[str], settings: Settings) -> PrintRequest:
    """The request that renders a print-log run again (its orders still in the store, from
    ``print_log.reprint_ids``), in its layout and with what came with it."""
    document, with_cards, with_slips = logged_parts(run.document)
    return PrintRequest.from_settings(
        document,
        order_ids,
        settings,
        run.layout,
        with_cards=with_cards,
        with_slips=with_slips,
    )


def bind_then(
    store: Store, cards: CardsByOrder | None, steps: Generator[tuple[int, int], None, int]
) -> Generator[tuple[int, int], None, int]:
    """Bind the codes the previewed cards show, then run ``steps`` (printing or saving them).

    Binding comes first, in one transaction: no card leaves the app with a code the store does
    not hold for its order. Should the printer fail or the seller cancel afterwards, the codes
    stay with their orders and printing again shows the same ones. ``CodesChanged`` (nothing
    bound, nothing sent) if one of them went to another order since the preview.
    """
    if cards:
        bind_cards(store, cards)
    return (yield from steps)
