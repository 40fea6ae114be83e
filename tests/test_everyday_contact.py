"""Everyday task: record a quick contact (issue 25, point 4).

After saving, "Contact recorded for X" with Undo (the contact is deleted through the service,
audited); Escape on a changed form asks before discarding it; the contacts table shows its
column titles whole in French and Dutch.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow
from sqlalchemy import select

from app.services.contacts.records import ContactService
from app.services.persons.records import PersonService
from app.store.audit import AuditEvent
from app.ui.contacts import quick_entry
from app.ui.contacts.notice import ContactNotice
from tests.everyday_support import SCREENSHOTS, ModalAnswers
from tests.ui_support import ui_env  # noqa: F401


@pytest.fixture
def zoe(ws):
    return PersonService(ws).create({"given_names": "Zoé", "family_name": "Lambotte", "birth": "1990"})


def write_and_save(note: str):
    def act(dialog) -> None:
        dialog.note.setPlainText(note)
        dialog.save()                       # what Ctrl+Enter does
    return act


def test_a_saved_contact_says_so_and_can_be_undone_in_french(ui_env, qtbot, ws, zoe):  # noqa: F811
    from app.ui import i18n

    i18n.install("fr")
    window = QMainWindow()
    window.setCentralWidget(QLabel("Relais", window))
    window.statusBar().addWidget(QLabel("Coffre : démo", window), 1)
    qtbot.addWidget(window)
    window.resize(1100, 300)
    window.show()
    answers = ModalAnswers().then(write_and_save("Veut de l'aide pour le loyer"))
    saved = quick_entry.open_quick_contact(ws, window, zoe)
    assert not answers.pending and saved is not None
    [notice] = window.findChildren(ContactNotice)
    assert notice.isVisible() and notice.label.text() == "Contact enregistré pour Zoé Lambotte"
    assert notice.undo_button.text() == "Annuler"
    window.grab().save(str(SCREENSHOTS / "everyday-contact-fr.png"))
    assert [c.id for c in ContactService(ws).list()] == [saved]
    qtbot.mouseClick(notice.undo_button, Qt.MouseButton.LeftButton)
    assert ContactService(ws).list() == []
    assert notice.label.text() == "Contact supprimé" and notice.undo_button.isHidden()
    with ws.read() as s:
        deleted = s.scalars(select(AuditEvent).where(AuditEvent.action == "contact.deleted")).all()
    assert [e.target_id for e in deleted] == [saved]


def test_a_second_contact_replaces_the_previous_notice(ui_env, qtbot, ws, zoe):  # noqa: F811
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    for note in ("first", "second"):
        answers = ModalAnswers().then(write_and_save(note))
        quick_entry.open_quick_contact(ws, window, zoe)
        assert not answers.pending
    qtbot.waitUntil(lambda: len([n for n in window.findChildren(ContactNotice) if n.isVisible()]) == 1)
    [visible] = [n for n in window.findChildren(ContactNotice) if n.isVisible()]
    assert visible.label.text() == "Contact recorded for Zoé Lambotte"
    visible.undo()
    assert [c.note for c in ContactService(ws).list()] == ["first"]


def test_escape_on_a_changed_form_asks_before_discarding(ui_env, qtbot, ws, zoe):  # noqa: F811
    dialog = quick_entry.QuickContactDialog(ws, None, zoe)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.note, Qt.Key.Key_Escape)          # nothing typed: closes without a question
    assert not dialog.isVisible()

    dialog = quick_entry.QuickContactDialog(ws, None, zoe)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.note, "Il dort dehors depuis lundi")
    answers = ModalAnswers().click("Keep writing", "everyday-contact-escape-en.png")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Escape)
    assert not answers.pending and answers.seen == ["This contact is not saved yet."]
    assert dialog.isVisible() and dialog.note.toPlainText() == "Il dort dehors depuis lundi"
    answers = ModalAnswers().click("Save it")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.saved_id is not None
    assert [c.note for c in ContactService(ws).list()] == ["Il dort dehors depuis lundi"]

    dialog = quick_entry.QuickContactDialog(ws, None, zoe)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.duration.setValue(40)
    answers = ModalAnswers().click("Discard it")
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert not answers.pending and not dialog.isVisible() and dialog.saved_id is None
    assert len(ContactService(ws).list()) == 1


def test_closing_the_form_from_the_program_asks_nothing(ui_env, qtbot, ws, zoe):  # noqa: F811
    dialog = quick_entry.QuickContactDialog(ws, None, zoe)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.note.setPlainText("draft")
    asked = []
    quick_entry.ask_discard, original = (lambda parent: asked.append(parent) or quick_entry.KEEP), \
        quick_entry.ask_discard
    try:
        dialog.close()
    finally:
        quick_entry.ask_discard = original
    assert asked == [] and not dialog.isVisible()


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_contact_column_titles_are_not_cut(ui_env, qtbot, ws, zoe, lang):  # noqa: F811
    from app.ui import i18n
    from app.ui.contacts.page import ContactsPage

    i18n.install(lang)
    ContactService(ws).add({"person_id": zoe, "occurred_at": None, "duration_minutes": 20, "mode": "phone",
                            "place": "Gare", "topics": [], "note": "ok"})
    page = ContactsPage(ws)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.reload()
    header = page.view.horizontalHeader()
    titles = [page.model.headerData(i, Qt.Orientation.Horizontal) for i in range(header.count())]
    cut = [titles[i] for i in range(header.count() - 1) if header.sectionSize(i) < header.sectionSizeHint(i)]
    assert cut == []
    if lang == "fr":
        page.grab().save(str(SCREENSHOTS / "everyday-contact-table-fr.png"))
        i18n.install("nl")                                  # switched while the page is open
        assert page.model.headerData(2, Qt.Orientation.Horizontal) == "Minuten"
        qtbot.waitUntil(lambda: [i for i in range(header.count() - 1)
                                 if header.sectionSize(i) < header.sectionSizeHint(i)] == [], timeout=3000)
