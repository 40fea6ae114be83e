"""Who sends a document: the service profile (organisation, address, phone, e-mail, place; set
once for the vault by a supervisor) and the signed-in user's own profile (full name, role,
profession and registration, direct line, signature). Together they make the sender block of
letters, bilans and every other PDF: never the software's name, never a login."""

from __future__ import annotations

from dataclasses import asdict, fields

from app.errors import FieldError, ValidationError
from app.models.person import clean_text
from app.models.settings import VaultSetting
from app.models.user import User
from app.reports.letterhead import Letterhead
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace

PROFILE_FIELDS = tuple(f.name for f in fields(Letterhead))
# Set once for the whole service (a supervisor setting, kept in vault_settings).
SERVICE_FIELDS = ("organisation", "address", "phone", "email", "place")
SERVICE_KEY = "service_profile"
# Professions a document may name (resources/instruments/convention.json "professions").
PROFESSIONS = ("clinical_psychologist", "clinical_orthopedagogue", "physician", "case_manager", "other")


def get_service_profile(ws: Workspace) -> dict[str, str]:
    with ws.read() as session:
        row = session.get(VaultSetting, SERVICE_KEY)
        stored = row.value if row is not None else None
        value = stored if isinstance(stored, dict) else {}     # a JSON setting: the profile is an object
    return {k: str(value.get(k, "")) for k in SERVICE_FIELDS}


def set_service_profile(ws: Workspace, values: dict) -> dict[str, str]:
    """The service's sender details, for every user of the vault: supervisors only."""
    ws.require(Permission.USERS_MANAGE)
    clean = {k: clean_text(str(values.get(k, "") or ""), 2000) for k in SERVICE_FIELDS}
    if not clean["organisation"]:
        raise ValidationError([FieldError("organisation", "profile.organisation_required")], "profile")
    with ws.unit() as session:
        row = session.get(VaultSetting, SERVICE_KEY)
        if row is None:
            session.add(VaultSetting(key=SERVICE_KEY, value=clean))
        else:
            row.value = clean
        ws.audit(session, "setting.changed", key=SERVICE_KEY)
    return clean


def get_letterhead(ws: Workspace) -> Letterhead:
    """The sender of the signed-in user's documents: the service profile for the organisation,
    its address and place; the user's own full name, role, profession and registration; the
    user's direct phone and e-mail when given, the service's otherwise."""
    service = get_service_profile(ws)
    with ws.read() as session:
        user = session.get(User, ws.user.id)
        profile = dict(user.document_profile or {}) if user else {}
        full_name = (user.display_name or "") if user else ""
    values = {k: str(profile.get(k, "") or "") for k in PROFILE_FIELDS}
    if not values["worker_name"]:
        values["worker_name"] = full_name          # the full name, not the login
    for key in ("organisation", "address", "place"):
        if service[key]:
            values[key] = service[key]
    for key in ("phone", "email"):
        values[key] = values[key] or service[key]
    if values["profession"] not in PROFESSIONS:
        values["profession"] = ""
    return Letterhead(**values)


def set_letterhead(ws: Workspace, values: dict) -> Letterhead:
    """The user's own part of the sender block (and, before a service profile exists, the
    organisation they write for)."""
    clean = {k: clean_text(str(values.get(k, "") or ""), 2000) for k in PROFILE_FIELDS}
    if clean["profession"] and clean["profession"] not in PROFESSIONS:
        raise ValidationError([FieldError("profession", "choice.invalid", {"value": clean["profession"][:40]})],
                              "profile")
    with ws.unit() as session:
        user = session.get_one(User, ws.user.id)   # the signed-in user
        user.document_profile = clean
        ws.audit(session, "profile.changed", "user", ws.user.id)
    return get_letterhead(ws)


def letterhead_dict(letterhead: Letterhead) -> dict:
    return asdict(letterhead)
