"""Referrals: create with a criteria check, follow the status with dates, remind, list what
is pending; send the letter (consent-gated, through documents.produce); the partners
involved in a person's care for the bilan and the header."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from app.errors import FieldError, NotFound, RelaisError, ValidationError
from app.models.consent import DocumentType
from app.models.document import Document
from app.models.instruments import life_domains
from app.models.partner import Partner
from app.models.person import Person, clean_text, display_name, person_workers
from app.models.referral import (
    CLOSED,
    SHAREABLE_TYPES,
    Referral,
    ReferralEvent,
    ReferralStatus,
    Urgency,
    can_move,
    pending_referral_condition,
)
from app.services.bilan.pdf import BILAN_PDF
from app.services.partners.directory import check_criteria
from app.services.referrals.letter import LETTER_PDF
from app.services.shared.consents import ConsentGap, consent_gap
from app.services.shared.documents import PdfRequest, produce_document
from app.services.shared.permissions import Permission
from app.services.shared.sharing import (
    ConsentMissing,
    find_covering_consent,
    require_consent,
)
from app.services.shared.workspace import Workspace

MAX_TEXT = 20000
DEFAULT_FOLLOW_UP_DAYS = 14


@dataclass(frozen=True)
class ReferralEventRow:
    status: str
    on: date
    note: str


@dataclass(frozen=True)
class ReferralRow:
    id: int
    person_id: int
    partner_id: int | None
    partner_name: str
    reason_domain: str
    reason: str
    request: str
    urgency: str
    shared_types: tuple[str, ...]
    status: str
    status_on: date
    sent_on: date | None
    follow_up_on: date | None
    criteria_override: str
    consent_id: int | None
    letter_document_id: int | None
    events: tuple[ReferralEventRow, ...]

    def next_statuses(self) -> list[str]:
        """Statuses a user may set by hand; "sent" only comes from sending the letter."""
        return [s.value for s in ReferralStatus if can_move(self.status, s) and s is not ReferralStatus.SENT]


@dataclass(frozen=True)
class PendingReferral:
    referral_id: int
    person_id: int
    person_name: str
    partner_name: str
    status: str
    urgency: str
    sent_on: date
    days_waiting: int
    follow_up_on: date | None
    follow_up_due: bool


# -- validation -------------------------------------------------------------------------------
def _validate(values: dict, today: date) -> tuple[dict, list[FieldError]]:
    errors: list[FieldError] = []
    clean: dict = {}
    clean["reason"] = clean_text(values.get("reason"), MAX_TEXT)
    clean["request"] = clean_text(values.get("request"), MAX_TEXT)
    if not clean["reason"]:
        errors.append(FieldError("reason", "referrals.reason_required"))
    domain = clean_text(values.get("reason_domain"), 40)
    if domain and domain not in {d.id for d in life_domains()}:
        errors.append(FieldError("reason_domain", "choice.invalid", {"value": domain}))
    clean["reason_domain"] = domain
    urgency = values.get("urgency") or Urgency.ROUTINE.value
    if urgency not in {u.value for u in Urgency}:
        errors.append(FieldError("urgency", "choice.invalid", {"value": str(urgency)[:40]}))
    clean["urgency"] = urgency
    shared = list(dict.fromkeys(values.get("shared_types") or []))
    for t in shared:
        if t not in SHAREABLE_TYPES:
            errors.append(FieldError("shared_types", "choice.invalid", {"value": str(t)[:40]}))
    clean["shared_types"] = shared
    follow = values.get("follow_up_on")
    if follow is not None and not isinstance(follow, date):
        errors.append(FieldError("follow_up_on", "date.format"))
        follow = None
    if follow is not None and not (today - timedelta(days=366) <= follow <= today + timedelta(days=731)):
        errors.append(FieldError("follow_up_on", "referrals.follow_up_range"))
    clean["follow_up_on"] = follow
    clean["criteria_override"] = clean_text(values.get("criteria_override"), MAX_TEXT)
    return clean, errors


def _criteria_errors(ws: Workspace, person_id: int, partner_id: int, override: str,
                     today: date) -> list[FieldError]:
    check = check_criteria(ws, person_id, partner_id, today)
    if check.warnings and not override:
        return [FieldError("criteria_override", "referrals.override_reason_required",
                           {"count": len(check.warnings)})]
    return []


# -- writing ----------------------------------------------------------------------------------
def create_referral(ws: Workspace, person_id: int, partner_id: int, values: dict,
                    today: date | None = None) -> int:
    """A draft referral. Where the person does not meet the partner's criteria, a stated
    reason (criteria_override) is required; it is printed in the letter."""
    ws.require(Permission.CLINICAL_WRITE)
    today = today or date.today()
    clean, errors = _validate(values, today)
    with ws.read() as session:
        if session.get(Person, person_id) is None:
            raise NotFound(what="person", id=person_id)
        partner = session.get(Partner, partner_id)
        if partner is None:
            raise NotFound(what="partner", id=partner_id)
    errors += _criteria_errors(ws, person_id, partner_id, clean["criteria_override"], today)
    if errors:
        raise ValidationError(errors, "referrals")
    with ws.unit() as session:
        partner = session.get(Partner, partner_id)
        if partner is None:  # removed (by a sync) since the check above
            raise NotFound(what="partner", id=partner_id)
        consent = find_covering_consent(session, person_id, partner, _types(clean["shared_types"]), today)
        referral = Referral(person_id=person_id, partner_id=partner_id, partner_name=partner.display_name,
                            status=ReferralStatus.DRAFT, status_on=today, created_by=ws.user.id,
                            consent_id=consent.id if consent else None, **clean)
        referral.events.append(ReferralEvent(status=ReferralStatus.DRAFT, on=today, user_id=ws.user.id))
        session.add(referral)
        session.flush()
        ws.audit(session, "referral.created", "referral", referral.id, person_id=person_id, partner_id=partner_id)
        return referral.id


def update_referral(ws: Workspace, referral_id: int, values: dict, today: date | None = None) -> None:
    """Edit a draft. Once sent, the letter is what the partner received: only the status and
    the follow-up date change after that."""
    ws.require(Permission.CLINICAL_WRITE)
    today = today or date.today()
    with ws.read() as session:
        referral = _get(session, referral_id)
        person_id, partner_id, status = referral.person_id, referral.partner_id, referral.status
    if status != ReferralStatus.DRAFT:
        raise RelaisError("referrals.not_draft")
    clean, errors = _validate(values, today)
    if partner_id is not None:
        errors += _criteria_errors(ws, person_id, partner_id, clean["criteria_override"], today)
    if errors:
        raise ValidationError(errors, "referrals")
    with ws.unit() as session:
        referral = _get(session, referral_id)
        changed = sorted(k for k, v in clean.items() if getattr(referral, k) != v)
        for key, value in clean.items():
            setattr(referral, key, value)
        if changed:
            ws.audit(session, "referral.changed", "referral", referral_id, person_id=person_id, fields=changed)


def set_follow_up(ws: Workspace, referral_id: int, follow_up_on: date | None, today: date | None = None) -> None:
    ws.require(Permission.CLINICAL_WRITE)
    today = today or date.today()
    if follow_up_on is not None and not (today - timedelta(days=366) <= follow_up_on <= today + timedelta(days=731)):
        raise ValidationError([FieldError("follow_up_on", "referrals.follow_up_range")], "referrals")
    with ws.unit() as session:
        referral = _get(session, referral_id)
        referral.follow_up_on = follow_up_on
        ws.audit(session, "referral.follow_up_set", "referral", referral_id, person_id=referral.person_id)


def change_status(ws: Workspace, referral_id: int, new_status: str, on: date | None = None, note: str = "",
                  today: date | None = None) -> None:
    """Record the partner's answer or the course of the referral, dated; transitions follow
    the referral's life (a refused or ended referral stays closed)."""
    ws.require(Permission.CLINICAL_WRITE)
    today = today or date.today()
    on = on or today
    with ws.unit() as session:
        referral = _get(session, referral_id)
        if new_status == ReferralStatus.SENT:
            raise RelaisError("referrals.send_with_letter")
        if new_status not in {s.value for s in ReferralStatus} or not can_move(referral.status, new_status):
            raise RelaisError("referrals.transition", current=referral.status, new=str(new_status)[:40])
        if on > today:
            raise ValidationError([FieldError("status_on", "date.future")], "referrals")
        if on < referral.status_on:
            raise ValidationError([FieldError("status_on", "referrals.date_before_previous")], "referrals")
        referral.status, referral.status_on = new_status, on
        if new_status in CLOSED or new_status == ReferralStatus.STARTED:
            referral.follow_up_on = None
        referral.events.append(ReferralEvent(status=new_status, on=on, note=clean_text(note, 2000),
                                             user_id=ws.user.id))
        ws.audit(session, "referral.status", "referral", referral_id, person_id=referral.person_id,
                 status=new_status)


