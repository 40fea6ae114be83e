"""Link an anonymous encounter to the registered person it turned out to be."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.errors import RelaisError
from app.services.contacts.records import ContactRow, ContactService
from app.services.shared.workspace import Workspace
from app.ui import events
from app.ui.contacts.person_picker import PersonPicker


class LinkEncounterDialog(QDialog):
    def __init__(self, ws: Workspace, contact: ContactRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.contact = ws, contact
        self.setWindowTitle(self.tr("Link to a person"))
        self.setMinimumWidth(460)
        intro = QLabel(self.tr("Encounter: %1. Its description stays in the history.")
                       .replace("%1", contact.person_name), self)
        intro.setWordWrap(True)
        self.picker = PersonPicker(ws, self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #a40000;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Link"))
        buttons.accepted.connect(self.link)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.picker)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.picker.setFocus()

    def link(self) -> None:
        person_id = self.picker.person_id()
        if person_id is None:
            self.error.setText(self.tr("Choose the person first."))
            return
        try:
            ContactService(self.ws).link(self.contact.id, person_id)
        except RelaisError as exc:
            self.error.setText(exc.message())
            return
        events.records_changed({events.CONTACTS}, person_id=person_id)
        self.accept()
