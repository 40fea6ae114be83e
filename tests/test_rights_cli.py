"""The rights and indicators commands, run as a user would run them: export (json, fhir),
pdf access, indicators, erase (with a supervisor's passphrase on the next stdin line)."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from fhir.resources.R4B.bundle import Bundle

from app.services.persons.records import PersonService
from app.services.shared.vault_settings import set_setting
from tests.caseload_fixtures import NISS, build_caseload
from tests.conftest import PASSPHRASE, USER, open_as
from tests.test_cli import relais


@pytest.fixture
def filled(ws, vault_dir):
    caseload = build_caseload(ws)
    ws.lock()
    return vault_dir, caseload


def test_export_json_and_fhir(filled, tmp_path):
    vault, c = filled
    out = tmp_path / "anna.json"
    result = relais("export", "--vault", str(vault), "--user", USER, "--person", str(c.anna), "--format", "json",
                    "--out", str(out))
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text("utf-8"))
    assert data["records"]["persons"][0]["niss"] == NISS
    fhir = tmp_path / "anna.fhir.json"
    result = relais("export", "--vault", str(vault), "--user", USER, "--person", str(c.anna), "--format", "fhir",
                    "--out", str(fhir))
    assert result.returncode == 0, result.stderr
    Bundle.model_validate_json(fhir.read_text("utf-8"))
    missing = relais("export", "--vault", str(vault), "--user", USER, "--person", "999", "--format", "json",
                     "--out", str(tmp_path / "none.json"))
    assert missing.returncode == 1 and not (tmp_path / "none.json").exists()
    assert relais("export", "--vault", str(vault), "--person", "1", "--format", "xml", "--out", "x").returncode == 2


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_access_pdf(filled, tmp_path):
    vault, c = filled
    out = tmp_path / "access.pdf"
    result = relais("pdf", "access", "--vault", str(vault), "--user", USER, "--person", str(c.anna), "--lang", "nl",
                    "--out", str(out))
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Alles wat Relais bewaart over Anna Testova" in text
    assert "Sœur Maria" in text and "Service Fictif d'Accueil" in text and NISS in text


def test_indicators_csv(filled, tmp_path):
    vault, _ = filled
    out = tmp_path / "ind.csv"
    result = relais("indicators", "--vault", str(vault), "--user", USER, "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "3 row(s)" in result.stdout
    raw = out.read_text("utf-8-sig")
    assert "Anna" not in raw and NISS not in raw
    wrong = relais("indicators", "--vault", str(vault), "--out", str(tmp_path / "ind.pdf"))
    assert wrong.returncode == 1 and ".csv" in wrong.stderr


def test_erase_needs_the_supervisor_under_retention(filled, tmp_path):
    vault, c = filled
    ws = open_as(vault, USER)
    set_setting(ws, "retention_years", 5)
    ws.lock()
    refused = relais("erase", "--vault", str(vault), "--user", "carla", "--person", str(c.anna))
    assert refused.returncode == 1 and "supervisor" in refused.stderr
    wrong = relais("erase", "--vault", str(vault), "--user", "carla", "--person", str(c.anna), "--supervisor", USER,
                   stdin=f"{PASSPHRASE}\nnot the one\n")
    assert wrong.returncode == 1
    done = relais("erase", "--vault", str(vault), "--user", "carla", "--person", str(c.anna), "--supervisor", USER,
                  stdin=f"{PASSPHRASE}\n{PASSPHRASE}\n")
    assert done.returncode == 0, done.stderr
    ws = open_as(vault, USER)
    try:
        assert c.anna not in {r.id for r in PersonService(ws).rows()}
    finally:
        ws.lock()
