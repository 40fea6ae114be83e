"""The unlock screen: at start, and over the window whenever Relais locked itself.

After a wrong passphrase the Unlock button waits a little longer each time (0, 1, 2, 4, 8…
seconds, at most a minute) with a visible countdown. The store already records each failed
attempt for the audit trail; the delay only slows guessing at the keyboard.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import RelaisError, WrongPassphrase
from app.services.admin.maintenance import open_workspace
from app.services.shared.workspace import Workspace
from app.store.vault import VaultFolder
from app.ui import tasks
from app.ui.widgets import ElidedLabel, centered_card, label, password_edit

MAX_DELAY_S = 60


def unlock_delay(failures: int) -> int:
    """Seconds to wait after `failures` wrong passphrases in a row: 0, 1, 2, 4, 8… up to 60."""
    if failures <= 1:
        return 0
    return min(2 ** (failures - 2), MAX_DELAY_S)


class UnlockPage(QWidget):
    unlocked = Signal(object)   # Workspace

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder: Path | None = None
        self.failures = 0
        self._wait_left = 0
        self._busy = False
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setSpacing(10)
        self.title = label(self.tr("Open the vault"), "pageTitle")
        layout.addWidget(self.title)
        self.reason = label("", "hint", wrap=True)
        layout.addWidget(self.reason)
        self.location = ElidedLabel("", "hint", Qt.TextElideMode.ElideMiddle)
        layout.addWidget(self.location)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.user = QComboBox()
        form.addRow(self.tr("User"), self.user)
        self.passphrase = password_edit()
        form.addRow(self.tr("Passphrase"), self.passphrase)
        layout.addLayout(form)
        self.error = label("", "error", wrap=True)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        layout.addLayout(row)
        self.passphrase.returnPressed.connect(self.unlock)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(centered_card(content, 480))
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)

    # -- set up -------------------------------------------------------------------------
    def set_vault(self, folder: Path, user: str = "", reason: str = "") -> None:
        """Show the unlock form for `folder`; `reason` says why Relais locked, if it did."""
        self.folder = folder
        self.title.setText(self.tr("Relais is locked") if reason else self.tr("Open the vault"))
        self.reason.setText(reason)
        self.reason.setVisible(bool(reason))
        self.location.setText(self.tr("Vault: {path}").format(path=str(folder)))
        self.passphrase.clear()
        self.error.setVisible(False)
        self.user.clear()
        try:
            names = VaultFolder(folder).user_names()
        except RelaisError as exc:
            self._show_error(exc.message())
            self.unlock_button.setEnabled(False)
            return
        self.user.addItems(names)
        if user in names:
            self.user.setCurrentText(user)
        self.user.setEnabled(len(names) > 1)
        self._refresh_button()
        self.passphrase.setFocus()

    # -- unlocking ----------------------------------------------------------------------
    def unlock(self) -> None:
        if self._busy or self._wait_left or self.folder is None or not self.passphrase.text():
            return
        folder, user, secret = self.folder, self.user.currentText(), self.passphrase.text()
        self._busy = True
        self._refresh_button()
        tasks.run_task(self, lambda ctx: open_workspace(folder, user, secret), on_success=self._opened,
                       on_failure=self._failed, label=self.tr("Opening the vault…"), cancellable=False)

    def _opened(self, ws: Workspace) -> None:
        self._busy = False
        self.failures = 0
        self.passphrase.clear()
        self.error.setVisible(False)
        self._refresh_button()
        self.unlocked.emit(ws)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        if not isinstance(exc, RelaisError):
            self._refresh_button()
            raise exc
        self.passphrase.selectAll()
        if isinstance(exc, WrongPassphrase):
            self.failures += 1
            self._wait_left = unlock_delay(self.failures)
            if self._wait_left:
                self._countdown.start()
        self._show_error(exc.message())
        self._refresh_button()

    def _tick(self) -> None:
        self._wait_left = max(0, self._wait_left - 1)
        if not self._wait_left:
            self._countdown.stop()
        self._refresh_button()

    def _refresh_button(self) -> None:
        if self._wait_left:
            self.unlock_button.setText(self.tr("Unlock ({seconds} s)").format(seconds=self._wait_left))
        else:
            self.unlock_button.setText(self.tr("Unlock"))
        self.unlock_button.setEnabled(not self._busy and not self._wait_left and self.user.count() > 0)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    @property
    def waiting(self) -> bool:
        return bool(self._wait_left)
