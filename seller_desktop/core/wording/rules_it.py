"""Italian: the word lists and rule templates (``patterns.py`` explains the notation)."""

from __future__ import annotations

from seller_desktop.core.wording.patterns import compile_table

LANG = "it"

_AMAZON_AFTER = r"(?!<_>(?:su<_>|di<_>)?amazon)"

WORDS = {
    "review": (
        r"recension\w*|valutazion\w*|opinion\w*|comment[oi]|giudizi\w*|vot[oi]|fivestar"
        r"|review\w*|feedback|stelle|punteggi\w*"
    ),
    "reviewing": (
        r"recensi\w*|valut\w*|opinion\w*|comment\w*|giudizi\w*|vot\w*|fivestar|review\w*"
        r"|feedback|stelle|punteggi\w*"
    ),
    "pos": (
        r"positiv\w*|buon[aoe]?|ottim\w*|eccellent\w*|fivestar|massim\w*|bell[aoe]|belli"
        r"|favorevol\w*|perfett\w*|alt[oaie]|fantastic\w*|splendid\w*|super|top|stupend\w*"
        r"|entusiast\w*|migliore?i?\b"
    ),
    "ask": (
        r"lasci\w*|scriv\w*|aiut\w*|da(?:i|cci|re|teci)\b|mett\w*|valut\w*|pubblic\w*|assegn\w*"
        r"|regal\w*|condivid\w*"
    ),
    "bad": (
        r"negativ\w*|cattiv\w*|brutt\w*|scars\w*|bass[aoie]|critic\w*|una stella|1 stella"
        r"|sfavorevol\w*"
    ),
    "contact": (
        r"contatt\w*ci|scriv\w*ci|chiam\w*ci|mandaci|inviaci|avvisaci|fateci sapere|facci sapere"
        r"|(?:contatt|scriv|rivolg|chiam)\w*<g2>\b(?:noi|a noi)\b|servizio clienti|assistenza"
        r"|(?:dacci|dateci)<g2>(?:opportunita|possibilita|modo)"
    ),
    "instead": r"prima di|invece di|anziche|piuttosto che|prima",
    "incentive": (
        r"scont\w*|(?:un|il)<_>buono\b|buon[io] (?:sconto|regalo|acquisto|amazon)|coupon"
        r"|codic\w*(?! ?-?qr)|rimbors\w*|regal\w*|omaggi\w*|gratis|gratuit\w*|estrazion\w*"
        r"|concors\w*|premio|premi in palio|vinc\w*|campion\w*|\d+ ?%|[€$] ?\d+"
        r"|\d+ ?(?:€|euro|eur)\b|sorpres\w*|ricompens\w*|garanzia (?:estesa|prolungata)|cashback"
        r"|bonus|denaro|soldi"
    ),
    "connect": (
        r"per|dopo|basta|ti basta|e sufficiente|in cambio di|in cambio|a fronte di|quando|se|come ringraziamento per"
        r"|per ogni|con ogni|una volta|lasciando|scrivendo|pubblicando"
    ),
    "get": (
        r"ricev\w*|ottien\w*|otten\w*|vinc\w*|partecip\w*"
        r"|(?:invieremo|regaleremo|rimborseremo|daremo)"
        r"|(?:ti|vi|le)<_>(?:\w+<_>)?(?:invier\w*|regaler\w*|rimborser\w*|dar\w*|mander\w*"
        r"|spedir\w*)"
    ),
    "happy": (
        r"soddisfatt\w*|content[oaie]|felic\w*|piaciut\w*|piace|piacciono|amat[oaie]|ami|adori"
        r"|adorato|entusiast\w*|tutto (?:e andato|e|va) (?:bene|ok|perfetto)|bella esperienza"
        r"|esperienza positiva"
    ),
    "happyq": r"soddisfatt[oaie]|content[oaie]|ti piace|vi piace|ti e piaciuto",
    "shop": (
        r"(?:nostr[oaie]|mi[oa])<_>(?:propri[oa]<_>)?(?:negozio|sito|shop|sito web|e-?shop"
        r"|store|negozio online|pagina)\w*" + _AMAZON_AFTER
    ),
}

