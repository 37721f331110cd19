"""English: the word lists and rule templates (``patterns.py`` explains the notation)."""

from __future__ import annotations

from seller_desktop.core.wording.patterns import compile_table

LANG = "en"

WORDS = {
    "review": r"reviews?|rev(?:ei|e|i)ws?|ratings?|feedback|testimonials?|stars?|fivestar|write-?ups?",
    "reviewing": r"review\w*|rev(?:ei|e|i)w\w*|rat(?:e|es|ed|ing|ings)|feedback|fivestar|stars?|testimonials?",
    "pos": (
        r"positive|good|great|nice|glowing|excellent|top|best|awesome|amazing|perfect|fantastic"
        r"|stellar|favou?rable|fivestar|full|high|highest|lovely|wonderful|brilliant|outstanding"
        r"|superb|raving|rave|shining|splendid|kind|positively"
    ),
    "ask": (
        r"leav\w*|left|writ\w*|wrote|giv\w*|gave|post\w*|rat(?:e|ing)|drop\w*|shar\w*|submit\w*"
        r"|award\w*|grant\w*|send\w*|put\w*|consider\w*|help\w*|click\w*|tap\w*|hit|select\w*"
        r"|choos\w*|pick\w*|mark\w*|spare"
    ),
    "bad": (
        r"negative|bad|poor|low|critical|unfavou?rable|angry|nasty|unhappy|harsh|one-star|1-star"
        r"|one star|1 star|badly|negatively|poorly"
    ),
    "contact": (
        r"(?:contact\w*|e-?mail\w*|messag\w*|writ\w* to|call\w*|phon\w*|text\w*|reach\w* out to"
        r"|reach\w*|get\w* in touch with|talk\w* to|speak\w* (?:to|with)|tell\w*|let\w*|notify\w*"
        r"|ask\w*|ping|inform\w*|chat\w* with|dm)<_>(?:us|me|our (?:team|support|service))"
        r"|get in touch|our (?:support|customer service|service team)"
        r"|(?:give|let|allow)<_>us<_>(?:a<_>)?(?:chance|opportunity|try|fix|solve|resolve|help"
        r"|make|sort)"
    ),
    "instead": r"before|instead of|rather than|prior to|first|instead",
    "incentive": (
        r"discount\w*|coupon\w*|vouchers?|promo\w*|codes?|refund\w*|money back|money-back"
        r"|cash ?back|reimburs\w*|gift ?cards?|gifts?|free(?:bies?)?\b|bonus\w*|rewards?|prizes?"
        r"|presents?|samples?|give ?-?aways?|raffles?|draws?|sweepstakes?|lottery|lotteries"
        r"|competition|contest|win(?:s|ning)?\b|\d+ ?%|% off|[$€£] ?\d+"
        r"|\d+ ?(?:[$€£]|eur|euros?|usd|dollars?|pounds?)\b"
        r"|(?:extended|extra|lifetime) warranty|warranty extension|compensat\w*|money|cash"
        r"|surprise|something (?:special|extra|nice)|perks?|credit"
    ),
    "connect": (
        r"for|after|in exchange for|in return for|in exchange|once|when|if|as a thank you for"
        r"|as thanks for|to thank you for|upon|with every|with each|with any"
    ),
    "get": (
        r"get|gets|receives?|claims?|win|wins|earns?|enters?|unlocks?|grab|redeem|qualif(?:y|ies)"
        r"|collect|be entered"
        r"|(?:we'll|we will|we|i'll|i will|you'll|you will)<_>(?:\w+<_>)?(?:send|give|refund"
        r"|reimburse|pay|get|receive|mail|ship|offer|gift|reward)"
    ),
    "happy": (
        r"happy|satisfied|pleased|delighted|thrilled|content|enjoy\w*|impressed|glad"
        r"|(?:love|loved|loving|like|liked)<_>(?:it|them|this|that|our|the|your|what|using)"
        r"|had a (?:good|great|positive|nice|pleasant) (?:experience|time)"
        r"|(?:everything|all) (?:is|was|went|arrived) (?:fine|ok|okay|good|great|perfect|well)"
        r"|(?:great|good|positive) experience"
    ),
    "happyq": (
        r"happy|satisfied|pleased|delighted|(?:love|like|enjoy\w*|loving)<_>(?:it|them|this|our)"
    ),
    "shop": (
        r"(?:our|my)<_>(?:own<_>)?(?:online<_>)?(?:shop|store|website|site|webshop|web shop"
        r"|homepage|web store)"
    ),
}

