"""Failed unlock attempts, remembered outside the vault.

A wrong passphrase must leave the vault files byte-for-byte unchanged, and without the
key nothing can be written into the encrypted audit trail. So a failure is noted in the
user's state folder (time and slot name only, no personal data) and moved into the audit
trail at the next successful unlock.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from app.paths import state_dir


def _file(vault_id: str) -> Path:
    return state_dir() / f"failed-unlocks-{vault_id}.json"


def record_failure(vault_id: str, slot_name: str) -> None:
    path = _file(vault_id)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        entries = json.loads(path.read_text("utf-8")) if path.exists() else []
        entries.append({"at": datetime.now(UTC).isoformat(), "slot": slot_name})
        path.write_text(json.dumps(entries[-1000:]), "utf-8")
    except (OSError, ValueError):
        pass  # a notice we cannot keep must never block the user


def take_failures(vault_id: str) -> list[dict]:
    path = _file(vault_id)
    try:
        entries = json.loads(path.read_text("utf-8"))
        path.unlink()
        return entries if isinstance(entries, list) else []
    except (OSError, ValueError):
        return []
