"""What an Amazon order id looks like, so that nothing else is ever taken for one.

An order id is the one value of a report that the app keeps for good: it is the key of the order,
it goes into the search index, the wipe log and the tax archive, and messages quote it. A report
whose order-id cell holds something else (a buyer's name after a spreadsheet shifted the columns,
a note, an address) must therefore be refused before that value is stored or printed anywhere.

Amazon's order ids are three groups of digits, ``028-1234567-1234567`` (3-7-7); the published
sample reports vary in the last two groups (6 to 8 digits), so those are accepted too. The pattern
is written with ``[0-9]`` and matched with ``fullmatch``: Python's ``\\d`` also matches other
scripts' digits (``٣٠٢`` in Arabic-Indic) and ``$`` matches before a trailing newline, and neither
must let a value through. Nothing is stripped here: the flat-file reader already strips the
spaces around each cell, and anything else around the digits means the cell is not an id.

Hand-made orders (``core.order_edits``) use their own ids, which never look like this, so a report
can never produce (and so never merge into) a hand-made order's id.
"""

from __future__ import annotations

import re

#: An Amazon order id: 3 digits, then two groups of 6 to 8 digits (ASCII only), nothing around it.
AMAZON_ORDER_ID = re.compile(r"\A[0-9]{3}-[0-9]{6,8}-[0-9]{6,8}\Z", re.ASCII)

#: How an order id looks, for messages that say what was expected (never what was found).
EXAMPLE = "123-1234567-1234567"


def is_amazon_order_id(text: str) -> bool:
    """True if ``text`` is exactly an Amazon order id (no spaces, letters, line ends or non-ASCII
    digits); it is then safe to store, index and quote in messages."""
    return AMAZON_ORDER_ID.fullmatch(text) is not None
