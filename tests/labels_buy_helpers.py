"""Shared pieces of the label-buying tests: the fake Amazon (tests/amazon), a store with an
account for the UK pointed at it, a ship-from address and three sized GB orders."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "amazon"))

from fake_spapi import CLIENT_ID, CLIENT_SECRET, NOW, REFRESH_TOKEN, FakeAmazon

from seller_desktop.cli import main
from seller_desktop.core.amazon.accounts import Account, save_account
from seller_desktop.core.base.clock import FixedClock
from seller_desktop.core.labels.sizes import set_size
from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
from seller_desktop.core.orders.repository import save_order
from seller_desktop.core.session import open_store
from seller_desktop.core.settings import load_settings, save_settings
from seller_desktop.paths import resolve_paths

__all__ = ["NOW", "FakeAmazon"]

PASSPHRASE = "label buying passphrase"
RATE = "F4B68849F969E239FF9FCA9C12E35"
ORDERS = ("026-0000001-0000001", "026-0000002-0000002", "026-0000003-0000003")


def clock_at_now() -> FixedClock:
    return FixedClock(NOW)


def prepare_store(store, fake: FakeAmazon) -> None:
    """The UK account at the fake, the ship-from address and the three orders, sized."""
    save_account(
        store,
        Account("eu", ("GB",), CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, fake.url, fake.token_url),
    )
    settings = load_settings(store)
    save_settings(
        store,
        replace(
            settings,
            business_name="Example Shop",
            ship_from_country="GB",
            ship_from_street="1 Warehouse Road",
            ship_from_city="Leeds",
            ship_from_region="West Yorkshire",
            ship_from_postal_code="LS1 1AA",
        ),
    )
    set_size(store, "MUG", 350, (120, 90, 100))
    for n, order_id in enumerate(ORDERS, 1):
        order = Order(
            order_id=order_id,
            marketplace="GB",
            purchased_at="2024-12-24T09:00:00Z",
            currency="GBP",
            latest_delivery_date="2024-12-31",
            items=[
                OrderItem(
                    order_item_id=f"{n}1234567890123", sku="MUG", quantity=1, item_price="9.90"
                )
            ],
        )
        save_order(store, order, ContactDetails(recipient_name=f"Buyer Label{n}", ship_city="York"))


def fake_server():
    server = FakeAmazon().start()
    yield server
    server.stop()


def cli_env(tmp_path, monkeypatch, capsys, fake):
    monkeypatch.setenv("SELLER_DESKTOP_PASSPHRASE", PASSPHRASE)
    clock = clock_at_now()
    fake.shipping.now = clock.monotonic

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(tmp_path / "D"), *args], clock=clock)
        out, err = capsys.readouterr()
        return code, out, err

    assert run("init")[0] == 0
    with opened(tmp_path, clock) as store:
        prepare_store(store, fake)
    run.clock = clock  # type: ignore[attr-defined]
    return run


class opened:  # noqa: N801 - a context manager used like a function
    def __init__(self, tmp_path, clock) -> None:
        self.opened = open_store(resolve_paths(tmp_path / "D"), PASSPHRASE, clock)

    def __enter__(self):
        return self.opened.store

    def __exit__(self, *exc) -> None:
        self.opened.store.close()


def purchase_requests(fake: FakeAmazon):
    return [s for s in fake.api_requests() if s.path == "/shipping/v2/shipments"]
