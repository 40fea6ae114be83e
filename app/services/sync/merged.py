"""Merged persons in the replica engine (app/services/persons/merging.py writes the merges).

A merge is ordinary operations (records moved, the removed person deleted, a `person_merges`
record written first), and a few rules so that every replica ends alike whatever arrives late:

- a change to the merged-away person, or a record referring to it (a contact typed on a
  laptop that was offline), lands in the kept file;
- when the merge deletes the removed person, records of it that the merging laptop did not
  know yet are moved to the kept file first, not deleted with it;
- an erasure of the removed person that arrives after the merge wins: the records the merge
  moved are deleted from the kept file. (An erasure before the merge needs no rule: the
  merge's own changes then find nothing to move.)
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection

from app.store.sync.ops import Operation, Rows


class MergedPersons:
    def __init__(self, conn: Connection, rows: Rows) -> None:
        self.conn, self.rows = conn, rows
        self._map: dict[str, str] | None = None

    def forget(self) -> None:
        """A merge record was applied: read them again."""
        self._map = None

    def kept_for(self) -> dict[str, str]:
        if self._map is None:
            pairs: dict[str, str] = {removed: kept for removed, kept in self.conn.exec_driver_sql(
                "SELECT removed_gid, kept_gid FROM person_merges WHERE undone_at IS NULL ORDER BY id")}
            # A kept file merged again later: follow the chain to the file that exists.
            for removed in pairs:
                seen, kept = {removed}, pairs[removed]
                while kept in pairs and kept not in seen:
                    seen.add(kept)
                    kept = pairs[kept]
                pairs[removed] = kept
            self._map = pairs
        return self._map

    def redirect(self, op: Operation) -> Operation:
        merged = self.kept_for()
        if not merged or op["kind"] != "upsert":
            return op
        refs = self.rows.shape(op["table"]).refs
        fields = {col: merged.get(value, value) if refs.get(col) == "persons" and isinstance(value, str) else value
                  for col, value in op["fields"].items()}
        gid = op["gid"]
        if op["table"] == "persons" and op["base"] and gid in merged:
            gid = merged[gid]
        if gid == op["gid"] and fields == op["fields"]:
            return op
        return {**op, "gid": gid, "fields": fields}

    def before_person_delete(self, gid: str, confirmed: bool = False) -> None:
        """A confirmed deletion of person `gid` is applied. If the person still exists in the
        confirmed state (here, or deleted only by a pending operation of this laptop, its own
        merge or erasure: `confirmed`), this deletion removes it: a merge's records unknown to
        the merging laptop move to the kept file. If it was gone already, it is an erasure
        arriving after the merge: it wins over what the merge moved."""
        kept_gid = self.kept_for().get(gid)
        if kept_gid is None:
            return
        removed = self.rows.local_id("persons", gid)
        kept = self.rows.local_id("persons", kept_gid)
        if removed is not None and kept is not None:
            for table in _person_tables(self.conn):
                self.conn.exec_driver_sql(f'UPDATE OR IGNORE "{table}" SET person_id = ? WHERE person_id = ?',
                                          (kept, removed))
        elif removed is None and not confirmed:
            self._erase_moved(gid)

    def erased_after_merge(self, gid: str) -> None:
        """An erasure (a team tombstone) of a person a merge already removed here: it wins, the
        records the merge moved to the kept file are deleted too."""
        if gid in self.kept_for() and self.rows.local_id("persons", gid) is None:
            self._erase_moved(gid)

    def _erase_moved(self, removed_gid: str) -> None:
        row = self.conn.exec_driver_sql(
            "SELECT moved FROM person_merges WHERE removed_gid = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1",
            (removed_gid,)).first()
        moved: dict[str, Any] = _load(row[0]) if row else {}
        for table, refs in moved.items():
            if table in ("workers_added", "careplan_versions") or not isinstance(refs, list):
                continue
            if table == "documents":
                continue  # local ids: the documents table does not sync
            for gid in refs:
                self.rows.delete(table, gid)
        for gid, before in (moved.get("careplan_versions") or {}).items():
            if before.get("plan") == "removed":
                self.rows.delete("careplan_versions", gid)


def _person_tables(conn: Connection) -> list[str]:
    """Tables whose person_id references persons, except those holding one row per person
    (care plans) or per person and worker (resolved by the merge itself)."""
    out = []
    for (name,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'").all():
        if name in ("persons", "careplans"):
            continue
        for fk in conn.exec_driver_sql(f"PRAGMA foreign_key_list('{name}')").all():
            if fk[2] == "persons" and fk[3] == "person_id":
                out.append(name)
    return out


def _load(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else (value or {})
