"""An order's shipments in words for the detail pane: carrier and tracking number per shipment,
and whether Amazon heard of it. Filed under the pane's translation context (``OrderDetailPane``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from seller_desktop.core.orders.shipments import ShipmentRecord
from seller_desktop.ui.common.formatting import local_date


def carrier_lines(shipments: Sequence[ShipmentRecord]) -> str:
    """One line per shipment, oldest first; the ship date only when there are several (one
    shipment's date is the Shipped row's)."""
    translate = QCoreApplication.translate
    lines = [
        translate("OrderDetailPane", "{0}, {1}").format(
            s.carrier or translate("OrderDetailPane", "no carrier"),
            s.tracking_number or translate("OrderDetailPane", "no tracking number"),
        )
        for s in shipments
    ]
    if len(shipments) > 1:
        lines = [
            translate("OrderDetailPane", "{0} — shipped {1}").format(line, local_date(s.ship_date))
            for line, s in zip(lines, shipments, strict=True)
        ]
    return "\n".join(lines)


def confirmation_text(shipment: ShipmentRecord) -> str:
    """Where the shipment's confirmation to Amazon stands."""
    translate = QCoreApplication.translate
    state = shipment.state
    if state in ("confirmed", "buy_shipping"):  # Buy Shipping confirms by itself
        return translate("OrderDetailPane", "Confirmed to Amazon")
    if state == "waiting":
        reason = shipment.error or translate("OrderDetailPane", "not sent yet")
        return translate("OrderDetailPane", "Waiting to confirm: {0}").format(reason)
    if state == "held":
        return translate("OrderDetailPane", "Held, not sent to Amazon: {0}").format(
            shipment.error or ""
        )
    if state == "in_file":
        return translate("OrderDetailPane", "In a confirmation file (upload it in Seller Central)")
    if state == "to_export":
        return translate("OrderDetailPane", "Waiting for the next confirmation file")
    if state == "no_carrier":
        return translate(
            "OrderDetailPane",
            "Not in a confirmation file: no carrier (confirm it in Seller Central)",
        )
    return translate("OrderDetailPane", "Not to be confirmed here (confirmed in Seller Central)")
