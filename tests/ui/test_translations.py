"""The interface in German: the translation is complete, compiled and up to date with the code;
the app installs it for a German system (or ``SELLER_DESKTOP_LANGUAGE=de``); and what a seller sees
reads German, plurals and Qt's own buttons included.

Every other test runs without a translator and checks English texts, so the German translator is
installed only inside the ``german`` fixture and always taken away again at its end.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from seller_desktop.core.base.clock import to_iso_utc
from seller_desktop.core.base.errors import WrongPassphrase
from seller_desktop.core.documents.card_layouts import CARD_LAYOUTS
from seller_desktop.core.documents.layouts import LAYOUTS
from seller_desktop.core.importers import report_types
from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
from seller_desktop.core.orders.repository import get_order, save_order
from seller_desktop.core.privacy.retention import WipeReport
from seller_desktop.core.settings import load_settings
from seller_desktop.ui.app import translations
from seller_desktop.ui.common.formatting import LAYOUT_DESCRIPTIONS
from seller_desktop.ui.importing.results import REPORT_KINDS
from seller_desktop.ui.shell.navigation import PAGE_KEYS

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "seller_desktop" / "ui"
#: The core's seller-facing messages are marked with QT_TRANSLATE_NOOP (core.messages).
CORE = ROOT / "seller_desktop" / "core"
TRANSLATIONS = ROOT / "resources" / "translations"
TS = TRANSLATIONS / "seller_desktop_de.ts"
QM = TRANSLATIONS / "seller_desktop_de.qm"
#: Where ``pyside6-lupdate`` finds Qt's lupdate (part of PySide6-Essentials).
QT_TOOLS = Path(PySide6.__file__).parent
#: Commands that make the files again; the failures below say them.
UPDATE = (
    'pyside6-lupdate -no-obsolete $(find seller_desktop/ui seller_desktop/core -name "*.py") '
    "-ts resources/translations/seller_desktop_de.ts"
)
RELEASE = (
    "pyside6-lrelease resources/translations/seller_desktop_de.ts "
    "-qm resources/translations/seller_desktop_de.qm"
)


# -- the .ts file ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    forms: tuple[str, ...]
    state: str  # "" (finished), "unfinished", "vanished" or "obsolete"

    @property
    def key(self) -> tuple[str, str, str, bool]:
        return self.context, self.source, self.comment, self.numerus


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(f.text or "" for f in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    numerus,
                    forms,
                    translation.get("type", ""),
                )
            )
    return messages


MESSAGES = read_ts(TS)


def test_every_text_has_a_finished_german_translation():
    assert len(MESSAGES) > 800
    open_ones = [(m.context, m.source) for m in MESSAGES if m.state or not all(m.forms)]
    assert open_ones == [], f"untranslated, unfinished or vanished entries in {TS.name}"
    # German has two plural forms (one / other).
    assert all(len(m.forms) == 2 for m in MESSAGES if m.numerus)


#: A ``{name}`` placeholder is compared by its name: the core's ``{name!r}`` and ``{count:,}`` may
#: read ``„{name}“`` and ``{count}`` in German (its own quotes, no English digit grouping).
_PLACEHOLDER = re.compile(r"\{[A-Za-z0-9_]*(?=[}!:])|%L?n|%\d+")
_SHORTCUT = re.compile(r"^(Ctrl|Shift|Alt|Meta)\+")


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def translation_problems(messages: list[Message]) -> list[str]:
    """What a translation must keep of its source: the placeholders ({0}, {name}, %n), one
    accelerator if the source has one, the spaces at either end, a shortcut's keys."""
    problems = []
    for message in messages:
        for form in message.forms:
            where = f"{message.context}: {message.source!r} -> {form!r}"
            if Counter(_PLACEHOLDER.findall(form)) != Counter(_PLACEHOLDER.findall(message.source)):
                problems.append(f"placeholders differ in {where}")
            if _accelerators(form) != _accelerators(message.source):
                problems.append(f"accelerators differ in {where}")
            if (form[:1].isspace(), form[-1:].isspace()) != (
                message.source[:1].isspace(),
                message.source[-1:].isspace(),
            ):
                problems.append(f"spaces at the ends differ in {where}")
            if _SHORTCUT.match(message.source) and QKeySequence(form) != QKeySequence(
                message.source
            ):
                problems.append(f"other keys in {where}")
    return problems


def test_translations_keep_placeholders_plurals_accelerators_and_spacing():
    assert translation_problems(MESSAGES) == []


