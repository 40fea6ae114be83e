"""The referral letter: what the partner receives, limited to what the person's consent covers."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import select

from app.errors import NotFound, RelaisError
from app.models.consent import DocumentType
from app.models.instruments import life_domain_label
from app.models.partner import Partner
from app.models.person import Housing, Person
from app.models.referral import CLOSED, Referral
from app.reports.glossary import language_names
from app.reports.labels import Labels, short_date
from app.reports.letter_data import LetterData, Recipient
from app.services.cansas.assessments import latest_needs_summary
from app.services.careplan import current_goals
from app.services.shared.documents import BuiltPdf, PdfKind, PdfRequest
from app.services.shared.profile import get_letterhead
from app.services.shared.sharing import ConsentMissing
from app.services.shared.workspace import Workspace


def build_letter_pdf(ws: Workspace, request: PdfRequest, consent) -> BuiltPdf:
    """The referral letter for request.options["referral_id"]; without it (the CLI's
    `pdf letter --partner ID`), the person's latest draft or open referral to that partner."""
    lang = request.language or "fr"
    with ws.read() as session:
        referral = _letter_referral(session, request)
        person = session.get_one(Person, referral.person_id)  # the referral's person: a required foreign key
        partner = session.get(Partner, referral.partner_id) if referral.partner_id else None
        shared = set(referral.shared_types or [])
        if consent is not None and not shared <= set(consent.document_types):
            # produce_document checked the letter type (and extra_types when sent from here);
            # called without them (`pdf letter --partner`), the letter must still carry
            # nothing the consent does not cover.
            _refuse_uncovered(ws, request, partner, shared - set(consent.document_types))
        # An internal copy shows what would be shared; a copy for a partner only what the consent covers.
        identity_shared = DocumentType.IDENTITY in shared
        data = LetterData(
            recipient=Recipient(partner.organisation, partner.service_name, partner.contact_person, partner.address)
            if partner else Recipient(referral.partner_name),
            person_name=person.display_name if identity_shared else _initials(person),
            urgency=referral.urgency, request=referral.request, reason=referral.reason,
            domain_label=life_domain_label(referral.reason_domain, lang) if referral.reason_domain else "",
            birth=_birth(person, lang) if identity_shared else (str(person.birth_year or "")),
            identity=_identity(session, person, lang) if identity_shared else (),
            identity_shared=identity_shared, criteria_override=referral.criteria_override,
            needs_shared=DocumentType.NEEDS_SUMMARY in shared, goals_shared=DocumentType.CARE_PLAN in shared,
            bilan_attached=DocumentType.BILAN in shared, day=date.today(),
            needs=None, goals=(),
        )
    if data.needs_shared:
        needs = latest_needs_summary(ws, request.person_id)
        if needs is not None:
            data = replace(data, needs={"date": needs.assessed_on, "met": needs.met, "unmet": needs.unmet,
                                         "unmet_labels": [life_domain_label(d, lang) for d in needs.unmet_domains]})
    if data.goals_shared:
        goals = current_goals(ws, request.person_id)
        data = replace(data, goals=tuple(g.text for g in goals if g.status == "open"))
    from app.reports.letter import ReferralLetter  # ReportLab: loaded when a letter is made

    renderer = ReferralLetter(lang, get_letterhead(ws), data, consent)
    return BuiltPdf(f"{renderer.title} — {data.recipient.organisation}", renderer.render(), renderer.lang)


def _refuse_uncovered(ws: Workspace, request: PdfRequest, partner: Partner | None, missing: set[str]) -> None:
    with ws.unit() as session:
        ws.audit(session, "share.refused", "person", request.person_id, kind="letter", partner_id=request.partner_id)
    raise ConsentMissing("consent.type_missing", partner=partner.display_name if partner else "",
                         types=", ".join(sorted(missing)))


def _letter_referral(session, request: PdfRequest) -> Referral:
    rid = request.options.get("referral_id")
    if rid is not None:
        referral = session.get(Referral, rid)
        if referral is None or referral.person_id != request.person_id:
            raise NotFound(what="referral", id=rid)
        return referral
    query = select(Referral).where(Referral.person_id == request.person_id,
                                   Referral.status.not_in([s.value for s in CLOSED]))
    if request.partner_id is not None:
        query = query.where(Referral.partner_id == request.partner_id)
    referral = session.scalars(query.order_by(Referral.created_at.desc(), Referral.id.desc())).first()
    if referral is None:
        raise RelaisError("referrals.none_for_letter")
    return referral


def _initials(person: Person) -> str:
    parts = [p for p in (person.given_names, person.family_name) if p.strip()] or [person.alias]
    return " ".join(f"{p.strip()[0]}." for p in parts if p.strip()) or "—"


def _birth(person: Person, lang: str) -> str:
    if person.birth_date:
        return short_date(person.birth_date, lang)
    return str(person.birth_year or "")


def _identity(session, person: Person, lang: str) -> tuple[tuple[str, str], ...]:
    labels = Labels("letter", lang)
    pairs: list[tuple[str, str]] = []
    if person.niss:
        pairs.append(("niss", f"{person.niss[:2]}.{person.niss[2:4]}.{person.niss[4:6]}-"
                              f"{person.niss[6:9]}.{person.niss[9:]}"))
    if person.housing == Housing.NO_FIXED_ADDRESS:
        pairs.append(("address", labels["no_fixed_address"]))
        if person.usual_whereabouts:
            pairs.append(("whereabouts", person.usual_whereabouts))
    elif person.address:
        pairs.append(("address", person.address))
    if person.phone:
        pairs.append(("phone", person.phone))
    if person.languages:
        pairs.append(("languages", language_names(person.languages, lang)))
    if person.insurance in ("mutuelle", "mutuelle_bim", "none"):
        pairs.append(("insurance", labels[f"insurance_{person.insurance}"]))
    gp = session.get(Partner, person.gp_partner_id) if person.gp_partner_id else None
    if gp or person.gp_name:
        pairs.append(("gp", gp.display_name if gp else person.gp_name))
    return tuple(pairs)


LETTER_PDF = PdfKind("letter", build_letter_pdf, frozenset({"referral_letter"}))
