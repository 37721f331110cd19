"""The Solicitations API v1: is a review request offered for an order, and ask for it.

From ``models/solicitations-api-model/solicitations.json`` (amzn/selling-partner-api-models):

- ``getSolicitationActionsForOrder``: ``GET /solicitations/v1/orders/{amazonOrderId}`` with
  ``marketplaceIds`` (required, ``maxItems: 1``: one marketplace per call). The answer is HAL
  (``produces: application/hal+json``): the actions allowed are under ``_links.actions``
  (``/definitions/GetSolicitationActionsForOrderResponse``), each a ``LinkObject`` whose ``name``
  is the solicitation type. An empty list means Amazon will not take a request for the order now
  (outside the window, asked before, or not eligible at all).
- ``createProductReviewAndSellerFeedbackSolicitation``: ``POST
  /solicitations/v1/orders/{amazonOrderId}/solicitations/productReviewAndSellerFeedback`` with
  ``marketplaceIds``, no body; 201 "The message was created for the order". The operation says
  "Send only one productReviewAndSellerFeedback or free form proactive message per order", and
  it has no idempotency key, so it is sent with ``retry_unknown=False``: a lost answer or a 5xx
  is not sent again here (``core.reviews.solicitations`` asks Amazon what happened first).
- Usage plan: rate 1 request per second, burst 5, for both operations (Amazon's current usage
  plan; an older revision of the model says 0.1/s: the ``x-amzn-RateLimit-Limit`` header of a 429
  makes the Transport wait as long as Amazon says). ``Pacer`` keeps us inside it without a 429.

The examples the tests answer with are Amazon's: ``spapi-solicitationsV1_*``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from seller_desktop.core.amazon.client import SpApi
from seller_desktop.core.base.clock import Clock

PRODUCT_REVIEW = "productReviewAndSellerFeedback"
_HAL = {"accept": "application/hal+json"}


class Pacer:
    """A token bucket: ``burst`` requests at once, then one every ``1 / rate`` seconds. The
    clock and the sleep are parameters so tests neither wait nor depend on the time."""

    def __init__(
        self, clock: Clock, sleep: Callable[[float], None], rate: float = 1.0, burst: int = 5
    ) -> None:
        self._clock, self._sleep = clock, sleep
        self._rate, self._burst = rate, float(burst)
        self._tokens = float(burst)
        self._at = clock.monotonic()

    def wait(self) -> None:
        now = self._clock.monotonic()
        self._tokens = min(self._burst, self._tokens + (now - self._at) * self._rate)
        self._at = now
        if self._tokens < 1.0:
            delay = (1.0 - self._tokens) / self._rate
            self._sleep(delay)
            self._at = self._clock.monotonic()
            self._tokens = 1.0
        self._tokens -= 1.0


class SolicitationsApi:
    """The two operations for one marketplace, paced together (they share the seller's limit)."""

    def __init__(self, api: SpApi, marketplace_id: str, pacer: Pacer) -> None:
        self._api, self._marketplace_id, self._pacer = api, marketplace_id, pacer

    def __repr__(self) -> str:
        return f"SolicitationsApi({self._marketplace_id})"

    def review_offered(self, order_id: str) -> bool:
        """Whether Amazon offers productReviewAndSellerFeedback for the order now."""
        self._pacer.wait()
        answer = self._api.call(
            "GET",
            f"/solicitations/v1/orders/{order_id}",
            operation="getSolicitationActionsForOrder",
            params={"marketplaceIds": self._marketplace_id},
            headers=_HAL,
        )
        return PRODUCT_REVIEW in action_names(answer.json())

    def request_review(self, order_id: str) -> None:
        """Ask Amazon to send the buyer its review request; returns on 201, raises otherwise."""
        self._pacer.wait()
        self._api.call(
            "POST",
            f"/solicitations/v1/orders/{order_id}/solicitations/{PRODUCT_REVIEW}",
            operation="createProductReviewAndSellerFeedbackSolicitation",
            params={"marketplaceIds": self._marketplace_id},
            ok=(201,),
            headers=_HAL,
            retry_unknown=False,
        )


def action_names(data: Any) -> list[str]:
    """The ``name`` of each ``_links.actions`` entry; empty for anything else."""
    links = data.get("_links") if isinstance(data, dict) else None
    actions = links.get("actions") if isinstance(links, dict) else None
    if not isinstance(actions, list):
        return []
    return [str(a.get("name")) for a in actions if isinstance(a, dict) and a.get("name")]
