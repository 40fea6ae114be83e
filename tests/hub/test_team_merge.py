"""A merge over a real PostgreSQL hub: the removed person's deletion travels as an ordinary
deletion, not as an erasure (no tombstone, no purge of the moved records' operations), and a
contact typed offline for the removed person lands in the kept file on every laptop."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import text

from app.services.persons.merging import merge_persons
from app.services.persons.records import PersonService
from app.services.rights.collect import erase_person
from app.services.team.exchange import sync
from app.services.team.state import require_state


def add_contact(ws, person_gid: str, note: str) -> None:
    with ws.unit() as s:
        s.execute(text("INSERT INTO contacts (person_id, anonymous_label, nickname, occurred_at, duration_minutes, "
                       "mode, place, topics, note, note_private, follow_up, created_at) VALUES "
                       "((SELECT id FROM persons WHERE gid = :g), '', '', :at, 30, 'street', '', '[]', :n, 0, 0, :at)"),
                  {"g": person_gid, "at": datetime(2026, 3, 1, 10), "n": note})


def notes_of(ws, person_gid: str) -> list[str]:
    with ws.read() as s:
        return sorted(s.execute(text("SELECT c.note FROM contacts c JOIN persons p ON p.id = c.person_id "
                                     "WHERE p.gid = :g"), {"g": person_gid}).scalars())


def gid_of(ws, pid: int) -> str:
    with ws.read() as s:
        return s.execute(text("SELECT gid FROM persons WHERE id = :i"), {"i": pid}).scalar_one()


def state_of(ws):
    with ws.read() as session:
        return require_state(session)


def test_a_merge_is_not_an_erasure_and_late_contacts_land_in_the_kept_file(team):
    cm, sup = team["cm"], team["sup"]
    kept = gid_of(cm, PersonService(cm).create({"given_names": "Karim", "family_name": "El Amrani"}))
    removed = gid_of(cm, PersonService(cm).create({"given_names": "Kareem", "family_name": "Elamrani"}))
    add_contact(cm, removed, "first")
    for ws in (cm, sup):
        assert sync(ws).refused == []
    add_contact(sup, removed, "offline")          # typed on the supervisor's laptop, offline
    merge_persons(cm, kept, removed)
    for ws in (cm, sup, cm, sup):
        assert sync(ws).refused == []
    for ws in (cm, sup):
        assert notes_of(ws, kept) == ["first", "offline"]
        assert notes_of(ws, removed) == []
        assert removed not in state_of(ws).erased
        with ws.read() as s:
            assert s.execute(text("SELECT count(*) FROM persons WHERE gid = :g"), {"g": removed}).scalar() == 0


def test_an_erasure_crossing_a_merge_wins_on_every_laptop(team):
    cm, sup = team["cm"], team["sup"]
    kept = gid_of(cm, PersonService(cm).create({"given_names": "Jan", "family_name": "Peeters"}))
    removed = gid_of(cm, PersonService(cm).create({"given_names": "Jan", "family_name": "Peters"}))
    add_contact(cm, removed, "to erase")
    add_contact(cm, kept, "kept")
    for ws in (cm, sup):
        assert sync(ws).refused == []
    add_contact(cm, removed, "not yet sent")      # the eraser never knows of this one
    merge_persons(cm, kept, removed)              # the case manager merges...
    sup_pid = [r.id for r in PersonService(sup).rows() if r.gid == removed][0]
    erase_person(sup, sup_pid)                    # ...while the supervisor erases the removed file
    for ws in (cm, sup, cm, sup):
        assert sync(ws).refused == []
    for ws in (cm, sup):
        assert notes_of(ws, kept) == ["kept"]
        assert removed in state_of(ws).erased
