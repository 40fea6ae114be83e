"""The signed-in user's document profile: the sender block of letters and bilans."""

from __future__ import annotations

from dataclasses import asdict, fields

from app.models.person import clean_text
from app.models.user import User
from app.reports.base import Letterhead
from app.services.shared.workspace import Workspace

PROFILE_FIELDS = tuple(f.name for f in fields(Letterhead))


def get_letterhead(ws: Workspace) -> Letterhead:
    with ws.read() as session:
        user = session.get(User, ws.user.id)
        profile = dict(user.document_profile or {}) if user else {}
    profile.setdefault("worker_name", ws.user.label)
    return Letterhead(**{k: str(profile.get(k, "")) for k in PROFILE_FIELDS})


def set_letterhead(ws: Workspace, values: dict) -> Letterhead:
    clean = {k: clean_text(str(values.get(k, "")), 2000) for k in PROFILE_FIELDS}
    with ws.unit() as session:
        user = session.get(User, ws.user.id)
        user.document_profile = clean
        ws.audit(session, "profile.changed", "user", ws.user.id)
    return Letterhead(**clean)


def letterhead_dict(letterhead: Letterhead) -> dict:
    return asdict(letterhead)
