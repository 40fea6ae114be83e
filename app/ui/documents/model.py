"""The documents kept in the vault for one person."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.formats import local_datetime as local_time  # noqa: F401 - kept for callers
from app.ui.formats import local_text
from app.ui.table_model import Column, TableModel


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


def _tooltip(row) -> str:
    return f"{row.title}\nSHA-256 {row.sha256}"


class DocumentListModel(TableModel):
    def columns_(self) -> list[Column]:
        return [
            Column("created", lambda: self.tr("Made on"), lambda r: local_text(r.created_at),
                   sort=lambda r: r.created_at, tooltip=_tooltip),
            Column("kind", lambda: self.tr("Document"), lambda r: kind_label(r.kind, r.variant),
                   sort=lambda r: r.kind, tooltip=_tooltip),
            Column("recipient", lambda: self.tr("For"), lambda r: r.recipient or self.tr("Internal copy"),
                   sort=lambda r: r.recipient.casefold(), tooltip=_tooltip),
            Column("language", lambda: self.tr("Language"), lambda r: r.language.upper(),
                   sort=lambda r: r.language, tooltip=_tooltip),
            Column("author", lambda: self.tr("By"), lambda r: r.author, tooltip=_tooltip),
            Column("size", lambda: self.tr("Size"),
                   lambda r: self.tr("%1 kB").replace("%1", str(max(1, round(r.size / 1024)))),
                   sort=lambda r: r.size, tooltip=_tooltip),
        ]
