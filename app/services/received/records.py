"""Documents received: add one to a person's file, list, view (audited), export (audited).

Kept in the vault (encrypted with it), with the sender, the date received and the kind. The
content type is read from the bytes (see sniff.py); a file over MAX_FILE_BYTES is refused
before it is read. Roles: adding, listing and reading need CLINICAL_READ (a discharge letter
is clinical), adding also CLINICAL_WRITE; exporting needs EXPORT.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from app.errors import NotFound, RelaisError, storage_error
from app.models.partner import Partner
from app.models.person import Person, clean_text
from app.models.received import MAX_FILE_BYTES, MAX_NAME, ReceivedDocument, ReceivedKind
from app.services.received.sniff import sniff
from app.services.shared.documents import verified
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace
from app.store.fsutil import atomic_write_bytes


@dataclass(frozen=True)
class ReceivedRow:
    id: int
    person_id: int
    kind: str
    sender: str
    partner_id: int | None
    received_on: date
    file_name: str
    content_type: str
    previewable: bool
    preview_note: str
    pages: int | None
    size: int
    sha256: str
    note: str
    created_at: datetime


def _read_limited(source: Path | str | bytes) -> tuple[bytes, str]:
    if isinstance(source, (bytes, bytearray)):
        if len(source) > MAX_FILE_BYTES:
            raise RelaisError("received.too_large", max=MAX_FILE_BYTES // (1024 * 1024))
        return bytes(source), ""
    path = Path(source)
    try:
        size = os.stat(path).st_size
        if size > MAX_FILE_BYTES:
            raise RelaisError("received.too_large", max=MAX_FILE_BYTES // (1024 * 1024))
        with open(path, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)     # a file growing while read is still capped
    except OSError as exc:
        raise RelaisError("received.unreadable", path=str(path), reason=exc.strerror or type(exc).__name__) from None
    if len(data) > MAX_FILE_BYTES:
        raise RelaisError("received.too_large", max=MAX_FILE_BYTES // (1024 * 1024))
    return data, path.name


def add_received(ws: Workspace, person_id: int, source: Path | str | bytes, kind: str = ReceivedKind.OTHER,
                 partner_id: int | None = None, sender: str = "", received_on: date | None = None,
                 file_name: str | None = None, note: str = "") -> int:
    """Add a file (a path, or bytes from a drop) to the person's file; returns its id."""
    ws.require(Permission.CLINICAL_READ)
    ws.require(Permission.CLINICAL_WRITE)
    kind = str(kind or ReceivedKind.OTHER)
    if kind not in {k.value for k in ReceivedKind}:
        raise RelaisError("received.kind_invalid", kind=kind[:30], kinds=", ".join(k.value for k in ReceivedKind))
    received_on = received_on or date.today()
    if received_on > date.today():
        raise RelaisError("received.in_future")
    data, name = _read_limited(source)
    if not data:
        raise RelaisError("received.empty")
    found = sniff(data)
    with ws.unit() as session:
        if session.get(Person, person_id) is None:
            raise NotFound(what="person", id=person_id)
        if partner_id is not None:
            partner = session.get(Partner, partner_id)
            if partner is None:
                raise NotFound(what="partner", id=partner_id)
            sender = sender or partner.display_name
        doc = ReceivedDocument(
            person_id=person_id, kind=kind, partner_id=partner_id, sender=clean_text(sender, 300),
            received_on=received_on, file_name=clean_text(file_name if file_name is not None else name, MAX_NAME),
            content_type=found.content_type.value, previewable=found.previewable, preview_note=found.preview_note,
            pages=found.pages, note=clean_text(note, 4000), sha256=hashlib.sha256(data).hexdigest(),
            size=len(data), content=data, added_by=ws.user.id)
        session.add(doc)
        session.flush()
        ws.audit(session, "received.added", "received_document", doc.id, person_id=person_id, kind=kind,
                 content_type=doc.content_type, partner_id=partner_id, previewable=doc.previewable)
        return doc.id


def list_received(ws: Workspace, person_id: int) -> list[ReceivedRow]:
    ws.require(Permission.CLINICAL_READ)
    with ws.read() as session:
        docs = session.scalars(select(ReceivedDocument).where(ReceivedDocument.person_id == person_id)
                               .order_by(ReceivedDocument.received_on.desc(), ReceivedDocument.id.desc()))
        return [ReceivedRow(d.id, d.person_id, d.kind, d.sender, d.partner_id, d.received_on, d.file_name,
                            d.content_type, bool(d.previewable), d.preview_note, d.pages, d.size, d.sha256,
                            d.note, d.created_at) for d in docs]


def received_bytes(ws: Workspace, doc_id: int, purpose: str = "viewed") -> bytes:
    """The file's bytes for the preview ("viewed"); audited."""
    ws.require(Permission.CLINICAL_READ)
    with ws.unit() as session:
        doc = verified(session, doc_id, ReceivedDocument)
        ws.audit(session, f"received.{purpose}", "received_document", doc_id, person_id=doc.person_id)
        return doc.content


def export_received(ws: Workspace, doc_id: int, out_file: Path | str) -> Path:
    ws.require(Permission.CLINICAL_READ)
    ws.require(Permission.EXPORT)
    with ws.read() as session:
        doc = verified(session, doc_id, ReceivedDocument)
        data, person_id = doc.content, doc.person_id
    out = Path(out_file)
    try:
        atomic_write_bytes(out, data, mode=0o600)
    except OSError as exc:
        raise storage_error(exc, out.parent, "export") from None
    with ws.unit() as session:
        ws.audit(session, "received.exported", "received_document", doc_id, person_id=person_id)
    return out
