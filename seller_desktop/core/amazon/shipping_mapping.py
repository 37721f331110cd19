"""Amazon Shipping API v2 values in and out: what we send, and what we keep of the answers.

Facts relied on, all from ``amzn/selling-partner-api-models``
``models/shipping-api-model/shippingV2.json`` (JSON pointers, ``~1`` standing for ``/``):

- Every answer is wrapped: ``/definitions/GetRatesResponse`` (and the other ``*Response``
  definitions) has one property, ``payload``. The model's ``examples`` show only what is inside
  it, so ``payload_of`` accepts both.
- ``/definitions/Address`` requires ``name``, ``addressLine1``, ``city``, ``stateOrRegion``,
  ``postalCode``, ``countryCode``; ``addressLine2`` and ``phoneNumber`` have ``minLength: 1`` and
  are left out when empty.
- ``/definitions/Package`` requires ``dimensions`` (``length``, ``width``, ``height``, ``unit``
  ``INCH`` / ``CENTIMETER``), ``weight`` (``unit`` ``GRAM`` / …, ``value``), ``insuredValue``
  (``/definitions/Currency``: ``value``, ``unit`` the ISO 4217 code), ``items`` (each
  ``/definitions/Item``: ``quantity`` required, ``itemIdentifier`` "provided by the client": the
  order item id) and ``packageClientReferenceId`` (kept to ask for the documents again).
- ``/definitions/Rate`` requires ``rateId``, ``carrierId``, ``carrierName``, ``serviceId``,
  ``serviceName``, ``totalCharge``, ``promise`` (``deliveryWindow`` / ``pickupWindow``, each
  ``start`` / ``end`` date-times, all optional), ``supportedDocumentSpecifications`` (``format``
  ``PDF`` / ``PNG`` / ``ZPL``, ``size`` ``{width, length, unit}``, ``printOptions[]`` with
  ``supportedDPIs``, ``supportedPageLayouts``, ``supportedFileJoiningOptions``,
  ``supportedDocumentDetails`` ``[{name, isMandatory}]``) and ``requiresAdditionalInputs``.
- ``/definitions/RequestedDocumentSpecification`` requires ``format``, ``size``,
  ``needFileJoining``, ``requestedDocumentTypes``; "the shipment purchase fails if the specified
  document specifications are not among those returned in the response to the getRates
  operation": hence ``DocumentSpec`` is one concrete choice out of a rate's specifications.
- ``/definitions/PackageDocument``: ``type``, ``format``, ``contents`` ("A Base64 encoded string
  of the file contents"). ``trackingId`` is a string in the schema but a JSON number in the
  purchaseShipment example, so it is read as text either way.
- ``/definitions/GetTrackingResult``: ``trackingId``, ``eventHistory[]`` (``eventCode``,
  ``eventTime``, ``location``), ``promisedDeliveryDate``, ``summary.status``.

Nothing here logs; labels carry the buyer's address, so their bytes are never part of a ``repr``.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

#: purchaseShipment must come within 10 minutes of getRates (its description in the model).
QUOTE_LIFETIME = timedelta(minutes=10)


@dataclass(frozen=True)
class ShipFrom:
    """The seller's return address: where the carrier picks up. The seller's own, not a buyer's."""

    name: str
    address_line1: str
    address_line2: str
    city: str
    state_or_region: str
    postal_code: str
    country_code: str
    phone: str


@dataclass(frozen=True)
class PackageRequest:
    """One box: centimetres, grams, the declared (insured) value and the order items in it
    (``(order item id, quantity)``)."""

    package_ref: str
    length_cm: float
    width_cm: float
    height_cm: float
    weight_g: int
    declared_value: Decimal
    currency: str
    items: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class DocumentSpec:
    """One label format a rate supports, concrete enough to request: ``dpi`` and ``page_layout``
    are None when the rate lists none."""

    format: str
    width: float
    length: float
    unit: str
    dpi: int | None
    page_layout: str | None