TABLE = [
    ("positive_review", r"\b(?:<pos>)(?:[ -]\w+)?[ -](?:<review>)\b"),
    ("positive_review", r"\b(?:<review>)(?:[ -]\w+)?[ -](?:<pos>)"),
    ("positive_review", r"\b(?:<ask>)<g3>fivestar"),
    ("positive_review", r"\bfivestar<g2>\b(?:per favore|grazie|ci aiut\w*|sarebbe\w*)"),
    (
        "positive_review",
        r"\b(?:valut|vot)\w*<g2>(?:con<_>)?(?:fivestar|positivamente|al massimo|molto bene)",
    ),
    ("positive_review", r"\b(?:sper|piacere|grat|felic)\w*<g5>fivestar"),
    ("review_incentive", r"\b(?:<reviewing>)<g4>(?:<get>)<g6>(?:<incentive>)"),
    ("review_incentive", r"\b(?:<incentive>)<g6>\b(?:<connect>)\b<g4>(?:<reviewing>)"),
    (
        "review_incentive",
        r"\b(?:<reviewing>)<g8>(?:\be\b|\bper\b|&|\+)<g4>(?:<get>)<g5>(?:<incentive>)",
    ),
    ("review_incentive", r"\b(?:<reviewing>)<g8>\be\b<g6>(?:<incentive>)"),
    ("review_incentive", r"\b(?:per|dopo)\b<g3>(?:<reviewing>)<g8>(?:<incentive>)"),
    ("review_incentive", r"\b(?:screenshot|schermata|link)\w*<g4>(?:<reviewing>)"),
    ("review_incentive", r"\b(?:pag\w*|offr\w*|ricompens\w*)<g3>\bper\b<g3>(?:<reviewing>)"),
    ("review_incentive", r"\b(?:<reviewing>) ?(?:=|->|=>|→|➡|➜) ?(?:\w+<_>){0,3}?(?:<incentive>)"),
    ("review_steering", r"\b(?:<contact>)<g8>\b(?:<instead>)\b<g5>(?:<reviewing>)"),
    (
        "review_steering",
        r"\b(?:prima di|invece di|anziche|piuttosto che)\b<g6>(?:<reviewing>)<g10>(?:<contact>)",
    ),
    ("review_steering", r"\bnon\b<g1>(?:lasci|scriv|mett|pubblic|da|dar|valut)\w*<g4>(?:<bad>)"),
    ("review_steering", r"\b(?:<review>)<_>(?:<bad>) ?[?!:] ?(?:\w+<_>){0,4}?(?:<contact>)"),
    ("review_gating", r"\bse\b<p4>(?:<happy>)<g10>(?:<reviewing>)"),
    ("review_gating", r"\b(?:<reviewing>)<g6>\bse\b<p4>(?:<happy>)"),
    (
        "review_gating",
        r"\b(?<!non )(?:<happyq>)(?:<_>\w+){0,4}? ?\?[ ¡¿]*(?:\w+<_>){0,6}?(?:<reviewing>)",
    ),
    ("review_gating", r"\bsolo\b<g3>clienti<_>(?:soddisfatti|contenti|felici)"),
    ("review_gating", r"\bclienti<_>(?:soddisfatti|contenti|felici)\b<g8>(?:<reviewing>)"),
    (
        "own_shop_discount",
        r"\b(?:<incentive>)<g8>\b(?:sul|nel|dal|tramite|presso|in|su|da)<_>(?:<shop>)",
    ),
    (
        "own_shop_discount",
        r"\b(?:<incentive>)<g6>\b(?:prossim[oa]|futur[oa])<_>(?:ordine|acquisto)",
    ),
    (
        "own_shop_discount",
        r"\b(?:scont|codic|coupon)\w*<g8>(?!amazon|amzn)\w+\.(?:com|net|it|eu|shop|store)\b",
    ),
    (
        "order_direct",
        r"\b(?:ordin|acquist|compr)\w*<g3>\bdirettamente\b<g2>(?:da noi|presso di noi|sul (?:<shop>))",
    ),
    (
        "order_direct",
        r"\b(?:ordin|acquist|compr|disponibil|trov|visit)\w*<g3>\b(?:sul|nel|dal|tramite|presso|in|su)"
        r"<_>(?:<shop>)",
    ),
    ("order_direct", r"\bvisit\w*<_>(?:il<_>)?(?:<shop>)"),
    (
        "email_capture",
        r"\bnews-?letter\w*|\bmailing list\b|\blista (?:e-?mail|di distribuzione)"
        r"|\b(?:iscriv|abbon|unisciti|entra)\w*<g4>(?:club|lista|community|vip)"
        r"|\b(?:invia|manda|lascia|comunica|da)\w*ci<g2>(?:e-?mail|indirizzo|numero|telefono"
        r"|whatsapp)",
    ),
]

SUGGESTIONS = {
    "positive_review": "Se hai un momento, ti saremmo grati per una recensione sincera su Amazon.",
    "review_incentive": (
        "Grazie per il tuo ordine! Una recensione sincera su Amazon aiuta gli altri acquirenti."
    ),
    "review_steering": (
        "Se qualcosa non va con il tuo ordine, contattaci tramite Amazon e lo risolveremo."
    ),
    "review_gating": (
        "Qualunque sia la tua esperienza, la tua recensione sincera su Amazon è preziosa per noi."
    ),
    "own_shop_discount": "Grazie per aver acquistato da noi su Amazon!",
    "order_direct": "Trovi altri nostri prodotti nel nostro negozio Amazon.",
    "email_capture": "Domande? Scrivici quando vuoi dalla pagina del tuo ordine su Amazon.",
    "outside_link": (
        "Inserisci invece un link alla pagina del prodotto o al tuo negozio su Amazon."
    ),
}

PATTERNS = compile_table(LANG, WORDS, TABLE)
