"""Care plans in the interface: the person's "Care plan" tab and the "My follow-ups" page.

`register()` adds both to app/ui/registry.py. The follow-ups page emits
`open_person_requested(int)` on double-click: the shell connects it to opening that person.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.registry import (
    NavPageSpec,
    PersonTabSpec,
    register_nav_page,
    register_person_tab,
)


def _tab(ws, person_id, parent):
    from app.ui.careplan.tab import CarePlanTab

    return CarePlanTab(ws, person_id, parent)


def _followups(ws, parent):
    from app.ui.careplan.followups import FollowUpsPage

    return FollowUpsPage(ws, parent)


def register() -> None:
    register_person_tab(PersonTabSpec(
        "careplan", 10, lambda: QCoreApplication.translate("CarePlanRegistry", "Care plan"), _tab))
    register_nav_page(NavPageSpec(
        "followups", 20, lambda: QCoreApplication.translate("CarePlanRegistry", "My follow-ups"), _followups))
