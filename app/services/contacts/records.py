"""Contacts: record one in seconds (also with someone not registered yet), link an
anonymous encounter to a person later, list and count them.

Private notes are visible to their author only, supervisors included: their text sits in
`contact_private_notes` (the author's private scope, which no other worker's laptop
receives) and the service shows it to its author alone, so no screen or export can show it
by mistake.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import pandas as pd
from sqlalchemy import Integer, String, case, cast, func, literal, select
from sqlalchemy.orm import Session

from app.errors import NotFound, RelaisError, ValidationError
from app.models.contact import Contact, ContactPrivateNote, validate_contact_fields
from app.models.person import Person, PersonStatus, display_name
from app.models.user import User
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace
from app.store.base import utcnow
from app.texts import message


@dataclass(frozen=True)
class ContactWarning:
    code: str                     # a message code in messages_contacts.json
    params: dict[str, Any] = field(default_factory=dict)
    needs_confirmation: bool = False

    def message(self, lang: str | None = None) -> str:
        return message(self.code, lang, **self.params)


@dataclass(frozen=True)
class SaveResult:
    contact_id: int | None        # None: nothing saved, the warnings need the user's confirmation
    warnings: tuple[ContactWarning, ...] = ()

    @property
    def saved(self) -> bool:
        return self.contact_id is not None


@dataclass(frozen=True)
class ContactRow:
    id: int
    person_id: int | None
    person_name: str              # the person's name, or the anonymous description
    nickname: str
    occurred_at: datetime
    duration_minutes: int
    mode: str
    place: str
    topics: tuple[str, ...]
    note: str                     # "" when the note is private to someone else
    note_private: bool
    note_hidden: bool             # a private note exists but belongs to another worker
    follow_up: bool
    worker_id: int | None
    worker_name: str
    convention_function: str | None
    convention_setting: str | None
    convention_age_group: str | None
    linked_at: datetime | None

    @property
    def anonymous(self) -> bool:
        return self.person_id is None


@dataclass(frozen=True)
class ContactFilter:
    person_id: int | None = None
    worker_id: int | None = None
    mode: str | None = None
    place: str | None = None      # matches a part of the place, case-insensitive
    start: datetime | None = None  # inclusive, naive UTC
    end: datetime | None = None    # exclusive
    anonymous_only: bool = False
    follow_up_only: bool = False


@dataclass(frozen=True)
class WeekCount:
    week_start: date              # Monday
    contacts: int
    anonymous: int
    minutes: int


class ContactService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    # -- writing --------------------------------------------------------------------
    def warnings_for(self, values: dict) -> list[ContactWarning]:
        """What the quick entry shows before saving: a closed file, a convention limit near."""
        with self.ws.read() as session:
            return self._warnings(session, values)

    def add(self, values: dict, confirmed: bool = False) -> SaveResult:
        """Validate and save a contact. Warnings that need confirmation (a closed file, a
        convention limit exceeded) stop the save until the caller repeats it confirmed."""
        self.ws.require(Permission.CONTACT_WRITE)
        if values.get("convention_function"):
            # Recording psychological-care sessions is clinical work.
            self.ws.require(Permission.CLINICAL_WRITE)
        clean, errors = validate_contact_fields(values, utcnow())
        if errors:
            raise ValidationError(errors, "contacts")
        with self.ws.unit() as session:
            if clean["person_id"] is not None and session.get(Person, clean["person_id"]) is None:
                raise NotFound(what="person", id=clean["person_id"])
            warnings = self._warnings(session, clean)
            if not confirmed and any(w.needs_confirmation for w in warnings):
                return SaveResult(None, tuple(warnings))
            private = clean["note"] if clean["note_private"] else None
            contact = Contact(**{**clean, "note": "" if private is not None else clean["note"]},
                              worker_id=self.ws.user.id)
            if contact.convention_function and contact.person_id is not None:
                from app.services.counters.eligibility import opening_bilan

                contact.bilan_id = opening_bilan(session, contact.person_id, contact.convention_function)
            session.add(contact)
            session.flush()
            if private is not None:
                session.add(ContactPrivateNote(contact_id=contact.id, note=private))
                session.flush()
            if contact.person_id is not None:
                refresh_last_contact(session, contact.person_id)
            self.ws.audit(session, "contact.added", "contact", contact.id, person_id=contact.person_id,
                          anonymous=contact.person_id is None, confirmed=bool(confirmed and warnings))
            return SaveResult(contact.id, tuple(warnings))

    def link(self, contact_id: int, person_id: int) -> None:
        """Attach an anonymous encounter to the person it turned out to be. The description
        and nickname stay on the contact: the history of the encounter is kept."""
        self.ws.require(Permission.CONTACT_WRITE)
        with self.ws.unit() as session:
            contact = self._get(session, contact_id)
            if contact.person_id is not None:
                raise RelaisError("contacts.already_linked", id=contact_id)
            if session.get(Person, person_id) is None:
                raise NotFound(what="person", id=person_id)
            contact.person_id = person_id
            contact.linked_at = utcnow()
            session.flush()
            refresh_last_contact(session, person_id)
            self.ws.audit(session, "contact.linked", "contact", contact_id, person_id=person_id)

    def delete(self, contact_id: int) -> None:
        """Its author or a supervisor removes a contact recorded by mistake."""
        self.ws.require(Permission.CONTACT_WRITE)
        with self.ws.read() as session:
            author = self._get(session, contact_id).worker_id
        if author != self.ws.user.id:
            self.ws.require(Permission.PERSON_DELETE)
        with self.ws.unit() as session:
            contact = self._get(session, contact_id)
            person_id = contact.person_id
            session.delete(contact)
            session.flush()
            if person_id is not None:
                refresh_last_contact(session, person_id)
            self.ws.audit(session, "contact.deleted", "contact", contact_id, person_id=person_id)

    # -- reading --------------------------------------------------------------------
    # Below this method, `list` in the class body names it: annotations there say builtins.list.
    def list(self, filters: ContactFilter | None = None, limit: int | None = 2000) -> list[ContactRow]:
        """Contacts newest first. A person's contact history is a view of their file: audited."""
        self.ws.require(Permission.PERSON_READ)
        filters = filters or ContactFilter()
        query = (
            select(Contact, Person.given_names, Person.family_name, Person.alias,
                   func.coalesce(func.nullif(User.display_name, ""), User.name), ContactPrivateNote.note)
            .outerjoin(Person, Person.id == Contact.person_id)
            .outerjoin(ContactPrivateNote, ContactPrivateNote.contact_id == Contact.id)
            .outerjoin(User, User.id == Contact.worker_id)
            .order_by(Contact.occurred_at.desc(), Contact.id.desc())
        )
        query = _filtered(query, filters)
        if limit:
            query = query.limit(limit)
        clinical = self.ws.can(Permission.CLINICAL_READ)
        if filters.person_id is not None:
            with self.ws.unit() as session:
                self.ws.audit(session, "person.contacts_viewed", "person", filters.person_id)
        with self.ws.read() as session:
            return [self._row(c, g, f, a, w, p, clinical) for c, g, f, a, w, p in session.execute(query)]

    def weekly_counts(self, filters: ContactFilter | None = None) -> builtins.list[WeekCount]:
        """Contacts per calendar week (Monday first), every week of the span, empty ones too.
        SQLite groups by week so that years of a team's contacts never leave the database."""
        self.ws.require(Permission.PERSON_READ)
        # Weeks follow the laptop's calendar: a contact at 00:30 on Monday belongs to that week.
        local = func.datetime(Contact.occurred_at, "localtime")
        weekday = (cast(func.strftime("%w", local), Integer) + 6) % 7
        week = func.date(local, literal("-") + cast(weekday, String) + literal(" days"))
        query = select(
            week, func.count(Contact.id),
            func.sum(case((Contact.person_id.is_(None), 1), else_=0)),
            func.sum(Contact.duration_minutes),
        ).group_by(week)
        with self.ws.read() as session:
            rows = session.execute(_filtered(query, filters or ContactFilter())).all()
        return fill_weeks([(date.fromisoformat(w), int(n), int(a), int(m)) for w, n, a, m in rows])

    def places(self, limit: int = 200) -> builtins.list[str]:
        """Places already used, most frequent first, for completion in the quick entry."""
        self.ws.require(Permission.PERSON_READ)
        with self.ws.read() as session:
            return list(session.scalars(
                select(Contact.place).where(Contact.place != "").group_by(Contact.place)
                .order_by(func.count().desc()).limit(limit)))

    def workers(self) -> builtins.list[tuple[int, str]]:
        self.ws.require(Permission.PERSON_READ)
        with self.ws.read() as session:
            return [(uid, label) for uid, label in session.execute(
                select(User.id, func.coalesce(func.nullif(User.display_name, ""), User.name)).order_by(User.name))]

    # -- helpers --------------------------------------------------------------------
    def _row(self, c: Contact, given: str | None, family: str | None, alias: str | None,
             worker: str | None, private: str | None, clinical: bool) -> ContactRow:
        """`private`: the private note's text, None where this laptop does not hold it (another
        worker's note, on a team member's laptop): it is then hidden, as it exists."""
        hidden = c.note_private and c.worker_id != self.ws.user.id
        note = (private or "") if c.note_private else c.note
        name = display_name(given, family, alias) if c.person_id is not None else c.anonymous_label
        return ContactRow(
            c.id, c.person_id, name, c.nickname, c.occurred_at, c.duration_minutes, c.mode, c.place,
            tuple(c.topics or ()), "" if hidden else note, c.note_private,
            hidden and (private is None or bool(private)),
            c.follow_up, c.worker_id, worker or "",
            c.convention_function if clinical else None,
            c.convention_setting if clinical else None,
            c.convention_age_group if clinical else None,
            c.linked_at,
        )

    def _warnings(self, session: Session, clean: dict) -> builtins.list[ContactWarning]:
        warnings: builtins.list[ContactWarning] = []
        person_id = clean.get("person_id")
        if person_id is None:
            return warnings
        status = session.scalar(select(Person.status).where(Person.id == person_id))
        if status == PersonStatus.CLOSED:
            warnings.append(ContactWarning("contacts.person_closed", needs_confirmation=True))
        if clean.get("convention_function") and clean.get("convention_setting") and clean.get("convention_age_group"):
            from app.services.counters.sessions import counter_after_one_more

            counter = counter_after_one_more(session, person_id, clean)
            if counter is not None and counter.level in ("approaching", "reached", "exceeded"):
                warnings.append(ContactWarning(
                    f"contacts.sessions.{counter.level}",
                    {"used": counter.used, "limit": counter.limit},
                    needs_confirmation=counter.level == "exceeded",
                ))
            from app.services.counters.eligibility import session_rule_warnings

            warnings += [ContactWarning(code, params, needs_confirmation=confirm)
                         for code, params, confirm in session_rule_warnings(session, person_id, clean)]
        return warnings

    @staticmethod
    def _get(session: Session, contact_id: int) -> Contact:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise NotFound(what="contact", id=contact_id)
        return contact


