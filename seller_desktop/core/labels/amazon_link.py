"""The way from a label to Amazon: the seller's ship-from address in Amazon's fields, and the
Shipping API for an order's marketplace (its region's account, one transport per region).

Where Amazon has no shipping business for the marketplace, or no account covers it, the seller
is told to type the tracking number as before (``ShippingNotOffered``, ``NoAccount``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from seller_desktop.core.amazon.region_links import RegionLinks
from seller_desktop.core.amazon.shipping_api import (
    ShipFrom,
    ShippingApi,
    ShippingNotOffered,
    business_id_for,
)
from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP
from seller_desktop.core.settings import Settings

if TYPE_CHECKING:
    pass


class NoAccount(BadInput):
    """No Amazon account covers the order's marketplace: nothing can be bought there."""

    def __init__(self, marketplace: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "No Amazon account covers {marketplace} orders, so no label can be bought for "
                "them: connect one (amazon-account set) or type the tracking number as before.",
            ),
            marketplace=marketplace,
        )


def ship_from_of(settings: Settings) -> ShipFrom:
    """The ship-from address from the settings; BadInput naming the command that sets it. A
    country without regions gives the city as ``stateOrRegion`` (required by Amazon's model)."""
    if not (
        settings.business_name
        and settings.ship_from_street
        and settings.ship_from_city
        and settings.ship_from_postal_code
    ):
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "Amazon needs the address parcels are picked up from: give it with ship-from "
                "--street … --city … --postal-code … [--region …] (and a business name).",
            )
        )
    return ShipFrom(
        name=settings.business_name,
        address_line1=settings.ship_from_street,
        address_line2=settings.ship_from_street2,
        city=settings.ship_from_city,
        state_or_region=settings.ship_from_region or settings.ship_from_city,
        postal_code=settings.ship_from_postal_code,
        country_code=settings.ship_from,
        phone=settings.ship_from_phone,
    )


class ShippingLink(RegionLinks):
    """The Shipping API per marketplace for one piece of work; ``close`` ends its transports."""

    def __enter__(self) -> ShippingLink:
        return self

    def for_marketplace(self, marketplace: str) -> ShippingApi:
        if business_id_for(marketplace) is None:
            raise ShippingNotOffered(marketplace.strip().upper())
        connection = self.connect(marketplace)
        if connection is None:
            raise NoAccount(marketplace.strip().upper())
        return ShippingApi.for_marketplace(connection.api, marketplace, clock=self._store.clock)
