"""Issue 19: the bilan as the convention's instrument (author's profession, indicated
function, sessions linked to it, parts per recipient), a real sender on every document, and
the convention's rules as the slides state them (data in resources/instruments/convention.json)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from app.errors import RelaisError, ValidationError
from app.models.contact import Contact
from app.models.convention import (
    age_category_problem,
    age_group_choice_needed,
    author_fit_problems,
    default_duration,
    transition_problem,
    window_reading,
)
from app.models.instruments import load_instrument
from app.services.bilan import records as bilans
from app.services.bilan.convention import choose_parts_for, indication, set_indication
from app.services.contacts.records import ContactService
from app.services.persons.records import PersonService
from app.services.shared.documents import PdfRequest, document_bytes
from app.services.shared.profile import (
    get_letterhead,
    set_letterhead,
    set_service_profile,
)
from app.store.base import utcnow
from tests.bilan_fixtures import (  # noqa: F401
    flat,
    install_fake_providers,
    needs_poppler,
    pdf_text,
    world,
)
from tests.conftest import add_user, open_as

# -- 11: a real sender -------------------------------------------------------------------------

def test_the_service_profile_is_set_once_by_a_supervisor_and_signs_every_users_documents(ws, vault_dir):
    set_service_profile(ws, {"organisation": "SSM Le Pont fictif", "address": "Rue Fictive 1, 1000 Bruxelles",
                             "phone": "+32 2 000 00 00", "email": "accueil@example.org", "place": "Bruxelles"})
    set_letterhead(ws, {"worker_name": "Alice Martin", "worker_title": "Coordinatrice",
                        "profession": "clinical_psychologist", "registration": "123456"})
    lh = get_letterhead(ws)
    assert (lh.organisation, lh.address, lh.phone, lh.place) == (
        "SSM Le Pont fictif", "Rue Fictive 1, 1000 Bruxelles", "+32 2 000 00 00", "Bruxelles")
    assert (lh.worker_name, lh.profession, lh.registration) == ("Alice Martin", "clinical_psychologist", "123456")
    add_user(ws, "bob", "case_manager")
    ws.lock()
    bob = open_as(vault_dir, "bob")
    try:
        with pytest.raises(RelaisError):
            set_service_profile(bob, {"organisation": "Autre"})
        theirs = get_letterhead(bob)
        assert theirs.organisation == "SSM Le Pont fictif"
        assert theirs.worker_name != "bob"          # never the login
    finally:
        bob.lock()


def test_no_document_names_the_software_as_its_sender():
    from app.reports.base import Letterhead

    assert Letterhead().sender == ""
    assert Letterhead(worker_name="Alice Martin").sender == "Alice Martin"


# -- 1, 2: author's profession, indicated function ----------------------------------------------

def test_the_author_must_fit_the_indicated_function():
    assert author_fit_problems("case_manager", "none", False) == []
    assert author_fit_problems("case_manager", "first_line", False) == ["bilan.author_not_conventioned"]
    assert author_fit_problems("clinical_orthopedagogue", "first_line", False) == []
    assert author_fit_problems("clinical_psychologist", "specialised", False) == ["bilan.specialised_needs_physician"]
    assert author_fit_problems("clinical_psychologist", "specialised", True) == []


@needs_poppler
def test_the_bilan_names_its_author_and_function_and_opens_its_sessions(world, monkeypatch, tmp_path):
    ws, pid, gp, _ = world
    install_fake_providers(monkeypatch)
    set_service_profile(ws, {"organisation": "SSM Le Pont fictif"})
    set_letterhead(ws, {"worker_name": "Alice Martin", "profession": "case_manager"})
    bid = bilans.create_bilan(ws, pid, "initial", prefill=False)
    with pytest.raises(ValidationError):
        set_indication(ws, bid, "first_line", "")                      # a justification is needed
    found = set_indication(ws, bid, "first_line", "Angoisses depuis trois mois, pas de suivi.")
    assert found.problems == ("bilan.author_not_conventioned",)        # a case manager wrote it
    bilans.update_bilan(ws, bid, sections={"request": "Dormir"}, shared={"request": True})
    bilans.finalise_bilan(ws, bid)
    data = document_bytes(ws, bilans.produce_bilan(ws, PdfRequest(pid, gp, "fr", "gp")))
    text = flat(pdf_text(data, tmp_path))
    assert "Alice Martin — Case manager — SSM Le Pont fictif" in text
    assert "Fonction psychologique de première ligne" in text and "Angoisses depuis trois mois" in text
    result = ContactService(ws).add({"person_id": pid, "occurred_at": utcnow() - timedelta(hours=1),
                                     "duration_minutes": 50, "mode": "face_to_face",
                                     "convention_function": "first_line_treatment",
                                     "convention_setting": "individual", "convention_age_group": "adults"},
                                    confirmed=True)
    assert indication(ws, bid).session_ids == (result.contact_id,)


# -- 10: parts per recipient --------------------------------------------------------------------

@needs_poppler
def test_a_bilan_prepared_for_the_gp_needs_its_own_choice_for_another_partner(world, monkeypatch, tmp_path):
    ws, pid, _gp, ssm = world
    install_fake_providers(monkeypatch)
    bid = bilans.create_bilan(ws, pid, "initial", prefill=False)
    bilans.update_bilan(ws, bid, sections={"request": "VRAAG", "context": "CONTEXT-VOOR-HUISARTS",
                                           "gp_request": "Bloedonderzoek"},
                        shared={"request": True, "context": True, "gp_request": True})
    bilans.finalise_bilan(ws, bid)
    with pytest.raises(RelaisError) as exc:
        bilans.produce_bilan(ws, PdfRequest(pid, ssm, None, "gp"))
    assert exc.value.code == "bilan.parts_not_chosen"
    choose_parts_for(ws, bid, ssm, ["request", "gp_request"])
    text = flat(pdf_text(document_bytes(ws, bilans.produce_bilan(ws, PdfRequest(pid, ssm, None, "gp"))), tmp_path))
    assert "VRAAG" in text and "Bloedonderzoek" in text and "CONTEXT-VOOR-HUISARTS" not in text
    assert "Functioneel bilan — voor SSM De Fictieve Brug" in text and "huisarts" not in text


# -- 3, 4, 6, 7, 8, 9: rules as the slides state them --------------------------------------------

def session(pid, at, **kw):
    return {"person_id": pid, "occurred_at": at, "duration_minutes": 50, "mode": "face_to_face",
            "convention_function": "first_line_support", "convention_setting": "individual",
            "convention_age_group": "adults", **kw}


def test_a_session_without_niss_or_insurance_says_why_it_would_not_be_reimbursed(ws):
    pid = PersonService(ws).create({"alias": "Loulou", "birth": "1980"})
    result = ContactService(ws).add(session(pid, utcnow() - timedelta(hours=2)))
    assert {"counters.no_niss", "counters.no_insurance"} <= {w.code for w in result.warnings}
    assert result.saved                                        # a warning, not a refusal
    with_niss = PersonService(ws).create({"alias": "Nana", "birth": "1985", "niss": "85.07.30-033.28",
                                          "insurance": "mutuelle"})
    codes = {w.code for w in ContactService(ws).add(session(with_niss, utcnow() - timedelta(hours=2))).warnings}
    assert not codes & {"counters.no_niss", "counters.no_insurance"}
    codes = {w.code for w in ContactService(ws).add(session(
        with_niss, utcnow() - timedelta(hours=1), convention_function="first_line_treatment")).warnings}
    assert "counters.no_bilan" in codes                        # function 3: on the basis of a bilan


def test_a_session_with_another_provider_is_counted(ws):
    from app.services.counters.sessions import session_counters

    pid = PersonService(ws).create({"alias": "Loulou", "birth": "1980"})
    ContactService(ws).add(session(pid, utcnow() - timedelta(days=30), external_provider="Psy Dupont (Namur)"))
    with ws.read() as s:
        assert s.query(Contact).one().external_provider == "Psy Dupont (Namur)"
    assert session_counters(ws, pid)[0].used == 1


def test_the_specialised_trajectory_is_only_for_trajectories_started_before_2024():
    assert transition_problem("specialised", datetime(2023, 6, 1)) is None
    assert transition_problem("specialised", datetime(2024, 3, 1)) == "counters.transition_only"
    assert transition_problem("specialised", None) == "counters.transition_only"
    assert transition_problem("first_line_support", None) is None


def test_one_age_category_per_period_and_15_to_23_is_a_choice():
    assert age_group_choice_needed(17) and age_group_choice_needed(23) and not age_group_choice_needed(24)
    assert age_category_problem(19, "adults", set()) is None
    assert age_category_problem(19, "children_adolescents", set()) is None
    assert age_category_problem(30, "children_adolescents", set()) == "counters.age_category_out_of_range"
    assert age_category_problem(12, "adults", set()) == "counters.age_category_out_of_range"
    assert age_category_problem(19, "adults", {"children_adolescents"}) == "counters.age_category_switch"


def test_switching_category_inside_a_period_needs_confirmation(ws):
    pid = PersonService(ws).create({"alias": "Jo", "birth": str(date.today().year - 20)})
    service = ContactService(ws)
    service.add(session(pid, utcnow() - timedelta(days=40), convention_age_group="children_adolescents"))
    result = service.add(session(pid, utcnow() - timedelta(days=2)))
    assert not result.saved and "counters.age_category_switch" in {w.code for w in result.warnings}


def test_group_sessions_default_to_the_slides_durations_and_the_rules_cite_their_sources():
    assert default_duration("group") == 90 and default_duration("individual") == 60
    data = load_instrument("convention")
    for key in ("session_requirements", "window", "age_category", "group_duration", "transition", "concertation"):
        assert "context/00" in data["source"]["sections"][key], key
    assert "glissant" in window_reading("fr") and "glijdend" in window_reading("nl")


def test_the_quick_entry_starts_a_group_session_at_90_minutes(ws, qtbot):
    from app.ui.contacts.quick_entry import QuickContactDialog

    pid = PersonService(ws).create({"alias": "Loulou", "birth": "1980"})
    dialog = QuickContactDialog(ws, person_id=pid)
    qtbot.addWidget(dialog)
    dialog.function.setCurrentIndex(dialog.function.findData("first_line_support"))
    dialog.setting.setCurrentIndex(dialog.setting.findData("group"))
    assert dialog.duration.value() == 90


# -- 12: words ---------------------------------------------------------------------------------

def test_every_network_category_reads_in_french_and_dutch_in_a_bilan_from_the_shared_glossary():
    from app.reports.bilan import BilanReport
    from app.reports.bilan_data import BilanFacts, PersonFacts
    from app.reports.glossary import glossary

    categories = glossary()["network_category"]
    assert categories["peer"]["nl"] == "lotgenoot"
    for lang in ("fr", "nl"):
        report = BilanReport(BilanFacts("full", "initial", date(2026, 1, 5), 1, False, "", PersonFacts("X"), {}),
                             None, lang)
        for key, labels in categories.items():
            assert report._known("category", key) == labels[lang]
        assert report._known("category", "family") != "family"
