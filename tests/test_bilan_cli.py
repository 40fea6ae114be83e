"""`python main.py pdf bilan` as a user runs it: an internal copy from a demo vault, and a
clear one-line refusal when no consent covers the recipient."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from app.models.bilan import Bilan
from app.models.partner import Partner
from app.services.shared.workspace import Workspace
from tests.conftest import PASSPHRASE, USER
from tests.test_cli import cli_vault, relais  # noqa: F401


def first_final_bilan(folder) -> tuple[int, int]:
    ws = Workspace.open(folder, USER, PASSPHRASE)
    try:
        with ws.unit() as s:
            bilan = s.query(Bilan).filter(Bilan.status == "final").first()
            gp = Partner(organisation="Cabinet fictif", is_gp=True, sector="first_line", languages=["nl"])
            s.add(gp)
            s.flush()
            return bilan.person_id, gp.id
    finally:
        ws.lock()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdf_bilan_from_the_command_line(cli_vault, tmp_path):  # noqa: F811
    assert relais("demo", "--vault", str(cli_vault), "--persons", "40", "--seed", "5").returncode == 0
    person, gp = first_final_bilan(cli_vault)
    out = tmp_path / "bilan.pdf"
    done = relais("pdf", "bilan", "--vault", str(cli_vault), "--person", str(person), "--lang", "nl",
                  "--out", str(out))
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Functioneel bilan" in text and "Interne kopie" in text

    refused = relais("pdf", "bilan", "--vault", str(cli_vault), "--person", str(person), "--partner", str(gp),
                     "--out", str(tmp_path / "gp.pdf"))
    assert refused.returncode == 1
    assert refused.stderr.strip().count("\n") == 0 and "Cabinet fictif" in refused.stderr
    assert not (tmp_path / "gp.pdf").exists()
