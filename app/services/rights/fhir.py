"""Portability: everything structured about one person as a FHIR Bundle of type "collection".

FHIR version: R4B (4.3), built and validated with `fhir.resources.R4B`. fhir.resources 8
ships R5 as its default and R4B, not R4 proper; R4B is the R4-compatible release (same
resources and elements for everything used here: Patient, CarePlan, Goal,
QuestionnaireResponse, ServiceRequest, Consent), so an R4 reader takes this Bundle.

Mapping:
- Patient: names and alias (use "nickname"), birth date or year only, NISS as an identifier
  (the Belgian SSIN naming system), phone, email, address, languages.
- CarePlan per care-plan version (the current one "active" once agreed, a draft "draft", a
  superseded one "completed" and replaced by the next), its goals as Goal resources and the
  actions as activities with who does them and when.
- QuestionnaireResponse per CANSAS assessment: one item per domain (core, then extra, in
  two groups) answered with the 0/1/2/9 rating; a staff rating has the worker as author,
  the person's own rating has the Patient as author and source. Ratings are never merged.
- ServiceRequest per referral; Consent per consent (what may be shared, with whom, until when).
- Encounter per hospital or residential stay (class IMP, or NONAC for a residential stay;
  planned stays "EL", others "EM"; the discharge plan as the discharge disposition's text).
- DocumentReference per document received, its file inline (base64) with its SHA-1 hash.
Every resource is validated by building the Bundle model before anything is written.
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from datetime import date, datetime
from html import escape
from pathlib import Path

from fhir.resources.R4B.bundle import Bundle
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.models.cansas import Assessment, AssessmentStatus, Rater
from app.models.careplan import ActionStatus, CarePlan, GoalStatus
from app.models.consent import Consent, ConsentState
from app.models.instruments import life_domain_label, load_instrument
from app.models.partner import Partner
from app.models.person import Person
from app.models.received import ReceivedDocument
from app.models.referral import Referral, ReferralStatus
from app.models.stay import Stay, StayKind
from app.models.user import User
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace
from app.store.base import utcnow
from app.store.fsutil import atomic_write_bytes

FHIR_VERSION = "4.3.0"   # R4B
SSIN_SYSTEM = "https://www.ehealth.fgov.be/standards/fhir/core/NamingSystem/ssin"
RELAIS = "urn:relais:"
CANSAS_QUESTIONNAIRE = "urn:relais:questionnaire:cansas"
RATING_SYSTEM = "urn:relais:cansas-rating"
DOMAIN_SYSTEM = "urn:relais:life-domain"

# Keyed by the stored status text (the enums are str enums, so either spelling looks up).
_GOAL_STATUS: dict[str, str] = {
    GoalStatus.OPEN: "active", GoalStatus.ACHIEVED: "completed", GoalStatus.CHANGED: "cancelled",
    GoalStatus.DROPPED: "cancelled"}
_ACTION_STATUS: dict[str, str] = {
    ActionStatus.OPEN: "not-started", ActionStatus.DONE: "completed", ActionStatus.CANCELLED: "cancelled"}
_REFERRAL_STATUS: dict[str, str] = {
    ReferralStatus.DRAFT: "draft", ReferralStatus.SENT: "active", ReferralStatus.ACCEPTED: "active",
    ReferralStatus.WAITING_LIST: "active", ReferralStatus.STARTED: "active",
    ReferralStatus.REFUSED: "revoked", ReferralStatus.ENDED: "completed"}
_PRIORITY = {"routine": "routine", "soon": "urgent", "urgent": "asap"}


def _urn() -> str:
    return f"urn:uuid:{uuid.uuid4()}"


def _day(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    return value.date().isoformat() if isinstance(value, datetime) else value.isoformat()


def _moment(value: datetime) -> str:
    return value.replace(microsecond=0).isoformat() + "Z"   # Relais keeps naive UTC


def _text(value: str | None) -> dict | None:
    return {"text": value} if value else None


def _compact(data: dict) -> dict:
    return {k: v for k, v in data.items() if v not in (None, "", [], {})}


class _BundleBuilder:
    def __init__(self, session: Session, person: Person, lang: str) -> None:
        self.session = session
        self.person = person
        self.lang = lang
        self.entries: list[dict] = []
        self.patient_ref = _urn()
        self.users = {u.id: (u.display_name or u.name) for u in session.scalars(select(User))}

    def add(self, resource: dict, full_url: str | None = None) -> str:
        url = full_url or _urn()
        self.entries.append({"fullUrl": url, "resource": _compact(resource)})
        return url

    def subject(self) -> dict:
        return {"reference": self.patient_ref}

    # -- Patient ------------------------------------------------------------------------
    def patient(self) -> None:
        p = self.person
        names = []
        if p.given_names or p.family_name:
            names.append(_compact({"use": "official", "family": p.family_name or None,
                                   "given": [p.given_names] if p.given_names else None}))
        if p.alias:
            names.append({"use": "nickname", "text": p.alias})
        identifiers = [{"system": RELAIS + "person", "value": str(p.id)}]
        if p.niss:
            identifiers.append({"system": SSIN_SYSTEM, "value": p.niss})
        telecom = [t for t in ({"system": "phone", "value": p.phone} if p.phone else None,
                               {"system": "email", "value": p.email} if p.email else None) if t]
        self.add({
            "resourceType": "Patient",
            "identifier": identifiers,
            "active": p.status != "closed",
            "name": names,
            "birthDate": _day(p.birth_date) or (f"{p.birth_year:04d}" if p.birth_year else None),
            "telecom": telecom,
            "address": [{"text": p.address}] if p.address else None,
            "communication": [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": lang}]}}
                              for lang in (p.languages or []) if lang],
            "generalPractitioner": [{"display": p.gp_name}] if p.gp_name else None,
        }, self.patient_ref)

    # -- CarePlan and Goals ----------------------------------------------------------------
    def careplans(self) -> int:
        plan = self.session.scalar(select(CarePlan).where(CarePlan.person_id == self.person.id))
        if plan is None:
            return 0
        previous: str | None = None
        for version in plan.versions:
            goal_refs = []
            activities = []
            for goal in version.goals:
                ref = self.add({
                    "resourceType": "Goal",
                    "lifecycleStatus": _GOAL_STATUS.get(goal.status, "active"),
                    "achievementStatus": {"coding": [{
                        "system": "http://terminology.hl7.org/CodeSystem/goal-achievement",
                        "code": "achieved"}]} if goal.status == GoalStatus.ACHIEVED else None,
                    "priority": {"text": str(goal.priority)},
                    "category": [{"coding": [{"system": DOMAIN_SYSTEM, "code": goal.domain,
                                              "display": life_domain_label(goal.domain, self.lang)}]}]
                    if goal.domain else None,
                    "description": {"text": goal.text},
                    "subject": self.subject(),
                    "note": [n for n in ({"text": goal.strengths} if goal.strengths else None,
                                         {"text": goal.person_comment} if goal.person_comment else None) if n],
                })
                goal_refs.append({"reference": ref})
                for action in goal.actions:
                    who = action.owner_label or action.owner_kind
                    activities.append({"detail": _compact({
                        "status": _ACTION_STATUS.get(action.status, "unknown"),
                        "description": action.what,
                        "goal": [{"reference": ref}],
                        "scheduledString": action.due_on.isoformat() if action.due_on else None,
                        "performer": [{"reference": self.patient_ref}] if action.owner_kind == "person"
                        else [{"display": who}],
                    })})
            status = "completed" if version.superseded_at else ("draft" if version.agreed_on is None else "active")
            ref = self.add({
                "resourceType": "CarePlan",
                "identifier": [{"system": RELAIS + "careplan-version", "value": str(version.id)}],
                "status": status,
                "intent": "plan",
                "title": f"v{version.number}",
                "subject": self.subject(),
                "period": _compact({"start": _day(version.starts_on), "end": _day(version.review_on)}),
                "created": _moment(version.created_at) if version.created_at else None,
                "replaces": [{"reference": previous}] if previous else None,
                "goal": goal_refs,
                "activity": activities,
                "note": [{"text": version.review_note}] if version.review_note else None,
            })
            previous = ref
        return len(plan.versions)

    # -- CANSAS ---------------------------------------------------------------------------
    def assessments(self) -> int:
        scale = {s["value"]: s for s in load_instrument("cansas")["scale"]}
        rows = self.session.scalars(select(Assessment).where(Assessment.person_id == self.person.id)
                                    .order_by(Assessment.assessed_on, Assessment.id)).all()
        for a in rows:
            groups = []
            for core in (True, False):
                items = []
                for r in a.ratings:
                    if bool(r.is_core) != core:
                        continue
                    item: dict[str, object] = {"linkId": r.domain_id, "text": life_domain_label(r.domain_id, self.lang)}
                    if r.value is not None:
                        entry = scale.get(r.value, {})
                        answer = {"valueCoding": {"system": RATING_SYSTEM, "code": str(r.value),
                                                  "display": entry.get(self.lang) or entry.get("en", "")}}
                        item["answer"] = [answer]
                        if r.comment:
                            item["item"] = [{"linkId": f"{r.domain_id}.comment",
                                             "answer": [{"valueString": r.comment}]}]
                    items.append(item)
                if items:
                    groups.append({"linkId": "core" if core else f"extra:{a.extra_set or ''}", "item": items})
            author: dict[str, str] | None
            source: dict[str, str] | None
            if a.rater == Rater.PERSON:
                author = source = {"reference": self.patient_ref}
            else:
                author = {"display": self.users.get(a.rater_user_id, "")} if a.rater_user_id else None
                source = None
            self.add({
                "resourceType": "QuestionnaireResponse",
                "identifier": {"system": RELAIS + "assessment", "value": str(a.id)},
                "questionnaire": CANSAS_QUESTIONNAIRE,
                "status": "completed" if a.status == AssessmentStatus.COMPLETE else "in-progress",
                "subject": self.subject(),
                "authored": f"{a.assessed_on.isoformat()}",
                "author": author,
                "source": source,
                "item": groups,
            })
        return len(rows)

    # -- referrals and consents -----------------------------------------------------------------
    def referrals(self) -> int:
        rows = self.session.scalars(select(Referral).where(Referral.person_id == self.person.id)
                                    .order_by(Referral.id)).all()
        for r in rows:
            self.add({
                "resourceType": "ServiceRequest",
                "identifier": [{"system": RELAIS + "referral", "value": str(r.id)}],
                "status": _REFERRAL_STATUS.get(r.status, "unknown"),
                "intent": "order",
                "category": [{"coding": [{"system": RELAIS + "referral-status", "code": r.status}],
                              "text": "referral"}],
                "priority": _PRIORITY.get(r.urgency, "routine"),
                "code": {"coding": [{"system": DOMAIN_SYSTEM, "code": r.reason_domain,
                                     "display": life_domain_label(r.reason_domain, self.lang)}]}
                if r.reason_domain else None,
                "subject": self.subject(),
                "authoredOn": _day(r.sent_on) or _day(r.status_on),
                "performer": [{"display": r.partner_name}] if r.partner_name else None,
                "reasonCode": [_text(r.reason)] if r.reason else None,
                "patientInstruction": r.request or None,
                "note": [{"text": r.criteria_override}] if r.criteria_override else None,
            })
        return len(rows)

    def consents(self) -> int:
        rows = self.session.scalars(select(Consent).where(Consent.person_id == self.person.id)
                                    .order_by(Consent.id)).all()
        today = date.today()
        for c in rows:
            partner = self.session.get(Partner, c.partner_id) if c.partner_id else None
            state = c.state_on(today)
            end = c.revoked_on or c.expires_on
            self.add({
                "resourceType": "Consent",
                "identifier": [{"system": RELAIS + "consent", "value": str(c.id)}],
                "status": "active" if state is ConsentState.VALID else ("proposed" if state is ConsentState.NOT_YET
                                                                         else "inactive"),
                "scope": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/consentscope",
                                      "code": "patient-privacy"}]},
                "category": [{"coding": [{"system": "http://loinc.org", "code": "59284-0"}],
                              "text": f"consent ({c.form})"}],
                "patient": self.subject(),
                "dateTime": _moment(datetime.combine(c.given_on, datetime.min.time())),
                "policyRule": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                                           "code": "OPTIN"}]},
                "provision": _compact({
                    "type": "permit",
                    "period": _compact({"start": _day(c.given_on), "end": _day(end)}),
                    "actor": [{"role": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                                                    "code": "IRCP"}]},
                               "reference": {"display": partner.display_name if partner
                                             else (c.recipient_category or "")}}],
                    "code": [{"coding": [{"system": RELAIS + "document-type", "code": t}]}
                             for t in c.document_types or []],
                }),
                # The purpose is the person's or worker's own wording: kept as the narrative.
                "text": {"status": "generated", "div": _div(c.purpose)} if c.purpose else None,
            })
        return len(rows)


    def stays(self) -> int:
        rows = self.session.scalars(select(Stay).where(Stay.person_id == self.person.id).order_by(Stay.id)).all()
        for s in rows:
            self.add({
                "resourceType": "Encounter",
                "identifier": [{"system": RELAIS + "stay", "value": str(s.id)}],
                "status": "finished" if s.discharged_on else "in-progress",
                "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                          "code": "NONAC" if s.kind == StayKind.RESIDENTIAL else "IMP"},
                "type": [{"coding": [{"system": RELAIS + "stay-kind", "code": s.kind}], "text": s.kind}],
                "priority": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActPriority",
                                         "code": "EL" if s.planned else "EM"}]},
                "subject": self.subject(),
                "period": _compact({"start": _day(s.admitted_on), "end": _day(s.discharged_on)}),
                "serviceProvider": {"display": s.place} if s.place else None,
                "hospitalization": {"dischargeDisposition": {"text": s.discharge_plan}} if s.discharge_plan else None,
            })
        return len(rows)

    def received(self) -> int:
        rows = self.session.scalars(select(ReceivedDocument).where(ReceivedDocument.person_id == self.person.id)
                                    .order_by(ReceivedDocument.id)).all()
        for d in rows:
            self.add({
                "resourceType": "DocumentReference",
                "identifier": [{"system": RELAIS + "received-document", "value": str(d.id)}],
                "status": "current",
                "type": {"coding": [{"system": RELAIS + "received-kind", "code": d.kind}], "text": d.kind},
                "subject": self.subject(),
                "date": _moment(d.created_at),
                "author": [{"display": d.sender}] if d.sender else None,
                "description": d.note or None,
                "content": [{"attachment": _compact({
                    "contentType": d.content_type, "size": d.size, "title": d.file_name or None,
                    "creation": _moment(datetime.combine(d.received_on, datetime.min.time())),
                    "hash": base64.b64encode(hashlib.sha1(d.content).digest()).decode("ascii"),
                    "data": base64.b64encode(d.content).decode("ascii"),
                })}],
            })
        return len(rows)


def _div(text: str) -> str:
    return f'<div xmlns="http://www.w3.org/1999/xhtml"><p>{escape(text)}</p></div>'


def build_fhir_bundle(ws: Workspace, person_id: int, lang: str = "en") -> dict:
    """The person's Bundle as validated JSON-ready data. Audited as an export."""
    ws.require(Permission.EXPORT)
    ws.require(Permission.CLINICAL_READ)
    with ws.unit() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound(what="person", id=person_id)
        builder = _BundleBuilder(session, person, lang)
        builder.patient()
        counts = {"careplans": builder.careplans(), "assessments": builder.assessments(),
                  "referrals": builder.referrals(), "consents": builder.consents(),
                  "stays": builder.stays(), "received": builder.received()}
        data = {
            "resourceType": "Bundle",
            "identifier": {"system": RELAIS + "export", "value": str(uuid.uuid4())},
            "type": "collection",
            "timestamp": _moment(utcnow()),
            "entry": builder.entries,
        }
        bundle = Bundle.model_validate(data)   # raises on any resource that is not valid R4B
        ws.audit(session, "person.exported", "person", person_id, format="fhir", **counts)
    return json.loads(bundle.model_dump_json(exclude_none=True))


def export_person_fhir(ws: Workspace, person_id: int, out_file: Path | str) -> Path:
    data = build_fhir_bundle(ws, person_id)
    out = Path(out_file)
    atomic_write_bytes(out, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"), mode=0o600)
    return out
