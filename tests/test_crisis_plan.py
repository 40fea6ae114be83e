"""The joint crisis plan: versions, hostile text printed exactly, the person's and pocket
versions, and the crisis partner's copy only with the person's consent."""

from __future__ import annotations

import re
import subprocess
from datetime import date

import pikepdf
import pytest

from app.errors import RelaisError, ValidationError
from app.models.crisis import MAX_SECTION, CrisisVersionFrozen
from app.services.crisis import agree, current_plan, history, save_plan
from app.services.documents.catalogue import produce
from app.services.partners.directory import add_partner
from app.services.persons.records import PersonService
from app.services.shared.consents import record_consent
from app.services.shared.documents import PdfRequest, document_bytes

HOSTILE = ("<script>alert('x')</script> & <b>not bold</b> <font size=40>big</font> %PDF ]]> "
           "Łukasz Şükrü Γιώργος Олександр — «ça ne va pas»\nsecond line")

WORDS = {"warning_signs": "Je ne dors plus, je range tout la nuit.", "what_helps": "Marcher avec ma sœur.",
         "what_does_not_help": "Qu'on me parle fort.", "who_to_call": "Ma sœur Anna 0470 00 00 00",
         "who_not_to_call": "Mon ex-compagnon.", "treatment_preferences": "Pas d'injection si possible.",
         "home_children_pets": "Le chat Minou : la voisine a la clé.", "accepted_places": "Clinique Sans Souci"}


@pytest.fixture
def pid(ws):
    return PersonService(ws).create({"given_names": "Emine", "family_name": "Doğan"})


def text_of(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "x.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout


def test_versions_agreed_plans_are_kept_and_a_change_starts_the_next(ws, pid):
    first = save_plan(ws, pid, WORDS)
    assert save_plan(ws, pid, {"what_helps": "Marcher."}) == first        # still a draft: same version
    agree(ws, first, date(2026, 11, 1), today=date(2026, 11, 2))
    second = save_plan(ws, pid, {"what_helps": "Marcher avec ma sœur, le matin."})
    assert second != first
    old, new = history(ws, pid)[1], history(ws, pid)[0]
    assert old.sections["what_helps"] == "Marcher." and old.superseded and old.agreed_on == date(2026, 11, 1)
    assert new.number == 2 and new.is_draft and new.sections["who_to_call"] == WORDS["who_to_call"]
    with pytest.raises(RelaisError):
        agree(ws, first, date(2026, 11, 1), today=date(2026, 11, 2))
    from app.models.crisis import CrisisPlanVersion

    with pytest.raises(CrisisVersionFrozen), ws.unit() as session:
        session.get(CrisisPlanVersion, first).what_helps = "rewritten history"
    assert history(ws, pid)[1].sections["what_helps"] == "Marcher."


def test_too_long_and_empty_plans_are_refused(ws, pid):
    with pytest.raises(ValidationError):
        save_plan(ws, pid, {"what_helps": "x" * (MAX_SECTION + 1)})
    version = save_plan(ws, pid, {})
    with pytest.raises(RelaisError) as caught:
        agree(ws, version, date(2026, 11, 1), today=date(2026, 11, 2))
    assert caught.value.code == "crisis.empty"


@pytest.mark.parametrize("variant", ["person", "card"])
def test_hostile_text_and_any_script_print_exactly(ws, pid, tmp_path, variant):
    save_plan(ws, pid, {**WORDS, "what_helps": HOSTILE})
    for lang, heading in (("fr", "Ce qui m'aide"), ("nl", "Wat mij helpt")):
        doc = produce(ws, "crisisplan", PdfRequest(pid, language=lang, variant=variant))
        data = document_bytes(ws, doc)
        text = re.sub(r"\s+", " ", text_of(data, tmp_path))
        assert heading in text
        for piece in ("<script>alert('x')</script> & <b>not bold</b>", "<font size=40>big</font>",
                      "Łukasz Şükrü Γιώργος Олександр", "«ça ne va pas»", "second line"):
            assert piece in text, piece
        with pikepdf.open(tmp_path / "x.pdf") as pdf:
            assert len(pdf.pages) == 1


def test_the_partner_copy_needs_the_persons_consent_in_the_plan(ws, pid, tmp_path):
    crisis_unit = add_partner(ws, {"organisation": "Équipe mobile de crise", "phone": "02 000 00 00"})
    other = add_partner(ws, {"organisation": "Autre service"})
    for partner in (crisis_unit, other):
        record_consent(ws, pid, document_types=["care_plan"], partner_id=partner)
    save_plan(ws, pid, WORDS, partner_ids=[crisis_unit])
    with pytest.raises(RelaisError) as caught:
        produce(ws, "crisisplan", PdfRequest(pid, partner_id=other, language="nl"))
    assert caught.value.code == "crisis.partner_not_consented"
    doc = produce(ws, "crisisplan", PdfRequest(pid, partner_id=crisis_unit, language="nl"))
    text = re.sub(r"\s+", " ", text_of(document_bytes(ws, doc), tmp_path))
    assert "Gezamenlijk crisisplan" in text and "Équipe mobile de crise" in text
    assert current_plan(ws, pid).partner_ids == (crisis_unit,)
