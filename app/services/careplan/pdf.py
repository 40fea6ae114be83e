"""The care plan as a PDF, for the person (plain language) or for a partner."""

from __future__ import annotations

from datetime import date

from app.errors import (
    RelaisError,
)
from app.models.consent import ConsentStatement
from app.models.instruments import life_domain_label
from app.models.person import Person
from app.reports.careplan_data import PrintedAction, PrintedGoal, PrintedPlan
from app.services.careplan.views import (
    _current,
    _get,
    _load_version,
    _plan_of,
    _version_view,
    owner_text,
)
from app.services.shared.documents import BuiltPdf, PdfKind, PdfRequest
from app.services.shared.permissions import Permission
from app.services.shared.profile import get_letterhead
from app.services.shared.workspace import Workspace
from app.texts import current_language


def build_careplan_pdf(ws: Workspace, request: PdfRequest, consent: ConsentStatement | None) -> BuiltPdf:
    """The current version as agreed, for the person (plain language, large type: variant
    "person", the default) or for partners (compact table: variant "partner"). A draft prints
    with a "not yet agreed" notice. Consent is checked by documents.produce before this."""
    ws.require(Permission.PERSON_READ)
    lang = request.language if request.language in ("fr", "nl", "en") else current_language()
    variant = request.variant or "person"
    if variant not in ("person", "partner"):
        raise RelaisError("careplan.variant_unknown", variant=variant[:20])
    with ws.unit() as session:
        person = _get(session, Person, request.person_id, "person")
        plan = _plan_of(session, request.person_id)
        if plan is None:
            raise RelaisError("careplan.none")
        version = _load_version(session, _current(session, plan).id)
        view = _version_view(ws, version, date.today())
        name = person.display_name
        ws.audit(session, "careplan.printed", "person", request.person_id, version_id=version.id, variant=variant)
    goals = tuple(
        PrintedGoal(g.text, life_domain_label(g.domain, lang) if g.domain else "", g.priority, g.strengths,
                    g.status, g.person_comment,
                    tuple(PrintedAction(a.what, owner_text(a.owner_kind, a.owner_label, lang), a.owner_kind,
                                        a.due_on, a.status) for a in g.actions))
        for g in view.goals)
    document = PrintedPlan(name, view.number, view.starts_on, view.review_on, view.agreed_on, view.reviewed_on,
                           view.review_note, goals)
    from app.reports.careplan import PartnerCarePlan, PersonCarePlan  # ReportLab: loaded when printing

    renderer_class = PersonCarePlan if variant == "person" else PartnerCarePlan
    renderer = renderer_class(lang, get_letterhead(ws), document, consent)
    return BuiltPdf(renderer.title, renderer.render(), lang)


CAREPLAN_PDF = PdfKind("careplan", build_careplan_pdf, frozenset({"care_plan"}), Permission.PERSON_READ)
