"""The audit trail: an append-only hash chain.

Each event stores the hash of the previous one and its own hash over its fields, so an
edited, deleted or reordered event breaks the chain and `check` reports it. Events carry
ids and action names, never personal data in clear.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from app.store.base import Base, utcnow

GENESIS = "0" * 64


class AuditEvent(Base):
    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(80), index=True)
    target_kind: Mapped[str | None] = mapped_column(String(40))
    target_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


def _event_hash(seq: int, at: datetime, actor: str, action: str, target_kind: str | None,
                target_id: int | None, detail: str, prev_hash: str) -> str:
    canonical = json.dumps(
        [seq, at.isoformat(timespec="microseconds"), actor, action, target_kind, target_id, detail, prev_hash],
        ensure_ascii=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def append_event(session: Session, actor: str, action: str, target_kind: str | None = None,
                 target_id: int | None = None, **detail: object) -> AuditEvent:
    """Add one event to the chain inside the caller's transaction."""
    last = session.execute(
        select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
    ).first()
    seq = (last.id + 1) if last else 1
    prev = last.hash if last else GENESIS
    at = utcnow()
    detail_text = json.dumps(detail, sort_keys=True, ensure_ascii=False, default=str)
    event = AuditEvent(
        id=seq, at=at, actor=actor, action=action, target_kind=target_kind, target_id=target_id,
        detail=detail_text, prev_hash=prev,
        hash=_event_hash(seq, at, actor, action, target_kind, target_id, detail_text, prev),
    )
    session.add(event)
    session.flush()
    session.info["audit_head"] = (seq, event.hash)  # noted outside the vault once committed
    return event


@dataclass(frozen=True)
class ChainProblem:
    event_id: int
    reason: str  # "edited", "missing_before", "reordered"


def verify_chain(session: Session) -> list[ChainProblem]:
    problems: list[ChainProblem] = []
    prev_hash = GENESIS
    expected_seq = 1
    for ev in session.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars():
        if ev.id != expected_seq:
            problems.append(ChainProblem(ev.id, "missing_before"))
        elif ev.prev_hash != prev_hash:
            problems.append(ChainProblem(ev.id, "reordered"))
        if ev.hash != _event_hash(ev.id, ev.at, ev.actor, ev.action, ev.target_kind, ev.target_id,
                                  ev.detail, ev.prev_hash):
            problems.append(ChainProblem(ev.id, "edited"))
        prev_hash = ev.hash
        expected_seq = ev.id + 1
    return problems
