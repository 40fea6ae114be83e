"""The caseload dashboard (nav page "dashboard", order 5) and the "Rights of the person"
action (key "person_rights", Ctrl+Shift+R) for the open person file.

The shell gives the action its main window; the handler reads `window.ws` (or `workspace`)
and `window.current_person_id` (an attribute or a method returning the open person's id, or
None). When the person is erased the handler calls `window.person_erased(person_id)` if the
window has it, so the shell can close the file and refresh its lists; the dashboard page's
`open_person_requested(int)` signal asks the shell to open a file.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.services.shared.permissions import Permission
from app.ui.contracts import ActionContext


def open_person_rights(ctx: ActionContext) -> None:
    from app.ui.dashboard.rights import PersonRightsDialog

    window, person_id = ctx.window, ctx.person_id
    if person_id is None:
        QMessageBox.information(window, QCoreApplication.translate("DashboardFeature", "Rights of the person"),
                                QCoreApplication.translate("DashboardFeature", "Open a person's file first."))
        return
    dialog = PersonRightsDialog(ctx.ws, person_id, window)
    dialog.person_erased.connect(ctx.person_erased)
    dialog.exec()


def _dashboard_page(ws, window):
    from app.ui.dashboard.page import DashboardPage

    return DashboardPage(ws, window)     # the shell connects open_person_requested


def register() -> None:
    from app.ui.registry import (
        ActionSpec,
        NavPageSpec,
        register_action,
        register_nav_page,
    )

    register_nav_page(NavPageSpec(
        key="dashboard", order=5,
        title=lambda: QCoreApplication.translate("DashboardFeature", "Dashboard"),
        factory=_dashboard_page,
        visible=lambda ws: ws.can(Permission.CLINICAL_READ),
    ))
    register_action(ActionSpec(
        key="person_rights",
        title=lambda: QCoreApplication.translate("DashboardFeature", "Rights of the person"),
        shortcut="Ctrl+Shift+R",
        handler=open_person_rights,
        visible=lambda ws: ws.can(Permission.EXPORT) or ws.can(Permission.PERSON_EDIT),
        toolbar=False,
    ))
