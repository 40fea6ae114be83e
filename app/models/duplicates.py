"""Possible duplicate persons: the pairs a worker said are not the same person, and the
merges of two files into one (kept so that late operations and links to the merged-away file
land in the kept one, and so that a merge can be undone for 30 days).

Both refer to persons by gid, not by id: the merged-away person no longer exists locally,
and a dismissal must hold on every laptop of the team."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import JSON, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, utcnow
from app.store.sync.gids import Gid

UNDO_DAYS = 30


def pair_key(gid_a: str, gid_b: str) -> tuple[str, str]:
    """The order-free form of a pair: the smaller gid first."""
    return (gid_a, gid_b) if gid_a <= gid_b else (gid_b, gid_a)


class DuplicateDismissal(Gid, Base):
    """"Not the same person", said once for good (team scope: the whole team stops seeing it)."""

    __tablename__ = "duplicate_dismissals"
    __table_args__ = (Index("ix_duplicate_dismissals_pair", "person_a_gid", "person_b_gid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_a_gid: Mapped[str] = mapped_column(String(36))  # the smaller gid of the pair
    person_b_gid: Mapped[str] = mapped_column(String(36))
    dismissed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    dismissed_at: Mapped[datetime] = mapped_column(default=utcnow)


class PersonMerge(Gid, Base):
    """One merge: `removed_gid`'s records now belong to `kept_gid`.

    `choices`: [{field, kept, other, chosen: "kept" | "other"}] for identity fields where both
    had a value; `kept_before`: the kept person's identity fields before the merge;
    `removed`: the removed person's identity fields and workers; `moved`: {table: [gid, ...]}
    (ids for tables that do not sync) of the records moved, and the care-plan versions moved
    with their former number; `notices`: what the worker must look at (two open care plans…)."""

    __tablename__ = "person_merges"

    id: Mapped[int] = mapped_column(primary_key=True)
    kept_gid: Mapped[str] = mapped_column(String(36), index=True)
    removed_gid: Mapped[str] = mapped_column(String(36), index=True)
    choices: Mapped[list] = mapped_column(JSON, default=list)
    kept_before: Mapped[dict] = mapped_column(JSON, default=dict)
    removed: Mapped[dict] = mapped_column(JSON, default=dict)
    moved: Mapped[dict] = mapped_column(JSON, default=dict)
    notices: Mapped[list] = mapped_column(JSON, default=list)
    merged_at: Mapped[datetime] = mapped_column(default=utcnow)
    merged_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    undone_at: Mapped[datetime | None] = mapped_column()
    undone_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    def undo_deadline(self) -> datetime:
        return self.merged_at + timedelta(days=UNDO_DAYS)
