"""The list of a person's bilans (a small list: the model is simply reset)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from app.ui.rows_model import RowsModel


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


class BilanListModel(RowsModel):
    COLUMNS = ("version", "stage", "date", "status", "author")

    def row_of(self, bilan_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == bilan_id), -1)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Version"), self.tr("Stage"), self.tr("Date"), self.tr("Status"), self.tr("Author"))[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "version": str(row.version), "stage": stage_label(row.stage),
                "date": row.bilan_date.strftime("%d/%m/%Y"),
                "status": status_label(row.status, row.amended_by_id is not None), "author": row.author,
            }[column]
        if role == Qt.ItemDataRole.UserRole:  # sort keys
            return {"version": row.version, "stage": row.stage, "date": row.bilan_date.toordinal(),
                    "status": row.status, "author": row.author.casefold()}[column]
        if role == Qt.ItemDataRole.ToolTipRole and row.gp_refused:
            return self.tr("The person refused that their GP be involved")
        return None
