"""Needs (CANSAS) in the person file: entry, comparison, history, and the "make goals" hook.

Call `register()` once at start-up (the shell does, for every feature)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.permissions import Permission
from app.ui.registry import NavPageSpec, PersonTabSpec, register_nav_page, register_person_tab


def _title() -> str:
    return QCoreApplication.translate("NeedsTab", "Needs (CANSAS)")


def _factory(ws, person_id, parent):
    from app.ui.needs.tab import NeedsTab

    return NeedsTab(ws, person_id, parent)


def _agreement_title() -> str:
    return QCoreApplication.translate("AgreementPage", "Needs agreement")


def _agreement_factory(ws, main_window):
    from app.ui.needs.agreement import AgreementPage

    return AgreementPage(ws, main_window)


def register() -> None:
    # Peer workers do not see the tab; the services refuse them anyway.
    register_person_tab(PersonTabSpec("needs", 20, _title, _factory,
                                      visible=lambda ws: ws.can(Permission.CLINICAL_READ)))
    # Supervisors: staff/person agreement per domain over a caseload.
    register_nav_page(NavPageSpec("needs_agreement", 55, _agreement_title, _agreement_factory,
                                  visible=lambda ws: ws.can(Permission.TEAM_OVERVIEW)))
