"""The directory as a Qt table model, and a proxy that filters with the service's own
PartnerFilter, so the page and the service agree on what "Dutch-speaking" or "no waiting
list" means."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel

from app.models.person import fold
from app.services.partners.directory import PartnerFilter, PartnerRecord
from app.ui.partners.labels import sector_label, service_type_label, yes_no_unknown
from app.ui.table_model import ROW_ROLE, SORT_ROLE, Column, TableModel

RECORD_ROLE = ROW_ROLE


class PartnerTableModel(TableModel):

    def record(self, row: int) -> PartnerRecord:
        return self._rows[row]

    def columns_(self) -> list[Column]:
        return [
            Column("name", lambda: self.tr("Organisation — service"),
                   lambda p: p.display_name + ("  ⚕" if p.is_gp else ""),
                   sort=lambda p: fold(p.display_name + ("  ⚕" if p.is_gp else "")),
                   tooltip=lambda p: "\n".join(x for x in (p.address, p.email, p.contact_person) if x)),
            Column("type", lambda: self.tr("Type"),
                   lambda p: f"{p.service_type} · {service_type_label(p.service_type)}",
                   sort=lambda p: fold(f"{p.service_type} · {service_type_label(p.service_type)}")),
            Column("sector", lambda: self.tr("Sector"), lambda p: sector_label(p.sector),
                   sort=lambda p: fold(sector_label(p.sector))),
            Column("languages", lambda: self.tr("Languages"), lambda p: ", ".join(p.languages),
                   sort=lambda p: fold(", ".join(p.languages))),
            Column("drugs", lambda: self.tr("Accepts drug use"), lambda p: yes_no_unknown(p.accepts_drug_users),
                   sort=lambda p: fold(yes_no_unknown(p.accepts_drug_users))),
            Column("waiting", lambda: self.tr("Usual wait"), self._waiting,
                   sort=lambda p: -1 if p.waiting_days is None else p.waiting_days),
            Column("phone", lambda: self.tr("Phone"), lambda p: p.phone, sort=lambda p: fold(p.phone or "")),
        ]

    def _waiting(self, p: PartnerRecord) -> str:
        if p.waiting_days is None:
            return "—"
        return self.tr("none") if p.waiting_days == 0 else self.tr("%n day(s)", "", p.waiting_days)


class PartnerFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._filter = PartnerFilter()
        self.setSortRole(SORT_ROLE)

    def set_filter(self, where: PartnerFilter) -> None:
        self.beginFilterChange()
        self._filter = where
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802
        source = self.sourceModel()
        assert isinstance(source, PartnerTableModel)
        return self._filter.matches(source.record(source_row))
