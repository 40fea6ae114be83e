"""A joint crisis plan, written with the person in their own words, kept as numbered
versions like care plans: a version is a draft until agreed on a date; a new version copies
the current one and supersedes it; a superseded version is history and never changes (the
`before_flush` guard below refuses it whatever the code path).

`partner_gids` lists the crisis partners the person consented to receive this plan (a
hospital's crisis unit, the mobile team), by gid since ids differ between replicas. Printing it
for a partner needs that consent here, on top of the usual consent register check.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, Integer, Text, UniqueConstraint, event, inspect
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from app.errors import FieldError, RelaisError
from app.store.base import Base, utcnow
from app.store.sync.gids import Gid, derived_gid_column

MAX_SECTION = 4000

# The sections, in the order the plan is written and printed.
SECTIONS = ("warning_signs", "what_helps", "what_does_not_help", "who_to_call", "who_not_to_call",
            "treatment_preferences", "home_children_pets", "accepted_places")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class CrisisVersionFrozen(RelaisError):
    code = "crisis.version_frozen"


class CrisisPlan(Base):
    __tablename__ = "crisis_plans"

    gid: Mapped[str] = derived_gid_column("crisis_plan", ("person_id", "persons"))

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    versions: Mapped[list[CrisisPlanVersion]] = relationship(
        back_populates="plan", order_by="CrisisPlanVersion.number", cascade="all, delete-orphan",
        passive_deletes=True)


class CrisisPlanVersion(Gid, Base):
    __tablename__ = "crisis_plan_versions"
    __table_args__ = (UniqueConstraint("plan_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("crisis_plans.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    warning_signs: Mapped[str] = mapped_column(Text, default="")
    what_helps: Mapped[str] = mapped_column(Text, default="")
    what_does_not_help: Mapped[str] = mapped_column(Text, default="")
    who_to_call: Mapped[str] = mapped_column(Text, default="")
    who_not_to_call: Mapped[str] = mapped_column(Text, default="")
    treatment_preferences: Mapped[str] = mapped_column(Text, default="")
    home_children_pets: Mapped[str] = mapped_column(Text, default="")
    accepted_places: Mapped[str] = mapped_column(Text, default="")
    partner_gids: Mapped[list[str]] = mapped_column(JSON, default=list)
    agreed_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    superseded_at: Mapped[datetime | None] = mapped_column()

    plan: Mapped[CrisisPlan] = relationship(back_populates="versions")

    @property
    def is_draft(self) -> bool:
        return self.agreed_on is None

    @property
    def is_superseded(self) -> bool:
        return self.superseded_at is not None


def clean_section(value: object) -> str:
    """The person's words as typed: line breaks kept, control characters dropped."""
    text = "" if value is None else str(value)
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()


def validate_sections(values: dict) -> tuple[dict, list[FieldError]]:
    errors: list[FieldError] = []
    clean: dict = {}
    for key in SECTIONS:
        if key not in values:
            continue
        text = clean_section(values[key])
        if len(text) > MAX_SECTION:
            errors.append(FieldError(key, "text.too_long", {"max": MAX_SECTION}))
        clean[key] = text[:MAX_SECTION]
    return clean, errors


@event.listens_for(Session, "before_flush")
def _refuse_changes_to_superseded_crisis_versions(session: Session, flush_context, instances) -> None:
    for obj in (*session.dirty, *session.deleted):
        if not isinstance(obj, CrisisPlanVersion):
            continue
        if obj in session.dirty and not session.is_modified(obj, include_collections=False):
            continue
        state = inspect(obj)
        history = state.attrs.superseded_at.history
        before = history.deleted[0] if history.deleted else (history.unchanged[0] if history.unchanged else None)
        if before is not None:
            raise CrisisVersionFrozen(number=obj.number)
