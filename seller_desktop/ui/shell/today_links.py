"""Where the Today page's buttons lead: a page, with the Orders page's matching filter."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from seller_desktop.core.orders.due import Due
from seller_desktop.core.orders.queries import Tristate

if TYPE_CHECKING:
    from seller_desktop.ui.amazon.sync_runner import AmazonSync
    from seller_desktop.ui.orders.confirmations import ConfirmationExport
    from seller_desktop.ui.orders.page.page import OrdersPage


class TodayHost(Protocol):
    """What the links need of the main window (not the window itself: no import cycle)."""

    orders_page: OrdersPage
    amazon: AmazonSync

    @property
    def confirmations(self) -> ConfirmationExport: ...

    def show_page(self, key: str) -> None: ...


def open_today_link(window: TodayHost, link: str) -> None:
    """Show the screen behind ``link`` (``ui.today.page.LINKS``)."""
    filters = window.orders_page.filters
    if link == "to_print":
        window.show_page("orders")
        filters.show_only(printed=Tristate.NO, status="unshipped")
    elif link in ("late", "due_today"):
        window.show_page("orders")
        filters.show_only(due=Due.LATE if link == "late" else Due.TODAY)
    elif link == "to_confirm":
        window.confirmations.choose_file(again=False)
    elif link == "sync" and window.amazon.has_account():
        window.amazon.run_now()
    elif link == "sync":
        window.show_page("settings")  # the Amazon account is set up there
    else:
        window.show_page(link)
