"""German: the word lists and rule templates (``patterns.py`` explains the notation)."""

from __future__ import annotations

from seller_desktop.core.wording.patterns import compile_table

LANG = "de"

_AMAZON_AFTER = r"(?!<_>(?:auf<_>|bei<_>)?amazon)"

WORDS = {
    "review": r"\w*(?:bewertung|rezension|review|feedback|rating)\w*|fivestar\w*|sterne?n?",
    "reviewing": r"\w*(?:bewert|rezension|rezensier|review|feedback|rating)\w*|fivestar\w*|sterne?n?",
    "pos": (
        r"positiv\w*|gut(?:e|en|er|es)?|super|toll\w*|top|beste?n?|bester|bestes"
        r"|hervorragend\w*|ausgezeichnet\w*|sehr gut\w*|fivestar|volle?n?|voller|perfekt\w*"
        r"|hohe?n?|hoher|hoch|glanzend\w*|prima|spitze|klasse|wohlwollend\w*|begeistert\w*"
    ),
    "ask": (
        r"hinterlass\w*|lass\w*|helf\w*|hilf\w*|schreib\w*|geb\w*|gib|vergeb\w*|verteil\w*|post\w*|teil\w*"
        r"|abgeb\w*|bewert\w*|klick\w*|schenk\w*|spendier\w*"
    ),
    "bad": (
        r"negativ\w*|schlecht\w*|mies\w*|kritisch\w*|ein-?stern\w*|1-stern\w*|1 stern\w*"
        r"|einen stern|unzufrieden\w*|bose\w*|niedrig\w*"
    ),
    "contact": (
        r"(?:kontaktier\w*|schreib\w*|meld\w*|ruf\w*|wend\w*|sprech\w*|mail\w*|e-mail\w*"
        r"|informier\w*|sag\w*|gib|geb\w*|kontakt\w*)<g4>\b(?:uns|mir)\b"
        r"|lass\w*<_>(?:es<_>)?uns<g2>(?:wissen|losen|helfen|klaren)"
        r"|kundenservice|kundendienst|support|nachricht an uns|uns eine nachricht"
        r"|(?:gib|geb\w*)<_>uns<g2>(?:chance|gelegenheit|moglichkeit)"
    ),
    "instead": (
        r"bevor|anstatt|statt|stattdessen|vor (?:der|dem|einer|einem|ihrer|ihrem|deiner|deinem)"
        r"|zuerst|erst|zunachst"
    ),
    "incentive": (
        r"\w*gutschein\w*|\w*rabatt\w*|coupon\w*|(?<!qr-)(?<!qr )\w*code\b|\w*erstatt\w*"
        r"|geld zuruck|geld-zuruck|cashback|\w*geschenk\w*|gratis\w*|kostenlos\w*|umsonst"
        r"|pramie\w*|belohn\w*|verlos\w*|gewinnspiel\w*|gewinn\w*|preisnachlass|dankeschon"
        r"|uberraschung\w*|bonus\w*|garantieverlanger\w*|\d+ ?%|[€$] ?\d+|\d+ ?(?:€|euro|eur)\b"
        r"|probe\w*|muster\w*|vergutung|gutschrift\w*|nachlass|geld|vergut\w*"
    ),
    "connect": (
        r"fur|nach|gegen|es genugt|dafur einfach|als dank fur|als dankeschon fur|im austausch (?:fur|gegen)|sobald|wenn"
        r"|bei|zu|indem"
    ),
    "get": (
        r"erhalt\w*|bekomm\w*|sicher\w*|gewinn\w*|kassier\w*|hol\w*|nehm\w*|gibt es|gibts|winkt"
        r"|wartet|(?:wir|ich)<_>(?:\w+<_>)?(?:schick\w*|send\w*|erstatt\w*|schenk\w*|geb\w*"
        r"|zahl\w*)"
    ),
    "happy": (
        r"zufrieden\w*|glucklich\w*|begeistert\w*|gefall\w*|gefallt|gefiel|uberzeugt\w*|freude"
        r"|mogen|magst|mag|lieben|liebst|liebe|positiv\w* erfahrung\w*|gut angekommen"
        r"|alles (?:gut|ok|okay|in ordnung|bestens|prima|super|perfekt)"
    ),
    "happyq": r"zufrieden|glucklich|begeistert|gefallt (?:es|dir|ihnen)|gefallen",
    "shop": (
        r"(?:unser\w*|mein\w*)<_>(?:eigen\w*<_>)?(?:online-?shop|shop|webshop|website|webseite"
        r"|homepage|internetseite|seite|online-?store|store)\w*"
        + _AMAZON_AFTER
        + r"|im<_>(?:online-?)?shop"
        + _AMAZON_AFTER
    ),
}

