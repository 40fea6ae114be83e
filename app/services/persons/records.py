"""Persons: create, view, edit, list and search the people accompanied."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, literal, select
from sqlalchemy.orm import Session

from app.errors import FieldError, NotFound, ValidationError
from app.models.dates import age_on
from app.models.name_matching import search_terms as name_search_terms
from app.models.person import (
    Person,
    PersonStatus,
    display_name,
    fold,
    person_workers,
    require_name,
    validate_person_fields,
)
from app.models.user import User
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace

EDITABLE_FIELDS = (
    "given_names", "family_name", "alias", "birth", "niss", "languages", "phone", "email",
    "contact_notes", "housing", "address", "usual_whereabouts", "insurance", "mutuelle_name",
    "gp_name", "status",
)


@dataclass(frozen=True)
class PersonRow:
    """One line of the person list: only what the list shows."""

    id: int
    display_name: str
    birth_year: int | None
    birth_date: date | None
    status: str
    workers: str
    last_contact_at: datetime | None
    niss: str | None
    gid: str = ""                 # the global id, the same on every laptop of a team

    def age(self, today: date | None = None) -> int | None:
        return age_on(self.birth_year, self.birth_date, today or date.today())


@dataclass(frozen=True)
class PersonRecord:
    """A person's identity as the Overview shows and edits it."""

    id: int
    values: dict
    display_name: str
    worker_ids: tuple[int, ...]
    created_at: datetime
    updated_at: datetime

    @property
    def flags(self) -> list[str]:
        v = self.values
        flags = []
        if not v.get("niss"):
            flags.append("no_niss")
        if v.get("housing") == "no_fixed_address":
            flags.append("no_fixed_address")
        if v.get("insurance") == "none":
            flags.append("no_insurance")
        return flags


def _record(person: Person) -> PersonRecord:
    values = {
        "given_names": person.given_names, "family_name": person.family_name, "alias": person.alias,
        "birth": (person.birth_date.isoformat() if person.birth_date
                  else str(person.birth_year) if person.birth_year else ""),
        "birth_year": person.birth_year, "birth_date": person.birth_date,
        "niss": person.niss or "", "languages": list(person.languages or []), "phone": person.phone,
        "email": person.email, "contact_notes": person.contact_notes, "housing": person.housing,
        "address": person.address, "usual_whereabouts": person.usual_whereabouts,
        "insurance": person.insurance, "mutuelle_name": person.mutuelle_name, "gp_name": person.gp_name,
        "status": person.status,
    }
    return PersonRecord(person.id, values, person.display_name, tuple(w.id for w in person.workers),
                        person.created_at, person.updated_at)


# The list's base order (sorting on a column keeps it among equal keys).
BASE_ORDER = (Person.family_name, Person.given_names, Person.alias, Person.id)


