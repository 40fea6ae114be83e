"""The recovery sheet printed right after a vault is created (or its recovery key replaced).

It needs no Workspace: it is produced from the key the user is looking at, before anything
personal exists, and it carries no personal data. Saving or printing it is the user's choice.
"""

from __future__ import annotations

from pathlib import Path

from app.reports.recovery_sheet import RecoverySheetRenderer


def recovery_sheet_pdf(vault_path: Path | str, recovery_key: str, lang: str) -> bytes:
    folder = str(Path(vault_path).expanduser().resolve())
    return RecoverySheetRenderer(lang, folder, recovery_key).render()
