"""The bilan as a document: which bilan, which parts, for whom.

`documents.produce` checks the role and the consent, then calls `build_bilan_pdf`. The
rules that belong to the bilan itself are checked here, before anything is drawn:
- the person refused that their GP be involved: no bilan for any GP;
- what leaves the file for a partner is a final bilan, never a draft;
- the "gp" variant holds only the parts the person agreed to share; the "full" variant
  holds every section for an internal copy, and for a partner still only what the person
  agreed to share, with the CANSAS table and the network only when the consent covers them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound, RelaisError
from app.models.bilan import Bilan, BilanStatus, format_inami, section_keys
from app.models.consent import ConsentStatement
from app.models.consultation import count_consultations
from app.models.convention import indicated_functions
from app.models.niss import format_niss
from app.models.partner import Partner
from app.models.person import Person
from app.models.user import User
from app.reports.bilan_data import (
    Appendix,
    BilanFacts,
    ConsultationFacts,
    GoalFacts,
    NeedsFacts,
    NetworkFacts,
    PartnerFacts,
    PersonFacts,
    PhysicianFacts,
)
from app.reports.glossary import language_names
from app.reports.labels import Labels, short_date
from app.reports.sender import author_line
from app.services.bilan import sources as bilan_sources
from app.services.bilan.convention import parts_for
from app.services.cansas.pdf import bilan_cansas_appendix
from app.services.careplan import owner_text
from app.services.network.maps import bilan_network_appendix
from app.services.shared.documents import (
    BuiltPdf,
    PdfKind,
    PdfRequest,
    produce_document,
)
from app.services.shared.permissions import Permission
from app.services.shared.profile import get_letterhead
from app.services.shared.workspace import Workspace

VARIANTS = ("gp", "full")

# Appendices of the full variant drawn by other features' renderers: key -> (provider,
# document type the recipient's consent must cover). provider(ws, source_id) returns a
# callable (renderer) -> list[Flowable], or None when there is nothing to draw. source_id is
# the assessment id (cansas) or network snapshot id (network) the bilan's sources name, so a
# final bilan shows the very assessment it cites.
FULL_APPENDICES: dict[str, tuple[Callable, str]] = {
    "cansas": (bilan_cansas_appendix, "needs_summary"),
    "network": (bilan_network_appendix, "network"),
}


class BilanShareRefused(RelaisError):
    """The bilan may not go to this recipient; the code says why."""


def produce_bilan(ws: Workspace, request: PdfRequest) -> int:
    """Check the bilan's own sharing rules first (so the refusal names the real reason),
    then produce through the consent gate; returns the kept document's id."""
    problem = sharing_problem(ws, request)
    if problem is not None:
        raise problem
    return produce_document(ws, BILAN_PDF, request)


def parts_problem(ws: Workspace, request: PdfRequest) -> BilanShareRefused | None:
    """A partner other than a GP receives only parts chosen for it: the parts prepared for the
    GP never go to another partner by default. Checked after the consent (the more basic
    refusal); a refusal is audited."""
    if request.partner_id is None:
        return None
    with ws.unit() as session:
        bilan = _choose(session, request)
        partner = session.get(Partner, request.partner_id)
        if partner is None or parts_for(bilan, partner) is not None:
            return None
        ws.audit(session, "share.refused", "bilan", bilan.id, kind="bilan", partner_id=partner.id,
                 reason="bilan.parts_not_chosen")
        return BilanShareRefused("bilan.parts_not_chosen", partner=partner.display_name)


def sharing_problem(ws: Workspace, request: PdfRequest) -> BilanShareRefused | None:
    """Why this bilan may not go to the request's recipient, or None. A refusal is audited."""
    ws.require(Permission.CLINICAL_READ)
    if request.variant and request.variant not in VARIANTS:
        return BilanShareRefused("bilan.unknown_variant", variant=str(request.variant)[:20])
    with ws.unit() as session:
        bilan = _choose(session, request)
        if request.partner_id is None:
            return None
        partner = session.get(Partner, request.partner_id)
        if partner is None:
            raise NotFound(what="partner", id=request.partner_id)
        problem = None
        if partner.is_gp and bilan.gp_refused:
            problem = BilanShareRefused("bilan.gp_refused", partner=partner.display_name)
        elif bilan.status != BilanStatus.FINAL:
            problem = BilanShareRefused("bilan.draft_not_shared")
        if problem is not None:
            ws.audit(session, "share.refused", "bilan", bilan.id, kind="bilan", partner_id=partner.id,
                     reason=problem.code)
        return problem