def delete_draft(ws: Workspace, referral_id: int) -> None:
    ws.require(Permission.CLINICAL_WRITE)
    with ws.unit() as session:
        referral = _get(session, referral_id)
        if referral.status != ReferralStatus.DRAFT:
            raise RelaisError("referrals.not_draft")
        session.delete(referral)
        ws.audit(session, "referral.deleted", "referral", referral_id, person_id=referral.person_id)


def send(ws: Workspace, referral_id: int, today: date | None = None) -> int:
    """Produce the letter for the partner and mark the referral sent. Refused, with the
    missing consent named, when no valid consent covers the letter and what it carries —
    also when the consent valid at drafting has since been revoked or has expired."""
    ws.require(Permission.SHARE)
    today = today or date.today()
    with ws.read() as session:
        referral = _get(session, referral_id)
        if referral.status != ReferralStatus.DRAFT:
            raise RelaisError("referrals.not_draft")
        if referral.partner_id is None:
            raise RelaisError("referrals.partner_removed")
        person_id, partner_id = referral.person_id, referral.partner_id
        extra = set(referral.shared_types or [])
    # Check the consent for everything the letter carries before producing anything, so a
    # refusal leaves no document behind (the attached bilan is produced first).
    try:
        with ws.read() as session:
            require_consent(session, person_id, partner_id, _types(sorted(extra)))
    except ConsentMissing:
        with ws.unit() as session:  # its own transaction: the refusal must stay in the audit trail
            ws.audit(session, "share.refused", "person", person_id, kind="letter", partner_id=partner_id)
        raise
    if DocumentType.BILAN in extra:
        produce_document(ws, BILAN_PDF, PdfRequest(person_id, partner_id))
    request = PdfRequest(person_id, partner_id, options={"referral_id": referral_id})
    letter_id = produce_document(ws, LETTER_PDF, request, extra_types=extra)
    with ws.unit() as session:
        referral = _get(session, referral_id)
        letter = session.get_one(Document, letter_id)  # produced just above
        referral.letter_document_id = letter_id
        referral.consent_id = letter.consent_id
        referral.status, referral.status_on, referral.sent_on = ReferralStatus.SENT, today, today
        referral.follow_up_on = referral.follow_up_on or today + timedelta(days=DEFAULT_FOLLOW_UP_DAYS)
        referral.events.append(ReferralEvent(status=ReferralStatus.SENT, on=today, user_id=ws.user.id))
        ws.audit(session, "referral.sent", "referral", referral_id, person_id=person_id, partner_id=partner_id,
                 document_id=letter_id)
    return letter_id


