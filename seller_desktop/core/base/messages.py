"""The seller-facing messages of the core, as one translatable catalogue.

A ``SellerError`` carries its message as a template with named values
(``BadInput(QT_TRANSLATE_NOOP("SellerError", "{name} is empty. {how_to_get}"), name=…, how_to_get=…)``).
``str(err)`` is the English text, which the CLI prints. The window translates the template and the
values that are themselves catalogue texts (``ui.formatting.seller_message``), so an error raised
in core reaches the seller in the interface's language.

``QT_TRANSLATE_NOOP`` only marks a text: Qt's ``lupdate`` finds the marked texts in the core's
files as it finds ``self.tr`` in the interface's, and files them under ``CONTEXT``. The core
itself never imports Qt; this function has the name lupdate looks for and returns its text.
"""

from __future__ import annotations

#: The context every core message is filed under. Written out as a literal in each
#: ``QT_TRANSLATE_NOOP("SellerError", …)``: lupdate reads literals, not names.
CONTEXT = "SellerError"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation under ``context``; returns it unchanged."""
    return text


def render(template: str, values: dict[str, object]) -> str:
    """The English message: the template with its values put in (none: the template as it is,
    so a message with a literal brace needs no escaping)."""
    return template.format(**values) if values else template
