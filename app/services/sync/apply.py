"""Apply the hub's operations in hub order, with capture off, in one transaction, then put
this laptop's pending changes back on top (rebase).

Pending inserts stay in place (their gids are new, or derived alike on every replica) and
pending deletes stay done; pending field changes are undone before the hub's operations and
redone after. Merge decisions (versions, conflicts, intents) read only confirmed state and
the operations themselves, never the local clock, so every replica decides alike.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from app.models.sync_scopes import QUIET_COLUMNS, SYNCED, Rule, capture_spec
from app.services.sync.merged import MergedPersons
from app.store.sync import ops as store_ops
from app.store.sync.capture import capture_off
from app.store.sync.ops import SCHEMA_VERSION, Operation, Rows, add_conflict, set_versions, version_of


@dataclass
class ApplyResult:
    applied: int = 0
    cursor: int = 0
    conflicts: list[str] = field(default_factory=list)
    needs_update: bool = False  # an operation from a newer Relais holds the cursor


class Merger:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.rows = Rows(conn, capture_spec())
        self.result = ApplyResult()
        self.merged = MergedPersons(conn, self.rows)
        pending = store_ops.pending(conn)
        self.pending_gids = {(op["table"], op["gid"]) for op, _ in pending
                             if op["kind"] == "upsert" and not op["base"]}
        # Records this laptop deleted and the hub has not confirmed: gone here, still there in
        # the confirmed state until a confirmed deletion (ours or another's) reaches them.
        self.deleted_here = {(op["table"], op["gid"]) for op, _ in pending if op["kind"] == "delete"}

    def conflict(self, seq: int, op: Operation, kind: str, col: str | None, value: Any, other: Any,
                 other_op_id: str | None) -> None:
        scope = SYNCED[op["table"]].scope.value
        self.result.conflicts.append(add_conflict(
            self.conn, seq=seq, kind=kind, scope=scope, table=op["table"], gid=op["gid"], col=col,
            value=value, other=other, op_id=op["op_id"], other_op_id=other_op_id))

    # -- one confirmed operation -------------------------------------------------------------
    def apply(self, seq: int, op: Operation) -> None:
        if op["table"] not in SYNCED:
            return
        op = self.merged.redirect(op)  # late operations for a merged-away person: the kept file
        table, gid = op["table"], op["gid"]
        if table == "person_merges":
            self.merged.forget()
        if op["kind"] == "delete":
            if table == "persons":
                # Decided on the confirmed state: a person that only a pending deletion of
                # ours removed still exists in hub order, so this deletion is the one removing
                # it (a merge's), not an erasure arriving after it was already gone.
                self.merged.before_person_delete(gid, confirmed=("persons", gid) in self.deleted_here)
            self.deleted_here.discard((table, gid))
            self.rows.delete(table, gid)
            return
        current = self.rows.get(table, gid)
        if current is None:
            if op["base"]:  # a change to a record deleted meanwhile
                self.conflict(seq, op, "edit_deleted", None, op["fields"], None, None)
                return
            self.insert(seq, op)
            return
        self.change(seq, op, current)

    def insert(self, seq: int, op: Operation) -> None:
        table, gid, spec = op["table"], op["gid"], SYNCED[op["table"]]
        values, missing = self.rows.to_local(table, op["fields"])
        if missing and self._missing_is_fatal(table, missing):
            self.conflict(seq, op, "parent_deleted", None, op["fields"], None, None)
            return
        if spec.rule is Rule.PERSON and values.get("niss"):
            other = self.conn.exec_driver_sql("SELECT gid FROM persons WHERE niss = ? AND gid != ?",
                                              (values["niss"], gid)).scalar()
            if other is not None:
                self.conflict(seq, op, "possible_duplicate", "niss", values["niss"], other, None)
                values["niss"] = None
        self.renumber(seq, op, values)
        self.rows.insert(table, gid, values)
        set_versions(self.conn, table, gid, op["fields"], op["op_id"])

    def renumber(self, seq: int, op: Operation, values: dict[str, Any]) -> None:
        """NUMBERED: a new version takes the next free number if its own is taken."""
        if SYNCED[op["table"]].rule is not Rule.NUMBERED or "number" not in values:
            return
        top, taken = self.conn.exec_driver_sql(
            f'SELECT max(number), count(*) FILTER (WHERE number = ?) FROM "{op["table"]}" '
            "WHERE plan_id = ? AND gid != ?", (values["number"], values.get("plan_id"), op["gid"])).one()
        if taken:
            self.conflict(seq, op, "renumbered", "number", values["number"], top + 1, None)
            values["number"] = top + 1

    def _missing_is_fatal(self, table: str, missing: list[str]) -> bool:
        shape = self.rows.shape(table)
        nullable = {row[1]: not row[3] for row in self.conn.exec_driver_sql(f"PRAGMA table_info('{table}')")}
        cascades = {row[3] for row in self.conn.exec_driver_sql(f"PRAGMA foreign_key_list('{table}')")
                    if row[6] == "CASCADE"}
        return any(col in cascades or not nullable.get(col, True) for col in missing if col in shape.refs)

    def change(self, seq: int, op: Operation, current: dict[str, Any]) -> None:
        table, gid, spec = op["table"], op["gid"], SYNCED[op["table"]]
        accepted: dict[str, Any] = {}
        for col, value in op["fields"].items():
            if col not in current:
                continue
            version = version_of(self.conn, table, gid, col)
            crossed = bool(op["base"]) and col in op["base"] and op["base"][col] != version
            if crossed and current[col] != value:
                if col in spec.guarded:
                    self.conflict(seq, op, "status_moved", col, value, current[col], version)
                    continue
                if col in spec.sets:
                    value = _union(current[col], value)
                elif col not in QUIET_COLUMNS:
                    self.conflict(seq, op, "replaced", col, current[col], value, version)
            accepted[col] = value
        if spec.rule is Rule.PERSON and accepted.get("niss"):
            other = self.conn.exec_driver_sql("SELECT gid FROM persons WHERE niss = ? AND gid != ?",
                                              (accepted["niss"], gid)).scalar()
            if other is not None:
                self.conflict(seq, op, "possible_duplicate", "niss", accepted.pop("niss"), other, None)
        values, missing = self.rows.to_local(table, accepted)
        for col in missing:
            values.pop(col, None)
        if not op["base"]:
            self.renumber(seq, op, values)
        self.rows.update(table, gid, values)
        set_versions(self.conn, table, gid, accepted, op["op_id"])

    # -- rebase of this laptop's pending changes ----------------------------------------------
    def undo_pending(self) -> list[Operation]:
        ops = store_ops.pending(self.conn)
        for op, undo in reversed(ops):
            if undo:
                local = {c: v for c, v in undo.items() if c in self.rows.shape(op["table"]).columns}
                self.rows.update(op["table"], op["gid"], local)
        return [op for op, undo in ops]

    def redo_pending(self) -> None:
        for op, undo in store_ops.pending(self.conn):
            if op["kind"] == "delete":
                self.conn.exec_driver_sql(f'DELETE FROM "{op["table"]}" WHERE gid = ?', (op["gid"],))
            if op["kind"] != "upsert" or not undo:
                continue
            values, missing = self.rows.to_local(op["table"], op["fields"])
            for col in missing:
                values.pop(col, None)
            if op["table"] == "persons" and values.get("niss"):
                taken = self.conn.exec_driver_sql("SELECT 1 FROM persons WHERE niss = ? AND gid != ?",
                                                  (values["niss"], op["gid"])).first()
                if taken:
                    values.pop("niss")
            self.rows.update(op["table"], op["gid"], values)

    def make_room(self, op: Operation) -> None:
        """A confirmed record arrives that a pending insert of ours collides with (same NISS,
        same care-plan version number): ours is later in hub order, so it yields locally now,
        exactly as the merge will decide once it is confirmed."""
        if op["kind"] != "upsert" or op["base"]:
            return
        fields = op["fields"]
        if op["table"] == "persons" and fields.get("niss"):
            for (gid,) in self.conn.exec_driver_sql("SELECT gid FROM persons WHERE niss = ? AND gid != ?",
                                                    (fields["niss"], op["gid"])).all():
                if ("persons", gid) in self.pending_gids:
                    self.rows.update("persons", gid, {"niss": None})
        if op["table"] == "careplan_versions":
            plan = self.rows.local_id("careplans", fields.get("plan_id"))
            for (gid,) in self.conn.exec_driver_sql(
                    "SELECT gid FROM careplan_versions WHERE plan_id = ? AND number = ? AND gid != ?",
                    (plan, fields.get("number"), op["gid"])).all():
                if ("careplan_versions", gid) in self.pending_gids:
                    # one row, not NULL: the plan holds the version just found
                    top = self.conn.exec_driver_sql("SELECT max(number) FROM careplan_versions WHERE plan_id = ?",
                                                    (plan,)).scalar_one()
                    self.rows.update("careplan_versions", gid, {"number": top + 1})


def _union(current: Any, incoming: Any) -> Any:
    """Add-wins set merge of two JSON list columns (stored as text)."""
    try:
        a, b = json.loads(current or "[]"), json.loads(incoming or "[]")
    except (TypeError, ValueError):
        return incoming
    return json.dumps(a + [x for x in b if x not in a])


def apply_operations(conn: Connection, ops: list[tuple[int, Operation]]) -> ApplyResult:
    """Inside the caller's transaction: apply `(seq, op)` pairs after the cursor, in order."""
    store_ops.freeze(conn, capture_spec())
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    merger = Merger(conn)
    start = store_ops.cursor(conn)
    with capture_off(conn):
        merger.undo_pending()
        last = start
        for seq, op in ops:
            if seq <= last:
                continue
            if op.get("schema_version", 0) > SCHEMA_VERSION:
                merger.result.needs_update = True
                break
            ours = store_ops.confirm(conn, op["op_id"])
            if not ours:
                merger.make_room(op)
            merger.pending_gids.discard((op["table"], op["gid"]))
            merger.apply(seq, op)
            merger.result.applied += 1
            last = seq
        store_ops.set_cursor(conn, last)
        merger.redo_pending()
    merger.result.cursor = last
    return merger.result
