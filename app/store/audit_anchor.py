"""The audit chain's last known head, kept outside the vault.

A hash chain shows an event edited, removed from the middle or moved, but not the newest
events cut off at the end: the shortened chain is still a valid chain. So after every
committed change the head (sequence number and hash) is noted in this account's state folder,
keyed by the vault id (moving or copying the folder does not lose it). At every unlock, and
in `check`, the noted event must still be in the chain, unchanged; a vault rolled back to an
older copy, a deleted WAL file or a restored backup shows as "older than the last one this
account opened on this computer".

The note is never replaced by a head that does not extend it: only a session that found the
note intact at unlock updates it, and only a restore verified with a key may reset it. A
missing note where unlock events of this computer say one was kept is itself reported.
The note holds no personal data.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.paths import state_dir
from app.store.audit import AuditEvent
from app.store.fsutil import atomic_write_bytes
from app.texts import message


@dataclass(frozen=True)
class Head:
    seq: int
    hash: str


@dataclass(frozen=True)
class Rollback:
    """What the comparison with the note found; `message()` says it in the user's language."""
    code: str
    params: dict = field(default_factory=dict)

    def message(self, lang: str | None = None) -> str:
        return message(self.code, lang, **self.params)


def _file(vault_id: str) -> Path:
    tag = hashlib.sha256(f"relais-audit-head\0{vault_id}".encode()).hexdigest()[:24]
    return state_dir() / f"audit-head-{tag}.json"


def device_tag() -> str:
    """Names this account's state folder (no personal data) in unlock events, so that a
    vault can tell that a note was kept for it here."""
    try:
        where = str(state_dir().expanduser().resolve())
    except OSError:
        where = str(state_dir())
    return hashlib.sha256(f"relais-device\0{where}".encode()).hexdigest()[:16]


def current_head(session: Session) -> Head | None:
    row = session.execute(select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).first()
    return Head(row.id, row.hash) if row else None


def remember_head(vault_id: str, head: Head, *, durable: bool = True) -> None:
    """Write the note. Callers make sure `head` extends the noted one (see OpenVault)."""
    path = _file(vault_id)
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        atomic_write_bytes(path, json.dumps({"seq": head.seq, "hash": head.hash}).encode(), durable=durable)
    except OSError:
        pass  # a note we cannot keep must never block work


def remembered_head(vault_id: str) -> Head | None:
    try:
        data = json.loads(_file(vault_id).read_text("utf-8"))
        return Head(int(data["seq"]), str(data["hash"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def note_exists(vault_id: str) -> bool:
    return _file(vault_id).exists()


def head_problem(session: Session, head: Head | None) -> str | None:
    """None when the remembered head is still in the chain as it was (English, for logs)."""
    found = inspect(session, "", head=head, expect_note=False)
    return found.message("en") if found else None


def inspect(session: Session, vault_id: str, *, head: Head | None = None, expect_note: bool = True) -> Rollback | None:
    """Compare the chain with this account's note; None when the vault is not older."""
    if head is None and vault_id:
        head = remembered_head(vault_id)
        if head is None and not note_exists(vault_id) and expect_note and _note_was_kept_here(session):
            return Rollback("vault.anchor_missing")
    if head is None:
        return None
    found = session.scalar(select(AuditEvent.hash).where(AuditEvent.id == head.seq))
    if found is None:
        last = session.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1)) or 0
        return Rollback("vault.rolled_back", {"seen": head.seq, "found": last})
    if found != head.hash:
        return Rollback("vault.rolled_back_changed", {"seen": head.seq})
    return None


def _note_was_kept_here(session: Session) -> bool:
    marker = f'"device": "{device_tag()}"'
    return session.scalar(select(AuditEvent.id).where(AuditEvent.detail.contains(marker)).limit(1)) is not None
