"""The core's validation messages reach the German window in German (the catalogue of
core.base.messages, translated by ui.common.formatting.seller_message): a settings field too long,
a campaign that names no products or an unknown marketplace, a shipment field Amazon would not
take. The CLI's English text of the same errors is unchanged (tests/test_messages.py)."""

from __future__ import annotations

import pytest

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.orders.shipping import check_shipment_text
from seller_desktop.core.settings import load_settings
from seller_desktop.ui.campaigns.page import CampaignsPage
from seller_desktop.ui.common.formatting import seller_message
from seller_desktop.ui.common.jobs import JobRunner
from seller_desktop.ui.settings.page import SettingsPage


@pytest.fixture
def settings_page(qtbot, store):
    jobs = JobRunner(store=store)
    page = SettingsPage(store, load_settings(store), jobs=jobs)
    qtbot.addWidget(page)
    yield page
    jobs.shutdown()


def test_a_settings_error_reads_german_on_the_settings_page(german, settings_page, store):
    settings_page.business_name.setText("x" * 121)
    assert settings_page.save() is False
    assert settings_page.message.text() == "Der Firmenname darf höchstens 120 Zeichen lang sein."
    assert load_settings(store).business_name == "Test Shop"


def test_a_campaign_error_reads_german_in_the_card_editor(german, qtbot, store):
    page = CampaignsPage(store, "Test Shop")
    qtbot.addWidget(page)
    editor = page.new_campaign()
    editor.name.setText("Sommer")
    editor.headline.setText("Danke!")
    assert editor.save() is None  # no products, and not the default card
    assert editor.message.text().startswith(
        "Sommer: Geben Sie an, für welche Produkte die Kampagne gilt"
    ), editor.message.text()

    editor.skus.setText("BECHER-*")
    editor.marketplaces.setText("XX")
    assert editor.save() is None
    # The English text quotes with repr ('XX'); the German template has German quotes.
    assert editor.message.text().startswith(
        "Sommer: unbekannter Marktplatz „XX“. Verwenden Sie die Länderkürzel von Amazon: AE, "
    ), editor.message.text()


def test_a_value_that_is_a_sentence_is_translated_too(german):
    """The field's name and the advice are catalogue texts of their own, put into the template."""
    with pytest.raises(BadInput) as refused:
        check_shipment_text("=DHL", "123")
    assert seller_message(refused.value) == (
        "Der Versanddienstleister darf nicht mit =, + oder @ beginnen und keine Tabulatoren oder "
        "Zeilenumbrüche enthalten. Geben Sie den Namen des Versanddienstleisters ein, "
        "z. B. DHL oder UPS."
    )
    assert str(refused.value) == (
        "The carrier cannot start with =, + or @ or contain tabs or line breaks. "
        "Type the carrier's name, e.g. UPS or Royal Mail."
    )