def test_the_check_of_translations_finds_what_it_should():
    def message(source: str, *forms: str) -> Message:
        return Message("Test", source, "", len(forms) > 1, forms, "")

    assert (
        translation_problems(
            [
                message("Order {0}", "Bestellung {0}"),
                message("Campaign {name!r}: {count:,} codes", "Kampagne „{name}“: {count} Codes"),
                message("%n order(s)", "%n Bestellung", "%n Bestellungen"),
                message("&File", "&Datei"),
                message(" of {0} left", " von {0}"),
                message("Ctrl+I", "Ctrl+I"),
            ]
        )
        == []
    )
    assert (
        len(
            translation_problems(
                [
                    message("Order {0}", "Bestellung"),
                    message("Campaign {name!r}", "Kampagne „{campaign}“"),
                    message("%n order(s)", "Eine Bestellung", "%n Bestellungen"),
                    message("&File", "Datei"),
                    message("&Edit", "&Be&arbeiten"),
                    message(" of {0} left", "von {0}"),
                    message("Ctrl+I", "Ctrl+J"),
                ]
            )
        )
        == 7
    )


def _tool(name: str) -> Path:
    for candidate in (QT_TOOLS / name, QT_TOOLS / f"{name}.exe"):
        if candidate.is_file():
            return candidate
    pytest.fail(
        f"Qt's {name} is not in this PySide6 installation (PySide6-Essentials ships it): "
        f"`python -m pip install '.[test]'`",
        pytrace=False,
    )


