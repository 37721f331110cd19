"""The card editor: the dialog (``dialog``) lays out and saves one campaign; its card design
(``design_form``), image (``card_image``), codes (``codes``), product rules (``product_rules``)
and live preview (``preview``) are parts of their own."""
