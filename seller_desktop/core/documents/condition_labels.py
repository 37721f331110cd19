"""An item's condition in the slip's language: "Used – Very good" on a German slip reads
"Gebraucht – Sehr gut".

The store keeps one English spelling (``orders.conditions``); printed documents do not go
through Qt's translations (``labels``), so this small table translates its words. A word not in
the table (a condition a report spelled its own way) is printed as stored.
"""

from __future__ import annotations

from seller_desktop.core.orders.conditions import DASH

#: The English words, in the order of each language's tuple below.
WORDS = (
    "Condition",
    "New",
    "Used",
    "Collectible",
    "Refurbished",
    "Like new",
    "Very good",
    "Good",
    "Acceptable",
    "Poor",
    "Open box",
)
CONDITION_WORDS: dict[str, tuple[str, ...]] = {
    "en": WORDS,
    "de": ("Zustand", "Neu", "Gebraucht", "Sammlerstück", "Generalüberholt", "Wie neu",
           "Sehr gut", "Gut", "Akzeptabel", "Mangelhaft", "Geöffnete Verpackung"),
    "fr": ("État", "Neuf", "D'occasion", "De collection", "Reconditionné", "Comme neuf",
           "Très bon état", "Bon état", "État correct", "Mauvais état", "Emballage ouvert"),
    "it": ("Condizione", "Nuovo", "Usato", "Da collezione", "Ricondizionato", "Come nuovo",
           "Ottime condizioni", "Buone condizioni", "Condizioni accettabili", "Condizioni scarse",
           "Confezione aperta"),
    "es": ("Estado", "Nuevo", "De segunda mano", "De coleccionista", "Reacondicionado",
           "Como nuevo", "Muy bueno", "Bueno", "Aceptable", "Deficiente", "Embalaje abierto"),
    "pt": ("Condição", "Novo", "Usado", "Colecionável", "Recondicionado", "Como novo",
           "Muito bom", "Bom", "Aceitável", "Ruim", "Embalagem aberta"),
    "nl": ("Staat", "Nieuw", "Gebruikt", "Verzamelobject", "Gereviseerd", "Zo goed als nieuw",
           "Zeer goed", "Goed", "Acceptabel", "Matig", "Geopende verpakking"),
    "sv": ("Skick", "Ny", "Begagnad", "Samlarobjekt", "Renoverad", "Som ny", "Mycket bra",
           "Bra", "Godtagbar", "Dålig", "Öppnad förpackning"),
    "pl": ("Stan", "Nowy", "Używany", "Kolekcjonerski", "Odnowiony", "Jak nowy",
           "Bardzo dobry", "Dobry", "Akceptowalny", "Słaby", "Otwarte opakowanie"),
    "tr": ("Durum", "Yeni", "İkinci el", "Koleksiyonluk", "Yenilenmiş", "Yeni gibi", "Çok iyi",
           "İyi", "Kabul edilebilir", "Kötü", "Açık kutu"),
    "ar": ("الحالة", "جديد", "مستعمل", "قطعة لهواة الجمع", "مجدد", "كالجديد", "جيد جدًا",
           "جيد", "مقبول", "سيئ", "علبة مفتوحة"),
    "ja": ("コンディション", "新品", "中古", "コレクター商品", "整備済み品", "ほぼ新品",
           "非常に良い", "良い", "可", "難あり", "開封済み"),
}  # fmt: skip


def shows_condition(stored: str | None) -> bool:
    """Whether a slip prints the condition: only when it is known and not plain New. Nearly
    every line of a seller of new goods is New, and a "New" on every line is noise that hides
    the one used item the packer must check."""
    return bool(stored and stored.strip() and stored.strip() != "New")


def condition_text(stored: str, language: str) -> str:
    """``stored`` ("Used – Very good") with each known word in ``language``, prefixed with the
    language's "Condition:"."""
    words = dict(zip(WORDS, CONDITION_WORDS.get(language, WORDS), strict=True))
    parts = [words.get(part.strip(), part.strip()) for part in stored.split(DASH)]
    return f"{words['Condition']}: {DASH.join(parts)}"
