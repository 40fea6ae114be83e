"""First run: create a vault, then show its recovery key once (with a printable sheet)."""

from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import texts
from app.errors import RelaisError
from app.models.user import Role
from app.services.shared.workspace import Workspace
from app.store.vault import MIN_PASSPHRASE, VaultFolder
from app.ui import style, tasks
from app.ui.passphrase import strength
from app.ui.printing import print_pdf
from app.ui.widgets import (
    centered_card,
    error_label,
    label,
    password_edit,
    set_invalid,
    show_error,
)


class CreateVaultForm(QWidget):
    """Step 1: where the vault lives, who you are, and your passphrase."""

    create_requested = Signal()

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(label(self.tr("Welcome to Relais"), "pageTitle"))
        layout.addWidget(label(self.tr("Relais keeps the files of the people you accompany in an encrypted "
                                       "vault on this computer. Create it once; you will open it with your "
                                       "passphrase."), "hint", wrap=True))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setVerticalSpacing(6)

        self.folder = QLineEdit(str(folder))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form.addRow(self.tr("Vault folder"), folder_row)

        self.user = QLineEdit(_login_name())
        form.addRow(self.tr("User name (to sign in)"), self.user)
        self.display_name = QLineEdit()
        self.display_name.setPlaceholderText(self.tr("e.g. Alice Martin"))
        form.addRow(self.tr("Your full name (printed on documents)"), self.display_name)

        self.passphrase = password_edit()
        self.passphrase.setPlaceholderText(self.tr("Several words are easier to remember and harder to guess"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter_text = label("", "hint")
        pass_box = QVBoxLayout()
        pass_box.setSpacing(4)
        pass_box.addWidget(self.passphrase)
        pass_box.addWidget(self.meter)
        pass_box.addWidget(self.meter_text)
        form.addRow(self.tr("Passphrase"), pass_box)

        self.confirm = password_edit()
        self.confirm_error = error_label()
        confirm_box = QVBoxLayout()
        confirm_box.setSpacing(4)
        confirm_box.addWidget(self.confirm)
        confirm_box.addWidget(self.confirm_error)
        form.addRow(self.tr("Confirm the passphrase"), confirm_box)
        layout.addLayout(form)

        self.error = label("", "error", wrap=True)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        self.create_button = QPushButton(self.tr("Create the vault"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)

        for edit in (self.folder, self.user, self.passphrase, self.confirm):
            edit.textChanged.connect(self._validate)
        self.passphrase.returnPressed.connect(self.confirm.setFocus)
        self.confirm.returnPressed.connect(self._submit_if_ready)
        self._validate()

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder for the vault"),
                                                  str(Path(self.folder.text()).parent))
        if chosen:
            self.folder.setText(str(Path(chosen) / "Relais"))

    def _validate(self) -> None:
        level = strength(self.passphrase.text())
        self.meter.setValue(level)
        colour = style.STRENGTH[level]
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; border-radius: 3px; }}")
        words = [self.tr("At least {n} characters").format(n=MIN_PASSPHRASE), self.tr("Weak: easy to guess"),
                 self.tr("Fair: add a word"), self.tr("Good"), self.tr("Strong")]
        self.meter_text.setText(words[level] if self.passphrase.text() else
                                self.tr("At least {n} characters").format(n=MIN_PASSPHRASE))
        mismatch = bool(self.confirm.text()) and self.confirm.text() != self.passphrase.text()
        show_error(self.confirm_error, self.tr("The two passphrases differ.") if mismatch else "")
        set_invalid(self.confirm, mismatch)
        self.create_button.setEnabled(self.ready())

    def ready(self) -> bool:
        return (bool(self.folder.text().strip()) and bool(self.user.text().strip())
                and strength(self.passphrase.text()) >= 1 and self.confirm.text() == self.passphrase.text())

    def _submit_if_ready(self) -> None:
        if self.ready():
            self.create_requested.emit()

    def show_failure(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)


