"""Documents sent protected: AES-256, a generated password shown once, audited as protected."""

from __future__ import annotations

import json

import pikepdf
import pytest
from sqlalchemy import select

from app.services.shared.protected_export import ALPHABET, generate_password, protect_pdf
from app.store.audit import AuditEvent
from tests.test_cli import relais
from tests.test_received_documents import a_pdf

PW = "pw-long-enough-1\n"


def test_a_protected_pdf_opens_with_the_password_and_not_without(tmp_path):
    password = generate_password()
    data = protect_pdf(a_pdf("Bilan confidentiel"), password)
    path = tmp_path / "p.pdf"
    path.write_bytes(data)
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(path)
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(path, password=password.lower() + "x")
    with pikepdf.open(path, password=password) as pdf:
        assert pdf.is_encrypted and len(pdf.pages) == 1
        assert pdf.encryption.R == 6 and pdf.encryption.stream_method.name == "aesv3"
    assert b"Bilan confidentiel" not in data


def test_passwords_are_fresh_and_easy_to_dictate():
    seen = {generate_password() for _ in range(50)}
    assert len(seen) == 50
    for password in seen:
        groups = password.split("-")
        assert [len(g) for g in groups] == [5, 5, 5, 5] and set("".join(groups)) <= set(ALPHABET)


def test_pdf_protect_prints_the_password_last_and_audits_the_protection(tmp_path):
    vault = tmp_path / "vault"
    assert relais("init", "--vault", str(vault), "--user", "alice", stdin=PW + PW).returncode == 0
    assert relais("demo", "--vault", str(vault), "--persons", "3", stdin=PW).returncode == 0
    for lang in ("fr", "nl"):
        out = tmp_path / f"bilan_{lang}.pdf"
        done = relais("pdf", "bilan", "--vault", str(vault), "--person", "1", "--variant", "full", "--lang", lang,
                      "--out", str(out), "--protect", stdin=PW)
        assert done.returncode == 0, done.stderr
        password = done.stdout.strip().splitlines()[-1]
        with pytest.raises(pikepdf.PasswordError):
            pikepdf.open(out)
        with pikepdf.open(out, password=password) as pdf:
            assert len(pdf.pages) >= 1
    plain = relais("pdf", "bilan", "--vault", str(vault), "--person", "1", "--out", str(tmp_path / "plain.pdf"),
                   stdin=PW)
    assert plain.returncode == 0
    pikepdf.open(tmp_path / "plain.pdf").close()

    from app.services.shared.workspace import Workspace

    ws = Workspace.open(vault, "alice", PW.strip())
    try:
        with ws.read() as session:
            events = [e.detail for e in session.scalars(
                select(AuditEvent).where(AuditEvent.action == "document.exported").order_by(AuditEvent.id))]
    finally:
        ws.lock()
    details = [d if isinstance(d, dict) else json.loads(d or "{}") for d in events]
    assert [d.get("protected", False) for d in details] == [True, True, False]
    assert all(password not in json.dumps(d) for d in details)
