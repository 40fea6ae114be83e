"""The care plan tab and the follow-ups page, driven offscreen with pytest-qt."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.services import careplan as cp
from app.services.careplan import ActionInput, GoalInput
from app.services.persons.records import PersonService
from app.ui import events
from app.ui.careplan import register
from app.ui.careplan.dialogs import ActionDialog, GoalDialog
from app.ui.careplan.followups import FollowUpsPage
from app.ui.careplan.tab import CarePlanTab
from app.ui.registry import REGISTRY
from tests.conftest import add_user, open_as

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("synchronous_tasks")]
TODAY = date(2026, 11, 26)


@pytest.fixture
def person(ws):
    return PersonService(ws).create({"given_names": "Léa", "family_name": "Périer"})


def agreed(ws, person):
    vid = cp.create_plan(ws, person, date(2026, 9, 1), date(2026, 11, 1), today=TODAY)
    gid = cp.add_goal(ws, vid, GoalInput("Retrouver un logement à moi", "accommodation", 1, "Je sais gérer un budget"))
    cp.add_action(ws, gid, ActionInput("Aller au CPAS", "person", due_on=date(2026, 10, 1)))
    cp.add_action(ws, gid, ActionInput("Instruire la demande", "worker", owner_user_id=ws.user.id,
                                       due_on=date(2026, 12, 1)))
    cp.agree(ws, vid, date(2026, 9, 2), today=TODAY)
    return vid, gid


def test_register_adds_the_tab_and_the_page():
    register()
    assert [t.order for t in REGISTRY.person_tabs if t.key == "careplan"] == [10]
    assert [p.order for p in REGISTRY.nav_pages if p.key == "followups"] == [20]


def test_starting_a_plan_and_adding_a_goal_through_the_dialog(qtbot, ws, person, monkeypatch):
    tab = CarePlanTab(ws, person, None, today=TODAY)
    qtbot.addWidget(tab)
    assert tab.pages.currentIndex() == 0 and tab.start_button.isVisibleTo(tab)
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    assert tab.pages.currentIndex() == 1 and "draft" in tab.title.text()

    dialog_holder = []

    def fake_run(dialog):
        dialog_holder.append(dialog)
        dialog.show()
        if isinstance(dialog, GoalDialog):
            dialog.text.setPlainText("")        # refused first: the dialog stays open, shows why
            dialog._try_accept()
            note = dialog.field_errors["goal"][1]             # next to the goal field
            assert note.isVisibleTo(dialog) and note.text() and not dialog.error.isVisibleTo(dialog)
            qtbot.keyClicks(dialog.text, "Retrouver un logement ")
            dialog.text.insertPlainText("à moi")  # QTest types ASCII only
            dialog.domain.setCurrentIndex(dialog.domain.findData("accommodation"))
        dialog._try_accept()
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr("app.ui.careplan.tab.run_dialog", fake_run)
    with qtbot.waitSignal(events.hub().records_changed):
        tab.add_goal()
    assert tab.goals_model.rowCount() == 1
    assert tab.goals_model.data(tab.goals_model.index(0, 1)) == "Retrouver un logement à moi"
    assert tab.goals_model.data(tab.goals_model.index(0, 2)) == "Accommodation"


def test_action_dialog_keeps_what_was_typed_when_no_one_is_responsible(qtbot, ws, person):
    vid = cp.create_plan(ws, person, date(2026, 9, 1), date(2026, 12, 1), today=TODAY)
    gid = cp.add_goal(ws, vid, GoalInput("Revoir mes amis", "company"))
    dialog = ActionDialog(None, lambda a: cp.add_action(ws, gid, a), cp.owner_choices(ws), date(2026, 9, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.what, "Aller au cafe associatif")
    dialog._try_accept()
    assert "say who will do it" in dialog.field_errors["owner"][1].text() and dialog.what.text() == "Aller au cafe associatif"
    dialog.kind.setCurrentIndex(dialog.kind.findData("informal"))
    qtbot.keyClicks(dialog.informal, "voisin Jo")
    dialog._try_accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert cp.get_version(ws, vid).goals[0].actions[0].owner_label == "voisin Jo"


def test_agreed_plan_shows_overdue_and_old_versions_read_only(qtbot, ws, person):
    vid, gid = agreed(ws, person)
    cp.review(ws, person, cp.ReviewInput(TODAY, date(2027, 2, 1), {gid: cp.GoalOutcome("open", "Ça avance")}),
              today=TODAY)
    tab = CarePlanTab(ws, person, None, today=TODAY)
    qtbot.addWidget(tab)
    assert tab.versions.count() == 2 and tab.add_goal_button.isEnabled()
    assert "1 action(s) overdue" in tab.banner.text()
    tab.versions.setCurrentIndex(1)
    tab._version_chosen(1)
    assert "replaced at a review" in tab.title.text()
    assert not tab.add_goal_button.isEnabled() and not tab.done_button.isEnabled()
    assert not tab.agree_button.isEnabled() and not tab.review_button.isEnabled()


def test_peer_worker_sees_no_edit_buttons_and_can_mark_their_action_done(qtbot, ws, vault_dir, person):
    from app.models.user import User

    add_user(ws, "pia", "peer_worker")
    with ws.read() as s:
        pia = s.query(User).filter_by(name="pia").one().id
    vid = cp.create_plan(ws, person, date(2026, 9, 1), date(2026, 12, 1), today=TODAY)
    gid = cp.add_goal(ws, vid, GoalInput("Weer contact met mijn dochter", "company"))
    cp.add_action(ws, gid, ActionInput("Samen koffie drinken", "worker", owner_user_id=pia, due_on=date(2026, 10, 1)))
    cp.add_action(ws, gid, ActionInput("Gesprek psychiater", "worker", owner_user_id=ws.user.id))
    cp.agree(ws, vid, date(2026, 9, 2), today=TODAY)
    ws.lock()
    peer = open_as(vault_dir, "pia")
    try:
        tab = CarePlanTab(peer, person, None, today=TODAY)
        qtbot.addWidget(tab)
        for button in (*tab.goal_buttons, *tab.action_buttons, tab.agree_button, tab.review_button):
            assert not button.isVisibleTo(tab)
        assert tab.actions_model.rowCount() == 1
        assert "1 other action(s) are for other workers." in tab.goal_detail.text()
        tab.actions_table.selectRow(0)
        with qtbot.waitSignal(events.hub().records_changed):
            qtbot.mouseClick(tab.done_button, Qt.MouseButton.LeftButton)
        assert cp.get_plan(peer, person).current.goals[0].actions[0].status == "done"
    finally:
        peer.lock()


def test_followups_page_filters_and_opens_the_person(qtbot, ws, person):
    agreed(ws, person)
    page = FollowUpsPage(ws, None, today=TODAY)
    qtbot.addWidget(page)
    assert page.proxy.rowCount() == 2        # the late action and the late review
    qtbot.keyClicks(page.filter, "CPAS")
    assert page.proxy.rowCount() == 1
    with qtbot.waitSignal(page.open_person_requested) as signal:
        page.view.doubleClicked.emit(page.proxy.index(0, 0))
    assert signal.args == [person]