def build_bilan_pdf(ws: Workspace, request: PdfRequest, consent: ConsentStatement | None) -> BuiltPdf:
    ws.require(Permission.CLINICAL_READ)
    problem = sharing_problem(ws, request) or parts_problem(ws, request)
    if problem is not None:
        raise problem
    variant = request.variant or "gp"
    lang = request.language or "fr"
    with ws.read() as session:
        bilan = _choose(session, request)
        frozen = bilan.sources if bilan.status == BilanStatus.FINAL and bilan.sources is not None else None
    src = bilan_sources.restore(frozen) if frozen is not None else bilan_sources.live(ws, request.person_id)
    with ws.read() as session:
        bilan = _choose(session, request)
        facts = _facts(session, bilan, request, consent, variant, src, lang)
    appendices = _appendices(ws, src, consent, lang) if variant == "full" else ()
    if appendices:
        facts = dataclasses.replace(facts, appendices=appendices)
    from app.reports.bilan import BilanReport  # ReportLab: loaded when a PDF is made

    report = BilanReport(facts, consent, lang, get_letterhead(ws))
    data = report.render()
    title = f"{report.title} — v{facts.version}, {short_date(facts.bilan_date, lang)}"
    return BuiltPdf(title, data, lang)


# -- choosing and assembling -----------------------------------------------------------------

def _choose(session: Session, request: PdfRequest) -> Bilan:
    """The bilan named in options["bilan_id"]; otherwise, for a partner the latest final
    bilan, for an internal copy the latest bilan."""
    bilan_id = request.options.get("bilan_id")
    if bilan_id is not None:
        bilan = session.get(Bilan, int(bilan_id))
        if bilan is None or bilan.person_id != request.person_id:
            raise NotFound(what="bilan", id=bilan_id)
        return bilan
    query = select(Bilan).where(Bilan.person_id == request.person_id)
    if request.partner_id is not None:
        query = query.where(Bilan.status == BilanStatus.FINAL)
    bilan = session.scalars(query.order_by(Bilan.bilan_date.desc(), Bilan.version.desc(), Bilan.id.desc())
                            .limit(1)).first()
    if bilan is None:
        raise BilanShareRefused("bilan.none_final" if request.partner_id is not None else "bilan.none")
    return bilan


def _facts(session: Session, bilan: Bilan, request: PdfRequest, consent: ConsentStatement | None, variant: str,
           src: bilan_sources.Sources, lang: str) -> BilanFacts:
    internal = request.partner_id is None
    everything = variant == "full" and internal
    partner = session.get(Partner, request.partner_id) if request.partner_id else None
    chosen = parts_for(bilan, partner) or set()
    sections = {}
    for key in section_keys():
        row = bilan.section(key)
        text = row.text if row is not None else ""
        if key == "physician" and not bilan.physician_agreed:
            continue
        if everything or row is not None and key in chosen and text.strip():
            sections[key] = text
    types = set(consent.document_types) if consent else set()
    person = session.get(Person, bilan.person_id)
    amends_version = (session.scalar(select(Bilan.version).where(Bilan.id == bilan.amends_id))
                      if bilan.amends_id else None)
    return BilanFacts(
        variant=variant, stage=bilan.stage, bilan_date=bilan.bilan_date, version=bilan.version,
        is_draft=bilan.status != BilanStatus.FINAL, author=_author(session, bilan, lang),
        person=_person(person, lang), sections=sections, recipient=_recipient(session, request.partner_id),
        amends_version=amends_version, physician=_physician(bilan),
        needs=_needs(src), include_needs=everything or "needs" in chosen,
        goals=tuple(GoalFacts(g.text, g.domain, g.status, _actions(g, lang), g.provisional) for g in src.goals),
        include_goals=everything or "goals" in chosen,
        network=_network(src), include_network=variant == "full" and (internal or "network" in types),
        partners=tuple(PartnerFacts(p.name, p.role, p.phone, p.email) for p in src.partners),
        include_partners=everything or "partners" in chosen,
        recipient_is_gp=partner is None or partner.is_gp, recipient_name=partner.display_name if partner else "",
        indicated_function=_indication_label(bilan.indicated_function, lang),
        function_justification=bilan.function_justification,
        show_indication=everything or bool(bilan.indicated_function),
        consultations=tuple(ConsultationFacts(c.held_on, c.minutes, c.roles, c.person_present)
                            for c in src.consultations),
        consultation_units=_units(src),
    )


