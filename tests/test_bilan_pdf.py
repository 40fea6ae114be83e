"""The bilan PDF: what the person agreed to share and nothing more, hostile and
multi-script text printed as typed, long sections across pages, every font embedded,
and refusals that say why (GP refused, draft, consent missing)."""

from __future__ import annotations

import re

import pytest
from reportlab.platypus import Paragraph

from app.errors import RelaisError
from app.services.bilan import pdf as bilan_pdf
from app.services.bilan import records as bilans
from app.services.bilan.convention import choose_parts_for
from app.services.documents.catalogue import produce
from app.services.shared.documents import PdfRequest, document_bytes, list_documents
from app.services.shared.profile import set_letterhead
from tests.bilan_fixtures import (  # noqa: F401
    TODAY,
    flat,
    install_fake_providers,
    needs_poppler,
    pdf_fonts,
    pdf_text,
    world,
)

HOSTILE = ("<b>pas gras</b> & <script>alert('x')</script> <para> &amp; </para> a<b "
           "Łukasz Wiśniewski Małgorzata Dąbrowska · Şükrü Yılmaz Öykü Çelik İbrahim · "
           "Ștefan Țurcanu Mădălina · Γιώργος Οικονόμου · Олександр Шевченко Наталія")


def final_bilan(ws, pid, sections: dict, shared: dict, **kw) -> int:
    bid = bilans.create_bilan(ws, pid, "initial")
    bilans.update_bilan(ws, bid, sections=sections, shared=shared, **kw)
    bilans.finalise_bilan(ws, bid)
    return bid


def produced_text(ws, doc_id, tmp_path) -> str:
    return flat(pdf_text(document_bytes(ws, doc_id), tmp_path))


@needs_poppler
def test_gp_pdf_holds_only_the_shared_parts(world, monkeypatch, tmp_path):
    ws, pid, gp, _ = world
    install_fake_providers(monkeypatch)
    set_letterhead(ws, {"organisation": "Équipe mobile fictive", "worker_name": "Alice Martin",
                        "phone": "+32 2 222 22 22", "email": "alice@example.org"})
    bid = bilans.create_bilan(ws, pid, "initial", prefill=False)
    bilans.update_bilan(ws, bid, sections={
        "request": "Je voudrais dormir au chaud", "context": "CONTEXTE-PRIVÉ",
        "psychological": "Angoisses la nuit", "social": "SOCIAL-PRIVÉ", "gp_request": "Un bilan sanguin"},
        shared={"request": True, "psychological": True, "gp_request": True, "needs": True, "partners": True},
        physician={"agreed": True, "name": "Dr Zofia Nowak", "inami": "12345678901", "cosigned_on": TODAY})
    bilans.finalise_bilan(ws, bid)
    text = produced_text(ws, bilans.produce_bilan(ws, PdfRequest(pid, gp, None, "gp")), tmp_path)
    for expected in ("Je voudrais dormir au chaud", "Angoisses la nuit", "Un bilan sanguin",
                     "Ce que nous vous demandons", "Łukasz Wiśniewski", "2 besoin(s) non satisfait(s)",
                     "Logement", "Maison d'accueil fictive", "accueil@example.org", "Dr Zofia Nowak",
                     "1-23456-78-901", "Alice Martin", "+32 2 222 22 22", "consentement de la personne (écrit)",
                     "Cabinet médical fictif", "Sur liste d'attente"):
        assert expected in text, expected
    assert "referral:" not in text   # role codes print as words
    for private in ("CONTEXTE-PRIVÉ", "SOCIAL-PRIVÉ", "Avoir un chez-moi", "Sœur Amina"):
        assert private not in text, private   # unshared sections, unshared goals, network


@needs_poppler
def test_full_internal_copy_holds_every_section_and_the_network(world, monkeypatch, tmp_path):
    ws, pid, _, _ = world
    install_fake_providers(monkeypatch)
    monkeypatch.setattr(bilan_pdf, "FULL_APPENDICES", {})   # the fake assessment id names no real one
    bid = bilans.create_bilan(ws, pid, "interim", prefill=False)
    bilans.update_bilan(ws, bid, sections={"context": "CONTEXTE-PRIVÉ", "proposal": "Visiter le logement"})
    data = document_bytes(ws, produce(ws, "bilan", PdfRequest(pid, None, "en", "full", {"bilan_id": bid})))
    text = flat(pdf_text(data, tmp_path))
    assert all(" yes " in line for line in pdf_fonts(data, tmp_path))   # bullets and boxes too
    for expected in ("Functional bilan", "DRAFT — not final", "CONTEXTE-PRIVÉ", "Visiter le logement",
                     "Social network", "Sœur Amina", "Social isolation signal", "Avoir un chez-moi avant l'hiver",
                     "CPAS : prime d'installation", "Extra domains unmet", "Paid work", "Internal copy",
                     "Psychological functioning", "What is asked of the GP"):
        assert expected in text, expected


