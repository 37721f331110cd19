"""Amazon Buy Shipping (Shipping API v2) against the fake Amazon: every operation, the headers
Amazon needs (checked on the server's side), TOKEN_EXPIRED, 429s, a lost purchase answer that
must not buy twice, and the mapping of Amazon's own example answers."""

from __future__ import annotations

import base64
import logging
from datetime import timedelta
from decimal import Decimal

import pytest
from fake_shipping import example
from fake_spapi import FakeAmazon, fixture

from seller_desktop.core.amazon.errors import AmazonFailed, BadAnswer
from seller_desktop.core.amazon.shipping_api import (
    DocumentSpec,
    PackageRequest,
    RateQuote,
    ShipFrom,
    ShippingApi,
    ShippingNotOffered,
    TokenExpired,
    business_id_for,
)
from seller_desktop.core.amazon.shipping_mapping import (
    labels_of,
    purchase_of,
    quote_of,
    tracking_of,
)

ORDER = "026-1520163-6049104"
SHIP_FROM = ShipFrom(
    "Example Shop", "1 Warehouse Road", "", "Leeds", "West Yorkshire", "LS1 1AA", "GB", ""
)
PACKAGE = PackageRequest(
    "026-1520163-6049104-1", 30, 20, 10.5, 850, Decimal("24.99"), "GBP", (("51234567890123", 2),)
)
PNG_SPEC = DocumentSpec("PNG", 4.0, 6.0, "INCH", 300, "LEFT")
ZPL_SPEC = DocumentSpec("ZPL", 4.0, 6.0, "INCH", 203, "RIGHT")


@pytest.fixture
def shipping(api, amazon_clock, fake: FakeAmazon) -> ShippingApi:
    fake.shipping.now = amazon_clock.monotonic  # the request token ages with the test's clock
    return ShippingApi(api, "AmazonShipping_UK", clock=amazon_clock)


def shipping_requests(fake: FakeAmazon):
    return [s for s in fake.api_requests() if s.path.startswith("/shipping/v2/")]


# -- the operations against the fake -------------------------------------------------------------


def test_rates_send_an_amazon_order_without_ship_to(shipping, fake, amazon_clock) -> None:
    quote = shipping.get_rates(ORDER, SHIP_FROM, (PACKAGE,))
    assert quote.request_token == "FAKE-TOKEN-1"
    assert quote.fetched_at == amazon_clock.now()
    assert quote.expires_at == amazon_clock.now() + timedelta(minutes=10)
    assert [r.rate_id for r in quote.rates] == [
        "F4B68849F969E239FF9FCA9C12E35",
        "FAKE-RATE-ADDITIONAL-INPUTS",
    ]
    assert [r.requires_additional_inputs for r in quote.rates] == [False, True]
    (seen,) = shipping_requests(fake)
    assert seen.headers["x-amzn-shipping-business-id"] == "AmazonShipping_UK"
    assert seen.body["channelDetails"] == {
        "channelType": "AMAZON",
        "amazonOrderDetails": {"orderId": ORDER},
    }
    assert "shipTo" not in seen.body
    assert "addressLine2" not in seen.body["shipFrom"]  # empty: minLength 1 in the model
    assert "phoneNumber" not in seen.body["shipFrom"]
    (package,) = seen.body["packages"]
    assert package == {
        "dimensions": {"length": 30, "width": 20, "height": 10.5, "unit": "CENTIMETER"},
        "weight": {"unit": "GRAM", "value": 850},
        "insuredValue": {"value": 24.99, "unit": "GBP"},
        "packageClientReferenceId": PACKAGE.package_ref,
        "items": [{"itemIdentifier": "51234567890123", "quantity": 2}],
    }


