"""Every kind of generated document by name: the command line's `pdf NAME` and the
Documents tab choose a kind by its name here. Each kind is imported from its feature, so a
renamed or missing builder fails at import (at start-up), never as an empty document.
"""

from __future__ import annotations

from app.services.bilan.pdf import BILAN_PDF
from app.services.cansas.pdf import CANSAS_PDF
from app.services.careplan import CAREPLAN_PDF
from app.services.crisis import CRISIS_PDF
from app.services.network.maps import NETWORK_PDF
from app.services.referrals.letter import LETTER_PDF
from app.services.rights.access_pdf import ACCESS_PDF
from app.services.shared.documents import (
    DocumentUnavailable,
    PdfKind,
    PdfRequest,
    produce_document,
)
from app.services.shared.workspace import Workspace

PDF_KINDS: dict[str, PdfKind] = {kind.name: kind for kind in
                                 (BILAN_PDF, LETTER_PDF, CANSAS_PDF, CAREPLAN_PDF, NETWORK_PDF, ACCESS_PDF,
                                  CRISIS_PDF)}


def produce(ws: Workspace, kind: str, request: PdfRequest, extra_types: set[str] | None = None) -> int:
    """Produce the document kind named `kind` (role and consent checked); the kept document's id."""
    spec = PDF_KINDS.get(kind)
    if spec is None:
        raise DocumentUnavailable(kind=kind)
    return produce_document(ws, spec, request, extra_types)
