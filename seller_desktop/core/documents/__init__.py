"""Printed documents, rendered by ReportLab to PDF bytes in memory (never a temp file).

The API the GUI and the CLI call (each in a line or two):

- ``select_order_ids(store, ids, unshipped=, unprinted=)``: which orders a print run covers.
- ``packing_slips_pdf(store, ids, SlipOptions(layout=, show_prices=, footer_text=))``: PDF bytes.
- ``pick_list_pdf(store, ids, layout)``: PDF bytes.
- ``LAYOUTS`` / ``get_layout(name)``: the page layouts by their CLI names.
- ``packing_slips_steps`` / ``pick_list_steps``: the same PDFs in steps that yield progress (the
  GUI's worker thread runs them, with Cancel).
- ``subject_export_pdf(document)``: the buyer-data export (``erasure.subject_export``) as a PDF.

Lower down, ``SlipRenderer`` and ``PickListRenderer`` work on orders already loaded (no store),
which is what the tests and the benchmark drive.
"""

from seller_desktop.core.documents.layouts import LAYOUTS, Layout, get_layout
from seller_desktop.core.documents.picklist import (
    build_pick_list,
    pick_list_pdf,
    pick_list_steps,
)
from seller_desktop.core.documents.picklist_layout import PickLine
from seller_desktop.core.documents.picklist_render import PickListRenderer
from seller_desktop.core.documents.selection import select_order_ids
from seller_desktop.core.documents.slips import (
    SlipOptions,
    SlipOrder,
    SlipRenderer,
    load_slip_orders,
    packing_slips_pdf,
    packing_slips_steps,
)
from seller_desktop.core.documents.subject import subject_export_pdf

__all__ = [
    "LAYOUTS",
    "Layout",
    "PickLine",
    "PickListRenderer",
    "SlipOptions",
    "SlipOrder",
    "SlipRenderer",
    "build_pick_list",
    "get_layout",
    "load_slip_orders",
    "packing_slips_pdf",
    "packing_slips_steps",
    "pick_list_pdf",
    "pick_list_steps",
    "select_order_ids",
    "subject_export_pdf",
]