def _filtered(query, filters: ContactFilter):
    if filters.person_id is not None:
        query = query.where(Contact.person_id == filters.person_id)
    if filters.worker_id is not None:
        query = query.where(Contact.worker_id == filters.worker_id)
    if filters.mode:
        query = query.where(Contact.mode == filters.mode)
    if filters.place:
        query = query.where(Contact.place.contains(filters.place.strip(), autoescape=True))
    if filters.start is not None:
        query = query.where(Contact.occurred_at >= filters.start)
    if filters.end is not None:
        query = query.where(Contact.occurred_at < filters.end)
    if filters.anonymous_only:
        query = query.where(Contact.person_id.is_(None))
    if filters.follow_up_only:
        query = query.where(Contact.follow_up.is_(True))
    return query


def fill_weeks(rows: list[tuple[date, int, int, int]]) -> list[WeekCount]:
    """(Monday, contacts, anonymous, minutes) per week that had contacts -> every week from
    the first to the last, the quiet ones at zero, oldest first."""
    if not rows:
        return []
    frame = pd.DataFrame(rows, columns=["week", "contacts", "anonymous", "minutes"])
    frame["week"] = pd.to_datetime(frame["week"])
    frame = frame.groupby("week").sum()
    weeks = pd.date_range(frame.index.min(), frame.index.max(), freq="7D")
    frame = frame.reindex(weeks, fill_value=0)
    return [WeekCount(ts.date(), int(r.contacts), int(r.anonymous), int(r.minutes)) for ts, r in frame.iterrows()]


def refresh_last_contact(session: Session, person_id: int) -> None:
    latest = session.scalar(select(func.max(Contact.occurred_at)).where(Contact.person_id == person_id))
    person = session.get(Person, person_id)
    if person is not None:
        person.last_contact_at = latest


def default_window(days: int = 90, now: datetime | None = None) -> tuple[datetime, datetime]:
    now = now or utcnow()
    return now - timedelta(days=days), now + timedelta(minutes=10)
