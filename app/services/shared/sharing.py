"""Consent-gated sharing: nothing leaves the vault for a partner without a valid consent
that names that partner (or its category) and covers every document type shared."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound, RelaisError
from app.models.consent import Consent, ConsentState, ConsentStatement
from app.models.partner import Partner
from app.texts import message


class ConsentMissing(RelaisError):
    """Sharing refused; the message says which consent is missing and why."""

    code = "consent.missing"


def find_covering_consent(session: Session, person_id: int, partner: Partner, types: set[str],
                          day: date | None = None) -> Consent | None:
    day = day or date.today()
    consents = session.scalars(
        select(Consent).where(Consent.person_id == person_id).order_by(Consent.given_on.desc(), Consent.id.desc())
    )
    for consent in consents:
        if consent.covers(partner.id, partner.sector, partner.is_gp, types, day):
            return consent
    return None


def require_consent(session: Session, person_id: int, partner_id: int, types: set[str],
                    day: date | None = None) -> ConsentStatement:
    """The consent that allows sharing `types` with the partner today, or ConsentMissing
    with the most useful reason (revoked, expired, lacks a type, none at all)."""
    day = day or date.today()
    partner = session.get(Partner, partner_id)
    if partner is None:
        raise NotFound(what="partner", id=partner_id)
    consent = find_covering_consent(session, person_id, partner, types, day)
    if consent is not None:
        return statement(consent)
    naming = [c for c in session.scalars(select(Consent).where(Consent.person_id == person_id))
              if c.names_recipient(partner.id, partner.sector, partner.is_gp)]
    recipient = partner.display_name
    if not naming:
        raise ConsentMissing("consent.none_for_partner", partner=recipient)
    states = {c.state_on(day) for c in naming}
    if ConsentState.VALID not in states:
        if ConsentState.REVOKED in states:
            raise ConsentMissing("consent.revoked", partner=recipient)
        if ConsentState.EXPIRED in states:
            raise ConsentMissing("consent.expired", partner=recipient)
        raise ConsentMissing("consent.not_yet", partner=recipient)
    covered: set[str] = set()
    for c in naming:
        if c.state_on(day) is ConsentState.VALID:
            covered |= set(c.document_types or [])
    missing = ", ".join(message(f"doctype.{t}") for t in sorted(types - covered))
    raise ConsentMissing("consent.type_missing", partner=recipient, types=missing)


def statement(consent: Consent) -> ConsentStatement:
    return ConsentStatement(consent.id, consent.given_on, consent.form, consent.expires_on,
                            tuple(consent.document_types or []), consent.purpose)


def has_any_valid_consent(session: Session, person_id: int, day: date | None = None) -> bool:
    """For the person header's "consent missing" flag."""
    day = day or date.today()
    return any(c.state_on(day) is ConsentState.VALID
               for c in session.scalars(select(Consent).where(Consent.person_id == person_id)))
