"""The warning flags of the person-file header: no NISS, no fixed address, no insurance,
consent missing. Read without an audit event, like the person list: opening the file is
already audited by the Overview's view of the identity."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.errors import NotFound
from app.models.person import Housing, Insurance, Person
from app.services.permissions import Permission
from app.services.sharing import has_any_valid_consent
from app.services.workspace import Workspace

FLAGS = ("no_niss", "no_fixed_address", "no_insurance", "consent_missing")


def person_flags(ws: Workspace, person_id: int, day: date | None = None) -> list[str]:
    ws.require(Permission.PERSON_READ)
    with ws.read() as session:
        row = session.execute(
            select(Person.niss, Person.housing, Person.insurance).where(Person.id == person_id)
        ).one_or_none()
        if row is None:
            raise NotFound(what="person", id=person_id)
        niss, housing, insurance = row
        flags = []
        if not niss:
            flags.append("no_niss")
        if housing == Housing.NO_FIXED_ADDRESS:
            flags.append("no_fixed_address")
        if insurance == Insurance.NONE:
            flags.append("no_insurance")
        if not has_any_valid_consent(session, person_id, day):
            flags.append("consent_missing")
        return flags
