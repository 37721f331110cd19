"""The seller's shipping boxes: a name, the inner size and the box's own weight (schema 14).

``packages.plan_package`` picks the smallest one the items fit in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP
from seller_desktop.core.labels.sizes import check_dims

if TYPE_CHECKING:
    from seller_desktop.core.store.store import Store

MAX_NAME = 60
MAX_BOX_WEIGHT_G = 50_000


@dataclass(frozen=True)
class Box:
    name: str
    length_mm: int
    width_mm: int
    height_mm: int
    weight_g: int = 0

    @property
    def volume(self) -> int:
        return self.length_mm * self.width_mm * self.height_mm


def add_box(store: Store, box: Box) -> Box:
    """Add a box, or replace the one of the same name; BadInput (nothing changed) if invalid."""
    box = _validated(box)
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO boxes (name, length_mm, width_mm, height_mm, weight_g) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET length_mm = "
            "excluded.length_mm, width_mm = excluded.width_mm, height_mm = excluded.height_mm, "
            "weight_g = excluded.weight_g",
            (box.name, box.length_mm, box.width_mm, box.height_mm, box.weight_g),
        )
    return box


def list_boxes(store: Store) -> list[Box]:
    """Every box, smallest (by volume) first, then by name."""
    boxes = [
        Box(*row)
        for row in store.conn.execute(
            "SELECT name, length_mm, width_mm, height_mm, weight_g FROM boxes ORDER BY name"
        )
    ]
    return sorted(boxes, key=lambda b: (b.volume, b.name))


def remove_box(store: Store, name: str) -> None:
    with store.transaction() as conn:
        if not conn.execute("DELETE FROM boxes WHERE name = ?", (name.strip(),)).rowcount:
            raise BadInput(
                QT_TRANSLATE_NOOP("SellerError", "There is no box named {name}."),
                name=name.strip(),
            )


def _validated(box: Box) -> Box:
    name = " ".join(box.name.split())
    if not name or len(name) > MAX_NAME:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError", "A box needs a name of 1 to {limit} characters, e.g. Small."
            ),
            limit=MAX_NAME,
        )
    check_dims((box.length_mm, box.width_mm, box.height_mm))
    if not 0 <= box.weight_g <= MAX_BOX_WEIGHT_G:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError", "The weight of box {name} must be 0 to {limit} grams."
            ),
            name=name,
            limit=MAX_BOX_WEIGHT_G,
        )
    return Box(name, box.length_mm, box.width_mm, box.height_mm, box.weight_g)