def consent_gap_for(ws: Workspace, referral_id: int, today: date | None = None) -> ConsentGap | None:
    """What consent sending this referral still needs: the form to open from a refusal."""
    ws.require(Permission.CLINICAL_READ)
    with ws.read() as session:
        referral = _get(session, referral_id)
        if referral.partner_id is None:
            raise RelaisError("referrals.partner_removed")
        person_id, partner_id = referral.person_id, referral.partner_id
        types = _types(sorted(set(referral.shared_types or [])))
    return consent_gap(ws, person_id, partner_id, types, today)


def preview_letter(ws: Workspace, referral_id: int) -> int:
    """An internal copy of the letter, in the partner's language, to read before sending."""
    ws.require(Permission.CLINICAL_READ)
    with ws.read() as session:
        referral = _get(session, referral_id)
        partner = session.get(Partner, referral.partner_id) if referral.partner_id else None
        request = PdfRequest(referral.person_id, None, partner.letter_language if partner else None,
                             options={"referral_id": referral_id})
    return produce_document(ws, LETTER_PDF, request)


# -- reading ----------------------------------------------------------------------------------
def list_referrals(ws: Workspace, person_id: int) -> list[ReferralRow]:
    ws.require(Permission.CLINICAL_READ)
    with ws.unit() as session:
        rows = [_row(r) for r in session.scalars(
            select(Referral).where(Referral.person_id == person_id).order_by(Referral.created_at.desc(),
                                                                            Referral.id.desc()))]
        ws.audit(session, "referrals.viewed", "person", person_id)
        return rows


