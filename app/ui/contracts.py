"""Typed contracts between the shell and the features (after Anki's typed hooks), instead of
`hasattr` probes: what the shell may ask of a person tab or a navigation page, with no-op
defaults in small mixins, and what an action receives.

    class CarePlanTab(PersonTabBase, QWidget): ...      # override only what the tab needs
    def quick_contact(ctx: ActionContext) -> None: ...   # ctx.ws, ctx.window, ctx.person_id
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.services.shared.workspace import Workspace


@runtime_checkable
class PersonTab(Protocol):
    def has_unsaved_changes(self) -> bool: ...      # asked before leaving the person or closing
    def save(self) -> bool: ...                     # "Save" chosen; False: stay on the tab
    def discard(self) -> None: ...                  # "Discard" chosen
    def reload(self) -> None: ...                   # shown again, or data changed
    def draft(self) -> dict | None: ...             # unsaved input kept across an automatic lock
    def restore_draft(self, draft: dict) -> None: ...


class PersonTabBase:
    """No-op defaults of PersonTab; put it before QWidget among the bases."""

    def has_unsaved_changes(self) -> bool:
        return False

    def save(self) -> bool:
        return True

    def discard(self) -> None:
        return None

    def reload(self) -> None:
        return None

    def draft(self) -> dict | None:
        return None

    def restore_draft(self, draft: dict) -> None:
        return None


@runtime_checkable
class Page(Protocol):
    def has_unsaved_changes(self) -> bool: ...
    def confirm_leave(self) -> bool: ...            # ask the user; True when it is fine to go
    def save_pending(self) -> bool: ...             # before an automatic lock; True: all saved
    def discard_unsaved(self) -> None: ...        # an automatic lock drops what could not be saved
    def drafts(self) -> dict: ...
    def restore_drafts(self, drafts: dict) -> None: ...
    def place(self) -> dict: ...                    # where the user is, restored after unlock
    def restore_place(self, place: dict) -> None: ...
    def connect_open_person(self, slot: Callable[..., Any]) -> None: ...


class PageBase:
    """No-op defaults of Page; put it before QWidget among the bases."""

    def has_unsaved_changes(self) -> bool:
        return False

    def confirm_leave(self) -> bool:
        return True

    def save_pending(self) -> bool:
        return not self.has_unsaved_changes()

    def discard_unsaved(self) -> None:
        return None

    def drafts(self) -> dict:
        return {}

    def restore_drafts(self, drafts: dict) -> None:
        return None

    def place(self) -> dict:
        return {}

    def restore_place(self, place: dict) -> None:
        return None

    def connect_open_person(self, slot: Callable[..., Any]) -> None:
        """Lists across the caseload connect their `open_person_requested` signal here."""
        return None


class OpensPersons:
    """For pages with an `open_person_requested = Signal(int)`."""

    def connect_open_person(self, slot: Callable[..., Any]) -> None:
        self.open_person_requested.connect(slot)   # type: ignore[attr-defined]


@dataclass(frozen=True)
class ActionContext:
    ws: Workspace
    window: QWidget
    person_id: int | None = None          # the person whose file is open, if any

    def open_person(self, person_id: int, tab: str = "") -> bool:
        return bool(self.window.open_person(person_id, tab))   # type: ignore[attr-defined]

    def person_erased(self, person_id: int) -> None:
        self.window.person_erased(person_id)                   # type: ignore[attr-defined]
