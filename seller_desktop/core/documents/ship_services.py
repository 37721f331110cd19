"""Amazon's ship service levels in words, per slip language: a Japanese slip says "お急ぎ便", not
"Expedited". A code the table does not know (a carrier's own service name, a level Amazon adds
later) is printed as it came, and a language the table lacks gets the English words.
"""

from __future__ import annotations

#: Amazon's ship service level codes (the report's ``ship-service-level``), in the order below.
LEVELS = (
    "Standard",
    "Expedited",
    "SecondDay",
    "NextDay",
    "SameDay",
    "Priority",
    "FreeEconomy",
    "Scheduled",
)

_NAMES: dict[str, tuple[str, ...]] = {
    "en": (
        "Standard shipping",
        "Expedited shipping",
        "Two-day delivery",
        "One-day delivery",
        "Same-day delivery",
        "Priority shipping",
        "Free economy shipping",
        "Scheduled delivery",
    ),
    "de": (
        "Standardversand",
        "Expressversand",
        "Zustellung in 2 Tagen",
        "Premiumversand",
        "Lieferung am selben Tag",
        "Prioritätsversand",
        "Kostenloser Economy-Versand",
        "Terminlieferung",
    ),
    "fr": (
        "Livraison standard",
        "Livraison express",
        "Livraison en 2 jours",
        "Livraison en 1 jour",
        "Livraison le jour même",
        "Livraison prioritaire",
        "Livraison économique gratuite",
        "Livraison programmée",
    ),
    "it": (
        "Spedizione standard",
        "Spedizione espressa",
        "Consegna in 2 giorni",
        "Consegna in 1 giorno",
        "Consegna in giornata",
        "Spedizione prioritaria",
        "Spedizione economica gratuita",
        "Consegna programmata",
    ),
    "es": (
        "Envío estándar",
        "Envío urgente",
        "Entrega en 2 días",
        "Entrega en 1 día",
        "Entrega el mismo día",
        "Envío prioritario",
        "Envío económico gratuito",
        "Entrega programada",
    ),
    "pt": (
        "Frete padrão",
        "Frete expresso",
        "Entrega em 2 dias",
        "Entrega em 1 dia",
        "Entrega no mesmo dia",
        "Frete prioritário",
        "Frete econômico grátis",
        "Entrega agendada",
    ),
    "nl": (
        "Standaardverzending",
        "Snelle verzending",
        "Levering binnen 2 dagen",
        "Levering volgende dag",
        "Levering op dezelfde dag",
        "Verzending met voorrang",
        "Gratis voordelige verzending",
        "Geplande levering",
    ),
    "sv": (
        "Standardfrakt",
        "Expressfrakt",
        "Leverans inom 2 dagar",
        "Leverans nästa dag",
        "Leverans samma dag",
        "Prioriterad frakt",
        "Fri ekonomifrakt",
        "Schemalagd leverans",
    ),
    "pl": (
        "Dostawa standardowa",
        "Dostawa ekspresowa",
        "Dostawa w 2 dni",
        "Dostawa następnego dnia",
        "Dostawa tego samego dnia",
        "Dostawa priorytetowa",
        "Darmowa dostawa ekonomiczna",
        "Dostawa w wybranym terminie",
    ),
    "tr": (
        "Standart kargo",
        "Hızlı kargo",
        "2 günde teslimat",
        "Ertesi gün teslimat",
        "Aynı gün teslimat",
        "Öncelikli kargo",
        "Ücretsiz ekonomik kargo",
        "Planlı teslimat",
    ),
    "ar": (
        "الشحن العادي",
        "الشحن السريع",
        "التوصيل خلال يومين",
        "التوصيل في اليوم التالي",
        "التوصيل في نفس اليوم",
        "الشحن ذو الأولوية",
        "الشحن الاقتصادي المجاني",
        "التوصيل المجدول",
    ),
    "ja": (
        "通常配送",
        "お急ぎ便",
        "2日以内にお届け",
        "翌日お届け",
        "当日お急ぎ便",
        "優先配送",
        "無料エコノミー配送",
        "お届け日時指定便",
    ),
}

#: Each level's code folded (case, spaces, hyphens, underscores), as reports spell it variously.
_INDEX = {code.lower(): n for n, code in enumerate(LEVELS)}


def _fold(code: str) -> str:
    return "".join(ch for ch in code.lower() if ch not in " -_")


def ship_service_name(code: str | None, language: str) -> str:
    """The service level ``code`` in words in ``language``; the code itself when it is not one of
    Amazon's levels, "" for none."""
    raw = (code or "").strip()
    index = _INDEX.get(_fold(raw))
    if index is None:
        return raw
    return _NAMES.get(language, _NAMES["en"])[index]
