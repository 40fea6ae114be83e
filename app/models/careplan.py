"""Recovery care plans: one plan per person, kept as numbered versions.

A version is a draft until it is agreed with the person on a date; its goals and actions
can be edited only while it is a draft. A review supersedes the current version and starts
a new one that copies its goals and actions. A superseded version is history: the
`before_flush` guard below refuses any change to it or to its goals and actions, whichever
code path tries, so earlier versions stay readable and unchanged.

Action owners. `owner_kind` says who is responsible:
  person    the person themself
  informal  someone from the person's network (family, friend, neighbour): `owner_label`
            holds how the person names them ("sister", "neighbour Jo"); `owner_member_id`
            optionally points at a member of the network map. It has no foreign key yet:
            the network map is a separate feature, and the integrator links the column to
            its members table once both are merged.
  partner   a partner service (`owner_partner_id`); `owner_label` keeps its name as printed
            on the day, so an old version still reads right if the partner is removed
  worker    a Relais user (`owner_user_id`), same label snapshot

Dates here are calendar dates (no time, no time zone), so a daylight-saving change can
never move a due date or a review date.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
    inspect,
)
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from app.errors import RelaisError
from app.models.instruments import cansas_core_domains
from app.store.base import Base, utcnow
from app.store.sync.gids import Gid, derived_gid_column

MAX_GOAL_TEXT = 2000
MAX_STRENGTHS = 4000
MAX_ACTION_TEXT = 500       # one step, said simply: it must fit a row of the printed table
MAX_LABEL = 200
MAX_COMMENT = 4000


class GoalStatus(StrEnum):
    OPEN = "open"
    ACHIEVED = "achieved"
    CHANGED = "changed"      # the person reworded it: the new wording is a new goal
    DROPPED = "dropped"


CLOSED_GOAL_STATUSES = frozenset({GoalStatus.ACHIEVED, GoalStatus.CHANGED, GoalStatus.DROPPED})


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class OwnerKind(StrEnum):
    PERSON = "person"
    INFORMAL = "informal"
    PARTNER = "partner"
    WORKER = "worker"


class VersionFrozen(RelaisError):
    """A superseded version is history and cannot change."""

    code = "careplan.version_frozen"


class CarePlan(Base):
    __tablename__ = "careplans"

    # Derived from the person's gid, so that two replicas opening a plan open the same one.
    gid: Mapped[str] = derived_gid_column("careplan", ("person_id", "persons"))

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    versions: Mapped[list[CarePlanVersion]] = relationship(
        back_populates="plan", order_by="CarePlanVersion.number", cascade="all, delete-orphan",
        passive_deletes=True)


class CarePlanVersion(Gid, Base):
    __tablename__ = "careplan_versions"
    __table_args__ = (UniqueConstraint("plan_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("careplans.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    starts_on: Mapped[date] = mapped_column(Date)
    review_on: Mapped[date] = mapped_column(Date)
    agreed_on: Mapped[date | None] = mapped_column(Date)
    # Set on versions born from a review: when it took place and what was said overall.
    reviewed_on: Mapped[date | None] = mapped_column(Date)
    review_note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    superseded_at: Mapped[datetime | None] = mapped_column()

    plan: Mapped[CarePlan] = relationship(back_populates="versions")
    goals: Mapped[list[Goal]] = relationship(
        back_populates="version", order_by="Goal.position", cascade="all, delete-orphan", passive_deletes=True)

    @property
    def is_draft(self) -> bool:
        return self.agreed_on is None

    @property
    def is_superseded(self) -> bool:
        return self.superseded_at is not None


class Goal(Gid, Base):
    __tablename__ = "careplan_goals"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("careplan_versions.id", ondelete="CASCADE"), index=True)
    # The same goal across versions shares a lineage (the id of its first appearance).
    lineage: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)                    # in the person's own words
    priority: Mapped[int] = mapped_column(Integer, default=2)  # 1 first, 2, 3
    strengths: Mapped[str] = mapped_column(Text, default="")
    # True while the wording is a domain label proposed from CANSAS, not yet the person's words.
    draft_wording: Mapped[bool] = mapped_column(default=False)
    status: Mapped[str] = mapped_column(String(10), default=GoalStatus.OPEN)
    person_comment: Mapped[str] = mapped_column(Text, default="")

    version: Mapped[CarePlanVersion] = relationship(back_populates="goals")
    actions: Mapped[list[Action]] = relationship(
        back_populates="goal", order_by="Action.position", cascade="all, delete-orphan", passive_deletes=True)
    # The CANSAS life domain is clinical: it sits in a table of the clinical scope.
    domain_row: Mapped[GoalDomain | None] = relationship(
        back_populates="goal", cascade="all, delete-orphan", passive_deletes=True, lazy="selectin")

    @property
    def domain(self) -> str | None:
        """The life domain id (CANSAS) the goal answers, if any."""
        return self.domain_row.domain if self.domain_row is not None else None

    @domain.setter
    def domain(self, value: str | None) -> None:
        if self.domain_row is not None:
            self.domain_row.domain = value
        elif value is not None:
            self.domain_row = GoalDomain(domain=value)

    @property
    def is_closed(self) -> bool:
        return self.status in CLOSED_GOAL_STATUSES


class GoalDomain(Base):
    """A goal's CANSAS life domain, apart from the goal (scope `clinical`): a peer worker's
    laptop receives the goal and never its domain."""

    __tablename__ = "careplan_goal_domains"

    gid: Mapped[str] = derived_gid_column("goal_domain", ("goal_id", "careplan_goals"))
    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("careplan_goals.id", ondelete="CASCADE"), unique=True)
    domain: Mapped[str | None] = mapped_column(String(40))

    goal: Mapped[Goal] = relationship(back_populates="domain_row")


class Action(Gid, Base):
    __tablename__ = "careplan_actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("careplan_goals.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    what: Mapped[str] = mapped_column(Text)
    owner_kind: Mapped[str] = mapped_column(String(10))
    owner_label: Mapped[str] = mapped_column(String(MAX_LABEL), default="")
    owner_member_id: Mapped[int | None] = mapped_column(Integer)  # network member; no FK yet (see module doc)
    owner_partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id", ondelete="SET NULL"))
    owner_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default=ActionStatus.OPEN)
    done_on: Mapped[date | None] = mapped_column(Date)

    goal: Mapped[Goal] = relationship(back_populates="actions")


# -- pure rules ---------------------------------------------------------------------------

# Unmet needs that touch safety, a roof, food or health come first when goals are proposed
# from a CANSAS; other core domains second; the extra domains of a service third.
FIRST_PRIORITY_DOMAINS = frozenset({"accommodation", "food", "physical_health", "psychological_distress",
                                    "safety_to_self", "safety_to_others"})


def proposed_priority(domain: str, core: frozenset[str] | None = None) -> int:
    """The priority proposed for a goal made from an unmet need (the worker may change it)."""
    if domain in FIRST_PRIORITY_DOMAINS:
        return 1
    core_ids = core if core is not None else frozenset(d.id for d in cansas_core_domains())
    return 2 if domain in core_ids else 3


def action_overdue(due_on: date | None, status: str, today: date) -> bool:
    """Overdue: still open and its due date is strictly before today (due today is not late)."""
    return due_on is not None and status == ActionStatus.OPEN and due_on < today


def review_overdue(review_on: date | None, today: date) -> bool:
    return review_on is not None and review_on < today


def days_late(day: date, today: date) -> int:
    return (today - day).days


# -- the guard that keeps superseded versions unchanged -----------------------------------

def _was_superseded(version: CarePlanVersion) -> bool:
    """Superseded before this flush (a version being superseded now may still be saved)."""
    state = inspect(version)
    if state.pending or state.transient:
        return False
    history = state.attrs.superseded_at.history
    before = history.deleted[0] if history.deleted else (history.unchanged[0] if history.unchanged else None)
    return before is not None


def _owning_version(obj: object) -> CarePlanVersion | None:
    if isinstance(obj, CarePlanVersion):
        return obj
    if isinstance(obj, Goal):
        return obj.version
    if isinstance(obj, (Action, GoalDomain)):
        return obj.goal.version if obj.goal is not None else None
    return None


@event.listens_for(Session, "before_flush")
def _refuse_changes_to_superseded_versions(session: Session, flush_context, instances) -> None:
    with session.no_autoflush:
        for obj in (*session.dirty, *session.new, *session.deleted):
            if not isinstance(obj, (CarePlanVersion, Goal, Action, GoalDomain)):
                continue
            if obj in session.dirty and not session.is_modified(obj, include_collections=False):
                continue
            version = _owning_version(obj)
            if version is not None and _was_superseded(version):
                raise VersionFrozen(number=version.number)
