"""Issue 19 point 5: multidisciplinary consultations (2024 slides §5.2) — at least 15
minutes, at most 4 × 15 minutes per 12 months, at least three participants of whom two care
providers, the person's presence; counted, warned about, and stated in the bilan."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.errors import PermissionDenied, ValidationError
from app.models.consultation import (
    concertation_reading,
    concertation_rules,
    count_consultations,
    units,
)
from app.models.instruments import load_instrument
from app.services.counters.consultations import (
    add_consultation,
    consultation_counter,
    consultation_warnings,
    delete_consultation,
    list_consultations,
)
from app.services.persons.records import PersonService
from app.texts import message
from tests.bilan_fixtures import world  # noqa: F401
from tests.conftest import add_user, open_as

TODAY = date(2026, 11, 20)
TEAM = [{"name": "Dr Anne Fictif", "role": "médecin généraliste", "care_provider": True},
        {"name": "Luc Exemple", "role": "psychologue clinicien", "care_provider": True},
        {"name": "Sara Modèle", "role": "assistante sociale CPAS", "care_provider": False}]


def meeting(**over) -> dict:
    values = {"held_on": date(2026, 11, 3), "duration_minutes": 30, "participants": TEAM,
              "person_present": True, "note": "Répartition des rôles après la sortie."}
    values.update(over)
    return values


@pytest.fixture
def pid(ws):
    return PersonService(ws).create({"alias": "Rivière"})


def codes(caught) -> list[tuple[str, str]]:
    return [(e.field, e.code) for e in caught.value.errors]


def test_the_rules_are_the_slides_with_their_source():
    rules = concertation_rules()
    assert (rules.min_minutes, rules.unit_minutes, rules.max_units_per_window) == (15, 15, 4)
    assert (rules.min_participants, rules.min_care_providers, rules.function) == (3, 2, "first_line_treatment")
    source = load_instrument("convention")["source"]["sections"]["concertation"]
    assert "4 x 15 min" in source and "2 prestataires de soins" in source
    for lang in ("fr", "nl", "en"):
        assert "15" in concertation_reading(lang)


def test_whole_15_minute_periods_are_counted_over_the_rolling_12_months():
    assert [units(m) for m in (15, 29, 30, 40, 60)] == [1, 1, 2, 2, 4]
    held = [(date(2025, 11, 20), 60), (date(2026, 3, 1), 30), (date(2026, 10, 1), 20)]
    counter = count_consultations(held, TODAY)
    # 20 November 2025 is exactly 365 days before: it has left the window.
    assert (counter.count, counter.minutes, counter.used, counter.limit) == (2, 50, 3, 4)
    assert counter.level == "approaching" and counter.remaining_minutes == 15
    assert counter.frees_on == date(2027, 3, 1)
    assert count_consultations(held + [(TODAY, 15)], TODAY).level == "reached"
    assert count_consultations(held + [(TODAY, 30)], TODAY).level == "exceeded"


def test_a_consultation_needs_three_participants_two_of_them_care_providers(ws, pid):
    with pytest.raises(ValidationError) as caught:
        add_consultation(ws, pid, meeting(participants=TEAM[:2]), TODAY)
    assert codes(caught) == [("participants", "counters.concertation_participants")]
    # The person, present, is not one of the three (Relais's stated reading).
    with pytest.raises(ValidationError):
        add_consultation(ws, pid, meeting(participants=TEAM[:2], person_present=True), TODAY)
    only_one_provider = [TEAM[0], TEAM[2], {"name": "Mme Voisine", "role": "voisine", "care_provider": False}]
    with pytest.raises(ValidationError) as caught:
        add_consultation(ws, pid, meeting(participants=only_one_provider), TODAY)
    assert codes(caught) == [("participants", "counters.concertation_providers")]
    # Empty rows of the form are not participants.
    with pytest.raises(ValidationError):
        add_consultation(ws, pid, meeting(participants=TEAM[:2] + [{"name": " ", "role": ""}]), TODAY)
    assert list_consultations(ws, pid) == []


def test_a_consultation_lasts_at_least_15_minutes_and_is_not_in_the_future(ws, pid):
    with pytest.raises(ValidationError) as caught:
        add_consultation(ws, pid, meeting(duration_minutes=10, held_on=TODAY + timedelta(days=1)), TODAY)
    assert codes(caught) == [("held_on", "date.future"), ("duration_minutes", "counters.concertation_too_short")]
    assert "15" in caught.value.message("fr") and "Durée" in caught.value.message("fr")


def test_recorded_listed_counted_and_removed(ws, pid):
    first = add_consultation(ws, pid, meeting(), TODAY)
    add_consultation(ws, pid, meeting(held_on=date(2026, 6, 2), duration_minutes=15, person_present=False), TODAY)
    rows = list_consultations(ws, pid)
    assert [r.held_on for r in rows] == [date(2026, 11, 3), date(2026, 6, 2)]
    assert rows[0].person_present and not rows[1].person_present
    assert [p.role for p in rows[0].participants] == [p["role"] for p in TEAM]
    assert [p.care_provider for p in rows[0].participants] == [True, True, False]
    counter = consultation_counter(ws, pid, TODAY)
    assert (counter.count, counter.used) == (2, 3)
    delete_consultation(ws, first)
    assert consultation_counter(ws, pid, TODAY).used == 1


def test_over_the_limit_and_without_niss_it_warns_but_records(ws, pid):
    add_consultation(ws, pid, meeting(duration_minutes=45), TODAY)
    warnings = consultation_warnings(ws, pid, meeting(held_on=date(2026, 11, 10), duration_minutes=30), TODAY)
    assert message("counters.concertation_over_limit", used=5, limit=4) in warnings
    assert message("counters.no_niss") in warnings
    assert message("counters.concertation_no_bilan") in warnings
    add_consultation(ws, pid, meeting(held_on=date(2026, 11, 10), duration_minutes=30), TODAY)
    assert consultation_counter(ws, pid, TODAY).level == "exceeded"
    # Invalid values are refused by the warnings already, with the same errors.
    with pytest.raises(ValidationError):
        consultation_warnings(ws, pid, meeting(participants=[]), TODAY)


def test_a_consultation_links_to_the_bilan_that_indicates_the_treatment(world):
    from sqlalchemy import select

    from app.models.consultation import Consultation
    from app.services.bilan import records as bilans
    from app.services.bilan.convention import set_indication

    ws, pid, _gp, _ssm = world
    bid = bilans.create_bilan(ws, pid, "initial", prefill=False)
    set_indication(ws, bid, "first_line", "Plainte anxieuse légère à modérée.")
    bilans.update_bilan(ws, bid, sections={"request": "Demande d'aide."})
    bilans.finalise_bilan(ws, bid)
    add_consultation(ws, pid, meeting(held_on=date.today()))
    assert message("counters.concertation_no_bilan") not in consultation_warnings(
        ws, pid, meeting(held_on=date.today()))
    with ws.read() as session:
        assert session.scalar(select(Consultation.bilan_id)) == bid


def test_consultations_are_clinical(ws, vault_dir, pid):
    add_user(ws, "pair", "peer_worker")
    ws.lock()
    peer = open_as(vault_dir, "pair")
    try:
        with pytest.raises(PermissionDenied):
            list_consultations(peer, pid)
        with pytest.raises(PermissionDenied):
            add_consultation(peer, pid, meeting(), TODAY)
    finally:
        peer.lock()


def test_the_bilan_states_the_consultations_in_its_language_and_keeps_them_once_final(world, tmp_path):
    from app.services.bilan import records as bilans
    from app.services.bilan.convention import set_indication
    from app.services.shared.documents import PdfRequest, document_bytes
    from tests.bilan_fixtures import flat, pdf_text

    ws, pid, gp, _ssm = world
    today = date.today()
    add_consultation(ws, pid, meeting(held_on=today - timedelta(days=40), duration_minutes=45))
    add_consultation(ws, pid, meeting(held_on=today - timedelta(days=400), duration_minutes=60))   # too old
    bid = bilans.create_bilan(ws, pid, "initial", prefill=False)
    set_indication(ws, bid, "first_line", "Plainte anxieuse légère à modérée.")
    bilans.update_bilan(ws, bid, sections={"request": "Dormir"}, shared={"request": True})
    bilans.finalise_bilan(ws, bid)
    add_consultation(ws, pid, meeting(held_on=today, duration_minutes=15))    # after the final bilan
    fr = flat(pdf_text(document_bytes(ws, bilans.produce_bilan(ws, PdfRequest(pid, gp, "fr", "gp"))), tmp_path))
    assert "Concertations multidisciplinaires (12 derniers mois)" in fr
    assert "45 min" in fr and "médecin généraliste, psychologue clinicien, assistante sociale CPAS" in fr
    assert "présente" in fr and "3 période(s) de 15 minutes sur les 4" in fr
    assert "Dr Anne Fictif" not in fr                  # roles, not names
    assert "60 min" not in fr and "15 min " not in fr  # outside the 12 months; after finalisation
    nl = flat(pdf_text(document_bytes(ws, bilans.produce_bilan(ws, PdfRequest(pid, gp, "nl", "gp"))), tmp_path))
    assert "Multidisciplinair overleg (laatste 12 maanden)" in nl and "aanwezig" in nl
