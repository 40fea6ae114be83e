"""The vault's size: the WAL is kept from growing past its limit, and the page-count tool
(app/devtools/dbsize.py) accounts for every table without leaving a clear copy behind."""

from __future__ import annotations

import tempfile
from pathlib import Path

from sqlalchemy import text

from app.devtools.dbsize import measure, report
from app.devtools.demo import add_demo_data
from app.store.engine import WAL_SIZE_LIMIT


def test_every_connection_limits_the_wal_file(ws):
    with ws.read() as session:
        assert session.execute(text("PRAGMA journal_size_limit")).scalar() == WAL_SIZE_LIMIT


def test_dbsize_measures_every_table_and_removes_its_decrypted_copy(ws, vault_dir):
    add_demo_data(ws, persons=8, seed=3)
    before = set(Path(tempfile.gettempdir()).glob("relais-dbsize-*"))
    live, sizes = measure(vault_dir / "relais.db", ws.vault._key)
    assert set(Path(tempfile.gettempdir()).glob("relais-dbsize-*")) == before
    with ws.read() as session:
        tables = {r[0] for r in session.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))}
        persons = session.execute(text("SELECT count(*) FROM persons")).scalar()
    assert tables <= {s.table for s in sizes}
    assert next(s.rows for s in sizes if s.name == "persons") == persons
    assert live > 0 and "assessment_ratings" in report(live, sizes)
