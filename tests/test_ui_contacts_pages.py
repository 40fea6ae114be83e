"""The Contacts page, the person tab and the supervisor pages, driven as a user would."""

from __future__ import annotations

from datetime import timedelta

import pytest

pytest.importorskip("pytestqt")

from app.services.contacts.records import ContactFilter, ContactService  # noqa: E402
from app.services.persons.records import PersonService  # noqa: E402
from app.store.base import utcnow  # noqa: E402
from app.ui import registry  # noqa: E402
from tests.conftest import add_user, open_as  # noqa: E402


pytestmark = pytest.mark.usefixtures("synchronous_tasks")


def add(ws, **values):
    base = {"person_id": None, "anonymous_label": "Homme au vélo", "duration_minutes": 20, "mode": "street_outreach"}
    return ContactService(ws).add({**base, **values}).contact_id


def test_the_contacts_page_filters_and_links_an_anonymous_encounter(ws, qtbot):
    from app.ui.contacts.link_dialog import LinkEncounterDialog
    from app.ui.contacts.page import ContactsPage

    pid = PersonService(ws).create({"alias": "Kapitein"})
    add(ws, place="Gare du Midi")
    add(ws, person_id=pid, mode="phone", place="Bureau", occurred_at=utcnow() - timedelta(days=20))
    add(ws, person_id=pid, mode="phone", occurred_at=utcnow() - timedelta(days=200))
    page = ContactsPage(ws)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 2                       # last 3 months by default
    page.period.setCurrentIndex(page.period.findData(0))
    assert page.model.rowCount() == 3
    page.mode.setCurrentIndex(page.mode.findData("phone"))
    assert page.model.rowCount() == 2
    page.mode.setCurrentIndex(0)
    page.anonymous_only.setChecked(True)
    assert page.model.rowCount() == 1 and not page.link_button.isEnabled()
    page.view.selectRow(0)
    assert page.link_button.isEnabled()
    dialog = LinkEncounterDialog(ws, page.selected(), page)
    qtbot.addWidget(dialog)
    dialog.picker.edit.setText("kapi")
    dialog.picker._search("kapi")
    dialog.link()
    assert page.model.rowCount() == 0                       # reloaded: no anonymous contact left
    assert len(ContactService(ws).list(ContactFilter(person_id=pid))) == 3
    assert sum(w.contacts for w in page.weeks.rows) == 0


def test_the_person_tab_shows_history_and_counters(ws, qtbot):
    from app.ui.contacts.person_tab import PersonContactsTab

    pid = PersonService(ws).create({"alias": "Mimi", "birth": "2008"})
    for day in range(1, 9):
        add(ws, person_id=pid, mode="face_to_face", occurred_at=utcnow() - timedelta(days=day),
            convention_function="first_line_support", convention_setting="individual",
            convention_age_group="children_adolescents")
    tab = PersonContactsTab(ws, pid)
    qtbot.addWidget(tab)
    assert tab.model.rowCount() == 8
    [counter] = tab.counters.rows
    assert (counter.used, counter.limit, counter.level) == (8, 10, "approaching")
    assert "8" in tab.counters_warning.text() and "10" in tab.counters_warning.text()


def test_a_peer_worker_sees_no_counters_and_no_admin_pages(ws, vault_dir, qtbot):
    from app.ui.admin import register as register_admin
    from app.ui.contacts import register as register_contacts
    from app.ui.contacts.person_tab import PersonContactsTab

    pid = PersonService(ws).create({"alias": "Loulou"})
    add_user(ws, "pat", "peer_worker")
    ws.lock()
    pat = open_as(vault_dir, "pat")
    register_admin()
    register_contacts()
    visible = {p.key for p in registry.REGISTRY.nav_pages if p.visible(pat)}
    assert {"contacts"} <= visible and not {"users", "audit"} & visible
    assert [a.shortcut for a in registry.REGISTRY.actions if a.key == "quick_contact"] == ["Ctrl+K"]
    tab = PersonContactsTab(pat, pid)
    qtbot.addWidget(tab)
    tab.show()
    assert not tab.counters_view.isVisible() and tab.model.rowCount() == 0
    pat.lock()


def test_the_users_page_adds_and_disables_a_user(ws, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app.ui.admin.users_page import AddUserDialog, UsersPage

    page = UsersPage(ws)
    qtbot.addWidget(page)
    dialog = AddUserDialog(ws, page)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "pat")
    dialog.role.setCurrentIndex(dialog.role.findData("peer_worker"))
    qtbot.keyClicks(dialog.passphrase.first, "a long passphrase")
    qtbot.keyClicks(dialog.passphrase.second, "a different one!")
    dialog.add()
    assert "differ" in dialog.error.text()
    dialog.name.setText("__pat")                       # refused by the service: said, nothing typed lost
    dialog.passphrase.second.setText("a long passphrase")
    dialog.add()
    assert dialog.error.text() and dialog.result() != dialog.DialogCode.Accepted
    assert dialog.passphrase.first.text() == "a long passphrase"
    dialog.name.setText("pat")
    dialog.passphrase.second.clear()
    qtbot.keyClicks(dialog.passphrase.second, "a long passphrase")
    dialog.add()
    page.reload()
    names = [u.name for u in page.model.rows]
    assert names == ["alice", "pat"]
    page.view.selectRow(names.index("pat"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.toggle_selected()
    assert [u.active for u in page.model.rows if u.name == "pat"] == [False]


def test_the_audit_page_shows_the_chain_status_and_filters(ws, qtbot):
    from app.ui.admin.audit_page import AuditPage

    add(ws)
    page = AuditPage(ws)
    qtbot.addWidget(page)
    assert "intact" in page.chain.text()
    page.action.setCurrentIndex(page.action.findData("contact.added"))
    assert [r.action for r in page.model.rows] == ["contact.added"]


def test_the_author_deletes_a_contact_from_the_page(ws, vault_dir, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app.models.person import Person
    from app.ui.contacts.page import ContactsPage

    pid = PersonService(ws).create({"alias": "Bibi"})
    add(ws, person_id=pid)
    add_user(ws, "pat", "peer_worker")
    ws.lock()
    pat = open_as(vault_dir, "pat")
    page = ContactsPage(pat)
    qtbot.addWidget(page)
    page.worker.setCurrentIndex(page.worker.findData(None))
    page.view.selectRow(0)
    assert not page.delete_button.isEnabled()              # someone else's contact
    add(pat, person_id=pid, occurred_at=utcnow() - timedelta(hours=1))
    page.worker.setCurrentIndex(0)                          # my contacts
    page.view.selectRow(0)
    assert page.delete_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.delete_selected()
    assert page.model.rowCount() == 0
    with pat.read() as session:
        assert session.get(Person, pid).last_contact_at is not None   # the other contact remains
    pat.lock()
