"""Needs (CANSAS) in the person file: entry, comparison, history, and the "make goals" hook.

Call `register()` once at start-up (the shell does, for every feature)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.permissions import Permission
from app.ui.registry import PersonTabSpec, register_person_tab


def _title() -> str:
    return QCoreApplication.translate("NeedsTab", "Needs (CANSAS)")


def _factory(ws, person_id, parent):
    from app.ui.needs.tab import NeedsTab

    return NeedsTab(ws, person_id, parent)


def register() -> None:
    # Peer workers do not see the tab; the services refuse them anyway.
    register_person_tab(PersonTabSpec("needs", 20, _title, _factory,
                                      visible=lambda ws: ws.can(Permission.CLINICAL_READ)))
