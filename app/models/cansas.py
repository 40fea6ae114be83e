"""CANSAS needs assessments, and the scoring rules of the Camberwell Assessment of Need.

Scoring follows the instrument's authors: over the 22 core domains, met needs are the
ratings 1, unmet needs the ratings 2, total needs their sum (each 0..22). A rating 9 (not
known) is never a need: it is counted apart, so a low total with many unknowns is not
read as "few needs". Extra domains (a network's additions, e.g. the Dutch 25-item form)
are scored apart from the core, never added to the 22.

An assessment keeps the domain set it was made with (`domain_set`, a snapshot of ids,
core flags and extra-set name): a later change of resources/instruments/cansas.json
never alters a past assessment.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.errors import FieldError
from app.models.instruments import Domain
from app.store.base import Base, utcnow
from app.store.sync.gids import Gid

NO_NEED, MET_NEED, UNMET_NEED, UNKNOWN = 0, 1, 2, 9
RATING_VALUES = (NO_NEED, MET_NEED, UNMET_NEED, UNKNOWN)
CORE_DOMAIN_COUNT = 22
MAX_COMMENT = 2000
EARLIEST_DATE = date(1990, 1, 1)   # the CAN was published in 1995: an older date is a typing error


class Rater(StrEnum):
    STAFF = "staff"
    PERSON = "person"     # CANSAS-P: the person rates their own needs


class AssessmentStatus(StrEnum):
    DRAFT = "draft"           # incomplete: kept, clearly marked, out of every summary
    COMPLETE = "complete"


class Assessment(Gid, Base):
    __tablename__ = "assessments"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    assessed_on: Mapped[date] = mapped_column(Date)
    rater: Mapped[str] = mapped_column(String(10), default=Rater.STAFF)
    # The staff member who rated (None for a person-rated assessment).
    rater_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(10), default=AssessmentStatus.DRAFT)
    extra_set: Mapped[str | None] = mapped_column(String(40))
    # [{"id": "accommodation", "core": true}, ...] in display order: the set it was made with.
    domain_set: Mapped[list[dict]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    ratings: Mapped[list[Rating]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan", passive_deletes=True,
        order_by="Rating.position", lazy="selectin",
    )


class Rating(Gid, Base):
    __tablename__ = "assessment_ratings"
    __table_args__ = (UniqueConstraint("assessment_id", "domain_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # No index of its own: UNIQUE(assessment_id, domain_id) already serves lookups by assessment.
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    domain_id: Mapped[str] = mapped_column(String(60))
    is_core: Mapped[bool] = mapped_column(Boolean, default=True)
    value: Mapped[int | None] = mapped_column(Integer)     # None: not rated yet (drafts only)
    comment: Mapped[str] = mapped_column(Text, default="")

    assessment: Mapped[Assessment] = relationship(back_populates="ratings")


# -- pure rules -----------------------------------------------------------------------------

def domain_snapshot(domains: Iterable[Domain]) -> list[dict]:
    return [{"id": d.id, "core": d.core} for d in domains]


def rating_errors(domain_id: str, value: object, comment: str, known_ids: set[str]) -> list[FieldError]:
    """Why one rating cannot be recorded (empty when it can). None means "not rated yet"."""
    errors: list[FieldError] = []
    if domain_id not in known_ids:
        errors.append(FieldError("rating", "cansas.domain_unknown", {"domain": str(domain_id)[:60]}))
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value not in RATING_VALUES):
        errors.append(FieldError("rating", "cansas.rating_invalid", {"domain": str(domain_id)[:60],
                                                                     "value": str(value)[:20]}))
    if len(comment) > MAX_COMMENT:
        errors.append(FieldError("comment", "text.too_long", {"max": MAX_COMMENT}))
    return errors


def date_errors(assessed_on: object, today: date) -> list[FieldError]:
    if not isinstance(assessed_on, date) or isinstance(assessed_on, datetime):
        return [FieldError("assessed_on", "date.format")]
    if assessed_on > today:
        return [FieldError("assessed_on", "date.future")]
    if assessed_on < EARLIEST_DATE:
        return [FieldError("assessed_on", "cansas.date_too_old")]
    return []


@dataclass(frozen=True)
class NeedCounts:
    """The instrument's summary scores over one group of domains (core, or extra)."""

    met: int = 0
    unmet: int = 0
    no_need: int = 0
    unknown: int = 0
    unrated: int = 0          # drafts only

    @property
    def total(self) -> int:
        return self.met + self.unmet


@dataclass(frozen=True)
class Scores:
    core: NeedCounts
    extra: NeedCounts
    met_domains: tuple[str, ...]
    unmet_domains: tuple[str, ...]        # core only
    extra_met_domains: tuple[str, ...]
    extra_unmet_domains: tuple[str, ...]
    unknown_domains: tuple[str, ...]      # core and extra, in domain order

    @property
    def complete(self) -> bool:
        return self.core.unrated == 0 and self.extra.unrated == 0


def score(ratings: Iterable[tuple[str, bool, int | None]]) -> Scores:
    """Score (domain id, is core, value) triples in domain order."""
    counts = {True: dict(met=0, unmet=0, no_need=0, unknown=0, unrated=0),
              False: dict(met=0, unmet=0, no_need=0, unknown=0, unrated=0)}
    met: dict[bool, list[str]] = {True: [], False: []}
    unmet: dict[bool, list[str]] = {True: [], False: []}
    unknown: list[str] = []
    key = {NO_NEED: "no_need", MET_NEED: "met", UNMET_NEED: "unmet", UNKNOWN: "unknown", None: "unrated"}
    for domain_id, is_core, value in ratings:
        core = bool(is_core)
        counts[core][key[value]] += 1
        if value == MET_NEED:
            met[core].append(domain_id)
        elif value == UNMET_NEED:
            unmet[core].append(domain_id)
        elif value == UNKNOWN:
            unknown.append(domain_id)
    return Scores(NeedCounts(**counts[True]), NeedCounts(**counts[False]), tuple(met[True]), tuple(unmet[True]),
                  tuple(met[False]), tuple(unmet[False]), tuple(unknown))


class Change(StrEnum):
    SAME = "same"
    BETTER = "better"         # a lower need level: 2 -> 1 or 0, 1 -> 0
    WORSE = "worse"           # a higher need level
    UNKNOWN = "unknown"       # one side not known (9) or absent: no direction can be read
    ADDED = "added"           # the domain exists only in the later assessment
    REMOVED = "removed"       # only in the earlier one


def change(before: int | None, after: int | None, in_before: bool = True, in_after: bool = True) -> Change:
    if not in_before:
        return Change.ADDED
    if not in_after:
        return Change.REMOVED
    if before == after:
        return Change.SAME
    if before in (None, UNKNOWN) or after in (None, UNKNOWN):
        return Change.UNKNOWN
    return Change.BETTER if after < before else Change.WORSE


def agree(staff: int | None, person: int | None) -> bool | None:
    """Do staff and person agree on a domain? None when either side did not rate it
    or does not know (9): an unknown is not a disagreement."""
    if staff in (None, UNKNOWN) or person in (None, UNKNOWN):
        return None
    return staff == person


PERIOD_DAYS = 31


def same_period(a: date, b: date) -> bool:
    """A staff and a person assessment describe the same period when at most a month apart."""
    return abs((a - b).days) <= PERIOD_DAYS
