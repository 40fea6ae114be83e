"""Every PDF Relais writes carries its title and its language in its metadata (issue 24), so a
screen reader announces the document by name and reads it with the right voice."""

from __future__ import annotations

import ast
import io
import shutil
import subprocess

import pytest

from app.reports.base import DocumentRenderer, Letterhead
from app.reports.recovery_sheet import RecoverySheetRenderer
from tests.conftest import REPO

pikepdf = pytest.importorskip("pikepdf")


class Sample(DocumentRenderer):
    def __init__(self, lang: str, title: str) -> None:
        super().__init__(lang, Letterhead(organisation="Équipe mobile fictive"), title=title)

    def story(self):
        return [self.heading(self.title), self.para("Texte.")]


@pytest.mark.parametrize(("lang", "tag"), [("fr", "fr-BE"), ("nl", "nl-BE"), ("en", "en")])
def test_title_language_and_display_title_are_in_the_pdf(lang, tag):
    pdf = pikepdf.open(io.BytesIO(Sample(lang, "Plan d'accompagnement — Łukasz").render()))
    assert str(pdf.docinfo["/Title"]) == "Plan d'accompagnement — Łukasz"
    assert str(pdf.Root.Lang) == tag
    assert bool(pdf.Root.ViewerPreferences.DisplayDocTitle) is True


def test_a_real_document_in_dutch_says_so(tmp_path):
    data = RecoverySheetRenderer("nl", "/home/a/vault", "ABCDE-" * 7 + "ABCDE").render()
    pdf = pikepdf.open(io.BytesIO(data))
    assert str(pdf.Root.Lang) == "nl-BE"
    title = str(pdf.docinfo["/Title"])
    assert title and title == RecoverySheetRenderer("nl", "", "").title
    if shutil.which("pdfinfo"):            # poppler, as a reader sees it
        path = tmp_path / "sheet.pdf"
        path.write_bytes(data)
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
        assert any(line.split(":", 1) == ["Title", line.split(":", 1)[1]] and line.split(":", 1)[1].strip() == title
                   for line in info.splitlines())


def test_every_renderer_sets_a_title():
    """A subclass of DocumentRenderer passes title= or assigns self.title (read from the source,
    since each needs its own data to be built)."""
    renderers = 0
    for path in sorted((REPO / "app" / "reports").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ClassDef) and any(getattr(b, "id", "") == "DocumentRenderer" for b in node.bases):
                renderers += 1
                source = ast.get_source_segment(path.read_text("utf-8"), node) or ""
                assert "self.title =" in source or "title=" in source, f"{path.name}: {node.name}"
    assert renderers >= 7
