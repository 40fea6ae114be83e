"""The documents kept in the vault for one person."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Qt

from app.ui.rows_model import RowsModel


def local_time(utc: datetime) -> datetime:
    """Stored instants are naive UTC; people read their own clock."""
    return utc.replace(tzinfo=UTC).astimezone()


def kind_label(kind: str, variant: str) -> str:
    base = {
        "bilan": QCoreApplication.translate("documents", "Bilan"),
        "letter": QCoreApplication.translate("documents", "Referral letter"),
        "cansas": QCoreApplication.translate("documents", "Needs (CANSAS)"),
        "careplan": QCoreApplication.translate("documents", "Care plan"),
        "network": QCoreApplication.translate("documents", "Network map"),
        "access": QCoreApplication.translate("documents", "Right of access"),
    }.get(kind, kind)
    extra = {"gp": QCoreApplication.translate("documents", "for the GP"),
             "full": QCoreApplication.translate("documents", "full"),
             "person": QCoreApplication.translate("documents", "for the person"),
             "partner": QCoreApplication.translate("documents", "for partners")}.get(variant, variant)
    return f"{base} — {extra}" if extra else base


class DocumentListModel(RowsModel):
    COLUMNS = ("created", "kind", "recipient", "language", "author", "size")

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Made on"), self.tr("Document"), self.tr("For"), self.tr("Language"), self.tr("By"),
                self.tr("Size"))[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "created": local_time(row.created_at).strftime("%d/%m/%Y %H:%M"),
                "kind": kind_label(row.kind, row.variant),
                "recipient": row.recipient or self.tr("Internal copy"),
                "language": row.language.upper(), "author": row.author,
                "size": self.tr("%1 kB").replace("%1", str(max(1, round(row.size / 1024)))),
            }[column]
        if role == Qt.ItemDataRole.UserRole:
            return {"created": row.created_at.isoformat(), "kind": row.kind, "recipient": row.recipient.casefold(),
                    "language": row.language, "author": row.author.casefold(), "size": row.size}[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.title}\nSHA-256 {row.sha256}"
        return None
