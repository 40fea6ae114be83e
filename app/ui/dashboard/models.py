"""Qt item models of the dashboard: the persons behind a number, and the pending referrals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

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
    due_on: date | None = None     # overdue lists: the earliest date past
    days_late: int | None = None


class PersonListModel(TableModel):
    def columns_(self) -> list[Column]:
        return [
            Column("person", lambda: QCoreApplication.translate("DashboardModels", "Person"), lambda r: r.name),
            Column("status", lambda: QCoreApplication.translate("DashboardModels", "Status"), lambda r: r.status,
                   sort=lambda r: r.status),
            Column("workers", lambda: QCoreApplication.translate("DashboardModels", "Workers"), lambda r: r.workers),
        ]


class OverdueListModel(TableModel):
    """The persons behind an overdue figure, with the date that passed and how many days ago."""

    def columns_(self) -> list[Column]:
        return [
            Column("person", lambda: QCoreApplication.translate("DashboardModels", "Person"), lambda r: r.name),
            Column("due_on", lambda: QCoreApplication.translate("DashboardModels", "Due on"),
                   lambda r: short_date(r.due_on) if r.due_on else "",
                   sort=lambda r: r.due_on.toordinal() if r.due_on else None),
            Column("days_late", lambda: QCoreApplication.translate("DashboardModels", "Days late"),
                   lambda r: "" if r.days_late is None else str(r.days_late),
                   sort=lambda r: r.days_late, align=RIGHT),
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
