"""French: the word lists and rule templates (``patterns.py`` explains the notation)."""

from __future__ import annotations

from seller_desktop.core.wording.patterns import compile_table

LANG = "fr"

_AMAZON_AFTER = r"(?!<_>(?:sur<_>|chez<_>)?amazon)"

WORDS = {
    "review": r"avis|commentaires?|evaluations?|critiques?|fivestar|temoignages?|review|feedback",
    "review2": r"avis|commentaires?|evaluations?|notes?|notations?|fivestar|retours?|temoignages?",
    "reviewing": (
        r"avis|commentaires?|evaluations?|notes?|notations?|critiques?|fivestar|retours?"
        r"|temoignages?|review|feedback|not(?:e|ez|er|ant)\b|evalu\w*|comment(?:er|ez)"
    ),
    "pos": (
        r"positi(?:f|fs|ve|ves)|bon(?:ne|s|nes)?|excellent\w*|super|top|meilleur\w*"
        r"|favorable\w*|elogieu\w*|fivestar|tres bon\w*|parfait\w*|genial\w*|maximal\w*|maximum"
        r"|belle?s?|beaux|formidable\w*|superbe\w*|extraordinaire\w*|haute?s?|incroyable\w*"
        r"|dithyrambique\w*|chaleureu\w*|enthousiaste\w*"
    ),
    "ask": (
        r"laiss\w*|ecri\w*|aid\w*|donn\w*|mett\w*|not\w*|attribu\w*|publi\w*|accord\w*|offr\w*"
    ),
    "bad": (
        r"negati\w*|mauvais\w*|critique\w*|defavorable\w*|une etoile|1 etoile|faible\w*"
        r"|basse\w*|mecontent\w*"
    ),
    "contact": (
        r"(?:contact\w*|ecri\w*|appel\w*|envoy\w*|joign\w*|previen\w*|parl\w*|dites|informe\w*"
        r"|signal\w*)<g2>\bnous\b|nous (?:contacter|ecrire|joindre|appeler)"
        r"|notre (?:service client|sav|support)|service client"
        r"|(?:laiss|donn)\w*<_>nous<g2>(?:chance|occasion|possibilite|resoudre|regler"
        r"|corriger|arranger)"
    ),
    "instead": r"avant (?:de|d|que)|plutot que|au lieu (?:de|d)|d'abord|en premier|avant tout",
    "incentive": (
        r"bons? d'achat|bons? de reduction|codes?\b(?! ?-?qr)|reduc\w*|remise\w*|rabais"
        r"|rembours\w*|cadeau\w*|gratuit\w*|offert\w*|tirage\w*|concours|jeu-concours|loterie"
        r"|gagn\w*|echantillon\w*|carte-?cadeau|prime\w*|recompens\w*|\d+ ?%|[€$] ?\d+"
        r"|\d+ ?(?:€|euros?|eur)\b|surprise\w*|geste commercial|garantie (?:prolongee|etendue)"
        r"|argent|cashback|bonus"
    ),
    "connect": (
        r"pour|apres|il suffit de|suffit de|en echange d\w*|contre|des que|une fois|si|quand|lorsque"
        r"|en remerciement d\w*|en contrepartie d\w*|a chaque|pour chaque|moyennant"
        r"|en (?:laissant|ecrivant|publiant|donnant|postant|notant)"
    ),
    "get": (
        r"recev\w*|recoi\w*|obten\w*|gagn\w*|profit\w*|beneficie\w*|particip\w*"
        r"|vous (?:recevrez|obtiendrez|gagnerez|aurez)"
        r"|(?:nous|je)<_>(?:vous<_>)?(?:\w+<_>)?(?:envoy\w*|offr\w*|rembours\w*|donn\w*|ferons"
        r"|enverrons)"
    ),
    "happy": (
        r"satisfait\w*|content\w*|heureu\w*|ravi\w*|aime\w*|plu|plait|adore\w*|convaincu\w*"
        r"|enchante\w*|tout (?:va|est|s'est) bien|tout est (?:ok|parfait|en ordre)"
        r"|bonne experience|experience positive"
    ),
    "happyq": r"satisfait\w*|content\w*|ravi\w*|convaincu\w*|vous aimez|vous l'aimez",
    "shop": (
        r"(?:notre|nos|mon|ma)<_>(?:propre<_>)?(?:site|boutique|e-?shop|magasin|site web"
        r"|site internet|page web|boutique en ligne)\w*" + _AMAZON_AFTER
    ),
}

