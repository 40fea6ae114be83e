"""The list of a person's bilans (a small list: the model is simply reset)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.formats import short_date
from app.ui.table_model import Column, TableModel


def stage_label(stage: str) -> str:
    return {
        "initial": QCoreApplication.translate("bilans", "Initial"),
        "interim": QCoreApplication.translate("bilans", "Interim"),
        "final": QCoreApplication.translate("bilans", "End of trajectory"),
    }.get(stage, stage)


def status_label(row_status: str, amended: bool) -> str:
    if row_status == "final":
        return QCoreApplication.translate("bilans", "Final, amended") if amended else \
            QCoreApplication.translate("bilans", "Final")
    return QCoreApplication.translate("bilans", "Draft")


class BilanListModel(TableModel):
    def columns_(self) -> list[Column]:
        refused = lambda r: self.tr("The person refused that their GP be involved") if r.gp_refused else None  # noqa: E731
        return [
            Column("version", lambda: self.tr("Version"), lambda r: str(r.version), sort=lambda r: r.version,
                   tooltip=refused),
            Column("stage", lambda: self.tr("Stage"), lambda r: stage_label(r.stage), sort=lambda r: r.stage,
                   tooltip=refused),
            Column("date", lambda: self.tr("Date"), lambda r: short_date(r.bilan_date),
                   sort=lambda r: r.bilan_date.toordinal(), tooltip=refused),
            Column("status", lambda: self.tr("Status"), lambda r: status_label(r.status, r.amended_by_id is not None),
                   sort=lambda r: r.status, tooltip=refused),
            Column("author", lambda: self.tr("Author"), lambda r: r.author, tooltip=refused),
        ]

    def row_of(self, bilan_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == bilan_id), -1)
