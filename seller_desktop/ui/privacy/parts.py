"""Small pieces the Privacy tabs share: figures, lists, buttons, a tab's body, file dialogs,
running a job and saving a setting.

Texts here are filed under the "PrivacyPage" context (``QCoreApplication.translate``), where they
were when the page was one class.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from seller_desktop.core.base.changes import NOTHING, StoreChanges
from seller_desktop.core.base.errors import BadInput, SellerError
from seller_desktop.core.settings import Settings, load_settings, save_settings
from seller_desktop.core.store import Store
from seller_desktop.ui.common.formatting import seller_message
from seller_desktop.ui.common.jobs import JobCancelled, JobRunner, report_unexpected, run_operation
from seller_desktop.ui.common.widgets import InlineMessage

#: Order ids listed in a confirmation before "and N more".
MAX_IDS_LISTED = 40


def ids_text(ids: list[str] | tuple[str, ...], limit: int = MAX_IDS_LISTED) -> str:
    shown = " ".join(ids[:limit])
    more = len(ids) - limit
    return shown + (
        QCoreApplication.translate("PrivacyPage", " … and {0} more").format(more)
        if more > 0
        else ""
    )


def busy_text() -> str:
    """What a tab says when the seller acts while another job owns the store."""
    return QCoreApplication.translate(
        "PrivacyPage", "Another task is running. Try again in a moment."
    )


class Stat(QFrame):
    """One figure at the top of the page: a large number over its caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacyStat")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._caption = caption
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        self.number = QLabel("0")
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # screen readers reach each figure

    def set_value(self, value: str, detail: str = "") -> None:
        self.number.setText(value)
        self.caption.setText(self._caption + (f"\n{detail}" if detail else ""))
        self.setAccessibleName(f"{self._caption}: {value}" + (f" ({detail})" if detail else ""))

    def value(self) -> str:
        return self.number.text()


def make_tree(name: str, headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setAccessibleName(name)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setHeaderLabels(headers)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = tree.header()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return tree


def selected_id(tree: QTreeWidget) -> str | None:
    """The order id (UserRole of column 0) of the tree's selected row, if any."""
    items = tree.selectedItems()
    return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None


def make_button(text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.clicked.connect(lambda _checked=False: slot())
    return button


def tab_layout(tab: QWidget) -> QVBoxLayout:
    """A tab's body: the tab itself holds the scroll area, the body scrolls inside it."""
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.setContentsMargins(4, 10, 4, 4)
    layout.setSpacing(8)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(body)
    outer = QVBoxLayout(tab)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    return layout


def save_file_dialog(
    parent: QWidget, title: str, name: str, filter_text: str, chosen: Callable[[Path], object]
) -> QFileDialog:
    """A window-modal "save as" dialog in the seller's documents folder, suggesting ``name``."""
    dialog = QFileDialog(parent, title)
    dialog.setObjectName("privacyFileDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilter(filter_text)
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if folder and Path(folder).is_dir():
        dialog.setDirectory(folder)
    dialog.selectFile(name)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(lambda file: chosen(Path(file)))
    dialog.open()
    return dialog


def run_job(
    jobs: JobRunner,
    work: Callable[[], object],
    done: Callable[[object], None],
    error: Callable[[str], None],
    changes: StoreChanges = NOTHING,
) -> bool:
    """``work()`` on the worker thread (one step, queued behind a running job); ``done(result)``
    or ``error(message)`` hear this job's end only; ``changes`` are announced when it ends."""

    def steps() -> Generator[tuple[int, int], None, object]:
        yield 0, 1
        return work()

    def failed(exc: BaseException) -> None:
        if isinstance(exc, JobCancelled):
            error(
                QCoreApplication.translate(
                    "PrivacyPage", "Stopped before it was done; nothing was changed."
                )
            )
        elif isinstance(exc, SellerError):
            error(seller_message(exc))
        else:
            error(
                QCoreApplication.translate(
                    "PrivacyPage", "Something went wrong; the details are in the error report."
                )
            )
            report_unexpected(exc)

    return run_operation(jobs, steps, done, failed, changes)


def save_setting(
    store: Store,
    jobs: JobRunner,
    change: Callable[[Settings], Settings],
    message: InlineMessage,
    success: str,
    save: Callable[[Settings], Settings] | None = None,
) -> Settings | None:
    """Apply ``change`` to the stored settings and save them on the GUI thread (``save``, else
    ``save_settings``); the saved ``Settings``, or None with the reason in ``message``."""
    if jobs.busy:
        message.show_error(busy_text())
        return None
    try:
        changed = change(load_settings(store))
        saved = save(changed) if save is not None else save_settings(store, changed)
    except BadInput as err:
        message.show_error(seller_message(err))
        return None
    message.show_info(success)
    return saved
