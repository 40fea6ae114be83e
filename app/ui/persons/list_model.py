"""The person list as a Qt table model over plain PersonRow values.

All rows (20,000 and more) sit in one Python list; the view asks only for the cells it
draws. Filtering restricts the visible rows to the ids PersonService.search_ids returned
(plus the status filter); sorting happens here with list.sort on precomputed keys rather
than in a QSortFilterProxyModel, whose C++ comparisons would call back into Python for
every pair of rows (seconds at 20,000 rows instead of milliseconds).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.models.person import fold
from app.services.persons.records import PersonRow
from app.ui.persons.labels import short_date, status_labels

NAME, AGE, STATUS, WORKERS, LAST_CONTACT = range(5)
ID_ROLE = Qt.ItemDataRole.UserRole + 1

_STATUS_ORDER = {"active": 0, "paused": 1, "closed": 2}


class PersonTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[PersonRow] = []
        self._visible: list[PersonRow] = []
        self._ids: set[int] | None = None
        self._status: str | None = None
        self._sort = (NAME, Qt.SortOrder.AscendingOrder)
        self._today = date.today()
        self._status_text = status_labels()
        self._ages: dict[int, int | None] = {}
        self._folded: dict[int, str] = {}

    # -- data in --------------------------------------------------------------------------
    def set_rows(self, rows: list[PersonRow]) -> None:
        self.beginResetModel()
        self._all = rows
        self._today = date.today()
        self._ages = {r.id: r.age(self._today) for r in rows}
        self._folded = {r.id: fold(r.display_name) for r in rows}   # sort keys, computed once
        self._status_text = status_labels()
        self._apply()
        self.endResetModel()

    def update_rows(self, rows: list[PersonRow]) -> None:
        """Replace the given persons' rows (after an edit) without reloading everyone."""
        fresh = {r.id: r for r in rows}
        self.beginResetModel()
        self._all = [fresh.pop(r.id, r) for r in self._all] + list(fresh.values())
        for r in rows:
            self._ages[r.id] = r.age(self._today)
            self._folded[r.id] = fold(r.display_name)
        self._apply()
        self.endResetModel()

    def set_filter(self, ids: list[int] | set[int] | None, status: str | None) -> None:
        """Show only `ids` (None: everyone) with `status` (None: any)."""
        self.beginResetModel()
        self._ids = set(ids) if ids is not None else None
        self._status = status or None
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        ids, status = self._ids, self._status
        rows = [r for r in self._all if (ids is None or r.id in ids) and (status is None or r.status == status)]
        column, order = self._sort
        rows.sort(key=self._sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        self._visible = rows

    def _sort_key(self, column: int):
        if column == AGE:
            # Unknown ages last in ascending order.
            return lambda r: (self._ages.get(r.id) is None, self._ages.get(r.id) or 0)
        if column == STATUS:
            return lambda r: _STATUS_ORDER.get(r.status, 9)
        if column == WORKERS:
            return lambda r: fold(r.workers)
        if column == LAST_CONTACT:
            return lambda r: r.last_contact_at or datetime.min
        return lambda r: self._folded.get(r.id, "")

    # -- Qt model API -----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Age"), self.tr("Status"), self.tr("Assigned worker"),
                self.tr("Last contact"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._visible[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return row.display_name
            if column == AGE:
                age = self._ages.get(row.id)
                return "" if age is None else str(age)
            if column == STATUS:
                return self._status_text.get(row.status, row.status)
            if column == WORKERS:
                return row.workers
            if column == LAST_CONTACT:
                return short_date(row.last_contact_at)
        elif role == ID_ROLE:
            return row.id
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == AGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.beginResetModel()
        self._sort = (column, order)
        self._apply()
        self.endResetModel()

    # -- helpers ------------------------------------------------------------------------------
    def person_id(self, row: int) -> int:
        return self._visible[row].id

    def row_of(self, person_id: int) -> int:
        for i, r in enumerate(self._visible):
            if r.id == person_id:
                return i
        return -1

    def total(self) -> int:
        return len(self._all)
