"""What the start settled about interrupted label purchases is told in a box once the window is
up, in the interface's language (``ui.shell.notices.label_purchase_box``)."""

from __future__ import annotations

from seller_desktop.core.labels.reconcile import FOUND, STILL_UNKNOWN, LabelNote
from seller_desktop.ui.shell.notices import label_purchase_box


def test_the_box_lists_each_settled_purchase(qtbot):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    notes = [
        LabelNote(
            "111-0000001-0000001",
            "bought",
            FOUND,
            {
                "order_id": "111-0000001-0000001",
                "carrier": "UPS",
                "service": "Ground",
                "tracking": "1Z999",
            },
        ),
        LabelNote(
            "111-0000002-0000002",
            "unknown",
            STILL_UNKNOWN,
            {"order_id": "111-0000002-0000002", "reason": "ConnectError"},
        ),
    ]
    box = label_purchase_box(parent, notes)
    text = box.text()
    assert "111-0000001-0000001" in text and "1Z999" in text and "nothing was bought twice" in text
    assert "111-0000002-0000002" in text and "will not buy a second label" in text
    assert box.windowTitle() == "Shipping labels"
