"""Scopes over a real hub: a worker's private note reaches only that worker's devices, and a
goal's CANSAS life domain never reaches a peer worker's laptop, while the goal does."""

from __future__ import annotations

from app.services.careplan.editing import add_goal, create_plan
from app.services.careplan.views import GoalInput
from app.services.contacts.records import ContactService
from app.services.persons.records import PersonService
from app.services.team.exchange import sync


def count(ws, sql: str) -> int:
    with ws.read() as session:
        return session.connection().exec_driver_sql(sql).scalar()


def test_a_peer_workers_vault_holds_no_private_note_of_another_and_no_goal_domain(team):
    cm, peer, sup = team["cm"], team["peer"], team["sup"]
    pid = PersonService(cm).create({"given_names": "Ewa", "family_name": "Nowak"})
    base = {"person_id": pid, "duration_minutes": 20, "mode": "face_to_face"}
    ContactService(cm).add({**base, "note": "Secret of the case manager", "note_private": True})
    ContactService(cm).add({**base, "note": "Open note for the team"})
    version = create_plan(cm, pid)
    add_goal(cm, version, GoalInput("Find a room", domain="accommodation"))
    for ws in (cm, sup, peer, cm, sup, peer):
        sync(ws)

    # The peer worker has the person, both contacts, the goal; no private note, no domain.
    assert count(peer, "SELECT count(*) FROM persons") == 1
    assert count(peer, "SELECT count(*) FROM contacts") == 2
    assert count(peer, "SELECT count(*) FROM careplan_goals") == 1
    assert count(peer, "SELECT count(*) FROM contact_private_notes") == 0
    assert count(peer, "SELECT count(*) FROM careplan_goal_domains") == 0
    assert count(peer, "SELECT count(*) FROM contacts WHERE note LIKE '%Secret%'") == 0
    assert count(peer, "SELECT count(*) FROM sync_conflicts WHERE value LIKE '%Secret%' "
                       "OR other LIKE '%Secret%' OR value LIKE '%accommodation%'") == 0
    rows = {r.note_private: r for r in ContactService(peer).list()}
    assert rows[True].note == "" and rows[True].note_hidden
    assert rows[False].note == "Open note for the team"

    # The supervisor reads clinical data (the domain) but not another worker's private note.
    assert count(sup, "SELECT count(*) FROM careplan_goal_domains WHERE domain = 'accommodation'") == 1
    assert count(sup, "SELECT count(*) FROM contact_private_notes") == 0
    # The author keeps their own note.
    assert count(cm, "SELECT count(*) FROM contact_private_notes WHERE note LIKE 'Secret%'") == 1
