"""Capture: every write to a synced table reaches the outbox, whatever made it."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import delete, insert, select, text, update

import app.models  # noqa: F401
from app.devtools.demo import add_demo_data
from app.models.person import Person
from app.models.sync_scopes import LOCAL_ONLY, SYNCED, capture_spec
from app.services.sync import mark_pushed, pending_operations
from app.store.base import Base
from app.store.sync.capture import (
    capture_off,
    captured_tables,
    table_shape,
    trigger_sql,
    triggers_sql,
)


def outbox(ws):
    with ws.read() as s:
        return [dict(r._mapping) for r in s.execute(text("SELECT * FROM sync_outbox ORDER BY id"))]


def test_every_table_has_a_declared_scope_or_is_local_only():
    names = set(Base.metadata.tables)
    undeclared = names - set(SYNCED) - set(LOCAL_ONLY)
    assert not undeclared, f"declare a scope for {sorted(undeclared)} in app/models/sync_scopes.py"
    assert not set(SYNCED) & set(LOCAL_ONLY)
    assert set(SYNCED) <= names


def test_every_synced_table_is_captured_with_its_current_columns(ws):
    with ws.vault.engine.connect() as conn:
        found = captured_tables(conn)
        live = triggers_sql(conn)
        for table in SYNCED:
            assert found.get(table) == {"i", "u", "d"}, f"{table} escapes capture"
            expected = trigger_sql(table_shape(conn, table, capture_spec()))
            names = [f"sync_capture_{table}_{k}" for k in "iud"]
            assert [live[n] for n in names] == expected, f"capture of {table} is out of date"
            assert "gid" in {c.name for c in Base.metadata.tables[table].columns}


def test_orm_core_raw_sql_and_cascade_writes_are_captured(ws):
    start = len(outbox(ws))  # the vault's first user
    with ws.unit() as s:
        person = Person(given_names="Ana", family_name="Lopes", search_text="ana lopes")
        s.add(person)
        s.flush()
        pid, pgid = person.id, person.gid
    with ws.unit() as s:  # Core
        s.execute(update(Person.__table__).where(Person.__table__.c.id == pid).values(alias="Nana"))
    with ws.unit() as s:  # raw SQL, without a gid: the column default makes one
        s.execute(text("INSERT INTO contacts (person_id, anonymous_label, nickname, occurred_at, "
                       "duration_minutes, mode, place, topics, note, note_private, follow_up, created_at) "
                       "VALUES (:p, '', '', :at, 30, 'street', '', '[]', 'hello', 0, 0, :at)"),
                  {"p": pid, "at": datetime(2026, 3, 1, 10, 0)})
    rows = outbox(ws)[start:]
    assert [(r["tbl"], r["kind"]) for r in rows] == [("persons", "I"), ("persons", "U"), ("contacts", "I")]
    assert rows[1]["cols"] == "alias,updated_at,", "an update carries the changed columns only"
    assert set(json.loads(rows[1]["new"])) == {"alias", "updated_at"} and json.loads(rows[1]["new"])["alias"] == "Nana"
    assert json.loads(rows[1]["old"])["alias"] == ""
    assert len(rows[2]["gid"]) == 36 and rows[2]["gid"][14] == "7"
    ops = {op["gid"]: op for op in pending_operations(ws)}
    contact = ops[rows[2]["gid"]]["fields"]
    assert contact["person_id"] == pgid, "references travel as gids"
    assert contact["note"] == "hello"
    assert "id" not in contact and "_rowid" not in contact and "gid" not in contact
    with ws.unit() as s:  # ON DELETE CASCADE
        s.execute(delete(Person.__table__).where(Person.__table__.c.id == pid))
    kinds = {(r["tbl"], r["kind"]) for r in outbox(ws)}
    assert kinds == {("contacts", "D"), ("persons", "D")}


def test_an_update_references_travel_as_gids_and_only_changed_columns(ws):
    with ws.unit() as s:
        person = Person(given_names="Ana", family_name="Lopes", search_text="ana lopes")
        other = Person(given_names="Bo", family_name="Berg", search_text="bo berg")
        s.add_all([person, other])
        s.flush()
        s.execute(text("INSERT INTO contacts (person_id, anonymous_label, nickname, occurred_at, "
                       "duration_minutes, mode, place, topics, note, note_private, follow_up, created_at) "
                       "VALUES (:p, '', '', :at, 30, 'street', '', '[]', 'it''s \"quoted\"', 0, 0, :at)"),
                  {"p": person.id, "at": datetime(2026, 3, 1, 10, 0)})
        ids = (person.id, other.id, other.gid)
    mark_pushed(ws, [op["op_id"] for op in pending_operations(ws)])
    with ws.unit() as s:
        s.execute(text("UPDATE contacts SET person_id = :o, note = 'ünï \\ \"x\"', duration_minutes = 45 "
                       "WHERE person_id = :p"), {"o": ids[1], "p": ids[0]})
    [op] = pending_operations(ws)
    assert op["fields"] == {"person_id": ids[2], "duration_minutes": 45, "note": 'ünï \\ "x"'}
    assert set(op["base"]) == set(op["fields"])


def test_a_row_inserted_and_deleted_before_sync_never_leaves_the_laptop(ws):
    mark_pushed(ws, [op["op_id"] for op in pending_operations(ws)])
    with ws.unit() as s:
        person = Person(given_names="Gone", family_name="Soon", search_text="gone soon")
        s.add(person)
        s.flush()
        s.execute(text("UPDATE persons SET alias = 'x' WHERE id = :p"), {"p": person.id})
        s.execute(text("DELETE FROM persons WHERE id = :p"), {"p": person.id})
    assert pending_operations(ws) == []


def test_nothing_is_captured_while_the_applier_holds_the_switch(ws):
    start = len(outbox(ws))
    with ws.unit() as s:
        conn = s.connection()
        with capture_off(conn):
            conn.execute(insert(Person.__table__).values(given_names="Quiet", family_name="One", search_text="",
                                                         languages=[], status="active"))
        conn.execute(insert(Person.__table__).values(given_names="Loud", family_name="Two", search_text="",
                                                     languages=[], status="active"))
    assert len(outbox(ws)[start:]) == 1
    assert [op["fields"]["given_names"] for op in pending_operations(ws) if op["table"] == "persons"] == ["Loud"]


def test_demo_generators_writes_are_captured(ws):
    add_demo_data(ws, persons=6, seed=3)
    rows = outbox(ws)
    with ws.read() as s:
        for table in SYNCED:
            count = s.execute(text(f'SELECT count(*) FROM "{table}"')).scalar()
            captured = {r["gid"] for r in rows if r["tbl"] == table and r["kind"] == "I"}
            gids = set(s.execute(text(f'SELECT gid FROM "{table}"')).scalars())
            assert gids <= captured, f"{table}: {count - len(gids & captured)} rows escaped capture"
        assert s.execute(select(Person.gid)).first() is not None
