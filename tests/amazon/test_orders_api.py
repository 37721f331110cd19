"""searchOrders paging and parameters, getOrder, confirmShipment and the regions, against the fake
Amazon on 127.0.0.1 serving Amazon's own example answers."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from fake_spapi import fixture

from seller_desktop.core.amazon.errors import AmazonFailed
from seller_desktop.core.amazon.orders_api import (
    SearchQuery,
    Shipment,
    ShippedItem,
    confirm_shipment,
    get_order,
    search_orders,
)
from seller_desktop.core.amazon.regions import (
    checked_url,
    marketplace_codes,
    marketplace_ids,
    region_host,
)
from seller_desktop.core.base.errors import BadInput

ALL_IDS = marketplace_ids(["US", "GB", "BR", "TR", "JP"])
SINCE = datetime(2024, 12, 1, tzinfo=timezone.utc)


def test_search_pages_through_every_seller_fulfilled_order(fake, api, amazon_clock):
    query = SearchQuery(ALL_IDS, created_after=SINCE)
    pages = list(search_orders(api, query, amazon_clock.now()))

    ids = [o["orderId"] for p in pages for o in p.orders]
    assert len(ids) == 7 == len(set(ids))  # 8 example orders, one Fulfilled by Amazon
    assert "250-1234567-8901234" not in ids  # the JP FBA order was not asked for
    assert [p.number for p in pages] == [1, 2, 3]
    assert [p.next_token for p in pages] == ["page-3", "page-6", None]
    assert pages[-1].covered_until == "2026-12-01T11:58:00Z"

    seen = fake.api_requests()
    assert len(seen) == 3
    first = {k: v[0] for k, v in seen[0].query.items()}
    assert first == {
        "createdAfter": "2024-12-01T00:00:00Z",
        "marketplaceIds": ",".join(ALL_IDS),
        "fulfilledBy": "MERCHANT",
        "maxResultsPerPage": "100",
        "includedData": "BUYER,RECIPIENT,FULFILLMENT,PROCEEDS,PACKAGES",
    }
    for later, token in zip(seen[1:], ["page-3", "page-6"]):
        rest = {k: v[0] for k, v in later.query.items()}
        assert rest.pop("paginationToken") == token
        assert rest == first  # every other parameter unchanged
    assert all(s.token and s.token.startswith("Atza|fake-access-") for s in seen)
    assert fake.lwa_calls == 1  # one token for the whole search


def test_search_by_last_update_sends_the_before_and_resumes_from_a_token(fake, api, amazon_clock):
    now = amazon_clock.now()
    query = SearchQuery(
        ALL_IDS, last_updated_after=SINCE, before=now - timedelta(minutes=5), page_size=50
    )
    pages = list(search_orders(api, query, now, resume_token="page-6"))
    assert [len(p.orders) for p in pages] == [1]
    q = {k: v[0] for k, v in fake.api_requests()[0].query.items()}
    assert q["lastUpdatedAfter"] == "2024-12-01T00:00:00Z"
    assert q["lastUpdatedBefore"] == "2025-03-16T08:55:00Z"
    assert q["paginationToken"] == "page-6"
    assert q["maxResultsPerPage"] == "50"
    assert "createdAfter" not in q and "createdBefore" not in q


@pytest.mark.parametrize(
    "kwargs",
    [
        {},  # neither createdAfter nor lastUpdatedAfter
        {"created_after": SINCE, "last_updated_after": SINCE},
        {"created_after": SINCE, "before": datetime(2025, 3, 16, 8, 59, tzinfo=timezone.utc)},
        {"created_after": SINCE, "page_size": 101},
    ],
)
def test_a_search_the_model_forbids_is_refused_before_sending(fake, api, amazon_clock, kwargs):
    with pytest.raises(ValueError):
        next(search_orders(api, SearchQuery(ALL_IDS, **kwargs), amazon_clock.now()))
    assert fake.seen == []


def test_get_order_returns_the_order(fake, api):
    order = get_order(api, "202-1234567-8901234")
    assert order["salesChannel"]["marketplaceId"] == "A1F83G8C2ARO7P"
    seen = fake.api_requests()[0]
    assert seen.path == "/orders/2026-01-01/orders/202-1234567-8901234"
    assert seen.query["includedData"] == ["BUYER,RECIPIENT,FULFILLMENT,PROCEEDS,PACKAGES"]


def test_get_order_of_an_unknown_order_names_amazons_error(fake, api):
    with pytest.raises(AmazonFailed) as caught:
        get_order(api, "999-0000000-0000000")
    assert caught.value.status == 404
    assert "NotFound" in str(caught.value) and "getOrder" in str(caught.value)


def _shipment(**changes) -> Shipment:
    values = dict(
        order_id="902-1106328-1059050",
        marketplace_id="ATVPDKIKX0DER",
        carrier_code="FedEx",
        carrier_name="FedEx",
        shipping_method="FedEx Ground",
        tracking_number="112345678",
        ship_date=datetime(2026, 12, 1, 15, 0, tzinfo=timezone.utc),
        items=(ShippedItem("79039765272157", 1),),
    )
    values.update(changes)
    return Shipment(**values)


def test_confirm_shipment_sends_the_models_body_and_accepts_204(fake, api):
    confirm_shipment(api, _shipment())
    seen = fake.api_requests()[0]
    assert (seen.method, seen.path) == (
        "POST",
        "/orders/v0/orders/902-1106328-1059050/shipmentConfirmation",
    )
    sandbox = fixture("spapi-ordersV0_confirmShipment_204_sandbox.json")
    expected = sandbox["static"][0]["request"]["parameters"]["body"]["value"]
    detail = dict(expected["packageDetail"])
    detail.pop("shipFromSupplySourceId")
    detail["orderItems"] = [{"orderItemId": "79039765272157", "quantity": 1}]
    detail["shipDate"] = "2026-12-01T15:00:00Z"  # ISO 8601 date-time, as the model asks
    assert seen.body == {"marketplaceId": "ATVPDKIKX0DER", "packageDetail": detail}


def test_confirm_shipment_400_is_a_typed_error_with_amazons_code(fake, api, monkeypatch):
    shipment = _shipment()
    monkeypatch.setattr(
        Shipment, "body", lambda self: {"packageDetail": {"shipDate": "02/21/2022"}}
    )
    with pytest.raises(AmazonFailed) as caught:
        confirm_shipment(api, shipment)
    assert caught.value.status == 400
    assert "Invalid Input" in str(caught.value) and "confirmShipment" in str(caught.value)
    assert len(fake.api_requests()) == 1  # a 400 is not retried


def test_shipment_body_refuses_what_the_model_forbids():
    with pytest.raises(ValueError):
        _shipment(ship_date=datetime(2026, 12, 1, 15, 0)).body()  # no time zone
    with pytest.raises(ValueError):
        _shipment(carrier_code="Other", carrier_name=None).body()
    with pytest.raises(ValueError):
        _shipment(package_reference_id="A1").body()


def test_regions_and_marketplaces():
    assert region_host("EU") == "https://sellingpartnerapi-eu.amazon.com"
    assert marketplace_codes("eu", ["uk", "DE", " GB "]) == ["GB", "DE"]
    assert marketplace_ids(["GB", "JP"]) == ["A1F83G8C2ARO7P", "A1VC38T7YXB528"]
    with pytest.raises(BadInput, match="US is an Amazon marketplace of the na region"):
        marketplace_codes("eu", ["DE", "US"])
    with pytest.raises(BadInput):
        region_host("sa")
    with pytest.raises(BadInput):
        marketplace_codes("fe", [])


def test_only_https_or_loopback_urls():
    assert checked_url("https://sellingpartnerapi-na.amazon.com/") == (
        "https://sellingpartnerapi-na.amazon.com"
    )
    assert checked_url("http://127.0.0.1:8080") == "http://127.0.0.1:8080"
    assert checked_url("http://[::1]:8080") == "http://[::1]:8080"
    for bad in ("http://sellingpartnerapi-na.amazon.com", "ftp://x", "localhost:80"):
        with pytest.raises(BadInput):
            checked_url(bad)
