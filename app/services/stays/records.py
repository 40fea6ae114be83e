"""Stays: record, list, the current stay, the follow-up after discharge.

Roles: reading a stay is PERSON_READ (every worker must know where the person is);
recording one is PERSON_EDIT. The discharge plan is clinical: it is blanked for users
without CLINICAL_READ.

Follow-up after discharge (the dashboard's figure). A discharge counts when it happened in
the last `LOOKBACK_DAYS` days (today included); it is "without contact" when no contact with
the person was recorded from the discharge day to 7 days after it (or to today, if those 7
days are not over: the person still waiting for a first contact is the one to call now).
A person discharged again later is judged on their latest discharge only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.errors import NotFound, RelaisError, ValidationError
from app.models.careplan import CarePlan, CarePlanVersion
from app.models.contact import Contact
from app.models.partner import Partner
from app.models.person import Person
from app.models.stay import FOLLOW_UP_DAYS, Stay, overlaps, validate_stay_fields
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace

LOOKBACK_DAYS = 30


class StayOverlap(RelaisError):
    code = "stays.overlap"


@dataclass(frozen=True)
class StayRow:
    id: int
    person_id: int
    kind: str
    partner_id: int | None
    place: str
    admitted_on: date
    discharged_on: date | None
    planned: bool
    discharge_plan: str

    def is_current(self, today: date) -> bool:
        return self.admitted_on <= today and (self.discharged_on is None or self.discharged_on > today)

    def days(self, today: date) -> int:
        return ((self.discharged_on or today) - self.admitted_on).days


@dataclass(frozen=True)
class ReviewProposal:
    stay_id: int
    discharged_on: date
    place: str


def _row(ws: Workspace, s: Stay) -> StayRow:
    plan = s.discharge_plan if ws.can(Permission.CLINICAL_READ) else ""
    return StayRow(s.id, s.person_id, s.kind, s.partner_id, s.place, s.admitted_on, s.discharged_on,
                   bool(s.planned), plan)


def _check(session: Session, person_id: int, values: dict, today: date, stay_id: int | None = None) -> dict:
    if session.get(Person, person_id) is None:
        raise NotFound(what="person", id=person_id)
    clean, errors = validate_stay_fields(values, today)
    if errors:
        raise ValidationError(errors, "stays")
    if clean["partner_id"] is not None:
        partner = session.get(Partner, clean["partner_id"])
        if partner is None:
            raise NotFound(what="partner", id=clean["partner_id"])
        clean["place"] = clean["place"] or partner.display_name
    for other in session.scalars(select(Stay).where(Stay.person_id == person_id)):
        if other.id != stay_id and overlaps(clean["admitted_on"], clean["discharged_on"],
                                            other.admitted_on, other.discharged_on):
            raise StayOverlap(admitted=other.admitted_on.isoformat(),
                              discharged=other.discharged_on.isoformat() if other.discharged_on else "…")
    return clean


def add_stay(ws: Workspace, person_id: int, values: dict, today: date | None = None) -> int:
    ws.require(Permission.PERSON_EDIT)
    today = today or date.today()
    with ws.unit() as session:
        clean = _check(session, person_id, values, today)
        stay = Stay(person_id=person_id, created_by=ws.user.id, **clean)
        session.add(stay)
        session.flush()
        ws.audit(session, "stay.added", "stay", stay.id, person_id=person_id, kind=stay.kind)
        return stay.id


def update_stay(ws: Workspace, stay_id: int, values: dict, today: date | None = None) -> None:
    """Change a stay, typically to record its discharge. `values` holds every field."""
    ws.require(Permission.PERSON_EDIT)
    today = today or date.today()
    with ws.unit() as session:
        stay = session.get(Stay, stay_id)
        if stay is None:
            raise NotFound(what="stay", id=stay_id)
        clean = _check(session, stay.person_id, values, today, stay_id)
        for key, value in clean.items():
            setattr(stay, key, value)
        ws.audit(session, "stay.changed", "stay", stay_id, person_id=stay.person_id)


def delete_stay(ws: Workspace, stay_id: int) -> None:
    ws.require(Permission.PERSON_EDIT)
    with ws.unit() as session:
        stay = session.get(Stay, stay_id)
        if stay is None:
            raise NotFound(what="stay", id=stay_id)
        person_id = stay.person_id
        session.delete(stay)
        ws.audit(session, "stay.deleted", "stay", stay_id, person_id=person_id)


def list_stays(ws: Workspace, person_id: int) -> list[StayRow]:
    """The person's stays, latest admission first."""
    ws.require(Permission.PERSON_READ)
    with ws.read() as session:
        stays = session.scalars(select(Stay).where(Stay.person_id == person_id)
                                .order_by(Stay.admitted_on.desc(), Stay.id.desc()))
        return [_row(ws, s) for s in stays]


