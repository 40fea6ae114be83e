"""Contacts: the quick entry (Ctrl+K from anywhere), the Contacts page and the person tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.shared.permissions import Permission
from app.ui.contracts import ActionContext
from app.ui.registry import (
    ActionSpec,
    NavPageSpec,
    PersonTabSpec,
    register_action,
    register_nav_page,
    register_person_tab,
)


def quick_contact(ctx: ActionContext) -> None:
    from app.ui.contacts.quick_entry import open_quick_contact

    open_quick_contact(ctx.ws, ctx.window, ctx.person_id)


def _contacts_page(ws, parent):
    from app.ui.contacts.page import ContactsPage

    return ContactsPage(ws, parent)


def _contacts_tab(ws, person_id, parent):
    from app.ui.contacts.person_tab import PersonContactsTab

    return PersonContactsTab(ws, person_id, parent)


def register() -> None:
    can_write = lambda ws: ws.can(Permission.CONTACT_WRITE)  # noqa: E731
    register_action(ActionSpec(key="quick_contact",
                               title=lambda: QCoreApplication.translate("ContactsFeature", "Quick contact"),
                               shortcut="Ctrl+K", handler=quick_contact, visible=can_write))
    register_nav_page(NavPageSpec(key="contacts", order=10,
                                  title=lambda: QCoreApplication.translate("ContactsFeature", "Contacts"),
                                  factory=_contacts_page, visible=lambda ws: ws.can(Permission.PERSON_READ)))
    register_person_tab(PersonTabSpec(key="contacts", order=50,
                                      title=lambda: QCoreApplication.translate("ContactsFeature", "Contacts"),
                                      factory=_contacts_tab, visible=lambda ws: ws.can(Permission.PERSON_READ)))
