"""One "records changed" signal: a contact recorded in the quick-contact dialog refreshes the
person list, an open person header and the follow-ups page, which never heard of the dialog."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from app.services.persons.records import PersonService
from app.ui import events, tasks
from app.ui.careplan.followups import FollowUpsPage
from app.ui.contacts.quick_entry import QuickContactDialog
from app.ui.persons.list_model import LAST_CONTACT
from app.ui.persons.page import PersonsPage
from app.ui.persons.person_file import PersonFile

pytestmark = pytest.mark.gui


def record_contact(ws, qtbot, person_id: int) -> None:
    dialog = QuickContactDialog(ws, None, person_id)
    qtbot.addWidget(dialog)
    dialog.duration.setValue(20)
    with qtbot.waitSignal(events.hub().records_changed) as blocker:
        dialog.save()
    assert blocker.args[0].kinds == {events.CONTACTS} and blocker.args[0].person_id == person_id


def test_a_quick_contact_refreshes_the_list_the_header_and_the_followups(ws, qtbot, monkeypatch):
    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)
    pid = PersonService(ws).create({"given_names": "Zoé", "family_name": "Lambotte"})
    other = PersonService(ws).create({"given_names": "Jan", "family_name": "Peeters"})
    page = PersonsPage(ws)
    qtbot.addWidget(page)
    row = next(r for r in range(page.model.rowCount()) if page.model.person_id(r) == pid)
    assert not page.model.index(row, LAST_CONTACT).data()

    header, other_header = PersonFile(ws, pid), PersonFile(ws, other)
    followups = FollowUpsPage(ws)
    for widget in (header, other_header, followups):
        qtbot.addWidget(widget)
    refreshed, other_refreshed, reloaded = [], [], []
    monkeypatch.setattr(header, "refresh_header", lambda: refreshed.append(pid))
    monkeypatch.setattr(other_header, "refresh_header", lambda: other_refreshed.append(other))
    monkeypatch.setattr(followups, "reload", lambda: reloaded.append(True))

    record_contact(ws, qtbot, pid)
    assert page.model.index(row, LAST_CONTACT).data()          # the list shows the new last contact
    assert refreshed == [pid] and other_refreshed == []          # only this person's header
    assert reloaded == [True]


def test_a_listener_ends_with_its_receiver(qapp, qtbot):
    calls = []
    receiver = QWidget()
    events.listen(receiver, {events.PERSONS}, calls.append)
    events.records_changed({events.CONTACTS})
    assert calls == []                                           # another kind
    events.records_changed({events.PERSONS}, person_id=3)
    assert [c.person_id for c in calls] == [3]
    receiver.deleteLater()
    qtbot.waitUntil(lambda: not _alive(receiver))
    events.records_changed({events.PERSONS})
    assert len(calls) == 1


def test_an_unknown_kind_is_refused(qapp):
    with pytest.raises(ValueError):
        events.records_changed({"contact"})


def _alive(obj) -> bool:
    import shiboken6
    return shiboken6.isValid(obj)
