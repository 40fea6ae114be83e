"""The person's functional bilans (tab "bilans")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.shared.permissions import Permission
from app.ui.registry import PersonTabSpec, register_person_tab


def _factory(ws, person_id, parent):
    from app.ui.bilan.tab import BilansTab

    return BilansTab(ws, person_id, parent)


def register() -> None:
    register_person_tab(PersonTabSpec(
        key="bilans", order=40, title=lambda: QCoreApplication.translate("bilans", "Bilans"),
        factory=_factory, visible=lambda ws: ws.can(Permission.CLINICAL_READ)))
