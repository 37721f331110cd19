"""The scaling plot of ``run.py --plot``: one panel per series (import, wipe, search, ...), the
store's size in orders on a logarithmic axis, the measured value up the side, drawn with Qt's
QPainter offscreen into a PNG (no plotting library: the app's own toolkit does it)."""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from pathlib import Path

PANEL_W, PANEL_H, MARGIN = 420, 300, 56


def draw(points: Sequence[dict[str, object]], target: Path) -> Path | None:
    """Write the plot of ``points`` (``common.SCALING``) to ``target``; None when there are none."""
    series: dict[str, list[tuple[int, float, str]]] = {}
    for p in points:
        series.setdefault(str(p["series"]), []).append(
            (int(p["orders"]), float(p["value"]), str(p["unit"]))  # type: ignore[call-overload]
        )
    if not series:
        return None
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (fonts need it)
    columns = min(3, len(series))
    rows = math.ceil(len(series) / columns)
    image = QImage(columns * PANEL_W, rows * PANEL_H, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(QFont("DejaVu Sans", 8))
    for n, (name, values) in enumerate(sorted(series.items())):
        left, top = (n % columns) * PANEL_W, (n // columns) * PANEL_H
        _panel(painter, QRectF(left, top, PANEL_W, PANEL_H), name, sorted(values))
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(target))
    return target


def _panel(painter, box, name: str, values: list[tuple[int, float, str]]) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QPen

    plot = QRectF(box.left() + MARGIN, box.top() + 30, box.width() - MARGIN - 40, box.height() - 70)
    painter.setPen(QColor("black"))
    painter.drawText(
        QRectF(box.left(), box.top() + 6, box.width(), 20), Qt.AlignmentFlag.AlignCenter, name
    )
    painter.setPen(QPen(QColor("#888888"), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(plot)
    sizes = [v[0] for v in values]
    low, high = math.log10(min(sizes)), math.log10(max(sizes))
    span = (high - low) or 1.0
    top_value = max(v[1] for v in values) * 1.15 or 1.0

    def at(orders: int, value: float) -> QPointF:
        x = (
            plot.left() + (math.log10(orders) - low) / span * plot.width()
            if high > low
            else plot.center().x()
        )
        return QPointF(x, plot.bottom() - value / top_value * plot.height())

    for k in range(5):
        value = top_value * k / 4
        y = plot.bottom() - plot.height() * k / 4
        painter.setPen(QPen(QColor("#dddddd"), 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QColor("black"))
        painter.drawText(
            QRectF(box.left(), y - 8, MARGIN - 4, 16), Qt.AlignmentFlag.AlignRight, f"{value:.3g}"
        )
    painter.setPen(QPen(QColor("#1565c0"), 2))
    dots = [at(o, v) for o, v, _u in values]
    for a, b in zip(dots, dots[1:]):
        painter.drawLine(a, b)
    for (orders, value, unit), dot in zip(values, dots):
        painter.setBrush(QColor("#1565c0"))
        painter.drawEllipse(dot, 3.5, 3.5)
        painter.setPen(QColor("black"))
        painter.drawText(
            QRectF(dot.x() - 40, plot.bottom() + 4, 80, 16),
            Qt.AlignmentFlag.AlignCenter,
            f"{orders:,}",
        )
        painter.drawText(
            QRectF(dot.x() - 40, dot.y() - 20, 80, 16),
            Qt.AlignmentFlag.AlignCenter,
            f"{value:.3g} {unit}",
        )
        painter.setPen(QPen(QColor("#1565c0"), 2))
    painter.setPen(QColor("black"))
    painter.drawText(
        QRectF(box.left(), box.bottom() - 22, box.width(), 16),
        Qt.AlignmentFlag.AlignCenter,
        "orders in the store",
    )
