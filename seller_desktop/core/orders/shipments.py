"""An order's shipments as the seller reads them: carrier, tracking number, ship date, and where
the confirmation to Amazon stands.

The detail pane shows this for a shipped order, so the seller can answer "did Amazon hear of it?"
without opening Seller Central. The states, one per shipment:
- ``confirmed``: Amazon confirmed it through the API;
- ``waiting``: queued for the API, not sent yet or failed and to be tried again (``error`` says
  why it failed);
- ``held``: the API refused it in a way a retry will not mend (credentials, no account for the
  marketplace): ``error`` says why, until the seller asks to try again;
- ``in_file``: written to a confirmation file (to upload in Seller Central);
- ``to_export``: waiting for the next confirmation file;
- ``no_carrier``: recorded before a carrier was required; the file leaves it out (Amazon would
  refuse it), the seller confirms it in Seller Central;
- ``elsewhere``: the seller confirmed it in Seller Central; Amazon hears nothing from us;
- ``buy_shipping``: its label was bought from Amazon (Buy Shipping), which confirms it by itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from seller_desktop.core.store.store import Store

#: ``api_next_at`` of a held confirmation (core.amazon.confirmations sets it): a shipment Amazon
#: itself refused waits for the seller, far in the future until ``retry_now``.
HELD_UNTIL = "9999-12-31T00:00:00Z"


@dataclass(frozen=True)
class ShipmentRecord:
    shipment_id: int
    ship_date: str
    carrier_code: str
    carrier_name: str
    tracking_number: str
    ship_method: str
    confirm_via: str
    confirmed_at: str | None
    error: str | None
    next_at: str | None

    @property
    def carrier(self) -> str:
        """The carrier in words: Amazon's code, or the name sent with code "Other"."""
        return self.carrier_name or self.carrier_code

    @property
    def state(self) -> str:
        """One of the states in the module docstring."""
        if self.confirm_via in ("elsewhere", "buy_shipping"):
            return self.confirm_via
        if self.confirm_via == "api":
            if self.confirmed_at:
                return "confirmed"
            return "held" if self.next_at == HELD_UNTIL else "waiting"
        if self.confirmed_at:
            return "in_file"
        return "to_export" if self.carrier_code else "no_carrier"


def shipments_of(store: Store, order_id: str) -> list[ShipmentRecord]:
    """The order's shipments, oldest first."""
    rows = store.conn.execute(
        "SELECT shipment_id, ship_date, carrier_code, carrier_name, tracking_number, "
        "ship_method, confirm_via, confirmed_at, api_error, api_next_at FROM shipments "
        "WHERE order_id = ? ORDER BY shipment_id",
        (order_id,),
    ).fetchall()
    return [ShipmentRecord(*row) for row in rows]
