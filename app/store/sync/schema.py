"""The replica's own tables. They are local-only: they never sync themselves."""

from __future__ import annotations

from sqlalchemy import JSON, Column, Integer, LargeBinary, String, Table, Text

from app.store.base import Base

# One row: `applying` is 1 while remote operations are applied (capture triggers read it).
# `cursor` is the last hub sequence applied, stored in the same transaction as the changes.
sync_control = Table(
    "sync_control", Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("applying", Integer, nullable=False, server_default="0"),
    Column("cursor", Integer, nullable=False, server_default="0"),
)

# Written by the capture triggers in the writing transaction. `new`: the row's synced columns
# with references as gids; `old`: the row as it was, with local ids (to undo it locally);
# `cols`: the columns an update changed ("a,b,").
sync_outbox = Table(
    "sync_outbox", Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("tbl", String(60), nullable=False),
    Column("gid", String(36), nullable=False),
    Column("kind", String(1), nullable=False),
    Column("cols", Text),
    Column("new", Text),
    Column("old", Text),
)

# Operations made here and not yet seen back from the hub, in the order they were made.
sync_pending = Table(
    "sync_pending", Base.metadata,
    Column("pos", Integer, primary_key=True),
    Column("op_id", String(36), nullable=False, unique=True),
    Column("op", JSON, nullable=False),
    Column("undo", JSON),
    Column("pushed", Integer, nullable=False, server_default="0"),
)

# Per field of every synced record: the id of the confirmed operation that set it last.
sync_versions = Table(
    "sync_versions", Base.metadata,
    Column("tbl", String(60), primary_key=True),
    Column("gid", String(36), primary_key=True),
    Column("col", String(60), primary_key=True),
    Column("op_id", String(36), nullable=False),
)

# Values replaced or refused by the merge, identical on every replica (id from op ids).
sync_conflicts = Table(
    "sync_conflicts", Base.metadata,
    Column("id", String(36), primary_key=True),
    Column("seq", Integer, nullable=False),
    Column("kind", String(30), nullable=False),
    Column("scope", String(20), nullable=False),
    Column("tbl", String(60), nullable=False),
    Column("gid", String(36), nullable=False),
    Column("col", String(60)),
    Column("value", JSON),
    Column("other", JSON),
    Column("op_id", String(36), nullable=False),
    Column("other_op_id", String(36)),
    Column("status", String(12), nullable=False, server_default="open"),
)

# The hub's log as this replica verified it: each applied position's op id and chain hash, and
# for this device's own operations the sealed bytes, so that after the hub is restored from an
# older backup the device finds where the hub still agrees and pushes its own lost operations
# again, byte for byte (app/services/team/recovery.py).
sync_log = Table(
    "sync_log", Base.metadata,
    Column("seq", Integer, primary_key=True),
    Column("op_id", String(36), nullable=False),
    Column("hash", LargeBinary, nullable=False),
    Column("scope", String(60)),
    Column("epoch", Integer),
    Column("tag", LargeBinary),
    Column("header", LargeBinary),
    Column("body", LargeBinary),
)

SYNC_TABLES = ("sync_control", "sync_outbox", "sync_pending", "sync_versions", "sync_conflicts", "sync_log")
