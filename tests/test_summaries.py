"""Per-person summary rows (app/models/summaries.py) stay equal to a recomputation from the
source tables after any sequence of writes, and the rebuild command repairs them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from app.devtools.demo import add_demo_data
from app.models import summaries
from app.services.admin.summaries import rebuild_summaries
from app.services.persons.records import PersonService
from app.services.shared.workspace import Workspace
from tests.conftest import PASSPHRASE, REPO, USER

SOURCES = ("assessments", "network_snapshots", "careplan_versions", "careplans", "contacts")


@pytest.fixture(scope="module")
def demo_vault(template_vault, tmp_path_factory):
    folder = tmp_path_factory.mktemp("summaries") / "vault"
    shutil.copytree(template_vault, folder)
    ws = Workspace.open(folder, USER, PASSPHRASE)
    add_demo_data(ws, persons=25, seed=5)
    yield ws
    if ws.is_open:
        ws.lock()


def pick(conn, table: str, n: int, where: str = "1 = 1") -> int | None:
    ids = [r[0] for r in conn.execute(text(f"SELECT id FROM {table} WHERE {where} ORDER BY id"))]
    return ids[n % len(ids)] if ids else None


def copy_row(conn, table: str, row_id: int, **values) -> None:
    """Insert a copy of a row (new id and gid) with some values changed."""
    columns = [r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info('{table}')") if r[1] != "id"]
    chosen = {c: f":{c}" for c in values}
    chosen["gid"] = "lower(hex(randomblob(16)))"
    select = ", ".join(chosen.get(c, c) for c in columns)
    conn.execute(text(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {select} FROM {table} WHERE id = :row_id"),
                 {"row_id": row_id, **values})


def edit(conn, op: str, a: int, b: int, day: date) -> None:
    """One write to a source table, as any feature (or the sync applier, or a merge) makes it."""
    person = pick(conn, "persons", b)
    if op == "assessment_copy" and (row := pick(conn, "assessments", a)) and person:
        copy_row(conn, "assessments", row, person_id=person, assessed_on=day,
                 status=("complete", "draft")[b % 2], rater=("staff", "person")[a % 2])
    elif op == "assessment_update" and (row := pick(conn, "assessments", a)):
        column, value = [("status", ("complete", "draft")[a % 2]), ("rater", ("staff", "person")[a % 2]),
                         ("assessed_on", day), ("person_id", person)][b % 4]     # one column at a time
        conn.execute(text(f"UPDATE assessments SET {column} = :v WHERE id = :id"), {"v": value, "id": row})
    elif op == "network_copy" and (row := pick(conn, "network_snapshots", a)) and person:
        copy_row(conn, "network_snapshots", row, person_id=person, drawn_on=day)
    elif op == "version_supersede" and (row := pick(conn, "careplan_versions", a)):
        conn.execute(text("UPDATE careplan_versions SET superseded_at = :at WHERE id = :id"),
                     {"at": None if b % 2 else f"{day} 10:00:00", "id": row})
    elif op == "version_copy" and (row := pick(conn, "careplan_versions", a)):
        number = conn.execute(text("SELECT max(number) + 1 FROM careplan_versions WHERE plan_id = "
                                   "(SELECT plan_id FROM careplan_versions WHERE id = :id)"), {"id": row}).scalar()
        copy_row(conn, "careplan_versions", row, number=number, superseded_at=None)
    elif op == "contact_copy" and (row := pick(conn, "contacts", a)):
        copy_row(conn, "contacts", row, person_id=person if b % 3 else None, occurred_at=f"{day} 09:30:00")
    elif op == "contact_update" and (row := pick(conn, "contacts", a)):
        column, value = ("occurred_at", f"{day} 14:00:00") if b % 2 else ("person_id", person)
        conn.execute(text(f"UPDATE contacts SET {column} = :v WHERE id = :id"), {"v": value, "id": row})
    elif op == "network_update" and (row := pick(conn, "network_snapshots", a)):
        column, value = ("drawn_on", day) if b % 2 else ("person_id", person)
        conn.execute(text(f"UPDATE network_snapshots SET {column} = :v WHERE id = :id"), {"v": value, "id": row})
    elif op == "move_records" and person and (other := pick(conn, "persons", a)) and other != person:
        # as a merge does: the merged-away person's records now belong to the kept one
        for table in ("assessments", "network_snapshots", "contacts"):
            conn.execute(text(f"UPDATE {table} SET person_id = :to WHERE person_id = :from"),
                         {"to": person, "from": other})
    elif op == "delete" and (table := SOURCES[b % len(SOURCES)]) and (row := pick(conn, table, a)):
        conn.execute(text(f"DELETE FROM {table} WHERE id = :id"), {"id": row})
    elif op == "delete_person" and person:
        conn.execute(text("DELETE FROM persons WHERE id = :id"), {"id": person})


OPS = ("assessment_copy", "assessment_update", "network_copy", "network_update", "version_supersede", "version_copy",
       "contact_copy", "contact_update", "move_records", "delete", "delete_person")
EDITS = st.lists(st.tuples(st.sampled_from(OPS), st.integers(0, 10_000), st.integers(0, 10_000),
                           st.dates(date(2015, 1, 1), date(2026, 11, 1))), min_size=1, max_size=20)


def test_a_new_vault_has_one_summary_row_per_person(ws):
    pid = PersonService(ws).create({"alias": "Bibi"})
    with ws.read() as session:
        rows = summaries.stored(session.connection())
    assert rows == [(pid, None, None, None, None, None)]


def test_the_demo_vault_summaries_are_filled(demo_vault):
    with demo_vault.read() as session:
        rows = summaries.stored(session.connection())
        assert rows == summaries.recompute(session.connection())
    for column in range(1, 6):
        assert any(r[column] is not None for r in rows), column   # every kind of summary occurs


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=EDITS)
def test_summary_rows_equal_a_recomputation_after_random_edits(demo_vault, edits):
    with demo_vault.vault.engine.connect() as conn:
        transaction = conn.begin()
        try:
            for op, a, b, day in edits:
                edit(conn, op, a, b, day)
            assert summaries.stored(conn) == summaries.recompute(conn)
        finally:
            transaction.rollback()


def test_rebuild_repairs_wrong_rows_and_the_command_reports_it(ws, vault_dir):
    add_demo_data(ws, persons=6, seed=2)
    with ws.vault.engine.begin() as conn:
        conn.execute(text("UPDATE person_summaries SET latest_assessment_id = -1, latest_contact_at = NULL"))
        conn.execute(text("DELETE FROM person_summaries WHERE person_id = (SELECT min(id) FROM persons)"))
        assert summaries.stored(conn) != summaries.recompute(conn)
    written, wrong = rebuild_summaries(ws)
    assert written == PersonService(ws).count() and wrong > 0
    with ws.read() as session:
        assert summaries.stored(session.connection()) == summaries.recompute(session.connection())
    ws.lock()
    result = subprocess.run([sys.executable, str(REPO / "tests" / "run_relais.py"), "admin", "rebuild-summaries",
                             "--vault", str(vault_dir), "--user", USER],
                            input=PASSPHRASE + "\n", capture_output=True, text=True, cwd=REPO, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "0 row(s) corrected" in result.stdout
