"""Amazon Buy Shipping: the Shipping API v2 operations the app uses to buy, reprint, void and
follow a label for a seller-fulfilled Amazon order.

Facts relied on, from ``amzn/selling-partner-api-models``
``models/shipping-api-model/shippingV2.json`` (JSON pointers, ``~1`` standing for ``/``; the
request and answer shapes are in ``shipping_mapping``):

- getRates ``POST /shipping/v2/shipments/rates`` (``/paths/~1shipping~1v2~1shipments~1rates/post``):
  body ``GetRatesRequest``, required ``channelDetails``, ``packages``, ``shipFrom``.
- purchaseShipment ``POST /shipping/v2/shipments``: required ``requestToken``, ``rateId``,
  ``requestedDocumentSpecification``; header ``x-amzn-IdempotencyKey``, "A unique value which the
  server uses to recognize subsequent retries of the same request". Its description: "You must
  complete the purchase within 10 minutes of rate creation … you will receive an error response
  with the error code equal to "TOKEN_EXPIRED"" → ``TokenExpired``.
- getShipmentDocuments ``GET /shipping/v2/shipments/{shipmentId}/documents`` with
  ``packageClientReferenceId`` (required), ``format``, ``dpi``.
- cancelShipment ``PUT /shipping/v2/shipments/{shipmentId}/cancel``.
- getTracking ``GET /shipping/v2/tracking`` with ``trackingId`` and ``carrierId`` (both required).
- Every operation takes ``x-amzn-shipping-business-id``, "Amazon shipping business to assume for
  this request. The default is AmazonShipping_UK", enum ``AmazonShipping_US``, ``_IN``, ``_UK``,
  ``_UAE``, ``_SA``, ``_EG``, ``_IT``, ``_ES``, ``_FR``, ``_JP``. We always send it, so a US order
  is never quoted by the UK business. Marketplaces outside that list (Germany, Canada, Mexico,
  Brazil, the Netherlands, Belgium, Sweden, Poland, Turkey, Australia, Singapore) have no business
  in the model: ``business_id_for`` says None and the seller types tracking numbers as before.
- 403 "Access Denied, Unauthorized, Expired Token, or Invalid Signature": ``SpApi`` retries once
  with a fresh token; a refusal after that is the missing shipping role → ``ShippingNotOffered``.

Every usage plan is 80 requests per second with a burst of 100; 429s and 5xx go through the
``Transport``'s bounded retries. A purchase retried by the transport (a 5xx, a lost answer) sends
the same idempotency key, so Amazon answers with the shipment already bought instead of buying
again. Logs name the operation and counts only; no address, no label bytes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any, TypeVar
from urllib.parse import quote

from seller_desktop.core.amazon.client import SpApi
from seller_desktop.core.amazon.errors import (
    AccessDenied,
    AmazonFailed,
    BadAnswer,
    ShippingNotOffered,
    TokenExpired,
)
from seller_desktop.core.amazon.http import Answer
from seller_desktop.core.amazon.shipping_mapping import (
    DocumentSpec,
    PackageRequest,
    Purchase,
    PurchasedLabel,
    Rate,
    RateQuote,
    ShipFrom,
    Tracking,
    TrackingEvent,
    document_spec_json,
    labels_of,
    payload_of,
    purchase_of,
    quote_of,
    rates_request,
    tracking_of,
)
from seller_desktop.core.base.clock import Clock, SystemClock
from seller_desktop.core.orders.marketplaces import MARKETPLACES

__all__ = [
    "BUSINESS_IDS",
    "DocumentSpec",
    "PackageRequest",
    "Purchase",
    "PurchasedLabel",
    "Rate",
    "RateQuote",
    "ShipFrom",
    "ShippingApi",
    "ShippingNotOffered",
    "TokenExpired",
    "Tracking",
    "TrackingEvent",
    "business_id_for",
]

log = logging.getLogger("seller_desktop.amazon")

RATES_PATH = "/shipping/v2/shipments/rates"
PURCHASE_PATH = "/shipping/v2/shipments"
DOCUMENTS_PATH = "/shipping/v2/shipments/{shipmentId}/documents"
CANCEL_PATH = "/shipping/v2/shipments/{shipmentId}/cancel"
TRACKING_PATH = "/shipping/v2/tracking"
BUSINESS_HEADER = "x-amzn-shipping-business-id"
IDEMPOTENCY_HEADER = "x-amzn-IdempotencyKey"

#: The app's marketplace code → the model's business id (the enum above; the UK is ``GB`` here,
#: the United Arab Emirates ``AE``).
BUSINESS_IDS = {
    "US": "AmazonShipping_US",
    "IN": "AmazonShipping_IN",
    "GB": "AmazonShipping_UK",
    "AE": "AmazonShipping_UAE",
    "SA": "AmazonShipping_SA",
    "EG": "AmazonShipping_EG",
    "IT": "AmazonShipping_IT",
    "ES": "AmazonShipping_ES",
    "FR": "AmazonShipping_FR",
    "JP": "AmazonShipping_JP",
}

_T = TypeVar("_T")


def business_id_for(marketplace: str) -> str | None:
    """The Amazon shipping business for a marketplace code (``UK`` read as ``GB``) or marketplace
    id; None where the model lists none (Germany among them)."""
    text = marketplace.strip().upper()
    code = "GB" if text == "UK" else text
    for m in MARKETPLACES.values():
        if m.marketplace_id.upper() == text:
            code = m.code
    return BUSINESS_IDS.get(code)


class ShippingApi:
    """One region's Shipping v2 operations, assuming one Amazon shipping business."""

    def __init__(self, api: SpApi, business_id: str, *, clock: Clock | None = None) -> None:
        if business_id not in BUSINESS_IDS.values():
            raise ValueError(f"not a shipping business of the model: {business_id}")
        self._api = api
        self.business_id = business_id
        self._clock = clock or SystemClock()
        self._rates: dict[tuple[str, str], Rate] = {}  # (request token, rate id) → rate

    @classmethod
    def for_marketplace(
        cls, api: SpApi, marketplace: str, *, clock: Clock | None = None
    ) -> ShippingApi:
        """The API for an order's marketplace; ShippingNotOffered where Amazon has no business."""
        business = business_id_for(marketplace)
        if business is None:
            raise ShippingNotOffered(marketplace.strip().upper())
        return cls(api, business, clock=clock)

    def __repr__(self) -> str:
        return f"ShippingApi({self.business_id})"

    def get_rates(
        self, order_id: str, ship_from: ShipFrom, packages: tuple[PackageRequest, ...]
    ) -> RateQuote:
        """Amazon's offers for the order's packages; the quote's token holds for 10 minutes."""
        fetched_at = self._clock.now()
        body = rates_request(order_id, ship_from, tuple(packages))
        answer = self._call("POST", RATES_PATH, "getRates", json_body=body)
        quote = self._read(answer, lambda p: quote_of(p, fetched_at))
        for rate in quote.rates:
            self._rates[(quote.request_token, rate.rate_id)] = rate
        log.info("getRates: %d rates for %d packages", len(quote.rates), len(packages))
        return quote

    def purchase(
        self, request_token: str, rate_id: str, spec: DocumentSpec, idempotency_key: str
    ) -> Purchase:
        """Buy the rate, asking for LABEL documents in ``spec``. The same ``idempotency_key`` on a
        retry returns the shipment already bought. Carrier and service come from the quote this
        object fetched (empty when it fetched none, e.g. a retry after a restart)."""
        if not idempotency_key:
            raise ValueError("a purchase needs an idempotency key")
        body = {
            "requestToken": request_token,
            "rateId": rate_id,
            "requestedDocumentSpecification": document_spec_json(spec),
        }
        answer = self._call(
            "POST",
            PURCHASE_PATH,
            "purchaseShipment",
            json_body=body,
            headers={IDEMPOTENCY_HEADER: idempotency_key},
        )
        rate = self._rates.get((request_token, rate_id))
        purchase = self._read(answer, lambda p: purchase_of(p, rate))
        log.info("purchaseShipment: %d labels", len(purchase.labels))
        return purchase

    def documents(
        self, shipment_id: str, package_ref: str, spec: DocumentSpec
    ) -> tuple[PurchasedLabel, ...]:
        """The package's label again (a reprint), in ``spec``'s format and dpi."""
        params = {"packageClientReferenceId": package_ref, "format": spec.format}
        if spec.dpi is not None:
            params["dpi"] = str(spec.dpi)
        path = DOCUMENTS_PATH.format(shipmentId=quote(shipment_id, safe=""))
        answer = self._call("GET", path, "getShipmentDocuments", params=params)
        return self._read(answer, lambda p: labels_of(p["packageDocumentDetail"]))

    def cancel(self, shipment_id: str) -> None:
        """Void the label (within the carrier's window; Amazon refuses it after)."""
        path = CANCEL_PATH.format(shipmentId=quote(shipment_id, safe=""))
        self._call("PUT", path, "cancelShipment")

    def tracking(self, tracking_id: str, carrier_id: str) -> Tracking:
        params = {"trackingId": tracking_id, "carrierId": carrier_id}
        answer = self._call("GET", TRACKING_PATH, "getTracking", params=params)
        return self._read(answer, tracking_of)

    # -- the wire -------------------------------------------------------------------------

    def _call(
        self,
        method: str,
        path: str,
        operation: str,
        *,
        params: Mapping[str, str] | None = None,
        json_body: object = None,
        headers: Mapping[str, str] | None = None,
    ) -> Answer:
        """The call with the business header; Amazon's refusals turned into ours."""
        all_headers = {BUSINESS_HEADER: self.business_id, **(headers or {})}
        try:
            return self._api.call(
                method,
                path,
                operation=operation,
                params=params,
                json_body=json_body,
                headers=all_headers,
            )
        except AccessDenied as err:
            raise ShippingNotOffered(request_id=str(err.values["request_id"])) from None
        except AmazonFailed as err:
            if err.code == "TOKEN_EXPIRED":
                raise TokenExpired(str(err.values["request_id"])) from None
            raise

    @staticmethod
    def _read(answer: Answer, read: Callable[[dict[str, Any]], _T]) -> _T:
        """``read`` applied to the answer's payload; BadAnswer when it is not the model's shape
        (naming the request id, never the body)."""
        try:
            return read(payload_of(answer.json()))
        except (KeyError, TypeError, ValueError, AttributeError):
            log.warning(
                "%s: answer not as the model says (request id %s)",
                answer.operation,
                answer.request_id or "none",
            )
            raise BadAnswer(answer.operation, answer.request_id) from None
