"""Issue 19 point 14: demo data that reads true — no bilan citing a later CANSAS, no
« renting » beside « no fixed address », comments that match their domain, names whose
gender forms agree, urgent referrals that make sense."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.devtools.demo import add_demo_data
from app.devtools.demo.assessments import COMMENTS
from app.devtools.demo.bilans import CONTEXT
from app.devtools.demo.partners import REASONS
from app.devtools.demo.persons import FEMALE, FEMININE_FORMS
from app.models.bilan import Bilan, BilanSection
from app.models.cansas import Assessment, Rating
from app.models.careplan import CarePlan, CarePlanVersion
from app.models.network import NetworkSnapshot
from app.models.person import Person
from app.models.referral import Referral, ReferralEvent

TODAY = date(2026, 11, 26)


@pytest.fixture(scope="module")
def demo(tmp_path_factory, template_vault):
    import shutil

    from app.services.shared.workspace import Workspace
    from tests.conftest import PASSPHRASE, USER

    folder = tmp_path_factory.mktemp("demo") / "vault"
    shutil.copytree(template_vault, folder)
    ws = Workspace.open(folder, USER, PASSPHRASE)
    add_demo_data(ws, persons=160, seed=5, today=TODAY)
    yield ws
    ws.lock()


def test_no_bilan_cites_a_later_cansas_map_or_plan(demo):
    with demo.read() as s:
        bilans = s.execute(select(Bilan.person_id, func.min(Bilan.bilan_date)).group_by(Bilan.person_id)).all()
        latest = {}
        for query in (select(Assessment.person_id, func.max(Assessment.assessed_on)).group_by(Assessment.person_id),
                      select(NetworkSnapshot.person_id, func.max(NetworkSnapshot.drawn_on))
                      .group_by(NetworkSnapshot.person_id),
                      select(CarePlan.person_id, func.max(CarePlanVersion.starts_on))
                      .join(CarePlanVersion, CarePlanVersion.plan_id == CarePlan.id).group_by(CarePlan.person_id)):
            for pid, day in s.execute(query):
                latest[pid] = max(latest.get(pid, day), day)
    assert len(bilans) > 20
    assert [(pid, day) for pid, day in bilans if pid in latest and day < latest[pid]] == []
    assert all(day <= TODAY for _, day in bilans)


def test_a_bilans_context_matches_where_the_person_lives_in_their_language(demo):
    with demo.read() as s:
        rows = s.execute(select(Person.housing, Person.languages, BilanSection.text)
                         .join(Bilan, Bilan.person_id == Person.id).join(BilanSection, BilanSection.bilan_id == Bilan.id)
                         .where(BilanSection.key == "context")).all()
    assert rows
    for housing, languages, text in rows:
        lang = "nl" if "nl" in languages else "fr"
        assert text == CONTEXT[lang][housing], (housing, languages, text)
    street = {CONTEXT["fr"]["no_fixed_address"], CONTEXT["nl"]["no_fixed_address"]}
    assert not [h for h, _, t in rows if t in street and h != "no_fixed_address"]


def test_cansas_comments_speak_of_their_own_domain_in_the_persons_language(demo):
    with demo.read() as s:
        rows = s.execute(select(Rating.domain_id, Rating.comment, Person.languages)
                         .join(Assessment, Assessment.id == Rating.assessment_id)
                         .join(Person, Person.id == Assessment.person_id).where(Rating.comment != "")).all()
    assert rows
    for domain, comment, languages in rows:
        assert comment == COMMENTS[domain]["nl" in languages], (domain, comment)
        assert "Fictional" not in comment


def test_family_names_agree_with_the_given_names_gender(demo):
    with demo.read() as s:
        people = s.execute(select(Person.given_names, Person.family_name)).all()
    feminine = set(FEMININE_FORMS.values())
    women = [(g, f) for g, f in people if g in FEMALE]
    men = [(g, f) for g, f in people if g and g not in FEMALE]
    assert not [(g, f) for g, f in women if f in FEMININE_FORMS]
    assert not [(g, f) for g, f in men if f in feminine]
    assert any(f in feminine for _, f in women)          # the rule is exercised


def test_urgent_referrals_are_for_urgent_matters_and_move_within_days(demo):
    allowed = {domain: urgencies for domain, _texts, _sectors, urgencies in REASONS}
    with demo.read() as s:
        referrals = s.execute(select(Referral.id, Referral.reason_domain, Referral.urgency)).all()
    assert [r for r in referrals if r.urgency not in allowed[r.reason_domain]] == []
    urgent = [r.id for r in referrals if r.urgency == "urgent"]
    assert urgent and "company" not in {r.reason_domain for r in referrals if r.urgency == "urgent"}
    with demo.read() as s:
        for rid in urgent:
            days = [d for (d,) in s.execute(select(ReferralEvent.on).where(ReferralEvent.referral_id == rid))]
            assert (max(days) - min(days)).days <= 14, rid


def test_demo_consultations_follow_the_rules_and_their_bilan(demo):
    from app.models.consultation import Consultation, validate_consultation_fields

    with demo.read() as s:
        rows = s.execute(select(Consultation, Bilan.bilan_date).join(Bilan, Bilan.id == Consultation.bilan_id)).all()
        assert rows
        for consultation, bilan_date in rows:
            _clean, errors = validate_consultation_fields(
                {"held_on": consultation.held_on, "duration_minutes": consultation.duration_minutes,
                 "participants": consultation.participants, "person_present": consultation.person_present},
                TODAY)
            assert errors == [] and bilan_date <= consultation.held_on <= TODAY
