"""Issue 19 point 5 in the person's file: the consultations box of the Contacts tab and its
form (a SubmitDialog): errors under the participants, warnings before recording, the counter."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QDialogButtonBox  # noqa: E402

from app.services.counters.consultations import add_consultation, list_consultations  # noqa: E402
from app.services.persons.records import PersonService  # noqa: E402
from tests.conftest import add_user, open_as  # noqa: E402

pytestmark = pytest.mark.usefixtures("synchronous_tasks")


def ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_recording_a_consultation_from_the_persons_file(ws, qtbot, monkeypatch):
    from app.ui.contacts.consultations import ConsultationDialog
    from app.ui.contacts.person_tab import PersonContactsTab

    pid = PersonService(ws).create({"alias": "Mimi", "niss": "", "insurance": "unknown"})
    tab = PersonContactsTab(ws, pid)
    qtbot.addWidget(tab)
    tab.show()
    box = tab.consultations
    assert box is not None and not box.view.isVisible() and "0 of 60 minutes" in box.counter.text()

    dialog = ConsultationDialog(ws, pid, tab)
    qtbot.addWidget(dialog)
    dialog.duration.setValue(30)
    dialog.set_participant(0, "Dr Anne Fictif", "médecin généraliste", True)
    dialog.set_participant(1, "Sara Modèle", "assistante sociale", False)
    ok(dialog)
    widget, note = dialog.field_errors["participants"]
    assert "3" in note.text() and dialog.result() == 0        # two participants: refused, shown under the field
    dialog.set_participant(2, "Luc Exemple", "psychologue clinicien", True)
    dialog.present.setChecked(True)
    dialog.grab().save(str(_shot_dir() / "consultations-dialog.png"))
    ok(dialog)
    assert "NISS" in dialog.error.text() and dialog.result() == 0   # warned first: not reimbursed as it stands
    assert list_consultations(ws, pid) == []
    ok(dialog)                                                    # OK again records it
    assert dialog.result() == 1
    [row] = list_consultations(ws, pid)
    assert (row.duration_minutes, row.person_present, len(row.participants)) == (30, True, 3)
    tab.reload()
    assert box.model.rowCount() == 1 and "30 of 60 minutes" in box.counter.text()
    box.view.resize(700, 110)
    tab.resize(900, 650)
    tab.grab().save(str(_shot_dir() / "consultations-tab.png"))


def test_the_counter_turns_red_past_the_limit(ws, qtbot):
    from app.ui.contacts.consultations import ConsultationsBox

    pid = PersonService(ws).create({"alias": "Rivière"})
    team = [{"name": n, "role": r, "care_provider": c} for n, r, c in (
        ("A", "médecin", True), ("B", "psychologue", True), ("C", "CPAS", False))]
    for days, minutes in ((10, 45), (5, 30)):
        add_consultation(ws, pid, {"held_on": date.today() - timedelta(days=days), "duration_minutes": minutes,
                                   "participants": team})
    box = ConsultationsBox(ws, pid)
    qtbot.addWidget(box)
    assert "75 of 60 minutes" in box.counter.text() and "#a40000" in box.counter.styleSheet()


def test_a_peer_worker_sees_no_consultations(ws, vault_dir, qtbot):
    from app.ui.contacts.person_tab import PersonContactsTab

    pid = PersonService(ws).create({"alias": "Loulou"})
    add_user(ws, "pat", "peer_worker")
    ws.lock()
    pat = open_as(vault_dir, "pat")
    tab = PersonContactsTab(pat, pid)
    qtbot.addWidget(tab)
    assert tab.consultations is None
    pat.lock()


def _shot_dir():
    from pathlib import Path
    import tempfile

    return Path(tempfile.gettempdir())
