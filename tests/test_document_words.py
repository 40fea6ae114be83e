"""Issue 19 point 12: words a Belgian professional expects in FR and NL documents — action
owners and dates in the document's language (not the interface's), languages as names,
French elision, one term for met needs, CANSAS labels that say what the domain asks."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta

from app.models.instruments import cansas_core_domains, life_domain_label
from app.paths import I18N, RESOURCES, TEMPLATES
from app.reports.glossary import language_names
from app.reports.labels import Labels, elide_fr
from app.services import careplan as careplans
from app.services.bilan import records as bilans
from app.services.shared.documents import PdfRequest, document_bytes
from app.texts import current_language
from tests.bilan_fixtures import flat, needs_poppler, pdf_text, world  # noqa: F401


def test_languages_print_as_names_in_the_documents_language():
    assert language_names(["ro", "fr"], "fr") == "roumain, français"
    assert language_names(["ro", "fr"], "nl") == "Roemeens, Frans"
    assert language_names(["pl", "xx"], "en") == "Polish, xx"       # an unknown code prints as typed


def test_french_elides_before_a_name_that_starts_with_a_vowel():
    letter = Labels("letter", "fr")
    assert letter.get("subject", person="Ewa Kowalska") == "Orientation d'Ewa Kowalska vers votre service"
    assert letter.get("subject", person="Łukasz") == "Orientation de Łukasz vers votre service"
    assert letter.get("to_attention", name="Équipe mobile") == "À l'attention d'Équipe mobile"
    assert Labels("letter", "nl").get("subject", person="Ewa") == "Doorverwijzing van Ewa naar uw dienst"
    # Not before h or y (a foreign name cannot tell whether the h is aspirated), nor inside a word.
    assert elide_fr("Orientation de Hasan", "Hasan") == "Orientation de Hasan"
    assert elide_fr("monde Ana", "Ana") == "monde Ana"


@needs_poppler
def test_action_owners_and_dates_follow_the_document_not_the_interface(world, tmp_path):
    ws, pid, gp, _ = world
    assert current_language() == "en"                    # the interface is in English
    version = careplans.create_plan(ws, pid)
    goal = careplans.add_goal(ws, version, careplans.GoalInput("Retrouver un logement", "accommodation"))
    due = date.today() + timedelta(days=20)
    careplans.add_action(ws, goal, careplans.ActionInput("Aller au CPAS", "person", due_on=due))
    careplans.add_action(ws, goal, careplans.ActionInput("Chercher des annonces", "informal", "ma sœur"))
    bid = bilans.create_bilan(ws, pid, "initial", prefill=False)
    bilans.update_bilan(ws, bid, sections={"request": "Un logement"})
    bilans.finalise_bilan(ws, bid)                       # frozen while the interface is in English
    day = f"{due.day:02d}/{due.month:02d}/{due.year}"
    fr = flat(pdf_text(document_bytes(ws, bilans.produce_bilan(ws, PdfRequest(pid, None, "fr", "full"))), tmp_path))
    assert f"La personne : Aller au CPAS ({day})" in fr and "ma sœur : Chercher des annonces" in fr
    assert "polonais, français" in fr
    nl = flat(pdf_text(document_bytes(ws, bilans.produce_bilan(ws, PdfRequest(pid, None, "nl", "full"))), tmp_path))
    assert f"De persoon: Aller au CPAS ({day})" in nl and "Pools, Frans" in nl
    for text in (fr, nl):
        assert "The person" not in text and due.isoformat() not in text


def _document_wording(lang: str) -> list[str]:
    texts: list[str] = []
    for path in [*TEMPLATES.glob("*.json"), *I18N.glob("messages*.json"), RESOURCES / "instruments" / "cansas.json"]:
        def walk(value):
            if isinstance(value, dict):
                if isinstance(value.get(lang), str):
                    texts.append(value[lang])
                for v in value.values():
                    walk(v)
            elif isinstance(value, list):
                for v in value:
                    walk(v)
        walk(json.loads(path.read_text("utf-8")))
    for path in I18N.glob(f"*_{lang}.ts"):
        texts += re.findall(r"<translation>([^<]*)</translation>", path.read_text("utf-8"))
    return texts


def test_one_term_for_met_needs_in_every_document_and_the_interface():
    glossary = json.loads((RESOURCES / "glossary.json").read_text("utf-8"))["met_needs"]["term"]
    assert (glossary["fr"], glossary["nl"]) == ("besoins satisfaits", "vervulde zorgbehoeften")
    fr = [t for t in _document_wording("fr") if "besoin" in t.lower() or "satisf" in t.lower()]
    assert fr and not [t for t in fr if re.search(r"rencontr|couvert", t, re.I)]
    nl = [t for t in _document_wording("nl") if "behoefte" in t.lower() or "vervuld" in t.lower()]
    assert nl and not [t for t in nl if re.search(r"voldaan|beantwoord|ingevuld", t, re.I)]


def test_cansas_labels_say_what_the_domain_asks():
    labels = {lang: {d.id: life_domain_label(d.id, lang) for d in cansas_core_domains()} for lang in ("fr", "nl")}
    assert labels["nl"]["basic_education"] == "Elementaire educatie (lezen, schrijven, rekenen)"
    assert labels["nl"]["safety_to_self"] == "Veiligheid voor de persoon zelf"
    assert labels["fr"]["safety_to_self"] == "Mise en danger de soi-même"
    assert labels["fr"]["child_care"] == "S'occuper de ses enfants"
    assert not {"Basisonderwijs", "Sécurité personnelle", "Garde des enfants"} & {
        *labels["fr"].values(), *labels["nl"].values()}
    sources = json.loads((RESOURCES / "instruments" / "cansas.json").read_text("utf-8"))["label_sources"]
    assert "ggzdataportaal" in sources["nl"] and "context/000" in sources["fr"]
