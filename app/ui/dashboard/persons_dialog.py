"""The persons behind a number: a filterable list; double-click opens the person's file."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.persons.records import PersonService
from app.services.shared.workspace import Workspace
from app.ui import a11y
from app.ui.dashboard.labels import status_label
from app.ui.dashboard.models import PersonLine, PersonListModel
from app.ui.tasks import run_task

CHUNK = 5000   # ids per query: well below SQLite's limit on bound parameters


def rows_of(ws: Workspace, ids: list[int]) -> list:
    service = PersonService(ws)
    return [row for start in range(0, len(ids), CHUNK) for row in service.rows(person_ids=ids[start:start + CHUNK])]


class PersonsDialog(QDialog):
    open_person_requested = Signal(int)

    def __init__(self, ws: Workspace, title: str, person_ids: tuple[int, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(640, 480)
        self.model = PersonListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self._open)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by name…"))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.count = QLabel(self.tr("%n person(s)", "", len(person_ids)))
        hint = QLabel(self.tr("Double-click a person to open their file."))
        hint.setStyleSheet("color: #5f6b7a;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        a11y.name(self.filter, self.filter.placeholderText())
        a11y.name(self.view, title)
        a11y.keyboard_friendly(self)      # Tab leaves the table for the Close button
        ids = list(person_ids)
        run_task(self, lambda ctx: rows_of(ws, ids), on_success=self._loaded, label=self.tr("Loading the list…"))

    def _loaded(self, rows) -> None:
        self.model.set_rows([PersonLine(r.id, r.display_name, status_label(r.status), r.workers) for r in rows])

    def _open(self, index) -> None:
        line = self.model.row_at(self.proxy.mapToSource(index).row())
        self.open_person_requested.emit(line.person_id)
