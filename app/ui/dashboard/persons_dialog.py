"""The persons behind a number: a filterable list; double-click or Enter opens the person's
file (on the tab the number is about) and brings the main window in front. Overdue lists also
show the date that passed and the days late, the longest overdue first."""

from __future__ import annotations

from datetime import date

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
from app.ui.dashboard.models import OverdueListModel, PersonLine, PersonListModel
from app.ui.tasks import run_task

CHUNK = 5000   # ids per query: well below SQLite's limit on bound parameters


def rows_of(ws: Workspace, ids: list[int]) -> list:
    service = PersonService(ws)
    return [row for start in range(0, len(ids), CHUNK) for row in service.rows(person_ids=ids[start:start + CHUNK])]


class PersonsDialog(QDialog):
    open_person_requested = Signal(int, str)     # person id, the file's tab to show ("" = default)

    def __init__(self, ws: Workspace, title: str, person_ids: tuple[int, ...], parent: QWidget | None = None,
                 due: dict[int, date] | None = None, tab: str = "", today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(720 if due is not None else 640, 480)
        self.due, self.tab, self.today = due, tab, today or date.today()
        self.model = OverdueListModel(self) if due is not None else PersonListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        # The longest overdue first; otherwise by name.
        self.view.sortByColumn(2 if due is not None else 0,
                               Qt.SortOrder.DescendingOrder if due is not None else Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):     # translated titles never cut off
            self.view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(self._open)
        self.view.activated.connect(self._open)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by name…"))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.count = QLabel(self.tr("%n person(s)", "", len(person_ids)))
        hint = QLabel(self.tr("Double-click a person (or press Enter) to open their file."))
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
        due = self.due or {}
        self.model.set_rows([
            PersonLine(r.id, r.display_name, status_label(r.status), r.workers, due.get(r.id),
                       (self.today - due[r.id]).days if r.id in due else None)
            for r in rows])

    def _open(self, index) -> None:
        line = self.model.row_at(self.proxy.mapToSource(index).row())
        self.open_person_requested.emit(line.person_id, self.tab)
        # The file opens in the main window: bring it in front, out from under this list.
        parent = self.parentWidget()
        window = parent.window() if parent is not None else None
        self.close()
        if window is not None:
            window.raise_()
            window.activateWindow()