def test_purchase_sends_the_key_and_decodes_the_label(shipping, fake) -> None:
    quote = shipping.get_rates(ORDER, SHIP_FROM, (PACKAGE,))
    rate = quote.rates[0]
    bought = shipping.purchase(quote.request_token, rate.rate_id, PNG_SPEC, "key-1")
    assert bought.shipment_id == "FAKE-SHIPMENT-1"
    assert (bought.carrier_id, bought.carrier_name, bought.service_name) == (
        "FOOSHIPGRD",
        "FOO SHIP GRD",
        "FOO RS ID",
    )
    (label,) = bought.labels
    assert label.package_ref == PACKAGE.package_ref
    assert label.tracking_id == "FAKETRK0011"
    assert label.format == "PNG"
    assert label.data.startswith(b"\x89PNG\r\n\x1a\n")
    assert "data" not in repr(label) and "PNG\\r" not in repr(bought)
    seen = shipping_requests(fake)[-1]
    assert seen.headers["x-amzn-idempotencykey"] == "key-1"
    assert seen.headers["x-amzn-shipping-business-id"] == "AmazonShipping_UK"
    assert seen.body == {
        "requestToken": "FAKE-TOKEN-1",
        "rateId": rate.rate_id,
        "requestedDocumentSpecification": {
            "format": "PNG",
            "size": {"width": 4.0, "length": 6.0, "unit": "INCH"},
            "dpi": 300,
            "pageLayout": "LEFT",
            "needFileJoining": False,
            "requestedDocumentTypes": ["LABEL"],
        },
    }
    assert fake.shipping.purchases == 1


def test_zpl_label_reprint_void_and_tracking(shipping, fake) -> None:
    quote = shipping.get_rates(ORDER, SHIP_FROM, (PACKAGE,))
    bought = shipping.purchase(quote.request_token, quote.rates[0].rate_id, ZPL_SPEC, "key-z")
    (label,) = bought.labels
    assert label.format == "ZPL" and label.data.startswith(b"^XA")
    (again,) = shipping.documents(bought.shipment_id, PACKAGE.package_ref, PNG_SPEC)
    assert again.format == "PNG" and again.tracking_id == label.tracking_id
    seen = shipping_requests(fake)[-1]
    assert seen.path == f"/shipping/v2/shipments/{bought.shipment_id}/documents"
    assert seen.query == {
        "packageClientReferenceId": [PACKAGE.package_ref],
        "format": ["PNG"],
        "dpi": ["300"],
    }
    tracking = shipping.tracking(label.tracking_id, bought.carrier_id)
    assert tracking.tracking_id == label.tracking_id
    assert tracking.status == "Delivered"
    assert shipping_requests(fake)[-1].query == {
        "trackingId": [label.tracking_id],
        "carrierId": ["FOOSHIPGRD"],
    }
    shipping.cancel(bought.shipment_id)
    assert fake.shipping.shipments[bought.shipment_id].voided
    cancel = shipping_requests(fake)[-1]
    assert (cancel.method, cancel.path) == (
        "PUT",
        f"/shipping/v2/shipments/{bought.shipment_id}/cancel",
    )
    assert all(
        s.headers["x-amzn-shipping-business-id"] == "AmazonShipping_UK"
        for s in shipping_requests(fake)
    )


def test_unknown_shipment_is_amazons_404(shipping) -> None:
    with pytest.raises(AmazonFailed) as caught:
        shipping.cancel("NO-SUCH-SHIPMENT")
    assert caught.value.status == 404


# -- the request token's ten minutes -------------------------------------------------------------


def test_a_token_older_than_ten_minutes_raises_token_expired(shipping, fake, amazon_clock) -> None:
    quote = shipping.get_rates(ORDER, SHIP_FROM, (PACKAGE,))
    amazon_clock.advance(timedelta(minutes=10, seconds=1))
    with pytest.raises(TokenExpired) as caught:
        shipping.purchase(quote.request_token, quote.rates[0].rate_id, PNG_SPEC, "key-old")
    assert "fetch the rates again" in str(caught.value)
    assert caught.value.exit_code == 1
    assert fake.shipping.purchases == 0


def test_token_expired_fault(shipping, fake) -> None:
    quote = shipping.get_rates(ORDER, SHIP_FROM, (PACKAGE,))
    fake.faults = ["token-expired"]
    with pytest.raises(TokenExpired):
        shipping.purchase(quote.request_token, quote.rates[0].rate_id, PNG_SPEC, "key-f")
    assert fake.shipping.purchases == 0


# -- never buy twice -------------------------------------------------------------------------------


