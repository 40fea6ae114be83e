"""Overdue reviews and actions: the header flags, "My follow-ups" across the caseload, and
what a peer worker may see and do."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import PermissionDenied
from app.models.careplan import action_overdue, review_overdue
from app.models.person import PersonStatus
from app.models.user import User
from app.services import careplan as cp
from app.services.careplan import ActionInput, GoalInput, add_months
from app.services.persons.records import PersonService
from tests.conftest import add_user, open_as

# -- the rule, by hand, around the dates that trip calendars ---------------------------------

@pytest.mark.parametrize("due, today, late", [
    (date(2027, 1, 31), date(2027, 1, 31), False),   # due today is not late
    (date(2027, 1, 31), date(2027, 2, 1), True),     # 31st -> next month's 1st
    (date(2026, 4, 30), date(2026, 5, 1), True),     # 30-day month end
    (date(2026, 12, 31), date(2027, 1, 1), True),    # year end
    (date(2028, 2, 29), date(2028, 2, 29), False),   # leap day itself
    (date(2028, 2, 29), date(2028, 3, 1), True),     # leap day -> 1 March
    (date(2027, 2, 28), date(2027, 3, 1), True),     # no leap day in 2027
    (date(2026, 3, 29), date(2026, 3, 29), False),   # Brussels springs forward on 29 March 2026
    (date(2026, 3, 29), date(2026, 3, 30), True),
    (date(2026, 10, 25), date(2026, 10, 25), False),  # and falls back on 25 October 2026
    (date(2026, 10, 24), date(2026, 10, 25), True),
    (None, date(2030, 1, 1), False),                 # no due date: never late
])
def test_action_overdue_is_strictly_before_today(due, today, late):
    assert action_overdue(due, "open", today) is late
    assert action_overdue(due, "done", today) is False
    assert action_overdue(due, "cancelled", today) is False


def test_review_overdue_and_days_late_ignore_the_clock_change():
    assert review_overdue(date(2026, 10, 24), date(2026, 10, 26)) is True
    assert review_overdue(date(2026, 10, 26), date(2026, 10, 26)) is False
    # Calendar days, so a 23-hour or 25-hour day still counts as one day.
    from app.models.careplan import days_late
    assert days_late(date(2026, 3, 28), date(2026, 3, 30)) == 2
    assert days_late(date(2026, 10, 24), date(2026, 10, 26)) == 2


@pytest.mark.parametrize("start, months, expected", [
    (date(2027, 1, 31), 1, date(2027, 2, 28)),
    (date(2028, 1, 31), 1, date(2028, 2, 29)),
    (date(2026, 11, 30), 3, date(2027, 2, 28)),
    (date(2026, 8, 31), 3, date(2026, 11, 30)),
    (date(2026, 12, 15), 1, date(2027, 1, 15)),
    (date(2027, 3, 31), -1, date(2027, 2, 28)),
])
def test_default_review_dates_clamp_to_the_month_end(start, months, expected):
    assert add_months(start, months) == expected


# -- through the services --------------------------------------------------------------------

def _plan(ws, person, start, review_on, due_dates, owner_user_id=None, agree=True, today=None):
    vid = cp.create_plan(ws, person, start, review_on, today=today or start)
    gid = cp.add_goal(ws, vid, GoalInput("Retrouver un logement à moi", "accommodation"))
    ids = []
    for n, due in enumerate(due_dates):
        kind = "worker" if (owner_user_id and n == len(due_dates) - 1) else "person"
        ids.append(cp.add_action(ws, gid, ActionInput(f"étape {n + 1}", kind, owner_user_id=owner_user_id,
                                                      due_on=due)))
    if agree:
        cp.agree(ws, vid, start, today=today or start)
    return vid, gid, ids


def test_header_flags_across_a_month_end(ws):
    pid = PersonService(ws).create({"alias": "Zaza"})
    _plan(ws, pid, date(2027, 1, 10), date(2027, 1, 31), [date(2027, 1, 31), date(2027, 2, 1)])
    on_31 = cp.overdue_flags(ws, pid, today=date(2027, 1, 31))
    assert (on_31.review_overdue, on_31.overdue_actions, on_31.any) == (False, 0, False)
    on_1 = cp.overdue_flags(ws, pid, today=date(2027, 2, 1))
    assert (on_1.review_overdue, on_1.overdue_actions) == (True, 1)
    on_2 = cp.overdue_flags(ws, pid, today=date(2027, 2, 2))
    assert on_2.overdue_actions == 2
    assert cp.overdue_flags(ws, PersonService(ws).create({"alias": "Mimi"})).any is False


def test_done_actions_and_closed_goals_are_not_overdue(ws):
    pid = PersonService(ws).create({"alias": "Rocky"})
    _, gid, (a1, a2) = _plan(ws, pid, date(2026, 3, 1), date(2026, 6, 1), [date(2026, 3, 29), date(2026, 3, 29)])
    cp.set_action_status(ws, a1, "done", today=date(2026, 3, 30))
    assert cp.overdue_flags(ws, pid, today=date(2026, 3, 30)).overdue_actions == 1
    cp.review(ws, pid, cp.ReviewInput(date(2026, 4, 1), date(2026, 6, 1), {gid: cp.GoalOutcome("dropped", "Plus envie")}),
              today=date(2026, 4, 1))
    assert cp.overdue_flags(ws, pid, today=date(2026, 4, 2)).overdue_actions == 0


def test_my_followups_lists_my_caseload_most_overdue_first(ws, vault_dir):
    add_user(ws, "bob", "case_manager")
    with ws.read() as s:
        bob = s.query(User).filter_by(name="bob").one().id
    persons = PersonService(ws)
    mine = persons.create({"given_names": "Léa", "family_name": "Périer"})
    closed = persons.create({"given_names": "Ayşe", "family_name": "Yılmaz"})
    bobs = persons.create({"given_names": "Bram", "family_name": "Claes"}, worker_ids=[bob])
    _plan(ws, mine, date(2026, 9, 1), date(2026, 11, 1), [date(2026, 10, 1), date(2026, 12, 24)], today=date(2026, 11, 26))
    _plan(ws, closed, date(2026, 9, 1), date(2026, 10, 1), [date(2026, 9, 15)], today=date(2026, 11, 26))
    persons.update(closed, {"status": PersonStatus.CLOSED.value})
    _plan(ws, bobs, date(2026, 9, 1), date(2026, 10, 15), [date(2026, 9, 20)], today=date(2026, 11, 26))
    today = date(2026, 11, 26)
    # Alice is a supervisor: every open file. Closed files are left out.
    items = cp.my_followups(ws, today=today)
    assert [(i.person_name, i.kind, i.due_on, i.days_late) for i in items] == [
        ("Bram Claes", "action", date(2026, 9, 20), 67),
        ("Léa Périer", "action", date(2026, 10, 1), 56),
        ("Bram Claes", "review", date(2026, 10, 15), 42),
        ("Léa Périer", "review", date(2026, 11, 1), 25),
    ]
    assert items[0].goal == "Retrouver un logement à moi" and items[0].what == "étape 1"
    ws.lock()
    bob_ws = open_as(vault_dir, "bob")
    try:
        assert {(i.person_id, i.kind) for i in cp.my_followups(bob_ws, today=today)} == {
            (bobs, "action"), (bobs, "review")}
    finally:
        bob_ws.lock()


@pytest.fixture
def peer_setup(ws, vault_dir):
    add_user(ws, "pia", "peer_worker")
    with ws.read() as s:
        pia = s.query(User).filter_by(name="pia").one().id
    pid = PersonService(ws).create({"given_names": "Bram", "family_name": "Claes"}, worker_ids=[ws.user.id, pia])
    vid = cp.create_plan(ws, pid, date(2026, 9, 1), date(2026, 11, 1), today=date(2026, 11, 26))
    gid = cp.add_goal(ws, vid, GoalInput("Weer contact met mijn dochter", "company"))
    own = cp.add_action(ws, gid, ActionInput("Samen koffie drinken", "worker", owner_user_id=pia, due_on=date(2026, 10, 1)))
    persons = cp.add_action(ws, gid, ActionInput("Een brief schrijven", "person", due_on=date(2026, 10, 2)))
    other = cp.add_action(ws, gid, ActionInput("Gesprek met de psychiater", "worker", owner_user_id=ws.user.id,
                                               due_on=date(2026, 10, 3)))
    cp.agree(ws, vid, date(2026, 9, 2), today=date(2026, 11, 26))
    ws.lock()
    peer = open_as(vault_dir, "pia")
    yield peer, pid, vid, gid, own, persons, other
    if peer.is_open:
        peer.lock()


def test_peer_worker_sees_goals_and_only_their_own_or_the_persons_actions(peer_setup):
    peer, pid, vid, gid, own, persons, other = peer_setup
    plan = cp.get_plan(peer, pid, today=date(2026, 11, 26))
    goal = plan.current.goals[0]
    assert goal.text == "Weer contact met mijn dochter"
    assert [a.id for a in goal.actions] == [own, persons] and goal.hidden_actions == 1
    assert [len(g.actions) for g in cp.current_goals(peer, pid)] == [2]
    assert cp.overdue_flags(peer, pid, today=date(2026, 11, 26)).overdue_actions == 2
    assert [(i.kind, i.what) for i in cp.my_followups(peer, today=date(2026, 11, 26))] == [
        ("action", "Samen koffie drinken"), ("action", "Een brief schrijven")]


def test_peer_worker_marks_visible_actions_done_and_nothing_else(peer_setup):
    peer, pid, vid, gid, own, persons, other = peer_setup
    cp.set_action_status(peer, own, "done", today=date(2026, 11, 26))
    cp.set_action_status(peer, persons, "done", today=date(2026, 11, 26))
    with pytest.raises(PermissionDenied):
        cp.set_action_status(peer, other, "done", today=date(2026, 11, 26))
    with pytest.raises(PermissionDenied):
        cp.set_action_status(peer, own, "cancelled", today=date(2026, 11, 26))
    for attempt in (lambda: cp.add_goal(peer, vid, GoalInput("x")),
                    lambda: cp.update_goal(peer, gid, GoalInput("x")),
                    lambda: cp.add_action(peer, gid, ActionInput("x", "person")),
                    lambda: cp.review(peer, pid, cp.ReviewInput(date(2026, 11, 26), date(2027, 1, 1))),
                    lambda: cp.draft_goals_from_domains(peer, pid, ["money"]),
                    lambda: cp.create_plan(peer, pid)):
        with pytest.raises(PermissionDenied):
            attempt()
    statuses = {a.id: (a.status, a.done_on) for a in cp.get_plan(peer, pid).current.goals[0].actions}
    assert statuses == {own: ("done", date(2026, 11, 26)), persons: ("done", date(2026, 11, 26))}
