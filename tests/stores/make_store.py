"""Write the fixture store of the current schema version (run once per version, then commit it)."""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from seller_desktop.core.base.clock import FixedClock
from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
from seller_desktop.core.orders.repository import save_order
from seller_desktop.core.session import create_store
from seller_desktop.core.settings import Settings
from seller_desktop.paths import resolve_paths

PASSPHRASE = "schema fixture passphrase"


def main(target: Path) -> None:
    clock = FixedClock(datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc))
    with tempfile.TemporaryDirectory() as folder:
        paths = resolve_paths(folder)
        opened = create_store(paths, PASSPHRASE, Settings(business_name="Fixture Shop"), clock)
        save_order(
            opened.store,
            Order(
                order_id="028-1111111-2222222",
                marketplace="DE",
                purchased_at="2026-11-19T10:00:00Z",
                ship_country="DE",
                ship_region="BY",
                items=[
                    OrderItem(
                        order_item_id="11111111111111", sku="MUG-1", quantity=2, item_price="9.90"
                    )
                ],
            ),
            ContactDetails(
                recipient_name="Jürgen Groß",
                ship_address_1="Königstraße 12",
                ship_city="München",
                ship_postal_code="80331",
            ),
        )
        save_order(
            opened.store,
            Order(
                order_id="111-3333333-4444444",
                marketplace="US",
                purchased_at="2026-11-10T18:30:00Z",
                status="shipped",
                shipped_on="2026-11-11",
                latest_delivery_date="2026-11-15",
                items=[
                    OrderItem(
                        order_item_id="22222222222222", sku="BEAN-1", quantity=1, quantity_shipped=1
                    )
                ],
            ),
        )
        opened.store.close()
        target.write_bytes(paths.store.read_bytes())


if __name__ == "__main__":
    main(Path(sys.argv[1]))
