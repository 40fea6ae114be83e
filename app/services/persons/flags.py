"""The warning flags of the person-file header: no NISS, no fixed address, no insurance,
consent missing / expired / revoked / expiring soon, care-plan review or actions overdue,
in a hospital or residential stay now, a care-plan review proposed after a discharge. Read without
an audit event, like the person list: opening the file is already audited by the Overview's view of
the identity."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.errors import NotFound
from app.models.consent import Consent
from app.models.person import Housing, Insurance, Person
from app.services.careplan import overdue_flags
from app.services.shared.consents import flag_for
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace
from app.services.stays import current_stay, review_proposal

FLAGS = ("no_niss", "no_fixed_address", "no_insurance", "consent_missing", "consent_expired",
         "consent_revoked", "consent_expiring", "review_overdue", "actions_overdue", "in_stay",
         "review_after_discharge")

_CONSENT_FLAGS = {"none": "consent_missing", "expired": "consent_expired", "revoked": "consent_revoked",
                  "expiring": "consent_expiring"}


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
        consents = list(session.scalars(select(Consent).where(Consent.person_id == person_id)))
    consent = _CONSENT_FLAGS.get(flag_for(consents, day or date.today()).state)
    if consent:
        flags.append(consent)
    overdue = overdue_flags(ws, person_id, day)
    if overdue.review_overdue:
        flags.append("review_overdue")
    if overdue.overdue_actions:
        flags.append("actions_overdue")
    if current_stay(ws, person_id, day) is not None:
        flags.append("in_stay")
    elif review_proposal(ws, person_id, day) is not None:
        flags.append("review_after_discharge")
    return flags
