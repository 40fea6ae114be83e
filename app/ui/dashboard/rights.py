"""The "Rights of the person" dialog: access (PDF, JSON), portability (FHIR) and erasure.

Erasure asks the user to type the person's name (or "ERASE" when it has none) and, while the
retention period applies and the user is not a supervisor, a supervisor's name and
passphrase; the service checks all of it again (app.services.rights.collect.erase_person).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import RelaisError
from app.services.documents.catalogue import produce
from app.services.persons.records import PersonService
from app.services.rights.collect import (
    ErasureNeedsSupervisor,
    erase_person,
    retention_applies,
    write_person_json,
)
from app.services.rights.fhir import export_person_fhir
from app.services.shared.documents import PdfRequest, export_document
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace
from app.ui.tasks import run_task


class PersonRightsDialog(QDialog):
    person_erased = Signal(int)

    def __init__(self, ws: Workspace, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.person_id = ws, person_id
        self.name = PersonService(ws).get(person_id).display_name
        self.setWindowTitle(self.tr("Rights of the person — %1").replace("%1", self.name))
        self.setMinimumWidth(560)
        can_export = ws.can(Permission.EXPORT) and ws.can(Permission.CLINICAL_READ)

        access = QGroupBox(self.tr("Access and portability"))
        explain = QLabel(self.tr("Everything the vault holds about the person, to give them or another service "
                                 "of their choice. Every export is recorded in the audit trail."))
        explain.setWordWrap(True)
        self.pdf_button = QPushButton(self.tr("Readable PDF…"))
        self.json_button = QPushButton(self.tr("JSON…"))
        self.fhir_button = QPushButton(self.tr("FHIR R4 bundle…"))
        self.pdf_button.clicked.connect(self.export_pdf)
        self.json_button.clicked.connect(self.export_json)
        self.fhir_button.clicked.connect(self.export_fhir)
        buttons = QHBoxLayout()
        for button in (self.pdf_button, self.json_button, self.fhir_button):
            button.setEnabled(can_export)
            buttons.addWidget(button)
        box = QVBoxLayout(access)
        box.addWidget(explain)
        box.addLayout(buttons)

        erase = QGroupBox(self.tr("Erasure"))
        warning = QLabel(self.tr("Erasing deletes every record and document about the person, for good. "
                                 "The audit trail keeps only that a file was erased."))
        warning.setWordWrap(True)
        self.confirm_word = self.name or "ERASE"
        self.confirm = QLineEdit()
        self.confirm.setPlaceholderText(self.confirm_word)
        self.confirm.textChanged.connect(self._update_erase)
        self.supervisor = QLineEdit()
        self.supervisor_passphrase = QLineEdit()
        self.supervisor_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.needs_supervisor = not ws.can(Permission.PERSON_DELETE) and retention_applies(ws, person_id)
        form = QFormLayout()
        form.addRow(self.tr("Type “%1” to confirm").replace("%1", self.confirm_word), self.confirm)
        self.retention_note = QLabel(self.tr("This file is within the retention period: a supervisor must confirm."))
        self.retention_note.setWordWrap(True)
        self.retention_note.setVisible(self.needs_supervisor)
        if self.needs_supervisor:
            form.addRow(self.tr("Supervisor"), self.supervisor)
            form.addRow(self.tr("Supervisor's passphrase"), self.supervisor_passphrase)
        self.erase_button = QPushButton(self.tr("Erase the file"))
        self.erase_button.setStyleSheet("QPushButton:enabled { color: #9b2c2c; font-weight: 600; }")
        self.erase_button.clicked.connect(self.erase)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #9b2c2c;")
        box = QVBoxLayout(erase)
        box.addWidget(warning)
        box.addWidget(self.retention_note)
        box.addLayout(form)
        box.addWidget(self.erase_button)
        box.addWidget(self.error)
        erase.setVisible(ws.can(Permission.PERSON_EDIT))
        self.supervisor.textChanged.connect(self._update_erase)
        self.supervisor_passphrase.textChanged.connect(self._update_erase)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(access)
        layout.addWidget(erase)
        layout.addWidget(close)
        self._update_erase()

    # -- access ---------------------------------------------------------------------------------
    def _save_path(self, title: str, default: str, pattern: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, title, default, pattern)
        return path

    def export_pdf(self) -> None:
        path = self._save_path(self.tr("Save the access document"), "access.pdf", self.tr("PDF (*.pdf)"))
        if path:
            self.run_export(lambda: export_document(self.ws, produce(self.ws, "access", PdfRequest(self.person_id)),
                                                    path))

    def export_json(self) -> None:
        path = self._save_path(self.tr("Save the JSON export"), "person.json", self.tr("JSON (*.json)"))
        if path:
            self.run_export(lambda: write_person_json(self.ws, self.person_id, path))

    def export_fhir(self) -> None:
        path = self._save_path(self.tr("Save the FHIR bundle"), "person.fhir.json", self.tr("JSON (*.json)"))
        if path:
            self.run_export(lambda: export_person_fhir(self.ws, self.person_id, path))

    def run_export(self, work) -> None:
        run_task(self, lambda ctx: work(), on_success=self._exported, on_failure=self._failed,
                 label=self.tr("Exporting…"), cancellable=False)

    def _exported(self, path) -> None:
        self.error.setText("")
        QMessageBox.information(self, self.windowTitle(), self.tr("Written to %1").replace("%1", str(path)))

    def _failed(self, exc: BaseException) -> None:
        text = exc.message() if isinstance(exc, RelaisError) else self.tr("The operation failed; nothing was written.")
        self.error.setText(text)

    # -- erasure ---------------------------------------------------------------------------------
    def _update_erase(self) -> None:
        typed = self.confirm.text().strip() == self.confirm_word
        supervisor_ok = not self.needs_supervisor or (self.supervisor.text().strip()
                                                      and self.supervisor_passphrase.text())
        self.erase_button.setEnabled(bool(typed and supervisor_ok))

    def erase(self) -> None:
        supervisor = (self.supervisor.text().strip(), self.supervisor_passphrase.text()) \
            if self.needs_supervisor else None
        try:
            erase_person(self.ws, self.person_id, supervisor=supervisor)
        except ErasureNeedsSupervisor as exc:
            self.needs_supervisor = True
            self.error.setText(exc.message())
            return
        except RelaisError as exc:
            self.error.setText(exc.message())
            return
        finally:
            self.supervisor_passphrase.clear()
        self.person_erased.emit(self.person_id)
        self.accept()
