"""A contact with a person, or an anonymous encounter before anyone is registered, and the
rules that belong to one contact record alone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from enum import StrEnum

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.errors import FieldError
from app.models.instruments import life_domains
from app.models.person import clean_text
from app.store.base import Base, utcnow
from app.store.sync.gids import Gid, derived_gid_column


class ContactMode(StrEnum):
    FACE_TO_FACE = "face_to_face"
    PHONE = "phone"
    VIDEO = "video"
    STREET_OUTREACH = "street_outreach"
    HOME_VISIT = "home_visit"
    GROUP = "group"


class ConventionFunction(StrEnum):
    FIRST_LINE_SUPPORT = "first_line_support"
    FIRST_LINE_TREATMENT = "first_line_treatment"
    SPECIALISED = "specialised"


class SessionSetting(StrEnum):
    INDIVIDUAL = "individual"
    GROUP = "group"


class AgeGroup(StrEnum):
    ADULTS = "adults"
    CHILDREN_ADOLESCENTS = "children_adolescents"


MAX_LABEL = 300
MAX_NICKNAME = 120
MAX_PLACE = 200
MAX_NOTE = 20000
MAX_DURATION_MINUTES = 24 * 60
# A clock a few minutes ahead on another laptop must not block an entry made "now".
FUTURE_TOLERANCE = timedelta(minutes=5)
EARLIEST = datetime(2000, 1, 1)


class Contact(Gid, Base):
    __tablename__ = "contacts"
    __table_args__ = (Index("ix_contacts_person_occurred", "person_id", "occurred_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # None while the encounter is anonymous; set when it is linked to a registered person.
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    anonymous_label: Mapped[str] = mapped_column(String(MAX_LABEL), default="")
    nickname: Mapped[str] = mapped_column(String(MAX_NICKNAME), default="")
    # No index of its own: ix_contacts_week (app/models/caseload_indexes.py) starts with it.
    occurred_at: Mapped[datetime] = mapped_column()
    duration_minutes: Mapped[int] = mapped_column()
    mode: Mapped[str] = mapped_column(String(20))
    place: Mapped[str] = mapped_column(String(MAX_PLACE), default="")
    topics: Mapped[list[str]] = mapped_column(JSON, default=list)
    note: Mapped[str] = mapped_column(Text, default="")   # "" when the note is private
    # The note is its author's alone: its text sits in contact_private_notes, a table of the
    # author's private scope, which never reaches another worker's laptop.
    note_private: Mapped[bool] = mapped_column(default=False)
    follow_up: Mapped[bool] = mapped_column(default=False)
    worker_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    convention_function: Mapped[str | None] = mapped_column(String(30))
    convention_setting: Mapped[str | None] = mapped_column(String(12))
    convention_age_group: Mapped[str | None] = mapped_column(String(24))
    linked_at: Mapped[datetime | None] = mapped_column()
    # A convention session belongs to the bilan that indicated its function.
    bilan_id: Mapped[int | None] = mapped_column(ForeignKey("bilans.id", ondelete="SET NULL"))
    # A session the person had with another provider, entered so that the counters see the
    # person's whole period: who it was with ("" for sessions of this service).
    external_provider: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    @property
    def is_anonymous(self) -> bool:
        return self.person_id is None


class ContactPrivateNote(Base):
    """The text of a private contact note (scope `private`: its author's devices only)."""

    __tablename__ = "contact_private_notes"

    # Derived from the contact's gid: every replica moving the same note makes the same record.
    gid: Mapped[str] = derived_gid_column("contact_note", ("contact_id", "contacts"))
    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), unique=True)
    note: Mapped[str] = mapped_column(Text, default="")


def _choice(values: dict, key: str, enum: type[StrEnum], errors: list[FieldError], required: bool) -> str | None:
    raw = values.get(key)
    value = (raw.value if isinstance(raw, StrEnum) else str(raw or "")).strip()
    if not value:
        if required:
            errors.append(FieldError(key, "contacts.value_required"))
        return None
    if value not in {e.value for e in enum}:
        errors.append(FieldError(key, "choice.invalid", {"value": value[:40]}))
        return None
    return value


