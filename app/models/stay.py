"""Hospital and residential stays: the moments a person most often falls between services.

A stay has an admission date, a discharge date once it ended (None while it goes on), the
place (a partner of the directory, or a name typed when the place is not in it), its kind,
whether it was planned, and the discharge plan agreed with the ward. Dates are calendar
dates. Two stays of one person may not overlap: a person is in one place at a time (a
transfer is a discharge on day D and an admission on day D, which touch but do not overlap).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.errors import FieldError
from app.models.person import clean_text
from app.store.base import Base, utcnow
from app.store.sync.gids import Gid

MAX_PLACE = 300
MAX_PLAN = 8000
EARLIEST = date(1950, 1, 1)
# The common indicator: a contact within 7 days after discharge (HEDIS FUH-7, OECD).
FOLLOW_UP_DAYS = 7


class StayKind(StrEnum):
    PSYCHIATRIC_WARD = "psychiatric_ward"
    GENERAL_HOSPITAL = "general_hospital"
    DETOX = "detox"
    CRISIS_UNIT = "crisis_unit"
    RESIDENTIAL = "residential"


class Stay(Gid, Base):
    __tablename__ = "stays"
    __table_args__ = (Index("ix_stays_person_admitted", "person_id", "admitted_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id", ondelete="SET NULL"))
    # The place as named on the day (kept if the partner is removed), or typed by hand.
    place: Mapped[str] = mapped_column(String(MAX_PLACE), default="")
    admitted_on: Mapped[date] = mapped_column(Date)
    discharged_on: Mapped[date | None] = mapped_column(Date, index=True)
    planned: Mapped[bool] = mapped_column(default=False)
    discharge_plan: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    def is_current(self, today: date) -> bool:
        return self.admitted_on <= today and (self.discharged_on is None or self.discharged_on > today)


def follow_up_window(discharged_on: date) -> tuple[date, date]:
    """The days a follow-up contact counts for: the discharge day to 7 days after, inclusive."""
    return discharged_on, discharged_on + timedelta(days=FOLLOW_UP_DAYS)


def overlaps(a_start: date, a_end: date | None, b_start: date, b_end: date | None) -> bool:
    """Half-open intervals [start, end): an open end runs forever; a discharge on the day of
    the next admission touches it without overlapping."""
    far = date.max
    return a_start < (b_end or far) and b_start < (a_end or far)


def validate_stay_fields(values: dict, today: date) -> tuple[dict, list[FieldError]]:
    errors: list[FieldError] = []
    clean: dict = {}
    kind = str(values.get("kind") or "").strip()
    if kind not in {k.value for k in StayKind}:
        errors.append(FieldError("kind", "choice.invalid", {"value": kind[:40]}))
    clean["kind"] = kind
    admitted, discharged = values.get("admitted_on"), values.get("discharged_on")
    if not isinstance(admitted, date):
        errors.append(FieldError("admitted_on", "date.format"))
        admitted = None
    elif admitted > today:
        errors.append(FieldError("admitted_on", "stays.admission_future"))
    elif admitted < EARLIEST:
        errors.append(FieldError("admitted_on", "stays.too_old", {"year": EARLIEST.year}))
    if discharged is not None and not isinstance(discharged, date):
        errors.append(FieldError("discharged_on", "date.format"))
        discharged = None
    if discharged is not None and admitted is not None and discharged < admitted:
        errors.append(FieldError("discharged_on", "stays.discharge_before_admission"))
    if discharged is not None and discharged > today:
        errors.append(FieldError("discharged_on", "stays.discharge_future"))
    clean["admitted_on"], clean["discharged_on"] = admitted, discharged
    place = clean_text(values.get("place"), 10**6)
    if len(place) > MAX_PLACE:
        errors.append(FieldError("place", "text.too_long", {"max": MAX_PLACE}))
    clean["place"] = place[:MAX_PLACE]
    plan = (values.get("discharge_plan") or "").replace("\x00", "")
    if len(plan) > MAX_PLAN:
        errors.append(FieldError("discharge_plan", "text.too_long", {"max": MAX_PLAN}))
    clean["discharge_plan"] = plan[:MAX_PLAN].strip()
    clean["planned"] = bool(values.get("planned"))
    clean["partner_id"] = values.get("partner_id")
    if clean["partner_id"] is None and not place:
        errors.append(FieldError("place", "stays.place_required"))
    return clean, errors
