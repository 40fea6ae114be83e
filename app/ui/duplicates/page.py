"""The candidate list: pairs of files that may be one person, with the reasons, found on a
worker thread (comparing every file takes a moment in a large vault)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import RelaisError
from app.services.persons.duplicates import Candidate, dismiss, find_candidates
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace
from app.ui import tasks
from app.ui.contracts import OpensPersons, PageBase
from app.ui.table_model import Column, TableModel, table_view
from app.ui.widgets import error_label, label, show_error


class CandidateTableModel(TableModel):
    def columns_(self) -> list[Column]:
        return [
            Column("first", lambda: self.tr("File"), lambda c: c.first.label()),
            Column("second", lambda: self.tr("May be the same person as"), lambda c: c.second.label()),
            Column("why", lambda: self.tr("Why"), lambda c: "; ".join(c.reason_texts())),
        ]


class DuplicatesPage(OpensPersons, PageBase, QWidget):
    open_person_requested = Signal(int)

    def __init__(self, ws: Workspace, window: QWidget | None = None) -> None:
        super().__init__(window)
        self.ws, self.window_ = ws, window
        self.candidates: list[Candidate] = []
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(label(self.tr("Possible duplicates"), "title"))
        layout.addWidget(label(self.tr("Files that may belong to one person: the same NISS, the same birth with "
                                       "close names, swapped names, or an alias that is the other's name."),
                               "hint", wrap=True))
        self.status = label("", "hint")
        layout.addWidget(self.status)
        self.model = CandidateTableModel(self)
        self.table = table_view(self.model, self.tr("Possible duplicates"))
        self.table.setWordWrap(True)      # the reasons may take two lines
        self.table.selectionModel().selectionChanged.connect(self._enable)
        layout.addWidget(self.table, 1)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("Look again"))
        self.open_button = QPushButton(self.tr("Open both files"))
        self.dismiss_button = QPushButton(self.tr("Not the same person"))
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.refresh_button.clicked.connect(self.reload)
        self.open_button.clicked.connect(self.open_first)
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.merge_button.clicked.connect(self.merge_selected)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        for button in (self.open_button, self.dismiss_button, self.merge_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self._enable()

    # -- loading ------------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        if self._loading:
            return
        self._loading = True
        self.status.setText(self.tr("Looking for possible duplicates…"))
        tasks.run_task(self, lambda ctx: find_candidates(self.ws), on_success=self._show,
                       on_failure=self._failed, cancellable=False)

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        show_error(self.error, exc.message() if isinstance(exc, RelaisError) else type(exc).__name__)

    def _show(self, found: list[Candidate]) -> None:
        self._loading = False
        self.candidates = found
        self.model.set_rows(found)
        self.table.resizeRowsToContents()
        self.status.setText(self.tr("%n pair(s) to look at", "", len(found)) if found
                            else self.tr("No possible duplicates."))
        self._enable()

    # -- actions ------------------------------------------------------------------------------
    def selected(self) -> Candidate | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _enable(self) -> None:
        chosen = self.selected() is not None
        editor = self.ws.can(Permission.PERSON_EDIT)
        self.open_button.setEnabled(chosen)
        self.dismiss_button.setEnabled(chosen and editor)
        self.merge_button.setEnabled(chosen and editor)

    def open_first(self) -> None:
        candidate = self.selected()
        if candidate is not None:
            self.open_person_requested.emit(candidate.first.id)

    def dismiss_selected(self) -> None:
        candidate = self.selected()
        if candidate is None:
            return
        try:
            dismiss(self.ws, candidate.first.id, candidate.second.id)
        except RelaisError as exc:
            show_error(self.error, exc.message())
            return
        self.reload()

    def merge_selected(self) -> None:
        from app.ui.duplicates.merge_dialog import MergeDialog

        candidate = self.selected()
        if candidate is None:
            return
        dialog = MergeDialog(self.ws, candidate.first.id, candidate.second.id, self)
        if dialog.exec():
            self.reload()
