"""Continuity of care in the person file: hospital stays, the joint crisis plan and the
documents received from partners (tabs "stays", "crisis", "received")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.shared.permissions import Permission
from app.ui.registry import PersonTabSpec, register_person_tab


def _stays(ws, person_id, parent):
    from app.ui.continuity.stays_tab import StaysTab

    return StaysTab(ws, person_id, parent)


def _crisis(ws, person_id, parent):
    from app.ui.continuity.crisis_tab import CrisisTab

    return CrisisTab(ws, person_id, parent)


def _received(ws, person_id, parent):
    from app.ui.continuity.received_tab import ReceivedTab

    return ReceivedTab(ws, person_id, parent)


def register() -> None:
    register_person_tab(PersonTabSpec(
        key="crisis", order=15, title=lambda: QCoreApplication.translate("continuity", "Crisis plan"),
        factory=_crisis))
    register_person_tab(PersonTabSpec(
        key="stays", order=55, title=lambda: QCoreApplication.translate("continuity", "Stays"),
        factory=_stays))
    register_person_tab(PersonTabSpec(
        key="received", order=75, title=lambda: QCoreApplication.translate("continuity", "Received"),
        factory=_received, visible=lambda ws: ws.can(Permission.CLINICAL_READ)))
