"""The Orders API operations the app uses: searchOrders and getOrder (v2026-01-01), and
confirmShipment (v0).

Facts relied on, with where they are in ``amzn/selling-partner-api-models``
(``models/orders-api-model/``; the JSON paths are JSON pointers, ``~1`` standing for ``/``):

- searchOrders, ``orders_2026-01-01.json`` ``/paths/~1orders~12026-01-01~1orders/get``:
  ``parameters`` ``createdAfter`` / ``lastUpdatedAfter`` ("You must provide exactly one of"),
  ``createdBefore`` / ``lastUpdatedBefore`` (optional, "at least two minutes before the time of
  the request", and only with the matching *After), ``fulfilledBy`` (array, enum ``MERCHANT``,
  ``AMAZON``), ``marketplaceIds`` (array, at most 50), ``maxResultsPerPage`` (1-100),
  ``paginationToken``, ``includedData`` (array, enum ``BUYER``, ``RECIPIENT``, ``PROCEEDS``,
  ``EXPENSE``, ``PROMOTION``, ``CANCELLATION``, ``FULFILLMENT``, ``PACKAGES``, ``TAX``, ``PAYMENT``,
  ``FULFILLMENT_ORDERS``). The array parameters have no ``collectionFormat``, so Swagger 2's
  default applies: one comma-separated value.
- Its answer, ``/definitions/SearchOrdersResponse``: ``orders`` (required), ``pagination.nextToken``
  (absent on the last page; "All other parameters must be provided with the same values …, with
  the exception of ``maxResultsPerPage`` and ``includedData``"; the token expires after 24 hours),
  and ``lastUpdatedBefore`` or ``createdBefore``: the end of the window the search covered, which
  is where the next sync starts.
- getOrder, ``/paths/~1orders~12026-01-01~1orders~1{orderId}/get``: ``includedData`` as above;
  the answer ``/definitions/GetOrderResponse`` is ``{"order": Order}``.
- confirmShipment, ``ordersV0.json``
  ``/paths/~1orders~1v0~1orders~1{orderId}~1shipmentConfirmation/post``: body
  ``/definitions/ConfirmShipmentRequest`` (``marketplaceId`` and ``packageDetail`` required),
  ``/definitions/PackageDetail`` (``packageReferenceId`` — "Only positive numeric values are
  supported" — ``carrierCode``, ``trackingNumber``, ``shipDate`` (``format: date-time``),
  ``orderItems`` required; ``carrierName`` "Required when ``carrierCode`` is Other";
  ``shippingMethod`` optional), ``/definitions/ConfirmShipmentOrderItem`` (``orderItemId``,
  ``quantity``); ``responses/204`` "Success.", 400 with ``ConfirmShipmentErrorResponse``.
"""

from __future__ import annotations

import logging
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import quote

from seller_desktop.core.amazon.client import SpApi
from seller_desktop.core.amazon.errors import BadAnswer
from seller_desktop.core.base.clock import to_iso_utc

log = logging.getLogger("seller_desktop.amazon")

SEARCH_PATH = "/orders/2026-01-01/orders"
ORDER_PATH = "/orders/2026-01-01/orders/{orderId}"
CONFIRM_PATH = "/orders/v0/orders/{orderId}/shipmentConfirmation"

#: What a sync asks for: contact details (BUYER, RECIPIENT; they come only with Amazon's
#: restricted role), status, who ships and the windows (FULFILLMENT), money (PROCEEDS) and the
#: packages' ship times (PACKAGES).
SYNC_INCLUDED_DATA = ("BUYER", "RECIPIENT", "FULFILLMENT", "PROCEEDS", "PACKAGES")
#: How recent a *Before may be (the parameters' notes: "at least two minutes before").
MIN_AGE = timedelta(minutes=2)
PAGE_SIZE = 100


@dataclass(frozen=True)
class SearchQuery:
    """One search; ``params()`` checks it against the model's rules before anything is sent."""

    marketplace_ids: Sequence[str]
    created_after: datetime | None = None
    last_updated_after: datetime | None = None
    before: datetime | None = None  # createdBefore or lastUpdatedBefore, as the *After
    included_data: Sequence[str] = SYNC_INCLUDED_DATA
    fulfilled_by: Sequence[str] = ("MERCHANT",)
    page_size: int = PAGE_SIZE

    def params(self, now: datetime) -> dict[str, str]:
        if (self.created_after is None) == (self.last_updated_after is None):
            raise ValueError("searchOrders needs exactly one of createdAfter and lastUpdatedAfter")
        if not 1 <= len(self.marketplace_ids) <= 50:
            raise ValueError("searchOrders takes 1 to 50 marketplace ids")
        if not 1 <= self.page_size <= 100:
            raise ValueError("maxResultsPerPage is 1 to 100")
        by_creation = self.created_after is not None
        after = self.created_after if by_creation else self.last_updated_after
        assert after is not None
        params = {
            "createdAfter" if by_creation else "lastUpdatedAfter": to_iso_utc(after),
            "marketplaceIds": ",".join(self.marketplace_ids),
            "fulfilledBy": ",".join(self.fulfilled_by),
            "maxResultsPerPage": str(self.page_size),
            "includedData": ",".join(self.included_data),
        }
        if self.before is not None:
            if self.before > now - MIN_AGE or self.before < after:
                raise ValueError("the *Before must be after the *After and 2 minutes before now")
            params["createdBefore" if by_creation else "lastUpdatedBefore"] = to_iso_utc(
                self.before
            )
        return params


