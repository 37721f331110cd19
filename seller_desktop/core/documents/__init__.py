"""Printed documents, rendered by ReportLab to PDF bytes in memory (never a temp file).

The API the GUI and the CLI call (each in a line or two):

- ``select_order_ids(store, ids, unshipped=, unprinted=)``: which orders a print run covers.
- ``packing_slips_pdf(store, ids, SlipOptions(layout=, show_prices=, footer_text=))``: PDF bytes.
- ``pick_list_pdf(store, ids, layout)``: PDF bytes.
- ``LAYOUTS`` / ``get_layout(name)``: the page layouts by their CLI names.

Lower down, ``SlipRenderer`` and ``PickListRenderer`` work on orders already loaded (no store),
which is what the tests and the benchmark drive.
"""

from .layouts import LAYOUTS, Layout, get_layout
from .picklist import PickLine, PickListRenderer, build_pick_list, pick_list_pdf
from .selection import select_order_ids
from .slips import SlipOptions, SlipOrder, SlipRenderer, load_slip_orders, packing_slips_pdf

__all__ = [
    "LAYOUTS", "Layout", "PickLine", "PickListRenderer", "SlipOptions", "SlipOrder", "SlipRenderer",
    "build_pick_list", "get_layout", "load_slip_orders", "packing_slips_pdf", "pick_list_pdf",
    "select_order_ids",
]
