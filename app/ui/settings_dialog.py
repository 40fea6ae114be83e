"""Settings: language, auto-lock delay, default vault, and the document defaults.

The first three are interface settings (QSettings, nothing personal). The document defaults
(the letterhead printed on letters and bilans) belong to the signed-in user and live in the
vault through app.services.shared.profile, so the command line prints the same letterhead; they can
be edited only while the vault is unlocked.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import RelaisError
from app.models.convention import professions
from app.paths import default_vault_dir
from app.services.shared.profile import get_letterhead, get_service_profile, set_letterhead
from app.services.shared.workspace import Workspace
from app.texts import current_language
from app.ui import settings
from app.ui.widgets import error_label, label, show_error

LETTERHEAD_LINES = ("worker_name", "worker_title", "organisation", "phone", "email", "place")


class SettingsDialog(QDialog):
    def __init__(self, ws: Workspace | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.language_changed = False
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)

        general = QGroupBox(self.tr("General"))
        form = QFormLayout(general)
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), "")
        self.language.addItem("Français", "fr")
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(settings.get(settings.LANGUAGE)), 0))
        form.addRow(self.tr("Language"), self.language)
        self.autolock = QComboBox()
        for minutes in settings.AUTOLOCK_CHOICES:
            self.autolock.addItem(self.tr("After {n} minutes without activity").format(n=minutes)
                                  if minutes > 1 else self.tr("After 1 minute without activity"), minutes)
        current = self.autolock.findData(settings.autolock_minutes())
        self.autolock.setCurrentIndex(current if current >= 0 else self.autolock.findData(5))
        form.addRow(self.tr("Lock automatically"), self.autolock)
        self.vault = QLineEdit(settings.get(settings.DEFAULT_VAULT))
        self.vault.setPlaceholderText(str(default_vault_dir()))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.vault, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Vault opened at start"), row)
        layout.addWidget(general)

        documents = QGroupBox(self.tr("Document defaults (your letterhead)"))
        doc_layout = QVBoxLayout(documents)
        doc_layout.addWidget(label(self.tr("Printed as the sender on letters and bilans. Kept in the vault, "
                                           "for your user only."), "hint", wrap=True))
        doc_form = QFormLayout()
        names = {"worker_name": self.tr("Your name"), "worker_title": self.tr("Your function"),
                 "organisation": self.tr("Organisation"), "phone": self.tr("Phone"), "email": self.tr("E-mail"),
                 "place": self.tr("Place (before the date of a letter)")}
        self.letterhead: dict[str, QLineEdit | QPlainTextEdit | QComboBox] = {}
        for key in LETTERHEAD_LINES:
            self.letterhead[key] = QLineEdit()
            doc_form.addRow(names[key], self.letterhead[key])
        for key, title in (("address", self.tr("Address")), ("signature", self.tr("Signature block"))):
            block = QPlainTextEdit()
            block.setTabChangesFocus(True)
            block.setFixedHeight(58)
            self.letterhead[key] = block
            doc_form.addRow(title, block)
        # The author's profession and registration, printed on bilans (convention.json "professions").
        self.profession = QComboBox()
        self.profession.addItem(self.tr("Not stated"), "")
        for found in professions().values():
            self.profession.addItem(found.label(current_language()), found.id)
        self.letterhead["profession"] = self.profession
        doc_form.addRow(self.tr("Your profession"), self.profession)
        self.registration = QLineEdit()
        self.registration.setPlaceholderText(self.tr("Visa number, or INAMI-RIZIV number for a physician"))
        self.letterhead["registration"] = self.registration
        doc_form.addRow(self.tr("Registration"), self.registration)
        doc_layout.addLayout(doc_form)
        if ws is None:
            doc_layout.addWidget(label(self.tr("Unlock the vault to edit your document defaults."), "hint"))
            for edit in self.letterhead.values():
                edit.setEnabled(False)
        else:
            current_letterhead = get_letterhead(ws)
            for key, edit in self.letterhead.items():
                value = getattr(current_letterhead, key)
                if isinstance(edit, QComboBox):
                    edit.setCurrentIndex(max(edit.findData(value), 0))
                elif isinstance(edit, QPlainTextEdit):
                    edit.setPlainText(value)
                elif isinstance(edit, QLineEdit):
                    edit.setText(value)
            if get_service_profile(ws)["organisation"]:
                # Set for the whole service by a supervisor (Users page, Service profile).
                for key in ("organisation", "address", "place"):
                    self.letterhead[key].setEnabled(False)
                    self.letterhead[key].setToolTip(self.tr("Set for the whole service by a supervisor"))
        layout.addWidget(documents)
        self.error = error_label()
        layout.addWidget(self.error)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the vault folder"),
                                                  self.vault.text() or str(default_vault_dir()))
        if chosen:
            self.vault.setText(chosen)

    def letterhead_values(self) -> dict[str, str]:
        def value(edit: QLineEdit | QPlainTextEdit | QComboBox) -> str:
            if isinstance(edit, QComboBox):
                return str(edit.currentData() or "")
            return edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()

        return {k: value(e) for k, e in self.letterhead.items()}

    def save(self) -> None:
        if self.ws is not None:
            try:
                set_letterhead(self.ws, self.letterhead_values())
            except RelaisError as exc:
                show_error(self.error, exc.message())
                return
        old_language = settings.get(settings.LANGUAGE)
        settings.put(settings.LANGUAGE, self.language.currentData())
        settings.put(settings.AUTOLOCK_MINUTES, int(self.autolock.currentData()))
        settings.put(settings.DEFAULT_VAULT, self.vault.text().strip())
        self.language_changed = old_language != self.language.currentData()
        self.accept()
