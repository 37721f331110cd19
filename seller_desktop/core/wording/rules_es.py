"""Spanish: the word lists and rule templates (``patterns.py`` explains the notation)."""

from __future__ import annotations

from seller_desktop.core.wording.patterns import compile_table

LANG = "es"

_AMAZON_AFTER = r"(?!<_>(?:en<_>|de<_>)?amazon)"

WORDS = {
    "review": (
        r"resenas?|opinion\w*|valoracion\w*|comentarios?|calificacion\w*|puntuacion\w*"
        r"|evaluacion\w*|fivestar|review\w*|feedback|estrellas"
    ),
    "reviewing": (
        r"resen\w*|opin\w*|valoracion\w*|comentarios?|calificacion\w*|puntuacion\w*"
        r"|evaluacion\w*|fivestar|review\w*|feedback|estrellas|valor(?:a|e|ar|en|ad)\w*"
        r"|califi\w*|puntu\w*"
    ),
    "pos": (
        r"positiv\w*|buen\w*|excelente\w*|fivestar|mejor(?:es)?\b|genial\w*|favorable\w*"
        r"|maxim\w*|perfect\w*|estupend\w*|alt[ao]s?|increible\w*|fantastic\w*|brillante\w*"
        r"|magnific\w*|top"
    ),
    "ask": (
        r"dej\w*|escrib\w*|ayud\w*|d(?:a|e|ar|anos|enos|arnos)\b|pon\w*|valor\w*|califi\w*|puntu\w*"
        r"|publi\w*|otorg\w*|regal\w*|compart\w*"
    ),
    "bad": (
        r"negativ\w*|mal[ao]s?|mal\b|pesim\w*|critic\w*|baj[ao]s?|una estrella|1 estrella"
        r"|desfavorable\w*"
    ),
    "contact": (
        r"(?:contact|escrib|llam|comunic|avis|envi|habl|dig|inform)\w*(?:nos|enos|anos|arnos)\b"
        r"|(?:contact|comunic|habl)\w*<g2>(?:con<_>)?nosotros|pon\w*<_>en<_>contacto"
        r"|servicio (?:al|de) cliente\w*|(?:den|danos|denos|dadnos)<g2>(?:oportunidad|posibilidad)"
    ),
    "instead": r"antes de|antes que|en lugar de|en vez de|primero|antes",
    "incentive": (
        r"descuento\w*|cupon\w*|codigo\w*(?! ?-?qr)|reembols\w*|dinero|regal\w*|gratis"
        r"|gratuit\w*|sorteo\w*|concurso\w*|premio\w*|tarjeta regalo|vales? (?:de|regalo|descuento)"
        r"|bono\w*|cheque\w*|muestras? gratis|\d+ ?%|[€$] ?\d+|\d+ ?(?:€|euros?|eur|dolares|pesos)\b"
        r"|sorpresa\w*|recompensa\w*|garantia (?:extendida|ampliada)|obsequi\w*|rebaja\w*|cashback"
    ),
    "connect": (
        r"por|tras|basta con|solo tienes que|despues de|a cambio de|al|cuando|si|como agradecimiento por"
        r"|en agradecimiento por|con cada|por cada|una vez|dejando|escribiendo|publicando"
    ),
    "get": (
        r"recib\w*|obten\w*|consig\w*|gan\w*|particip\w*|llev\w*"
        r"|(?:enviaremos|regalaremos|devolveremos|reembolsaremos|daremos)"
        r"|(?:le|te|les)<_>(?:\w+<_>)?(?:enviar\w*|regal\w*|devolv\w*|reembols\w*|dar\w*|mandar\w*)"
    ),
    "happy": (
        r"satisfech\w*|content[oa]s?|feliz|felices|gust(?:a|o|an|ado)\b|encant(?:a|o|an|ado)\b"
        r"|agradad\w*|convencid\w*|tod[oa] (?:ha ido|fue|esta|salio) bien"
        r"|todo (?:esta )?(?:bien|perfecto|correcto)|buena experiencia|experiencia positiva"
    ),
    "happyq": r"satisfech[oa]s?|content[oa]s?|te gusta|le gusta|te encanta|le encanta",
    "shop": (
        r"(?:nuestr[oa]s?|mi)<_>(?:propi[oa]<_>)?(?:tienda|web|pagina web|sitio web|sitio|pagina"
        r"|tienda online|tienda en linea)\w*" + _AMAZON_AFTER
    ),
}