def test_the_same_key_returns_the_same_shipment(shipping, fake) -> None:
    quote = shipping.get_rates(ORDER, SHIP_FROM, (PACKAGE,))
    rate_id = quote.rates[0].rate_id
    first = shipping.purchase(quote.request_token, rate_id, PNG_SPEC, "key-same")
    second = shipping.purchase(quote.request_token, rate_id, PNG_SPEC, "key-same")
    assert second == first
    assert fake.shipping.purchases == 1


@pytest.mark.parametrize("fault", ["lose-purchase", "lose-purchase-500"])
def test_a_lost_purchase_answer_is_retried_with_the_same_key(
    shipping, fake, sleeper, fault
) -> None:
    quote = shipping.get_rates(ORDER, SHIP_FROM, (PACKAGE,))
    fake.faults = [fault]
    bought = shipping.purchase(quote.request_token, quote.rates[0].rate_id, PNG_SPEC, "key-lost")
    assert bought.shipment_id == "FAKE-SHIPMENT-1"
    assert fake.shipping.purchases == 1
    purchases = [s for s in shipping_requests(fake) if s.path == "/shipping/v2/shipments"]
    assert len(purchases) == 2
    assert {s.headers["x-amzn-idempotencykey"] for s in purchases} == {"key-lost"}
    assert len(sleeper.waits) == 1


def test_a_purchase_needs_a_key(shipping) -> None:
    with pytest.raises(ValueError):
        shipping.purchase("FAKE-TOKEN-1", "rate", PNG_SPEC, "")


# -- rate limits, faults, refusals -----------------------------------------------------------------


@pytest.mark.parametrize("fault", ["429", "429-retry-after", "500"])
def test_429_and_500_are_retried(shipping, fake, sleeper, fault) -> None:
    fake.faults = [fault]
    quote = shipping.get_rates(ORDER, SHIP_FROM, (PACKAGE,))
    assert len(quote.rates) == 2
    assert len(sleeper.waits) == 1
    assert len(shipping_requests(fake)) == 2


def test_missing_role_says_type_the_tracking_number(shipping, fake) -> None:
    fake.faults = ["deny", "deny"]
    with pytest.raises(ShippingNotOffered) as caught:
        shipping.get_rates(ORDER, SHIP_FROM, (PACKAGE,))
    assert "type the tracking number as before" in str(caught.value).lower()
    assert caught.value.exit_code == 4


def test_no_business_for_the_marketplace(api) -> None:
    with pytest.raises(ShippingNotOffered) as caught:
        ShippingApi.for_marketplace(api, "de")
    assert "DE" in str(caught.value) and "type the tracking number as before" in str(caught.value)
    assert ShippingApi.for_marketplace(api, "UK").business_id == "AmazonShipping_UK"


def test_business_ids_as_the_model_spells_them() -> None:
    assert business_id_for("US") == "AmazonShipping_US"
    assert business_id_for("GB") == business_id_for("uk") == "AmazonShipping_UK"
    assert business_id_for("AE") == "AmazonShipping_UAE"
    assert business_id_for("A1VC38T7YXB528") == "AmazonShipping_JP"  # a marketplace id
    for code in ("IN", "SA", "EG", "IT", "ES", "FR"):
        assert business_id_for(code) == f"AmazonShipping_{code}"
    for code in ("DE", "CA", "MX", "BR", "NL", "BE", "SE", "PL", "TR", "AU", "SG"):
        assert business_id_for(code) is None
    with pytest.raises(ValueError):
        ShippingApi(None, "AmazonShipping_DE")  # type: ignore[arg-type]