@dataclass(frozen=True)
class Rate:
    rate_id: str
    carrier_id: str
    carrier_name: str
    service_id: str
    service_name: str
    amount: Decimal
    currency: str
    delivery_start: str | None
    delivery_end: str | None
    requires_additional_inputs: bool
    document_specs: tuple[DocumentSpec, ...]


@dataclass(frozen=True)
class RateQuote:
    request_token: str
    rates: tuple[Rate, ...]
    fetched_at: datetime

    @property
    def expires_at(self) -> datetime:
        return self.fetched_at + QUOTE_LIFETIME


@dataclass(frozen=True)
class PurchasedLabel:
    """One package's label. ``data`` is the decoded file (PNG, PDF or ZPL text): it shows the
    buyer's address, so it is left out of the ``repr``."""

    package_ref: str
    tracking_id: str
    format: str
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class Purchase:
    shipment_id: str
    carrier_id: str
    carrier_name: str
    service_name: str
    labels: tuple[PurchasedLabel, ...]


@dataclass(frozen=True)
class TrackingEvent:
    """One scan. Only the country of its location is kept: the city and postal code of the last
    scans are the buyer's."""

    code: str
    time: str
    country_code: str | None
    shipment_type: str | None


@dataclass(frozen=True)
class Tracking:
    tracking_id: str
    status: str | None
    promised_delivery: str | None
    events: tuple[TrackingEvent, ...]


# -- requests ---------------------------------------------------------------------------------


def address_json(ship_from: ShipFrom) -> dict[str, str]:
    data = {
        "name": ship_from.name,
        "addressLine1": ship_from.address_line1,
        "addressLine2": ship_from.address_line2,
        "city": ship_from.city,
        "stateOrRegion": ship_from.state_or_region,
        "postalCode": ship_from.postal_code,
        "countryCode": ship_from.country_code,
        "phoneNumber": ship_from.phone,
    }
    return {key: value for key, value in data.items() if value}


def package_json(package: PackageRequest) -> dict[str, Any]:
    return {
        "dimensions": {
            "length": package.length_cm,
            "width": package.width_cm,
            "height": package.height_cm,
            "unit": "CENTIMETER",
        },
        "weight": {"unit": "GRAM", "value": package.weight_g},
        "insuredValue": {"value": float(package.declared_value), "unit": package.currency},
        "packageClientReferenceId": package.package_ref,
        "items": [{"itemIdentifier": item, "quantity": qty} for item, qty in package.items],
    }


def rates_request(order_id: str, ship_from: ShipFrom, packages: tuple[PackageRequest, ...]) -> dict:
    """getRates' body for an Amazon order: with channelType AMAZON Amazon takes the ship-to from
    the order (``/definitions/GetRatesRequest``: "the shipTo address is not required and will be
    ignored"), so the buyer's address never leaves this computer."""
    return {
        "shipFrom": address_json(ship_from),
        "packages": [package_json(p) for p in packages],
        "channelDetails": {"channelType": "AMAZON", "amazonOrderDetails": {"orderId": order_id}},
    }


def document_spec_json(spec: DocumentSpec) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": spec.format,
        "size": {"width": spec.width, "length": spec.length, "unit": spec.unit},
        "needFileJoining": False,
        "requestedDocumentTypes": ["LABEL"],
    }
    if spec.dpi is not None:
        data["dpi"] = spec.dpi
    if spec.page_layout is not None:
        data["pageLayout"] = spec.page_layout
    return data


# -- answers (KeyError, TypeError or ValueError when the shape is not the model's) -------------


def payload_of(data: Any) -> dict[str, Any]:
    inner = data.get("payload", data) if isinstance(data, dict) else None
    if not isinstance(inner, dict):
        raise TypeError("no payload")
    return inner


def _money(value: Any) -> Decimal:
    """A number or a numeric string (the examples have both) as an exact Decimal."""
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise ValueError("not an amount") from None


def _text(value: Any) -> str:
    if value is None or isinstance(value, dict | list):
        raise TypeError("not a value")
    return str(value)


