"""What a role may not read sits in a table of the stricter scope: a private contact note in
`contact_private_notes` (scope private), a goal's CANSAS life domain in `careplan_goal_domains`
(scope clinical). Users see what they saw before; migration 0012 moves existing values."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from app.models.sync_scopes import SYNCED, Scope
from app.services.careplan import current_goals, get_plan
from app.services.careplan.editing import add_goal, create_plan, update_goal
from app.services.careplan.views import GoalInput
from app.services.contacts.records import ContactService
from app.services.persons.records import PersonService
from app.services.shared.workspace import Workspace
from app.services.sync import mark_pushed, pending_operations
from app.store.migrate import alembic_config
from app.store.sync.gids import derived_gid
from tests.conftest import PASSPHRASE, USER, add_user, open_as
from tests.test_contacts import contact


def scalar(ws, sql, **params):
    with ws.read() as s:
        return s.execute(text(sql), params).scalar()


def test_the_stricter_tables_are_declared_in_their_scope():
    assert SYNCED["contact_private_notes"].scope is Scope.PRIVATE
    assert SYNCED["careplan_goal_domains"].scope is Scope.CLINICAL
    assert SYNCED["contacts"].scope is SYNCED["careplan_goals"].scope is Scope.TEAM


def test_a_private_note_is_kept_apart_and_shown_to_its_author_only(ws, vault_dir):
    add_user(ws, "pat", "peer_worker")
    ws.lock()
    pat = open_as(vault_dir, "pat")
    ContactService(pat).add(contact(note="Talked about his brother", note_private=True))
    ContactService(pat).add(contact(note="", note_private=True))
    ContactService(pat).add(contact(note="Needs a sleeping bag"))
    assert sorted(r.note for r in ContactService(pat).list()) == ["", "Needs a sleeping bag", "Talked about his brother"]
    assert scalar(pat, "SELECT count(*) FROM contacts WHERE note LIKE '%brother%'") == 0
    assert scalar(pat, "SELECT count(*) FROM contact_private_notes WHERE note LIKE '%brother%'") == 1
    pat.lock()
    alice = Workspace.open(vault_dir, USER, PASSPHRASE)
    rows = sorted(ContactService(alice).list(), key=lambda r: (r.note_private, r.note_hidden))
    assert [(r.note, r.note_private, r.note_hidden) for r in rows] == [
        ("Needs a sleeping bag", False, False), ("", True, False), ("", True, True)]
    alice.lock()


def test_a_goal_domain_is_kept_apart_and_hidden_from_a_peer_worker(ws, vault_dir):
    pid = PersonService(ws).create({"alias": "Rocky"})
    version = create_plan(ws, pid)
    goal = add_goal(ws, version, GoalInput("Find a room", domain="accommodation"))
    add_goal(ws, version, GoalInput("See my sister"))
    assert [g.domain for g in get_plan(ws, pid).current.goals] == ["accommodation", None]
    assert scalar(ws, "SELECT count(*) FROM careplan_goal_domains") == 1
    update_goal(ws, goal, GoalInput("Find a room", domain="food"))
    assert [g.domain for g in current_goals(ws, pid)] == ["food", None]
    with ws.read() as s:
        goal_gid = s.execute(text("SELECT gid FROM careplan_goals WHERE id = :g"), {"g": goal}).scalar()
        assert s.execute(text("SELECT gid FROM careplan_goal_domains")).scalar() == derived_gid("goal_domain", goal_gid)
    add_user(ws, "pat", "peer_worker")
    ws.lock()
    pat = open_as(vault_dir, "pat")
    assert [g.domain for g in get_plan(pat, pid).current.goals] == [None, None]
    assert [g.text for g in current_goals(pat, pid)] == ["Find a room", "See my sister"]
    assert all(g.domain is None for g in current_goals(pat, pid))
    pat.lock()


def test_migration_0012_moves_existing_values_without_capturing_the_move(ws, vault_dir):
    pid = PersonService(ws).create({"alias": "Rocky"})
    ContactService(ws).add(contact(person_id=pid, note="Private words", note_private=True))
    ContactService(ws).add(contact(person_id=pid, note="Public words"))
    version = create_plan(ws, pid)
    add_goal(ws, version, GoalInput("Find a room", domain="accommodation"))
    mark_pushed(ws, [op["op_id"] for op in pending_operations(ws)])
    with ws.vault.engine.connect() as conn:
        conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
        with conn.begin():
            command.downgrade(alembic_config(conn), "0011_sync_gids")
            # As a vault at 0011 held them: the texts in the shared tables.
            assert conn.exec_driver_sql("SELECT note FROM contacts WHERE note_private = 1").scalar() == "Private words"
            assert conn.exec_driver_sql("SELECT domain FROM careplan_goals").scalar() == "accommodation"
            conn.exec_driver_sql("DELETE FROM sync_outbox")
    ws.lock()
    ws = Workspace.open(vault_dir, USER, PASSPHRASE)  # upgrades
    try:
        assert scalar(ws, "SELECT count(*) FROM contacts WHERE note = 'Private words'") == 0
        assert scalar(ws, "SELECT note FROM contacts WHERE note_private = 0") == "Public words"
        contact_gid = scalar(ws, "SELECT gid FROM contacts WHERE note_private = 1")
        assert scalar(ws, "SELECT gid FROM contact_private_notes WHERE note = 'Private words'") == \
            derived_gid("contact_note", contact_gid)
        assert sorted(r.note for r in ContactService(ws).list()) == ["Private words", "Public words"]
        assert [g.domain for g in current_goals(ws, pid)] == ["accommodation"]
        assert pending_operations(ws) == [], "each replica migrates itself: the move is no operation"
        # Capture works on the new tables and the rebuilt one.
        ContactService(ws).add(contact(person_id=pid, note="Another", note_private=True))
        assert {op["table"] for op in pending_operations(ws)} >= {"contacts", "contact_private_notes"}
    finally:
        ws.lock()
