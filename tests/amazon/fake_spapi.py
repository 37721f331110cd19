"""A stand-in for Amazon on 127.0.0.1: Login with Amazon and the Orders API on their real paths.

It serves Amazon's own example and sandbox answers (``tests/fixtures/amazon/spapi/``, origin and
licence in the README there), splits the seller-fulfilled orders over pages with ``nextToken``,
checks the access token, and plays the faults a test queues: 429 with and without the rate
header, 500, 503, a hang, malformed JSON, an expired token, a missing role. Nothing leaves the
machine. Every request is recorded (method, path, query, token, body) for the tests to check.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from fake_shipping import FakeShipping
from fake_solicitations import FakeSolicitations

SPAPI = Path(__file__).resolve().parent.parent / "fixtures" / "amazon" / "spapi"
CLIENT_ID = "amzn1.application-oa2-client.fake0123456789"
CLIENT_SECRET = "amzn1.oa2-cs.v1.SECRET-never-shown-5e1f"
REFRESH_TOKEN = "Atzr|REFRESH-never-shown-77c3"
#: For syncs into a store: just after the December 2024 examples were placed (their contact
#: details are within the retention deadline); the search covered up to two minutes before.
NOW = datetime(2024, 12, 26, 0, 0, tzinfo=timezone.utc)
COVERED = "2024-12-25T23:58:00Z"
UNAUTHORIZED = {
    "errors": [
        {
            "code": "Unauthorized",
            "message": "Access to requested resource is denied.",
            "details": "The access token you provided has expired.",
        }
    ]
}


def fixture(name: str) -> Any:
    return json.loads((SPAPI / name).read_text(encoding="utf-8"))


def example_orders() -> list[dict[str, Any]]:
    """Every order of Amazon's searchOrders and getOrder examples and sandbox cases (8 orders in
    JP, GB, BR, US and TR; one of them Fulfilled by Amazon)."""
    orders: list[dict[str, Any]] = []
    for name in ("searchOrders", "getOrder"):
        for case in fixture(f"spapi-orders2026_{name}_200_sandbox.json")["static"]:
            answer = case["response"]
            orders.extend(answer.get("orders") or [answer["order"]])
        answer = fixture(f"spapi-orders2026_{name}_200_examples.json")["application/json"]
        orders.extend(answer.get("orders") or [answer["order"]])
    return orders


@dataclass
class Seen:
    method: str
    path: str
    query: dict[str, list[str]]
    token: str | None
    body: Any
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class FakeAmazon:
    orders: list[dict[str, Any]] = field(default_factory=example_orders)
    page_size: int = 3
    covered_until: str = "2026-12-01T11:58:00Z"
    hang_seconds: float = 3.0
    #: Faults played in order, one per API request: "429", "429-rate", "429-retry-after",
    #: "500", "503", "hang", "malformed", "expire" (the token stops working: 403), "deny" (403
    #: whatever the token), None for a normal answer, or one of Shipping v2's own
    #: (``fake_shipping.SHIPPING_FAULTS``) or of the Solicitations API
    #: (``fake_solicitations.SOLICITATION_FAULTS``).
    faults: list[str | None] = field(default_factory=list)
    lwa_error: str | None = None  # "invalid_grant" / "invalid_client"
    rate_header: str = "0.0056"
    #: Refuse every paginationToken with 400, as Amazon does once a token is 24 hours old.
    reject_page_tokens: bool = False
    #: Answer every confirmShipment with Amazon's 400 (its sandbox case), as for a refused one.
    refuse_confirmations: bool = False
    #: Amazon Buy Shipping (Shipping API v2): its state and the purchases it made.
    shipping: FakeShipping = field(default_factory=FakeShipping)
    #: The Solicitations API (review requests): eligible orders, POSTs counted per order.
    solicitations: FakeSolicitations = field(default_factory=FakeSolicitations)
    seen: list[Seen] = field(default_factory=list)
    lwa_calls: int = 0
    _tokens: set[str] = field(default_factory=set)
    _server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def token_url(self) -> str:
        return self.url + "/auth/o2/token"

    def api_requests(self) -> list[Seen]:
        return [s for s in self.seen if not s.path.startswith("/auth/")]

    def start(self) -> FakeAmazon:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                fake._handle(self, "GET")

            def do_POST(self) -> None:
                fake._handle(self, "POST")

            def do_PUT(self) -> None:
                fake._handle(self, "PUT")

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    # -- the requests ---------------------------------------------------------------------

    def _handle(self, h: BaseHTTPRequestHandler, method: str) -> None:
        parts = urlsplit(h.path)
        length = int(h.headers.get("Content-Length") or 0)
        raw = h.rfile.read(length) if length else b""
        if parts.path == "/auth/o2/token":
            form = {k: v[0] for k, v in parse_qs(raw.decode()).items()}
            self.seen.append(Seen(method, parts.path, {}, None, form))
            return self._lwa(h, form)
        body = json.loads(raw) if raw else None
        token = h.headers.get("x-amz-access-token")
        headers = {k.lower(): v for k, v in h.headers.items()}
        seen = Seen(method, parts.path, parse_qs(parts.query), token, body, headers)
        self.seen.append(seen)
        fault = self.faults.pop(0) if self.faults else None
        if fault == "hang":
            time.sleep(self.hang_seconds)
            return _send(h, 503, {"errors": [{"code": "Late", "message": "too late"}]})
        if fault in ("429", "429-rate", "429-retry-after"):
            extra = {"x-amzn-RateLimit-Limit": self.rate_header} if fault == "429-rate" else {}
            if fault == "429-retry-after":
                extra = {"Retry-After": "1", "x-amzn-RateLimit-Limit": "80"}
            err = {"errors": [{"code": "QuotaExceeded", "message": "You exceeded your quota."}]}
            return _send(h, 429, err, extra)
        if fault in ("500", "503"):
            return _send(h, int(fault), {"errors": [{"code": "InternalFailure", "message": "x"}]})
        if fault == "expire":
            self._tokens.discard(token or "")
        if fault == "deny" or token not in self._tokens:
            return _send(h, 403, UNAUTHORIZED)
        if fault == "malformed":
            return _send_raw(h, 200, b'{"orders": [{"orderId": "123-', {})
        if parts.path.startswith("/shipping/v2/"):
            return self.shipping.handle(h, seen, fault, _send)
        if parts.path.startswith("/solicitations/v1/"):
            return self.solicitations.handle(h, seen, fault, _send)
        self._api(h, method, parts.path, parse_qs(parts.query), body)

    def _lwa(self, h: BaseHTTPRequestHandler, form: dict[str, str]) -> None:
        self.lwa_calls += 1
        if self.lwa_error:
            err = {"error": self.lwa_error, "error_description": "The request has an invalid grant"}
            return _send(h, 400 if self.lwa_error != "invalid_client" else 401, err)
        good = (
            form.get("grant_type") == "refresh_token"
            and form.get("refresh_token") == REFRESH_TOKEN
            and form.get("client_id") == CLIENT_ID
            and form.get("client_secret") == CLIENT_SECRET
        )
        if not good:
            return _send(h, 400, {"error": "invalid_grant", "error_description": "bad"})
        token = f"Atza|fake-access-{self.lwa_calls}"
        self._tokens.add(token)
        _send(h, 200, {"access_token": token, "token_type": "bearer", "expires_in": 3600})

    def _api(self, h: BaseHTTPRequestHandler, method: str, path: str, q: dict, body: Any) -> None:
        prefix = "/orders/2026-01-01/orders"
        if method == "GET" and path == prefix:
            return self._search(h, q)
        if method == "GET" and path.startswith(prefix + "/"):
            wanted = path.rsplit("/", 1)[1]
            for order in self.orders:
                if order["orderId"] == wanted:
                    return _send(h, 200, {"order": order})
            return _send(h, 404, {"errors": [{"code": "NotFound", "message": "No order"}]})
        if method == "POST" and path.startswith("/orders/v0/orders/"):
            return self._confirm(h, body)
        _send(h, 404, {"errors": [{"code": "NotFound", "message": "No such path"}]})

    def _search(self, h: BaseHTTPRequestHandler, q: dict[str, list[str]]) -> None:
        markets = set(q["marketplaceIds"][0].split(","))
        by = set(q.get("fulfilledBy", ["MERCHANT,AMAZON"])[0].split(","))
        # Exactly one of createdAfter / lastUpdatedAfter (the model's rule), compared as Amazon
        # does: orders created (or last updated) after that instant.
        field_name, after = (
            ("createdTime", q["createdAfter"][0])
            if "createdAfter" in q
            else ("lastUpdatedTime", q["lastUpdatedAfter"][0])
        )
        matching = [
            o
            for o in self.orders
            if o["salesChannel"].get("marketplaceId") in markets
            and o.get("fulfillment", {}).get("fulfilledBy", "MERCHANT") in by
            and _instant(o[field_name]) > _instant(after)
        ]
        if "paginationToken" in q and self.reject_page_tokens:
            err = {"code": "InvalidInput", "message": "Invalid pagination token."}
            return _send(h, 400, {"errors": [err]})
        start = int(q["paginationToken"][0].split("-")[1]) if "paginationToken" in q else 0
        page = matching[start : start + self.page_size]
        answer: dict[str, Any] = {"orders": page}
        if start + self.page_size < len(matching):
            answer["pagination"] = {"nextToken": f"page-{start + self.page_size}"}
        key = "createdBefore" if "createdAfter" in q else "lastUpdatedBefore"
        answer[key] = self.covered_until
        _send(h, 200, answer)

    def _confirm(self, h: BaseHTTPRequestHandler, body: Any) -> None:
        try:
            datetime.fromisoformat(body["packageDetail"]["shipDate"].replace("Z", "+00:00"))
            if self.refuse_confirmations:
                raise ValueError("refused")
        except (KeyError, TypeError, ValueError):
            case = fixture("spapi-ordersV0_confirmShipment_400_sandbox.json")["static"][0]
            return _send(h, 400, case["response"])
        _send_raw(h, 204, b"", {})


def _instant(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _send(h: BaseHTTPRequestHandler, status: int, data: Any, headers: dict | None = None) -> None:
    _send_raw(h, status, json.dumps(data).encode(), headers or {})


def _send_raw(h: BaseHTTPRequestHandler, status: int, body: bytes, headers: dict) -> None:
    try:
        h.send_response(status)
        h.send_header("x-amzn-RequestId", f"req-{status}-{len(body)}")
        for name, value in headers.items():
            h.send_header(name, value)
        if status != 204:
            h.send_header("Content-Type", "application/json")
            h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        if body:
            h.wfile.write(body)
    except (BrokenPipeError, ConnectionResetError):  # the client gave up (the hang test)
        pass