TABLE = [
    ("positive_review", r"\b(?:<pos>)(?:[ -]\w+)?[ -](?:<review>)\b"),
    ("positive_review", r"\b(?:<review>)(?:[ -]\w+)?[ -](?:<pos>)"),
    ("positive_review", r"\b(?:<ask>)<g3>fivestar"),
    ("positive_review", r"\bfivestar<g2>\b(?:por favor|porfa|gracias|nos ayuda\w*|seria\w*)"),
    (
        "positive_review",
        r"\b(?:valor|califi|puntu)\w*<g2>(?:con<_>)?(?:fivestar|positivamente|al maximo|muy bien)",
    ),
    ("positive_review", r"\b(?:esper|gustar|encantar|agradec)\w*<g5>fivestar"),
    ("review_incentive", r"\b(?:<reviewing>)<g4>(?:<get>)<g6>(?:<incentive>)"),
    ("review_incentive", r"\b(?:<incentive>)<g6>\b(?:<connect>)\b<g4>(?:<reviewing>)"),
    (
        "review_incentive",
        r"\b(?:<reviewing>)<g8>(?:\by\b|\bpara\b|&|\+)<g4>(?:<get>)<g5>(?:<incentive>)",
    ),
    ("review_incentive", r"\b(?:<reviewing>)<g8>\by\b<g6>(?:<incentive>)"),
    ("review_incentive", r"\b(?:por|tras|despues de)\b<g3>(?:<reviewing>)<g8>(?:<incentive>)"),
    ("review_incentive", r"\b(?:captura\w*|pantallazo|screenshot|enlace)<g4>(?:<reviewing>)"),
    ("review_incentive", r"\b(?:pag\w*|ofrec\w*|recompens\w*)<g3>\bpor\b<g3>(?:<reviewing>)"),
    ("review_incentive", r"\b(?:<reviewing>) ?(?:=|->|=>|→|➡|➜) ?(?:\w+<_>){0,3}?(?:<incentive>)"),
    ("review_steering", r"\b(?:<contact>)<g8>\b(?:<instead>)\b<g5>(?:<reviewing>)"),
    (
        "review_steering",
        r"\b(?:antes de|antes que|en lugar de|en vez de)\b<g6>(?:<reviewing>)<g10>(?:<contact>)",
    ),
    (
        "review_steering",
        r"\bno\b<g1>(?:dej|escrib|pong|publi|de|des|den|califi|valor|puntu)\w*<g4>(?:<bad>)",
    ),
    ("review_steering", r"\b(?:<review>)<_>(?:<bad>) ?[?!:] ?(?:\w+<_>){0,4}?(?:<contact>)"),
    ("review_gating", r"\bsi\b<p4>(?:<happy>)<g10>(?:<reviewing>)"),
    ("review_gating", r"\b(?:<reviewing>)<g6>\bsi\b<p4>(?:<happy>)"),
    (
        "review_gating",
        r"\b(?<!no )(?:<happyq>)(?:<_>\w+){0,4}? ?\?[ ¡¿]*(?:\w+<_>){0,6}?(?:<reviewing>)",
    ),
    ("review_gating", r"\bsolo\b<g3>clientes<_>(?:satisfechos|contentos|felices)"),
    ("review_gating", r"\bclientes<_>(?:satisfechos|contentos|felices)\b<g8>(?:<reviewing>)"),
    ("own_shop_discount", r"\b(?:<incentive>)<g8>\b(?:en|de|a traves de|desde)<_>(?:<shop>)"),
    (
        "own_shop_discount",
        r"\b(?:<incentive>)<g6>\b(?:proxim[ao]|siguiente|futur[ao])<_>(?:compra|pedido)",
    ),
    (
        "own_shop_discount",
        r"\b(?:descuento|cupon|codigo)\w*<g8>(?!amazon|amzn)\w+\.(?:com|net|es|mx|eu|shop|store)\b",
    ),
    (
        "order_direct",
        r"\b(?:compr|ped|encarg)\w*<g3>\bdirectamente\b<g2>(?:a nosotros|con nosotros|en (?:<shop>))",
    ),
    (
        "order_direct",
        r"\b(?:compr|ped|encarg|disponible|encuentr|encontr|visit)\w*<g3>\b(?:en|desde|a traves de)"
        r"<_>(?:<shop>)",
    ),
    ("order_direct", r"\bvisit\w*<_>(?:<shop>)"),
    (
        "email_capture",
        r"\bnews-?letter\w*|\bboletin\w*|\blista de correo\w*"
        r"|\b(?:suscrib|inscrib|registr|unete|unase)\w*<g4>(?:club|lista|comunidad|vip)"
        r"|\b(?:envi|d|facilit|compart)\w*(?:anos|enos|nos)<g2>(?:e-?mail|correo|direccion|numero"
        r"|telefono|whatsapp)",
    ),
]

SUGGESTIONS = {
    "positive_review": "Si tiene un momento, le agradeceríamos una reseña sincera en Amazon.",
    "review_incentive": (
        "¡Gracias por su pedido! Una reseña sincera en Amazon ayuda a otros compradores."
    ),
    "review_steering": (
        "Si algo no está bien con su pedido, contáctenos a través de Amazon y lo solucionaremos."
    ),
    "review_gating": "Sea cual sea su experiencia, valoramos su reseña sincera en Amazon.",
    "own_shop_discount": "¡Gracias por comprar con nosotros en Amazon!",
    "order_direct": "Encontrará más productos nuestros en nuestra tienda de Amazon.",
    "email_capture": (
        "¿Preguntas? Escríbanos cuando quiera desde la página de su pedido en Amazon."
    ),
    "outside_link": "Enlace mejor a la página de su producto o de su tienda en Amazon.",
}

PATTERNS = compile_table(LANG, WORDS, TABLE)