def test_no_address_or_label_in_the_logs(shipping, fake, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    fake.faults = ["lose-purchase-500"]
    quote = shipping.get_rates(ORDER, SHIP_FROM, (PACKAGE,))
    bought = shipping.purchase(quote.request_token, quote.rates[0].rate_id, PNG_SPEC, "key-log")
    text = caplog.text
    encoded = base64.b64encode(bought.labels[0].data).decode()
    for secret in ("Warehouse Road", "LS1 1AA", "Example Shop", encoded, "key-log"):
        assert secret not in text


# -- Amazon's own examples, mapped -----------------------------------------------------------------


def test_rates_example_maps_promise_and_document_specs(amazon_clock) -> None:
    payload = fixture("spapi-shippingV2_getRates_200_examples.json")["application/json"]
    quote = quote_of(payload, amazon_clock.now())
    assert isinstance(quote, RateQuote)
    assert quote.request_token == "6DCCEDD3FF961C15FEB94F342D41C"
    (rate,) = quote.rates  # the ineligible rate is not offered
    assert (rate.carrier_id, rate.carrier_name, rate.service_id, rate.service_name) == (
        "FOOSHIPGRD",
        "FOO SHIP GRD",
        "FOORSID",
        "FOO RS ID",
    )
    assert (rate.amount, rate.currency) == (Decimal("7"), "USD")
    assert (rate.delivery_start, rate.delivery_end) == (
        "2018-08-24T08:22:30.737Z",
        "2018-08-24T20:22:30.737Z",
    )
    assert rate.requires_additional_inputs is False
    assert len(rate.document_specs) == 8  # PNG and ZPL, each at 2 dpi x 2 layouts
    assert PNG_SPEC in rate.document_specs and ZPL_SPEC in rate.document_specs
    assert {s.format for s in rate.document_specs} == {"PNG", "ZPL"}


def test_wrapped_and_string_amounts_and_additional_inputs(amazon_clock) -> None:
    from fake_shipping import example_rates

    from seller_desktop.core.amazon.shipping_mapping import payload_of

    payload = payload_of({"payload": {"requestToken": "T", "rates": example_rates()}})
    quote = quote_of(payload, amazon_clock.now())
    extra = quote.rates[1]
    assert extra.amount == Decimal("12.50") and extra.requires_additional_inputs
    assert {s.format for s in extra.document_specs} == {"ZPL"}


def test_purchase_example_tracking_number_and_placeholder_label() -> None:
    payload = example("purchaseShipment")
    with pytest.raises(ValueError):  # "sdioadai…==" is not Base64: the client says BadAnswer
        purchase_of(payload, None)
    payload["packageDocumentDetails"][0]["packageDocuments"][0]["contents"] = "iVBORw0KGgo="
    bought = purchase_of(payload, None)
    assert bought.shipment_id == "87852211788104"
    (label,) = bought.labels
    assert label.tracking_id == "1578648261977"  # a JSON number in the example
    assert (label.package_ref, label.format) == ("abcd", "PNG")
    assert label.data == b"\x89PNG\r\n\x1a\n"


def test_documents_and_tracking_examples() -> None:
    detail = example("getShipmentDocuments")["packageDocumentDetail"]
    detail["packageDocuments"][0]["contents"] = "aGVsbG8="
    (label,) = labels_of(detail)
    assert (label.package_ref, label.tracking_id, label.data) == (
        "ASUSDI-45343854",
        "T1234567",
        b"hello",
    )
    tracking = tracking_of(example("getTracking"))
    assert (tracking.tracking_id, tracking.status) == ("23AA47DE2B3B6", "Delivered")
    assert tracking.promised_delivery == "2024-02-12T13:09:05.513Z"
    assert [e.code for e in tracking.events] == ["Undeliverable", "ReturnInitiated", "Delivered"]
    assert tracking.events[0].country_code == "GB"
    assert "EX33" not in repr(tracking)  # the buyer's postal code is not kept


def test_a_label_that_is_not_base64_is_a_bad_answer(shipping, fake, monkeypatch) -> None:
    import fake_shipping

    def placeholder(ref: str, tracking: str, fmt: str) -> dict:
        contents = "sdioadaiosfhdodsaiufhouafhoudfhdouahfac=="  # Amazon's example's
        docs = [{"type": "LABEL", "format": fmt, "contents": contents}]
        return {"packageClientReferenceId": ref, "trackingId": tracking, "packageDocuments": docs}

    quote = shipping.get_rates(ORDER, SHIP_FROM, (PACKAGE,))
    monkeypatch.setattr(fake_shipping, "_detail", placeholder)
    with pytest.raises(BadAnswer):
        shipping.purchase(quote.request_token, quote.rates[0].rate_id, PNG_SPEC, "key-bad")
