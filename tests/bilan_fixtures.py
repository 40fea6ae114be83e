"""Shared setup for the bilan tests: a person, a GP and a partner with consents, fake
summary providers standing in for CANSAS, care plan, network and referrals, and PDF text
extraction."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.models.consent import Consent
from app.models.partner import Partner
from app.services.persons.records import PersonService
from app.services.bilan import sources as bilan_sources
from app.services.shared.summaries import (
    GoalSummary,
    NeedsSummary,
    NetworkSummary,
    PartnerInvolved,
)
from tests.conftest import pdf_text as conftest_pdf_text

TODAY = date.today()
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")

NEEDS = NeedsSummary(assessment_id=7, assessed_on=TODAY - timedelta(days=20), rater="staff", met=3, unmet=2,
                     unknown=1, unmet_domains=("accommodation", "company"),
                     met_domains=("food", "physical_health", "money"), extra_unmet=("paid_work",))
GOALS = [GoalSummary(1, "Avoir un chez-moi avant l'hiver", "accommodation", "open",
                     ("la personne : visiter le logement", "CPAS : prime d'installation")),
         GoalSummary(2, "Revoir ma fille", "intimate_relationships", "open")]
NETWORK = NetworkSummary(snapshot_id=3, drawn_on=TODAY - timedelta(days=10), size=6, professional_share=0.5,
                         close_informal=1, emotional_support=2, isolation_signal=True,
                         members=(("Sœur Amina", "informal", "close"), ("Dr Fictif", "professional", "middle"),
                                  ("Voisin Jef", "informal", "outer")))
PARTNERS = [PartnerInvolved(11, "Maison d'accueil fictive", "hébergement", "+32 2 000 00 00", "accueil@example.org"),
            PartnerInvolved(12, "SSM fictif", "suivi psychologique", "", "ssm@example.org"),
            PartnerInvolved(13, "Centre de jour fictif", "referral:waiting_list", "", "")]


def install_fake_providers(monkeypatch, needs=NEEDS, goals=GOALS, network=NETWORK, partners=PARTNERS) -> None:
    """Known summaries in place of what the CANSAS, care-plan, network and partner features
    would read, so the bilan tests control every value the document prints."""
    monkeypatch.setattr(bilan_sources, "live",
                        lambda ws, pid: bilan_sources.Sources(needs, list(goals), network, list(partners)))


@pytest.fixture
def world(ws):
    """(ws, person id, GP partner id, SSM partner id): the GP has a bilan consent, the SSM one too."""
    pid = PersonService(ws).create({"given_names": "Łukasz", "family_name": "Wiśniewski", "languages": "pl, fr"})
    with ws.unit() as s:
        gp = Partner(organisation="Cabinet médical fictif", service_name="Dr Ève Fictive", sector="first_line",
                     is_gp=True, languages=["fr"], phone="+32 2 111 11 11")
        ssm = Partner(organisation="SSM De Fictieve Brug", sector="mental_health", languages=["nl"])
        s.add_all([gp, ssm])
        s.flush()
        s.add(Consent(person_id=pid, recipient_category="gp", document_types=["bilan", "identity"],
                      given_on=TODAY - timedelta(days=5), form="written", purpose="suivi"))
        s.add(Consent(person_id=pid, partner_id=ssm.id, document_types=["bilan"], given_on=TODAY - timedelta(days=5)))
        s.flush()
        return ws, pid, gp.id, ssm.id


def pdf_text(data: bytes, tmp_path: Path, layout: bool = False) -> str:
    return conftest_pdf_text(data, tmp_path, layout=layout)


def flat(text: str) -> str:
    return " ".join(text.split())


def pdf_fonts(data: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