class RecoveryKeyView(QWidget):
    """Step 2: the recovery key, shown once."""

    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key = ""
        self._folder = ""
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("Your recovery key"), "pageTitle"))
        layout.addWidget(label(self.tr("If a passphrase is ever lost, this key is the only way back into the "
                                       "vault. It is shown only now: print the recovery sheet or write the key "
                                       "down, and keep it locked away, apart from this computer."), "hint", wrap=True))
        self.key_label = label("", "recoveryKey", wrap=True)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.key_label)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(label(self.tr("Recovery sheet:")))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.clicked.connect(self.save_sheet)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_sheet)
        sheet_row.addWidget(self.save_button)
        sheet_row.addWidget(self.print_button)
        sheet_row.addStretch(1)
        layout.addLayout(sheet_row)
        layout.addWidget(label(self.tr("The sheet holds the key, the vault location and what to do with it; "
                                       "no personal data."), "hint", wrap=True))
        self.stored = QCheckBox(self.tr("I have stored the recovery key safely"))
        layout.addWidget(self.stored)
        self.continue_button = QPushButton(self.tr("Continue to Relais"))
        self.continue_button.setDefault(True)
        self.continue_button.setEnabled(False)
        self.stored.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._finish)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.continue_button)
        layout.addLayout(row)

    def show_key(self, key: str, folder: str) -> None:
        self._key, self._folder = key, folder
        groups = key.split("-")
        self.key_label.setText("-".join(groups[:4]) + "\n" + "-".join(groups[4:]))

    def sheet(self) -> bytes:
        # ReportLab loads when a sheet is first made, not at every start (docs/PERFORMANCE.md).
        from app.services.admin.recovery_sheet import recovery_sheet_pdf

        return recovery_sheet_pdf(self._folder, self._key, texts.current_language())

    def save_sheet(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery sheet on a USB stick you keep locked away, not on this laptop"),
            str(Path.home() / "relais-recovery-sheet.pdf"), "PDF (*.pdf)")
        if not path:
            return
        from app.services.admin.recovery_sheet import save_recovery_sheet

        try:
            save_recovery_sheet(self._folder, self._key, texts.current_language(), path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save the recovery sheet"),
                                self.tr("The sheet could not be saved: {reason}").format(reason=exc.strerror or exc))

    def print_sheet(self) -> None:
        print_pdf(self, self.sheet(), self.tr("Relais recovery sheet"))

    def _finish(self) -> None:
        # The key leaves the screen and this object for good.
        self._key = ""
        self.key_label.clear()
        self.done.emit()


class FirstRunPage(QWidget):
    """Emits finished(Workspace) once the vault exists and the user saw the recovery key."""

    finished = Signal(object)

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace: Workspace | None = None
        self.steps = QStackedWidget()
        self.form = CreateVaultForm(folder)
        self.recovery = RecoveryKeyView()
        self.steps.addWidget(centered_card(self.form, 600))
        self.steps.addWidget(centered_card(self.recovery, 640))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.steps)
        self.form.create_requested.connect(self.create_vault)
        self.recovery.done.connect(self._done)

    def create_vault(self) -> None:
        folder = Path(self.form.folder.text().strip()).expanduser()
        user, display = self.form.user.text().strip(), self.form.display_name.text().strip()
        passphrase = self.form.passphrase.text()
        self.form.create_button.setEnabled(False)
        self.form.error.setVisible(False)

        def work(ctx):
            if VaultFolder(folder).exists():
                raise RelaisError("vault.already_exists", path=str(folder))
            return Workspace.create(folder, user, passphrase, role=Role.SUPERVISOR, display_name=display)

        tasks.run_task(self, work, on_success=lambda result: self._created(result, folder),
                       on_failure=self._failed, label=self.tr("Creating the vault…"), cancellable=False)

    def _created(self, result: tuple[Workspace, str], folder: Path) -> None:
        self._workspace, key = result
        self.form.passphrase.clear()
        self.form.confirm.clear()
        self.recovery.show_key(key, str(folder))
        self.steps.setCurrentIndex(1)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, RelaisError):
            raise exc
        self.form.show_failure(exc.message())
        self.form.create_button.setEnabled(self.form.ready())

    def abandon(self) -> None:
        """The window closes before the user continued: lock the new vault (it stays usable)."""
        if self._workspace is not None:
            self._workspace.lock()
            self._workspace = None

    def _done(self) -> None:
        ws, self._workspace = self._workspace, None
        self.finished.emit(ws)


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