def test_the_ts_file_holds_exactly_the_texts_of_the_code(tmp_path):
    """lupdate on today's code finds no text the .ts lacks and the .ts holds none it dropped."""
    fresh = tmp_path / "fresh_de.ts"
    sources = sorted(str(p) for p in (*UI.rglob("*.py"), *CORE.rglob("*.py")))
    subprocess.run(
        [str(_tool("lupdate")), "-silent", "-no-obsolete", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    found = {m.key for m in read_ts(fresh)}
    committed = {m.key for m in MESSAGES}
    assert sorted(found - committed) == [], f"new texts: run `{UPDATE}`, then translate them"
    assert sorted(committed - found) == [], f"texts gone from the code: run `{UPDATE}`"


def test_the_qm_file_holds_every_translation_of_the_ts_file():
    """The compiled file the app loads says what the .ts says (read back through a QTranslator,
    so a newer lrelease writing other bytes does not matter)."""
    translator = QTranslator()
    assert translator.load(str(QM))
    stale = []
    for m in MESSAGES:
        for n, form in zip((1, 2) if m.numerus else (-1,), m.forms):
            if translator.translate(m.context, m.source, m.comment or None, n) != form:
                stale.append((m.context, m.source))
    assert stale == [], f"the .qm is older than the .ts: run `{RELEASE}`"


# -- what lupdate cannot see -------------------------------------------------------------------

#: Functions that translate a text known only at run time, listed in QT_TRANSLATE_NOOP tables.
LOOKUPS = {
    "layout_text",
    "seller_message",
    "catalogue_text",
    "report_kind_name",
    "wording_title",
}


def _calls(tree: ast.AST):
    """(call, enclosing class, enclosing function) for every call in a module."""

    def walk(node, cls, func):
        for child in ast.iter_child_nodes(node):
            c, f = cls, func
            if isinstance(child, ast.ClassDef):
                c = child
            elif isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                f = child.name
            if isinstance(child, ast.Call):
                yield child, c, f
            yield from walk(child, c, f)

    yield from walk(tree, None, None)


def _literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_every_translated_text_is_one_lupdate_can_extract():
    """A text built at run time, a ``tr`` on another object (lupdate files it under the variable's
    name) or a plural ``self.tr`` in a mixin (PySide finds a mixin's text through the base
    classes, but not a plural) would stay English for a German seller."""
    problems = []
    for path in sorted(UI.rglob("*.py")):
        for call, cls, func in _calls(ast.parse(path.read_text(encoding="utf-8"))):
            name = getattr(call.func, "attr", None) or getattr(call.func, "id", None)
            where = f"{path.relative_to(UI)}:{call.lineno}"
            if name == "tr" and isinstance(call.func, ast.Attribute):
                if not (isinstance(call.func.value, ast.Name) and call.func.value.id == "self"):
                    problems.append(f"{where}: tr() on something other than self")
                if not call.args or not _literal(call.args[0]):
                    problems.append(f"{where}: tr() of a text built at run time")
                if len(call.args) >= 3 and cls is not None and not cls.bases:
                    problems.append(f"{where}: a plural self.tr() in the mixin {cls.name}")
            elif name == "translate" and func not in LOOKUPS:
                if len(call.args) < 2 or not (_literal(call.args[0]) and _literal(call.args[1])):
                    problems.append(f"{where}: translate() of a text or context built at run time")
    assert problems == []


def test_texts_from_the_core_that_are_translated_by_lookup_are_all_listed():
    descriptions = {layout.description for layout in (*LAYOUTS.values(), *CARD_LAYOUTS.values())}
    assert descriptions <= set(LAYOUT_DESCRIPTIONS), "a new layout: add it to LAYOUT_DESCRIPTIONS"
    kinds = {
        report_types.UNSHIPPED,
        report_types.FULFILMENT_SHIPPING,
        report_types.FULFILMENT_INVOICING,
        report_types.FULFILMENT_TAX,
        report_types.ALL_ORDERS,
    }
    assert kinds <= set(REPORT_KINDS)


# -- choosing the language -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "languages, expected",
    [
        (["de-Latn-DE", "de-DE", "de-Latn", "de"], "seller_desktop_de.qm"),
        (["de-AT"], "seller_desktop_de.qm"),
        (["de_CH"], "seller_desktop_de.qm"),
        (
            ["fr-FR", "de-DE"],
            "seller_desktop_de.qm",
        ),  # German before English when the seller says so
        (["en-US", "en", "de-DE", "de"], None),  # English first: the texts of the code
        (["C"], None),
        (["fr-FR"], None),
        ([], None),
    ],
)
def test_which_translation_a_list_of_languages_gets(languages, expected):
    found = translations.translation_file(languages)
    assert (found.name if found else None) == expected


def test_the_language_variable_overrides_the_system(monkeypatch):
    monkeypatch.setenv(translations.LANGUAGE_VARIABLE, "de")
    assert translations.translation_file(translations.interface_languages()).name == QM.name
    monkeypatch.setenv(translations.LANGUAGE_VARIABLE, "en")
    assert translations.translation_file(translations.interface_languages()) is None


_PROBE = """
import sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox
from seller_desktop.ui.app.application import create_application
app = create_application()
box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
print(QCoreApplication.translate("MainWindow", "&File"), box.buttons()[0].text(), sep="|")
"""


@pytest.mark.parametrize(
    "env, expected",
    [
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "de"}, "&Datei|Abbrechen"),
        ({"LANG": "de_AT.UTF-8"}, "&Datei|Abbrechen"),
        ({"LANG": "C.UTF-8", "SELLER_DESKTOP_LANGUAGE": "de"}, "&Datei|Abbrechen"),
        ({"LANG": "de_DE.UTF-8", "SELLER_DESKTOP_LANGUAGE": "en"}, "&File|Cancel"),
        ({"LANG": "en_US.UTF-8"}, "&File|Cancel"),
        ({"LANG": "C.UTF-8"}, "&File|Cancel"),
    ],
)
def test_the_app_speaks_the_systems_language_from_its_start(env, expected):
    """``create_application`` in a fresh process, as the seller starts it: our texts and Qt's own
    buttons follow the system's language (Qt reads the environment once, at start)."""
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", translations.LANGUAGE_VARIABLE)
    }
    result = subprocess.run(
        [sys.executable, "-c", _PROBE],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={**clean, "QT_QPA_PLATFORM": "offscreen", **env},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == expected


# -- the German interface (the ``german`` fixture is in conftest.py) -----------------------------


def _order(n: int) -> tuple[Order, ContactDetails]:
    purchased = datetime(2026, 11, 20, 8, 0, tzinfo=timezone.utc)
    order = Order(
        order_id=f"302-{n:07d}-7654321",
        marketplace="DE",
        purchased_at=to_iso_utc(purchased),
        status="unshipped",
        latest_ship_date="2026-11-23",
        items=[OrderItem(order_item_id=f"d{n}", sku="KAFFEE-1KG", quantity=1)],
    )
    return order, ContactDetails(
        recipient_name="Jürgen Groß",
        ship_address_1="Hauptstraße 5",
        ship_postal_code="10115",
        ship_city="Berlin",
    )


@pytest.fixture
def window(qtbot, store, tmp_path):
    def make():
        from seller_desktop.ui.shell.main_window import MainWindow

        made = MainWindow(store, load_settings(store), WipeReport(), config_dir=tmp_path / "config")
        qtbot.addWidget(made)
        return made

    return make


def test_main_window_menus_and_orders_page_read_german(german, window, store):
    save_order(store, *_order(1))
    main = window()
    assert [a.text() for a in main.menuBar().actions()] == ["&Datei", "&Ansicht", "&Hilfe"]
    assert main.import_action.text() == "&Importieren…"
    assert main.quit_action.text() == "&Beenden"
    assert main.lock_action.shortcut() == QKeySequence("Ctrl+L")  # the keys stay the same
    sidebar = dict(zip(PAGE_KEYS, (main.sidebar.item(i).text() for i in range(8)), strict=True))
    assert list(sidebar.values()) == [
        "Heute",
        "Bestellungen",
        "Drucken",
        "Prüfen",
        "Bewertungen",
        "Kampagnen",
        "Datenschutz",
        "Einstellungen",
    ]
    page = main.orders_page
    assert page.status_filter.itemText(0) == "Alle Status"
    assert page.status_filter.itemText(page.status_filter.findData("unshipped")) == "Unversandt"
    assert page.marketplace_filter.itemText(0) == "Alle Marktplätze"
    assert page.contact_filter.itemText(1) == "Mit Kontaktdaten"
    assert page.search.placeholderText() == "Bestellnummer, SKU, Produkt oder Käufername suchen"
    assert page.new_button.text() == "&Neue Bestellung…"
    assert page.ship_button.text() == "Als &versandt markieren…"
    # One order, then five: German's two plural forms.
    assert page.count_label.text() == "1 Bestellung"
    for n in range(2, 6):
        save_order(store, *_order(n))
    page.refresh()
    assert page.count_label.text() == "5 Bestellungen"
    main.refresh_status()
    assert main.status_counts.text() == "Bestellungen: 5 · Mit Kontaktdaten: 5"


def test_the_orders_table_and_the_detail_pane_read_german(german, window, store):
    save_order(store, *_order(1))
    main = window()
    page = main.orders_page
    titles = [
        page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())
    ]
    assert titles[:4] == ["Bestellnummer", "Gekauft am", "Marktplatz", "Status"]
    page.select_row(0)
    assert page.detail.heading.text() == "Bestellung 302-0000001-7654321"
    assert page.detail.status.text() == "Unversandt"
    assert page.detail.copy_address_button.text() == "Adresse &kopieren"


