"""Amazon Buy Shipping (Shipping API v2) for the fake Amazon: the five paths the app uses,
answered from Amazon's examples (``tests/fixtures/amazon/spapi/spapi-shippingV2_*``) but with
state that holds together, so a test can buy, reprint, void and follow a label:

- getRates checks the body against the model's required fields, issues a fresh ``requestToken``
  and remembers when (``now()``, a monotonic clock a test may replace) and for which packages.
  The rates are Amazon's example plus a second one derived from it that needs additional inputs.
- purchaseShipment wants ``x-amzn-IdempotencyKey``: the same key answers the same shipment and
  never buys again (``purchases`` counts real purchases); a token older than ``token_ttl``
  seconds → 400 ``TOKEN_EXPIRED``. The label is a small valid PNG (with ``realistic_labels``, a
  4x6 label at 203 dpi with the tracking id's Code 128: ``fake_label``), or ZPL text when asked.
- getShipmentDocuments answers the shipment's label for a package; cancelShipment marks it
  voided; getTracking answers Amazon's example for a tracking id it issued.
- Every request must carry an ``x-amzn-shipping-business-id`` of the model's enum (400 otherwise).

Faults of its own (queued on ``FakeAmazon.faults``): "token-expired" (400 TOKEN_EXPIRED whatever
the token's age), "lose-purchase" (the purchase is made and recorded, then the connection is
dropped without an answer) and "lose-purchase-500" (made and recorded, then a 500).
"""

from __future__ import annotations

import base64
import copy
import json
import struct
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

from fake_label import label_png

SPAPI = Path(__file__).resolve().parent.parent / "fixtures" / "amazon" / "spapi"
SHIPPING_FAULTS = ("token-expired", "lose-purchase", "lose-purchase-500")
BUSINESSES = frozenset(
    f"AmazonShipping_{c}" for c in ("US", "IN", "UK", "UAE", "SA", "EG", "IT", "ES", "FR", "JP")
)
ADDRESS_REQUIRED = ("name", "addressLine1", "city", "stateOrRegion", "postalCode", "countryCode")
PACKAGE_REQUIRED = ("dimensions", "weight", "insuredValue", "items", "packageClientReferenceId")


def example(operation: str) -> Any:
    path = SPAPI / f"spapi-shippingV2_{operation}_200_examples.json"
    return json.loads(path.read_text(encoding="utf-8"))["application/json"]


def tiny_png(text: str) -> bytes:
    """A valid 1x1 grey PNG with ``text`` in a tEXt chunk (so each label's bytes differ)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"tEXt", b"Comment\x00" + text.encode())
        + chunk(b"IDAT", zlib.compress(b"\x00\x80"))
        + chunk(b"IEND", b"")
    )


def zpl(tracking_id: str) -> bytes:
    return f"^XA^FO50,50^A0N,40,40^FD{tracking_id}^FS^XZ\n".encode()


def example_rates() -> list[dict[str, Any]]:
    """Amazon's example rate, and a second one from it: ZPL only, dearer, additional inputs."""
    first = example("getRates")["rates"][0]
    second = copy.deepcopy(first)
    second.update(
        rateId="FAKE-RATE-ADDITIONAL-INPUTS",
        serviceId="FOOSIG",
        serviceName="FOO SIGNATURE",
        totalCharge={"value": "12.50", "unit": "USD"},
        requiresAdditionalInputs=True,
    )
    second["supportedDocumentSpecifications"] = [
        s for s in second["supportedDocumentSpecifications"] if s["format"] == "ZPL"
    ]
    return [first, second]


@dataclass
class Quote:
    issued: float
    order_id: str
    package_refs: list[str]
    rates: list[dict[str, Any]]


@dataclass
class Shipment:
    shipment_id: str
    key: str
    rate_id: str
    business: str
    format: str
    tracking: dict[str, str]  # package ref → tracking id
    voided: bool = False


