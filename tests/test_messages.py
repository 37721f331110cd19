"""The core's messages as one catalogue (core.base.messages): every template the core marks with
``QT_TRANSLATE_NOOP("SellerError", …)`` has a finished German translation with the same
placeholders, so the window can put the same values into it; values that are sentences are
catalogue texts too; and the English text (what the CLI prints) reads as it did before the
messages became templates. No Qt here: the .ts file is read as XML."""

from __future__ import annotations

import ast
import re
import string
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from seller_desktop.core.base.errors import BadInput, SellerError
from seller_desktop.core.base.messages import CONTEXT
from seller_desktop.core.campaigns.codes import add_generated_codes, parse_claim_codes
from seller_desktop.core.campaigns.model import Campaign, validated
from seller_desktop.core.documents.selection import select_order_ids
from seller_desktop.core.orders.marketplaces import MARKETPLACES
from seller_desktop.core.orders.shipping import check_shipment_text
from seller_desktop.core.privacy.archive.errors import WrongArchivePassphrase
from seller_desktop.core.privacy.archive.sealing import unseal
from seller_desktop.core.settings import LAYOUT_NAMES, Settings
from seller_desktop.core.wording.findings import RULES, TITLE_CONTEXT

ROOT = Path(__file__).resolve().parents[1]
CORE = ROOT / "seller_desktop" / "core"
TS = ROOT / "resources" / "translations" / "seller_desktop_de.ts"


def core_templates(wanted: str = CONTEXT) -> dict[str, str]:
    """Every text the core marks for the catalogue under ``wanted`` → where (file:line)."""
    found: dict[str, str] = {}
    for path in sorted(CORE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
            ):
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            # lupdate reads literals: a name or an f-string here would never reach the catalogue.
            assert len(node.args) == 2, where
            assert all(isinstance(a, ast.Constant) for a in node.args), where
            context, text = (a.value for a in node.args)  # type: ignore[attr-defined]
            assert context in (CONTEXT, TITLE_CONTEXT), where
            if context == wanted:
                found.setdefault(text, where)
    return found


def german_catalogue(wanted: str = CONTEXT) -> dict[str, tuple[str, str]]:
    """A context of the .ts file: English → (German, state; "" when finished)."""
    entries = {}
    for context in ET.parse(TS).getroot().iter("context"):
        if context.findtext("name") != wanted:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            entries[message.findtext("source") or ""] = (
                translation.text or "",
                translation.get("type", ""),
            )
    return entries


def fields(text: str) -> Counter[str]:
    """The names of a template's placeholders (``{count:,}`` and ``{name!r}`` count by name)."""
    return Counter(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


TEMPLATES = core_templates()


def test_the_core_has_its_messages_in_the_catalogue():
    assert len(TEMPLATES) > 140
    assert "A campaign needs a name." in TEMPLATES


def test_every_core_template_has_a_german_translation_with_the_same_placeholders():
    catalogue = german_catalogue()
    problems = []
    for text, where in TEMPLATES.items():
        german, state = catalogue.get(text, ("", "missing"))
        if state or not german:
            problems.append(f"{where}: no finished German translation of {text!r}")
        elif fields(german) != fields(text):
            problems.append(f"{where}: German placeholders {fields(german)} for {text!r}")
        else:
            sample = dict.fromkeys(fields(text), 1000)  # both take the same values
            assert german.format(**sample) and text.format(**sample)
    assert problems == []


def test_the_wording_rules_titles_have_german_translations():
    """The wording checker's rule titles, filed under "Wording" (one per rule)."""
    titles = core_templates(TITLE_CONTEXT)
    assert set(titles) == {rule.title for rule in RULES.values()}
    catalogue = german_catalogue(TITLE_CONTEXT)
    missing = [t for t in titles if catalogue.get(t, ("", "missing"))[1] or not catalogue.get(t)]
    assert missing == []


def test_the_check_of_placeholders_counts_names_not_their_form():
    assert fields("Campaign {campaign!r}: {count:,} codes") == fields("„{campaign}“: {count}")
    assert fields("{name} holds no codes.") != fields("{file} enthält keine Codes.")


def _refusal(action) -> SellerError:
    with pytest.raises(SellerError) as refused:
        action()
    return refused.value


@pytest.mark.parametrize(
    "action, english",
    [
        (
            lambda: validated(Campaign("Beans", headline="x" * 121, skus=("A",))),
            "Beans: the headline can have at most 120 characters.",
        ),
        (
            lambda: validated(Campaign("Beans", back_text="x" * 601, headline="h", skus=("A",))),
            "Beans: the back-side text can have at most 600 characters.",
        ),
        (
            lambda: validated(Campaign("Beans", headline="h", skus=("A",), valid_until="soon")),
            "Beans: the valid-until date must be written YYYY-MM-DD.",
        ),
        (
            lambda: validated(Campaign("Beans", headline="h", marketplaces=("XX",))),
            "Beans: unknown marketplace 'XX'. Use Amazon's country codes: "
            + ", ".join(sorted(MARKETPLACES))
            + ".",
        ),
        (
            lambda: add_generated_codes(None, 1, 0),  # type: ignore[arg-type]
            "Generate between 1 and 100,000 codes at a time.",
        ),
        (
            lambda: parse_claim_codes(b"x" * 20_000_001, "codes.txt"),
            "codes.txt is too large for a code list (at most 20 MB).",
        ),
        (
            lambda: Settings(pick_list_layout="tiny").validated(),
            "Pick lists: unknown page layout 'tiny'; use one of " + ", ".join(LAYOUT_NAMES) + ".",
        ),
        (
            lambda: check_shipment_text("DHL", "1Z\t9"),
            "The tracking number cannot start with =, + or @ or contain tabs or line breaks. "
            "Type it as the carrier shows it.",
        ),
        (
            lambda: unseal(X25519PrivateKey.generate(), "302-1234567-7654321", b"\x09" * 80),
            "The tax archive file cannot be read (the entry of order 302-1234567-7654321 has an "
            "unknown format). Restore the archive folder from your own copy; the store itself is "
            "not affected.",
        ),
        (
            lambda: (_ for _ in ()).throw(WrongArchivePassphrase()),
            "That archive passphrase does not open the tax archive (it is not the store "
            "passphrase, unless you chose the same). Nothing was opened.",
        ),
    ],
)
def test_english_text_is_unchanged_and_its_parts_are_in_the_catalogue(action, english):
    """The CLI's text of messages whose sentences are now whole templates (one per field, one
    per kind of entry) or take sentences from the catalogue (a field's name, what was left)."""
    error = _refusal(action)
    assert str(error) == english
    assert error.template in TEMPLATES
    for name, value in error.values.items():
        if isinstance(value, str) and re.search(r"[a-z]{3,} [a-z]{2,}", value):
            assert value in TEMPLATES, f"{name}={value!r} is a sentence outside the catalogue"


@pytest.mark.parametrize(
    "unprinted, english",
    [
        (False, "There are no unshipped orders: nothing to print."),
        (True, "There are no unprinted open orders: nothing to print."),
    ],
)
def test_an_empty_selection_says_which_orders_there_are_none_of(store, unprinted, english):
    error = _refusal(lambda: select_order_ids(store, unshipped=not unprinted, unprinted=unprinted))
    assert isinstance(error, BadInput) and str(error) == english
    assert error.template in TEMPLATES and not error.values