TABLE = [
    ("positive_review", r"\b(?:<pos>)(?:[ -]\w+)?[ -](?:<review>)"),
    (
        "positive_review",
        r"\b(?:top|positiv|best|spitzen|super|gut|volle?)-?(?:bewertung|rezension|sterne)\w*",
    ),
    ("positive_review", r"\b(?:<ask>)<g4>fivestar"),
    ("positive_review", r"\bfivestar\w*<g3>(?:bitte|freuen|dankbar|helfen|wurden|waren|wunsch\w*)"),
    ("positive_review", r"\b(?:freu\w*|dankbar|hoff\w*|wunsch\w*|verdien\w*)<g5>fivestar"),
    (
        "positive_review",
        r"\bbewert\w*<g3>(?:mit<_>)?(?:fivestar|positiv|gut|sehr gut|bestens|top|hoch)\b",
    ),
    ("review_incentive", r"\b(?:<reviewing>)<g4>(?:<get>)<g6>(?:<incentive>)"),
    ("review_incentive", r"\b(?:<incentive>)<g6>\b(?:<connect>)\b<g4>(?:<reviewing>)"),
    (
        "review_incentive",
        r"\b(?:<reviewing>)<g8>(?:\bund\b|\bum\b|&|\+|\bdann\b)<g6>(?:<incentive>)",
    ),
    ("review_incentive", r"\b(?:fur|nach)\b<g3>(?:<reviewing>)<g8>(?:<incentive>)"),
    (
        "review_incentive",
        r"\b(?:screenshot|bildschirmfoto|link)\w*<g4>(?:<reviewing>)"
        r"|\b(?:<reviewing>)<g4>(?:screenshot|bildschirmfoto)",
    ),
    (
        "review_incentive",
        r"\b(?:bezahl\w*|zahl\w*|vergut\w*|belohn\w*|biet\w*)<g3>\b(?:fur|gegen)\b<g3>(?:<reviewing>)",
    ),
    ("review_incentive", r"\b(?:<reviewing>) ?(?:=|->|=>|→|➡|➜) ?(?:\w+<_>){0,3}?(?:<incentive>)"),
    ("review_steering", r"\b(?:<contact>)<g8>\b(?:<instead>)\b<g5>(?:<reviewing>)"),
    (
        "review_steering",
        r"\b(?:bevor|anstatt|statt|vor (?:der|dem|einer|einem|ihrer|ihrem))\b<g6>(?:<reviewing>)"
        r"<g10>(?:<contact>)",
    ),
    ("review_steering", r"\b(?:keine|nicht)\b<g3>(?:<bad>)<g2>(?:<reviewing>)"),
    ("review_steering", r"\b(?:<reviewing>)<g3>\b(?:nicht|keine?)\b<_>(?:<bad>)"),
    ("review_steering", r"\b(?:<bad>)<g2>(?:<reviewing>) ?[?!:] ?(?:\w+<_>){0,4}?(?:<contact>)"),
    (
        "review_gating",
        r"\b(?:wenn|falls|sofern|solltest|sollten)\b<p4>(?:<happy>)\b<g10>(?:<reviewing>)",
    ),
    ("review_gating", r"\b(?:<reviewing>)<g6>\b(?:wenn|falls|sofern)\b<p4>(?:<happy>)"),
    (
        "review_gating",
        r"\b(?<!nicht )(?:<happyq>)(?:<_>\w+){0,4}? ?\?[ ¡¿]*(?:\w+<_>){0,6}?(?:<reviewing>)",
    ),
    ("review_gating", r"\bnur\b<g3>zufrieden\w*<g2>(?:kunden|kaufer)\w*"),
    ("review_gating", r"\bzufrieden\w*<_>(?:kunden|kaufer)\w*<g8>(?:<reviewing>)"),
    ("own_shop_discount", r"\b(?:<incentive>)<g8>\b(?:in|auf|bei|uber|im)<_>(?:<shop>)"),
    ("own_shop_discount", r"\b(?:<incentive>)<g8>\bim<_>(?:online-?)?shop\b" + _AMAZON_AFTER),
    (
        "own_shop_discount",
        r"\b(?:<incentive>)<g6>\b(?:nachste\w*|kommende\w*)<_>(?:bestellung|einkauf|kauf)",
    ),
    (
        "own_shop_discount",
        r"\b(?:rabatt|gutschein|code)\w*<g8>(?!amazon|amzn)\w+\.(?:com|net|de|at|ch|eu|shop|store)\b",
    ),
    ("order_direct", r"\b(?:bestell\w*|kauf\w*|einkauf\w*)<g3>\bdirekt\b<g2>\b(?:bei|von)<_>uns"),
    ("order_direct", r"\bdirekt<_>(?:bei|von)<_>uns<g3>(?:bestell\w*|kauf\w*)"),
    (
        "order_direct",
        r"\b(?:bestell\w*|kauf\w*|erhaltlich|finden|besuch\w*)<g3>\b(?:in|auf|bei|uber|im)<_>(?:<shop>)",
    ),
    ("order_direct", r"\b(?:<shop>)<g4>(?:bestell\w*|kauf\w*|erhaltlich|besuch\w*)"),
    (
        "email_capture",
        r"\bnews-?letter\w*|\bmailing-?liste\w*|\be-?mail-?liste\w*|\bverteiler\w*"
        r"|\b(?:anmeld\w*|abonnier\w*|registrier\w*|eintrag\w*)<g4>(?:club|liste|community|vip)"
        r"|\b(?:schick\w*|send\w*|geb\w*|teil\w*|nenn\w*)<g2>\buns\b<g2>(?:e-?mail\w*|adresse"
        r"|telefonnummer|nummer|whatsapp)",
    ),
]

SUGGESTIONS = {
    "positive_review": (
        "Wenn Sie einen Moment Zeit haben, freuen wir uns über eine ehrliche Bewertung auf Amazon."
    ),
    "review_incentive": (
        "Vielen Dank für Ihre Bestellung! Eine ehrliche Bewertung auf Amazon hilft anderen Käufern."
    ),
    "review_steering": (
        "Falls mit Ihrer Bestellung etwas nicht stimmt, kontaktieren Sie uns bitte über Amazon – "
        "wir kümmern uns darum."
    ),
    "review_gating": (
        "Wie auch immer Ihre Erfahrung war: Wir freuen uns über Ihre ehrliche Bewertung auf Amazon."
    ),
    "own_shop_discount": "Vielen Dank für Ihren Einkauf bei uns auf Amazon!",
    "order_direct": "Weitere Produkte von uns finden Sie in unserem Amazon-Shop.",
    "email_capture": "Fragen? Schreiben Sie uns jederzeit über Ihre Bestellübersicht bei Amazon.",
    "outside_link": "Verlinken Sie stattdessen Ihre Produkt- oder Shopseite auf Amazon.",
}

PATTERNS = compile_table(LANG, WORDS, TABLE)