def _bounded(values: dict, key: str, limit: int, errors: list[FieldError]) -> str:
    text = clean_text(values.get(key), 10**6)
    if len(text) > limit:
        errors.append(FieldError(key, "text.too_long", {"max": limit}))
    return text[:limit]


def validate_contact_fields(values: dict, now: datetime | None = None) -> tuple[dict, list[FieldError]]:
    """Check and normalise a contact. `values["person_id"]` None means an anonymous
    encounter, which needs a short description. Times are naive UTC."""
    now = now or utcnow()
    errors: list[FieldError] = []
    clean: dict = {"person_id": values.get("person_id")}
    clean["anonymous_label"] = _bounded(values, "anonymous_label", MAX_LABEL, errors)
    clean["nickname"] = _bounded(values, "nickname", MAX_NICKNAME, errors)
    if clean["person_id"] is None and not clean["anonymous_label"]:
        errors.append(FieldError("anonymous_label", "contacts.who_required"))

    occurred = values.get("occurred_at") or now
    if isinstance(occurred, datetime) and occurred.tzinfo is not None:
        occurred = occurred.astimezone(UTC).replace(tzinfo=None)
    if not isinstance(occurred, datetime):
        errors.append(FieldError("occurred_at", "date.format"))
    elif occurred > now + FUTURE_TOLERANCE:
        errors.append(FieldError("occurred_at", "contacts.in_future"))
    elif occurred < EARLIEST:
        errors.append(FieldError("occurred_at", "contacts.too_old", {"year": EARLIEST.year}))
    clean["occurred_at"] = occurred

    duration = values.get("duration_minutes")
    try:
        if duration is None or isinstance(duration, bool):
            raise ValueError
        minutes = int(duration)
        if isinstance(duration, float) and duration != minutes:
            raise ValueError
    except (TypeError, ValueError):
        minutes = None
    if minutes is None or not 0 < minutes <= MAX_DURATION_MINUTES:
        errors.append(FieldError("duration_minutes", "contacts.duration_invalid", {"max": MAX_DURATION_MINUTES}))
    clean["duration_minutes"] = minutes

    clean["mode"] = _choice(values, "mode", ContactMode, errors, required=True)
    clean["place"] = _bounded(values, "place", MAX_PLACE, errors)
    known = {d.id for d in life_domains()}
    raw_topics = values.get("topics") or []
    if isinstance(raw_topics, str):
        raw_topics = [t.strip() for t in raw_topics.split(",") if t.strip()]
    topics = list(dict.fromkeys(str(t) for t in raw_topics))
    unknown = [t for t in topics if t not in known]
    if unknown:
        errors.append(FieldError("topics", "choice.invalid", {"value": str(unknown[0])[:40]}))
    clean["topics"] = [t for t in topics if t in known]
    clean["note"] = _bounded(values, "note", MAX_NOTE, errors)
    clean["note_private"] = bool(values.get("note_private"))
    clean["follow_up"] = bool(values.get("follow_up"))

    function = _choice(values, "convention_function", ConventionFunction, errors, required=False)
    clean["convention_function"] = function
    clean["convention_setting"] = _choice(values, "convention_setting", SessionSetting, errors,
                                          required=function is not None) if function else None
    clean["convention_age_group"] = _choice(values, "convention_age_group", AgeGroup, errors,
                                            required=function is not None) if function else None
    provider = clean_text(str(values.get("external_provider") or ""), 10**4)
    if len(provider) > 200:
        errors.append(FieldError("external_provider", "text.too_long", {"max": 200}))
    clean["external_provider"] = provider[:200]
    if function and clean["person_id"] is None:
        # The convention registers each beneficiary: a session cannot be anonymous.
        errors.append(FieldError("convention_function", "contacts.convention_needs_person"))
    return clean, errors
