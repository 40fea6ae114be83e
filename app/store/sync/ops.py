"""Operations: plain, versioned, JSON-serialisable dicts made from the outbox.

    {"op_id": uuid4, "schema_version": 2, "table": "persons", "gid": "<uuid7>",
     "kind": "upsert" | "delete", "fields": {col: value}, "base": {col: op_id seen | None}}

`fields` hold SQLite's stored values (dates as ISO text, booleans as 0/1, JSON columns as
their text) and every reference as the referenced row's gid. `base` is empty for a new record;
for a change it names, per field, the operation whose value its author replaced.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection

from app.store.sync.capture import Shape, table_shape

SCHEMA_VERSION = 2  # 2: private contact notes and goal domains in tables of their own (0012)
Operation = dict[str, Any]


def _rows(conn: Connection, sql: str, params: tuple = ()) -> list[tuple]:
    return [tuple(row) for row in conn.exec_driver_sql(sql, params)]


def version_of(conn: Connection, table: str, gid: str, col: str) -> str | None:
    row = conn.exec_driver_sql("SELECT op_id FROM sync_versions WHERE tbl = ? AND gid = ? AND col = ?",
                               (table, gid, col)).first()
    return row[0] if row else None


def set_versions(conn: Connection, table: str, gid: str, cols, op_id: str) -> None:
    if cols:
        conn.exec_driver_sql("INSERT OR REPLACE INTO sync_versions (tbl, gid, col, op_id) VALUES (?, ?, ?, ?)",
                             [(table, gid, col, op_id) for col in cols])


def freeze(conn: Connection, synced: Mapping[str, frozenset[str]]) -> int:
    """Turn the outbox into pending operations (in the writing order); returns how many.
    A field's base is the last pending operation of this laptop that changed it, else the
    confirmed version: the value its author had in front of them.

    An insert's values are read here, from the row as it stands (later changes of the same
    batch included, which their own operations repeat); a row inserted and deleted again
    before this point never leaves the laptop, nor do the changes made to it meanwhile."""
    rows = _rows(conn, "SELECT id, tbl, gid, kind, cols, new, old FROM sync_outbox ORDER BY id")
    if not rows:
        return 0
    seen: dict[tuple[str, str, str], str] = {}
    for (raw,) in _rows(conn, "SELECT op FROM sync_pending ORDER BY pos"):
        queued: Operation = json.loads(raw)
        for col in queued["fields"]:
            seen[(queued["table"], queued["gid"], col)] = queued["op_id"]
    reader = Rows(conn, synced)
    never_sent: set[tuple[str, str]] = set()
    pending = []
    for _id, table, gid, kind, cols, new, old in rows:
        if (table, gid) in never_sent:
            continue
        op_id = str(uuid.uuid4())
        op: Operation = {"op_id": op_id, "schema_version": SCHEMA_VERSION, "table": table, "gid": gid,
                         "kind": "delete" if kind == "D" else "upsert", "fields": {}, "base": {}}
        undo: dict[str, Any] | None = None
        if kind == "I":
            values = reader.get(table, gid)
            if values is None:
                never_sent.add((table, gid))
                continue
            values.pop("_rowid")
            op["fields"] = values
        elif kind == "U":
            changed = [c for c in (cols or "").split(",") if c]
            values, before = json.loads(new), json.loads(old)
            op["fields"] = {c: values[c] for c in changed}
            op["base"] = {c: seen.get((table, gid, c)) or version_of(conn, table, gid, c) for c in changed}
            undo = {c: before[c] for c in changed}
        for col in op["fields"]:
            seen[(table, gid, col)] = op_id
        pending.append((op_id, json.dumps(op), json.dumps(undo) if undo is not None else None))
    if pending:
        conn.exec_driver_sql("INSERT INTO sync_pending (op_id, op, undo) VALUES (?, ?, ?)", pending)
    conn.exec_driver_sql("DELETE FROM sync_outbox WHERE id <= ?", (rows[-1][0],))
    return len(pending)


def forget_missing(conn: Connection) -> int:
    """After an erasure: what the replica machinery still holds about rows that no longer
    exist goes too (the outbox's changes, operations not pushed yet, conflicts); deletions
    carry only a gid and stay. Operations already pushed are the hub's purge's business."""
    forgotten = 0
    tables = [t for (t,) in conn.exec_driver_sql(
        "SELECT DISTINCT tbl FROM sync_outbox UNION SELECT DISTINCT tbl FROM sync_conflicts").all()]
    for table in tables:
        gone = f'gid NOT IN (SELECT gid FROM "{table}")'
        forgotten += conn.exec_driver_sql(
            f"DELETE FROM sync_outbox WHERE tbl = ? AND kind != 'D' AND {gone}", (table,)).rowcount
        forgotten += conn.exec_driver_sql(f"DELETE FROM sync_conflicts WHERE tbl = ? AND {gone}", (table,)).rowcount
    drop = []
    for pos, raw in _rows(conn, "SELECT pos, op FROM sync_pending WHERE pushed = 0"):
        op = json.loads(raw)
        if op["kind"] == "upsert" and conn.exec_driver_sql(
                f'SELECT 1 FROM "{op["table"]}" WHERE gid = ?', (op["gid"],)).first() is None:
            drop.append((pos,))
    if drop:
        conn.exec_driver_sql("DELETE FROM sync_pending WHERE pos = ?", drop)
    return forgotten + len(drop)


def pending(conn: Connection, *, unpushed_only: bool = False,
            limit: int | None = None) -> list[tuple[Operation, dict | None]]:
    sql = "SELECT op, undo FROM sync_pending" + (" WHERE pushed = 0" if unpushed_only else "") + " ORDER BY pos"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [(json.loads(op), json.loads(undo) if undo else None) for op, undo in _rows(conn, sql)]


def mark_pushed(conn: Connection, op_ids) -> None:
    if op_ids:
        conn.exec_driver_sql("UPDATE sync_pending SET pushed = 1 WHERE op_id = ?", [(i,) for i in op_ids])


def confirm(conn: Connection, op_id: str) -> bool:
    """The hub sent back one of ours: it is no longer pending. True if it was ours."""
    return conn.exec_driver_sql("DELETE FROM sync_pending WHERE op_id = ?", (op_id,)).rowcount > 0


def cursor(conn: Connection) -> int:
    return conn.exec_driver_sql("SELECT cursor FROM sync_control WHERE id = 1").scalar() or 0


def set_cursor(conn: Connection, seq: int) -> None:
    conn.exec_driver_sql("UPDATE sync_control SET cursor = ? WHERE id = 1", (seq,))


class Rows:
    """Raw access by gid, references translated gid <-> local id (shapes reflected once)."""

    def __init__(self, conn: Connection, synced: Mapping[str, frozenset[str]]) -> None:
        self.conn, self.synced = conn, synced
        self._shapes: dict[str, Shape] = {}

    def shape(self, table: str) -> Shape:
        if table not in self._shapes:
            self._shapes[table] = table_shape(self.conn, table, self.synced)
        return self._shapes[table]

    def get(self, table: str, gid: str) -> dict[str, Any] | None:
        shape = self.shape(table)
        cols = ", ".join(f'"{c}"' for c in shape.columns)
        row = self.conn.exec_driver_sql(f'SELECT rowid, {cols} FROM "{table}" WHERE gid = ?', (gid,)).first()
        if row is None:
            return None
        values = dict(zip(("_rowid", *shape.columns), row, strict=True))
        for col, parent in shape.refs.items():
            if values[col] is not None:
                values[col] = self.conn.exec_driver_sql(
                    f'SELECT gid FROM "{parent}" WHERE id = ?', (values[col],)).scalar()
        return values

    def local_id(self, table: str, gid: str | None) -> int | None:
        if gid is None:
            return None
        return self.conn.exec_driver_sql(f'SELECT rowid FROM "{table}" WHERE gid = ?', (gid,)).scalar()

    def to_local(self, table: str, fields: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
        """Fields with references as local ids, and the references whose target is missing."""
        shape, out, missing = self.shape(table), {}, []
        for col, value in fields.items():
            if col not in shape.columns:
                continue  # a column this schema does not have (or keeps local)
            if col in shape.refs and value is not None:
                local = self.local_id(shape.refs[col], value)
                if local is None:
                    missing.append(col)
                value = local
            out[col] = value
        return out, missing

    def insert(self, table: str, gid: str, values: Mapping[str, Any]) -> None:
        cols = ["gid", *values]
        self.conn.exec_driver_sql(
            f'INSERT INTO "{table}" ({", ".join(chr(34) + c + chr(34) for c in cols)}) '
            f'VALUES ({", ".join("?" for _ in cols)})', (gid, *values.values()))

    def update(self, table: str, gid: str, values: Mapping[str, Any]) -> None:
        if values:
            sets = ", ".join(f'"{c}" = ?' for c in values)
            self.conn.exec_driver_sql(f'UPDATE "{table}" SET {sets} WHERE gid = ?', (*values.values(), gid))

    def delete(self, table: str, gid: str) -> None:
        self.conn.exec_driver_sql(f'DELETE FROM "{table}" WHERE gid = ?', (gid,))
        self.conn.exec_driver_sql("DELETE FROM sync_versions WHERE tbl = ? AND gid = ?", (table, gid))


def add_conflict(conn: Connection, *, seq: int, kind: str, scope: str, table: str, gid: str, col: str | None,
                 value: Any, other: Any, op_id: str, other_op_id: str | None) -> str:
    """Record a conflict; its id derives from the operations, so every replica makes the same."""
    cid = str(uuid.uuid5(uuid.NAMESPACE_OID, f"{op_id}/{other_op_id}/{col}/{kind}"))
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO sync_conflicts (id, seq, kind, scope, tbl, gid, col, value, other, op_id, "
        "other_op_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (cid, seq, kind, scope, table, gid, col, json.dumps(value), json.dumps(other), op_id, other_op_id))
    return cid