TABLE = [
    ("positive_review", r"\b<pos>(?:[ -]\w+)?[ -](?:<review>)\b"),
    ("positive_review", r"\b(?:<ask>)<g3>fivestar"),
    ("positive_review", r"\bfivestar<g2>\b(?:please|pls|plz|would|will|means?|help\w*|thank\w*)"),
    (
        "positive_review",
        r"\b(?:hop|lov|appreciat|grateful|wish|want|deserv|earn|need)\w*<g4>fivestar",
    ),
    ("positive_review", r"\brat(?:e|ing)\b<g2>(?:highly|high|well|top|best|positively|10|5)\b"),
    (
        "positive_review",
        r"\b(?:tell|show|let)\w*<g3>(?:world|everyone|others|other (?:buyers|customers))<g3>"
        r"(?:how (?:much you (?:love|like)|great|good|happy)|you (?:love|like))",
    ),
    ("review_incentive", r"\b(?:<reviewing>)<g4>(?:<get>)<g6>(?:<incentive>)"),
    ("review_incentive", r"\b(?:<incentive>)<g6>\b(?:<connect>)\b<g4>(?:<reviewing>)"),
    (
        "review_incentive",
        r"\b(?:<reviewing>)<g6>(?:\band\b|\bto\b|\bfor\b|&|\+|\bthen\b)<g3>(?:<get>)<g5>"
        r"(?:<incentive>)",
    ),
    ("review_incentive", r"\b(?:for|after)\b<g3>(?:<reviewing>)<g8>(?:<incentive>)"),
    (
        "review_incentive",
        r"\b(?:send|show|forward|e-?mail|upload)\w*<g3>(?:screenshot|screen shot|link|proof)\w*"
        r"<g3>(?:<reviewing>)",
    ),
    (
        "review_incentive",
        r"\b(?:pay|paid|paying|compensat\w*|reward\w*|offer\w*)<g3>\bfor\b<g3>(?:<reviewing>)",
    ),
    ("review_incentive", r"\b(?:<reviewing>) ?(?:=|->|=>|→|➡|➜) ?(?:\w+<_>){0,3}?(?:<incentive>)"),
    ("review_steering", r"\b(?:<contact>)<g8>\b(?:<instead>)\b<g4>(?:<reviewing>)"),
    (
        "review_steering",
        r"\b(?:before|instead of|rather than|prior to)\b<g6>(?:<reviewing>)<g10>(?:<contact>)",
    ),
    (
        "review_steering",
        r"\b(?:don't|dont|do not|please don't|no need to|avoid|never)\b<g3>"
        r"(?:leav|writ|post|giv|submit|rat|review)\w*<g4>(?:<bad>)(?:<g2>(?:<reviewing>))?",
    ),
    ("review_steering", r"\b(?:<bad>)<g2>(?:<reviewing>) ?[?!:] ?(?:\w+<_>){0,4}?(?:<contact>)"),
    ("review_gating", r"\bif\b<p4>(?:<happy>)\b<g10>(?:<reviewing>)"),
    ("review_gating", r"\b(?:<reviewing>)<g6>\bif\b<p4>(?:<happy>)"),
    (
        "review_gating",
        r"\b(?<!not )(?:<happyq>)(?:<_>\w+){0,4}? ?\?[ ¡¿]*(?:\w+<_>){0,6}?(?:<reviewing>)",
    ),
    (
        "review_gating",
        r"\bonly\b<g3>(?:happy|satisfied|pleased|delighted)<g2>(?:customers|buyers|clients)",
    ),
    (
        "review_gating",
        r"\b(?:happy|satisfied|pleased|delighted)<_>(?:customers|buyers|clients|shoppers)\b<g8>"
        r"(?:<reviewing>)",
    ),
    ("own_shop_discount", r"\b(?:<incentive>)<g8>\b(?:on|at|in|from|via|through)<_>(?:<shop>)"),
    (
        "own_shop_discount",
        r"\b(?:discount|coupon|voucher|code|% off|off)\b<g8>(?!amazon|amzn)\w+\.(?:com|net|org|de|fr"
        r"|es|it|co\.uk|eu|shop|store)\b",
    ),
    (
        "own_shop_discount",
        r"\b(?:discount|coupon|voucher|code|\d+ ?% off)\w*<g6>\b(?:next|future)<_>(?:order|purchase)",
    ),
    (
        "order_direct",
        r"\b(?:order|buy|purchas|shop|reorder)\w*<g2>(?:directly|direct)<_>(?:from|with|at|through|via)<_>(?:us|our)",
    ),
    (
        "order_direct",
        r"\b(?:order|buy|purchas|shop|reorder|find|available|get)\w*<g3>\b(?:on|at|from|via|through|in)<_>(?:<shop>)",
    ),
    ("order_direct", r"\b(?:visit|check out|browse|go to)<_>(?:<shop>)"),
    (
        "email_capture",
        r"\bnews-?letters?\b|\bmailing<_>?lists?\b|\be-?mail<_>lists?\b"
        r"|\b(?:sign|signing)<_>up\b<g4>(?:list|club|updates|offers|news|deals|vip|community)\b"
        r"|\b(?:join|subscrib|register)\w*<g3>(?:club|list|community|vip|insiders|updates)\b"
        r"|\b(?:send|give|share|leave|tell)\w*<_>(?:us|me)<_>(?:your<_>)?(?:e-?mail|address|phone"
        r"|number|whatsapp|contact details)",
    ),
]

SUGGESTIONS = {
    "positive_review": "If you have a moment, we would be grateful for an honest review on Amazon.",
    "review_incentive": "Thank you for your order! An honest review on Amazon helps other buyers.",
    "review_steering": (
        "If anything is wrong with your order, please contact us through Amazon and we will "
        "put it right."
    ),
    "review_gating": "Whatever your experience, we would value your honest review on Amazon.",
    "own_shop_discount": "Thank you for shopping with us on Amazon!",
    "order_direct": "You will find more of our products in our Amazon store.",
    "email_capture": "Questions? Message us any time through your Amazon order page.",
    "outside_link": "Link to your product or store page on Amazon instead.",
}

PATTERNS = compile_table(LANG, WORDS, TABLE)
