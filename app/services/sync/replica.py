"""Use-cases of the replica: push side, pull side, conflicts review."""

from __future__ import annotations

import json
from typing import Any

from app.errors import RelaisError
from app.models.sync_scopes import capture_spec
from app.services.shared.workspace import Workspace
from app.services.sync.apply import ApplyResult, apply_operations
from app.store.sync import ops as store_ops
from app.store.sync.ops import Operation, Rows


def pending_operations(ws: Workspace, limit: int | None = None) -> list[Operation]:
    """The first `limit` (default all) operations not pushed yet, in order."""
    with ws.unit() as session:
        conn = session.connection()
        store_ops.freeze(conn, capture_spec())
        return [op for op, _ in store_ops.pending(conn, unpushed_only=True, limit=limit)]


def mark_pushed(ws: Workspace, op_ids) -> None:
    with ws.unit() as session:
        store_ops.mark_pushed(session.connection(), list(op_ids))


def apply_remote(ws: Workspace, ops: list[tuple[int, Operation]]) -> ApplyResult:
    """Apply the hub's operations after the stored cursor (same transaction as the cursor)."""
    with ws.unit() as session:
        return apply_operations(session.connection(), ops)


def cursor(ws: Workspace) -> int:
    with ws.read() as session:
        return store_ops.cursor(session.connection())


def list_conflicts(ws: Workspace, status: str | None = "open") -> list[dict[str, Any]]:
    sql = "SELECT id, seq, kind, scope, tbl, gid, col, value, other, status FROM sync_conflicts"
    params: tuple = ()
    if status:
        sql += " WHERE status = ?"
        params = (status,)
    with ws.read() as session:
        rows = session.connection().exec_driver_sql(sql + " ORDER BY seq, id", params).all()
    out = []
    for row in rows:
        item = dict(row._mapping)
        item["value"], item["other"] = _load(item["value"]), _load(item["other"])
        out.append(item)
    return out


def _load(stored: Any) -> Any:
    """A JSON column has numeric affinity in SQLite: '1' comes back as 1."""
    return json.loads(stored) if isinstance(stored, str) else stored


def _conflict(conn, conflict_id: str):
    row = conn.exec_driver_sql("SELECT kind, tbl, gid, col, value FROM sync_conflicts WHERE id = ?",
                               (conflict_id,)).first()
    if row is None:
        raise RelaisError("sync.conflict_unknown")
    return row


def keep(ws: Workspace, conflict_id: str) -> None:
    """Keep what stands; the conflict is closed."""
    with ws.unit() as session:
        conn = session.connection()
        _conflict(conn, conflict_id)
        conn.exec_driver_sql("UPDATE sync_conflicts SET status = 'kept' WHERE id = ?", (conflict_id,))


def restore_other(ws: Workspace, conflict_id: str) -> None:
    """Put the replaced (or refused) value back: an ordinary, captured change that syncs."""
    with ws.unit() as session:
        conn = session.connection()
        kind, table, gid, col, value = _conflict(conn, conflict_id)
        if col is None or kind not in ("replaced", "status_moved", "possible_duplicate"):
            raise RelaisError("sync.conflict_not_restorable")
        rows = Rows(conn, capture_spec())
        values, missing = rows.to_local(table, {col: _load(value)})
        if missing or not values:
            raise RelaisError("sync.conflict_not_restorable")
        rows.update(table, gid, values)
        conn.exec_driver_sql("UPDATE sync_conflicts SET status = 'restored' WHERE id = ?", (conflict_id,))
