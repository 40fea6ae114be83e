"""The vault's list of erased persons, by global id, so that no restore brings one back.

Erasing a person (app/services/rights/collect.py) deletes every record about them and notes
their gid here: a random id, no name, nothing that says who they were. A backup made before
the erasure still holds the person; restoring it over the vault carries the newer list into
the restored copy and `reapply_erasures` deletes them again, with sync capture on so the
deletion reaches the team hub like any other (app/services/backup/backups.py).

Local-only (app/models/sync_scopes.py): the deletion itself syncs; the list is this vault's
memory of it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import String, delete, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Mapped, Session, mapped_column

from app.models.person import Person
from app.store.base import Base, utcnow

TABLE = "erased_gids"


class ErasedGid(Base):
    __tablename__ = TABLE

    gid: Mapped[str] = mapped_column(String(36), primary_key=True)
    erased_at: Mapped[datetime] = mapped_column(default=utcnow)


def record_erasure(session: Session, gid: str) -> None:
    if session.get(ErasedGid, gid) is None:
        session.add(ErasedGid(gid=gid))


def record_erasures(conn: Connection, gids: Iterable[str]) -> None:
    """The same, for an erasure received from the team (a tombstone), inside the caller's
    transaction: the vault remembers it as if it had been made here."""
    rows = [{"gid": gid, "erased_at": utcnow()} for gid in sorted(set(gids))]
    if rows:
        conn.execute(sqlite_insert(ErasedGid).on_conflict_do_nothing(), rows)


def read_erased_gids(conn: Connection) -> set[str]:
    """The list of a vault that may predate it (an older schema has no such table: empty)."""
    try:
        return set(conn.execute(select(ErasedGid.gid)).scalars())
    except OperationalError:
        return set()


def reapply_erasures(session: Session, more: Iterable[str] = ()) -> list[int]:
    """Add `more` (another copy's list) to this vault's list, then delete every person whose
    gid is listed. Returns the ids of the persons deleted (foreign keys cascade)."""
    known = set(session.scalars(select(ErasedGid.gid)))
    for gid in sorted(set(more) - known):
        session.add(ErasedGid(gid=gid))
    session.flush()
    listed = select(ErasedGid.gid)
    ids = list(session.scalars(select(Person.id).where(Person.gid.in_(listed))))
    if ids:
        session.execute(delete(Person).where(Person.id.in_(ids)))
    return ids
