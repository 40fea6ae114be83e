"""Erasure reaches the replica's own bookkeeping: after a person and everything about them are
deleted, no operation, undo value or conflict on this laptop may still hold their data.

The deletions themselves stay (as bare "delete this gid" operations) so that the other
replicas erase the person too; every other trace of those records is removed."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection


def deleted_since(conn: Connection, outbox_id: int) -> set[str]:
    """The gids deleted by this transaction's writes, from the outbox rows after `outbox_id`."""
    return {gid for (gid,) in conn.exec_driver_sql(
        "SELECT gid FROM sync_outbox WHERE id > ? AND kind = 'D'", (outbox_id,)).all()}


def outbox_position(conn: Connection) -> int:
    return int(conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM sync_outbox").scalar() or 0)


def forget_records(conn: Connection, gids: set[str]) -> None:
    if not gids:
        return
    marks = ",".join("?" * len(gids))
    args = tuple(gids)
    conn.exec_driver_sql(f"DELETE FROM sync_outbox WHERE kind != 'D' AND gid IN ({marks})", args)
    conn.exec_driver_sql(f"UPDATE sync_outbox SET new = NULL, old = NULL, cols = NULL WHERE gid IN ({marks})", args)
    doomed = []
    for pos, raw in conn.exec_driver_sql("SELECT pos, op FROM sync_pending").all():
        op = json.loads(raw)
        if op.get("gid") in gids and op.get("kind") != "delete":
            doomed.append((pos,))
    if doomed:
        conn.exec_driver_sql("DELETE FROM sync_pending WHERE pos = ?", doomed)
    conn.exec_driver_sql(f"UPDATE sync_pending SET undo = NULL WHERE json_extract(op, '$.gid') IN ({marks})", args)
    conn.exec_driver_sql(f"DELETE FROM sync_conflicts WHERE gid IN ({marks})", args)
    conn.exec_driver_sql(f"DELETE FROM sync_versions WHERE gid IN ({marks})", args)


def scrub_fields(conn: Connection, table: str, gids: set[str], values: Mapping[str, Any]) -> None:
    """Fields of these rows were set to `values` with capture off (a retention rule): every
    copy of their former values that the replica's bookkeeping holds takes the new ones too:
    the outbox's changes and undo values, pending operations and their undo values, and
    conflicts. `values` are stored values (JSON columns as their text), as operations hold them."""
    if not gids:
        return
    marks = ",".join("?" * len(gids))
    args = (table, *sorted(gids))
    for row_id, new, old in conn.exec_driver_sql(
            f"SELECT id, new, old FROM sync_outbox WHERE tbl = ? AND gid IN ({marks})", args).all():
        conn.exec_driver_sql("UPDATE sync_outbox SET new = ?, old = ? WHERE id = ?",
                             (_replaced(new, values), _replaced(old, values), row_id))
    for pos, raw, undo in conn.exec_driver_sql("SELECT pos, op, undo FROM sync_pending").all():
        op = json.loads(raw)
        if op.get("table") != table or op.get("gid") not in gids:
            continue
        op["fields"] = {c: values.get(c, v) for c, v in op.get("fields", {}).items()}
        conn.exec_driver_sql("UPDATE sync_pending SET op = ?, undo = ? WHERE pos = ?",
                             (json.dumps(op), _replaced(undo, values), pos))
    for col, value in values.items():
        conn.exec_driver_sql(f"UPDATE sync_conflicts SET value = ?, other = ? WHERE tbl = ? AND col = ? "
                             f"AND gid IN ({marks})", (json.dumps(value), json.dumps(value), table, col, *sorted(gids)))


def _replaced(stored: str | None, values: Mapping[str, Any]) -> str | None:
    if not stored:
        return stored
    loaded = json.loads(stored)
    if not isinstance(loaded, dict):
        return stored
    return json.dumps({c: values.get(c, v) for c, v in loaded.items()})
