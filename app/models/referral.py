"""Referrals to partner services: the request, what is shared, and the status history.

The status rules live here (pure, no database): which change may follow which, and which
statuses still wait for an answer or a start.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import JSON, ColumnElement, Date, ForeignKey, String, Text, and_, select
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.person import Person, PersonStatus
from app.store.base import Base, utcnow
from app.store.sync.gids import Gid


class ReferralStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    ACCEPTED = "accepted"
    WAITING_LIST = "waiting_list"
    REFUSED = "refused"
    STARTED = "started"
    ENDED = "ended"


class Urgency(StrEnum):
    ROUTINE = "routine"
    SOON = "soon"          # within a few weeks
    URGENT = "urgent"      # within days


# What a referral letter may carry besides the letter itself (consent document types).
SHAREABLE_TYPES = ("identity", "needs_summary", "care_plan", "bilan")

TRANSITIONS: dict[str, frozenset[str]] = {
    ReferralStatus.DRAFT: frozenset({ReferralStatus.SENT}),
    ReferralStatus.SENT: frozenset({ReferralStatus.ACCEPTED, ReferralStatus.WAITING_LIST, ReferralStatus.REFUSED}),
    ReferralStatus.WAITING_LIST: frozenset({ReferralStatus.ACCEPTED, ReferralStatus.REFUSED, ReferralStatus.STARTED}),
    ReferralStatus.ACCEPTED: frozenset({ReferralStatus.STARTED, ReferralStatus.REFUSED}),
    ReferralStatus.STARTED: frozenset({ReferralStatus.ENDED}),
    ReferralStatus.REFUSED: frozenset(),
    ReferralStatus.ENDED: frozenset(),
}

# Sent and not yet started or closed: the person is waiting.
PENDING = frozenset({ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.WAITING_LIST})
ACTIVE = PENDING | {ReferralStatus.STARTED}
CLOSED = frozenset({ReferralStatus.REFUSED, ReferralStatus.ENDED})


def can_move(current: str, new: str) -> bool:
    return new in TRANSITIONS.get(current, frozenset())


class Referral(Gid, Base):
    __tablename__ = "referrals"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    # A partner removed from the directory leaves the referral and its name.
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id", ondelete="SET NULL"), index=True)
    partner_name: Mapped[str] = mapped_column(String(610), default="")
    reason_domain: Mapped[str] = mapped_column(String(40), default="")   # CANSAS life-domain id
    reason: Mapped[str] = mapped_column(Text, default="")
    request: Mapped[str] = mapped_column(Text, default="")               # in the person's own words
    urgency: Mapped[str] = mapped_column(String(10), default=Urgency.ROUTINE)
    shared_types: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(20), default=ReferralStatus.DRAFT, index=True)
    status_on: Mapped[date] = mapped_column(Date)
    sent_on: Mapped[date | None] = mapped_column(Date)
    follow_up_on: Mapped[date | None] = mapped_column(Date)
    criteria_override: Mapped[str] = mapped_column(Text, default="")     # why referred despite a criterion
    consent_id: Mapped[int | None] = mapped_column(ForeignKey("consents.id", ondelete="SET NULL"))
    letter_document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    events: Mapped[list[ReferralEvent]] = relationship(
        back_populates="referral", cascade="all, delete-orphan", passive_deletes=True,
        order_by="ReferralEvent.id")


class ReferralEvent(Gid, Base):
    """One dated status change: the history a referral keeps."""

    __tablename__ = "referral_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referrals.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    referral: Mapped[Referral] = relationship(back_populates="events")


def pending_referral_condition() -> ColumnElement[bool]:
    """The one definition of a pending referral, read by the dashboard's "waiting" figures and
    the pending-referrals page so that both count the same: sent and not yet started, refused
    or ended, for a person whose file is not closed (a closed file leaves the caseload)."""
    open_files = select(Person.id).where(Person.status != PersonStatus.CLOSED)
    return and_(Referral.status.in_([s.value for s in PENDING]), Referral.person_id.in_(open_files))
