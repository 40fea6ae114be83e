"""The quick contact entry works with the keyboard alone (pytest-qt, offscreen)."""

from __future__ import annotations

from datetime import timedelta

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.services.contacts.records import ContactFilter, ContactService  # noqa: E402
from app.services.persons.records import PersonService  # noqa: E402
from app.store.base import utcnow  # noqa: E402
from app.ui.contacts.quick_entry import QuickContactDialog  # noqa: E402
from tests.conftest import add_user, open_as  # noqa: E402


def focused(qtbot, dialog):
    return QApplication.focusWidget()


def test_a_contact_with_a_known_person_by_keyboard_alone(ws, qtbot):
    PersonService(ws).create({"given_names": "Łukasz", "family_name": "Wiśniewski", "birth": "1990"})
    pid = PersonService(ws).create({"given_names": "Zoé", "family_name": "Lambotte"})
    dialog = QuickContactDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: focused(qtbot, dialog) is dialog.picker.edit)
    qtbot.keyClicks(dialog.picker.edit, "zoe lam")
    qtbot.keyClick(dialog.picker.edit, Qt.Key.Key_Return)      # pick the first match
    assert dialog.picker.person_id() == pid
    qtbot.keyClick(dialog.picker.edit, Qt.Key.Key_Tab)         # -> when (the anonymous fields are hidden)
    qtbot.keyClick(focused(qtbot, dialog), Qt.Key.Key_Tab)     # -> duration
    duration = focused(qtbot, dialog)
    assert duration is dialog.duration
    duration.selectAll()
    qtbot.keyClicks(duration, "25")
    qtbot.keyClick(duration, Qt.Key.Key_Tab)                   # -> mode
    assert focused(qtbot, dialog) is dialog.mode
    qtbot.keyClick(dialog.mode, Qt.Key.Key_Down)               # face to face -> phone
    qtbot.keyClick(dialog.mode, Qt.Key.Key_Tab)                # -> place
    qtbot.keyClicks(dialog.place, "Dagcentrum")
    qtbot.keyClick(dialog.place, Qt.Key.Key_Tab)               # -> topics
    assert focused(qtbot, dialog) is dialog.topics
    qtbot.keyClick(dialog.topics, Qt.Key.Key_Space)            # tick the first domain
    qtbot.keyClick(dialog.topics, Qt.Key.Key_Tab)              # -> note
    qtbot.keyClicks(dialog.note, "Wants help with the rent <b>")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Tab)                # -> private
    qtbot.keyClick(dialog.note_private, Qt.Key.Key_Tab)        # -> follow-up
    qtbot.keyClick(dialog.follow_up, Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.follow_up, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [row] = ContactService(ws).list(ContactFilter(person_id=pid))
    assert (row.duration_minutes, row.mode, row.place, row.note, row.follow_up) == (
        25, "phone", "Dagcentrum", "Wants help with the rent <b>", True)
    assert len(row.topics) == 1
    assert abs(row.occurred_at - utcnow()) < timedelta(minutes=2)


def test_an_anonymous_encounter_by_keyboard_alone(ws, qtbot):
    dialog = QuickContactDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: focused(qtbot, dialog) is dialog.picker.edit)
    qtbot.keyClick(dialog.picker.edit, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.anonymous.isChecked())
    assert focused(qtbot, dialog) is dialog.description
    qtbot.keyClicks(dialog.description, "Homme au chien gris")
    qtbot.keyClick(dialog.description, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(qtbot, dialog), "Kapitein")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(focused(qtbot, dialog), Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    [row] = ContactService(ws).list()
    assert (row.anonymous, row.person_name, row.nickname) == (True, "Homme au chien gris", "Kapitein")


def test_an_error_keeps_the_dialog_open_and_a_closed_file_asks_twice(ws, qtbot):
    pid = PersonService(ws).create({"alias": "Sacha", "status": "closed"})
    dialog = QuickContactDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: focused(qtbot, dialog) is dialog.picker.edit)
    qtbot.keyClick(dialog.picker.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and "anonymous" in dialog.message.text()
    qtbot.keyClicks(dialog.picker.edit, "sacha")
    qtbot.keyClick(dialog.picker.edit, Qt.Key.Key_Return)
    assert "closed" in dialog.message.text()
    qtbot.keyClick(dialog.picker.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and ContactService(ws).list() == []
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.picker.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [r.person_id for r in ContactService(ws).list()] == [pid]


def test_a_peer_worker_does_not_see_the_convention_fields(ws, vault_dir, qtbot):
    add_user(ws, "pat", "peer_worker")
    ws.lock()
    pat = open_as(vault_dir, "pat")
    dialog = QuickContactDialog(pat)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.convention_box.isVisible()
    dialog.close()
    pat.lock()
