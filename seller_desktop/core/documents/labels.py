"""Printed labels per language: a German order gets a German slip, an unknown language English.

Printed documents do not go through Qt's translations (core has no Qt, and the slip's language is
the buyer's marketplace, not the seller's desktop language), so they use this small table. A
language missing a key falls back to English for that key only.
"""

from __future__ import annotations

from seller_desktop.core.orders.marketplaces import MARKETPLACES

ENGLISH = {
    "packing_slip": "Packing slip",
    "ship_to": "Ship to",
    "order": "Order",
    "order_date": "Order date",
    "marketplace": "Marketplace",
    "ship_service": "Shipping",
    "qty": "Qty",
    "item": "Item",
    "sku": "SKU",
    "price": "Price",
    "total": "Total",
    "gift_message": "Gift message",
    "page": "Page {page} of {pages}",
    "continued": "continued",
    "contact_removed": "Contact details removed",
    "thank_you": "Thank you for your order!",
    "pick_list": "Pick list",
    "bin": "Bin",
    "orders": "Orders",
    "units": "Units",
    "printed": "Printed",
    "picked": "Picked",
}

LABELS: dict[str, dict[str, str]] = {
    "en": ENGLISH,
    "de": {
        "packing_slip": "Lieferschein",
        "ship_to": "Lieferadresse",
        "order": "Bestellung",
        "order_date": "Bestelldatum",
        "marketplace": "Marktplatz",
        "ship_service": "Versandart",
        "qty": "Menge",
        "item": "Artikel",
        "sku": "SKU",
        "price": "Preis",
        "total": "Summe",
        "gift_message": "Geschenknachricht",
        "page": "Seite {page} von {pages}",
        "continued": "Fortsetzung",
        "contact_removed": "Kontaktdaten gelöscht",
        "thank_you": "Vielen Dank für Ihre Bestellung!",
        "pick_list": "Pickliste",
        "bin": "Lagerplatz",
        "orders": "Bestellungen",
        "units": "Stück",
        "printed": "Gedruckt",
        "picked": "Entnommen",
    },
    "fr": {
        "packing_slip": "Bon de livraison",
        "ship_to": "Livrer à",
        "order": "Commande",
        "order_date": "Date de commande",
        "marketplace": "Place de marché",
        "ship_service": "Livraison",
        "qty": "Qté",
        "item": "Article",
        "sku": "SKU",
        "price": "Prix",
        "total": "Total",
        "gift_message": "Message cadeau",
        "page": "Page {page} sur {pages}",
        "continued": "suite",
        "contact_removed": "Coordonnées supprimées",
        "thank_you": "Merci pour votre commande !",
        "pick_list": "Liste de préparation",
        "bin": "Emplacement",
        "orders": "Commandes",
        "units": "Unités",
        "printed": "Imprimé",
        "picked": "Prélevé",
    },
    "it": {
        "packing_slip": "Documento di trasporto",
        "ship_to": "Spedire a",
        "order": "Ordine",
        "order_date": "Data ordine",
        "marketplace": "Marketplace",
        "ship_service": "Spedizione",
        "qty": "Qtà",
        "item": "Articolo",
        "sku": "SKU",
        "price": "Prezzo",
        "total": "Totale",
        "gift_message": "Messaggio regalo",
        "page": "Pagina {page} di {pages}",
        "continued": "continua",
        "contact_removed": "Dati di contatto rimossi",
        "thank_you": "Grazie per il tuo ordine!",
        "pick_list": "Lista di prelievo",
        "bin": "Ubicazione",
        "orders": "Ordini",
        "units": "Pezzi",
        "printed": "Stampato",
        "picked": "Prelevato",
    },
    "es": {
        "packing_slip": "Albarán",
        "ship_to": "Enviar a",
        "order": "Pedido",
        "order_date": "Fecha del pedido",
        "marketplace": "Tienda",
        "ship_service": "Envío",
        "qty": "Cant.",
        "item": "Artículo",
        "sku": "SKU",
        "price": "Precio",
        "total": "Total",
        "gift_message": "Mensaje de regalo",
        "page": "Página {page} de {pages}",
        "continued": "continuación",
        "contact_removed": "Datos de contacto eliminados",
        "thank_you": "¡Gracias por tu pedido!",
        "pick_list": "Lista de picking",
        "bin": "Ubicación",
        "orders": "Pedidos",
        "units": "Unidades",
        "printed": "Impreso",
        "picked": "Recogido",
    },
    "pt": {
        "packing_slip": "Guia de remessa",
        "ship_to": "Enviar para",
        "order": "Pedido",
        "order_date": "Data do pedido",
        "marketplace": "Loja",
        "ship_service": "Envio",
        "qty": "Qtd.",
        "item": "Item",
        "sku": "SKU",
        "price": "Preço",
        "total": "Total",
        "gift_message": "Mensagem de presente",
        "page": "Página {page} de {pages}",
        "continued": "continuação",
        "contact_removed": "Dados de contato removidos",
        "thank_you": "Obrigado pelo seu pedido!",
        "pick_list": "Lista de separação",
    },
    "nl": {
        "packing_slip": "Pakbon",
        "ship_to": "Verzenden naar",
        "order": "Bestelling",
        "order_date": "Besteldatum",
        "marketplace": "Marktplaats",
        "ship_service": "Verzending",
        "qty": "Aantal",
        "item": "Artikel",
        "sku": "SKU",
        "price": "Prijs",
        "total": "Totaal",
        "gift_message": "Cadeaubericht",
        "page": "Pagina {page} van {pages}",
        "continued": "vervolg",
        "contact_removed": "Contactgegevens verwijderd",
        "thank_you": "Bedankt voor je bestelling!",
        "pick_list": "Picklijst",
    },
    "sv": {
        "packing_slip": "Följesedel",
        "ship_to": "Leveransadress",
        "order": "Order",
        "order_date": "Orderdatum",
        "marketplace": "Marknadsplats",
        "ship_service": "Frakt",
        "qty": "Antal",
        "item": "Artikel",
        "sku": "SKU",
        "price": "Pris",
        "total": "Summa",
        "gift_message": "Presentmeddelande",
        "page": "Sida {page} av {pages}",
        "continued": "fortsättning",
        "contact_removed": "Kontaktuppgifter borttagna",
        "thank_you": "Tack för din beställning!",
        "pick_list": "Plocklista",
    },
    "pl": {
        "packing_slip": "Dowód dostawy",
        "ship_to": "Adres dostawy",
        "order": "Zamówienie",
        "order_date": "Data zamówienia",
        "marketplace": "Sklep",
        "ship_service": "Wysyłka",
        "qty": "Ilość",
        "item": "Produkt",
        "sku": "SKU",
        "price": "Cena",
        "total": "Suma",
        "gift_message": "Wiadomość do prezentu",
        "page": "Strona {page} z {pages}",
        "continued": "ciąg dalszy",
        "contact_removed": "Dane kontaktowe usunięte",
        "thank_you": "Dziękujemy za zamówienie!",
        "pick_list": "Lista kompletacyjna",
    },
    "tr": {
        "packing_slip": "İrsaliye",
        "ship_to": "Teslimat adresi",
        "order": "Sipariş",
        "order_date": "Sipariş tarihi",
        "marketplace": "Mağaza",
        "ship_service": "Kargo",
        "qty": "Adet",
        "item": "Ürün",
        "sku": "SKU",
        "price": "Fiyat",
        "total": "Toplam",
        "gift_message": "Hediye mesajı",
        "page": "Sayfa {page}/{pages}",
        "continued": "devamı",
        "contact_removed": "İletişim bilgileri silindi",
        "thank_you": "Siparişiniz için teşekkür ederiz!",
        "pick_list": "Toplama listesi",
    },
    "ar": {
        "packing_slip": "قائمة التعبئة",
        "ship_to": "الشحن إلى",
        "order": "الطلب",
        "order_date": "تاريخ الطلب",
        "marketplace": "المتجر",
        "ship_service": "الشحن",
        "qty": "الكمية",
        "item": "المنتج",
        "sku": "SKU",
        "price": "السعر",
        "total": "المجموع",
        "gift_message": "رسالة الهدية",
        "page": "صفحة {page} من {pages}",
        "continued": "تابع",
        "contact_removed": "تم حذف بيانات الاتصال",
        "thank_you": "شكرًا لطلبك!",
        "pick_list": "قائمة الالتقاط",
    },
    "ja": {
        "packing_slip": "納品書",
        "ship_to": "お届け先",
        "order": "注文番号",
        "order_date": "注文日",
        "marketplace": "マーケットプレイス",
        "ship_service": "配送方法",
        "qty": "数量",
        "item": "商品",
        "sku": "SKU",
        "price": "価格",
        "total": "合計",
        "gift_message": "ギフトメッセージ",
        "page": "{page} / {pages} ページ",
        "continued": "続き",
        "contact_removed": "連絡先情報は削除されました",
        "thank_you": "ご注文ありがとうございました。",
        "pick_list": "ピッキングリスト",
        "bin": "棚番",
        "orders": "注文",
        "units": "点",
        "printed": "印刷日時",
        "picked": "済",
    },
}