def test_plural_forms(german):
    def orders(n: int) -> str:
        return QCoreApplication.translate("OrdersPage", "%n order(s)", "", n)

    assert [orders(n) for n in (0, 1, 2, 5)] == [
        "0 Bestellungen",
        "1 Bestellung",
        "2 Bestellungen",
        "5 Bestellungen",
    ]
    assert QCoreApplication.translate("PrintPreviewDialog", "%n page(s)", "", 1) == "1 Seite"


def test_the_unlock_dialog_reads_german_and_so_does_a_wrong_passphrase(german, qtbot):
    from seller_desktop.ui.app.unlock_dialog import UnlockDialog

    def refuse(_passphrase: str):
        raise WrongPassphrase()

    dialog = UnlockDialog(refuse)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Seller Desktop entsperren"
    assert dialog.unlock_button.text() == "&Entsperren"
    assert dialog.quit_button.text() == "&Beenden"
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "falsch")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.message_text().startswith("Diese Passphrase öffnet diese Datenbank nicht.")


def test_the_privacy_page_and_its_tabs_read_german(german, window, store):
    """The page's tabs are widgets of their own, each with its own translation context; the
    figures' texts are the page's (checked here, not assumed)."""
    page = window().privacy_page
    assert page.tabs.tabText(0) == "Anstehende &Löschungen"
    assert page.erasure_tab.erase_ids_button.text() == "Löschen…"
    assert page.backups_tab.backup_button.text() == "In Datei &sichern…"
    assert page.archive_tab.setup_button.text() == "Steuerarchiv ei&nrichten…"
    assert page.stat_archive.caption.text() == "Im Steuerarchiv\nnicht eingerichtet"
    assert page.stat_held.caption.text() == "Bestellungen mit Kontaktdaten\nvon 0 Bestellungen"


def test_qts_own_dialog_buttons_read_german(german):
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Close
    )
    assert sorted(b.text() for b in box.buttons()) == ["Abbrechen", "OK", "Schließen"]


# -- accelerators ------------------------------------------------------------------------------


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def _scope(widget: QWidget, top: QWidget) -> dict[int, int]:
    """The pages of stacks (tabs, the window's pages) the widget sits on: widgets on different
    pages of one stack are never shown together, so they may share a letter."""
    pages: dict[int, int] = {}
    child, parent = widget, widget.parentWidget()
    while parent is not None and child is not top:
        if isinstance(parent, QStackedWidget):
            pages[id(parent)] = parent.indexOf(child)
        child, parent = parent, parent.parentWidget()
    return pages


