"""The social-support network map: the person's "Network" tab with the interactive sociogram."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.shared.permissions import Permission
from app.ui.registry import PersonTabSpec, register_person_tab


def _factory(ws, person_id, parent):
    from app.ui.network.tab import NetworkTab

    return NetworkTab(ws, person_id, parent)


def register() -> None:
    register_person_tab(PersonTabSpec(
        key="network", order=30,
        title=lambda: QCoreApplication.translate("network", "Network"),
        factory=_factory,
        visible=lambda ws: ws.can(Permission.CLINICAL_READ),
    ))
