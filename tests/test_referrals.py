"""Referrals: criteria warnings and the stated reason, the status life with dates, the
caseload list of pending referrals, sending refused without (or after revocation of) the
consent, the letter in the partner's language with its consent statement."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.errors import PermissionDenied, RelaisError, ValidationError
from app.models.document import Document
from app.services.partners.directory import (
    add_partner,
    check_criteria,
    list_partners,
    set_gp,
)
from app.services.partners.involved import partners_involved
from app.services.persons.records import PersonService
from app.services.referrals.records import (
    change_status,
    create_referral,
    list_referrals,
    pending_referrals,
    preview_letter,
    send,
)
from app.services.shared.consents import record_consent, revoke_consent
from app.services.shared.documents import document_bytes
from app.services.shared.sharing import ConsentMissing
from app.store.audit import AuditEvent
from app.texts import set_language
from tests.conftest import add_user, open_as, pdf_text

TODAY = date.today()


@pytest.fixture
def world(ws):
    person = PersonService(ws).create({"given_names": "Łukasz", "family_name": "Wiśniewski", "birth": "1990",
                                       "housing": "no_fixed_address", "insurance": "none",
                                       "usual_whereabouts": "Gare du Midi, le matin"})
    nl = add_partner(ws, {"organisation": "CGG De Fictieve Brug", "service_name": "Volwassenenteam",
                          "service_type": "O", "sector": "mental_health", "languages": "nl",
                          "address": "Fictiefstraat 3, 1000 Brussel", "contact_person": "Dr. An Peeters"})
    fr = add_partner(ws, {"organisation": "Maison d'accueil fictive", "service_type": "R", "sector": "housing",
                          "languages": "fr", "needs_insurance": "oui", "needs_address": "non",
                          "accepts_drug_users": "non", "min_age": "18", "max_age": "30"})
    return ws, person, nl, fr


def test_criteria_warnings_are_computed_from_the_person(world):
    ws, person, nl, fr = world
    assert check_criteria(ws, person, nl).warnings == ()
    codes = [code for code, _ in check_criteria(ws, person, fr, today=date(2026, 11, 26)).warnings]
    # born 1990: 36 in 2026 > max 30; no insurance; drug use unknown (no CANSAS) -> check with the person
    assert codes == ["referrals.criteria.too_old", "referrals.criteria.needs_insurance", "referrals.criteria.excludes_drug_use_unknown"]


def test_referral_despite_criteria_needs_a_stated_reason(world):
    ws, person, _, fr = world
    with pytest.raises(ValidationError) as exc:
        create_referral(ws, person, fr, {"reason": "Hébergement", "request": "Un toit"})
    assert exc.value.errors[0].field == "criteria_override"
    assert "3" in exc.value.message()
    rid = create_referral(ws, person, fr, {"reason": "Hébergement", "request": "Un toit",
                                           "criteria_override": "La mutuelle est en cours de régularisation."})
    assert list_referrals(ws, person)[0].criteria_override.startswith("La mutuelle")
    assert rid


def test_status_history_and_refused_transitions(world):
    ws, person, nl, _ = world
    record_consent(ws, person, partner_id=nl, document_types=["referral_letter", "identity"])
    rid = create_referral(ws, person, nl, {"reason": "Suivi psy", "request": "Parler à quelqu'un",
                                           "shared_types": ["identity"]})
    with pytest.raises(RelaisError) as exc:
        change_status(ws, rid, "accepted")
    assert exc.value.code == "referrals.transition"
    with pytest.raises(RelaisError):
        change_status(ws, rid, "sent")  # only by sending the letter
    send(ws, rid)
    change_status(ws, rid, "waiting_list", note="3 semaines")
    change_status(ws, rid, "started")
    with pytest.raises(ValidationError):
        change_status(ws, rid, "ended", on=TODAY + timedelta(days=3))
    change_status(ws, rid, "ended")
    with pytest.raises(RelaisError):
        change_status(ws, rid, "started")
    row = list_referrals(ws, person)[0]
    assert [e.status for e in row.events] == ["draft", "sent", "waiting_list", "started", "ended"]
    assert row.events[2].note == "3 semaines" and row.sent_on == TODAY


def test_pending_list_counts_days_waiting(world):
    ws, person, nl, _ = world
    record_consent(ws, person, partner_id=nl, document_types=["referral_letter"])
    rid = create_referral(ws, person, nl, {"reason": "Suivi", "request": "Aide"})
    send(ws, rid, today=TODAY - timedelta(days=12))
    change_status(ws, rid, "waiting_list", on=TODAY - timedelta(days=5))
    pending = pending_referrals(ws)
    assert [(p.referral_id, p.days_waiting, p.status) for p in pending] == [(rid, 12, "waiting_list")]
    # sending set a follow-up 14 days after sending: due in two days, not yet
    assert pending[0].follow_up_on == TODAY + timedelta(days=2) and not pending[0].follow_up_due
    assert pending_referrals(ws, today=TODAY + timedelta(days=2))[0].follow_up_due
    change_status(ws, rid, "started")
    assert pending_referrals(ws) == []


def test_sending_without_consent_names_the_missing_consent(world):
    ws, person, nl, _ = world
    rid = create_referral(ws, person, nl, {"reason": "Suivi", "request": "Aide", "shared_types": ["identity"]})
    with pytest.raises(ConsentMissing) as exc:
        send(ws, rid)
    assert exc.value.code == "consent.none_for_partner" and "CGG De Fictieve Brug" in exc.value.message()
    record_consent(ws, person, partner_id=nl, document_types=["referral_letter"])
    with pytest.raises(ConsentMissing) as exc:
        send(ws, rid)
    assert exc.value.code == "consent.type_missing" and "identity" in exc.value.message()
    assert list_referrals(ws, person)[0].status == "draft"


def test_consent_revoked_after_drafting_refuses_sending(world):
    ws, person, nl, _ = world
    cid = record_consent(ws, person, partner_id=nl, document_types=["referral_letter", "identity"])
    rid = create_referral(ws, person, nl, {"reason": "Suivi", "request": "Aide", "shared_types": ["identity"]})
    assert list_referrals(ws, person)[0].consent_id == cid
    revoke_consent(ws, cid, note="ne souhaite plus")
    with pytest.raises(ConsentMissing) as exc:
        send(ws, rid)
    assert exc.value.code == "consent.revoked"
    row = list_referrals(ws, person)[0]
    assert row.status == "draft" and row.letter_document_id is None
    with ws.read() as s:
        assert s.scalars(select(Document)).all() == []
        assert s.scalars(select(AuditEvent).where(AuditEvent.action == "share.refused")).all()


def test_letter_follows_the_partner_language_and_states_the_consent(world, tmp_path):
    ws, person, nl, fr = world
    set_language("fr")  # the interface in French; the Dutch-speaking partner still gets Dutch
    record_consent(ws, person, partner_id=nl, document_types=["referral_letter", "identity"],
                   given_on=date(2026, 1, 5) if TODAY >= date(2026, 1, 5) else TODAY)
    rid = create_referral(ws, person, nl, {"reason": "Angst & <slapeloosheid>", "urgency": "urgent",
                                           "request": "Ik wil weer kunnen slapen.", "shared_types": ["identity"]})
    letter_id = send(ws, rid)
    text = pdf_text(document_bytes(ws, letter_id), tmp_path)
    assert "Betreft:" in text and "DRINGEND" in text and "Brussel," in text
    assert "De vraag van de persoon, in eigen woorden" in text
    assert text.index("Ik wil weer kunnen slapen.") < text.index("Reden van de doorverwijzing")
    assert "Angst & <slapeloosheid>" in text
    assert "toestemming van de persoon" in text and "Wiśniewski" in text
    assert "Geen vaste verblijfplaats" in text and "Gare du Midi" in text
    assert "Dr. An Peeters" in text
    # kept in the vault for that partner, with the consent it relies on, and audited
    with ws.read() as s:
        doc = s.get(Document, letter_id)
        generated = s.scalars(select(AuditEvent).where(AuditEvent.action == "document.generated",
                                                       AuditEvent.target_id == letter_id)).all()
    assert (doc.kind, doc.partner_id, doc.language) == ("letter", nl, "nl") and doc.consent_id
    assert len(generated) == 1 and list_referrals(ws, person)[0].letter_document_id == letter_id


def test_letter_without_identity_shared_uses_initials(world, tmp_path):
    ws, person, _, fr = world
    rid = create_referral(ws, person, fr, {"reason": "Hébergement", "request": "Un toit pour l'hiver",
                                           "criteria_override": "Mutuelle en cours"})
    text = pdf_text(document_bytes(ws, preview_letter(ws, rid)), tmp_path)
    assert "Concerne :" in text and "Ł. W." in text and "Wiśniewski" not in text
    assert "Copie interne" in text and "Mutuelle en cours" in text and "Bruxelles, le" in text


def test_partners_involved_lists_gp_then_open_referrals(world):
    ws, person, nl, fr = world
    gp = add_partner(ws, {"organisation": "Maison médicale fictive du Midi", "sector": "first_line",
                          "languages": "fr"})
    set_gp(ws, person, gp)
    record_consent(ws, person, partner_id=nl, document_types=["referral_letter"])
    send(ws, create_referral(ws, person, nl, {"reason": "Suivi", "request": "Aide"}))
    create_referral(ws, person, fr, {"reason": "Toit", "criteria_override": "hiver"})  # a draft: not involved
    involved = partners_involved(ws, person)
    assert [(p.partner_id, p.role) for p in involved] == [(gp, "gp"), (nl, "referral:sent")]
    assert PersonService(ws).get(person).values["gp_name"] == "Maison médicale fictive du Midi"


def test_peer_worker_cannot_refer_nor_read_referrals(world, vault_dir):
    ws, person, nl, _ = world
    rid = create_referral(ws, person, nl, {"reason": "Suivi", "request": "Aide"})
    gp = add_partner(ws, {"organisation": "Dr Fictif", "sector": "first_line"})
    set_gp(ws, person, gp)
    add_user(ws, "pierre", "peer_worker")
    ws.lock()
    peer = open_as(vault_dir, "pierre")
    try:
        for attempt in (lambda: create_referral(peer, person, nl, {"reason": "x"}),
                        lambda: list_referrals(peer, person), lambda: send(peer, rid),
                        lambda: pending_referrals(peer),
                        lambda: record_consent(peer, person, partner_id=nl, document_types=["identity"])):
            with pytest.raises(PermissionDenied):
                attempt()
        # the GP stays visible to a peer worker; referrals do not
        assert [p.partner_id for p in partners_involved(peer, person)] == [gp]
    finally:
        peer.lock()


def test_hostile_text_is_kept_and_printed(world, tmp_path):
    ws, person, nl, _ = world
    long_request = ("Ὀδυσσεύς «ذهب» <b>&amp; " * 1000)[:20000]
    record_consent(ws, person, partner_id=nl, document_types=["referral_letter"])
    rid = create_referral(ws, person, nl, {"reason": "x\x00y", "request": long_request})
    row = list_referrals(ws, person)[0]
    assert row.reason == "xy" and len(row.request) <= 20000
    text = pdf_text(document_bytes(ws, send(ws, rid)), tmp_path)
    assert "<b>&amp;" in text and "Pagina 2" in text


def test_demo_adds_a_bilingual_directory_consents_and_every_status(ws):
    from sqlalchemy import select

    from app.devtools.demo import add_demo_data
    from app.models.consent import Consent
    from app.models.referral import Referral

    add_demo_data(ws, persons=60, seed=3)
    partners = list_partners(ws)
    assert len(partners) == 40
    assert {p.letter_language for p in partners} == {"fr", "nl"}
    assert {p.sector for p in partners} >= {"mental_health", "addiction", "social", "first_line", "housing",
                                            "justice", "employment"}
    with ws.read() as s:
        statuses = set(s.scalars(select(Referral.status)))
        states = {c.state_on(TODAY).value for c in s.scalars(select(Consent))}
    assert statuses == {"draft", "sent", "accepted", "waiting_list", "refused", "started", "ended"}
    assert {"valid", "expired", "revoked"} <= states
    assert pending_referrals(ws)


def run_cli(vault_dir, *args):
    from tests.conftest import PASSPHRASE, REPO

    return subprocess.run([sys.executable, str(REPO / "tests" / "run_relais.py"), *args, "--vault", str(vault_dir)],
                          input=PASSPHRASE + "\n", capture_output=True, text=True, cwd=REPO,
                          env={"RELAIS_LANG": "fr", "PATH": "/usr/bin:/bin"})


def test_cli_letter_for_a_partner_is_consent_gated_and_in_its_language(world, vault_dir, tmp_path):
    ws, person, nl, fr = world
    create_referral(ws, person, nl, {"reason": "Suivi", "request": "Ik wil praten.", "shared_types": ["identity"]})
    record_consent(ws, person, partner_id=nl, document_types=["referral_letter"])
    ws.lock()
    out = tmp_path / "letter.pdf"
    refused = run_cli(vault_dir, "pdf", "letter", "--person", str(person), "--partner", str(nl), "--out", str(out))
    assert refused.returncode == 1 and "identity" in refused.stderr and not out.exists()
    no_referral = run_cli(vault_dir, "pdf", "letter", "--person", str(person), "--partner", str(fr),
                          "--out", str(out))
    assert no_referral.returncode == 1 and not out.exists()
    internal = run_cli(vault_dir, "pdf", "letter", "--person", str(person), "--out", str(out))
    assert internal.returncode == 0, internal.stderr
    text = pdf_text(out.read_bytes(), tmp_path)
    assert "Copie interne" in text or "Interne kopie" in text


def test_pending_list_for_my_persons_only(world):
    ws, person, nl, _ = world
    other = PersonService(ws).create({"alias": "Bibi"}, worker_ids=[])
    for pid in (person, other):
        record_consent(ws, pid, partner_id=nl, document_types=["referral_letter"])
        send(ws, create_referral(ws, pid, nl, {"reason": "Suivi"}))
    assert {p.person_id for p in pending_referrals(ws)} == {person, other}
    assert [p.person_id for p in pending_referrals(ws, mine_only=True)] == [person]


def test_a_letter_with_the_bilan_attached_sends_both_and_needs_a_final_bilan(world):
    from app.services.bilan import records as bilans

    ws, person, nl, _ = world
    record_consent(ws, person, partner_id=nl, document_types=["referral_letter", "bilan"])
    rid = create_referral(ws, person, nl, {"reason": "Suivi", "shared_types": ["bilan"]})
    with pytest.raises(RelaisError):
        send(ws, rid)                       # no final bilan yet: nothing is sent, nothing kept
    assert list_referrals(ws, person)[0].status == "draft"
    with ws.read() as s:
        assert s.scalars(select(Document)).all() == []
    bid = bilans.create_bilan(ws, person, "initial", prefill=False)
    bilans.update_bilan(ws, bid, sections={"request": "Un logement"}, shared={"request": True})
    bilans.finalise_bilan(ws, bid)
    with pytest.raises(RelaisError) as exc:
        send(ws, rid)                       # parts prepared for the GP: none chosen for this partner yet
    assert exc.value.code == "bilan.parts_not_chosen"
    from app.services.bilan.convention import choose_parts_for

    choose_parts_for(ws, bid, nl, ["request"])
    send(ws, rid)
    with ws.read() as s:
        kinds = sorted((d.kind, d.partner_id) for d in s.scalars(select(Document)))
    assert kinds == [("bilan", nl), ("letter", nl)]
    assert list_referrals(ws, person)[0].status == "sent"
