"""The directory as a Qt table model, and a proxy that filters with the service's own
PartnerFilter, so the page and the service agree on what "Dutch-speaking" or "no waiting
list" means."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt

from app.models.person import fold
from app.services.partners.directory import PartnerFilter, PartnerRecord
from app.ui.partners.labels import sector_label, service_type_label, yes_no_unknown
from app.ui.rows_model import RowsModel

COLUMNS = ("name", "type", "sector", "languages", "drugs", "waiting", "phone")
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


class PartnerTableModel(RowsModel):

    def record(self, row: int) -> PartnerRecord:
        return self._rows[row]

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Organisation — service"), self.tr("Type"), self.tr("Sector"), self.tr("Languages"),
                self.tr("Accepts drug use"), self.tr("Usual wait"), self.tr("Phone")][section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == RECORD_ROLE:
            return p
        if role == Qt.ItemDataRole.ToolTipRole and column == "name":
            return "\n".join(x for x in (p.address, p.email, p.contact_person) if x)
        if role == Qt.ItemDataRole.UserRole:  # sort keys
            if column == "waiting":
                return -1 if p.waiting_days is None else p.waiting_days
            return fold(str(self.data(index) or ""))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "name":
            return p.display_name + ("  ⚕" if p.is_gp else "")
        if column == "type":
            return f"{p.service_type} · {service_type_label(p.service_type)}"
        if column == "sector":
            return sector_label(p.sector)
        if column == "languages":
            return ", ".join(p.languages)
        if column == "drugs":
            return yes_no_unknown(p.accepts_drug_users)
        if column == "waiting":
            if p.waiting_days is None:
                return "—"
            return self.tr("none") if p.waiting_days == 0 else self.tr("%n day(s)", "", p.waiting_days)
        if column == "phone":
            return p.phone
        return None


class PartnerFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._filter = PartnerFilter()
        self.setSortRole(Qt.ItemDataRole.UserRole)

    def set_filter(self, where: PartnerFilter) -> None:
        self.beginFilterChange()
        self._filter = where
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802
        return self._filter.matches(self.sourceModel().record(source_row))
