"""Back up the open vault to a folder the user chooses (a USB stick), off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.errors import RelaisError
from app.services.backup.backups import auto_backup_if_due, backup_to_folder
from app.services.shared.workspace import Workspace
from app.ui.contracts import ActionContext
from app.ui.tasks import run_task

LAST_FOLDER_KEY = "backup/last_folder"


class BackupAction(QObject):
    """Holds the translated wording (context "BackupAction") and runs one backup."""

    def __init__(self, window: QWidget, ws: Workspace,
                 choose_folder: Callable[[QWidget, str, str], str] | None = None) -> None:
        super().__init__(window)
        self.window, self.ws = window, ws
        self._choose = choose_folder or QFileDialog.getExistingDirectory

    def run(self) -> None:
        settings = QSettings()
        start = str(settings.value(LAST_FOLDER_KEY, "") or Path.home())
        folder = self._choose(self.window, self.tr("Choose where to save the encrypted backup"), start)
        if not folder:
            return
        settings.setValue(LAST_FOLDER_KEY, folder)
        ws = self.ws
        run_task(self.window, lambda ctx: backup_to_folder(ws, folder),
                 on_success=self._written, on_failure=self._failed,
                 label=self.tr("Writing the encrypted backup…"), cancellable=False)

    def _written(self, path: Path) -> None:
        QMessageBox.information(
            self.window, self.tr("Backup written"),
            self.tr("The encrypted backup was written to:\n%1\n\nIt opens with your passphrase "
                    "or with the recovery key.").replace("%1", str(path)))

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self.window, self.tr("Backup not written"), failure_text(exc, self))


def failure_text(exc: BaseException, context: QObject) -> str:
    """One sentence for the user: the service's own message, never a traceback."""
    if isinstance(exc, RelaisError):
        return exc.message()
    return context.tr("The backup could not be written (%1). Nothing was lost.").replace("%1", type(exc).__name__)


def run_backup_action(ctx: ActionContext) -> None:
    BackupAction(ctx.window, ctx.ws).run()


def start_daily_backup(window: QWidget, ws: Workspace, on_done: Callable[[object], None] | None = None) -> None:
    """Today's automatic backup in the background; a failure is shown as a warning because
    the user's work is safe in the vault and they should free space or check the disk."""
    holder = BackupAction(window, ws)
    run_task(window, lambda ctx: auto_backup_if_due(ws), on_success=on_done,
             on_failure=lambda exc: QMessageBox.warning(
                 window, holder.tr("Daily backup not written"), failure_text(exc, holder)),
             label=holder.tr("Writing the daily backup…"), cancellable=False)
