"""Generated documents: produce (role and consent checks), keep in the vault, export.

Each feature declares its PDF kinds next to their builders as `PdfKind` objects holding the
builder itself (no dotted-path lookups); app/services/documents/catalogue.py lists them all by
name for the command line and the Documents tab. A builder takes (Workspace, PdfRequest,
ConsentStatement | None) and returns BuiltPdf; it must not check consent itself —
`produce_document` does, before calling it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from app.errors import NotFound, RelaisError, storage_error
from app.models.consent import ConsentStatement
from app.models.document import Document
from app.models.partner import Partner
from app.models.user import User
from app.services.shared.permissions import Permission
from app.services.shared.sharing import require_consent
from app.services.shared.workspace import Workspace
from app.store.fsutil import atomic_write_bytes
from app.texts import current_language


@dataclass(frozen=True)
class PdfRequest:
    person_id: int
    partner_id: int | None = None      # the recipient; None = an internal copy
    language: str | None = None        # default: the partner's language, else the interface's
    variant: str = ""                  # e.g. bilan "gp" | "full"; careplan "person" | "partner"
    options: dict = field(default_factory=dict)


@dataclass(frozen=True)
class BuiltPdf:
    title: str
    data: bytes
    language: str


Builder = Callable[[Workspace, PdfRequest, "ConsentStatement | None"], BuiltPdf]


@dataclass(frozen=True)
class PdfKind:
    name: str                          # stored with the document, and the CLI's `pdf NAME`
    builder: Builder
    shared_types: frozenset[str]       # document types a recipient's consent must cover
    permission: Permission = Permission.CLINICAL_READ


class DocumentUnavailable(RelaisError):
    code = "document.unavailable"


def produce_document(ws: Workspace, spec: PdfKind, request: PdfRequest, extra_types: set[str] | None = None) -> int:
    """Check role and consent, build the PDF, keep it in the vault; returns the document id."""
    kind = spec.name
    ws.require(spec.permission)
    consent: ConsentStatement | None = None
    language = request.language
    if request.partner_id is not None:
        ws.require(Permission.SHARE)
        try:
            with ws.read() as session:
                partner = session.get(Partner, request.partner_id)
                if partner is None:
                    raise NotFound(what="partner", id=request.partner_id)
                language = language or partner.letter_language
                consent = require_consent(session, request.person_id, request.partner_id,
                                          set(spec.shared_types) | (extra_types or set()))
        except RelaisError:
            # Its own transaction: the refusal must stay in the audit trail.
            with ws.unit() as session:
                ws.audit(session, "share.refused", "person", request.person_id, kind=kind,
                         partner_id=request.partner_id)
            raise
    request = PdfRequest(request.person_id, request.partner_id, language or current_language(),
                         request.variant, request.options)
    built: BuiltPdf = spec.builder(ws, request, consent)
    return keep(ws, kind, request, built, consent)


def keep(ws: Workspace, kind: str, request: PdfRequest, built: BuiltPdf, consent: ConsentStatement | None) -> int:
    with ws.unit() as session:
        doc = Document(
            person_id=request.person_id, kind=kind, variant=request.variant, title=built.title,
            language=built.language, author_id=ws.user.id, partner_id=request.partner_id,
            consent_id=consent.consent_id if consent else None,
            sha256=hashlib.sha256(built.data).hexdigest(), size=len(built.data), content=built.data,
        )
        session.add(doc)
        session.flush()
        ws.audit(session, "document.generated", "document", doc.id, kind=kind, person_id=request.person_id,
                 partner_id=request.partner_id, consent_id=doc.consent_id)
        return doc.id


@dataclass(frozen=True)
class DocumentRow:
    id: int
    kind: str
    variant: str
    title: str
    language: str
    partner_id: int | None
    created_at: datetime
    size: int
    recipient: str = ""                # the partner's name; "" for an internal copy
    author: str = ""
    sha256: str = ""


def list_documents(ws: Workspace, person_id: int) -> list[DocumentRow]:
    ws.require(Permission.CLINICAL_READ)
    with ws.read() as session:
        rows = session.execute(
            select(Document.id, Document.kind, Document.variant, Document.title, Document.language,
                   Document.partner_id, Document.created_at, Document.size, Partner.organisation,
                   Partner.service_name, User.display_name, User.name, Document.sha256)
            .outerjoin(Partner, Partner.id == Document.partner_id)
            .outerjoin(User, User.id == Document.author_id)
            .where(Document.person_id == person_id).order_by(Document.created_at.desc(), Document.id.desc())
        )
        return [DocumentRow(*r[:8], recipient=_partner_name(r[8], r[9]), author=r[10] or r[11] or "", sha256=r[12])
                for r in rows]


def _partner_name(organisation: str | None, service: str | None) -> str:
    if not organisation:
        return ""
    return f"{organisation} — {service}" if service else organisation


def verified(session, doc_id: int, model: type = Document):
    """A kept file (generated `Document` or any model with content and sha256), refused when its
    bytes no longer match the hash recorded when it was stored."""
    doc = session.get(model, doc_id)
    if doc is None:
        raise NotFound(what="document", id=doc_id)
    if hashlib.sha256(doc.content).hexdigest() != doc.sha256:
        raise RelaisError("document.corrupted", id=doc_id)
    return doc


def document_bytes(ws: Workspace, doc_id: int, purpose: str = "viewed") -> bytes:
    """The PDF's bytes for a preview ("viewed") or printing ("printed"); audited."""
    ws.require(Permission.CLINICAL_READ)
    with ws.unit() as session:
        doc = verified(session, doc_id)
        ws.audit(session, f"document.{purpose}", "document", doc_id, person_id=doc.person_id)
        return doc.content


def export_document(ws: Workspace, doc_id: int, out_file: Path | str) -> Path:
    """Write a kept document to disk: an explicit export, audited once the file is written.
    Atomic: a full disk leaves no half-written PDF and no "exported" event."""
    ws.require(Permission.CLINICAL_READ)
    ws.require(Permission.EXPORT)
    with ws.read() as session:
        doc = verified(session, doc_id)
        data, person_id = doc.content, doc.person_id
    out = Path(out_file)
    try:
        atomic_write_bytes(out, data, mode=0o600)
    except OSError as exc:
        raise storage_error(exc, out.parent, "export") from None
    with ws.unit() as session:
        ws.audit(session, "document.exported", "document", doc_id, person_id=person_id)
    return out
