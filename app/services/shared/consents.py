"""Consents: record what the person agreed may be shared, with whom and until when; view,
revoke; and the state the person header shows (none, expired, valid)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from app.errors import FieldError, NotFound, RelaisError, ValidationError
from app.models.consent import Consent, ConsentForm, ConsentState, DocumentType
from app.models.partner import Partner, Sector
from app.models.person import Person, clean_text
from app.models.user import User
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace

# Recipient categories a consent may name instead of one partner.
CATEGORIES = ("gp", *(s.value for s in Sector))
DOCUMENT_TYPES = tuple(t.value for t in DocumentType)
MAX_YEARS = 10
EXPIRING_SOON_DAYS = 30


@dataclass(frozen=True)
class ConsentRow:
    id: int
    partner_id: int | None
    recipient: str             # partner name, or "" for a category (the UI names categories)
    recipient_category: str | None
    document_types: tuple[str, ...]
    purpose: str
    given_on: date
    form: str
    expires_on: date | None
    revoked_on: date | None
    state: str                 # ConsentState on the day asked
    recorded_by: str = ""      # the worker who recorded it


@dataclass(frozen=True)
class ConsentFlag:
    """For the person header: "no consent" or "consent expired" when nothing valid remains;
    "expiring" when the last valid one ends within 30 days."""

    state: str                 # "valid", "none", "expired", "revoked", "expiring"
    expires_on: date | None = None

    @property
    def missing(self) -> bool:
        return self.state in ("none", "expired", "revoked")


def record_consent(ws: Workspace, person_id: int, *, document_types: list[str], partner_id: int | None = None,
                   recipient_category: str | None = None, purpose: str = "", given_on: date | None = None,
                   form: str = ConsentForm.ORAL, expires_on: date | None = None,
                   today: date | None = None) -> int:
    ws.require(Permission.PERSON_EDIT)
    today = today or date.today()
    given_on = given_on or today
    errors: list[FieldError] = []
    if (partner_id is None) == (recipient_category is None):
        errors.append(FieldError("recipient", "consent.recipient_required"))
    if recipient_category is not None and recipient_category not in CATEGORIES:
        errors.append(FieldError("recipient", "choice.invalid", {"value": str(recipient_category)[:40]}))
    types = list(dict.fromkeys(document_types or []))
    if not types:
        errors.append(FieldError("document_types", "consent.types_required"))
    for t in types:
        if t not in DOCUMENT_TYPES:
            errors.append(FieldError("document_types", "choice.invalid", {"value": str(t)[:40]}))
    if form not in {f.value for f in ConsentForm}:
        errors.append(FieldError("form", "choice.invalid", {"value": str(form)[:40]}))
    if given_on > today:
        errors.append(FieldError("given_on", "date.future"))
    if expires_on is not None and expires_on <= given_on:
        errors.append(FieldError("expires_on", "consent.expiry_before_given"))
    if expires_on is not None and expires_on > given_on + timedelta(days=365 * MAX_YEARS + 3):
        errors.append(FieldError("expires_on", "consent.expiry_too_far", {"years": MAX_YEARS}))
    with ws.unit() as session:
        if session.get(Person, person_id) is None:
            raise NotFound(what="person", id=person_id)
        if partner_id is not None and session.get(Partner, partner_id) is None:
            errors.append(FieldError("recipient", "consent.partner_unknown"))
        if errors:
            raise ValidationError(errors, "consent")
        consent = Consent(person_id=person_id, partner_id=partner_id, recipient_category=recipient_category,
                          document_types=types, purpose=clean_text(purpose, 2000), given_on=given_on,
                          form=form, expires_on=expires_on, recorded_by=ws.user.id)
        session.add(consent)
        session.flush()
        ws.audit(session, "consent.recorded", "consent", consent.id, person_id=person_id, partner_id=partner_id)
        return consent.id


def revoke_consent(ws: Workspace, consent_id: int, on: date | None = None, note: str = "",
                   today: date | None = None) -> None:
    """The person withdraws a consent; from that day nothing more is shared under it."""
    ws.require(Permission.PERSON_EDIT)
    today = today or date.today()
    on = on or today
    with ws.unit() as session:
        consent = session.get(Consent, consent_id)
        if consent is None:
            raise NotFound(what="consent", id=consent_id)
        if consent.revoked_on is not None:
            raise RelaisError("consent.already_revoked")
        if on > today:
            raise ValidationError([FieldError("revoked_on", "date.future")], "consent")
        if on < consent.given_on:
            raise ValidationError([FieldError("revoked_on", "consent.revoked_before_given")], "consent")
        consent.revoked_on = on
        consent.revocation_note = clean_text(note, 2000)
        ws.audit(session, "consent.revoked", "consent", consent_id, person_id=consent.person_id)


def list_consents(ws: Workspace, person_id: int, today: date | None = None) -> list[ConsentRow]:
    ws.require(Permission.PERSON_READ)
    today = today or date.today()
    with ws.unit() as session:
        names = {pid: (org, service) for pid, org, service in
                 session.execute(select(Partner.id, Partner.organisation, Partner.service_name))}
        workers = {uid: display or name for uid, name, display in
                   session.execute(select(User.id, User.name, User.display_name))}
        rows = []
        for c in session.scalars(select(Consent).where(Consent.person_id == person_id)
                                 .order_by(Consent.given_on.desc(), Consent.id.desc())):
            recipient = ""
            if c.partner_id is not None:
                org, service = names.get(c.partner_id, ("", ""))
                recipient = f"{org} — {service}" if service else org
            rows.append(ConsentRow(c.id, c.partner_id, recipient, c.recipient_category,
                                   tuple(c.document_types or []), c.purpose, c.given_on, c.form, c.expires_on,
                                   c.revoked_on, c.state_on(today).value,
                                   workers.get(c.recorded_by, "") if c.recorded_by is not None else ""))
        ws.audit(session, "consents.viewed", "person", person_id)
        return rows


def consent_flag(ws: Workspace, person_id: int, today: date | None = None) -> ConsentFlag:
    ws.require(Permission.PERSON_READ)
    today = today or date.today()
    with ws.read() as session:
        consents = list(session.scalars(select(Consent).where(Consent.person_id == person_id)))
    return flag_for(consents, today)


def flag_for(consents: list[Consent], today: date) -> ConsentFlag:
    if not consents:
        return ConsentFlag("none")
    states = [c.state_on(today) for c in consents]
    valid = [c for c, s in zip(consents, states, strict=True) if s is ConsentState.VALID]
    if valid:
        ends = [c.expires_on for c in valid]
        if any(e is None for e in ends):
            return ConsentFlag("valid")
        last = max(e for e in ends if e is not None)
        if last - today <= timedelta(days=EXPIRING_SOON_DAYS):
            return ConsentFlag("expiring", last)
        return ConsentFlag("valid", last)
    if ConsentState.EXPIRED in states:
        return ConsentFlag("expired")
    if ConsentState.REVOKED in states:
        return ConsentFlag("revoked")
    return ConsentFlag("none")


# -- what a refused sharing needs, and extending a consent ----------------------------------

@dataclass(frozen=True)
class ConsentGap:
    """What stops sharing `needed` with one partner, and the shortest way to fix it: extend
    the person's valid consent for this very partner (`extend_id`), or record a new one.
    `to_tick` is exactly what the consent form should tick: the types the extended consent
    lacks, or every needed type for a new consent (one consent must cover the whole sharing)."""

    partner_id: int
    needed: tuple[str, ...]
    to_tick: tuple[str, ...]
    extend_id: int | None = None
    extend_types: tuple[str, ...] = ()          # what the consent to extend already covers


def consent_gap(ws: Workspace, person_id: int, partner_id: int, types: set[str] | list[str],
                today: date | None = None) -> ConsentGap | None:
    """None when a valid consent already covers sharing these types with the partner."""
    ws.require(Permission.PERSON_READ)
    today = today or date.today()
    needed = tuple(t for t in DOCUMENT_TYPES if t in set(types))
    with ws.read() as session:
        partner = session.get(Partner, partner_id)
        if partner is None:
            raise NotFound(what="partner", id=partner_id)
        consents = list(session.scalars(select(Consent).where(Consent.person_id == person_id)
                                        .order_by(Consent.given_on.desc(), Consent.id.desc())))
        if any(c.covers(partner.id, partner.sector, partner.is_gp, set(needed), today) for c in consents):
            return None
        own = [c for c in consents if c.partner_id == partner_id and c.state_on(today) is ConsentState.VALID]
        if own:
            best = max(own, key=lambda c: (len(set(needed) & set(c.document_types or [])), c.given_on, c.id))
            have = set(best.document_types or [])
            return ConsentGap(partner_id, needed, tuple(t for t in needed if t not in have), best.id,
                              tuple(t for t in DOCUMENT_TYPES if t in have))
        return ConsentGap(partner_id, needed, needed)


def extend_consent(ws: Workspace, consent_id: int, document_types: list[str], expires_on: date | None = None,
                   today: date | None = None) -> list[str]:
    """The person agrees to share more with the same recipient: add types to their valid
    consent instead of recording a second, overlapping one (a later expiry may be set at the
    same time). Returns the types added. Audited; the change syncs like any other write."""
    ws.require(Permission.PERSON_EDIT)
    today = today or date.today()
    with ws.unit() as session:
        consent = session.get(Consent, consent_id)
        if consent is None:
            raise NotFound(what="consent", id=consent_id)
        state = consent.state_on(today)
        if state is not ConsentState.VALID:
            raise RelaisError("consent.not_extendable")
        errors: list[FieldError] = []
        have = list(consent.document_types or [])
        unknown = [t for t in document_types if t not in DOCUMENT_TYPES]
        if unknown:
            errors.append(FieldError("document_types", "choice.invalid", {"value": str(unknown[0])[:40]}))
        added = [t for t in dict.fromkeys(document_types) if t in DOCUMENT_TYPES and t not in have]
        later = expires_on is not None and expires_on != consent.expires_on
        if not added and not later and not errors:
            errors.append(FieldError("document_types", "consent.nothing_to_add"))
        if later and expires_on is not None:
            if expires_on <= today:
                errors.append(FieldError("expires_on", "consent.expiry_before_given"))
            elif expires_on > consent.given_on + timedelta(days=365 * MAX_YEARS + 3):
                errors.append(FieldError("expires_on", "consent.expiry_too_far", {"years": MAX_YEARS}))
        if errors:
            raise ValidationError(errors, "consent")
        consent.document_types = have + added       # a new list: the JSON column sees the change
        if later:
            consent.expires_on = expires_on
        ws.audit(session, "consent.extended", "consent", consent_id, person_id=consent.person_id,
                 partner_id=consent.partner_id, added=",".join(added),
                 expires_on=expires_on.isoformat() if later and expires_on else "")
        return added