class PersonService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    # -- writing --------------------------------------------------------------------
    def create(self, values: dict, worker_ids: list[int] | None = None) -> int:
        self.ws.require(Permission.PERSON_CREATE)
        with self.ws.unit() as session:
            person = self.add_validated(session, values, worker_ids)
            self.ws.audit(session, "person.created", "person", person.id)
            return person.id

    def add_validated(self, session: Session, values: dict, worker_ids: list[int] | None = None) -> Person:
        """Validate and add a new person inside the caller's transaction (import, demo)."""
        clean, errors = validate_person_fields({k: v for k, v in values.items() if k in EDITABLE_FIELDS})
        errors += require_name(clean.get("given_names", ""), clean.get("family_name", ""), clean.get("alias", ""))
        errors += self._niss_taken(session, clean.get("niss"), None)
        if errors:
            raise ValidationError(errors, "persons")
        person = Person(**clean)
        person.status = clean.get("status") or PersonStatus.ACTIVE
        ids = worker_ids if worker_ids is not None else [self.ws.user.id]
        person.workers = list(session.scalars(select(User).where(User.id.in_(ids)))) if ids else []
        person.refresh_search_text()
        session.add(person)
        session.flush()
        return person

    def update(self, person_id: int, values: dict, worker_ids: list[int] | None = None) -> PersonRecord:
        self.ws.require(Permission.PERSON_EDIT)
        with self.ws.unit() as session:
            person = self._get(session, person_id)
            clean, errors = validate_person_fields({k: v for k, v in values.items() if k in EDITABLE_FIELDS})
            merged = {k: clean.get(k, getattr(person, k)) for k in ("given_names", "family_name", "alias")}
            errors += require_name(**{"given": merged["given_names"], "family": merged["family_name"],
                                      "alias": merged["alias"]})
            errors += self._niss_taken(session, clean.get("niss"), person_id)
            if errors:
                raise ValidationError(errors, "persons")
            changed = sorted(k for k, v in clean.items() if getattr(person, k) != v)
            for key, value in clean.items():
                setattr(person, key, value)
            if worker_ids is not None:
                person.workers = list(session.scalars(select(User).where(User.id.in_(worker_ids))))
                changed.append("workers")
            person.refresh_search_text()
            if changed:
                self.ws.audit(session, "person.changed", "person", person_id, fields=changed)
            session.flush()
            return _record(person)

    def delete(self, person_id: int) -> None:
        self.ws.require(Permission.PERSON_DELETE)
        with self.ws.unit() as session:
            person = self._get(session, person_id)
            session.delete(person)
            self.ws.audit(session, "person.deleted", "person", person_id)

    # -- reading --------------------------------------------------------------------
    def get(self, person_id: int) -> PersonRecord:
        """The person's identity; every view is an audit event."""
        self.ws.require(Permission.PERSON_READ)
        with self.ws.unit() as session:
            person = self._get(session, person_id)
            self.ws.audit(session, "person.viewed", "person", person_id)
            return _record(person)

    def rows(self, status: str | None = None, person_ids: list[int] | None = None,
             with_workers: bool = True) -> list[PersonRow]:
        """Every person as a light row for the list (no audit: names only, like a phone book),
        in the list's base order (names, then id). Without `with_workers` the assigned workers
        are left empty (cheaper: for ordering by another column)."""
        self.ws.require(Permission.PERSON_READ)
        workers = workers_column() if with_workers else literal("")
        query = select(
            Person.id, Person.given_names, Person.family_name, Person.alias, Person.birth_year,
            Person.birth_date, Person.status, workers, Person.last_contact_at, Person.niss, Person.gid,
        ).order_by(*BASE_ORDER)
        if status:
            query = query.where(Person.status == status)
        if person_ids is not None:
            query = query.where(Person.id.in_(person_ids))
        with self.ws.read() as session:
            return [
                PersonRow(r[0], display_name(r[1], r[2], r[3]), r[4], r[5], r[6], r[7] or "", r[8], r[9], r[10])
                for r in session.execute(query)
            ]

    def keyed_ids(self, columns: Sequence, key: Callable[[Sequence], Any], status: str | None = None
                  ) -> list[tuple[int, Any]]:
        """(id, key(columns' values)) of every person with `status`, in the list's base order:
        the narrow pairs the list's order is computed from, without building whole rows."""
        self.ws.require(Permission.PERSON_READ)
        query = select(Person.id, *columns).order_by(*BASE_ORDER)
        if status:
            query = query.where(Person.status == status)
        with self.ws.read() as session:
            return [(r[0], key(r[1:])) for r in session.execute(query)]

    def list_rows(self, person_ids: list[int]) -> list[PersonRow]:
        """The rows of these persons (a page of the list, fetched when first drawn)."""
        return self.rows(person_ids=person_ids)

    def search_ids(self, text: str, status: str | None = None, limit: int | None = None) -> list[int]:
        """Ids of persons whose names, alias, NISS or birth year contain every typed term."""
        self.ws.require(Permission.PERSON_READ)
        query = select(Person.id)
        for term in search_terms(text):
            query = query.where(Person.search_text.contains(term, autoescape=True))
        if status:
            query = query.where(Person.status == status)
        if limit:
            query = query.limit(limit)
        # One row holding every id, not one row per person: a one-letter search in a large
        # vault matches tens of thousands of persons, and per-row result handling, not the
        # scan of the search index, was what made typing lag (docs/PERFORMANCE.md).
        inner = query.subquery()
        with self.ws.read() as session:
            joined = session.execute(select(func.group_concat(inner.c.id))).scalar()
        return [int(pid) for pid in joined.split(",")] if joined else []

    def count_elsewhere(self, text: str, status: str) -> int:
        """How many persons the search finds in statuses other than `status`: the persons a
        status filter hides ("N more in other statuses")."""
        self.ws.require(Permission.PERSON_READ)
        terms = search_terms(text)
        if not terms or not status:
            return 0
        query = select(func.count(Person.id)).where(Person.status != status)
        for term in terms:
            query = query.where(Person.search_text.contains(term, autoescape=True))
        with self.ws.read() as session:
            return session.scalar(query) or 0

    def count(self) -> int:
        with self.ws.read() as session:
            return session.scalar(select(func.count(Person.id))) or 0

    # -- helpers --------------------------------------------------------------------
    @staticmethod
    def _get(session: Session, person_id: int) -> Person:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound(what="person", id=person_id)
        return person

    @staticmethod
    def _niss_taken(session: Session, niss: str | None, own_id: int | None) -> list[FieldError]:
        if not niss:
            return []
        query = select(Person.id).where(Person.niss == niss)
        if own_id is not None:
            query = query.where(Person.id != own_id)
        return [FieldError("niss", "niss.duplicate")] if session.scalar(query) else []


def workers_column():
    """The assigned workers' names, comma-separated, as a column of a query on persons."""
    return (
        select(func.group_concat(func.coalesce(func.nullif(User.display_name, ""), User.name), ", "))
        .select_from(User)
        .join(person_workers, User.id == person_workers.c.user_id)
        .where(person_workers.c.person_id == Person.id)
        .correlate(Person)
        .scalar_subquery()
    )


def search_terms(text: str) -> list[str]:
    """The words to look for in Person.search_text: names through
    app.models.name_matching.search_terms (transliterated, variants, particles glued); a
    word with digits is a NISS or a year, its punctuation (85.07.30-033.28) dropped so that
    any format matches."""
    terms: list[str] = []
    words: list[str] = []
    for raw in (text or "").split():
        if any(ch.isdigit() for ch in raw):
            digits = "".join(ch for ch in fold(raw) if ch not in ".-/")
            if digits:
                terms.append(digits)
        elif name_search_terms(raw):
            words.append(raw)
        else:  # only punctuation ("%"): looked for as typed, not dropped (it would match everyone)
            terms.append(raw.casefold())
    return name_search_terms(" ".join(words)) + terms