def get_referral(ws: Workspace, referral_id: int) -> ReferralRow:
    ws.require(Permission.CLINICAL_READ)
    with ws.read() as session:
        return _row(_get(session, referral_id))


def pending_referrals(ws: Workspace, today: date | None = None, mine_only: bool = False) -> list[PendingReferral]:
    """The caseload list: the pending referrals (app.models.referral.pending_referral_condition,
    as the dashboard counts them), the longest wait first."""
    ws.require(Permission.CLINICAL_READ)
    today = today or date.today()
    query = (select(Referral.id, Referral.person_id, Person.given_names, Person.family_name, Person.alias,
                    Referral.partner_name, Referral.status, Referral.urgency, Referral.sent_on,
                    Referral.status_on, Referral.follow_up_on)
             .join(Person, Person.id == Referral.person_id)
             .where(pending_referral_condition()))
    if mine_only:
        query = query.join(person_workers, person_workers.c.person_id == Person.id) \
            .where(person_workers.c.user_id == ws.user.id)
    rows = []
    with ws.read() as session:
        for rid, pid, given, family, alias, partner, status, urgency, sent_on, status_on, follow in \
                session.execute(query):
            since = sent_on or status_on
            rows.append(PendingReferral(rid, pid, display_name(given, family, alias), partner, status, urgency,
                                        since, max((today - since).days, 0), follow,
                                        follow is not None and follow <= today))
    rows.sort(key=lambda r: (-r.days_waiting, r.referral_id))
    return rows


def due_reminders(ws: Workspace, today: date | None = None) -> list[PendingReferral]:
    """Pending referrals whose follow-up date has come: time to call the partner."""
    return [r for r in pending_referrals(ws, today) if r.follow_up_due]


# -- the letter -------------------------------------------------------------------------------
def _types(shared: list[str]) -> set[str]:
    return {DocumentType.REFERRAL_LETTER.value, *shared}


def _row(r: Referral) -> ReferralRow:
    return ReferralRow(r.id, r.person_id, r.partner_id, r.partner_name, r.reason_domain, r.reason, r.request,
                       r.urgency, tuple(r.shared_types or []), r.status, r.status_on, r.sent_on, r.follow_up_on,
                       r.criteria_override, r.consent_id, r.letter_document_id,
                       tuple(ReferralEventRow(e.status, e.on, e.note) for e in r.events))


def _get(session, referral_id: int) -> Referral:
    referral = session.get(Referral, referral_id)
    if referral is None:
        raise NotFound(what="referral", id=referral_id)
    return referral
