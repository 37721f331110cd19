"""Amazon's Selling Partner API: orders in, shipments confirmed, with the seller's own app.

The seller self-authorizes a private app in Seller Central and gives us its LWA client id, client
secret and refresh token; no server of ours is involved. The parts, from the wire up:

- ``http``: the transport. https only (loopback allowed for tests), connect and read timeouts with
  a deadline for the whole answer, bounded retries with backoff and jitter for 429 / 5xx / network
  faults (``x-amzn-RateLimit-Limit`` honoured), a cap on total waiting that stops with
  ``RateLimited`` ("try again at HH:MM"), Amazon's ``{"errors": […]}`` parsed, and logs that hold
  method, path, status and request id only.
- ``lwa``: Login with Amazon; the refresh token traded for an access token kept in memory until
  shortly before it expires; ``invalid_grant`` / ``invalid_client`` → ``CredentialsRefused``.
- ``client``: ``SpApi``, one region's API: the token in ``x-amz-access-token``, one refresh and
  retry on 401/403, ``AccessDenied`` when a fresh token is refused too (a missing role).
- ``regions``: the na / eu / fe hosts and which marketplaces each serves (``UK`` read as ``GB``).
- ``orders_api``: searchOrders (v2026-01-01) as a generator of pages with the window each search
  covered, getOrder, and confirmShipment (v0).
- ``mapping``: an API order → ``Order`` + ``ContactDetails`` (None when Amazon sent none), or the
  reason it is skipped (Fulfilled by Amazon, unknown marketplace).
- ``shipping_api`` / ``shipping_mapping``: Amazon Buy Shipping (Shipping API v2): rates for an
  order's packages, a purchase sent with an idempotency key (a retry never buys twice), reprints,
  voids and tracking, with the ``x-amzn-shipping-business-id`` of the order's marketplace;
  ``TokenExpired`` after 10 minutes, ``ShippingNotOffered`` where there is no Buy Shipping.
- ``errors``: the typed problems, each telling the seller what to do; none carries a secret.

How a sync will use them (it lands once the importer offers its merge-and-write API): build one
``Transport``, ``LwaTokens`` and ``SpApi`` per region account (secrets read from the encrypted store,
never from settings files); run ``search_orders`` with ``lastUpdatedAfter`` = the last sync's
watermark minus a few minutes of overlap (``createdAfter`` = the chosen start on the first sync),
``fulfilledBy=MERCHANT`` and the account's marketplaces; for each page, ``map_order`` every order
and hand the mapped page to the importer's merge in one transaction, recording the page's
``next_token`` so a failure resumes from the last whole page; when the last page is in, store its
``covered_until`` as the next watermark. A ``RateLimited`` or ``Unreachable`` ends the sync as
"partly done, resumable"; ``CredentialsRefused`` and ``AccessDenied`` as "re-authorize".
Shipments go out with ``confirm_shipment`` from a queue the worker retries.
"""
