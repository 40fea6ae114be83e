"""Persons: the list (navigation page "persons") and the Overview tab of the person file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.registry import (
    NavPageSpec,
    PersonTabSpec,
    register_nav_page,
    register_person_tab,
)


def register() -> None:
    from app.ui.persons.overview import OverviewTab
    from app.ui.persons.page import PersonsPage

    register_nav_page(NavPageSpec(
        key="persons", order=0, title=lambda: QCoreApplication.translate("Navigation", "Persons"),
        factory=lambda ws, window: PersonsPage(ws, window)))
    register_person_tab(PersonTabSpec(
        key="overview", order=0, title=lambda: QCoreApplication.translate("Navigation", "Overview"),
        factory=lambda ws, person_id, parent: OverviewTab(ws, person_id, parent)))
