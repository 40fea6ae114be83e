"""Hospital and residential stays: dates, overlaps, the header flag, the dashboard's
follow-up-after-discharge figure and the review proposed after a discharge."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from app.errors import PermissionDenied, ValidationError
from app.services.careplan import create_plan
from app.services.contacts.records import ContactService
from app.services.dashboard.indicators import caseload_indicators
from app.services.persons.flags import person_flags
from app.services.persons.records import PersonService
from app.services.stays import (
    add_stay,
    current_stay,
    list_stays,
    review_proposal,
    update_stay,
)
from app.services.stays.records import StayOverlap
from tests.conftest import add_user, open_as

TODAY = date(2026, 11, 20)


def stay(**over) -> dict:
    values = {"kind": "psychiatric_ward", "place": "Clinique Sans Souci", "admitted_on": date(2026, 10, 1),
              "discharged_on": date(2026, 10, 20), "planned": False, "discharge_plan": "GP in 7 days"}
    values.update(over)
    return values


@pytest.fixture
def pid(ws):
    return PersonService(ws).create({"alias": "Rivière"})


def test_a_discharge_before_its_admission_is_refused(ws, pid):
    with pytest.raises(ValidationError) as caught:
        add_stay(ws, pid, stay(admitted_on=date(2026, 10, 10), discharged_on=date(2026, 10, 9)), TODAY)
    assert [(e.field, e.code) for e in caught.value.errors] == [("discharged_on", "stays.discharge_before_admission")]
    assert list_stays(ws, pid) == []


def test_same_day_discharge_is_accepted_and_future_dates_refused(ws, pid):
    add_stay(ws, pid, stay(admitted_on=date(2026, 11, 2), discharged_on=date(2026, 11, 2)), TODAY)
    with pytest.raises(ValidationError) as caught:
        add_stay(ws, pid, stay(admitted_on=TODAY + timedelta(days=1), discharged_on=None), TODAY)
    assert caught.value.errors[0].code == "stays.admission_future"


@pytest.mark.parametrize("admitted, discharged", [
    (date(2026, 10, 5), date(2026, 10, 25)),    # starts inside
    (date(2026, 9, 20), date(2026, 10, 2)),     # ends inside
    (date(2026, 9, 1), None),                    # still open, started before
    (date(2026, 10, 19), None),                  # still open, started inside
])
def test_overlapping_stays_are_refused(ws, pid, admitted, discharged):
    add_stay(ws, pid, stay(), TODAY)
    with pytest.raises(StayOverlap):
        add_stay(ws, pid, stay(admitted_on=admitted, discharged_on=discharged), TODAY)
    assert len(list_stays(ws, pid)) == 1


def test_a_transfer_on_the_discharge_day_touches_without_overlapping(ws, pid):
    add_stay(ws, pid, stay(), TODAY)
    add_stay(ws, pid, stay(kind="residential", admitted_on=date(2026, 10, 20), discharged_on=None), TODAY)
    assert [s.kind for s in list_stays(ws, pid)] == ["residential", "psychiatric_ward"]


def test_an_edit_cannot_create_an_overlap_but_may_move_itself(ws, pid):
    first = add_stay(ws, pid, stay(), TODAY)
    add_stay(ws, pid, stay(admitted_on=date(2026, 11, 1), discharged_on=None), TODAY)
    update_stay(ws, first, stay(discharged_on=date(2026, 10, 22)), TODAY)
    with pytest.raises(StayOverlap):
        update_stay(ws, first, stay(discharged_on=date(2026, 11, 3)), TODAY)


def test_the_header_shows_a_current_stay_and_then_proposes_a_review(ws, pid):
    create_plan(ws, pid, date(2026, 9, 1), date(2027, 3, 1), today=TODAY)
    sid = add_stay(ws, pid, stay(admitted_on=date(2026, 11, 10), discharged_on=None), TODAY)
    assert current_stay(ws, pid, TODAY).id == sid
    flags = person_flags(ws, pid, TODAY)
    assert "in_stay" in flags and "review_after_discharge" not in flags
    update_stay(ws, sid, stay(admitted_on=date(2026, 11, 10), discharged_on=date(2026, 11, 18)), TODAY)
    assert current_stay(ws, pid, TODAY) is None
    assert review_proposal(ws, pid, TODAY).discharged_on == date(2026, 11, 18)
    flags = person_flags(ws, pid, TODAY)
    assert "review_after_discharge" in flags and "in_stay" not in flags


def test_no_review_is_proposed_without_a_care_plan(ws, pid):
    add_stay(ws, pid, stay(), TODAY)
    assert review_proposal(ws, pid, TODAY) is None


def _contact(ws, pid, when: datetime) -> None:
    assert ContactService(ws).add({"person_id": pid, "occurred_at": when, "duration_minutes": 30,
                                   "mode": "phone"}, confirmed=True).saved


def test_dashboard_counts_persons_discharged_without_contact_within_7_days(ws):
    people = PersonService(ws)
    followed, missed, late, waiting, old = (people.create({"alias": a}) for a in "ABCDE")
    add_stay(ws, followed, stay(discharged_on=date(2026, 11, 1)), TODAY)
    _contact(ws, followed, datetime(2026, 11, 8, 10))        # day 7: in time
    add_stay(ws, missed, stay(discharged_on=date(2026, 11, 1)), TODAY)
    _contact(ws, missed, datetime(2026, 10, 25, 10))          # during the stay: does not count
    add_stay(ws, late, stay(discharged_on=date(2026, 11, 1)), TODAY)
    _contact(ws, late, datetime(2026, 11, 9, 10))             # day 8: too late
    add_stay(ws, waiting, stay(discharged_on=date(2026, 11, 18)), TODAY)   # nobody called yet
    add_stay(ws, old, stay(admitted_on=date(2026, 6, 1), discharged_on=date(2026, 6, 10)), TODAY)
    ind = caseload_indicators(ws, "team", today=TODAY)
    assert ind.discharged_no_contact.person_ids == tuple(sorted((missed, late, waiting)))


def test_a_peer_worker_sees_the_stay_but_not_the_discharge_plan_and_cannot_add(ws, vault_dir, pid):
    add_stay(ws, pid, stay(), TODAY)
    add_user(ws, "pat", "peer_worker")
    ws.lock()
    peer = open_as(vault_dir, "pat")
    try:
        [row] = list_stays(peer, pid)
        assert row.place == "Clinique Sans Souci" and row.discharge_plan == ""
        with pytest.raises(PermissionDenied):
            add_stay(peer, pid, stay(admitted_on=date(2026, 11, 1), discharged_on=None), TODAY)
    finally:
        peer.lock()


def test_the_fhir_bundle_carries_stays_and_received_documents_validated(ws, pid):
    from fhir.resources.R4B.bundle import Bundle

    from app.services.received import add_received
    from app.services.rights.fhir import build_fhir_bundle
    from tests.test_received_documents import a_pdf

    add_stay(ws, pid, stay(), TODAY)
    add_stay(ws, pid, stay(kind="residential", admitted_on=date(2026, 11, 1), discharged_on=None, planned=True), TODAY)
    add_received(ws, pid, a_pdf(), kind="discharge_letter", sender="Clinique <b>", file_name="sortie.pdf")
    data = build_fhir_bundle(ws, pid)
    Bundle.model_validate(data)
    resources = [e["resource"] for e in data["entry"]]
    encounters = [r for r in resources if r["resourceType"] == "Encounter"]
    assert sorted((e["status"], e["class"]["code"], e["priority"]["coding"][0]["code"]) for e in encounters) == [
        ("finished", "IMP", "EM"), ("in-progress", "NONAC", "EL")]
    assert {"start": "2026-10-01", "end": "2026-10-20"} in [e["period"] for e in encounters]
    [ref] = [r for r in resources if r["resourceType"] == "DocumentReference"]
    attachment = ref["content"][0]["attachment"]
    assert attachment["contentType"] == "application/pdf" and attachment["title"] == "sortie.pdf"
    assert ref["author"] == [{"display": "Clinique <b>"}]
    import base64
    import hashlib

    content = base64.b64decode(attachment["data"])
    assert content.startswith(b"%PDF-") and len(content) == attachment["size"]
    assert base64.b64encode(hashlib.sha1(content).digest()).decode() == attachment["hash"]
