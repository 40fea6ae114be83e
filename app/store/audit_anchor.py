"""The audit chain's last known head, kept outside the vault.

A hash chain shows an event edited, removed from the middle or moved, but not the newest
events cut off at the end: the shortened chain is still a valid chain. So at every lock the
head (sequence number and hash) is noted in the user's state folder, and `check` verifies
that the noted event is still in the chain, unchanged. The note holds no personal data.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.paths import state_dir
from app.store.audit import AuditEvent
from app.store.fsutil import atomic_write_bytes


@dataclass(frozen=True)
class Head:
    seq: int
    hash: str


def _file(vault_id: str, folder: Path) -> Path:
    # Per vault and per folder: a backup restored into another folder starts its own note.
    tag = hashlib.sha256(f"{vault_id}\0{Path(folder).resolve()}".encode()).hexdigest()[:24]
    return state_dir() / f"audit-head-{tag}.json"


def current_head(session: Session) -> Head | None:
    row = session.execute(select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).first()
    return Head(row.id, row.hash) if row else None


def remember_head(vault_id: str, folder: Path, head: Head) -> None:
    path = _file(vault_id, folder)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, json.dumps({"seq": head.seq, "hash": head.hash}).encode())
    except OSError:
        pass  # a note we cannot keep must never block locking


def forget_head(vault_id: str, folder: Path) -> None:
    """After a restore replaced the vault in this folder, its older chain is legitimate."""
    _file(vault_id, folder).unlink(missing_ok=True)


def remembered_head(vault_id: str, folder: Path) -> Head | None:
    try:
        data = json.loads(_file(vault_id, folder).read_text("utf-8"))
        return Head(int(data["seq"]), str(data["hash"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def head_problem(session: Session, head: Head | None) -> str | None:
    """None when the remembered head is still in the chain as it was."""
    if head is None:
        return None
    found = session.scalar(select(AuditEvent.hash).where(AuditEvent.id == head.seq))
    if found is None:
        return f"events up to #{head.seq}, present at the last lock, are missing"
    if found != head.hash:
        return f"event #{head.seq} differs from the one present at the last lock"
    return None
