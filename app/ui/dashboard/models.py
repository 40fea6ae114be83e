"""Qt item models of the dashboard: the persons behind a number, and the pending referrals."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.services.dashboard.indicators import WaitingReferral
from app.ui.formats import short_date
from app.ui.table_model import RIGHT, Column, TableModel


@dataclass(frozen=True)
class PersonLine:
    person_id: int
    name: str
    status: str
    workers: str


class PersonListModel(TableModel):
    def columns_(self) -> list[Column]:
        return [
            Column("person", lambda: QCoreApplication.translate("DashboardModels", "Person"), lambda r: r.name),
            Column("status", lambda: QCoreApplication.translate("DashboardModels", "Status"), lambda r: r.status,
                   sort=lambda r: r.status),
            Column("workers", lambda: QCoreApplication.translate("DashboardModels", "Workers"), lambda r: r.workers),
        ]


class WaitingModel(TableModel):
    """Pending referrals; rows are (WaitingReferral, person name, status label)."""

    def columns_(self) -> list[Column]:
        return [
            Column("person", lambda: QCoreApplication.translate("DashboardModels", "Person"), lambda r: r[1]),
            Column("partner", lambda: QCoreApplication.translate("DashboardModels", "Partner"),
                   lambda r: r[0].partner_name),
            Column("status", lambda: QCoreApplication.translate("DashboardModels", "Status"), lambda r: r[2],
                   sort=lambda r: r[2]),
            Column("since", lambda: QCoreApplication.translate("DashboardModels", "Since"),
                   lambda r: short_date(r[0].since), sort=lambda r: r[0].since.toordinal()),
            Column("days_waiting", lambda: QCoreApplication.translate("DashboardModels", "Days waiting"),
                   lambda r: r[0].days_waiting,
                   sort=lambda r: r[0].days_waiting, align=RIGHT),
        ]

    def referral_at(self, row: int) -> WaitingReferral:
        return self._rows[row][0]
