"""The person-file header flags, computed from the record and the person's consents."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.errors import NotFound
from app.models.consent import Consent
from app.services.persons.flags import person_flags
from app.services.persons.records import PersonService

TODAY = date(2026, 11, 26)


def test_flags_follow_the_record_and_a_valid_consent(ws):
    service = PersonService(ws)
    pid = service.create({"given_names": "Mira", "housing": "no_fixed_address", "insurance": "none"})
    assert person_flags(ws, pid, TODAY) == ["no_niss", "no_fixed_address", "no_insurance", "consent_missing"]

    service.update(pid, {"niss": "85073003328", "housing": "shelter", "insurance": "mutuelle"})
    with ws.unit() as session:
        session.add(Consent(person_id=pid, given_on=TODAY - timedelta(days=400),
                            expires_on=TODAY - timedelta(days=1), document_types=["identity"]))
    assert person_flags(ws, pid, TODAY) == ["consent_expired"]          # expired yesterday
    with ws.unit() as session:
        session.add(Consent(person_id=pid, given_on=TODAY - timedelta(days=3), document_types=["identity"]))
    assert person_flags(ws, pid, TODAY) == []


def test_unknown_person_is_not_found(ws):
    with pytest.raises(NotFound):
        person_flags(ws, 999_999, TODAY)


def test_overdue_care_plan_review_and_actions_show_in_the_header(ws):
    from app.services import careplan as careplans

    pid = PersonService(ws).create({"alias": "Mimi", "niss": "85073003328", "insurance": "mutuelle"})
    with ws.unit() as session:
        session.add(Consent(person_id=pid, given_on=TODAY - timedelta(days=3), document_types=["identity"]))
    careplans.draft_goals_from_domains(ws, pid, ["accommodation"], today=TODAY - timedelta(days=400))
    flags = person_flags(ws, pid, TODAY)
    assert "review_overdue" in flags
