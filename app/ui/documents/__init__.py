"""The documents kept in the vault for a person (tab "documents")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.shared.permissions import Permission
from app.ui.registry import PersonTabSpec, register_person_tab


def _factory(ws, person_id, parent):
    from app.ui.documents.tab import DocumentsTab

    return DocumentsTab(ws, person_id, parent)


def register() -> None:
    register_person_tab(PersonTabSpec(
        key="documents", order=70, title=lambda: QCoreApplication.translate("documents", "Documents"),
        factory=_factory, visible=lambda ws: ws.can(Permission.CLINICAL_READ)))
