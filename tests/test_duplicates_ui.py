"""The candidates page, the merge dialog and the new-person dialog's proposal."""

from __future__ import annotations

import pytest

from app.services.persons.records import PersonService
from app.ui import tasks
from app.ui.duplicates.merge_dialog import MergeDialog
from app.ui.duplicates.page import DuplicatesPage
from app.ui.persons.new_person import NewPersonDialog
from tests.ui_support import ui_env  # noqa: F401 - fixture

pytestmark = pytest.mark.gui


@pytest.fixture
def people(ws, monkeypatch, qapp):
    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)
    service = PersonService(ws)
    return {
        "karim": service.create({"given_names": "Karim", "family_name": "El Amrani", "birth": "1979",
                                 "phone": "0470 11 22 33"}),
        "kareem": service.create({"given_names": "Kareem", "family_name": "Elamrani", "birth": "12/05/1979",
                                  "phone": "0480 00 00 00"}),
        "oksana": service.create({"given_names": "Оксана", "family_name": "Коваленко", "birth": "1992"}),
        "oksana2": service.create({"given_names": "Oksana", "family_name": "Kovalenko", "birth": "1992"}),
        "sofie": service.create({"given_names": "Sofie", "family_name": "Peeters", "birth": "1979"}),
    }


def test_the_page_lists_pairs_and_forgets_dismissed_ones(qtbot, ws, people):
    page = DuplicatesPage(ws)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 2
    assert not page.merge_button.isEnabled()
    page.table.selectRow(0)
    assert page.merge_button.isEnabled() and page.model.index(0, 2).data()
    first = {page.candidates[0].first.id, page.candidates[0].second.id}
    page.dismiss_selected()
    assert page.model.rowCount() == 1
    assert {page.candidates[0].first.id, page.candidates[0].second.id} != first


def test_the_merge_dialog_chooses_field_by_field(qtbot, ws, people):
    dialog = MergeDialog(ws, people["karim"], people["kareem"])
    qtbot.addWidget(dialog)
    assert set(dialog.groups) == {"given_names", "family_name", "phone"}
    dialog.groups["phone"].button(1).setChecked(True)
    dialog.merge()
    assert dialog.result() and dialog.result_.kept_id == people["karim"]
    assert PersonService(ws).get(people["karim"]).values["phone"] == "0480 00 00 00"
    assert people["kareem"] not in {r.id for r in PersonService(ws).rows()}


def _texts(dialog) -> str:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    return "\n".join([w.text() for w in dialog.findChildren(QLabel)]
                     + [w.text() for w in dialog.findChildren(QAbstractButton)])


@pytest.mark.parametrize(("lang", "rented", "shelter"), [("en", "Rented home", "Shelter"),
                                                         ("nl", "Huurwoning", "Opvangtehuis, nachtopvang")])
def test_the_merge_dialog_shows_words_not_stored_codes(qtbot, ws, people, lang, rented, shelter):
    from app.errors import field_label
    from app.services.partners.directory import add_gp_partner
    from app.texts import current_language, set_language
    from app.ui import i18n

    service = PersonService(ws)
    service.update(people["karim"], {"housing": "rented"})
    service.update(people["kareem"], {"housing": "shelter"})
    gp = add_gp_partner(ws, people["kareem"], {"organisation": "Dr Jansens"})
    before = current_language()
    i18n.install(lang)
    set_language(lang)
    try:
        dialog = MergeDialog(ws, people["karim"], people["kareem"])
        qtbot.addWidget(dialog)
        housing = dialog.groups["housing"]
        assert [housing.button(0).text(), housing.button(1).text()] == [rented, shelter]
        shown = _texts(dialog)
        gp_label = field_label("persons", "gp_partner_id")
        assert f"{gp_label}: Dr Jansens" in shown and f"{gp_label}: {gp}" not in shown  # by name, not directory id
        assert "12/05/1979" in shown and "1979-05-12" not in shown  # the birth date as the locale writes it
        assert "rented" not in shown and "shelter" not in shown
    finally:
        i18n.install("en")
        set_language(before)


def test_merging_a_file_with_itself_is_refused_in_the_dialog(qtbot, ws, people):
    dialog = MergeDialog(ws, people["sofie"], people["sofie"])
    qtbot.addWidget(dialog)
    assert not dialog.merge_button.isEnabled() and dialog.error.text()


def test_a_new_person_is_proposed_the_existing_file(qtbot, ws, people):
    dialog = NewPersonDialog(ws)
    qtbot.addWidget(dialog)
    dialog.given.setText("Karim")
    dialog.family.setText("Elamrani")
    dialog.birth.setText("1979")
    before = PersonService(ws).count()
    dialog.create_person()
    assert PersonService(ws).count() == before and dialog.maybe.isVisible() is not None
    assert dialog.create_button.text() == "Create anyway"
    dialog.open_existing(people["karim"])
    assert dialog.person_id == people["karim"] and dialog.opened_existing
    again = NewPersonDialog(ws)
    qtbot.addWidget(again)
    again.given.setText("Karim")
    again.family.setText("Elamrani")
    again.birth.setText("1979")
    again.create_person()
    again.create_person()  # "Create anyway"
    assert PersonService(ws).count() == before + 1
