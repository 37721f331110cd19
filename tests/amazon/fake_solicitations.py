"""The Solicitations API v1 for the fake Amazon: the two paths the app uses, answered in the
shape of Amazon's examples (``tests/fixtures/amazon/spapi/spapi-solicitationsV1_*``) with state:

- ``eligible`` holds the orders Amazon would take a review request for now; getSolicitation-
  ActionsForOrder answers the example's ``_links.actions`` for them (their id and marketplace in
  the hrefs) and an empty list for any other order, or one already asked.
- createProductReviewAndSellerFeedbackSolicitation counts every POST per order (``posts``);
  the first for an eligible order asks (``asked``) and answers 201 ``{}`` (the sandbox's answer);
  a second answers 400 saying it was requested already; an order not eligible answers 400.
- ``marketplaceIds`` must name exactly one marketplace (the model's ``maxItems: 1``).

Faults of its own (queued on ``FakeAmazon.faults``): "lose-review" (the request is made and
counted, then the connection dropped without an answer), "lose-review-500" (made, then a 500).
The shared faults ("429", "500", ...) are answered before this class is reached.
"""

from __future__ import annotations

import copy
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

SPAPI = Path(__file__).resolve().parent.parent / "fixtures" / "amazon" / "spapi"
SOLICITATION_FAULTS = ("lose-review", "lose-review-500")
PREFIX = "/solicitations/v1/orders/"
REVIEW = "productReviewAndSellerFeedback"


def actions_example() -> dict[str, Any]:
    path = SPAPI / "spapi-solicitationsV1_getSolicitationActionsForOrder_200_examples.json"
    return json.loads(path.read_text(encoding="utf-8"))["application/hal+json"]


@dataclass
class FakeSolicitations:
    eligible: set[str] = field(default_factory=set)
    asked: set[str] = field(default_factory=set)
    posts: Counter = field(default_factory=Counter)
    gets: Counter = field(default_factory=Counter)
    #: Orders Amazon still lists the action for after they were asked (its list lagging).
    offered_after_asking: set[str] = field(default_factory=set)

    def handle(
        self, h: BaseHTTPRequestHandler, seen: Any, fault: str | None, send: Callable
    ) -> None:
        markets = seen.query.get("marketplaceIds", [])
        if len(markets) != 1 or "," in markets[0]:
            return send(h, 400, _error("InvalidInput", "Exactly one marketplaceIds is required"))
        rest = seen.path[len(PREFIX) :]
        order_id, _, tail = rest.partition("/")
        if seen.method == "GET" and not tail:
            self.gets[order_id] += 1
            return send(h, 200, self._actions(order_id, markets[0]))
        if seen.method == "POST" and tail == f"solicitations/{REVIEW}":
            return self._post(h, order_id, fault, send)
        return send(h, 404, _error("NotFound", "No such path"))

    def _actions(self, order_id: str, market: str) -> dict[str, Any]:
        answer = actions_example()
        old_id, old_market = "903-1671087-0812628", "ATVPDKIKX0DER"
        text = json.dumps(answer).replace(old_id, order_id).replace(old_market, market)
        answer = json.loads(text)
        asked = order_id in self.asked and order_id not in self.offered_after_asking
        if order_id not in self.eligible or asked:
            answer = copy.deepcopy(answer)
            answer["_links"]["actions"] = []
            answer.pop("_embedded", None)
        return answer

    def _post(
        self, h: BaseHTTPRequestHandler, order_id: str, fault: str | None, send: Callable
    ) -> None:
        self.posts[order_id] += 1
        if order_id in self.asked:
            return send(h, 400, _error("InvalidInput", "A solicitation was already requested"))
        if order_id not in self.eligible:
            return send(h, 400, _error("InvalidInput", "The order is not eligible"))
        self.asked.add(order_id)
        if fault == "lose-review":  # asked, but the answer never arrives
            h.close_connection = True
            return None
        if fault == "lose-review-500":
            return send(h, 500, _error("InternalFailure", "We encountered an internal error"))
        return send(h, 201, {})


def _error(code: str, message: str) -> dict[str, Any]:
    return {"errors": [{"code": code, "message": message}]}
