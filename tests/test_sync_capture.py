"""Capture: every write to a synced table reaches the outbox, whatever made it."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import delete, insert, select, text, update

import app.models  # noqa: F401
from app.devtools.demo import add_demo_data
from app.models.person import Person
from app.models.sync_scopes import LOCAL_ONLY, SYNCED, capture_spec
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
    with ws.unit() as s:  # ON DELETE CASCADE
        s.execute(delete(Person.__table__).where(Person.__table__.c.id == pid))
    rows = outbox(ws)[start:]
    kinds = [(r["tbl"], r["kind"]) for r in rows]
    assert kinds[:3] == [("persons", "I"), ("persons", "U"), ("contacts", "I")]
    assert set(kinds[3:]) == {("contacts", "D"), ("persons", "D")}
    assert rows[1]["cols"].split(",")[0] == "alias" and json.loads(rows[1]["new"])["alias"] == "Nana"
    contact = json.loads(rows[2]["new"])
    assert contact["person_id"] == pgid, "references travel as gids"
    assert len(rows[2]["gid"]) == 36 and rows[2]["gid"][14] == "7"
    assert "id" not in contact and "_rowid" not in contact


def test_nothing_is_captured_while_the_applier_holds_the_switch(ws):
    start = len(outbox(ws))
    with ws.unit() as s:
        conn = s.connection()
        with capture_off(conn):
            conn.execute(insert(Person.__table__).values(given_names="Quiet", family_name="One", search_text="",
                                                         languages=[], status="active"))
        conn.execute(insert(Person.__table__).values(given_names="Loud", family_name="Two", search_text="",
                                                     languages=[], status="active"))
    assert [json.loads(r["new"])["given_names"] for r in outbox(ws)[start:]] == ["Loud"]


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
