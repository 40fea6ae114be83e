"""The right-of-access PDF: every section readable, long and hostile text flowing, documents
listed by their fingerprint and never embedded."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import text

from app.errors import PermissionDenied
from app.services.documents.catalogue import produce
from app.services.shared.documents import (
    BuiltPdf,
    PdfRequest,
    document_bytes,
    keep,
    list_documents,
)
from tests.caseload_fixtures import NISS, build_caseload
from tests.conftest import add_user, open_as
from tests.conftest import pdf_text as conftest_pdf_text

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def pdf_text(data: bytes, tmp_path) -> str:
    return conftest_pdf_text(data, tmp_path, layout=False)


def test_access_pdf_lists_every_section_and_flows_long_text(ws, tmp_path):
    c = build_caseload(ws)
    hostile = "<b>Début</b> & </para> " + "mot " * 5000 + "FIN-DU-TEXTE"
    with ws.unit() as s:
        s.execute(text("UPDATE contacts SET note = :t WHERE person_id = :p"), {"t": hostile, "p": c.anna})
    secret_pdf = b"%PDF-1.4 CONTENU-INTERNE-DU-DOCUMENT"
    keep(ws, "careplan", PdfRequest(c.anna), BuiltPdf("Plan", secret_pdf, "fr"), None)
    doc_id = produce(ws, "access", PdfRequest(c.anna, language="fr"))
    content = pdf_text(document_bytes(ws, doc_id), tmp_path)
    for heading in ("Tout ce que Relais conserve sur Anna Testova", "Identité et coordonnées", "Contacts",
                    "Évaluations des besoins (CANSAS)", "Objectifs", "Actions", "Membres du réseau",
                    "Consentements", "Orientations", "Documents produits"):
        assert heading in content, heading
    assert NISS in content and "<b>Début</b> & </para>" in content and "FIN-DU-TEXTE" in content
    assert "Logement (accommodation)" in content                         # domains by their label
    sha = next(d.sha256 for d in list_documents(ws, c.anna) if d.kind == "careplan")
    assert sha[:40] in content.replace("\n", "")
    assert "CONTENU-INTERNE-DU-DOCUMENT" not in content
    assert "Exemplo" not in content
    assert any(d.kind == "access" for d in list_documents(ws, c.anna))


def test_peer_workers_cannot_produce_it(ws, vault_dir):
    c = build_caseload(ws)
    add_user(ws, "pierre", "peer_worker")
    ws.lock()
    peer = open_as(vault_dir, "pierre")
    try:
        with pytest.raises(PermissionDenied):
            produce(peer, "access", PdfRequest(c.anna))
    finally:
        peer.lock()
