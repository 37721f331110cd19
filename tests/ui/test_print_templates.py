"""The Print page's *Templates…* dialog: columns and branding saved through the core, a bad value
shown with nothing lost, and the live preview drawn on a worker after each change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from seller_desktop.core.documents.templates import Branding, load_templates
from seller_desktop.core.orders.products import Product, save_product
from seller_desktop.core.settings import load_settings
from seller_desktop.ui.common.jobs import JobRunner
from seller_desktop.ui.printing.page import PrintPage
from seller_desktop.ui.printing.templates.dialog import TemplatesDialog
from seller_desktop.ui.printing.templates.slip_preview import sample_order


@pytest.fixture
def dialog(qtbot, store):
    shown = TemplatesDialog(store, load_settings(store))
    qtbot.addWidget(shown)
    shown.show()
    _rendered(qtbot, shown, 1)
    yield shown
    shown.preview.shutdown()


def _rendered(qtbot, dialog, count: int) -> None:
    qtbot.waitUntil(
        lambda: not dialog.preview.busy() and dialog.preview.render_count >= count, timeout=15000
    )


def test_toggling_columns_and_saving_stores_them(qtbot, dialog, store):
    assert dialog.slip_columns["sku"].isChecked() and not dialog.slip_columns["ean"].isChecked()
    qtbot.mouseClick(dialog.slip_columns["ean"], Qt.MouseButton.LeftButton)
    dialog.slip_columns["asin"].setChecked(False)
    dialog.pick_columns["image"].setChecked(True)
    dialog.per_order.setChecked(True)
    dialog.message_block.setPlainText("Thank you for shopping with us!")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Templates saved" in dialog.message.text()
    stored = load_templates(store)
    assert stored.slip.columns == ("sku", "ean")
    assert stored.slip.message == "Thank you for shopping with us!"
    assert stored.pick_list.columns == ("bin", "sku", "image") and stored.pick_list.per_order
    # Revert shows the stored state again after an unsaved change.
    dialog.slip_columns["sku"].setChecked(False)
    dialog.revert_button.click()
    assert dialog.slip_columns["sku"].isChecked()


def test_branding_is_kept_per_marketplace_while_switching(qtbot, dialog, store):
    branding = dialog.branding
    branding.marketplace.setCurrentIndex(branding.marketplace.findData("DE"))
    branding.business_name.setText("Laden GmbH")
    branding.footer.setText("Danke für Ihren Einkauf!")
    branding.marketplace.setCurrentIndex(branding.marketplace.findData("FR"))
    assert branding.business_name.text() == ""  # FR has none: the general settings
    branding.set_logo(b"")
    branding.marketplace.setCurrentIndex(branding.marketplace.findData("DE"))
    assert branding.business_name.text() == "Laden GmbH"
    assert dialog.save()
    stored = load_templates(store).slip.branding
    assert stored == {"DE": Branding("Laden GmbH", "", "", "Danke für Ihren Einkauf!")}


def test_the_preview_renders_again_after_a_change(qtbot, dialog):
    count = dialog.preview.render_count
    before = dialog.preview.image.copy()
    assert not before.isNull() and before.width() > 100
    dialog.message_block.setPlainText("A note from the seller")
    assert dialog.preview.busy()  # waits for the pause after typing, never blocks the window
    _rendered(qtbot, dialog, count + 1)
    assert dialog.preview.image != before  # the message block is on the sample slip now
    with_message = dialog.preview.image.copy()
    dialog.slip_columns["sku"].setChecked(False)
    _rendered(qtbot, dialog, count + 2)
    assert dialog.preview.image != with_message  # and the SKU column is gone
    count += 1
    # The sample order follows the branding's marketplace: another language on the page.
    branding = dialog.branding
    other = "JP" if branding.code() != "JP" else "DE"
    branding.marketplace.setCurrentIndex(branding.marketplace.findData(other))
    _rendered(qtbot, dialog, count + 2)
    assert dialog.preview.image != before
    assert "sample order" in dialog.preview.note.text().lower()
    assert dialog.preview.page.accessibleName() == "Packing slip preview"


def test_a_bad_value_shows_the_message_and_keeps_what_was_typed(qtbot, dialog, store):
    too_long = "x" * 601
    dialog.returns_block.setPlainText(too_long)
    dialog.slip_columns["ean"].setChecked(True)
    assert not dialog.save()
    assert dialog.message.isVisible()
    assert "at most 600 characters" in dialog.message.text()
    assert dialog.returns_block.toPlainText() == too_long
    assert dialog.slip_columns["ean"].isChecked()
    assert load_templates(store).slip.columns == ("sku", "asin")  # nothing stored


def test_the_sample_is_invented_and_uses_a_product_of_the_store(qtbot, store):
    save_product(store, Product("MUG-RED", name_override="Red mug"))
    shown = TemplatesDialog(store, load_settings(store))
    qtbot.addWidget(shown)
    _rendered(qtbot, shown, 1)
    shown.preview.shutdown()
    product = shown.preview._sample.product
    slip = sample_order("DE", product)
    assert [i.sku for i in slip.order.items] == ["MUG-RED", "SAMPLE-TEA"]
    assert slip.order.items[0].product_name == "Red mug" and slip.order.marketplace == "DE"
    assert slip.contact is not None and slip.contact.recipient_name == "Sam Sample"


def test_the_print_page_opens_the_templates(qtbot, store):
    page = PrintPage(
        store, load_settings(store), JobRunner(store=store), list, lambda *a, **k: None
    )
    qtbot.addWidget(page)
    assert page.templates_button.accessibleName() == "Packing slip and pick list templates"
    opened = page.open_templates()
    assert isinstance(opened, TemplatesDialog) and opened.isVisible()
    _rendered(qtbot, opened, 1)
    opened.close_button.click()
    assert not opened.isVisible()
