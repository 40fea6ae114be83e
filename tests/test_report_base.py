"""The report foundation: escaping, embedded fonts, long text, repeated table headers."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.reports.base import DocumentRenderer, Letterhead
from app.reports.text import safe

pdftotext = shutil.which("pdftotext")
needs_poppler = pytest.mark.skipif(pdftotext is None, reason="poppler-utils not installed")


class Sample(DocumentRenderer):
    def __init__(self, body: str, rows: int = 0, **kw):
        super().__init__("fr", Letterhead(organisation="Équipe mobile fictive"), title="Essai", **kw)
        self.body, self.rows = body, rows

    def story(self):
        flow = [self.heading("Titre"), *self.long_text(self.body)]
        if self.rows:
            flow.append(self.table(["Nom", "Note"], [[f"ligne {i}", "x" * 40] for i in range(self.rows)]))
        return flow


def text_of(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "out.pdf"
    path.write_bytes(pdf)
    return subprocess.run([pdftotext, "-layout", str(path), "-"], capture_output=True, text=True).stdout


def test_safe_escapes_markup():
    assert safe("<b>&</b>") == "&lt;b&gt;&amp;&lt;/b&gt;"
    assert safe("a\nb") == "a<br/>b"
    assert safe("\x00bell\x07") == "bell"


@needs_poppler
def test_hostile_and_multiscript_text_prints_as_typed(tmp_path):
    typed = "<script>alert('x')</script> & <b>not bold</b> Łukasz Wiśniewski Şükrü Çelik Ștefan Țurcanu Γιώργος Οικονόμου Олександр Шевченко"
    pdf = Sample(typed).render()
    text = " ".join(text_of(pdf, tmp_path).split())
    assert typed in text


@needs_poppler
def test_every_font_is_embedded(tmp_path):
    path = tmp_path / "f.pdf"
    path.write_bytes(Sample("Олександр").render())
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    lines = out.splitlines()[2:]
    assert lines
    for line in lines:
        assert " yes " in line  # emb column


@needs_poppler
def test_long_text_and_tables_split_with_repeated_headers_and_page_numbers(tmp_path):
    pdf = Sample("mot " * 5000, rows=200).render()
    text = text_of(pdf, tmp_path)
    pages = text.split("\f")
    real_pages = [p for p in pages if p.strip()]
    assert len(real_pages) > 3
    assert f"Page 1 sur {len(real_pages)}" in text
    # The table header row is repeated on the pages the table spans.
    assert sum("Nom" in p and "Note" in p for p in real_pages) >= 2
    assert all("Confidentiel — secret professionnel" in p for p in real_pages)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_text_renders(text):
    assert Sample(text).render().startswith(b"%PDF")
