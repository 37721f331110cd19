"""A demo store with realistic orders, so a newcomer sees a working app with one command.

The names and addresses are invented, in the scripts our buyers write in; the dates are relative
to "now" so the retention wipe leaves most of them in place.
"""

from __future__ import annotations

import random
import secrets
from datetime import timedelta

from seller_desktop.core.base.clock import Clock, SystemClock, to_iso_utc
from seller_desktop.core.orders.marketplaces import MARKETPLACES
from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
from seller_desktop.core.orders.repository import save_orders
from seller_desktop.core.session import OpenedStore, create_store, open_store
from seller_desktop.core.settings import Settings
from seller_desktop.paths import AppPaths

DEMO_SETTINGS = Settings(
    business_name="Demo",
    return_address="Demo Goods Ltd\n12 Harbour Road\nBristol BS1 4DJ\nUnited Kingdom",
    default_marketplace="GB",
).with_regional_paper()

# (marketplace, recipient, address 1, city, postal code, region)
_PEOPLE = [
    ("DE", "Jürgen Groß", "Königstraße 12", "München", "80331", "BY"),
    ("DE", "Bärbel Müller-Lüdenscheidt", "Am Weißen Steg 3", "Köln", "50667", "NW"),
    ("PL", "Łukasz Żółćkiewicz", "ul. Świętokrzyska 7", "Łódź", "90-001", "LD"),
    ("TR", "Şükrü Güçlü", "İstiklal Cad. 45", "İstanbul", "34430", "34"),
    ("FR", "Zoë Lefèvre", "8 rue de l'Église", "Besançon", "25000", "BFC"),
    ("ES", "Begoña Núñez", "Calle Peñalara 4", "Logroño", "26001", "LO"),
    ("GB", "Siobhán O'Connor", "14 Baker Street", "London", "NW1 6XE", "ENG"),
    ("US", "María José García", "1200 Pine St Apt 4B", "Seattle", "98101", "WA"),
    ("US", "Nguyễn Văn An", "77 Mission St", "San Francisco", "94105", "CA"),
    ("JP", "山田 太郎", "渋谷区神南1-2-3", "東京都", "150-0041", "13"),
    ("JP", "佐藤 花子", "中央区難波5-1-60", "大阪市", "542-0076", "27"),
    ("AE", "محمد العلي", "شارع الشيخ زايد 10", "دبي", "00000", "DU"),
    ("SA", "فاطمة الزهراء", "طريق الملك فهد 22", "الرياض", "12271", "RI"),
    ("GB", "Γιώργος Παπαδόπουλος", "3 Camden High St", "London", "NW1 7JE", "ENG"),
    ("DE", "Алексей Смирнов", "Friedrichstraße 101", "Berlin", "10117", "BE"),
    ("US", "יעל כהן", "450 Lexington Ave", "New York", "10017", "NY"),
]

_PRODUCTS = [
    ("ESP-MACH-01", "Espresso machine, stainless steel", "34.90"),
    ("BEAN-ARABICA-1KG", "Arabica coffee beans 1 kg", "18.50"),
    ("GRIND-BURR-02", "Burr coffee grinder", "49.00"),
    ("MUG-CERAMIC-WHT", "Ceramic mug 350 ml, white", "9.90"),
    ("MILK-FROTH-03", "Milk frother, handheld", "14.99"),
    ("FILTER-PAPER-100", "Paper filters, pack of 100", "4.49"),
    ("TAMPER-58MM", "Coffee tamper 58 mm", "21.00"),
]

_SERVICES = ["Standard", "Expedited", "Priority", "NextDay"]


def demo_orders(clock: Clock, count: int = 120, seed: int = 7):
    """Orders of the last seven weeks (the oldest already wiped); older ones shipped, the newest ones waiting."""
    rng = random.Random(seed)
    now = clock.now()
    for n in range(count):
        market, name, street, city, postal, region = _PEOPLE[n % len(_PEOPLE)]
        age = timedelta(hours=rng.randint(1, 24 * 50))
        purchased = now - age
        order_id = f"{rng.randint(200, 699):03d}-{rng.randint(0, 9999999):07d}-{rng.randint(0, 9999999):07d}"
        status = (
            "unshipped"
            if age < timedelta(days=2)
            else rng.choice(["shipped"] * 5 + ["unshipped", "cancelled"])
        )
        shipped_on = (
            (purchased + timedelta(days=1)).date().isoformat() if status == "shipped" else None
        )
        cancelled_on = (
            (purchased + timedelta(hours=3)).date().isoformat() if status == "cancelled" else None
        )
        items = []
        for k in range(rng.choice([1, 1, 1, 2, 3])):
            sku, title, price = _PRODUCTS[(n + k * 3) % len(_PRODUCTS)]
            qty = rng.choice([1, 1, 2])
            items.append(
                OrderItem(
                    order_item_id=f"{rng.randint(10**13, 10**14 - 1)}",
                    sku=sku,
                    product_name=title,
                    quantity=qty,
                    quantity_shipped=qty if status == "shipped" else 0,
                    item_price=price,
                )
            )
        order = Order(
            order_id=order_id,
            marketplace=market,
            purchased_at=to_iso_utc(purchased),
            status=status,
            ship_service=rng.choice(_SERVICES),
            currency=MARKETPLACES[market].currency,
            is_gift=(n % 9 == 0),
            latest_ship_date=(purchased + timedelta(days=2)).date().isoformat(),
            latest_delivery_date=(purchased + timedelta(days=6)).date().isoformat(),
            shipped_on=shipped_on,
            cancelled_on=cancelled_on,
            ship_country=market,
            ship_region=region,
            source="demo",
            items=items,
        )
        contact = ContactDetails(
            buyer_name=name,
            recipient_name=name,
            ship_address_1=street,
            ship_city=city,
            ship_postal_code=postal,
            buyer_email=f"demo{n:03d}@marketplace.amazon.example",
            gift_message="Alles Gute zum Geburtstag! 🎉" if order.is_gift else None,
        )
        yield order, contact


def create_demo_store(paths: AppPaths, clock: Clock | None = None, count: int = 120) -> OpenedStore:
    """A fresh store in ``paths`` filled with demo orders, keyed with a random throwaway passphrase."""
    clock = clock or SystemClock()
    passphrase = secrets.token_urlsafe(24)
    opened = create_store(paths, passphrase, DEMO_SETTINGS, clock)
    save_orders(opened.store, demo_orders(clock, count))
    opened.store.close()
    # Re-open through the one door, so the demo runs the same retention pass as a real store.
    return open_store(paths, passphrase, clock)