def current_stay(ws: Workspace, person_id: int, today: date | None = None) -> StayRow | None:
    """The stay the person is in today (for the header), or None."""
    today = today or date.today()
    return next((s for s in list_stays(ws, person_id) if s.is_current(today)), None)


def review_proposal(ws: Workspace, person_id: int, today: date | None = None) -> ReviewProposal | None:
    """A care-plan review is proposed after a discharge: the latest discharge (up to today)
    is more recent than the current version of the care plan (its review, or its start), and
    the person is not in another stay now. None without a care plan: there is nothing to
    review, and writing one is already proposed elsewhere."""
    ws.require(Permission.PERSON_READ)
    today = today or date.today()
    with ws.read() as session:
        stays = list(session.scalars(select(Stay).where(Stay.person_id == person_id)))
        if any(s.is_current(today) for s in stays):
            return None
        done = [s for s in stays if s.discharged_on is not None and s.discharged_on <= today]
        if not done:
            return None
        last = max(done, key=lambda s: (s.discharged_on, s.id))
        version = session.scalars(
            select(CarePlanVersion).join(CarePlan, CarePlan.id == CarePlanVersion.plan_id)
            .where(CarePlan.person_id == person_id, CarePlanVersion.superseded_at.is_(None))).first()
        if version is None:
            return None
        since = max(d for d in (version.reviewed_on, version.starts_on) if d is not None)
        discharged_on = last.discharged_on
        assert discharged_on is not None  # `done` holds discharged stays only
        if since > discharged_on:
            return None
        return ReviewProposal(last.id, discharged_on, last.place)


def discharged_without_follow_up(session: Session, scope: Select, today: date,
                                 lookback_days: int = LOOKBACK_DAYS) -> list[int]:
    """Ids of the persons in `scope` whose latest discharge in the last `lookback_days` days
    had no contact from the discharge day to 7 days after (see the module doc). Two bulk
    queries, whatever the caseload's size."""
    start = today - timedelta(days=lookback_days)
    ranked = (select(Stay.person_id, Stay.discharged_on,
                     func.row_number().over(partition_by=Stay.person_id,
                                            order_by=(Stay.discharged_on.desc(), Stay.id.desc())).label("rank"))
              .where(Stay.person_id.in_(scope), Stay.discharged_on.is_not(None),
                     Stay.discharged_on >= start, Stay.discharged_on <= today).subquery())
    latest = dict(session.execute(select(ranked.c.person_id, ranked.c.discharged_on).where(ranked.c.rank == 1)).all())
    if not latest:
        return []
    followed: set[int | None] = set()
    for person_id, occurred_at in session.execute(
            select(Contact.person_id, Contact.occurred_at)
            .where(Contact.person_id.in_(list(latest)),
                   Contact.occurred_at >= datetime.combine(start, datetime.min.time()))):
        discharged = latest[person_id]
        if discharged <= occurred_at.date() <= discharged + timedelta(days=FOLLOW_UP_DAYS):
            followed.add(person_id)
    return sorted(set(latest) - followed)