@dataclass(frozen=True)
class OrdersPage:
    """One page of searchOrders: its orders as Amazon sent them, the token for the next page
    (None on the last), and the end of the window the search covered (``lastUpdatedBefore`` or
    ``createdBefore`` of the answer; None if Amazon left it out)."""

    number: int
    orders: list[dict[str, Any]]
    next_token: str | None
    covered_until: str | None
    request_id: str

    def __repr__(self) -> str:  # orders carry contact details: never in a repr
        return (
            f"OrdersPage({self.number}, {len(self.orders)} orders, last={self.next_token is None})"
        )


def search_orders(
    api: SpApi, query: SearchQuery, now: datetime, *, resume_token: str | None = None
) -> Generator[OrdersPage, None, None]:
    """The pages of one search, fetched as they are consumed. ``resume_token`` carries on a search
    that stopped part way (the same ``query``; a token lives 24 hours)."""
    params = query.params(now)
    token = resume_token
    number = 0
    while True:
        number += 1
        page_params = {**params, "paginationToken": token} if token else params
        answer = api.call("GET", SEARCH_PATH, operation="searchOrders", params=page_params)
        data = answer.json()
        orders = data.get("orders") if isinstance(data, dict) else None
        if not isinstance(orders, list) or not all(isinstance(o, dict) for o in orders):
            raise BadAnswer("searchOrders", answer.request_id)
        pagination = data.get("pagination")
        token = pagination.get("nextToken") if isinstance(pagination, dict) else None
        if not isinstance(token, str) or not token:
            token = None
        covered = data.get("lastUpdatedBefore") or data.get("createdBefore")
        yield OrdersPage(
            number, orders, token, covered if isinstance(covered, str) else None, answer.request_id
        )
        if token is None:
            return


def get_order(
    api: SpApi, order_id: str, included_data: Sequence[str] = SYNC_INCLUDED_DATA
) -> dict[str, Any]:
    """One order as Amazon sent it (``GetOrderResponse.order``)."""
    answer = api.call(
        "GET",
        ORDER_PATH.format(orderId=quote(order_id, safe="")),
        operation="getOrder",
        params={"includedData": ",".join(included_data)},
    )
    data = answer.json()
    order = data.get("order") if isinstance(data, dict) else None
    if not isinstance(order, dict):
        raise BadAnswer("getOrder", answer.request_id)
    return order


@dataclass(frozen=True)
class ShippedItem:
    order_item_id: str
    quantity: int


@dataclass(frozen=True)
class Shipment:
    """One package of one order, as confirmShipment takes it. ``carrier_code`` is one of Amazon's
    values for the marketplace (``Other`` with ``carrier_name`` otherwise)."""

    order_id: str
    marketplace_id: str
    carrier_code: str
    tracking_number: str
    ship_date: datetime
    items: Sequence[ShippedItem] = field(default_factory=tuple)
    carrier_name: str | None = None
    shipping_method: str | None = None
    package_reference_id: str = "1"

    def body(self) -> dict[str, Any]:
        """The ``ConfirmShipmentRequest``; ``shipDate`` an ISO 8601 date-time in UTC."""
        if self.ship_date.tzinfo is None:
            raise ValueError("ship_date must be timezone-aware")
        if not self.package_reference_id.isdigit() or int(self.package_reference_id) < 1:
            raise ValueError("packageReferenceId must be a positive number")
        if self.carrier_code == "Other" and not self.carrier_name:
            raise ValueError("carrierName is required when carrierCode is Other")
        detail: dict[str, Any] = {
            "packageReferenceId": self.package_reference_id,
            "carrierCode": self.carrier_code,
            "trackingNumber": self.tracking_number,
            "shipDate": to_iso_utc(self.ship_date),
            "orderItems": [
                {"orderItemId": i.order_item_id, "quantity": i.quantity} for i in self.items
            ],
        }
        if self.carrier_name:
            detail["carrierName"] = self.carrier_name
        if self.shipping_method:
            detail["shippingMethod"] = self.shipping_method
        return {"marketplaceId": self.marketplace_id, "packageDetail": detail}


def confirm_shipment(api: SpApi, shipment: Shipment) -> None:
    """Tell Amazon the package left; returns on 204, raises the typed error otherwise (a 400
    names Amazon's error code and message)."""
    api.call(
        "POST",
        CONFIRM_PATH.format(orderId=quote(shipment.order_id, safe="")),
        operation="confirmShipment",
        json_body=shipment.body(),
        ok=(204,),
    )
    log.info("confirmShipment: order %s confirmed", shipment.order_id)
