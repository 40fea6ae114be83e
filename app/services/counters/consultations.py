"""Multidisciplinary consultations: record, list, remove, and count them against the limit
per 12 months (rules in convention.json "concertation"; app.models.consultation).

Roles: consultations are clinical information (who met about the person's psychological
care): reading needs CLINICAL_READ, recording CLINICAL_WRITE. The limit is a warning, not a
refusal: a consultation over it is recorded, and the counter says it is not reimbursed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationError
from app.models.consultation import (
    Consultation,
    ConsultationCounter,
    concertation_rules,
    count_consultations,
    units,
    validate_consultation_fields,
)
from app.models.person import Person
from app.services.counters.eligibility import opening_bilan, reimbursement_problems
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace


@dataclass(frozen=True)
class Participant:
    name: str
    role: str
    care_provider: bool


@dataclass(frozen=True)
class ConsultationRow:
    id: int
    person_id: int
    held_on: date
    duration_minutes: int
    participants: tuple[Participant, ...]
    person_present: bool
    note: str
    bilan_id: int | None

    @property
    def units(self) -> int:
        return units(self.duration_minutes)


def _row(c: Consultation) -> ConsultationRow:
    people = tuple(Participant(str(p.get("name", "")), str(p.get("role", "")), bool(p.get("care_provider")))
                   for p in c.participants or [])
    return ConsultationRow(c.id, c.person_id, c.held_on, c.duration_minutes, people, bool(c.person_present),
                           c.note, c.bilan_id)


def _clean(session: Session, person_id: int, values: dict, today: date) -> dict:
    if session.get(Person, person_id) is None:
        raise NotFound(what="person", id=person_id)
    clean, errors = validate_consultation_fields(values, today)
    if errors:
        raise ValidationError(errors, "counters")
    return clean


def _held(session: Session, person_id: int, skip: int | None = None) -> list[tuple[date, int]]:
    return [(d, m) for i, d, m in session.execute(
        select(Consultation.id, Consultation.held_on, Consultation.duration_minutes)
        .where(Consultation.person_id == person_id)) if i != skip]


def consultation_warnings(ws: Workspace, person_id: int, values: dict, today: date | None = None) -> list[str]:
    """What to tell before recording this consultation, as messages in the interface's
    language: the limit per 12 months passed with it, and why it would not be reimbursed
    (no NISS, no insurance, no bilan indicating the treatment it strengthens). Raises the
    ValidationError the recording would raise."""
    from app.texts import message

    ws.require(Permission.CLINICAL_WRITE)
    today = today or date.today()
    rules = concertation_rules()
    with ws.read() as session:
        clean = _clean(session, person_id, values, today)
        held = _held(session, person_id) + [(clean["held_on"], clean["duration_minutes"])]
        found: list[str] = []
        counter = count_consultations(held, max(clean["held_on"], today))
        if counter.used > counter.limit:
            found.append(message("counters.concertation_over_limit", used=counter.used, limit=counter.limit))
        for code in reimbursement_problems(session, person_id, rules.function):
            found.append(message("counters.concertation_no_bilan" if code == "counters.no_bilan" else code))
    return found


def add_consultation(ws: Workspace, person_id: int, values: dict, today: date | None = None) -> int:
    ws.require(Permission.CLINICAL_WRITE)
    today = today or date.today()
    with ws.unit() as session:
        clean = _clean(session, person_id, values, today)
        row = Consultation(person_id=person_id, created_by=ws.user.id,
                           bilan_id=opening_bilan(session, person_id, concertation_rules().function), **clean)
        session.add(row)
        session.flush()
        ws.audit(session, "consultation.added", "consultation", row.id, person_id=person_id)
        return row.id


def delete_consultation(ws: Workspace, consultation_id: int) -> None:
    ws.require(Permission.CLINICAL_WRITE)
    with ws.unit() as session:
        row = session.get(Consultation, consultation_id)
        if row is None:
            raise NotFound(what="consultation", id=consultation_id)
        person_id = row.person_id
        session.delete(row)
        ws.audit(session, "consultation.deleted", "consultation", consultation_id, person_id=person_id)


def list_consultations(ws: Workspace, person_id: int, since: date | None = None,
                       until: date | None = None) -> list[ConsultationRow]:
    """The person's consultations, latest first; `since` exclusive, `until` inclusive."""
    ws.require(Permission.CLINICAL_READ)
    with ws.read() as session:
        query = select(Consultation).where(Consultation.person_id == person_id)
        if since is not None:
            query = query.where(Consultation.held_on > since)
        if until is not None:
            query = query.where(Consultation.held_on <= until)
        return [_row(c) for c in session.scalars(query.order_by(Consultation.held_on.desc(), Consultation.id.desc()))]


def consultation_counter(ws: Workspace, person_id: int, as_of: date | None = None) -> ConsultationCounter:
    ws.require(Permission.CLINICAL_READ)
    with ws.read() as session:
        return count_consultations(_held(session, person_id), as_of or date.today())


@dataclass(frozen=True)
class ConsultationSummary:
    """A consultation as a bilan states it: no participant's name, their roles only."""

    held_on: date
    minutes: int
    roles: tuple[str, ...]
    care_providers: int
    person_present: bool


def consultations_summary(ws: Workspace, person_id: int, until: date | None = None) -> list[ConsultationSummary]:
    """The consultations of the 12 months (the counters' window) up to `until`, oldest first."""
    until = until or date.today()
    since = until - timedelta(days=concertation_rules().window_days)
    rows = list_consultations(ws, person_id, since, until)
    return [ConsultationSummary(r.held_on, r.duration_minutes,
                                tuple(p.role or p.name for p in r.participants),
                                sum(1 for p in r.participants if p.care_provider), r.person_present)
            for r in reversed(rows)]
