"""The detail pane's customization links (Amazon Custom orders) and its country line, which
follows where the seller ships from."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from seller_desktop.core.base.clock import to_iso_utc
from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
from seller_desktop.core.orders.repository import save_order
from seller_desktop.core.privacy.erasure import erase_orders
from seller_desktop.core.settings import load_settings, save_settings
from seller_desktop.ui.orders.detail import OrderDetailPane

ORDER_ID = "171-0000001-0000001"
LINK = "https://www.amazon.com/gp/custom/design?id=abc&x=<b>1</b>"
OTHER = "https://www.amazon.com/gp/custom/design?id=def"


def _order(purchased, *, country: str = "DE", marketplace: str = "DE") -> Order:
    return Order(
        order_id=ORDER_ID,
        marketplace=marketplace,
        purchased_at=to_iso_utc(purchased),
        ship_country=country,
        items=[OrderItem(order_item_id=ORDER_ID + "-1", sku="MUG-ENGRAVED", quantity=1)],
    )


def _contact(links: str | None) -> ContactDetails:
    return ContactDetails(
        recipient_name="Eva Gruber",
        ship_address_1="Ring 1",
        ship_city="Berlin",
        ship_postal_code="10115",
        customization_url=links,
    )


@pytest.fixture
def pane(qtbot, store):
    pane = OrderDetailPane(store)
    qtbot.addWidget(pane)
    pane.resize(900, 400)
    pane.show()
    return pane


def _row_shown(pane: OrderDetailPane) -> bool:
    return pane._parcel_form.isRowVisible(pane.customization)


def test_the_links_are_shown_clickable_and_gone_after_the_wipe(pane, store, clock):
    order = _order(clock.now() - timedelta(days=1))
    save_order(store, order, _contact(f"{LINK}\n{OTHER}\n{LINK}"))
    pane.show_order(order)
    assert pane.customization.links() == [LINK, OTHER]  # each once
    assert _row_shown(pane)
    html = pane.customization.text()
    assert html.count("<a href=") == 2
    assert "<b>" not in html  # a link's text never becomes markup
    assert "&lt;b&gt;" in html
    assert pane.customization.openExternalLinks()

    erase_orders(store, [ORDER_ID], clock)  # the buyer's details go; the order stays
    pane.show_order(order)
    assert pane.customization.links() == []
    assert pane.customization.text() == ""
    assert not _row_shown(pane)


def test_no_row_for_an_order_without_a_customization(pane, store, clock):
    order = _order(clock.now())
    save_order(store, order, _contact(None))
    pane.show_order(order)
    assert not _row_shown(pane)
    pane.show_order(None)
    assert pane.customization.text() == ""


def test_only_web_links_are_clickable(pane, store, clock):
    order = _order(clock.now())
    save_order(store, order, _contact("file:///etc/passwd\njavascript:alert(1)"))
    pane.show_order(order)
    assert pane.customization.links() == ["file:///etc/passwd", "javascript:alert(1)"]
    assert "<a " not in pane.customization.text()


def test_the_country_line_follows_the_ship_from_country(pane, store, clock):
    order = _order(clock.now())
    save_order(store, order, _contact(None))
    save_settings(store, replace(load_settings(store), default_marketplace="US"))
    pane.show_order(order)
    assert pane.ship_to.text().splitlines()[-1] == "GERMANY"  # from the US to Germany
    save_settings(store, replace(load_settings(store), ship_from_country="DE"))
    pane.show_order(order)
    assert pane.ship_to.text().splitlines()[-1] == "10115 Berlin"
