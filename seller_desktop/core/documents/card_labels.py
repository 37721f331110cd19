"""The few words an insert card prints itself ("Your code", "Valid until …", "Order"), in the
card's language — the language of the text it prints (``Card.language``), not the buyer's
marketplace: a Japanese buyer's card that fell back to English text has English labels. The
headline and text are the seller's own.
"""

from __future__ import annotations

from seller_desktop.core.documents.labels import Labels

CARD_LABELS: dict[str, dict[str, str]] = {
    "en": {"your_code": "Your code", "valid_until": "Valid until {date}", "order": "Order"},
    "de": {"your_code": "Ihr Code", "valid_until": "Gültig bis {date}", "order": "Bestellung"},
    "fr": {
        "your_code": "Votre code",
        "valid_until": "Valable jusqu’au {date}",
        "order": "Commande",
    },
    "it": {"your_code": "Il tuo codice", "valid_until": "Valido fino al {date}", "order": "Ordine"},
    "es": {"your_code": "Tu código", "valid_until": "Válido hasta el {date}", "order": "Pedido"},
    "pt": {"your_code": "Seu código", "valid_until": "Válido até {date}", "order": "Pedido"},
    "nl": {"your_code": "Je code", "valid_until": "Geldig tot {date}", "order": "Bestelling"},
    "sv": {"your_code": "Din kod", "valid_until": "Giltig till {date}", "order": "Order"},
    "pl": {"your_code": "Twój kod", "valid_until": "Ważny do {date}", "order": "Zamówienie"},
    "tr": {"your_code": "Kodunuz", "valid_until": "Son geçerlilik: {date}", "order": "Sipariş"},
    "ar": {"your_code": "رمزك", "valid_until": "صالح حتى {date}", "order": "الطلب"},
    "ja": {"your_code": "コード", "valid_until": "有効期限：{date}", "order": "注文番号"},
}


class CardLabels:
    """The labels of one card language (English for a language the table lacks); ``base.rtl``
    says whether the card reads right to left."""

    def __init__(self, language: str) -> None:
        self.base = Labels(language)
        self.table = {**CARD_LABELS["en"], **CARD_LABELS.get(self.base.language, {})}

    def __getitem__(self, key: str) -> str:
        return self.table[key]

    def valid_until(self, iso: str) -> str:
        return self.table["valid_until"].format(date=self.base.date(iso))

    @property
    def thank_you(self) -> str:
        return self.base["thank_you"]
