"""Property-based tests (hypothesis) for what comes from outside: any text that reaches a
PDF, any CSV a partner sends, any NISS typed or pasted."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date

import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from app.errors import RelaisError
from app.models.niss import NissInvalid, format_niss, niss_checksum, parse_niss
from app.reports.base import DocumentRenderer, Letterhead
from app.reports.text import clean, paragraphs, safe
from app.services.persons.importing import PERSON_COLUMNS, import_persons
from app.services.persons.records import PersonService
from app.services.shared.csv_import import ImportRefused

# Any unicode a keyboard, a paste or a CSV can bring, control characters included.
# Surrogates cannot exist in a Python str that came from a real file, so they are left out.
ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)
SCRIPTS = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzÀÉÈÇÖÜŁŚŞĞİŢȘąęłśźżçğışţșαβγδεζηθλμπσωΑΓΔΘΛΠΣΩабвгдежзиклмнопрстуфхцчшщыэюяЁЇЄ")
)
MARKUP = st.sampled_from(list("<>&\"'/=;") + ["<b>", "</para>", "&amp;", "<br/>", "<font size=40>", "&#0;"])
PRINTABLE_TEXT = st.lists(st.one_of(SCRIPTS, MARKUP, st.just(" "), st.just("\n")), max_size=120).map("".join)

SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


class EveryDoor(DocumentRenderer):
    """Sends one user text through every helper a report may use."""

    def __init__(self, text: str) -> None:
        super().__init__("fr", Letterhead(organisation=text[:80]), title=text[:60])
        self.text = text

    def story(self):
        return [
            self.heading(self.text[:100]),
            self.para(self.text),
            *self.long_text(self.text),
            self.table([self.text[:20], "Note"], [[self.text, self.text[:50]], ["x", self.text]]),
            self.key_values([(self.text[:30], self.text)]),
        ]


@SETTINGS
@given(ANY_TEXT)
def test_any_text_reaches_every_pdf_door_without_error(text):
    assert EveryDoor(text).render().startswith(b"%PDF")


@SETTINGS
@given(ANY_TEXT)
def test_safe_text_is_inert_markup(text):
    escaped = safe(text)
    # Only the line breaks Relais itself inserts remain as tags; every other < is escaped.
    assert "<" not in escaped.replace("<br/>", "")
    assert not re.search(r"&(?!amp;|lt;|gt;)", escaped)
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", escaped)
    for block in paragraphs(text):
        assert "<" not in block.replace("<br/>", "")


@SETTINGS
@given(ANY_TEXT)
def test_clean_is_idempotent_and_keeps_visible_characters(text):
    once = clean(text)
    assert clean(once) == once
    visible = [ch for ch in text if ch.isalnum()]
    assert [ch for ch in once if ch.isalnum()] == visible


pdftotext = shutil.which("pdftotext")


@pytest.mark.skipif(pdftotext is None, reason="poppler-utils not installed")
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PRINTABLE_TEXT)
def test_markup_and_any_script_print_exactly_as_typed(tmp_path_factory, text):
    words = text.split()
    assume(words)

    class Body(DocumentRenderer):
        def story(self):
            return self.long_text(text)

    path = tmp_path_factory.mktemp("pdf") / "p.pdf"
    path.write_bytes(Body("fr", Letterhead(organisation="Équipe"), title="t").render())
    out = subprocess.run([pdftotext, "-raw", str(path), "-"], capture_output=True, text=True).stdout
    printed = " ".join(out.split())
    assert " ".join(words) in printed


# -- the persons CSV importer ------------------------------------------------------------
CELL = st.one_of(
    ANY_TEXT.map(lambda t: t[:60]),
    st.sampled_from(["", "1984", "30/07/1985", "1985-07-30", "31/02/1990", "2090", "85.07.30-033.28",
                     "85073003329", "rented", "no_fixed_address", "castle", "fr", "fr,nl", "active", "lost",
                     "a@b.be", "not-an-email", "+32 470 12 34 56", "x" * 21000, "=cmd|' /C calc'!A0",
                     "\"quoted;cell\"", "line\nbreak"]),
)


@st.composite
def csv_files(draw):
    columns = draw(st.lists(st.sampled_from(PERSON_COLUMNS + ("favourite_colour",)), min_size=1, max_size=6,
                            unique=True))
    delimiter = draw(st.sampled_from([";", ","]))
    rows = draw(st.lists(st.lists(CELL, min_size=len(columns), max_size=len(columns) + 1), max_size=6))

    def quote(cell: str) -> str:
        return '"' + cell.replace('"', '""') + '"' if any(c in cell for c in '";,\n\r') else cell

    lines = [delimiter.join(columns)] + [delimiter.join(quote(c) for c in row) for row in rows]
    text = "\n".join(lines) + "\n"
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "latin-1-ish"]))
    if encoding == "latin-1-ish":
        return text.encode("utf-8", "surrogatepass") + b"\xe9\xff\n"
    return text.encode(encoding, "surrogatepass")


@SETTINGS
@given(csv_files())
def test_a_csv_is_imported_whole_or_refused_with_named_rows_never_partly(ws, tmp_path_factory, raw):
    path = tmp_path_factory.mktemp("csv") / "in.csv"
    path.write_bytes(raw)
    service = PersonService(ws)
    before = service.count()
    try:
        added = import_persons(ws, path)
        event("imported")
    except ImportRefused as exc:
        assert exc.errors and all(e.line >= 0 for e in exc.errors)
        assert exc.message()  # every row error renders as a sentence
        assert service.count() == before
    except RelaisError as exc:  # file-level refusal (unreadable, too large)
        assert exc.message()
        assert service.count() == before
    else:
        assert service.count() == before + added


# -- NISS ----------------------------------------------------------------------------------
@given(st.integers(1900, 2025), st.integers(0, 12), st.integers(0, 31), st.integers(1, 997),
       st.sampled_from([0, 20, 40]), st.sampled_from(["", ".", "-", " ", "/"]))
def test_valid_numbers_parse_in_any_punctuation(year, month, day, serial, bis, sep):
    first = f"{year % 100:02d}{month + bis if month else bis:02d}{day:02d}{serial:03d}"
    try:
        expected_birth = date(year, month, day) if month and day else None
    except ValueError:
        assume(False)
    niss = first + niss_checksum(first, year >= 2000)
    typed = sep.join([niss[0:2], niss[2:4], niss[4:6], niss[6:9], niss[9:11]])
    info = parse_niss(typed)
    assert info.digits == niss
    assert info.birth_date == expected_birth
    assert info.is_bis == bool(bis)
    assert parse_niss(format_niss(niss)) == info


@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=30))
def test_any_text_is_valid_ascii_or_refused_with_a_known_code(text):
    try:
        info = parse_niss(text)
    except NissInvalid as exc:
        assert exc.code in {"niss.length", "niss.checksum", "niss.date"}
    else:
        assert info.digits.isascii() and info.digits.isdigit() and len(info.digits) == 11


@given(st.integers(1920, 2025), st.integers(1, 12), st.integers(1, 28), st.integers(1, 997),
       st.integers(0, 10), st.integers(1, 9))
def test_one_mistyped_digit_is_caught(year, month, day, serial, position, delta):
    first = f"{year % 100:02d}{month:02d}{day:02d}{serial:03d}"
    niss = first + niss_checksum(first, year >= 2000)
    changed = niss[:position] + str((int(niss[position]) + delta) % 10) + niss[position + 1:]
    try:
        info = parse_niss(changed)
    except NissInvalid:
        return
    # 97 is prime, so within one century a single changed digit never keeps the checksum;
    # only the other century's checksum can match by chance, giving another birth date.
    assert info.century != (2000 if year >= 2000 else 1900)


def test_digits_of_other_scripts_read_as_ascii():
    assert parse_niss("٨٥٠٧٣٠٠٣٣٢٨").digits == "85073003328"
    assert parse_niss("８５.０７.３０-０３３.２８").digits == "85073003328"
    with pytest.raises(NissInvalid):
        parse_niss("²" * 11)
