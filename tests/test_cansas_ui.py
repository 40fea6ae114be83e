"""The needs tab driven by the keyboard, as a case manager rates in front of the person."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from app.models.instruments import cansas_core_domains
from app.services.cansas import assessments as svc
from app.services.persons.records import PersonService
from app.ui import registry
from app.ui.cansas import register
from app.ui.cansas.tab import NeedsTab
from tests.conftest import add_user, open_as

CORE = [d.id for d in cansas_core_domains()]


@pytest.fixture
def pid(ws):
    return PersonService(ws).create({"given_names": "Ayşe", "family_name": "Yılmaz"})


def type_ratings(qtbot, view, keys: str) -> None:
    for key in keys:
        qtbot.keyClick(view, key)


def test_keyboard_entry_rates_moves_down_and_ignores_other_digits(qtbot, ws, pid):
    tab = NeedsTab(ws, pid)
    qtbot.addWidget(tab)
    view = tab.form.table
    view.start()
    type_ratings(qtbot, view, "0125")            # 5 is not a rating: ignored, cursor stays
    ratings = tab.form.model.ratings
    assert [r.value for r in ratings[:4]] == [0, 1, 2, None]
    assert view.currentIndex().row() == 3
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, "9")                   # rerate row 3 (2 -> 9) and move down again
    assert tab.form.model.ratings[2].value == 9
    assert view.currentIndex().row() == 3
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert tab.form.model.ratings[2].value is None
    assert "DRAFT" in tab.form.status_label.text()


def test_enter_writes_a_comment_then_returns_to_the_next_rating(qtbot, ws, pid):
    tab = NeedsTab(ws, pid)
    qtbot.addWidget(tab)
    tab.show()
    view = tab.form.table
    view.start()
    qtbot.keyClick(view, "2")
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Return)      # opens the comment editor of row 0
    editor = view.focusWidget()
    qtbot.keyClicks(editor, "Dort au parc <b>")
    qtbot.keyClick(editor, Qt.Key.Key_Return)        # Qt commits the editor on the next event-loop turn
    qtbot.waitUntil(lambda: tab.form.model.ratings[0].comment == "Dort au parc <b>")
    qtbot.waitUntil(lambda: view.currentIndex().row() == 1)
    assert view.currentIndex().column() == 1
    qtbot.keyClick(view, "1")                        # the keyboard is back on the ratings
    assert tab.form.model.ratings[1].value == 1


def test_a_partial_entry_saves_as_a_marked_draft_and_completes_when_all_rated(qtbot, ws, pid):
    tab = NeedsTab(ws, pid)
    qtbot.addWidget(tab)
    view = tab.form.table
    view.start()
    type_ratings(qtbot, view, "2" * 10)
    assert tab.has_unsaved_changes()
    qtbot.mouseClick(tab.form.complete_button, Qt.MouseButton.LeftButton)
    # completing is refused with the reason, but the ratings are kept as a draft
    assert "12 domain(s) still have no rating" in tab.form.error_label.text()
    rows = svc.list_assessments(ws, pid)
    assert len(rows) == 1 and rows[0].is_draft and rows[0].scores.core.unmet == 10
    assert tab.list_model.data(tab.list_model.index(0, 6)).startswith("Draft")
    assert tab.list_model.data(tab.list_model.index(0, 3)) == "—"      # no score for a draft
    assert svc.latest_needs_summary(ws, pid) is None
    view.start()                                  # jumps to the first unrated domain
    assert view.currentIndex().row() == 10
    type_ratings(qtbot, view, "1" * 11 + "9")
    qtbot.mouseClick(tab.form.complete_button, Qt.MouseButton.LeftButton)
    needs = svc.latest_needs_summary(ws, pid)
    assert (needs.met, needs.unmet, needs.unknown, needs.total) == (11, 10, 1, 21)
    assert not tab.has_unsaved_changes()
    assert "Complete" in tab.form.status_label.text()


def test_comparison_highlights_disagreements_and_goals_hook(qtbot, ws, pid):
    day = date.today() - timedelta(days=3)
    staff = svc.create_assessment(ws, pid, day, "staff", {d: 0 for d in CORE} | {"company": 1},
                                  complete=True)
    svc.create_assessment(ws, pid, day, "person", {d: 0 for d in CORE} | {"company": 2, "money": 2},
                          complete=True)
    tab = NeedsTab(ws, pid)
    qtbot.addWidget(tab)
    tab.select(staff.row.id)
    model = tab.comparison.model
    disagreeing = [model.data(model.index(r, 0)) for r in range(model.rowCount())
                   if model.data(model.index(r, 0), Qt.ItemDataRole.BackgroundRole) is not None]
    assert disagreeing == ["Company / social life", "Money"]
    assert "disagree on 2" in tab.comparison.summary.text()
    requested = []
    tab.goals_requested.connect(lambda person, domains: requested.append((person, domains)))
    tab.select(staff.row.id)
    assert not tab.goals_button.isHidden() and not tab.goals_button.isEnabled()   # staff rated no unmet need
    person_row = next(r for r in tab.rows if r.rater == "person")
    tab.select(person_row.id)
    assert tab.goals_button.isEnabled()
    qtbot.mouseClick(tab.goals_button, Qt.MouseButton.LeftButton)
    assert requested == [(pid, ["company", "money"])]


def test_history_chart_and_changes_between_chosen_assessments(qtbot, ws, pid):
    first = svc.create_assessment(ws, pid, date(2023, 5, 1), "staff", {d: 2 for d in CORE}, complete=True)
    svc.create_assessment(ws, pid, date(2024, 5, 1), "staff", {d: 1 for d in CORE}, complete=True)
    last = svc.create_assessment(ws, pid, date(2025, 5, 1), "staff",
                                 {d: 0 for d in CORE[:11]} | {d: 2 for d in CORE[11:]}, complete=True)
    tab = NeedsTab(ws, pid)
    qtbot.addWidget(tab)
    unmet = tab.history.chart.series[("staff", "unmet")]
    assert [p.y() for p in unmet.points()] == [22, 0, 11]
    assert ("person", "met") not in tab.history.chart.series
    tab.history.choose(first.row.id, last.row.id)
    changes = tab.history.changes
    texts = [changes.data(changes.index(r, 3)) for r in range(changes.rowCount())]
    assert texts.count("▼ less need") == 11 and texts.count("same") == 11


def test_the_tab_is_registered_for_clinical_roles_only(ws, vault_dir):
    register()
    spec = next(t for t in registry.REGISTRY.person_tabs if t.key == "needs")
    assert spec.order == 20 and spec.visible(ws)
    add_user(ws, "piet", "peer_worker")
    ws.lock()
    peer = open_as(vault_dir, "piet")
    try:
        assert not spec.visible(peer)
    finally:
        peer.lock()


def test_pdf_summary_button_keeps_a_document(qtbot, ws, pid, monkeypatch):
    from app.services.shared.documents import list_documents
    from app.ui import tasks

    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)
    done = svc.create_assessment(ws, pid, date.today(), "staff", {d: 1 for d in CORE}, complete=True)
    tab = NeedsTab(ws, pid)
    qtbot.addWidget(tab)
    tab.select(done.row.id)
    assert tab.pdf_button.isEnabled()
    with qtbot.waitSignal(tab.document_created):
        qtbot.mouseClick(tab.pdf_button, Qt.MouseButton.LeftButton)
    assert [d.kind for d in list_documents(ws, pid)] == ["cansas"]


def test_agreement_page_for_supervisors(qtbot, ws, pid, monkeypatch):
    from app.ui import tasks
    from app.ui.cansas.agreement import AgreementPage

    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)
    day = date.today() - timedelta(days=2)
    svc.create_assessment(ws, pid, day, "staff", {d: 0 for d in CORE} | {"company": 1}, complete=True)
    svc.create_assessment(ws, pid, day, "person", {d: 0 for d in CORE} | {"company": 2}, complete=True)
    page = AgreementPage(ws)
    qtbot.addWidget(page)
    rates = {page.model.data(page.model.index(r, 0)): page.model.data(page.model.index(r, 3))
             for r in range(page.model.rowCount())}
    assert rates["Company / social life"] == "0%" and rates["Money"] == "100%"
    assert "1 staff/person pair" in page.status.text()


def test_typing_on_the_comment_cell_starts_the_comment_and_f2_opens_the_rating_list(qtbot, ws, pid):
    tab = NeedsTab(ws, pid)
    qtbot.addWidget(tab)
    tab.show()
    view = tab.form.table
    view.start()
    qtbot.keyClick(view, Qt.Key.Key_Right)            # to the comment column
    qtbot.keyClick(view, "S")                         # the first letter opens the comment editor…
    editor = view.focusWidget()
    assert editor.text() == "S"                       # …and is not lost
    qtbot.keyClicks(editor, "ans logement")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.form.model.ratings[0].comment == "Sans logement")
    qtbot.waitUntil(lambda: view.currentIndex().row() == 1)
    qtbot.keyClick(view, Qt.Key.Key_F2)               # mouse-style list on the rating cell
    box = view.focusWidget()
    assert box.count() == 5
    box.setCurrentIndex(box.findData("2"))
    view.commitData(box)
    assert tab.form.model.ratings[1].value == 2


def test_the_registered_tab_turns_unmet_needs_into_draft_care_plan_goals(qtbot, ws, pid, monkeypatch):
    from app.services import careplan as careplans
    from app.ui.cansas import goals as needs_goals

    shown = []
    monkeypatch.setattr(needs_goals, "show_result", lambda parent, result: shown.append(result) and False)
    register()
    spec = next(t for t in registry.REGISTRY.person_tabs if t.key == "needs")
    done = svc.create_assessment(ws, pid, date.today() - timedelta(days=1), "staff",
                                 {d: 0 for d in CORE} | {"accommodation": 2, "company": 2}, complete=True)
    tab = spec.factory(ws, pid, None)
    qtbot.addWidget(tab)
    tab.select(done.row.id)
    assert not tab.goals_button.isHidden()
    qtbot.mouseClick(tab.goals_button, Qt.MouseButton.LeftButton)
    goals = careplans.current_goals(ws, pid)
    assert sorted(g.domain for g in goals) == ["accommodation", "company"]
    assert [len(r.created) for r in shown] == [2]