@dataclass
class FakeShipping:
    token_ttl: float = 600.0
    now: Callable[[], float] = time.monotonic
    rates: list[dict[str, Any]] = field(default_factory=example_rates)
    quotes: dict[str, Quote] = field(default_factory=dict)
    shipments: dict[str, Shipment] = field(default_factory=dict)  # by shipment id
    by_key: dict[str, str] = field(default_factory=dict)  # idempotency key → shipment id
    #: Purchases actually made (a repeated idempotency key does not count).
    purchases: int = 0
    #: PNG labels as a printer's: 4x6 in at 203 dpi with a barcode (else a 1x1 PNG).
    realistic_labels: bool = False

    def handle(
        self, h: BaseHTTPRequestHandler, seen: Any, fault: str | None, send: Callable
    ) -> None:
        business = seen.headers.get("x-amzn-shipping-business-id")
        if business not in BUSINESSES:
            return send(h, 400, _error("InvalidInput", "Unknown shipping business"))
        method, path, q, body = seen.method, seen.path, seen.query, seen.body
        if method == "POST" and path == "/shipping/v2/shipments/rates":
            return send(h, *self._rates(body))
        if method == "POST" and path == "/shipping/v2/shipments":
            key = seen.headers.get("x-amzn-idempotencykey") or ""
            return self._purchase(h, key, business, body, fault, send)
        if method == "GET" and path == "/shipping/v2/tracking":
            return send(h, *self._tracking(q))
        parts = path.split("/")  # "", shipping, v2, shipments, {id}, documents|cancel
        if len(parts) == 6 and parts[3] == "shipments":
            shipment = self.shipments.get(parts[4])
            if shipment is None:
                return send(h, 404, _error("NotFound", "No such shipment"))
            if method == "GET" and parts[5] == "documents":
                return send(h, *self._documents(shipment, q))
            if method == "PUT" and parts[5] == "cancel":
                shipment.voided = True
                return send(h, 200, {"payload": example("cancelShipment")})
        send(h, 404, _error("NotFound", "No such path"))

    def _rates(self, body: Any) -> tuple[int, Any]:
        try:
            channel = body["channelDetails"]
            assert channel["channelType"] == "AMAZON" and channel["amazonOrderDetails"]["orderId"]
            assert all(body["shipFrom"].get(k) for k in ADDRESS_REQUIRED)
            assert body["packages"] and all(
                all(k in p for k in PACKAGE_REQUIRED) for p in body["packages"]
            )
        except (KeyError, TypeError, AssertionError):
            return 400, _error("InvalidInput", "Request is missing or has invalid parameters")
        token = f"FAKE-TOKEN-{len(self.quotes) + 1}"
        refs = [p["packageClientReferenceId"] for p in body["packages"]]
        rates = copy.deepcopy(self.rates)
        self.quotes[token] = Quote(
            self.now(), channel["amazonOrderDetails"]["orderId"], refs, rates
        )
        payload = example("getRates")
        payload.update(requestToken=token, rates=rates)
        return 200, {"payload": payload}

    def _purchase(
        self,
        h: BaseHTTPRequestHandler,
        key: str,
        business: str,
        body: Any,
        fault: str | None,
        send: Callable,
    ) -> None:
        if not key:
            return send(h, 400, _error("InvalidInput", "x-amzn-IdempotencyKey is required here"))
        if key in self.by_key:  # a retry: the same shipment, nothing bought
            return send(h, 200, self._purchase_answer(self.shipments[self.by_key[key]]))
        quote = self.quotes.get(body.get("requestToken", ""))
        if quote is None:
            return send(h, 400, _error("InvalidInput", "Unknown requestToken"))
        if fault == "token-expired" or self.now() - quote.issued > self.token_ttl:
            return send(h, 400, _error("TOKEN_EXPIRED", "The request token has expired"))
        rate = next((r for r in quote.rates if r["rateId"] == body.get("rateId")), None)
        spec = body.get("requestedDocumentSpecification") or {}
        formats = {s["format"] for s in (rate or {}).get("supportedDocumentSpecifications", [])}
        if rate is None or spec.get("format") not in formats:
            return send(h, 400, _error("InvalidInput", "Rate or document format not offered"))
        self.purchases += 1
        n = self.purchases
        shipment = Shipment(
            f"FAKE-SHIPMENT-{n}",
            key,
            rate["rateId"],
            business,
            spec["format"],
            {ref: f"FAKETRK{n:03d}{i}" for i, ref in enumerate(quote.package_refs, 1)},
        )
        self.shipments[shipment.shipment_id] = shipment
        self.by_key[key] = shipment.shipment_id
        if fault == "lose-purchase":  # bought, but the answer never arrives
            h.close_connection = True
            return None
        if fault == "lose-purchase-500":
            return send(h, 500, _error("InternalFailure", "We encountered an internal error"))
        return send(h, 200, self._purchase_answer(shipment))

    def _purchase_answer(self, shipment: Shipment) -> dict[str, Any]:
        payload = example("purchaseShipment")
        payload["shipmentId"] = shipment.shipment_id
        payload["packageDocumentDetails"] = [
            self._detail(ref, tracking, shipment.format)
            for ref, tracking in shipment.tracking.items()
        ]
        return {"payload": payload}

    def _documents(self, shipment: Shipment, q: dict[str, list[str]]) -> tuple[int, Any]:
        ref = (q.get("packageClientReferenceId") or [""])[0]
        if ref not in shipment.tracking:
            return 400, _error("InvalidInput", "Unknown packageClientReferenceId")
        fmt = (q.get("format") or [shipment.format])[0]
        payload = example("getShipmentDocuments")
        payload["shipmentId"] = shipment.shipment_id
        payload["packageDocumentDetail"] = self._detail(ref, shipment.tracking[ref], fmt)
        return 200, {"payload": payload}

    def _detail(self, ref: str, tracking: str, fmt: str) -> dict[str, Any]:
        detail = _detail(ref, tracking, fmt)
        if self.realistic_labels and fmt == "PNG":
            contents = base64.b64encode(label_png(tracking)).decode()
            detail["packageDocuments"][0]["contents"] = contents
        return detail

    def _tracking(self, q: dict[str, list[str]]) -> tuple[int, Any]:
        wanted = (q.get("trackingId") or [""])[0]
        if not (q.get("carrierId") or [""])[0]:
            return 400, _error("InvalidInput", "carrierId is required")
        for shipment in self.shipments.values():
            if wanted in shipment.tracking.values():
                payload = example("getTracking")
                payload["trackingId"] = wanted
                return 200, {"payload": payload}
        return 404, _error("NotFound", "No such tracking id")


def _detail(ref: str, tracking: str, fmt: str) -> dict[str, Any]:
    data = zpl(tracking) if fmt == "ZPL" else tiny_png(tracking)
    contents = base64.b64encode(data).decode()
    return {
        "packageClientReferenceId": ref,
        "trackingId": tracking,
        "packageDocuments": [{"type": "LABEL", "format": fmt, "contents": contents}],
    }


def _error(code: str, message: str) -> dict[str, Any]:
    return {"errors": [{"code": code, "message": message}]}