@needs_poppler
def test_full_variant_for_a_partner_keeps_the_persons_choices(world, monkeypatch, tmp_path):
    ws, pid, _, ssm = world
    install_fake_providers(monkeypatch)
    bid = final_bilan(ws, pid, {"context": "CONTEXTE-PRIVÉ", "proposal": "Visiter le logement"}, {"proposal": True})
    choose_parts_for(ws, bid, ssm, ["proposal"])
    text = produced_text(ws, bilans.produce_bilan(ws, PdfRequest(pid, ssm, None, "full")), tmp_path)
    assert "Visiter le logement" in text and "Functioneel bilan" in text   # the partner works in Dutch
    assert "CONTEXTE-PRIVÉ" not in text
    assert "Sœur Amina" not in text        # the consent does not cover the network


@needs_poppler
def test_hostile_multiscript_text_round_trips_and_fonts_are_embedded(world, tmp_path):
    ws, pid, gp, _ = world
    final_bilan(ws, pid, {"request": HOSTILE, "gp_request": HOSTILE}, {"request": True, "gp_request": True})
    data = document_bytes(ws, bilans.produce_bilan(ws, PdfRequest(pid, gp, None, "gp")))
    text = flat(pdf_text(data, tmp_path))
    assert text.count(HOSTILE) == 2
    fonts = pdf_fonts(data, tmp_path)
    assert fonts and all(" yes " in line and "DejaVuSans" in line for line in fonts)


@needs_poppler
def test_a_20000_character_section_spreads_over_pages_intact(world, tmp_path):
    ws, pid, gp, _ = world
    words = [f"mot{i:04d}" for i in range(2500)]          # 20,000 characters with the spaces
    long_section = " ".join(words)[:20000]
    final_bilan(ws, pid, {"psychological": long_section}, {"psychological": True})
    data = document_bytes(ws, bilans.produce_bilan(ws, PdfRequest(pid, gp, None, "gp")))
    pages = [p for p in pdf_text(data, tmp_path).split("\f") if p.strip()]
    assert len(pages) >= 3
    assert f"Page {len(pages)} sur {len(pages)}" in pages[-1]
    furniture = re.compile(r"^(Confidentiel — secret professionnel|Alice Martin|Bilan fonctionnel — pour le médecin "
                           r"généraliste|Document [0-9A-F]{12}|Page \d+ sur \d+)$")
    body = [line for page in pages for line in page.splitlines() if not furniture.match(line.strip())]
    assert long_section in flat("\n".join(body))
    assert all(" yes " in line for line in pdf_fonts(data, tmp_path))


def test_gp_involvement_refused_blocks_every_gp_pdf_but_not_other_partners(world):
    ws, pid, gp, ssm = world
    bid = final_bilan(ws, pid, {"request": "x"}, {"request": True}, gp_refused=True)
    choose_parts_for(ws, bid, ssm, ["request"])
    for call in (lambda: bilans.produce_bilan(ws, PdfRequest(pid, gp, None, "gp")),
                 lambda: produce(ws, "bilan", PdfRequest(pid, gp, None, "full"))):   # the CLI's path too
        with pytest.raises(RelaisError) as exc:
            call()
        assert exc.value.code == "bilan.gp_refused"
        assert "refused that their GP be involved" in exc.value.message("en")
    assert bilans.produce_bilan(ws, PdfRequest(pid, ssm, None, "gp"))
    assert [d.partner_id for d in list_documents(ws, pid)] == [ssm]


def test_a_draft_never_goes_to_a_partner_but_an_internal_copy_is_possible(world):
    ws, pid, gp, _ = world
    bid = bilans.create_bilan(ws, pid, "initial")
    bilans.update_bilan(ws, bid, sections={"request": "x"}, shared={"request": True})
    with pytest.raises(RelaisError) as exc:
        bilans.produce_bilan(ws, PdfRequest(pid, gp, None, "gp", {"bilan_id": bid}))
    assert exc.value.code == "bilan.draft_not_shared"
    with pytest.raises(RelaisError) as exc:
        bilans.produce_bilan(ws, PdfRequest(pid, gp, None, "gp"))
    assert exc.value.code == "bilan.none_final"
    assert bilans.produce_bilan(ws, PdfRequest(pid, None, "fr", "gp", {"bilan_id": bid}))


