"""Laptops in one process: vaults of their own, a list standing in for the hub."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.models.careplan import CarePlan, CarePlanVersion
from app.models.person import Person
from app.models.sync_scopes import SYNCED, capture_spec
from app.services.shared.workspace import Workspace
from app.services.sync import apply_remote, list_conflicts, mark_pushed, pending_operations
from app.store.keyslots import INSECURE_TEST_KDF
from app.store.sync.ops import Rows

PASS = "correct horse battery staple"


class Hub:
    """Hub order = list order; operations travel as JSON text, as they will encrypted."""

    def __init__(self) -> None:
        self.log: list[str] = []

    def push(self, ws: Workspace) -> None:
        ops = pending_operations(ws)
        self.log.extend(json.dumps(op) for op in ops)
        mark_pushed(ws, [op["op_id"] for op in ops])

    def pull(self, ws: Workspace):
        return apply_remote(ws, [(seq, json.loads(raw)) for seq, raw in enumerate(self.log, 1)])

    def sync(self, ws: Workspace):
        self.push(ws)
        return self.pull(ws)


def laptop(folder: Path, name: str) -> Workspace:
    ws, _ = Workspace.create(folder, name, PASS, role="supervisor", display_name=name.title(),
                             params=INSECURE_TEST_KDF)
    return ws


@pytest.fixture
def team(tmp_path):
    """Three laptops (ann, ben, cleo) that have each pushed and pulled once: (hub, laptops)."""
    laptops = [laptop(tmp_path / name, name) for name in ("ann", "ben", "cleo")]
    hub = Hub()
    for ws in laptops:
        hub.push(ws)
    for ws in laptops:
        hub.pull(ws)
    yield hub, laptops
    for ws in laptops:
        if ws.is_open:
            ws.lock()


def export(ws: Workspace) -> dict[str, dict[str, dict]]:
    """Every synced record by gid, references as gids: what must be equal on every replica."""
    out: dict[str, dict[str, dict]] = {}
    with ws.read() as session:
        rows = Rows(session.connection(), capture_spec())
        for table in SYNCED:
            gids = session.connection().exec_driver_sql(f'SELECT gid FROM "{table}"').scalars().all()
            out[table] = {}
            for gid in gids:
                values = rows.get(table, gid)
                values.pop("_rowid")
                out[table][gid] = values
    return out


def conflicts(ws: Workspace) -> list[tuple]:
    return [(c["id"], c["kind"], c["tbl"], c["gid"], c["col"], json.dumps(c["value"]), json.dumps(c["other"]))
            for c in list_conflicts(ws, status=None)]


def add_person(ws: Workspace, given: str, family: str = "Doe", niss: str | None = None) -> str:
    with ws.unit() as s:
        person = Person(given_names=given, family_name=family, niss=niss, search_text=given.lower())
        s.add(person)
        s.flush()
        return person.gid


def person_id(ws: Workspace, gid: str) -> int:
    with ws.read() as s:
        return s.execute(select(Person.id).where(Person.gid == gid)).scalar_one()


def set_person(ws: Workspace, gid: str, **values) -> None:
    with ws.unit() as s:
        person = s.execute(select(Person).where(Person.gid == gid)).scalar_one()
        for key, value in values.items():
            setattr(person, key, value)


def get_person(ws: Workspace, gid: str) -> Person | None:
    with ws.read() as s:
        person = s.execute(select(Person).where(Person.gid == gid)).scalar_one_or_none()
        if person is not None:
            s.expunge(person)
        return person


def delete_person(ws: Workspace, gid: str) -> None:
    with ws.unit() as s:
        s.execute(text("DELETE FROM persons WHERE gid = :g"), {"g": gid})


def add_contact(ws: Workspace, gid: str, note: str = "", topics: str = "[]") -> str:
    with ws.unit() as s:
        s.execute(text("INSERT INTO contacts (person_id, anonymous_label, nickname, occurred_at, "
                       "duration_minutes, mode, place, topics, note, note_private, follow_up, created_at) "
                       "VALUES ((SELECT id FROM persons WHERE gid = :g), '', '', :at, 30, 'street', '', :t, :n, "
                       "0, 0, :at)"), {"g": gid, "at": datetime(2026, 3, 1, 10), "n": note, "t": topics})
        return s.execute(text("SELECT gid FROM contacts ORDER BY id DESC LIMIT 1")).scalar_one()


def open_plan_version(ws: Workspace, person_gid: str, number: int) -> tuple[str, str]:
    with ws.unit() as s:
        pid = s.execute(select(Person.id).where(Person.gid == person_gid)).scalar_one()
        plan = s.execute(select(CarePlan).where(CarePlan.person_id == pid)).scalar_one_or_none()
        if plan is None:
            plan = CarePlan(person_id=pid)
            s.add(plan)
            s.flush()
        version = CarePlanVersion(plan_id=plan.id, number=number, starts_on=date(2026, 3, 1),
                                  review_on=date(2026, 9, 1))
        s.add(version)
        s.flush()
        return plan.gid, version.gid
