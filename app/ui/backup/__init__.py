"""The Backup action (Ctrl+Shift+B) and the daily automatic backup after unlock.

The shell calls `register()` once; the action's handler receives the main window and reads
its workspace from `window.ws`. Right after a successful unlock the shell calls
`start_daily_backup(window, ws)`, which writes today's backup in the background.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.shared.permissions import Permission
from app.ui.backup.action import run_backup_action, start_daily_backup
from app.ui.registry import ActionSpec, register_action

__all__ = ["register", "start_daily_backup"]


def register() -> None:
    register_action(ActionSpec(
        key="backup",
        title=lambda: QCoreApplication.translate("BackupAction", "Back up…"),
        shortcut="Ctrl+Shift+B",
        handler=run_backup_action,
        visible=lambda ws: ws.can(Permission.BACKUP),
        toolbar=False,
    ))
