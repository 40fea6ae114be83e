"""Global ids: UUIDv7 made on the laptop (time-ordered, random), or UUIDv5 when an id must
be derived from another (a person's care plan), so that two replicas derive the same one."""

from __future__ import annotations

import os
import time
import uuid

from sqlalchemy import String, text
from sqlalchemy.orm import Mapped, mapped_column

GID_NAMESPACE = uuid.UUID("5b1e4c1e-3d0a-4f7e-9c55-72656c616973")

# The same shape computed by SQLite, for rows inserted by raw SQL that do not name a gid
# (a column default may call functions but not sub-queries, hence the repetition).
_MS = "printf('%012x', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))"
GID_SQL_DEFAULT = (
    f"(substr({_MS}, 1, 8) || '-' || substr({_MS}, 9, 4) || '-7' || "
    "substr(lower(hex(randomblob(2))), 1, 3) || '-' || substr('89ab', 1 + abs(random()) % 4, 1) || "
    "substr(lower(hex(randomblob(2))), 1, 3) || '-' || lower(hex(randomblob(6))))"
)


def new_gid() -> str:
    """A UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, version 7, 74 random bits."""
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= ((rand >> 62) & 0xFFF) << 64
    value |= 0b10 << 62
    value |= rand & ((1 << 62) - 1)
    return str(uuid.UUID(int=value))


def derived_gid(*parts: str) -> str:
    """A UUIDv5 that every replica derives alike from the same parts."""
    return str(uuid.uuid5(GID_NAMESPACE, "/".join(parts)))


def gid_column():
    return mapped_column(String(36), unique=True, nullable=False, default=new_gid,
                         server_default=text(GID_SQL_DEFAULT))


class Gid:
    """Mixin for synced entities: `gid`, the same on every replica."""

    gid: Mapped[str] = gid_column()


def derived_default(kind: str, *refs: tuple[str, str]):
    """A column default deriving the gid from the gids of the rows it references, e.g. a
    person's care plan: `derived_default("careplan", ("person_id", "persons"))`."""

    def make(context) -> str:
        params = context.get_current_parameters()
        parts = [kind]
        for column, table in refs:
            parent = context.connection.execute(
                text(f'SELECT gid FROM "{table}" WHERE id = :id'), {"id": params[column]}).scalar()
            if parent is None:
                return new_gid()
            parts.append(parent)
        return derived_gid(*parts)

    return make


def derived_gid_column(kind: str, *refs: tuple[str, str]):
    return mapped_column(String(36), unique=True, nullable=False, default=derived_default(kind, *refs),
                         server_default=text(GID_SQL_DEFAULT))
