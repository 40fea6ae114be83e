"""Portability: the FHIR R4B Bundle validates with fhir.resources and carries each resource type."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from fhir.resources.R4B.bundle import Bundle
from sqlalchemy import text

from app.errors import NotFound, PermissionDenied
from app.services.rights.fhir import SSIN_SYSTEM, build_fhir_bundle, export_person_fhir
from tests.caseload_fixtures import NISS, build_caseload
from tests.conftest import add_user, open_as


@pytest.fixture
def caseload(ws):
    return build_caseload(ws)


def resources(bundle: dict, kind: str) -> list[dict]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def test_bundle_validates_and_holds_every_resource_type(ws, caseload, tmp_path):
    out = export_person_fhir(ws, caseload.anna, tmp_path / "anna.json")
    data = json.loads(out.read_text("utf-8"))
    bundle = Bundle.model_validate(data)          # the library's own validation, from the file
    assert bundle.type == "collection"
    kinds = Counter(e["resource"]["resourceType"] for e in data["entry"])
    assert kinds == {"Patient": 1, "CarePlan": 1, "Goal": 1, "QuestionnaireResponse": 4, "ServiceRequest": 1,
                     "Consent": 1}
    patient = resources(data, "Patient")[0]
    assert {"system": SSIN_SYSTEM, "value": NISS} in patient["identifier"]
    assert patient["name"][0]["family"] == "Testova" and patient["birthDate"] == "1985-07-30"
    # every reference inside the bundle resolves to one of its entries
    urls = {e["fullUrl"] for e in data["entry"]}
    refs = [m for m in json.dumps(data).split('"reference": "')[1:]]
    assert refs and all(r.split('"')[0] in urls for r in refs)


def test_care_plan_goals_and_cansas_mapping(ws, caseload):
    data = build_fhir_bundle(ws, caseload.anna)
    plan = resources(data, "CarePlan")[0]
    goal = resources(data, "Goal")[0]
    assert plan["status"] == "active" and plan["intent"] == "plan"
    assert len(plan["goal"]) == 1 and goal["description"]["text"] == "Retrouver un logement à moi"
    assert [a["detail"]["status"] for a in plan["activity"]] == ["not-started", "not-started", "completed"]
    responses = resources(data, "QuestionnaireResponse")
    staff_june = next(r for r in responses if r["authored"] == "2026-06-01")
    person_july = next(r for r in responses if r["authored"] == "2026-07-01")
    draft = next(r for r in responses if r["authored"] == "2026-08-01")
    assert staff_june["author"]["display"] == "carla" and "source" not in staff_june
    assert person_july["author"]["reference"] == person_july["subject"]["reference"] == person_july["source"]["reference"]
    assert draft["status"] == "in-progress" and staff_june["status"] == "completed"
    core, extra = staff_june["item"]
    assert core["linkId"] == "core" and extra["linkId"] == "extra:nl_25"
    ratings = {i["linkId"]: i["answer"][0]["valueCoding"]["code"] for i in core["item"]}
    assert ratings == {"accommodation": "2", "food": "0", "company": "2", "alcohol": "0", "drugs": "0"}
    assert extra["item"][0]["linkId"] == "paid_work"
    request = resources(data, "ServiceRequest")[0]
    assert request["status"] == "active" and request["performer"][0]["display"] == "Service Fictif d'Accueil"
    consent = resources(data, "Consent")[0]
    assert consent["status"] == "active" and consent["provision"]["period"]["start"] == "2026-01-05"


def test_hostile_text_stays_valid(ws, caseload):
    with ws.unit() as s:
        s.execute(text("UPDATE careplan_goals SET text = :t"), {"t": "<b>&amp;</b> \"quote\" " + "é" * 20000})
        s.execute(text("UPDATE consents SET purpose = :t"), {"t": "<script>alert(1)</script> & Ω"})
    data = build_fhir_bundle(ws, caseload.anna)
    Bundle.model_validate(data)
    assert "&lt;script&gt;" in resources(data, "Consent")[0]["text"]["div"]


def test_refused_without_export_rights_and_audited(ws, vault_dir, caseload):
    with pytest.raises(NotFound):
        build_fhir_bundle(ws, 9999)
    build_fhir_bundle(ws, caseload.bruno)
    with ws.read() as s:
        rows = s.execute(text("SELECT target_id, detail FROM audit_events WHERE action = 'person.exported'")).all()
    assert rows[-1][0] == caseload.bruno and '"fhir"' in rows[-1][1] and "Bruno" not in rows[-1][1]
    add_user(ws, "pierre", "peer_worker")
    ws.lock()
    peer = open_as(vault_dir, "pierre")
    try:
        with pytest.raises(PermissionDenied):
            build_fhir_bundle(peer, caseload.anna)
    finally:
        peer.lock()
