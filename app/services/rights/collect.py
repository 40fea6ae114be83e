"""The person's rights: access (everything held about them), and erasure.

Everything "about a person" is found from the schema itself: every table with a foreign
key to persons, then every table hanging from those rows, and so on. A feature that adds
tables is covered without touching this module, as long as its rows hang from the person
(which the cascade rules require anyway).
"""

from __future__ import annotations

import base64
import json
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

import app.models  # noqa: F401 - every table must be registered before walking the schema
from app.errors import NotFound, RelaisError
from app.models.erasure import record_erasure
from app.models.person import Person
from app.services.shared.permissions import Permission
from app.services.shared.vault_settings import get_setting
from app.services.shared.workspace import Workspace
from app.store.base import Base
from app.store.fsutil import atomic_write_bytes
from app.store.sync.forget import deleted_since, forget_records, outbox_position
from app.store.sync.ops import forget_missing
from app.store.vault import VaultFolder

# Tables that are referenced by person data but do not belong to one person.
SHARED_TABLES = {"users", "partners", "audit_events", "vault_settings", "alembic_version"}


def _owned_tables() -> list[tuple[Table, list[tuple[str, str]]]]:
    """(table, [(fk column, parent table)]) for every table reachable from persons."""
    owned: dict[str, Table] = {"persons": Base.metadata.tables["persons"]}
    result: list[tuple[Table, list[tuple[str, str]]]] = []
    changed = True
    while changed:
        changed = False
        for table in Base.metadata.sorted_tables:
            if table.name in owned or table.name in SHARED_TABLES:
                continue
            links = [(fk.parent.name, fk.column.table.name) for fk in table.foreign_keys
                     if fk.column.table.name in owned]
            if links:
                owned[table.name] = table
                result.append((table, links))
                changed = True
    return result


def _jsonable(value: object) -> object:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode("ascii")}
    if isinstance(value, Decimal):
        return str(value)
    return value


def collect_person_data(session: Session, person_id: int) -> dict[str, list[dict]]:
    persons = Base.metadata.tables["persons"]
    person_rows = [dict(r._mapping) for r in session.execute(select(persons).where(persons.c.id == person_id))]
    if not person_rows:
        raise NotFound(what="person", id=person_id)
    data: dict[str, list[dict]] = {"persons": person_rows}
    ids: dict[str, set] = {"persons": {person_id}}
    for table, links in _owned_tables():
        rows: dict[object, dict] = {}
        for column, parent in links:
            parent_ids = ids.get(parent)
            if not parent_ids:
                continue
            for r in session.execute(select(table).where(table.c[column].in_(parent_ids))):
                mapping = dict(r._mapping)
                key = tuple(mapping[c.name] for c in table.primary_key.columns) or id(mapping)
                rows[key] = mapping
        if rows:
            data[table.name] = list(rows.values())
            if "id" in table.c:
                ids[table.name] = {m["id"] for m in rows.values()}
    return data


def export_person_json(ws: Workspace, person_id: int) -> dict:
    """Right of access: every record held about the person, as JSON-ready data. Audited."""
    ws.require(Permission.CLINICAL_READ)
    ws.require(Permission.EXPORT)
    with ws.unit() as session:
        data = collect_person_data(session, person_id)
        ws.audit(session, "person.exported", "person", person_id, format="json")
    return {
        "format": "relais-person-export",
        "version": 1,
        "exported_at": datetime.now().isoformat(timespec="seconds"),
        "person_id": person_id,
        "records": {table: [{k: _jsonable(v) for k, v in row.items()} for row in rows]
                    for table, rows in data.items()},
    }


def write_person_json(ws: Workspace, person_id: int, out_file: Path | str) -> Path:
    """The right-of-access JSON written atomically (a failure leaves no half file)."""
    data = export_person_json(ws, person_id)
    out = Path(out_file)
    atomic_write_bytes(out, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"), mode=0o600)
    return out


class ErasureNeedsSupervisor(RelaisError):
    code = "rights.erasure.needs_supervisor"


def retention_applies(ws: Workspace, person_id: int, today: date | None = None) -> bool:
    years = int(str(get_setting(ws, "retention_years") or 0))
    if years <= 0:
        return False
    with ws.read() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound(what="person", id=person_id)
        last = max(filter(None, [person.updated_at, person.last_contact_at, person.created_at]))
    today = today or date.today()
    return last.date() > today - timedelta(days=int(365.25 * years))


def erase_person(ws: Workspace, person_id: int, supervisor: tuple[str, str] | None = None,
                 today: date | None = None) -> None:
    """Delete every record and document about the person (secure_delete overwrites them).

    While the retention period applies, a supervisor must confirm: either the signed-in
    user is one, or `supervisor` = (name, passphrase) of a supervisor, checked against
    their keyslot. The audit trail keeps an event with the id only.
    """
    ws.require(Permission.PERSON_EDIT)
    confirmed_by = ws.user.name if ws.can(Permission.PERSON_DELETE) else None
    if confirmed_by is None and retention_applies(ws, person_id, today):
        if supervisor is None:
            raise ErasureNeedsSupervisor()
        confirmed_by = _verify_supervisor(ws, *supervisor)
    with ws.unit() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound(what="person", id=person_id)
        conn = session.connection()
        before = outbox_position(conn)
        # The vault remembers the gid (nothing else): a restored older backup is erased again.
        record_erasure(session, person.gid)
        session.delete(person)  # foreign keys cascade to every record about the person
        session.flush()
        # The deletions travel to the team; nothing else of the person stays in the replica's
        # bookkeeping (pending operations, undo values, conflicts, the outbox's copies).
        forget_records(conn, deleted_since(conn, before))
        forget_missing(conn)
        leftovers = [t for t, rows in _orphans(session, person_id).items() if rows]
        if leftovers:
            raise RelaisError("rights.erasure.incomplete", tables=", ".join(leftovers))
        ws.audit(session, "person.erased", "person", person_id, confirmed_by=confirmed_by)
    # Move the erased pages out of the write-ahead log into the (secure-deleted) database.
    with ws.vault.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def _orphans(session: Session, person_id: int) -> dict[str, int]:
    counts = {}
    for table, links in _owned_tables():
        for column, parent in links:
            if parent == "persons":
                counts[table.name] = len(session.execute(
                    select(table.c[column]).where(table.c[column] == person_id)).all())
    return counts


def _verify_supervisor(ws: Workspace, name: str, passphrase: str) -> str:
    from app.models.user import Role, User

    with ws.read() as session:
        user = session.scalar(select(User).where(User.name == name))
    if user is None or user.role != Role.SUPERVISOR or not user.active:
        raise ErasureNeedsSupervisor()
    key = VaultFolder(ws.vault.folder.path).data_key(name, passphrase)[1]  # raises WrongPassphrase
    for i in range(len(key)):
        key[i] = 0
    return name