def test_consent_missing_is_refused_with_the_reason(world):
    from app.models.partner import Partner

    ws, pid, _, _ = world
    final_bilan(ws, pid, {"request": "x"}, {"request": True})
    with ws.unit() as s:
        other = Partner(organisation="CPAS fictif", sector="social", languages=["fr"])
        s.add(other)
        s.flush()
        other_id = other.id
    with pytest.raises(RelaisError) as exc:
        bilans.produce_bilan(ws, PdfRequest(pid, other_id, None, "gp"))
    assert exc.value.code == "consent.none_for_partner" and "CPAS fictif" in exc.value.message("en")
    assert list_documents(ws, pid) == []


def test_unknown_variant_is_refused(world):
    ws, pid, _, _ = world
    final_bilan(ws, pid, {"request": "x"}, {"request": True})
    with pytest.raises(RelaisError) as exc:
        bilans.produce_bilan(ws, PdfRequest(pid, None, "fr", "poster"))
    assert exc.value.code == "bilan.unknown_variant"


@needs_poppler
def test_a_final_bilan_prints_what_was_known_when_it_was_finalised(world, monkeypatch, tmp_path):
    ws, pid, gp, _ = world
    install_fake_providers(monkeypatch)
    final_bilan(ws, pid, {"request": "x"}, {"request": True, "partners": True})
    install_fake_providers(monkeypatch, partners=[])          # later, the partners changed
    text = produced_text(ws, bilans.produce_bilan(ws, PdfRequest(pid, gp, None, "gp")), tmp_path)
    assert "Maison d'accueil fictive" in text


@needs_poppler
def test_full_variant_draws_the_wired_appendices(world, monkeypatch, tmp_path):
    ws, pid, _, _ = world
    install_fake_providers(monkeypatch)
    seen = {}

    def cansas_appendix(ws_, assessment_id):
        seen["cansas"] = assessment_id
        return lambda renderer: [Paragraph("TABLE-CANSAS-FAKE", renderer.styles["body"])]

    def network_appendix(ws_, snapshot_id):
        seen["network"] = snapshot_id
        return None                                 # nothing to draw: no appendix, no error

    monkeypatch.setattr(bilan_pdf, "FULL_APPENDICES", {
        "cansas": (cansas_appendix, "needs_summary"), "network": (network_appendix, "network")})
    final_bilan(ws, pid, {"request": "x"}, {})
    text = produced_text(ws, produce(ws, "bilan", PdfRequest(pid, None, "fr", "full")), tmp_path)
    assert seen == {"cansas": 7, "network": 3}
    assert "Évaluation des besoins (CANSAS)" in text and "TABLE-CANSAS-FAKE" in text


@needs_poppler
@pytest.mark.parametrize("given, family", [
    ("Małgorzata", "Wiśniewska-Dąbrowska"),     # Polish
    ("Şükrü", "Öztürk-Çağlar"),                 # Turkish, dotless and dotted i: İbrahim Yılmaz below
    ("İbrahim", "Yılmaz"),
    ("Ștefan", "Țurcanu-Mădălin"),              # Romanian comma-below letters
    ("Γιώργος", "Οικονόμου"),                   # Greek
    ("Олександр", "Шевченко-Бондаренко"),       # Cyrillic
])
def test_names_in_any_script_print_as_typed(ws, tmp_path, given, family):
    from app.services.persons.records import PersonService

    pid = PersonService(ws).create({"given_names": given, "family_name": family})
    bid = bilans.create_bilan(ws, pid, "initial")
    bilans.update_bilan(ws, bid, sections={"request": f"{given} {family} <demande> & suite"}, physician={
        "agreed": True, "name": f"Dr {family}", "inami": "12345678901", "cosigned_on": None})
    data = document_bytes(ws, bilans.produce_bilan(ws, PdfRequest(pid, None, "fr", "full")))
    text = flat(pdf_text(data, tmp_path))
    assert f"{given} {family}" in text
    assert f"{given} {family} <demande> & suite" in text and f"Dr {family}" in text
    assert all(" yes " in line for line in pdf_fonts(data, tmp_path))
