"""The recovery sheet printed right after a vault is created (or its recovery key replaced).

It needs no Workspace: it is produced from the key the user is looking at, before anything
personal exists, and it carries no personal data. Saving or printing it is the user's choice.
"""

from __future__ import annotations

from pathlib import Path

from app.reports.recovery_sheet import RecoverySheetRenderer
from app.store.fsutil import atomic_write_bytes


def recovery_sheet_pdf(vault_path: Path | str, recovery_key: str, lang: str) -> bytes:
    folder = str(Path(vault_path).expanduser().resolve())
    return RecoverySheetRenderer(lang, folder, recovery_key).render()


def save_recovery_sheet(vault_path: Path | str, recovery_key: str, lang: str, target: Path | str) -> Path:
    """Write the sheet readable by this account only (0600), atomically: a full USB stick
    never leaves half a sheet. Removable media kept locked away is the place for it."""
    target = Path(target)
    atomic_write_bytes(target, recovery_sheet_pdf(vault_path, recovery_key, lang), mode=0o600)
    return target
