"""The directory in the Open Referral Human Services Data Specification (HSDS 3.0), as one
JSON document of tables: organizations, services, locations, service_at_locations,
addresses, phones, languages, contacts, and attributes with taxonomy terms.

What HSDS has no field for (ESMS/DESDE type, sector, GP mark, admission criteria, usual wait
in days) travels as attributes on the service, under the taxonomies below, so a network can
share one directory and read it back without losing anything.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

from app.errors import RelaisError
from app.models.partner import CRITERIA_KEYS, Partner
from app.models.person import fold
from app.services.partners.directory import (
    PartnerRecord,
    duplicate_key,
    existing_keys,
    list_partners,
    validate_partner,
)
from app.services.shared.csv_import import MAX_IMPORT_BYTES, ImportRefused, RowError, read_capped
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace
from app.store.fsutil import atomic_write_bytes
from app.texts import message

HSDS_VERSION = "3.0"
TAXONOMY_TYPE = "esms-desde"          # R, D, O, A, I, S main codes
TAXONOMY_SECTOR = "relais-sector"
TAXONOMY_CRITERIA = "relais-criteria"
TAXONOMY_FLAGS = "relais-flags"       # gp, waiting_days
_NAMESPACE = uuid.UUID("5b0d3f0e-6c4e-4a5e-9d0a-52656c616973")
_POSTAL = re.compile(r"^(?P<street>.*?)[,\n]\s*(?P<postal>\d{4})\s+(?P<city>[^,\n]+?)\s*$", re.S)


def _id(*parts: object) -> str:
    return str(uuid.uuid5(_NAMESPACE, "/".join(str(p) for p in parts)))


# -- export ---------------------------------------------------------------------------------
def directory_to_hsds(partners: list[PartnerRecord]) -> dict:
    doc: dict[str, list] = {k: [] for k in ("organizations", "services", "locations", "service_at_locations",
                                           "addresses", "phones", "languages", "contacts", "attributes",
                                           "taxonomy_terms")}
    organizations: dict[str, str] = {}
    terms: dict[tuple[str, str], str] = {}

    def term(taxonomy: str, code: str) -> str:
        if (taxonomy, code) not in terms:
            terms[(taxonomy, code)] = _id("term", taxonomy, code)
            doc["taxonomy_terms"].append({"id": terms[(taxonomy, code)], "code": code, "name": code,
                                          "description": "", "taxonomy": taxonomy})
        return terms[(taxonomy, code)]

    def attribute(service_id: str, taxonomy: str, code: str, value: object) -> None:
        doc["attributes"].append({"id": _id("attr", service_id, taxonomy, code), "link_id": service_id,
                                  "link_type": "service", "link_entity": "service",
                                  "taxonomy_term_id": term(taxonomy, code), "value": _text(value)})

    for p in partners:
        org_key = fold(p.organisation)
        if org_key not in organizations:
            organizations[org_key] = _id("org", org_key)
            doc["organizations"].append({"id": organizations[org_key], "name": p.organisation,
                                         "description": "", "email": None, "website": None})
        org_id = organizations[org_key]
        sid = _id("service", p.id)
        doc["services"].append({
            "id": sid, "organization_id": org_id, "name": p.service_name or p.organisation,
            "alternate_name": None, "description": p.notes, "email": p.email or None, "status": "active",
            "minimum_age": p.criteria.get("min_age"), "maximum_age": p.criteria.get("max_age"),
            "eligibility_description": None,
            "wait_time": None if p.waiting_days is None else f"{p.waiting_days} days",
        })
        attribute(sid, TAXONOMY_TYPE, p.service_type, True)
        attribute(sid, TAXONOMY_SECTOR, p.sector, True)
        if p.is_gp:
            attribute(sid, TAXONOMY_FLAGS, "gp", True)
        if p.waiting_days is not None:
            attribute(sid, TAXONOMY_FLAGS, "waiting_days", p.waiting_days)
        for key in ("accepts_drug_users", "needs_insurance", "needs_address"):
            if key in p.criteria:
                attribute(sid, TAXONOMY_CRITERIA, key, p.criteria[key])
        if p.address:
            lid = _id("location", p.id)
            doc["locations"].append({"id": lid, "organization_id": org_id, "location_type": "physical",
                                     "name": p.service_name or p.organisation})
            doc["service_at_locations"].append({"id": _id("sal", p.id), "service_id": sid, "location_id": lid})
            match = _POSTAL.match(p.address)
            street, postal, city = ((match["street"], match["postal"], match["city"]) if match
                                    else (p.address, "", ""))
            doc["addresses"].append({"id": _id("address", p.id), "location_id": lid, "address_1": street,
                                     "city": city, "postal_code": postal, "state_province": "",
                                     "country": "BE", "address_type": "physical"})
        if p.phone:
            doc["phones"].append({"id": _id("phone", p.id), "service_id": sid, "number": p.phone, "type": "voice"})
        for lang in p.languages:
            doc["languages"].append({"id": _id("language", p.id, lang), "service_id": sid, "code": lang,
                                     "name": lang})
        if p.contact_person:
            doc["contacts"].append({"id": _id("contact", p.id), "service_id": sid, "name": p.contact_person})
    return {"hsds_version": HSDS_VERSION, "generator": "Relais", **doc}


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def export_hsds(ws: Workspace, out_file: Path | str) -> int:
    """Write the whole directory as HSDS JSON; returns the number of services written."""
    ws.require(Permission.EXPORT)
    partners = list_partners(ws)
    data = json.dumps(directory_to_hsds(partners), ensure_ascii=False, indent=1).encode("utf-8")
    atomic_write_bytes(Path(out_file), data, mode=0o600)
    with ws.unit() as session:
        ws.audit(session, "export.partners_hsds", count=len(partners))
    return len(partners)


# -- import ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class HsdsImportResult:
    added: int
    already_present: int   # same organisation and service already in the directory: kept as is


class HsdsRefused(ImportRefused):
    """Nothing imported; each error names the service (its position and name)."""

    def message(self, lang: str | None = None) -> str:
        head = message("partners.hsds.refused", lang, count=len(self.errors))
        lines = [f"{message('partners.hsds.service', lang, number=e.line, name=e.params.get('service', ''))}"
                 f"{' [' + e.field + ']' if e.field else ''}: {message(e.code, lang, **e.params)}"
                 for e in self.errors[:200]]
        return "\n".join([head, *lines])


# A file from outside is untrusted: nesting and the type of every field read are checked
# before any of it is used, and each refusal is named.
MAX_DEPTH = 16
_ID = (str, int)
_TEXT = (str,)
_TEXT_OR_NUMBER = (str, int, float)
_SCALAR = (str, int, float, bool)
FIELD_TYPES: dict[str, dict[str, tuple[type, ...]]] = {
    "services": {"id": _ID, "organization_id": _ID, "name": _TEXT, "email": _TEXT, "description": _TEXT,
                 "minimum_age": _TEXT_OR_NUMBER, "maximum_age": _TEXT_OR_NUMBER, "wait_time": _TEXT},
    "organizations": {"id": _ID, "name": _TEXT, "email": _TEXT},
    "taxonomy_terms": {"id": _ID, "taxonomy": _TEXT, "code": _TEXT},
    "addresses": {"location_id": _ID, "address_1": _TEXT, "postal_code": _TEXT_OR_NUMBER, "city": _TEXT},
    "service_at_locations": {"service_id": _ID, "location_id": _ID},
    "phones": {"service_id": _ID, "number": _TEXT_OR_NUMBER},
    "languages": {"service_id": _ID, "code": _TEXT, "name": _TEXT},
    "contacts": {"service_id": _ID, "name": _TEXT},
    "attributes": {"service_id": _ID, "link_id": _ID, "taxonomy_term_id": _ID, "value": _SCALAR},
}


def parse_hsds(raw: bytes) -> dict:
    """Decode an HSDS file and check its shape; RelaisError names what is wrong."""
    try:
        doc = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise RelaisError("partners.hsds.invalid") from None
    except RecursionError:
        raise RelaisError("partners.hsds.too_deep", max_depth=MAX_DEPTH) from None
    if _depth(doc) > MAX_DEPTH:
        raise RelaisError("partners.hsds.too_deep", max_depth=MAX_DEPTH)
    check_shape(doc)
    return doc


def _depth(value: object) -> int:
    """Nesting depth, counted without recursion (a hostile file cannot exhaust the stack)."""
    deepest = 0
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        if depth > MAX_DEPTH:
            break
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return deepest


def check_shape(doc: object) -> None:
    if not isinstance(doc, dict) or not isinstance(doc.get("services"), list):
        raise RelaisError("partners.hsds.invalid")
    for table, fields in FIELD_TYPES.items():
        rows = doc.get(table)
        if rows is None:
            continue
        if not isinstance(rows, list):
            raise RelaisError("partners.hsds.wrong_type", where=table)
        for number, row in enumerate(rows, start=1):
            if not isinstance(row, dict):
                raise RelaisError("partners.hsds.wrong_type", where=f"{table}[{number}]")
            for name, types in fields.items():
                value = row.get(name)
                # bool is an int in Python; only `value` (a flag or criterion) may be one.
                if value is None or (isinstance(value, types) and (bool in types or not isinstance(value, bool))):
                    continue
                raise RelaisError("partners.hsds.wrong_type", where=f"{table}[{number}].{name}")


def hsds_to_values(doc: dict) -> list[dict]:
    """One dict of partner fields per HSDS service, ready for validate_partner."""
    check_shape(doc)

    def table(name: str) -> list[dict]:
        rows = doc.get(name) or []
        return [r for r in rows if isinstance(r, dict)] if isinstance(rows, list) else []

    orgs = {o.get("id"): o for o in table("organizations")}
    terms = {t.get("id"): t for t in table("taxonomy_terms")}
    addresses = {a.get("location_id"): a for a in table("addresses")}
    # HSDS ids are optional in files made by hand: a missing one is a key of its own (None)
    locations_of: dict[str | None, list[str | None]] = {}
    for sal in table("service_at_locations"):
        locations_of.setdefault(sal.get("service_id"), []).append(sal.get("location_id"))
    by_service: dict[str | None, dict[str, list]] = {}
    for name in ("phones", "languages", "contacts", "attributes"):
        for row in table(name):
            owner = row.get("service_id") or (row.get("link_id") if name == "attributes" else None)
            by_service.setdefault(owner, {}).setdefault(name, []).append(row)
    result = []
    for service in doc["services"]:
        if not isinstance(service, dict):
            raise RelaisError("partners.hsds.invalid")
        sid = service.get("id")
        own = by_service.get(sid, {})
        org = orgs.get(service.get("organization_id")) or {}
        organisation = str(org.get("name") or "")
        name = str(service.get("name") or "")
        values: dict = {
            "organisation": organisation or name,
            "service_name": "" if name == organisation else name,
            "email": service.get("email") or org.get("email") or "",
            "notes": service.get("description") or "",
            "min_age": service.get("minimum_age"), "max_age": service.get("maximum_age"),
            "phone": next((p.get("number") or "" for p in own.get("phones", [])), ""),
            "languages": [str(lang.get("code") or lang.get("name") or "") for lang in own.get("languages", [])],
            "contact_person": next((c.get("name") or "" for c in own.get("contacts", [])), ""),
        }
        for loc in locations_of.get(sid, []):
            address = addresses.get(loc)
            if address:
                street = str(address.get("address_1") or "")
                town = " ".join(str(address.get(k) or "") for k in ("postal_code", "city")).strip()
                values["address"] = f"{street}, {town}" if street and town else (street or town)
                break
        for attr in own.get("attributes", []):
            t = terms.get(attr.get("taxonomy_term_id")) or {}
            taxonomy, code, value = t.get("taxonomy"), t.get("code"), attr.get("value")
            if taxonomy == TAXONOMY_TYPE:
                values["service_type"] = code
            elif taxonomy == TAXONOMY_SECTOR:
                values["sector"] = code
            elif taxonomy == TAXONOMY_FLAGS and code == "gp":
                values["is_gp"] = value
            elif taxonomy == TAXONOMY_FLAGS and code == "waiting_days":
                values["waiting_days"] = value
            elif taxonomy == TAXONOMY_CRITERIA and code in CRITERIA_KEYS:
                values[code] = value
        if "waiting_days" not in values and isinstance(service.get("wait_time"), str):
            days = re.match(r"^\s*(\d+)\s*(days?|jours?|dagen)?\s*$", service["wait_time"])
            values["waiting_days"] = days.group(1) if days else None
        result.append(values)
    return result


def import_hsds(ws: Workspace, path: Path | str) -> HsdsImportResult:
    """Add every service of an HSDS file, or none; entries already in the directory are kept."""
    ws.require(Permission.IMPORT)
    path = Path(path)
    try:
        raw = read_capped(path)
    except FileNotFoundError:
        raise RelaisError("file.missing", path=str(path)) from None
    except OSError as exc:
        raise RelaisError("file.unreadable", path=str(path), reason=exc.strerror or str(exc)) from None
    if raw is None:
        raise RelaisError("partners.hsds.too_large", max_mb=MAX_IMPORT_BYTES // 2**20)
    entries = hsds_to_values(parse_hsds(raw))
    errors: list[RowError] = []
    with ws.unit() as session:
        in_directory = existing_keys(session)
        seen: set[str] = set()
        partners: list[Partner] = []
        present = 0
        for number, values in enumerate(entries, start=1):
            clean, field_errors = validate_partner(values)
            label = clean["organisation"] or "?"
            errors += [RowError(number, e.field, e.code, {**e.params, "service": label}) for e in field_errors]
            key = duplicate_key(clean["organisation"], clean["service_name"])
            if key in in_directory:
                present += 1
            elif key in seen:
                errors.append(RowError(number, "", "partners.hsds.duplicate_service", {"service": label}))
            elif not field_errors:
                partners.append(Partner(**clean))
            seen.add(key)
        if errors:
            raise HsdsRefused(errors)
        session.add_all(partners)
        session.flush()
        ws.audit(session, "import.partners_hsds", count=len(partners), already_present=present)
    return HsdsImportResult(len(partners), present)
