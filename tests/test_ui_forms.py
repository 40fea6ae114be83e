"""The one form-dialog pattern: the service's error shows next to its field, the dialog stays
open and nothing typed is lost; it closes only on success."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

from app.errors import FieldError, NotFound, ValidationError
from app.ui.careplan.dialogs import GoalDialog
from app.ui.forms import SubmitDialog

pytestmark = pytest.mark.gui


class NameDialog(SubmitDialog):
    def __init__(self, submit):
        super().__init__(None, submit)
        self.name = QLineEdit()
        self.add_row("Name", self.name, field="name")
        self.finish_layout()

    def values(self):
        return {"name": self.name.text()}


def refuse(values):
    raise ValidationError([FieldError("name", "careplan.goal_text_required"),
                           FieldError("elsewhere", "careplan.priority_invalid")], "careplan")


def test_a_field_error_shows_next_to_its_field_and_the_dialog_stays_open(qtbot):
    dialog = NameDialog(refuse)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("typed by hand")
    dialog.buttons.accepted.emit()
    widget, note = dialog.field_errors["name"]
    assert note.isVisible() and note.text() == FieldError("name", "careplan.goal_text_required").message()
    assert widget.property("invalid") is True
    assert "careplan.priority_invalid" not in dialog.error.text()          # a message, not a code
    assert FieldError("x", "careplan.priority_invalid").message() in dialog.error.text()
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.name.text() == "typed by hand"                           # nothing lost


def test_success_closes_and_keeps_the_result_and_clears_old_errors(qtbot):
    answers = [NotFound(), 42]

    def submit(values):
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    dialog = NameDialog(submit)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.buttons.accepted.emit()
    assert dialog.error.text() == NotFound().message() and dialog.isVisible()
    dialog.buttons.accepted.emit()
    assert dialog.result_value == 42 and dialog.result() == SubmitDialog.DialogCode.Accepted
    assert not dialog.error.isVisibleTo(dialog)


def test_the_goal_dialog_shows_the_service_refusal_under_the_goal(qtbot, ws):
    from datetime import date

    from app.services import careplan as cp
    from app.services.persons.records import PersonService

    person = PersonService(ws).create({"given_names": "Léa", "family_name": "Périer"})
    version = cp.create_plan(ws, person, date(2026, 9, 1), date(2026, 11, 1), today=date(2026, 9, 1))
    dialog = GoalDialog(None, lambda goal: cp.add_goal(ws, version, goal))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.strengths.setPlainText("Sings in a choir")
    dialog.buttons.accepted.emit()                                   # no goal text: refused
    widget, note = dialog.field_errors["goal"]
    assert widget is dialog.text and note.isVisible() and note.text()
    assert dialog.isVisible() and dialog.strengths.toPlainText() == "Sings in a choir"
    dialog.text.setPlainText("Find a flat")
    dialog.buttons.accepted.emit()
    assert dialog.result() == GoalDialog.DialogCode.Accepted and not note.isVisibleTo(dialog)


class PersonNameDialog(SubmitDialog):
    """A real save through the vault, submitted off the UI thread."""

    background = True

    def __init__(self, ws):
        from app.services.persons.records import PersonService

        super().__init__(None, lambda values: PersonService(ws).create(values))
        self.name = QLineEdit()
        self.add_row("Name", self.name, field="family_name")
        self.finish_layout()

    def values(self):
        return {"given_names": "Nadia", "family_name": self.name.text()}


@pytest.fixture
def background_submits(monkeypatch):
    from app.ui import forms

    monkeypatch.setattr(forms, "BACKGROUND_SUBMITS", True)


@pytest.fixture
def write_lock(ws):
    """Another writer (as a team sync or a backup would be) holding the vault's write lock."""
    conn = ws.vault.engine.connect().execution_options(sqlite_begin="IMMEDIATE")
    transaction = conn.begin()
    yield transaction
    if transaction.is_active:
        transaction.rollback()
    conn.close()


def _persons_named(ws, name: str) -> int:
    from sqlalchemy import func, select

    from app.models.person import Person

    with ws.read() as session:
        return session.scalar(select(func.count()).select_from(Person).where(Person.family_name == name))


def test_a_save_waiting_for_the_write_lock_does_not_freeze_the_window(qtbot, ws, background_submits, write_lock):
    from PySide6.QtCore import QTimer

    dialog = PersonNameDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Ouali")
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    dialog.buttons.accepted.emit()
    qtbot.wait(500)                         # the save waits for the lock on a worker thread...
    assert len(ticks) >= 10                 # ...while the UI thread keeps handling events
    assert dialog.submitting and not dialog.buttons.isEnabled() and dialog.isVisible()
    dialog.buttons.accepted.emit()          # a second OK meanwhile starts no second save
    write_lock.commit()    # the other writer finishes
    qtbot.waitUntil(lambda: dialog.result() == SubmitDialog.DialogCode.Accepted, timeout=10_000)
    timer.stop()
    assert isinstance(dialog.result_value, int) and _persons_named(ws, "Ouali") == 1


def test_a_save_that_cannot_get_the_lock_says_so_and_keeps_what_was_typed(qtbot, ws, background_submits,
                                                                        write_lock):
    from app.errors import StorageError

    dialog = PersonNameDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Ouali")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.submitting, timeout=20_000)     # past the 5 s busy timeout
    expected = StorageError("busy", "save", str(ws.vault.folder.path)).message()
    assert dialog.error.text() == expected and dialog.isVisible()
    assert dialog.name.text() == "Ouali" and dialog.buttons.isEnabled()
    write_lock.commit()
    dialog.buttons.accepted.emit()                                     # try again: saved once
    qtbot.waitUntil(lambda: dialog.result() == SubmitDialog.DialogCode.Accepted, timeout=10_000)
    assert _persons_named(ws, "Ouali") == 1
