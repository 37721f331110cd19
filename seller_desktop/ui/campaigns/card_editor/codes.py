"""The codes a campaign's cards carry: none, codes this app generates (registration, warranty) or
Amazon claim codes imported from a file. The codes are added after the campaign is saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from seller_desktop.core.campaigns import add_generated_codes, code_counts, import_claim_codes
from seller_desktop.core.store import Store
from seller_desktop.ui.common.widgets import InlineMessage

NO_CODES, GENERATED, IMPORTED = "none", "generated", "imported"


class CardCodes(QObject):
    """The code source, its count or file, and what the campaign holds (``box``, for the form)."""

    #: The source changed: the preview shows a sample code or none.
    changed = Signal()

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self._host = host
        self._code_file: Path | None = None
        self._codes_total = 0
        self.code_source = QComboBox()
        self.code_source.setAccessibleName(self.tr("Codes on the cards"))
        self.code_source.addItem(self.tr("No code"), NO_CODES)
        self.code_source.addItem(
            self.tr("Codes this app generates (registration, warranty)"), GENERATED
        )
        self.code_source.addItem(self.tr("Amazon claim codes imported from a file"), IMPORTED)
        self.generate_count = QSpinBox()
        self.generate_count.setAccessibleName(self.tr("How many codes to generate"))
        self.generate_count.setRange(1, 100_000)
        self.generate_count.setValue(500)
        self.code_file_button = QPushButton(self.tr("Choose code &file…"))
        self.code_file_button.setAccessibleName(self.tr("Choose the claim-code file"))
        self.code_file_button.clicked.connect(self._pick_code_file)
        self.code_status = QLabel()
        self.code_status.setAccessibleName(self.tr("Codes of this campaign"))
        self.code_status.setWordWrap(True)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code_source, 1)
        code_row.addWidget(self.generate_count)
        code_row.addWidget(self.code_file_button)
        self.box = QVBoxLayout()
        self.box.addLayout(code_row)
        self.box.addWidget(self.code_status)
        self.code_source.currentIndexChanged.connect(self._code_source_changed)
        self._code_source_changed()  # the sentence for a new campaign

    def load(self, store: Store, campaign_id: int | None) -> None:
        """Say how many codes the campaign holds and how many are left."""
        total, left = code_counts(store).get(campaign_id, (0, 0)) if campaign_id else (0, 0)
        self._codes_total = total
        if total:
            self.code_source.setItemText(0, self.tr("Keep these codes, add none"))
            self.code_status.setText(
                self.tr("{0} codes, {1} not used yet. Choose a source above to add more.").format(
                    total, left
                )
            )
        self._code_source_changed()

    def has_codes(self) -> bool:
        """Whether the campaign's cards carry a code (held already, or added on saving)."""
        return self.code_source.currentData() != NO_CODES or self._codes_total > 0

    def _code_source_changed(self) -> None:
        source = self.code_source.currentData()
        self.generate_count.setVisible(source == GENERATED)
        self.code_file_button.setVisible(source == IMPORTED)
        if not self._codes_total:  # what the chosen source does (held codes are counted instead)
            self.code_status.setText(self._source_sentence(source))
        self.changed.emit()

    def _source_sentence(self, source: str) -> str:
        """The sentence under the choice, following it: a card without a code is not told it
        gets one."""
        if source == GENERATED:
            return self.tr("Each card gets its own code, never reused.")
        if source == IMPORTED:
            if self._code_file is not None:
                return self.tr("Codes from {0} are added when you save.").format(
                    self._code_file.name
                )
            return self.tr(
                "Each card gets one of the imported claim codes, never reused. Choose the file."
            )
        return self.tr("The cards carry no code.")

    def _pick_code_file(self) -> None:
        dialog = QFileDialog(self._host, self.tr("Choose the claim-code file"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Code lists (*.txt *.csv *.tsv);;All files (*)"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.set_code_file(Path(name)))
        self.file_dialog = dialog
        dialog.open()

    def set_code_file(self, path: Path) -> None:
        self._code_file = Path(path)
        index = self.code_source.findData(IMPORTED)
        self.code_source.setCurrentIndex(index)
        self.code_status.setText(
            self.tr("Codes from {0} are added when you save.").format(self._code_file.name)
        )  # also when the source was chosen already (no change signal then)

    # -- saving ----------------------------------------------------------------------------------

    def read_code_file(self, message: InlineMessage) -> bytes | None:
        """The chosen claim-code file's bytes (b"" when the source needs no file); None after
        saying in ``message`` what is wrong, before anything is saved."""
        if self.code_source.currentData() != IMPORTED:
            return b""
        if self._code_file is None:
            message.show_error(
                self.tr(
                    "Choose the claim-code file Seller Central gave "
                    "you, or choose another code source."
                )
            )
            return None
        try:
            return self._code_file.read_bytes()
        except OSError:
            message.show_error(self.tr("That file could not be read. Choose another one."))
            return None

    def add_codes(self, store: Store, campaign_id: int, data: bytes) -> None:
        """Add the chosen codes to the saved campaign (``data``: the claim-code file's bytes)."""
        source = self.code_source.currentData()
        if source == GENERATED:
            add_generated_codes(store, campaign_id, self.generate_count.value())
        elif source == IMPORTED and self._code_file is not None:
            import_claim_codes(store, campaign_id, data, self._code_file.name)
