"""Multidisciplinary consultations (concertation multidisciplinaire / multidisciplinair overleg)
of the 2024 convention (context/004 §5.2): to strengthen first-line psychological treatment
(function 3), at least 15 minutes, at most 4 × 15 minutes per 12 months, at least three
participants of whom at least two care providers, paid per participant per 15 minutes.

A consultation keeps its date, duration, participants (name, role, whether a care provider)
and whether the person took part. The rules are data (convention.json "concertation"); the
reading Relais makes of them where the slides are silent is stated there too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from sqlalchemy import JSON, Date, ForeignKey, Index, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.errors import FieldError
from app.models.convention import level_for
from app.models.instruments import load_instrument
from app.models.person import clean_text
from app.store.base import Base, utcnow
from app.store.sync.gids import Gid

MAX_PARTICIPANTS = 20
MAX_NAME = 200
MAX_ROLE = 120
MAX_NOTE = 8000
MAX_MINUTES = 8 * 60
EARLIEST = date(2021, 1, 1)


class Consultation(Gid, Base):
    __tablename__ = "consultations"
    __table_args__ = (Index("ix_consultations_person_held", "person_id", "held_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    held_on: Mapped[date] = mapped_column(Date)
    duration_minutes: Mapped[int] = mapped_column()
    # [{"name": ..., "role": ..., "care_provider": bool}], the person not among them.
    participants: Mapped[list[dict]] = mapped_column(JSON, default=list)
    person_present: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    # The bilan whose treatment the consultation strengthens (the latest final one indicating it).
    bilan_id: Mapped[int | None] = mapped_column(ForeignKey("bilans.id", ondelete="SET NULL"))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


# -- the rules, as data ---------------------------------------------------------------------------

@dataclass(frozen=True)
class ConcertationRules:
    function: str                 # the session function it strengthens (first_line_treatment)
    min_minutes: int
    unit_minutes: int
    max_units_per_window: int
    min_participants: int
    min_care_providers: int
    person_counts_as_participant: bool
    window_days: int
    warn_before_limit: int


@lru_cache(maxsize=1)
def concertation_rules() -> ConcertationRules:
    data = load_instrument("convention")
    c = data["concertation"]
    return ConcertationRules(c["function"], int(c["min_minutes"]), int(c["unit_minutes"]),
                             int(c["max_units_per_window"]), int(c["min_participants"]),
                             int(c["min_care_providers"]), bool(c["person_counts_as_participant"]),
                             int(data["window_days"]), int(c["warn_before_limit"]))


def concertation_reading(lang: str) -> str:
    """How Relais counts consultations where the slides are silent (convention.json)."""
    labels = load_instrument("convention")["concertation"]["reading"]
    return labels.get(lang) or labels["en"]


def units(minutes: int, rules: ConcertationRules | None = None) -> int:
    """Periods of 15 minutes paid for a consultation: whole periods only (40 minutes: 2)."""
    rules = rules or concertation_rules()
    return max(minutes, 0) // rules.unit_minutes


@dataclass(frozen=True)
class ConsultationCounter:
    count: int                   # consultations in the window
    minutes: int                 # their minutes
    used: int                    # 15-minute periods counted
    limit: int                   # periods allowed per window (4)
    level: str                   # ok / approaching / reached / exceeded (as the session counters)
    window_start: date           # exclusive
    window_end: date             # inclusive
    frees_on: date | None        # when the oldest consultation in the window leaves it

    @property
    def remaining_minutes(self) -> int:
        return max(self.limit - self.used, 0) * concertation_rules().unit_minutes


def count_consultations(held: list[tuple[date, int]], as_of: date,
                        rules: ConcertationRules | None = None) -> ConsultationCounter:
    """(day, minutes) of the person's consultations against the limit over the rolling window
    (as_of - window_days, as_of], the reading the session counters use."""
    rules = rules or concertation_rules()
    start = as_of - timedelta(days=rules.window_days)
    inside = sorted((d, m) for d, m in held if start < d <= as_of)
    used = sum(units(m, rules) for _, m in inside)
    frees = inside[0][0] + timedelta(days=rules.window_days) if inside else None
    level = level_for(used, rules.max_units_per_window, rules.warn_before_limit) if inside else "ok"
    return ConsultationCounter(len(inside), sum(m for _, m in inside), used, rules.max_units_per_window, level,
                               start, as_of, frees)


# -- one consultation's fields -------------------------------------------------------------------

def _participants(raw: object, errors: list[FieldError]) -> list[dict]:
    found: list[dict] = []
    for entry in raw if isinstance(raw, (list, tuple)) else []:
        if not isinstance(entry, dict):
            continue
        name = clean_text(str(entry.get("name") or ""), 10**4)
        role = clean_text(str(entry.get("role") or ""), 10**4)
        if not name and not role:
            continue                      # an empty row of the form
        if len(name) > MAX_NAME or len(role) > MAX_ROLE:
            errors.append(FieldError("participants", "text.too_long", {"max": MAX_NAME}))
        found.append({"name": name[:MAX_NAME], "role": role[:MAX_ROLE],
                      "care_provider": bool(entry.get("care_provider"))})
    if len(found) > MAX_PARTICIPANTS:
        errors.append(FieldError("participants", "counters.concertation_too_many", {"max": MAX_PARTICIPANTS}))
    return found[:MAX_PARTICIPANTS]


def validate_consultation_fields(values: dict, today: date) -> tuple[dict, list[FieldError]]:
    """A consultation the convention recognises: a date neither future nor before the
    convention, at least 15 minutes, at least three participants of whom two care providers.
    The limit per 12 months is a warning, not a refusal (the counters say it)."""
    rules = concertation_rules()
    errors: list[FieldError] = []
    clean: dict = {}
    day = values.get("held_on")
    if isinstance(day, datetime):
        day = day.date()
    if not isinstance(day, date):
        errors.append(FieldError("held_on", "date.format"))
        day = None
    elif day > today:
        errors.append(FieldError("held_on", "date.future"))
    elif day < EARLIEST:
        errors.append(FieldError("held_on", "counters.concertation_too_old", {"year": EARLIEST.year}))
    clean["held_on"] = day

    raw = values.get("duration_minutes")
    try:
        if isinstance(raw, bool):
            raise ValueError
        minutes: int | None = int(raw)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        minutes = None
    if minutes is None or minutes > MAX_MINUTES:
        errors.append(FieldError("duration_minutes", "counters.concertation_duration", {"max": MAX_MINUTES}))
    elif minutes < rules.min_minutes:
        errors.append(FieldError("duration_minutes", "counters.concertation_too_short",
                                 {"min": rules.min_minutes}))
    clean["duration_minutes"] = minutes

    participants = _participants(values.get("participants"), errors)
    present = bool(values.get("person_present"))
    counted = len(participants) + (1 if present and rules.person_counts_as_participant else 0)
    providers = sum(1 for p in participants if p["care_provider"])
    if counted < rules.min_participants:
        errors.append(FieldError("participants", "counters.concertation_participants",
                                 {"min": rules.min_participants, "count": counted}))
    elif providers < rules.min_care_providers:
        errors.append(FieldError("participants", "counters.concertation_providers",
                                 {"min": rules.min_care_providers, "count": providers}))
    clean["participants"] = participants
    clean["person_present"] = present
    note = (values.get("note") or "").replace("\x00", "").strip()
    if len(note) > MAX_NOTE:
        errors.append(FieldError("note", "text.too_long", {"max": MAX_NOTE}))
    clean["note"] = note[:MAX_NOTE]
    return clean, errors
