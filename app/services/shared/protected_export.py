"""Documents sent protected: a kept PDF written out encrypted with AES-256 (PDF 2.0
security handler, revision 6) by pikepdf/qpdf — no hand-written cryptography — under a
password generated here and shown once, to be given by phone or text message, never in the
same email as the file. The password is not stored anywhere; the export is audited with the
fact that it was protected (never the password).
"""

from __future__ import annotations

import io
import secrets
from pathlib import Path

from app.errors import RelaisError, storage_error
from app.services.shared.documents import verified
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace
from app.store.fsutil import atomic_write_bytes

# No 0/O, 1/I/L: read aloud on the phone without confusion. 20 characters of 31: ~99 bits.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
GROUPS, GROUP_SIZE = 4, 5


def generate_password() -> str:
    """E.g. "K7QMZ-3XH9B-TW4PR-8NDCF": four groups of five, easy to dictate."""
    chars = "".join(secrets.choice(ALPHABET) for _ in range(GROUPS * GROUP_SIZE))
    return "-".join(chars[i:i + GROUP_SIZE] for i in range(0, len(chars), GROUP_SIZE))


def protect_pdf(data: bytes, password: str) -> bytes:
    """The same PDF encrypted with AES-256 under `password` (user password); the owner
    password is random and forgotten, so the permissions cannot be lifted either."""
    import pikepdf

    if not password:
        raise RelaisError("protect.password_required")
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.save(out, encryption=pikepdf.Encryption(user=password, owner=secrets.token_urlsafe(32), R=6,
                                                    aes=True, metadata=True))
    return out.getvalue()


def export_document_protected(ws: Workspace, doc_id: int, out_file: Path | str) -> tuple[Path, str]:
    """Write a kept document to disk encrypted; returns (path, password). The password is
    to be shown once to the user and given to the recipient by another channel."""
    ws.require(Permission.CLINICAL_READ)
    ws.require(Permission.EXPORT)
    with ws.read() as session:
        doc = verified(session, doc_id)
        data, person_id = doc.content, doc.person_id
    password = generate_password()
    protected = protect_pdf(data, password)
    out = Path(out_file)
    try:
        atomic_write_bytes(out, protected, mode=0o600)
    except OSError as exc:
        raise storage_error(exc, out.parent, "export") from None
    with ws.unit() as session:
        ws.audit(session, "document.exported", "document", doc_id, person_id=person_id, protected=True,
                 encryption="AES-256")
    return out, password
