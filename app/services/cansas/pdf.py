"""The CANSAS summary PDF (`python main.py pdf cansas`) and the plain data the bilan reuses.

Which assessment prints: `request.options["assessment_id"]` when given, else the latest
complete one (staff preferred within its period, as `latest_needs_summary` chooses). The
other rater's complete assessment of the same period, if any, prints beside it.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.errors import NotFound, RelaisError
from app.models.cansas import Assessment, AssessmentStatus, Rater
from app.models.consent import ConsentStatement
from app.models.person import Person
from app.models.user import User
from app.reports.cansas_data import CansasColumn, CansasLine, CansasPerson, CansasSummaryData
from app.reports.labels import short_date
from app.services.cansas.queries import (
    counterpart,
    latest_complete,
    load_assessment,
    scores_of,
)
from app.services.shared.documents import BuiltPdf, PdfKind, PdfRequest
from app.services.shared.permissions import Permission
from app.services.shared.profile import get_letterhead
from app.services.shared.workspace import Workspace


def cansas_summary_data(ws: Workspace, person_id: int, assessment_id: int | None = None) -> CansasSummaryData | None:
    """What the CANSAS tables print, for the summary PDF or a bilan section; None when the
    person has no complete assessment. Audited as a view by the document that prints it."""
    ws.require(Permission.CLINICAL_READ)
    with ws.read() as session:
        return _summary_data(session, person_id, assessment_id)


def build_cansas_pdf(ws: Workspace, request: PdfRequest, consent: ConsentStatement | None) -> BuiltPdf:
    ws.require(Permission.CLINICAL_READ)
    with ws.read() as session:
        person = session.get(Person, request.person_id)
        if person is None:
            raise NotFound(what="person", id=request.person_id)
        data = _summary_data(session, request.person_id, request.options.get("assessment_id"))
        if data is None:
            raise RelaisError("cansas.nothing_to_print")
        lang = request.language or "fr"
        birth = short_date(person.birth_date, lang) if person.birth_date else (str(person.birth_year or ""))
        from app.reports.cansas import CansasSummaryRenderer  # ReportLab: loaded when a PDF is made

        renderer = CansasSummaryRenderer(lang, CansasPerson(person.display_name, birth), data, consent,
                                         get_letterhead(ws))
    return BuiltPdf(title=renderer.title, data=renderer.render(), language=renderer.lang)


def _summary_data(session: Session, person_id: int, assessment_id: int | None) -> CansasSummaryData | None:
    if assessment_id is not None:
        main = load_assessment(session, int(assessment_id))
        if main.person_id != person_id:
            raise NotFound(what="assessment", id=assessment_id)
        if main.status != AssessmentStatus.COMPLETE:
            raise RelaisError("cansas.draft_not_printable")
    else:
        latest = latest_complete(session, person_id)
        if latest is None:
            return None
        main = latest
    other = counterpart(session, main, complete_only=True)
    assessments = [main] + ([other] if other else [])
    assessments.sort(key=lambda a: a.rater != Rater.STAFF)
    columns = tuple(_column(session, a) for a in assessments)
    values = [{r.domain_id: r.value for r in a.ratings} for a in assessments]
    comments = {r.domain_id: r.comment for r in assessments[0].ratings}
    order: list[tuple[str, bool]] = []
    for a in assessments:
        order += [(r.domain_id, r.is_core) for r in a.ratings if (r.domain_id, r.is_core) not in order]
    lines = tuple(CansasLine(domain_id, is_core, tuple(v.get(domain_id) for v in values), comments.get(domain_id, ""))
                  for domain_id, is_core in order)
    return CansasSummaryData(columns, lines, next((a.extra_set for a in assessments if a.extra_set), None))


def _column(session: Session, assessment: Assessment) -> CansasColumn:
    s = scores_of(assessment)
    user = session.get(User, assessment.rater_user_id) if assessment.rater_user_id else None
    return CansasColumn(assessment.rater, assessment.assessed_on, user.label if user else "", s.core.met,
                        s.core.unmet, s.core.unknown, s.extra.met, s.extra.unmet, s.extra.unknown)


def bilan_cansas_appendix(ws: Workspace, assessment_id: int):
    """For the full bilan: a drawer of the CANSAS tables of the assessment it summarised,
    or None when that assessment no longer exists."""
    from app.reports.cansas import cansas_flowables

    ws.require(Permission.CLINICAL_READ)
    with ws.read() as session:
        assessment = session.get(Assessment, assessment_id)
        if assessment is None:
            return None
        data = _summary_data(session, assessment.person_id, assessment_id)
    if data is None:
        return None
    return lambda renderer: cansas_flowables(renderer, data)


CANSAS_PDF = PdfKind("cansas", build_cansas_pdf, frozenset({"needs_summary"}))
