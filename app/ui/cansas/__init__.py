"""Needs (CANSAS) in the person file: entry, comparison, history, and the "make goals" hook.

Call `register()` once at start-up (the shell does, for every feature)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.shared.permissions import Permission
from app.ui.registry import (
    NavPageSpec,
    PersonTabSpec,
    register_nav_page,
    register_person_tab,
)


def _title() -> str:
    return QCoreApplication.translate("NeedsTab", "Needs (CANSAS)")


def _factory(ws, person_id, parent):
    from app.ui.cansas.tab import NeedsTab

    tab = NeedsTab(ws, person_id, parent)
    tab.goals_requested.connect(lambda pid, domains: _make_goals(tab, pid, domains))
    return tab


def _make_goals(tab, person_id: int, domain_ids: list) -> None:
    """Unmet needs become provisional goals of the care plan (a new version when it was agreed)."""
    from app.ui.cansas.goals import make_goals

    row = tab.selected_row()
    make_goals(tab, tab.ws, person_id, list(domain_ids), row.assessed_on if row is not None else None)


def _agreement_title() -> str:
    return QCoreApplication.translate("AgreementPage", "Needs agreement")


def _agreement_factory(ws, main_window):
    from app.ui.cansas.agreement import AgreementPage

    return AgreementPage(ws, main_window)


def register() -> None:
    # Peer workers do not see the tab; the services refuse them anyway.
    register_person_tab(PersonTabSpec("needs", 20, _title, _factory,
                                      visible=lambda ws: ws.can(Permission.CLINICAL_READ)))
    # Supervisors: staff/person agreement per domain over a caseload.
    register_nav_page(NavPageSpec("needs_agreement", 55, _agreement_title, _agreement_factory,
                                  visible=lambda ws: ws.can(Permission.TEAM_OVERVIEW)))
