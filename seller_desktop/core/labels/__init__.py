"""Shipping labels bought through Amazon's Buy Shipping: what lives in the store.

Product sizes and the seller's boxes (``sizes``, ``boxes``), the package planned for an order
(``packages``), the purchase ledger that never buys twice (``ledger``) and the label files
(``documents``: contact details, wiped with the order's other details); and buying them:
``rating``, ``buying``, ``reconcile`` (a lost answer settled with the same key), ``void_reprint``,
``label_pdf``; printing them with their slips and cards in one job: ``bench_print``.
"""
