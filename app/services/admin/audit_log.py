"""The audit trail as supervisors read it in the app: filtered events and whether the
hash chain is intact. Reading the trail is itself an audit event."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace
from app.store.audit import AuditEvent, verify_chain


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    action: str
    target_kind: str | None
    target_id: int | None
    detail: dict


@dataclass(frozen=True)
class ChainStatus:
    intact: bool
    events: int
    problems: tuple[tuple[int, str], ...]   # (event id, "edited" | "missing_before" | "reordered")


@dataclass(frozen=True)
class AuditFilter:
    action: str | None = None        # exact action, or a prefix ending with "." ("contact.")
    actor: str | None = None
    start: datetime | None = None    # inclusive, naive UTC
    end: datetime | None = None      # exclusive


def list_events(ws: Workspace, filters: AuditFilter | None = None, limit: int = 5000) -> list[AuditRow]:
    ws.require(Permission.AUDIT_READ)
    filters = filters or AuditFilter()
    query = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)
    if filters.action:
        if filters.action.endswith("."):
            query = query.where(AuditEvent.action.startswith(filters.action, autoescape=True))
        else:
            query = query.where(AuditEvent.action == filters.action)
    if filters.actor:
        query = query.where(AuditEvent.actor == filters.actor)
    if filters.start is not None:
        query = query.where(AuditEvent.at >= filters.start)
    if filters.end is not None:
        query = query.where(AuditEvent.at < filters.end)
    with ws.unit() as session:
        rows = [AuditRow(e.id, e.at, e.actor, e.action, e.target_kind, e.target_id, _detail(e.detail))
                for e in session.scalars(query)]
        ws.audit(session, "audit.viewed", count=len(rows))
    return rows


def chain_status(ws: Workspace) -> ChainStatus:
    ws.require(Permission.AUDIT_READ)
    with ws.read() as session:
        problems = verify_chain(session)
        count = session.scalar(select(func.count(AuditEvent.id))) or 0
    return ChainStatus(not problems, count, tuple((p.event_id, p.reason) for p in problems))


def known_actions(ws: Workspace) -> list[str]:
    ws.require(Permission.AUDIT_READ)
    with ws.read() as session:
        return list(session.scalars(select(AuditEvent.action).distinct().order_by(AuditEvent.action)))


def known_actors(ws: Workspace) -> list[str]:
    ws.require(Permission.AUDIT_READ)
    with ws.read() as session:
        return list(session.scalars(select(AuditEvent.actor).distinct().order_by(AuditEvent.actor)))


def _detail(text: str) -> dict:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {"raw": text}
    return value if isinstance(value, dict) else {"value": value}