def _actions(goal, lang: str) -> tuple[str, ...]:
    """Who does what by when, worded in the document's language (owners and dates), not in the
    interface's; a bilan frozen before actions were kept as data prints its lines as they were."""
    if not goal.action_items and goal.actions:
        return tuple(goal.actions)
    lines = []
    for kind, label, what, due in goal.action_items:
        colon = " :" if lang == "fr" else ":"
        line = f"{owner_text(kind, label, lang)}{colon} {what}"
        if due:
            line += f" ({short_date(date.fromisoformat(due), lang)})"
        lines.append(line)
    return tuple(lines)


def _units(src: bilan_sources.Sources) -> tuple[int, int]:
    if not src.consultations:
        return 0, 0
    latest = max(c.held_on for c in src.consultations)
    counter = count_consultations([(c.held_on, c.minutes) for c in src.consultations], latest)
    return counter.used, counter.limit


def _person(person: Person | None, lang: str) -> PersonFacts:
    if person is None:
        return PersonFacts(name="")
    born = (short_date(person.birth_date, lang) if person.birth_date
            else str(person.birth_year) if person.birth_year else "")
    return PersonFacts(person.display_name, born, format_niss(person.niss) if person.niss else "",
                       language_names(person.languages or [], lang), person.phone, person.housing,
                       person.usual_whereabouts)


def _author(session: Session, bilan: Bilan, lang: str) -> str:
    """Full name, profession with registration, organisation, as kept when it was written."""
    user = session.get(User, bilan.author_id) if bilan.author_id else None
    if user is None:
        return ""
    profile = dict(user.document_profile or {})
    name = profile.get("worker_name") or user.display_name or user.name
    return author_line(name, bilan.author_profession, bilan.author_registration, profile.get("worker_title", ""),
                       bilan.author_organisation, lang)


def _indication_label(function: str, lang: str) -> str:
    found = indicated_functions().get(function)
    return found.label(lang) if found else ""


def _recipient(session: Session, partner_id: int | None) -> str:
    partner = session.get(Partner, partner_id) if partner_id else None
    if partner is None:
        return ""
    return f"{partner.display_name} — {partner.contact_person}" if partner.contact_person else partner.display_name


def _physician(bilan: Bilan) -> PhysicianFacts | None:
    if not bilan.physician_agreed or not bilan.physician_name:
        return None
    return PhysicianFacts(bilan.physician_name, format_inami(bilan.physician_inami) if bilan.physician_inami else "",
                          bilan.physician_cosigned_on)


def _needs(src: bilan_sources.Sources) -> NeedsFacts | None:
    n = src.needs
    if n is None:
        return None
    return NeedsFacts(n.assessed_on, n.rater, n.met, n.unmet, n.unknown, tuple(n.unmet_domains),
                      tuple(n.met_domains), tuple(n.extra_unmet))


def _network(src: bilan_sources.Sources) -> NetworkFacts | None:
    n = src.network
    if n is None:
        return None
    return NetworkFacts(n.drawn_on, n.size, n.professional_share, n.close_informal, n.emotional_support,
                        n.isolation_signal, n.members)


def _appendices(ws: Workspace, src: bilan_sources.Sources, consent: ConsentStatement | None,
                lang: str) -> tuple[Appendix, ...]:
    labels = Labels("bilan", lang)
    found: list[Appendix] = []
    source_ids = {"cansas": src.needs.assessment_id if src.needs else None,
                  "network": src.network.snapshot_id if src.network else None}
    for key, (provider, doc_type) in FULL_APPENDICES.items():
        if source_ids[key] is None or (consent is not None and doc_type not in consent.document_types):
            continue
        drawer = provider(ws, source_ids[key])
        if drawer is not None:
            found.append(Appendix(labels[f"appendix_{key}"], drawer))
    return tuple(found)


BILAN_PDF = PdfKind("bilan", build_bilan_pdf, frozenset({"bilan"}))
