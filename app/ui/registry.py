"""Where features plug into the main window, so the window stays a thin shell.

A feature registers its person-file tab, its navigation page or its global action from its
own module (app/ui/<feature>/...), and app/ui/features.py imports those modules once.

Person-file tabs follow the PersonTab contract and pages the Page contract (app/ui/contracts.py,
with no-op defaults in PersonTabBase / PageBase); actions receive an ActionContext.
After an operation, a tab calls app.ui.events.records_changed({kind}, person_id=...) so the
header (flags, name), the person list and the caseload pages refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.services.shared.workspace import Workspace
    from app.ui.contracts import ActionContext


def _always(ws: Workspace) -> bool:
    return True


@dataclass(frozen=True)
class PersonTabSpec:
    key: str                      # overview, careplan, needs, network, bilans, contacts, referrals, documents
    order: int                    # position among the tabs (overview 0, careplan 10, needs 20, network 30,
                                  # bilans 40, contacts 50, referrals 60, documents 70)
    title: Callable[[], str]      # called at display time so the language can change
    factory: Callable[[Workspace, int, QWidget], QWidget]   # (workspace, person id, parent)
    visible: Callable[[Workspace], bool] = _always              # e.g. lambda ws: ws.can(CLINICAL_READ)


@dataclass(frozen=True)
class NavPageSpec:
    key: str                      # persons, contacts, partners, followups, dashboard, users, audit
    order: int
    title: Callable[[], str]
    factory: Callable[[Workspace, QWidget], QWidget]         # (workspace, main window)
    visible: Callable[[Workspace], bool] = _always
    icon: str = ""                # file name in resources/icons, optional


@dataclass(frozen=True)
class ActionSpec:
    key: str                      # e.g. "quick_contact"
    title: Callable[[], str]
    shortcut: str                 # QKeySequence text, e.g. "Ctrl+K"
    handler: Callable[[ActionContext], None]                      # ws, main window, open person
    visible: Callable[[Workspace], bool] = _always
    toolbar: bool = True


@dataclass(frozen=True)
class StatusSpec:
    """A permanent widget in the status bar while signed in (e.g. the team's sync line)."""

    key: str
    factory: Callable[[Workspace, QWidget], QWidget]       # (workspace, main window)


@dataclass
class Registry:
    person_tabs: list[PersonTabSpec] = field(default_factory=list)
    nav_pages: list[NavPageSpec] = field(default_factory=list)
    actions: list[ActionSpec] = field(default_factory=list)
    status: list[StatusSpec] = field(default_factory=list)


REGISTRY = Registry()


def register_person_tab(spec: PersonTabSpec) -> None:
    REGISTRY.person_tabs[:] = sorted([t for t in REGISTRY.person_tabs if t.key != spec.key] + [spec],
                                     key=lambda t: t.order)


def register_nav_page(spec: NavPageSpec) -> None:
    REGISTRY.nav_pages[:] = sorted([p for p in REGISTRY.nav_pages if p.key != spec.key] + [spec],
                                   key=lambda p: p.order)


def register_action(spec: ActionSpec) -> None:
    REGISTRY.actions[:] = [a for a in REGISTRY.actions if a.key != spec.key] + [spec]


def register_status(spec: StatusSpec) -> None:
    REGISTRY.status[:] = [s for s in REGISTRY.status if s.key != spec.key] + [spec]
