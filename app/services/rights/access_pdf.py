"""The right-of-access document: every record about the person (as the JSON export) in a
readable PDF, kept in the vault like every generated document (documents.PDF_KINDS "access")."""

from __future__ import annotations

from sqlalchemy import select

from app.models.consent import ConsentStatement
from app.models.partner import Partner
from app.models.person import display_name
from app.models.user import User
from app.reports.access_data import AccessData
from app.services.rights.collect import collect_person_data
from app.services.shared.documents import BuiltPdf, PdfKind, PdfRequest
from app.services.shared.permissions import Permission
from app.services.shared.profile import get_letterhead
from app.services.shared.workspace import Workspace


def build_access_pdf(ws: Workspace, request: PdfRequest, consent: ConsentStatement | None) -> BuiltPdf:
    ws.require(Permission.CLINICAL_READ)
    with ws.unit() as session:
        records = collect_person_data(session, request.person_id)
        users = {u.id: (u.display_name or u.name) for u in session.scalars(select(User))}
        partners = {p.id: p.display_name for p in session.scalars(select(Partner))}
        ws.audit(session, "person.access_printed", "person", request.person_id, partner_id=request.partner_id)
    person = records["persons"][0]
    name = display_name(person.get("given_names"), person.get("family_name"), person.get("alias"))
    from app.reports.access_report import AccessReport  # ReportLab: loaded when a report is made

    report = AccessReport(request.language or "fr", get_letterhead(ws),
                          AccessData(name, records, users, partners), consent)
    return BuiltPdf(title=report.labels.get("title", name=name), data=report.render(), language=report.lang)


# Right of access: everything about the person; a recipient's consent must cover it all.
ACCESS_PDF = PdfKind("access", build_access_pdf,
                     frozenset({"identity", "needs_summary", "care_plan", "network", "bilan", "referral_letter"}))
