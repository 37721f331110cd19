"""The daily automatic review requests on the Reviews screen: the switch (off until the seller
turns it on) and the log of the last rounds, counts only."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from seller_desktop.ui.reviews.source import AutoRunLike


class AutoBox(QGroupBox):
    #: The seller switched the daily requests on or off.
    switched = Signal(bool)

    def __init__(self, when: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Automatic requests"), parent)
        self._when = when
        layout = QVBoxLayout(self)
        self.enabled = QCheckBox(
            self.tr("Ask every eligible order through Amazon once a day while the app is open")
        )
        self.enabled.toggled.connect(self.switched.emit)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.log = QLabel()
        self.log.setWordWrap(True)
        self.log.setAccessibleName(self.tr("Automatic request log"))
        for widget in (self.enabled, self.hint, self.log):
            layout.addWidget(widget)

    def set_state(self, on: bool, connected: bool, runs: list[AutoRunLike]) -> None:
        """Show the switch (usable only with an Amazon account) and the log, newest first."""
        self.enabled.blockSignals(True)
        self.enabled.setChecked(on)
        self.enabled.blockSignals(False)
        self.enabled.setEnabled(connected or on)
        self.hint.setText(
            ""
            if connected
            else self.tr(
                "Connect an Amazon account (Settings › Amazon account) to ask automatically; until "
                "then, open the orders in Seller Central."
            )
        )
        self.hint.setVisible(not connected)
        lines = [self.line(run) for run in runs[:7]]
        self.log.setText("\n".join(lines) if lines else self.tr("No automatic round yet."))

    def line(self, run: AutoRunLike) -> str:
        text = self.tr("{0}: %n asked", "", run.requested).format(self._when(run.started_at))
        parts = [text]
        if run.not_eligible:
            parts.append(self.tr("%n not offered by Amazon", "", run.not_eligible))
        if run.already:
            parts.append(self.tr("%n asked before", "", run.already))
        if run.failed:
            parts.append(self.tr("%n failed", "", run.failed))
        if run.interrupted:
            parts.append(self.tr("interrupted; it goes on at the next check"))
        elif run.stopped:
            parts.append(self.tr("stopped: {0}").format(run.stopped))
        return ", ".join(parts)
