"""The "My follow-ups" page: overdue reviews and actions across the caseload.

Double-clicking a row (or Enter) emits `open_person_requested(person_id)`; the shell
connects it to whatever opens a person's file.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import careplan as cp
from app.services.shared.workspace import Workspace
from app.ui import a11y, events
from app.ui.careplan.models import FollowUpsModel
from app.ui.contracts import OpensPersons, PageBase
from app.ui.tasks import run_task


class FollowUpsPage(OpensPersons, PageBase, QWidget):
    open_person_requested = Signal(int)

    def __init__(self, ws: Workspace, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self._today = today
        column = QVBoxLayout(self)
        title = QLabel(self.tr("My follow-ups"), self)
        title.setStyleSheet("font-weight: 600; font-size: 16px;")
        column.addWidget(title)
        intro = QLabel(self.tr("Care-plan reviews and actions whose date has passed, for the persons you "
                               "accompany. Double-click a line to open the person."), self)
        intro.setWordWrap(True)
        column.addWidget(intro)
        row = QHBoxLayout()
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by name or action"))
        self.filter.setClearButtonEnabled(True)
        a11y.name(self.filter, self.tr("Filter by name or action"))
        row.addWidget(self.filter, 1)
        self.count = QLabel(self)
        row.addWidget(self.count)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.reload)
        row.addWidget(self.refresh_button)
        column.addLayout(row)

        self.model = FollowUpsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter.textChanged.connect(self._filter_changed)
        self.view = QTableView(self)
        a11y.name(self.view, self.tr("My follow-ups"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (0, 2, 3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(self._open)
        self.view.activated.connect(self._open)
        column.addWidget(self.view, 1)
        self.empty = QLabel(self.tr("Nothing overdue."), self)
        self.empty.hide()
        column.addWidget(self.empty)
        self.reload()
        events.listen(self, {events.CAREPLAN, events.CONTACTS, events.PERSONS}, self._records_changed)

    def _records_changed(self, change: events.Change) -> None:
        if self.ws.is_open:
            self.reload()

    def reload(self) -> None:
        today = self._today or date.today()
        run_task(self, lambda ctx: cp.my_followups(self.ws, today=today), on_success=self._loaded,
                 label=self.tr("Looking for overdue follow-ups…"))

    def _loaded(self, items: list) -> None:
        self.model.set_rows(items)
        self.view.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        self.empty.setVisible(not items)
        self._update_count()

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n item(s)", "", self.proxy.rowCount()))

    def _open(self, index) -> None:
        person_id = self.model.person_id(self.proxy.mapToSource(index).row())
        if person_id is not None:
            self.open_person_requested.emit(person_id)
