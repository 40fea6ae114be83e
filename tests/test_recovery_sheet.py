"""The recovery sheet: the key and the vault location on paper, in the user's language,
with the fonts embedded and nothing about the people in the vault."""

from __future__ import annotations

import subprocess

import pytest

from app.services.admin.recovery_sheet import recovery_sheet_pdf
from app.services.persons.records import PersonService
from tests.conftest import pdf_text

KEY = "ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ2-34567-89ABC-DEFGH"


@pytest.mark.parametrize("lang, title, todo", [
    ("fr", "Feuille de récupération", "Rangez-la sous clé"),
    ("nl", "Herstelblad", "Bewaar het achter slot"),
    ("en", "recovery sheet", "Keep it locked away"),
])
def test_sheet_prints_key_location_and_instructions(tmp_path, lang, title, todo):
    folder = tmp_path / "Relais <vault> & co"
    text = pdf_text(recovery_sheet_pdf(folder, KEY, lang), tmp_path)
    assert title in text and todo in text
    assert "ABCDE-FGHJK-LMNPQ-RSTUV" in text and "WXYZ2-34567-89ABC-DEFGH" in text
    flat = "".join(text.split())                     # a long path wraps inside its cell
    assert "".join(str(folder.resolve()).split()) in flat   # markup characters print as typed


def test_sheet_holds_no_personal_data(tmp_path, ws, vault_dir):
    PersonService(ws).create({"given_names": "Şükrü", "family_name": "Yıldırım", "niss": "85073003328"})
    text = pdf_text(recovery_sheet_pdf(vault_dir, KEY, "fr"), tmp_path)
    assert "Yıldırım" not in text and "85073003328" not in text and "alice" not in text.lower()


def test_sheet_embeds_its_fonts(tmp_path):
    path = tmp_path / "sheet.pdf"
    path.write_bytes(recovery_sheet_pdf(tmp_path, KEY, "nl"))
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all("DejaVu" in r and " yes " in r for r in rows)