TABLE = [
    ("positive_review", r"\b(?:<pos>)(?:[ -]\w+)?[ -](?:<review>)\b"),
    ("positive_review", r"\b(?:<review2>)(?:[ -]\w+)?[ -](?:<pos>)\b"),
    ("positive_review", r"\b(?:<ask>)<g3>fivestar"),
    (
        "positive_review",
        r"\bfivestar<g2>\b(?:svp|s'il vous plait|merci|serait|seraient|aiderait|nous aide\w*)",
    ),
    (
        "positive_review",
        r"\bnot\w*<g2>\b(?:avec<_>)?(?:fivestar|positivement|favorablement|au maximum)",
    ),
    ("positive_review", r"\b(?:esper|souhait|aimer|adorer|ravi|reconnaiss)\w*<g5>fivestar"),
    ("review_incentive", r"\b(?:<reviewing>)<g4>(?:<get>)<g6>(?:<incentive>)"),
    ("review_incentive", r"\b(?:<incentive>)<g6>\b(?:<connect>)\b<g4>(?:<reviewing>)"),
    (
        "review_incentive",
        r"\b(?:<reviewing>)<g8>(?:\bet\b|\bpour\b|&|\+)<g4>(?:<get>)<g5>(?:<incentive>)",
    ),
    ("review_incentive", r"\b(?:<reviewing>)<g8>\bet\b<g6>(?:<incentive>)"),
    ("review_incentive", r"\b(?:pour|apres)\b<g3>(?:<reviewing>)<g8>(?:<incentive>)"),
    ("review_incentive", r"\b(?:capture d'ecran|capture|screenshot|lien)\w*<g4>(?:<reviewing>)"),
    (
        "review_incentive",
        r"\b(?:pay\w*|remuner\w*|recompens\w*|offr\w*|propos\w*)<g3>\b(?:pour|contre|en echange d\w*)"
        r"\b<g3>(?:<reviewing>)",
    ),
    ("review_incentive", r"\b(?:<reviewing>) ?(?:=|->|=>|→|➡|➜) ?(?:\w+<_>){0,3}?(?:<incentive>)"),
    ("review_steering", r"\b(?:<contact>)<g8>\b(?:<instead>)\b<g5>(?:<reviewing>)"),
    (
        "review_steering",
        r"\b(?:avant (?:de|d|que)|plutot que|au lieu (?:de|d))\b<g6>(?:<reviewing>)<g10>(?:<contact>)",
    ),
    (
        "review_steering",
        r"\bne\b<g2>(?:laiss|mett|ecri|donn|publi)\w*<g2>\bpas\b<g4>(?:<bad>|<reviewing>)",
    ),
    ("review_steering", r"\bevit\w*<g4>(?:<review2>)<_>(?:<bad>)"),
    ("review_steering", r"\b(?:<review2>)<_>(?:<bad>) ?[?!:] ?(?:\w+<_>){0,4}?(?:<contact>)"),
    ("review_gating", r"\bsi\b<p4>(?:<happy>)<g10>(?:<reviewing>)"),
    ("review_gating", r"\b(?:<reviewing>)<g6>\bsi\b<p4>(?:<happy>)"),
    (
        "review_gating",
        r"\b(?<!pas )(?:<happyq>)(?:<_>\w+){0,4}? ?\?[ ¡¿]*(?:\w+<_>){0,6}?(?:<reviewing>)",
    ),
    ("review_gating", r"\bseul\w*<g3>(?:clients|acheteurs)<_>(?:satisfaits|contents|heureux)"),
    (
        "review_gating",
        r"\b(?:clients|acheteurs)<_>(?:satisfaits|contents|heureux)\b<g8>(?:<reviewing>)",
    ),
    ("own_shop_discount", r"\b(?:<incentive>)<g8>\b(?:sur|dans|chez|via|en)<_>(?:<shop>)"),
    ("own_shop_discount", r"\b(?:<incentive>)<g6>\b(?:prochaine?s?|futur\w*)<_>(?:commande|achat)"),
    (
        "own_shop_discount",
        r"\b(?:reduc\w*|remise|code|bon)\w*<g8>(?!amazon|amzn)\w+\.(?:com|net|fr|be|ch|eu|shop|store)\b",
    ),
    (
        "order_direct",
        r"\b(?:command\w*|achet\w*)<g3>\bdirectement\b<g2>(?:chez nous|aupres de nous|sur (?:<shop>))",
    ),
    (
        "order_direct",
        r"\b(?:command\w*|achet\w*|disponible\w*|trouv\w*|visit\w*|rend\w* visite)<g3>\b"
        r"(?:sur|dans|chez|via)<_>(?:<shop>)",
    ),
    ("order_direct", r"\bvisit\w*<_>(?:<shop>)"),
    (
        "email_capture",
        r"\bnews-?letter\w*|\blettre d'information\w*"
        r"|\b(?:inscri\w*|abonn\w*|rejoign\w*)<g4>(?:club|liste|communaute|vip|lettre)"
        r"|\b(?:envoy|donn|communiqu|laiss)\w*<g2>\bnous\b<g2>(?:e-?mail|adresse|numero"
        r"|telephone|whatsapp|coordonnees)",
    ),
]

SUGGESTIONS = {
    "positive_review": "Si vous avez un moment, un avis honnête sur Amazon nous aiderait beaucoup.",
    "review_incentive": (
        "Merci pour votre commande ! Un avis honnête sur Amazon aide les autres acheteurs."
    ),
    "review_steering": (
        "En cas de problème avec votre commande, contactez-nous via Amazon : nous trouverons "
        "une solution."
    ),
    "review_gating": (
        "Quelle que soit votre expérience, votre avis honnête sur Amazon compte pour nous."
    ),
    "own_shop_discount": "Merci pour votre achat sur Amazon !",
    "order_direct": "Retrouvez nos autres produits dans notre boutique Amazon.",
    "email_capture": (
        "Une question ? Écrivez-nous à tout moment depuis la page de votre commande Amazon."
    ),
    "outside_link": ("Mettez plutôt un lien vers votre page produit ou votre boutique sur Amazon."),
}

PATTERNS = compile_table(LANG, WORDS, TABLE)