def document_specs(raw: list[dict[str, Any]]) -> tuple[DocumentSpec, ...]:
    """Every concrete (format, size, dpi, layout) a rate offers for the LABEL document."""
    specs: list[DocumentSpec] = []
    for entry in raw:
        size = entry["size"]
        for option in entry["printOptions"]:
            details = option.get("supportedDocumentDetails") or []
            if details and not any(d.get("name") == "LABEL" for d in details):
                continue
            for dpi in option.get("supportedDPIs") or [None]:
                for layout in option.get("supportedPageLayouts") or [None]:
                    spec = DocumentSpec(
                        _text(entry["format"]),
                        float(size["width"]),
                        float(size["length"]),
                        _text(size["unit"]),
                        None if dpi is None else int(dpi),
                        None if layout is None else _text(layout),
                    )
                    if spec not in specs:
                        specs.append(spec)
    return tuple(specs)


def rate_of(raw: dict[str, Any]) -> Rate:
    window = (raw.get("promise") or {}).get("deliveryWindow") or {}
    return Rate(
        rate_id=_text(raw["rateId"]),
        carrier_id=_text(raw["carrierId"]),
        carrier_name=_text(raw["carrierName"]),
        service_id=_text(raw["serviceId"]),
        service_name=_text(raw["serviceName"]),
        amount=_money(raw["totalCharge"]["value"]),
        currency=_text(raw["totalCharge"]["unit"]),
        delivery_start=window.get("start"),
        delivery_end=window.get("end"),
        requires_additional_inputs=bool(raw["requiresAdditionalInputs"]),
        document_specs=document_specs(raw["supportedDocumentSpecifications"]),
    )


def quote_of(payload: dict[str, Any], fetched_at: datetime) -> RateQuote:
    """getRates' result; ``ineligibleRates`` are dropped (they cannot be bought)."""
    rates = tuple(rate_of(r) for r in payload["rates"])
    return RateQuote(_text(payload["requestToken"]), rates, fetched_at)


def labels_of(detail: dict[str, Any]) -> tuple[PurchasedLabel, ...]:
    """The LABEL documents of one ``/definitions/PackageDocumentDetail``, decoded."""
    ref = _text(detail["packageClientReferenceId"])
    tracking = detail.get("trackingId")
    labels = []
    for doc in detail["packageDocuments"]:
        if doc.get("type") != "LABEL":
            continue
        try:
            data = base64.b64decode(_text(doc["contents"]), validate=True)
        except binascii.Error:
            raise ValueError("label contents are not Base64") from None
        labels.append(
            PurchasedLabel(ref, "" if tracking is None else _text(tracking), doc["format"], data)
        )
    return tuple(labels)


def purchase_of(payload: dict[str, Any], rate: Rate | None) -> Purchase:
    """purchaseShipment's result. Its answer names no carrier (``PurchaseShipmentResult`` has
    ``shipmentId``, ``packageDocumentDetails``, ``promise``, ``benefits``): those come from the
    rate bought, when known."""
    labels: list[PurchasedLabel] = []
    for detail in payload["packageDocumentDetails"]:
        labels.extend(labels_of(detail))
    return Purchase(
        shipment_id=_text(payload["shipmentId"]),
        carrier_id=rate.carrier_id if rate else "",
        carrier_name=rate.carrier_name if rate else "",
        service_name=rate.service_name if rate else "",
        labels=tuple(labels),
    )


def tracking_of(payload: dict[str, Any]) -> Tracking:
    events = tuple(
        TrackingEvent(
            code=_text(e["eventCode"]),
            time=_text(e["eventTime"]),
            country_code=(e.get("location") or {}).get("countryCode"),
            shipment_type=e.get("shipmentType"),
        )
        for e in payload.get("eventHistory") or []
    )
    return Tracking(
        tracking_id=_text(payload["trackingId"]),
        status=(payload.get("summary") or {}).get("status"),
        promised_delivery=payload.get("promisedDeliveryDate"),
        events=events,
    )
