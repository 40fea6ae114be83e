"""Capture in the database itself: AFTER INSERT/UPDATE/DELETE triggers on every synced
table write the change into `sync_outbox` in the writing transaction, whatever made the
write (ORM, Core, raw SQL, ON DELETE CASCADE). They stay silent while `sync_control.applying`
is 1, which only the applier sets, inside its own transaction."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection, text

TRIGGER_PREFIX = "sync_capture_"
QUIET = "(SELECT applying FROM sync_control WHERE id = 1) = 0"


@dataclass(frozen=True)
class Shape:
    """What travels of one table: its columns (never `id`) and its references as gids."""

    table: str
    columns: tuple[str, ...]
    refs: Mapping[str, str]  # column -> referenced synced table


def table_shape(conn: Connection, table: str, synced: Mapping[str, frozenset[str]]) -> Shape:
    """Reflect the live table: a reference to a table that does not sync (documents) or a
    column declared local (`synced[table]`) does not travel."""
    cols = [row[1] for row in conn.exec_driver_sql(f"PRAGMA table_info('{table}')")]
    refs: dict[str, str] = {}
    local_refs: set[str] = set()
    for row in conn.exec_driver_sql(f"PRAGMA foreign_key_list('{table}')"):
        parent, column = row[2], row[3]
        if parent in synced:
            refs[column] = parent
        else:
            local_refs.add(column)
    skip = {"id", "gid"} | set(synced.get(table, ())) | local_refs
    return Shape(table, tuple(c for c in cols if c not in skip), refs)


def _changed_json(shape: Shape, row: str, as_gids: bool) -> str:
    """A JSON object of the columns an update changed, and only those: built as text so that
    an update of one field costs one field (json_object cannot leave keys out)."""
    parts = []
    for col in shape.columns:
        value = f'{row}."{col}"'
        if as_gids and col in shape.refs:
            value = f'(SELECT gid FROM "{shape.refs[col]}" WHERE id = {row}."{col}")'
        parts.append(f"CASE WHEN OLD.\"{col}\" IS NOT NEW.\"{col}\" THEN ',\"{col}\":' || json_quote({value}) "
                     "ELSE '' END")
    if not parts:
        return "'{}'"
    return "'{' || substr(" + " || ".join(parts) + ", 2) || '}'"


def trigger_sql(shape: Shape) -> list[str]:
    """Inserts and deletes record only which row (an insert's values are read when the
    outbox is turned into operations, see ops.freeze); updates record the changed columns,
    their new values (references as gids) and their old ones (local ids, to undo them)."""
    t = shape.table
    changed = " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c in shape.columns) or "0"
    cols = " || ".join(f"CASE WHEN OLD.\"{c}\" IS NOT NEW.\"{c}\" THEN '{c},' ELSE '' END"
                       for c in shape.columns) or "''"
    return [
        f'CREATE TRIGGER "{TRIGGER_PREFIX}{t}_i" AFTER INSERT ON "{t}" WHEN {QUIET} BEGIN '
        f"INSERT INTO sync_outbox (tbl, gid, kind) VALUES ('{t}', NEW.gid, 'I'); END",
        f'CREATE TRIGGER "{TRIGGER_PREFIX}{t}_u" AFTER UPDATE ON "{t}" WHEN {QUIET} AND ({changed}) BEGIN '
        f"INSERT INTO sync_outbox (tbl, gid, kind, cols, new, old) VALUES "
        f"('{t}', NEW.gid, 'U', {cols}, {_changed_json(shape, 'NEW', True)}, "
        f"{_changed_json(shape, 'OLD', False)}); END",
        f'CREATE TRIGGER "{TRIGGER_PREFIX}{t}_d" AFTER DELETE ON "{t}" WHEN {QUIET} BEGIN '
        f"INSERT INTO sync_outbox (tbl, gid, kind) VALUES ('{t}', OLD.gid, 'D'); END",
    ]


def install_capture(conn: Connection, synced: Mapping[str, frozenset[str]]) -> None:
    """(Re)create the capture triggers of every synced table from its live columns.
    `synced` maps each synced table to its local-only columns. Idempotent; a migration that
    changes a synced table's columns calls it again."""
    for (name,) in conn.exec_driver_sql(
            f"SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '{TRIGGER_PREFIX}%'").all():
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    conn.exec_driver_sql("INSERT OR IGNORE INTO sync_control (id, applying, cursor) VALUES (1, 0, 0)")
    existing = {name for (name,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in synced:
        # Migrations of parallel branches run in either order: a table another branch creates
        # later gets its triggers from that branch, and from the merge revision after both.
        if table not in existing:
            continue
        for sql in trigger_sql(table_shape(conn, table, synced)):
            conn.exec_driver_sql(sql)


def captured_tables(conn: Connection) -> dict[str, set[str]]:
    """Table -> the trigger kinds ('i', 'u', 'd') capturing it, as the database holds them."""
    found: dict[str, set[str]] = {}
    for name, table in conn.exec_driver_sql(
            f"SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '{TRIGGER_PREFIX}%'"):
        found.setdefault(table, set()).add(name.rsplit("_", 1)[1])
    return found


def triggers_sql(conn: Connection) -> dict[str, str]:
    return dict(conn.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '{TRIGGER_PREFIX}%'").all())


@contextmanager
def capture_off(conn: Connection) -> Iterator[None]:
    """Inside the caller's transaction: writes made here are not captured. A crash rolls the
    flag back with the transaction, so capture can never stay off."""
    conn.execute(text("UPDATE sync_control SET applying = 1 WHERE id = 1"))
    try:
        yield
    finally:
        conn.execute(text("UPDATE sync_control SET applying = 0 WHERE id = 1"))
