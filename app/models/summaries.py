"""Per-person summary rows: each person's latest staff assessment, latest network map, current
care-plan version and latest contact, kept by SQLite triggers in the writing transaction.

The caseload indicators (app/services/dashboard/indicators.py) read these few thousand pages
instead of ranking every history with a window function (5.3 s at 100,000 persons before).
The triggers recompute a person's row from the source tables whenever a row that could change
it is written, whatever made the write (services, the sync applier, ON DELETE CASCADE, a
merge moving records to another person). Every person has exactly one row (made when the
person is inserted, dropped when they are deleted).

Derived data, local to this laptop (app/models/sync_scopes.LOCAL_ONLY): never captured for
sync; each replica derives its own. If it were ever wrong, `main.py admin rebuild-summaries`
(rebuild) recomputes every row; `recompute` is the definition the tests compare with.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, DateTime, Integer, text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base

TABLE = "person_summaries"
TRIGGER_PREFIX = "summary_"


class PersonSummary(Base):
    __tablename__ = TABLE

    # No foreign keys: triggers keep it, and a cascade deleting a person's records must never
    # fail on its summary row (the row goes with the person, by trigger).
    person_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    latest_assessment_id: Mapped[int | None] = mapped_column(Integer)   # complete, staff-rated
    latest_network_id: Mapped[int | None] = mapped_column(Integer)
    current_plan_version_id: Mapped[int | None] = mapped_column(Integer)
    latest_contact_id: Mapped[int | None] = mapped_column(Integer)
    latest_contact_at: Mapped[datetime | None] = mapped_column(DateTime)


# Each summary column as a SELECT over the source tables for the person `{p}`. The literal
# conditions let SQLite use the caseload indexes (app/models/caseload_indexes.py).
_LATEST_CONTACT = "SELECT {col} FROM contacts WHERE person_id = {p} ORDER BY occurred_at DESC, id DESC LIMIT 1"
COLUMNS: dict[str, str] = {
    "latest_assessment_id": (
        "SELECT id FROM assessments WHERE person_id = {p} AND status = 'complete' AND rater = 'staff' "
        "ORDER BY assessed_on DESC, id DESC LIMIT 1"),
    "latest_network_id": (
        "SELECT id FROM network_snapshots WHERE person_id = {p} ORDER BY drawn_on DESC, id DESC LIMIT 1"),
    "current_plan_version_id": (
        "SELECT v.id FROM careplan_versions v JOIN careplans c ON c.id = v.plan_id "
        "WHERE c.person_id = {p} AND v.superseded_at IS NULL ORDER BY v.number DESC, v.id DESC LIMIT 1"),
    "latest_contact_id": _LATEST_CONTACT.replace("{col}", "id"),
    "latest_contact_at": _LATEST_CONTACT.replace("{col}", "occurred_at"),
}

# Source table -> (summary columns it feeds, the columns whose update matters, how a row of it
# names its person: an expression over NEW./OLD. written as {row}).
_SOURCES: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "assessments": (("latest_assessment_id",), ("person_id", "status", "rater", "assessed_on"), "{row}.person_id"),
    "network_snapshots": (("latest_network_id",), ("person_id", "drawn_on"), "{row}.person_id"),
    "careplan_versions": (("current_plan_version_id",), ("plan_id", "superseded_at", "number"),
                          "(SELECT person_id FROM careplans WHERE id = {row}.plan_id)"),
    "careplans": (("current_plan_version_id",), ("person_id",), "{row}.person_id"),
    "contacts": (("latest_contact_id", "latest_contact_at"), ("person_id", "occurred_at"), "{row}.person_id"),
}


def _update(columns: tuple[str, ...], person: str) -> str:
    sets = ", ".join(f"{c} = ({COLUMNS[c].format(p=person)})" for c in columns)
    return f"UPDATE {TABLE} SET {sets} WHERE person_id = {person};"


def trigger_ddl() -> list[str]:
    """CREATE TRIGGER statements keeping person_summaries (idempotent: IF NOT EXISTS)."""
    ddl = [
        f"CREATE TRIGGER IF NOT EXISTS {TRIGGER_PREFIX}persons_insert AFTER INSERT ON persons BEGIN "
        f"INSERT OR IGNORE INTO {TABLE}(person_id) VALUES (NEW.id); {_update(tuple(COLUMNS), 'NEW.id')} END",
        f"CREATE TRIGGER IF NOT EXISTS {TRIGGER_PREFIX}persons_delete AFTER DELETE ON persons BEGIN "
        f"DELETE FROM {TABLE} WHERE person_id = OLD.id; END",
    ]
    for table, (columns, watched, person) in _SOURCES.items():
        new, old = person.format(row="NEW"), person.format(row="OLD")
        name = f"{TRIGGER_PREFIX}{table}"
        ddl += [
            f"CREATE TRIGGER IF NOT EXISTS {name}_insert AFTER INSERT ON {table} BEGIN {_update(columns, new)} END",
            f"CREATE TRIGGER IF NOT EXISTS {name}_delete AFTER DELETE ON {table} BEGIN {_update(columns, old)} END",
            f"CREATE TRIGGER IF NOT EXISTS {name}_update AFTER UPDATE OF {', '.join(watched)} ON {table} BEGIN "
            f"{_update(columns, old)} {_update(columns, new)} END",
        ]
    return ddl


def trigger_names() -> list[str]:
    names = [f"{TRIGGER_PREFIX}persons_insert", f"{TRIGGER_PREFIX}persons_delete"]
    return names + [f"{TRIGGER_PREFIX}{t}_{kind}" for t in _SOURCES for kind in ("insert", "delete", "update")]


def install_triggers(conn: Connection) -> None:
    for statement in trigger_ddl():
        conn.exec_driver_sql(statement)


def drop_triggers(conn: Connection) -> None:
    for name in trigger_names():
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")


def _recompute_sql() -> str:
    columns = ", ".join(f"({sql.format(p='persons.id')}) AS {name}" for name, sql in COLUMNS.items())
    return f"SELECT persons.id AS person_id, {columns} FROM persons"


def recompute(conn: Connection) -> list[tuple]:
    """Every person's summary computed from the source tables, ordered by person id."""
    return [tuple(r) for r in conn.execute(text(_recompute_sql() + " ORDER BY persons.id"))]


def stored(conn: Connection) -> list[tuple]:
    """The summary rows as stored, in the same shape and order as recompute()."""
    names = ", ".join(COLUMNS)
    return [tuple(r) for r in conn.execute(text(f"SELECT person_id, {names} FROM {TABLE} ORDER BY person_id"))]


def rebuild(conn: Connection) -> int:
    """Recompute every row from the source tables (in the caller's transaction); returns the
    number of rows written."""
    conn.execute(text(f"DELETE FROM {TABLE}"))
    names = ", ".join(COLUMNS)
    conn.execute(text(f"INSERT INTO {TABLE}(person_id, {names}) {_recompute_sql()}"))
    return int(conn.execute(text(f"SELECT count(*) FROM {TABLE}")).scalar() or 0)
