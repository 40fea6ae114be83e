"""Issue 25, point 5: finding a person or a partner by a Latin spelling or part of a name,
and being told when a status filter hides matches."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services.partners.directory import PartnerFilter, add_partner, list_partners
from app.services.persons.records import PersonService
from app.ui.persons.page import PersonsPage
from app.ui.referrals.dialogs import ReferralDialog
from tests.everyday_support import in_language, open_window, settle, shoot
from tests.test_cli import cli_vault  # noqa: F401 - fixture
from tests.ui_support import ui_env  # noqa: F401 - fixture

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("ui_env")]


@pytest.fixture
def window(qtbot, vault_dir):
    return open_window(qtbot, vault_dir)


@pytest.fixture
def people(ws):
    return add_people(ws)


def add_people(ws) -> dict[str, int]:
    service = PersonService(ws)
    return {
        "oksana": service.create({"given_names": "Оксана", "family_name": "Коваленко"}),
        "oksana_closed": service.create({"given_names": "Oksana", "family_name": "Petrenko", "status": "closed"}),
        "nikos": service.create({"given_names": "Νίκος", "family_name": "Παπαδόπουλος"}),
        "mohamed": service.create({"given_names": "محمد", "family_name": "Benali"}),
        "jan": service.create({"given_names": "Jan", "family_name": "Peeters"}),
    }


@pytest.mark.parametrize(("typed", "who"), [
    ("oksana", "oksana"), ("kovalenko", "oksana"), ("OKSANA kov", "oksana"),
    ("nikos", "nikos"), ("papadopoulos", "nikos"), ("mohammed", "mohamed"), ("muhammad benali", "mohamed"),
])
def test_latin_spellings_find_cyrillic_greek_and_arabic_script_names(ws, people, typed, who):
    assert PersonService(ws).search_ids(typed, status="active") == [people[who]]


def test_the_search_box_says_how_many_matches_other_statuses_hide(qtbot, ws, people):
    page = PersonsPage(ws)
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    assert page.status.currentData() == "active"
    qtbot.keyClicks(page.search, "oksana")
    page.apply_filter()
    assert page.model.rowCount() == 1 and page.model.person_id(0) == people["oksana"]
    assert page.elsewhere.isVisible() and "1 more in other statuses" in page.elsewhere.text()
    assert PersonService(ws).count_elsewhere("oksana", "active") == 1
    page.elsewhere.linkActivated.emit("all")             # the link shows every status
    assert page.status.currentData() == ""
    assert sorted(page.model.person_id(r) for r in range(page.model.rowCount())) == \
        sorted([people["oksana"], people["oksana_closed"]])
    assert not page.elsewhere.isVisible()
    page.search.setText("peeters")
    page.status.setCurrentIndex(1)
    page.apply_filter()
    assert not page.elsewhere.isVisible()                # nothing hidden: nothing said


def test_plural_forms_of_the_count(qtbot, ws, people):
    from app.ui import i18n

    i18n.install("fr")
    page = PersonsPage(ws)
    qtbot.addWidget(page)
    page.search.setText("oksana")
    page.apply_filter()
    assert page.count.text() == "1 sur 5 personnes"
    assert page.elsewhere.text().endswith(">1 autre dans d'autres statuts</a>")
    PersonService(ws).create({"given_names": "Oksana", "family_name": "Shevchenko", "status": "paused"})
    page.reload()
    assert page.elsewhere.text().endswith(">2 autres dans d'autres statuts</a>")
    i18n.install("nl")
    page = PersonsPage(ws)
    qtbot.addWidget(page)
    page.search.setText("oksana")
    page.apply_filter()
    assert page.count.text() == "1 van 6 personen"
    assert page.elsewhere.text().endswith(">nog 2 met een andere status</a>")


def test_partners_match_anywhere_in_their_name(qtbot, ws, people):
    add_partner(ws, {"organisation": "Centre de jour Fictif", "sector": "mental_health"})
    add_partner(ws, {"organisation": "Dagcentrum De Haven", "sector": "mental_health"})
    assert [p.organisation for p in list_partners(ws, PartnerFilter(text="jour"))] == ["Centre de jour Fictif"]
    dialog = ReferralDialog(ws, people["jan"])
    qtbot.addWidget(dialog)
    dialog.show()
    completer = dialog.partner.completer()
    completer.setCompletionPrefix("jour")
    assert completer.completionCount() == 1
    assert completer.currentCompletion().startswith("Centre de jour Fictif")
    dialog.partner.lineEdit().setText("")
    qtbot.keyClicks(dialog.partner.lineEdit(), "haven")
    assert completer.completionCount() == 1 and "Dagcentrum De Haven" in completer.currentCompletion()


def test_screenshots_of_the_search(qtbot, window):
    add_people(window.ws)
    for language in ("fr", "nl"):
        in_language(window, language)
        page = window.persons_page()
        page.status.setCurrentIndex(1)
        page.search.setText("oksana")
        page.apply_filter()
        settle()
        assert page.elsewhere.isVisible() and "1" in page.elsewhere.text()
        assert "%n" not in page.elsewhere.text()
        shoot(window, "lookup", language)
    window.change_language("en")
    qtbot.keyClick(window, Qt.Key.Key_Escape)


def test_the_command_line_runs_the_search_box_search(request):
    """`main.py persons --vault DIR --search TEXT --json`: the same matches as the search box."""
    import json

    from app.services.shared.workspace import Workspace
    from tests.conftest import PASSPHRASE, USER
    from tests.test_cli import relais

    vault = request.getfixturevalue("cli_vault")
    ws = Workspace.open(vault, USER, PASSPHRASE)
    try:
        people = add_people(ws)
        expected = {typed: PersonService(ws).search_ids(typed) for typed in ("nikos", "mohammed", "oksana")}
    finally:
        ws.lock()
    for typed, ids in expected.items():
        found = relais("persons", "--vault", str(vault), "--search", typed, "--json")
        assert found.returncode == 0, found.stderr
        assert sorted(p["id"] for p in json.loads(found.stdout)) == sorted(ids)
    assert sorted(expected["oksana"]) == sorted([people["oksana"], people["oksana_closed"]])
