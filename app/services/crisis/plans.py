"""Joint crisis plans: write with the person, agree, start a new version, print.

Roles: every worker reads the plan (PERSON_READ: in a crisis, whoever answers must see it);
writing and agreeing need CLINICAL_WRITE. Versions as in app/models/crisis.py: editing an
agreed version starts a new draft that copies it and supersedes it.

Printing (`crisisplan` PDF kind): variant "person" (one page, default), "card" (pocket card,
A6) or "partner". For a partner (any variant with a recipient) the person's consent to that
crisis partner must be recorded in the plan itself, besides the consent register check
(the care-plan type) done by produce_document.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound, RelaisError, ValidationError
from app.models.consent import ConsentStatement
from app.models.crisis import SECTIONS, CrisisPlan, CrisisPlanVersion, validate_sections
from app.models.partner import Partner
from app.models.person import Person
from app.reports.crisisplan_data import PrintedCrisisPartner, PrintedCrisisPlan
from app.services.shared.documents import BuiltPdf, PdfKind, PdfRequest
from app.services.shared.permissions import Permission
from app.services.shared.profile import get_letterhead
from app.services.shared.workspace import Workspace
from app.store.base import utcnow
from app.texts import current_language

VARIANTS = ("person", "card", "partner")


@dataclass(frozen=True)
class CrisisPlanView:
    version_id: int
    person_id: int
    number: int
    sections: dict[str, str]
    partner_ids: tuple[int, ...]
    agreed_on: date | None
    superseded: bool

    @property
    def is_draft(self) -> bool:
        return self.agreed_on is None


def _plan(session: Session, person_id: int) -> CrisisPlan | None:
    return session.scalars(select(CrisisPlan).where(CrisisPlan.person_id == person_id)).first()


def _current(session: Session, plan: CrisisPlan) -> CrisisPlanVersion:
    version = session.scalars(select(CrisisPlanVersion).where(CrisisPlanVersion.plan_id == plan.id,
                                                              CrisisPlanVersion.superseded_at.is_(None))
                              .order_by(CrisisPlanVersion.number.desc())).first()
    if version is None:     # a plan is created with its first version; only a damaged vault has none
        raise NotFound(what="crisis plan version", id=plan.id)
    return version


def _partner_ids(session: Session, gids: list[str]) -> tuple[int, ...]:
    if not gids:
        return ()
    return tuple(session.scalars(select(Partner.id).where(Partner.gid.in_(gids)).order_by(Partner.id)))


def _view(session: Session, person_id: int, v: CrisisPlanVersion) -> CrisisPlanView:
    return CrisisPlanView(v.id, person_id, v.number, {k: getattr(v, k) or "" for k in SECTIONS},
                          _partner_ids(session, list(v.partner_gids or [])), v.agreed_on, v.superseded_at is not None)


def current_plan(ws: Workspace, person_id: int) -> CrisisPlanView | None:
    ws.require(Permission.PERSON_READ)
    with ws.read() as session:
        plan = _plan(session, person_id)
        if plan is None:
            return None
        return _view(session, person_id, _current(session, plan))


def history(ws: Workspace, person_id: int) -> list[CrisisPlanView]:
    """Every version, latest first."""
    ws.require(Permission.PERSON_READ)
    with ws.read() as session:
        plan = _plan(session, person_id)
        if plan is None:
            return []
        return [_view(session, person_id, v) for v in sorted(plan.versions, key=lambda v: -v.number)]


def save_plan(ws: Workspace, person_id: int, sections: dict, partner_ids: list[int] | None = None) -> int:
    """Write the plan's words (and the crisis partners consented to). On a draft, changes it;
    on an agreed version, starts the next version (a copy) and supersedes the agreed one.
    Returns the id of the version written."""
    ws.require(Permission.CLINICAL_WRITE)
    clean, errors = validate_sections(sections)
    if errors:
        raise ValidationError(errors, "crisis")
    with ws.unit() as session:
        if session.get(Person, person_id) is None:
            raise NotFound(what="person", id=person_id)
        gids = None
        if partner_ids is not None:
            gids = []
            for pid in dict.fromkeys(partner_ids):
                partner = session.get(Partner, pid)
                if partner is None:
                    raise NotFound(what="partner", id=pid)
                gids.append(partner.gid)
        plan = _plan(session, person_id)
        if plan is None:
            plan = CrisisPlan(person_id=person_id)
            session.add(plan)
            session.flush()
            version = CrisisPlanVersion(plan_id=plan.id, number=1, created_by=ws.user.id, partner_gids=[],
                                        **{k: "" for k in SECTIONS})
            session.add(version)
        else:
            version = _current(session, plan)
            if not version.is_draft:
                previous = version
                version = CrisisPlanVersion(plan_id=plan.id, number=previous.number + 1, created_by=ws.user.id,
                                            partner_gids=list(previous.partner_gids or []),
                                            **{k: getattr(previous, k) for k in SECTIONS})
                previous.superseded_at = utcnow()
                session.flush()
                session.add(version)
        for key, value in clean.items():
            setattr(version, key, value)
        if gids is not None:
            version.partner_gids = gids
        session.flush()
        ws.audit(session, "crisis.saved", "person", person_id, version_id=version.id, number=version.number)
        return version.id


def agree(ws: Workspace, version_id: int, agreed_on: date, today: date | None = None) -> None:
    ws.require(Permission.CLINICAL_WRITE)
    today = today or date.today()
    if agreed_on > today:
        raise RelaisError("crisis.agreed_in_future")
    with ws.unit() as session:
        version = session.get(CrisisPlanVersion, version_id)
        if version is None:
            raise NotFound(what="crisis plan", id=version_id)
        if version.superseded_at is not None or version.agreed_on is not None:
            raise RelaisError("crisis.already_agreed", number=version.number)
        if not any((getattr(version, k) or "").strip() for k in SECTIONS):
            raise RelaisError("crisis.empty")
        version.agreed_on = agreed_on
        ws.audit(session, "crisis.agreed", "person", version.plan.person_id, version_id=version_id)


def build_crisis_pdf(ws: Workspace, request: PdfRequest, consent: ConsentStatement | None) -> BuiltPdf:
    ws.require(Permission.PERSON_READ)
    lang = request.language if request.language in ("fr", "nl", "en") else current_language()
    variant = request.variant or ("partner" if request.partner_id is not None else "person")
    if variant not in VARIANTS:
        raise RelaisError("crisis.variant_unknown", variant=variant[:20])
    if variant == "partner" and request.partner_id is None:
        raise RelaisError("crisis.partner_required")
    refused, break_out = "", False
    with ws.read() as session:
        person = session.get(Person, request.person_id)
        if person is None:
            raise NotFound(what="person", id=request.person_id)
        plan = _plan(session, request.person_id)
        if plan is None:
            raise RelaisError("crisis.none")
        version = _current(session, plan)
        consented = list(version.partner_gids or [])
        if request.partner_id is not None:
            recipient = session.get(Partner, request.partner_id)
            if recipient is None or recipient.gid not in consented:
                refused = recipient.display_name if recipient else str(request.partner_id)
                break_out = True
        partners = tuple(PrintedCrisisPartner(p.display_name, p.phone or "") for p in session.scalars(
            select(Partner).where(Partner.gid.in_(consented)).order_by(Partner.organisation)))
        if break_out:
            printed = None
        else:
            printed = PrintedCrisisPlan(person.display_name, person.birth_year, version.number, version.agreed_on,
                                        {k: getattr(version, k) or "" for k in SECTIONS}, partners, ws.user.label)
        version_id = version.id
    with ws.unit() as session:
        if printed is None:
            ws.audit(session, "share.refused", "person", request.person_id, kind="crisisplan",
                     partner_id=request.partner_id, reason="crisis_partner_not_consented")
        else:
            ws.audit(session, "crisis.printed", "person", request.person_id, version_id=version_id, variant=variant)
    if printed is None:
        raise RelaisError("crisis.partner_not_consented", partner=refused)
    from app.reports.crisisplan import PartnerCrisisPlan, PersonCrisisPlan, PocketCrisisCard  # ReportLab

    renderer_class = {"person": PersonCrisisPlan, "card": PocketCrisisCard, "partner": PartnerCrisisPlan}[variant]
    renderer = renderer_class(lang, get_letterhead(ws), printed, consent)
    return BuiltPdf(renderer.title, renderer.render(), lang)


CRISIS_PDF = PdfKind("crisisplan", build_crisis_pdf, frozenset({"care_plan"}), Permission.PERSON_READ)
