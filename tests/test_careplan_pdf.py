"""The printed care plan: the person's plain-language copy, the partners' table, consent,
drafts, hostile text and what a peer worker's copy leaves out."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest

from app.errors import RelaisError
from app.models.consent import Consent
from app.models.partner import Partner
from app.services import careplan as cp
from app.services.careplan import ActionInput, GoalInput
from app.services.documents.catalogue import produce
from app.services.persons.records import PersonService
from app.services.shared.documents import PdfRequest, document_bytes
from app.services.shared.sharing import ConsentMissing
from tests.conftest import add_user, open_as
from tests.conftest import pdf_text as conftest_pdf_text

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")

HOSTILE = "Retrouver <b>un logement</b> & vivre avec Олександр"


def pdf_text(data: bytes, tmp_path) -> str:
    return " ".join(conftest_pdf_text(data, tmp_path).split())


@pytest.fixture
def plan(ws):
    pid = PersonService(ws).create({"given_names": "Şükrü", "family_name": "Çelik"})
    with ws.unit() as s:
        partner = Partner(organisation="Dienst Wonen fictief", sector="housing", languages=["nl"])
        s.add(partner)
        s.flush()
        partner_id = partner.id
    vid = cp.create_plan(ws, pid, date(2026, 9, 1), date(2026, 12, 1), today=date(2026, 9, 1))
    gid = cp.add_goal(ws, vid, GoalInput(HOSTILE, "accommodation", 1, "Ik kan goed koken"))
    cp.add_action(ws, gid, ActionInput("Naar het OCMW gaan", "person", due_on=date(2026, 10, 15)))
    cp.add_action(ws, gid, ActionInput("Zoekertjes bekijken", "informal", owner_label="zus Hatice",
                                       due_on=date(2026, 11, 30)))
    cp.add_action(ws, gid, ActionInput("Dossier opvolgen", "worker", owner_user_id=ws.user.id))
    return pid, vid, partner_id


def test_the_persons_copy_speaks_to_them(ws, plan, tmp_path):
    pid, vid, _ = plan
    draft = pdf_text(document_bytes(ws, produce(ws, "careplan", PdfRequest(pid, None, "fr", "person"))), tmp_path)
    assert "Projet : ce plan n'a pas encore été convenu avec la personne." in draft
    cp.agree(ws, vid, date(2026, 9, 3))
    text = pdf_text(document_bytes(ws, produce(ws, "careplan", PdfRequest(pid, None, "fr", "person"))), tmp_path)
    for expected in ("Mon plan de rétablissement", "Şükrü Çelik", "Nous avons convenu de ce plan ensemble le 3 septembre 2026.",
                     "Nous en reparlerons ensemble le 1er décembre 2026.", "Mon objectif 1", HOSTILE,
                     "Sur quoi je peux m'appuyer", "Ik kan goed koken", "Ce que nous allons faire",
                     "Moi Naar het OCMW gaan 15 octobre 2026", "zus Hatice", "Alice Martin",
                     "Copie interne"):
        assert expected in text, expected


def test_the_partners_copy_needs_consent_and_states_it(ws, plan, tmp_path):
    pid, vid, partner_id = plan
    cp.agree(ws, vid, date(2026, 9, 3))
    with pytest.raises(ConsentMissing):
        produce(ws, "careplan", PdfRequest(pid, partner_id, None, "partner"))
    with ws.unit() as s:
        s.add(Consent(person_id=pid, partner_id=partner_id, document_types=["care_plan"], given_on=date(2026, 9, 3)))
    doc = produce(ws, "careplan", PdfRequest(pid, partner_id, None, "partner"))
    text = pdf_text(document_bytes(ws, doc), tmp_path)
    for expected in ("Herstelplan", "Afgesproken met de persoon op 3 september 2026", "Doelen en acties",
                     "Naar het OCMW gaan", "De persoon", "zus Hatice", "15/10/2026", "te doen",
                     "Huisvesting · prioriteit 1", "met toestemming van de persoon (mondeling), gegeven op 03/09/2026"):
        assert expected in text, expected
    assert "Retrouver <b>un" in text  # markup printed as typed, not interpreted


def test_unknown_layout_and_missing_plan_are_refused(ws, plan):
    pid, _, _ = plan
    with pytest.raises(RelaisError) as exc:
        produce(ws, "careplan", PdfRequest(pid, None, "en", "poster"))
    assert exc.value.code == "careplan.variant_unknown"
    other = PersonService(ws).create({"alias": "Bibi"})
    with pytest.raises(RelaisError) as exc:
        produce(ws, "careplan", PdfRequest(other, None, "en", "person"))
    assert exc.value.code == "careplan.none"


def test_a_peer_workers_copy_leaves_out_actions_they_may_not_see(ws, vault_dir, plan, tmp_path):
    pid, vid, _ = plan
    cp.agree(ws, vid, date(2026, 9, 3))
    add_user(ws, "pia", "peer_worker")
    ws.lock()
    peer = open_as(vault_dir, "pia")
    try:
        text = pdf_text(cp.build_careplan_pdf(peer, PdfRequest(pid, None, "nl", "person"), None).data, tmp_path)
    finally:
        peer.lock()
    assert "Naar het OCMW gaan" in text and "Mijn herstelplan" in text
    assert "zus Hatice" not in text and "Dossier opvolgen" not in text


def test_every_font_is_embedded(ws, plan, tmp_path):
    pid, vid, _ = plan
    for variant in ("person", "partner"):
        path = tmp_path / f"{variant}.pdf"
        path.write_bytes(cp.build_careplan_pdf(ws, PdfRequest(pid, None, "fr", variant), None).data)
        lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout.splitlines()[2:]
        assert lines and all("DejaVu" in line and " yes " in line for line in lines)


def test_a_long_plan_flows_over_pages_in_both_layouts(ws, plan, tmp_path):
    """The longest texts the service accepts still print: nothing is cut, pages follow."""
    import re

    pid, vid, _ = plan
    gid = cp.add_goal(ws, vid, GoalInput("Mes mots " * 222, "money", 2, "Je sais compter. " * 235))
    for n in range(30):
        cp.add_action(ws, gid, ActionInput(f"Étape {n} " + "x" * 480, "informal", owner_label="voisine " + "J" * 190,
                                           due_on=date(2026, 12, 1)))
    for variant in ("person", "partner"):
        text = pdf_text(cp.build_careplan_pdf(ws, PdfRequest(pid, None, "fr", variant), None).data, tmp_path)
        # (a sentence cut by a page break reads with the page furniture in between)
        assert "Étape 29" in text and text.count("Je sais compter.") >= 230
        assert re.search(r"Page 1 sur ([3-9]|\d\d)", text)
