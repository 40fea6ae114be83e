"""Qt item models of the dashboard: the persons behind a number, and the pending referrals."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from app.services.dashboard.indicators import WaitingReferral
from app.ui.rows_model import RowsModel

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class PersonLine:
    person_id: int
    name: str
    status: str
    workers: str


class _RowsModel(RowsModel):
    """A small list model: columns are (header, value of a row, sort key of a row)."""

    columns: list[tuple[Callable[[], str], Callable[[Any], object], Callable[[Any], object]]] = []

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section][0]()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        _, shown, sort_key = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(row)
        if role == Qt.ItemDataRole.UserRole:
            return sort_key(row)
        return None


class PersonListModel(_RowsModel):
    columns = [
        (lambda: QCoreApplication.translate("DashboardModels", "Person"), lambda r: r.name,
         lambda r: r.name.casefold()),
        (lambda: QCoreApplication.translate("DashboardModels", "Status"), lambda r: r.status, lambda r: r.status),
        (lambda: QCoreApplication.translate("DashboardModels", "Workers"), lambda r: r.workers,
         lambda r: r.workers.casefold()),
    ]


class WaitingModel(_RowsModel):
    """Pending referrals; rows are (WaitingReferral, person name, status label)."""

    columns = [
        (lambda: QCoreApplication.translate("DashboardModels", "Person"), lambda r: r[1], lambda r: r[1].casefold()),
        (lambda: QCoreApplication.translate("DashboardModels", "Partner"), lambda r: r[0].partner_name,
         lambda r: r[0].partner_name.casefold()),
        (lambda: QCoreApplication.translate("DashboardModels", "Status"), lambda r: r[2], lambda r: r[2]),
        (lambda: QCoreApplication.translate("DashboardModels", "Since"), lambda r: r[0].since.strftime("%d/%m/%Y"),
         lambda r: r[0].since.toordinal()),
        (lambda: QCoreApplication.translate("DashboardModels", "Days waiting"), lambda r: r[0].days_waiting,
         lambda r: r[0].days_waiting),
    ]

    def referral_at(self, row: int) -> WaitingReferral:
        return self._rows[row][0]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)
