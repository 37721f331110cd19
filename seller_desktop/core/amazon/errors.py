"""What can go wrong talking to Amazon, each with what the seller can do about it.

Exit codes follow the CLI's table in the issue for the sync: 4 when Amazon refused the
credentials (re-authorize), 1 when the work stopped part way and can be resumed later (Amazon's
limit, the network, Amazon's own faults). No message here ever holds the client secret, the
refresh token, an access token or a response body: only Amazon's error code and message, the HTTP
status, the operation's name and ``x-amzn-RequestId`` (which Amazon's support asks for).
"""

from __future__ import annotations

from datetime import datetime

from seller_desktop.core.base.errors import SellerError
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP


class AmazonError(SellerError):
    """Any problem with Amazon's services; the work done so far stays, the rest can be retried."""

    exit_code = 1


class CredentialsRefused(AmazonError):
    """Login with Amazon refused the refresh token (``invalid_grant``) or the client
    (``invalid_client``): nothing will work until the seller fixes the account settings."""

    exit_code = 4

    def __init__(self, reason: str) -> None:
        if reason == "invalid_client":
            template = QT_TRANSLATE_NOOP(
                "SellerError",
                "Amazon did not accept the app's client id or client secret (invalid_client). "
                "Check both in Seller Central (Apps and Services › Develop Apps › View the LWA "
                "credentials) and enter them again in the Amazon account settings.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "SellerError",
                "Amazon did not accept the refresh token ({reason}): the app's authorization "
                "was revoked, or the token was pasted wrongly. Authorize the app again in Seller "
                "Central and enter the new refresh token in the Amazon account settings.",
            )
        super().__init__(template, reason=reason)
        self.reason = reason


class AccessDenied(AmazonError):
    """A 403 that a freshly fetched access token did not cure: the app lacks the role (or the
    seller the permission) for this operation."""

    exit_code = 4

    def __init__(self, operation: str, request_id: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "Amazon refused {operation} although the login worked (request id {request_id}): "
                "the app is probably missing a role. In Seller Central, edit the app's roles "
                "(Orders needs 'Inventory and Order Tracking'), authorize it again and enter the "
                "new refresh token.",
            ),
            operation=operation,
            request_id=request_id or "none",
        )


class RateLimited(AmazonError):
    """Amazon's rate limit would make us wait longer than we may; resumable at ``retry_at``."""

    def __init__(self, operation: str, retry_at: datetime) -> None:
        local = retry_at.astimezone()
        super().__init__(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "Amazon's rate limit: try again at {time}. Amazon allows {operation} only every "
                "so often; what was fetched so far is kept.",
            ),
            time=local.strftime("%H:%M"),
            operation=operation,
        )
        self.retry_at = retry_at


class Unreachable(AmazonError):
    """No answer from Amazon after the retries: the network, a proxy, or a hung connection."""

    def __init__(self, host: str, what: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "Amazon ({host}) could not be reached: {what}. Check the network connection and "
                "try again; what was fetched so far is kept.",
            ),
            host=host,
            what=what,
        )


class AmazonFailed(AmazonError):
    """Amazon answered with an error we do not retry, or went on failing (5xx) after the retries."""

    def __init__(self, operation: str, status: int, code: str, message: str, request_id: str):
        super().__init__(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "Amazon answered {operation} with an error (HTTP {status}, {code}: {detail}; "
                "request id {request_id}). Try again later; if it persists, give Amazon's "
                "seller support the request id.",
            ),
            operation=operation,
            status=status,
            code=code or "no code",
            detail=message or "no message",
            request_id=request_id or "none",
        )
        self.status = status
        self.code = code


class BadAnswer(AmazonError):
    """The answer could not be read (not JSON, or not the shape the model describes)."""

    def __init__(self, operation: str, request_id: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "Amazon's answer to {operation} could not be read (request id {request_id}). "
                "Nothing of it was used; try again later.",
            ),
            operation=operation,
            request_id=request_id or "none",
        )


class TokenExpired(AmazonError):
    """purchaseShipment answered ``TOKEN_EXPIRED``: the rates' ``requestToken`` is older than the
    10 minutes ``shippingV2.json`` allows (``/paths/~1shipping~1v2~1shipments/post``
    description). Nothing was bought; the caller fetches the rates again."""

    def __init__(self, request_id: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "Amazon's shipping rates expired (they hold for 10 minutes; request id "
                "{request_id}). Nothing was bought: fetch the rates again.",
            ),
            request_id=request_id or "none",
        )


class ShippingNotOffered(AmazonError):
    """No Buy Shipping here: Amazon has no shipping business for the marketplace, or refused the
    call because the app lacks Amazon's shipping role. Either way the seller ships as before."""

    exit_code = 2

    def __init__(self, marketplace: str | None = None, *, request_id: str | None = None) -> None:
        if request_id is None:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "SellerError",
                    "Amazon does not sell shipping labels for {marketplace} orders: type the "
                    "tracking number as before.",
                ),
                marketplace=marketplace or "these",
            )
        else:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "SellerError",
                    "Amazon refused to sell a shipping label (request id {request_id}): the app "
                    "lacks Amazon's shipping role. Type the tracking number as before, or add the "
                    "role to the app in Seller Central and authorize it again.",
                ),
                request_id=request_id or "none",
            )
            self.exit_code = 4
        self.marketplace = marketplace
