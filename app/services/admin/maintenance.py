"""Vault maintenance: the retention rules that run when a vault is opened (and on demand).

    open_workspace(folder, user, passphrase) -> Workspace   open, then maintain
    maintain(ws, now=None) -> {rule: records changed}
"""

from __future__ import annotations

from contextlib import suppress
from datetime import datetime
from pathlib import Path

from app.errors import StorageError
from app.services.persons.merge_retention import purge_expired_merges
from app.services.shared.workspace import Workspace


def maintain(ws: Workspace, now: datetime | None = None) -> dict[str, int]:
    """Apply every retention rule now (the clock can be injected); what each one changed."""
    return {"merges_purged": purge_expired_merges(ws, now)}


def open_workspace(folder: Path | str, user_name: str, passphrase: str, now: datetime | None = None) -> Workspace:
    """Open the vault and apply the retention rules. A vault that cannot be written (read-only,
    full disk) still opens: the rules run again at the next opening."""
    ws = Workspace.open(folder, user_name, passphrase)
    try:
        with suppress(StorageError):
            maintain(ws, now)
    except BaseException:
        ws.lock()
        raise
    return ws
