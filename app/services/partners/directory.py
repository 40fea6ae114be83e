"""The partner directory: add, edit, search and filter the services of the network; check a
person against a partner's admission criteria; the person's GP as a directory partner."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import FieldError, NotFound, RelaisError, ValidationError
from app.models.consent import Consent
from app.models.partner import (
    CRITERIA_KEYS,
    Partner,
    Sector,
    ServiceType,
    criteria_warnings,
)
from app.models.person import _EMAIL, _PHONE, Person, clean_text, fold
from app.models.referral import Referral
from app.services.cansas.assessments import latest_needs_summary
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace

MAX_NAME = 300
MAX_TEXT = 20000
MAX_WAITING_DAYS = 3650
SERVICE_TYPES = tuple(t.value for t in ServiceType)
SECTORS = tuple(s.value for s in Sector)
# Languages a directory entry may list (ISO 639-1), the letter languages first.
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")

_TRUE = {"1", "yes", "y", "true", "oui", "o", "ja", "j", "x"}
_FALSE = {"0", "no", "n", "false", "non", "nee"}


@dataclass(frozen=True)
class PartnerRecord:
    id: int
    organisation: str
    service_name: str
    service_type: str
    sector: str
    is_gp: bool
    address: str
    phone: str
    email: str
    languages: tuple[str, ...]
    criteria: dict
    waiting_days: int | None
    contact_person: str
    notes: str
    display_name: str
    letter_language: str

    @property
    def accepts_drug_users(self) -> bool | None:
        return self.criteria.get("accepts_drug_users")


@dataclass(frozen=True)
class PartnerFilter:
    text: str = ""
    sector: str | None = None
    service_type: str | None = None
    language: str | None = None
    accepts_drug_users: bool = False      # only services that say they accept them
    no_waiting_list: bool = False         # only services with a usual wait of 0 days
    gp_only: bool = False

    def matches(self, p: PartnerRecord) -> bool:
        if self.sector and p.sector != self.sector:
            return False
        if self.service_type and p.service_type != self.service_type:
            return False
        if self.language and self.language not in p.languages:
            return False
        if self.accepts_drug_users and p.accepts_drug_users is not True:
            return False
        if self.no_waiting_list and p.waiting_days != 0:
            return False
        if self.gp_only and not p.is_gp:
            return False
        haystack = fold(" ".join([p.organisation, p.service_name, p.address, p.contact_person, p.notes,
                                  p.email, " ".join(p.languages)]))
        return all(term in haystack for term in fold(self.text).split())


@dataclass(frozen=True)
class CriteriaCheck:
    partner_id: int
    warnings: tuple[tuple[str, dict], ...] = field(default_factory=tuple)

    @property
    def met(self) -> bool:
        return not self.warnings


def record(p: Partner) -> PartnerRecord:
    return PartnerRecord(p.id, p.organisation, p.service_name, p.service_type, p.sector, p.is_gp, p.address,
                         p.phone, p.email, tuple(p.languages or []), dict(p.criteria or {}), p.waiting_days,
                         p.contact_person, p.notes, p.display_name, p.letter_language)


# -- validation (shared by the editor, the CSV import and the HSDS import) ------------------
def parse_bool(raw: object) -> bool | None:
    """yes/no in English, French or Dutch; empty = unknown (None). Raises ValueError."""
    if raw is None or isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if not text:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(text)


def _int_field(raw: object, name: str, low: int, high: int, errors: list[FieldError]) -> int | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    try:
        value = int(str(raw).strip())
    except ValueError:
        errors.append(FieldError(name, "partners.number.invalid", {"value": str(raw)[:20]}))
        return None
    if not low <= value <= high:
        errors.append(FieldError(name, "partners.number.range", {"min": low, "max": high}))
        return None
    return value


def validate_partner(values: dict) -> tuple[dict, list[FieldError]]:
    """Clean every field of a directory entry. Returns (column values, errors)."""
    errors: list[FieldError] = []
    clean: dict = {}
    organisation = clean_text(values.get("organisation"), 10**6)
    if not organisation:
        errors.append(FieldError("organisation", "partners.name_required"))
    elif len(organisation) > MAX_NAME:
        errors.append(FieldError("organisation", "text.too_long", {"max": MAX_NAME}))
    clean["organisation"] = organisation[:MAX_NAME]
    service = clean_text(values.get("service_name"), 10**6)
    if len(service) > MAX_NAME:
        errors.append(FieldError("service_name", "text.too_long", {"max": MAX_NAME}))
    clean["service_name"] = service[:MAX_NAME]
    stype = clean_text(values.get("service_type"), 40).upper() or ServiceType.OUTPATIENT.value
    if stype not in SERVICE_TYPES:
        errors.append(FieldError("service_type", "partners.type_unknown",
                                 {"value": stype, "accepted": ", ".join(SERVICE_TYPES)}))
    clean["service_type"] = stype
    sector = clean_text(values.get("sector"), 40).lower() or Sector.OTHER.value
    if sector not in SECTORS:
        errors.append(FieldError("sector", "partners.sector_unknown",
                                 {"value": sector, "accepted": ", ".join(SECTORS)}))
    clean["sector"] = sector
    try:
        clean["is_gp"] = bool(parse_bool(values.get("is_gp")))
    except ValueError:
        errors.append(FieldError("is_gp", "partners.yes_no", {"value": str(values.get("is_gp"))[:20]}))
    for key in ("address", "notes"):
        clean[key] = clean_text(values.get(key), MAX_TEXT)
    clean["contact_person"] = clean_text(values.get("contact_person"), 200)
    email = clean_text(values.get("email"), 10**4)
    if email and (len(email) > 200 or not _EMAIL.match(email)):
        errors.append(FieldError("email", "email.invalid"))
    clean["email"] = email[:200]
    phone = clean_text(values.get("phone"), 10**4)
    if phone and not _PHONE.match(phone):
        errors.append(FieldError("phone", "phone.invalid"))
    clean["phone"] = phone[:60]
    langs = values.get("languages") or []
    if isinstance(langs, str):
        langs = [p for p in re.split(r"[,;/ ]+", langs) if p]
    clean_langs: list[str] = []
    for lang in langs:
        code = clean_text(str(lang), 10).lower()
        if not LANGUAGE_CODE.match(code):
            errors.append(FieldError("languages", "partners.language_invalid", {"value": code[:10]}))
        elif code not in clean_langs:
            clean_langs.append(code)
    clean["languages"] = clean_langs[:20]
    clean["waiting_days"] = _int_field(values.get("waiting_days"), "waiting_days", 0, MAX_WAITING_DAYS, errors)
    criteria: dict = {}
    for key, kind in CRITERIA_KEYS.items():
        raw = values.get(key, (values.get("criteria") or {}).get(key))
        if kind is bool:
            try:
                flag = parse_bool(raw)
            except ValueError:
                errors.append(FieldError(key, "partners.yes_no", {"value": str(raw)[:20]}))
                continue
            if flag is not None:
                criteria[key] = flag
        else:
            number = _int_field(raw, key, 0, 120, errors)
            if number is not None:
                criteria[key] = number
    if criteria.get("min_age") is not None and criteria.get("max_age") is not None \
            and criteria["min_age"] > criteria["max_age"]:
        errors.append(FieldError("max_age", "partners.age_range"))
    clean["criteria"] = criteria
    return clean, errors


def duplicate_key(organisation: str, service_name: str) -> str:
    return f"{fold(organisation).strip()}|{fold(service_name).strip()}"


def existing_keys(session: Session) -> dict[str, int]:
    return {duplicate_key(o, s): pid for pid, o, s in
            session.execute(select(Partner.id, Partner.organisation, Partner.service_name))}


# -- use cases ------------------------------------------------------------------------------
def add_partner(ws: Workspace, values: dict) -> int:
    ws.require(Permission.PERSON_EDIT)
    clean, errors = validate_partner(values)
    with ws.unit() as session:
        if not errors and duplicate_key(clean["organisation"], clean["service_name"]) in existing_keys(session):
            errors.append(FieldError("organisation", "partners.duplicate"))
        if errors:
            raise ValidationError(errors, "partners")
        partner = Partner(**clean)
        session.add(partner)
        session.flush()
        ws.audit(session, "partner.created", "partner", partner.id)
        return partner.id


def update_partner(ws: Workspace, partner_id: int, values: dict) -> PartnerRecord:
    ws.require(Permission.PERSON_EDIT)
    clean, errors = validate_partner(values)
    with ws.unit() as session:
        partner = _get(session, partner_id)
        other = existing_keys(session).get(duplicate_key(clean["organisation"], clean["service_name"]))
        if not errors and other not in (None, partner_id):
            errors.append(FieldError("organisation", "partners.duplicate"))
        if errors:
            raise ValidationError(errors, "partners")
        changed = sorted(k for k, v in clean.items() if getattr(partner, k) != v)
        for key, value in clean.items():
            setattr(partner, key, value)
        if changed:
            ws.audit(session, "partner.changed", "partner", partner_id, fields=changed)
        session.flush()
        return record(partner)


def delete_partner(ws: Workspace, partner_id: int) -> None:
    """Only an unused entry can go: consents and referrals name partners, and losing them
    would erase what the person agreed to."""
    ws.require(Permission.PERSON_EDIT)
    with ws.unit() as session:
        partner = _get(session, partner_id)
        used = (session.scalar(select(func.count(Consent.id)).where(Consent.partner_id == partner_id))
                or session.scalar(select(func.count(Referral.id)).where(Referral.partner_id == partner_id))
                or session.scalar(select(func.count(Person.id)).where(Person.gp_partner_id == partner_id)))
        if used:
            raise RelaisError("partners.in_use", partner=partner.display_name)
        session.delete(partner)
        ws.audit(session, "partner.deleted", "partner", partner_id)


def get_partner(ws: Workspace, partner_id: int) -> PartnerRecord:
    ws.require(Permission.PERSON_READ)
    with ws.read() as session:
        return record(_get(session, partner_id))


def list_partners(ws: Workspace, where: PartnerFilter | None = None) -> list[PartnerRecord]:
    """The directory, sorted by organisation then service; the directory is small (hundreds),
    so filtering in Python keeps accent-insensitive text search simple and exact."""
    ws.require(Permission.PERSON_READ)
    with ws.read() as session:
        rows = [record(p) for p in session.scalars(select(Partner))]
    rows.sort(key=lambda p: (fold(p.organisation), fold(p.service_name)))
    return [p for p in rows if where is None or where.matches(p)]


def check_criteria(ws: Workspace, person_id: int, partner_id: int, today: date | None = None) -> CriteriaCheck:
    """Warnings where the person may not meet the partner's criteria (never a refusal:
    the worker may refer anyway, with a stated reason)."""
    ws.require(Permission.PERSON_READ)
    today = today or date.today()
    with ws.read() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound(what="person", id=person_id)
        partner = _get(session, partner_id)
        criteria = dict(partner.criteria or {})
        age, insurance, housing = person.age(today), person.insurance, person.housing
    uses = _uses_substances(ws, person_id) if criteria.get("accepts_drug_users") is False else None
    return CriteriaCheck(partner_id, tuple(criteria_warnings(criteria, age, insurance, housing, uses)))


def _uses_substances(ws: Workspace, person_id: int) -> bool | None:
    """From the latest CANSAS: a met or unmet need for alcohol or drugs says substances are
    part of the picture. None when there is no assessment (or the role cannot read it)."""
    if not ws.can(Permission.CLINICAL_READ):
        return None
    needs = latest_needs_summary(ws, person_id)
    if needs is None:
        return None
    rated = set(needs.met_domains) | set(needs.unmet_domains)
    return bool(rated & {"alcohol", "drugs"})


def set_gp(ws: Workspace, person_id: int | None = None, partner_id: int | None = None) -> None:
    """Make a directory partner the person's GP (None clears it). The partner is marked as a GP
    so that a consent "for my GP" covers it."""
    ws.require(Permission.PERSON_EDIT)
    with ws.unit() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound(what="person", id=person_id)
        if partner_id is None:
            person.gp_partner_id = None
        else:
            partner = _get(session, partner_id)
            partner.is_gp = True
            person.gp_partner_id = partner.id
            person.gp_name = partner.display_name[:300]
        ws.audit(session, "person.gp_set", "person", person_id, partner_id=partner_id)


def add_gp_partner(ws: Workspace, person_id: int, values: dict) -> int:
    """Enter the person's GP in the directory (first line, marked as GP) and link it."""
    values = {**values, "is_gp": True, "sector": values.get("sector") or Sector.FIRST_LINE.value,
              "service_type": values.get("service_type") or ServiceType.OUTPATIENT.value}
    partner_id = add_partner(ws, values)
    set_gp(ws, person_id, partner_id)
    return partner_id


def _get(session: Session, partner_id: int) -> Partner:
    partner = session.get(Partner, partner_id)
    if partner is None:
        raise NotFound(what="partner", id=partner_id)
    return partner
