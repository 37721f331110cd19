"""Document templates: kept in the store, checked on save, laid over the general settings per
marketplace, and a damaged stored template never stops printing."""

from __future__ import annotations

import json

import pytest

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.documents.templates import (
    Branding,
    PickListTemplate,
    SlipTemplate,
    Templates,
    load_templates,
    save_templates,
)
from seller_desktop.core.settings import Settings


def test_a_new_store_has_the_default_templates(store):
    templates = load_templates(store)
    assert templates == Templates()
    assert templates.slip.columns == ("sku", "asin")
    assert templates.pick_list.columns == ("bin", "sku")


def test_templates_are_kept_checked_and_in_a_fixed_column_order(store):
    wanted = Templates(
        SlipTemplate(
            columns=["ean", "sku", "image"],
            message="  Thank you  for\n buying from us ",
            returns="Returns within 30 days.",
            branding={"de": Branding("Laden GmbH", "Hauptstr. 1\n10115 Berlin", "", "Danke!")},
        ),
        PickListTemplate(columns=("sku", "bin"), per_order=True),
    )
    saved = save_templates(store, wanted)
    assert saved.slip.columns == ("sku", "image", "ean")
    assert saved.slip.message == "Thank you for\nbuying from us"
    assert list(saved.slip.branding) == ["DE"]
    assert load_templates(store) == saved
    assert load_templates(store).pick_list == PickListTemplate(("bin", "sku"), True)


@pytest.mark.parametrize(
    ("template", "words"),
    [
        (SlipTemplate(columns=("sku", "colour")), "unknown column 'colour'"),
        (SlipTemplate(columns="sku"), "give the columns as a list"),
        (SlipTemplate(message="x" * 601), "at most 600 characters"),
        (SlipTemplate(branding={"XX": Branding()}), "Unknown marketplace 'XX'"),
        (SlipTemplate(branding={"DE": Branding(footer_text="y" * 201)}), "at most 200"),
    ],
)
def test_a_bad_template_is_refused_and_nothing_is_stored(store, template, words):
    with pytest.raises(BadInput, match=words):
        save_templates(store, Templates(slip=template))
    assert load_templates(store) == Templates()


def test_branding_overrides_the_general_settings_only_where_it_sets_something():
    settings = Settings(business_name="Shop", return_address="1 Main St", footer_text=None)
    settings = settings.with_logo(b"general-logo")
    template = SlipTemplate(
        branding={"DE": Branding(business_name="Laden", footer_text="").with_logo(b"de-logo")}
    )
    german = template.sender(settings, "DE")
    assert (german.business_name, german.return_address) == ("Laden", "1 Main St")
    assert (german.logo, german.footer_text) == (b"de-logo", "")
    american = template.sender(settings, "US")
    assert (american.business_name, american.logo, american.footer_text) == (
        "Shop",
        b"general-logo",
        None,
    )


def test_a_damaged_stored_template_falls_back_to_the_default(store):
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO settings (key, value) VALUES ('slip_template', ?)",
            (json.dumps({"columns": ["nonsense"]}),),
        )
        conn.execute("INSERT INTO settings (key, value) VALUES ('pick_list_template', '[1,')")
    assert load_templates(store) == Templates()
