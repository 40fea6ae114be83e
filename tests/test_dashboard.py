"""Caseload indicators on a hand-built caseload whose answers are known (tests/caseload_fixtures.py)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.errors import PermissionDenied, RelaisError
from app.models.network import MemberData
from app.models.network_measures import measure
from app.services.dashboard.indicators import caseload_indicators
from tests.caseload_fixtures import LAST_WEEK, THIS_WEEK, TODAY, build_caseload
from tests.conftest import add_user, open_as


@pytest.fixture
def caseload(ws):
    return build_caseload(ws)


def ids(figure) -> set[int]:
    return set(figure.person_ids)


def test_team_indicators_match_the_hand_computed_answers(ws, caseload):
    c = caseload
    result = caseload_indicators(ws, "team", today=TODAY)
    assert ids(result.caseload) == {c.anna, c.bruno, c.dora}          # the closed file is out
    assert ids(result.active) == {c.anna, c.bruno}
    assert result.active.count == 2
    assert ids(result.assessed) == {c.anna, c.bruno}
    needs = {d.domain_id: ids(d.persons) for d in result.unmet_needs}
    assert needs["accommodation"] == {c.anna, c.bruno}
    assert needs["company"] == {c.anna}
    assert needs["food"] == set()        # only in Anna's older assessment
    assert needs["alcohol"] == set()     # only in her own rating: never merged with the staff's
    assert needs["drugs"] == set()       # only in a draft
    assert [d.domain_id for d in result.core_needs][:2] == ["accommodation", "food"]
    assert len(result.core_needs) == 22
    assert [(d.domain_id, ids(d.persons)) for d in result.extra_needs] == [("paid_work", {c.anna})]
    assert ids(result.any_unmet) == {c.anna, c.bruno}
    assert ids(result.isolation) == {c.bruno, c.dora}
    assert ids(result.mapped) == {c.anna, c.bruno, c.dora}
    assert ids(result.overdue_reviews) == {c.anna}
    assert ids(result.overdue_actions) == {c.anna}
    assert result.overdue_action_count == 1
    assert [(r.person_id, r.status, r.days_waiting) for r in result.pending_referrals] == [
        (c.anna, "waiting_list", 20), (c.dora, "accepted", 0)]
    assert ids(result.waiting) == {c.anna, c.dora}
    weeks = {w.week_start: dict(w.by_mode) for w in result.contacts_per_week}
    assert len(result.contacts_per_week) == 12 and result.contacts_per_week[-1].week_start == THIS_WEEK
    assert weeks[THIS_WEEK] == {"face_to_face": 2, "phone": 1, "video": 0, "street_outreach": 1,
                                "home_visit": 1, "group": 0}
    assert weeks[LAST_WEEK]["phone"] == 1 and sum(weeks[LAST_WEEK].values()) == 1


def test_mine_is_the_users_caseload(ws, vault_dir, caseload):
    c = caseload
    ws.lock()
    carla = open_as(vault_dir, "carla")
    try:
        result = caseload_indicators(carla, "mine", today=TODAY)
        assert ids(result.caseload) == {c.anna, c.dora}
        assert ids(result.active) == {c.anna}
        assert ids(result.isolation) == {c.dora}
        assert {d.domain_id: ids(d.persons) for d in result.core_needs}["accommodation"] == {c.anna}
        this_week = dict(result.contacts_per_week[-1].by_mode)
        # her contacts, and Alice's with Chen (assigned to her); not Alice's with Bruno
        assert this_week == {"face_to_face": 2, "phone": 1, "video": 0, "street_outreach": 1,
                             "home_visit": 0, "group": 0}
        with pytest.raises(PermissionDenied):
            caseload_indicators(carla, "team", today=TODAY)
    finally:
        carla.lock()


def test_isolation_follows_the_network_measure_rule(ws, caseload):
    """The bulk count and the single-map measure agree on each latest map of the fixture."""
    members = {
        "anna": [MemberData(1, "Sœur Maria", "family", "close", ("emotional", "practical")),
                 MemberData(2, "Voisin Jo", "neighbour", "outer", ("company",))],
        "bruno": [MemberData(3, "Dr Médecin", "professional", "close", ("emotional",)),
                  MemberData(4, "Ami Paul", "friend", "middle", ("company",))],
        "dora": [],
    }
    result = caseload_indicators(ws, "team", today=TODAY)
    for name, people in members.items():
        assert measure(people, []).isolation_signal == (getattr(caseload, name) in result.isolation.person_ids)


def test_peer_workers_are_refused_and_the_view_is_audited(ws, vault_dir, caseload):
    caseload_indicators(ws, "team", today=TODAY)
    with ws.read() as s:
        details = [d for (d,) in s.execute(text("SELECT detail FROM audit_events WHERE action = 'dashboard.viewed'"))]
    assert len(details) == 1 and "Anna" not in str(details)
    add_user(ws, "pierre", "peer_worker")
    ws.lock()
    peer = open_as(vault_dir, "pierre")
    try:
        with pytest.raises(PermissionDenied):
            caseload_indicators(peer, "mine")
    finally:
        peer.lock()


def test_empty_vault_and_bad_arguments(ws):
    result = caseload_indicators(ws, "team", today=TODAY)
    assert result.caseload.count == 0 and result.pending_referrals == ()
    assert all(w.total == 0 for w in result.contacts_per_week)
    assert all(d.persons.count == 0 for d in result.unmet_needs)
    with pytest.raises(RelaisError):
        caseload_indicators(ws, "everyone")
    with pytest.raises(RelaisError):
        caseload_indicators(ws, "team", weeks=0)