#: How a date is written in each language (numeric, so no month names to translate).
DATE_FORMATS = {
    "en": "%Y-%m-%d",
    "de": "%d.%m.%Y",
    "fr": "%d/%m/%Y",
    "it": "%d/%m/%Y",
    "es": "%d/%m/%Y",
    "pt": "%d/%m/%Y",
    "nl": "%d-%m-%Y",
    "sv": "%Y-%m-%d",
    "pl": "%d.%m.%Y",
    "tr": "%d.%m.%Y",
    "ar": "%Y-%m-%d",
    "ja": "%Y/%m/%d",
}


RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur"})


class Labels:
    """The labels of one language, with English for any key that language lacks."""

    def __init__(self, language: str) -> None:
        self.language = language if language in LABELS else "en"
        self._table = {**ENGLISH, **LABELS[self.language]}

    def __getitem__(self, key: str) -> str:
        return self._table[key]

    @property
    def rtl(self) -> bool:
        """The language is written right to left: its slips are right-to-left pages."""
        return self.language in RTL_LANGUAGES

    def page(self, page: int, pages: int) -> str:
        return self._table["page"].format(page=page, pages=pages)

    def date(self, iso: str) -> str:
        """An ISO date or instant as the language writes dates; unchanged if it is not one."""
        from datetime import date

        try:
            day = date.fromisoformat(iso[:10])
        except (TypeError, ValueError):
            return iso or ""
        return day.strftime(DATE_FORMATS.get(self.language, DATE_FORMATS["en"]))


def labels_for_marketplace(code: str | None) -> Labels:
    """The labels in the marketplace's language (English for an unknown marketplace)."""
    market = MARKETPLACES.get((code or "").upper())
    return Labels(market.language if market else "en")
