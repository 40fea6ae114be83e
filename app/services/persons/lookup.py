"""One way to name a person from outside the app: the local id (`12`) or the global id
(a gid, the same on every laptop of a team). The command line resolves `--person` here,
and `persons update` sets fields the way an import row gives them."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound, RelaisError
from app.models.person import Person
from app.services.persons.importing import PERSON_COLUMNS
from app.services.persons.records import PersonRecord, PersonService
from app.services.shared.workspace import Workspace

_GID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def resolve_person(session: Session, ref: str | int) -> Person:
    """The person named by `ref`: a local id or a gid (any case). A reference that is
    neither, or names nobody, is refused (`not_found`). The one resolver: the command line,
    the merge and the dismissal of a candidate pair all name persons through it."""
    text = str(ref).strip()
    person = None
    if text.isdigit():
        person = session.get(Person, int(text))
    elif _GID.match(text):
        person = session.scalar(select(Person).where(Person.gid == text.lower()))
    if person is None:
        raise NotFound(what="person", id=text[:60])
    return person


def person_id(ws: Workspace, ref: str | int) -> int:
    """The local id of the person `ref` names (see resolve_person)."""
    with ws.read() as session:
        return resolve_person(session, ref).id


def parse_assignments(pairs: list[str]) -> dict[str, str]:
    """`FIELD=VALUE` pairs; FIELD is a column of the import template (PERSON_COLUMNS)."""
    values: dict[str, str] = {}
    for pair in pairs:
        field, sep, value = pair.partition("=")
        field = field.strip()
        if not sep or field not in PERSON_COLUMNS:
            raise RelaisError("persons.unknown_field", field=field[:40] or pair[:40],
                              allowed=", ".join(PERSON_COLUMNS))
        values[field] = value
    if not values:
        raise RelaisError("persons.nothing_to_set")
    return values


def update_person(ws: Workspace, ref: str | int, pairs: list[str]) -> PersonRecord:
    """Set fields of one person from text, validated as an import row's cells are."""
    values = parse_assignments(pairs)
    return PersonService(ws).update(person_id(ws, ref), values)
