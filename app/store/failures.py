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
from app.store.fsutil import atomic_write_bytes, private_dir


def _file(vault_id: str) -> Path:
    return state_dir() / f"failed-unlocks-{vault_id}.json"


def record_failure(vault_id: str, slot_name: str) -> None:
    path = _file(vault_id)
    try:
        private_dir(path.parent)
        entries = json.loads(path.read_text("utf-8")) if path.exists() and path.stat().st_size <= MAX_FILE_BYTES else []
        if not isinstance(entries, list):
            entries = []
        entries.append({"at": datetime.now(UTC).isoformat(), "slot": slot_name})
        atomic_write_bytes(path, json.dumps(entries[-MAX_ENTRIES:]).encode("utf-8"))  # 0600
    except (OSError, ValueError, RecursionError):
        pass  # a notice we cannot keep must never block the user


MAX_ENTRIES = 1000
MAX_FILE_BYTES = 256 * 1024
_SLOT_CHARS = 80


def take_failures(vault_id: str) -> list[dict]:
    """The noted failures, validated: the file sits outside the vault and anyone with the
    account can write it, so only well-formed entries (a time, a short slot name) are kept,
    at most MAX_ENTRIES, and an oversized file is dropped unread."""
    path = _file(vault_id)
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
        path.unlink()
    except OSError:
        return []
    if len(raw) > MAX_FILE_BYTES:
        return [{"at": None, "slot": "?", "note": "oversized failure file dropped"}]
    try:
        entries = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        return []
    if not isinstance(entries, list):
        return []
    return [clean for clean in map(_clean, entries[-MAX_ENTRIES:]) if clean is not None]


def _clean(entry: object) -> dict | None:
    if not isinstance(entry, dict):
        return None
    at, slot = entry.get("at"), entry.get("slot")
    if not isinstance(at, str) or not isinstance(slot, str):
        return None
    try:
        when = datetime.fromisoformat(at)
    except ValueError:
        return None
    slot = "".join(ch for ch in slot if ch.isprintable())[:_SLOT_CHARS]
    return {"at": when.isoformat(), "slot": slot or "?"}