def accelerator_clashes(top: QWidget) -> list[tuple[str, str]]:
    """Pairs of texts in one window that are shown together and share an accelerator letter;
    each menu's items are checked among themselves."""
    entries: list[tuple[str, str, dict[int, int]]] = []
    for widget in top.findChildren(QWidget):
        if widget.window() is not top:
            continue
        texts: list[str] = []
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QMenuBar):
            texts += [action.text() for action in widget.actions()]
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        entries += [
            (letter, text, _scope(widget, top)) for text in texts if (letter := _mnemonic(text))
        ]
    clashes = set()
    for i, (letter, text, scope) in enumerate(entries):
        for other_letter, other, other_scope in entries[i + 1 :]:
            shared = scope.keys() & other_scope.keys()
            if (
                letter == other_letter
                and text != other
                and all(scope[k] == other_scope[k] for k in shared)
            ):
                clashes.add(tuple(sorted((text, other))))
    for menu in top.findChildren(QMenu):
        letters = Counter(_mnemonic(a.text()) for a in menu.actions() if _mnemonic(a.text()))
        clashes |= {(menu.title(), letter) for letter, n in letters.items() if n > 1}
    return sorted(clashes)


def test_german_accelerators_are_distinct_within_each_window(german, qtbot, window, store):
    from seller_desktop.ui.app.setup_wizard import SetupWizard
    from seller_desktop.ui.app.unlock_dialog import UnlockDialog
    from seller_desktop.ui.campaigns.card_editor.dialog import CardEditor
    from seller_desktop.ui.orders.editor import OrderEditor
    from seller_desktop.ui.orders.ship_dialog import ShipDialog
    from seller_desktop.ui.privacy.archive_passphrase import ChangeArchivePassphraseDialog
    from seller_desktop.ui.privacy.dialogs import HoldDialog
    from seller_desktop.ui.settings.passphrase_dialog import ChangePassphraseDialog

    save_order(store, *_order(1))
    main = window()
    for key in ("print", "campaigns", "privacy", "settings"):
        main.page(key)
    main.settings_page.show_amazon()
    order = get_order(store, "302-0000001-7654321")
    windows = [
        main,
        CardEditor(store),
        ShipDialog(store, [order]),
        OrderEditor(store, order),
        ChangePassphraseDialog(store, main.jobs),
        ChangeArchivePassphraseDialog(),
        HoldDialog(date(2026, 11, 28)),
        UnlockDialog(lambda _p: None),
        SetupWizard(lambda _p, _s: None),
    ]
    for made in windows[1:]:
        qtbot.addWidget(made)
    assert {type(w).__name__: accelerator_clashes(w) for w in windows} == {
        type(w).__name__: [] for w in windows
    }


def test_without_a_translator_everything_stays_english(window, store):
    """The other tests' view: no translator, so the texts of the code."""
    save_order(store, *_order(1))
    main = window()
    assert [a.text() for a in main.menuBar().actions()] == ["&File", "&View", "&Help"]
    assert main.orders_page.count_label.text() == "1 order(s)"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.buttons()[0].text() == "Cancel"


def test_a_broken_report_is_refused_in_german(german, qtbot, window, tmp_path):
    """A core error reaches the German interface in German: the importer's refusal of an empty
    report and of a download cut off mid-row, with the file name and numbers put in; the CLI's
    English text of the same error is unchanged."""
    from seller_desktop.core.base.errors import SellerError
    from seller_desktop.core.importers.flatfile import parse_flat_file
    from seller_desktop.ui.common.formatting import seller_message

    empty = tmp_path / "Bestellungen.txt"
    empty.write_bytes(b"")
    dialog = window().import_files([empty])
    qtbot.waitUntil(lambda: dialog.over, timeout=10_000)
    message = dialog.results[0].message
    assert message.startswith("Bestellungen.txt ist leer."), message
    assert "Seller Central" in message and "Download the report" not in message
    assert message in dialog.summary_text()

    listings = tmp_path / "Angebote.txt"
    listings.write_bytes(b"seller-sku\titem-name\tprice\nMUG-1\tBecher\t9.99\n")
    dialog = window().import_files([listings])
    qtbot.waitUntil(lambda: dialog.over, timeout=10_000)
    message = dialog.results[0].message
    assert message.startswith(
        "Angebote.txt hat keine Spalte order-id, sie sieht wie ein Angebotsbericht (Inventar) aus."
    ), message

    with pytest.raises(SellerError) as cut:
        parse_flat_file(b"order-id\tsku\tquantity\n111-1111111-1111111\tA", "cut.txt")
    assert str(cut.value).startswith("cut.txt ends in the middle of a row (line 2 has 2 of 3")
    german_text = seller_message(cut.value)
    assert german_text.startswith("cut.txt endet mitten in einer Zeile (Zeile 2 hat 2 von 3")
