"""Link an anonymous encounter to the registered person it turned out to be."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from app.services.contacts.records import ContactRow, ContactService
from app.services.shared.workspace import Workspace
from app.ui import events
from app.ui.contacts.person_picker import PersonPicker
from app.ui.forms import SubmitDialog


class LinkEncounterDialog(SubmitDialog):
    background = True
    def __init__(self, ws: Workspace, contact: ContactRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.contact = ws, contact
        self.setWindowTitle(self.tr("Link to a person"))
        self.setMinimumWidth(460)
        intro = QLabel(self.tr("Encounter: %1. Its description stays in the history.")
                       .replace("%1", contact.person_name), self)
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.picker = PersonPicker(ws, self)
        self.form.addRow(self.picker)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Link"))
        self.finish_layout()
        self.picker.setFocus()

    def check(self) -> str:
        return "" if self.picker.person_id() is not None else self.tr("Choose the person first.")

    def values(self) -> int | None:
        return self.picker.person_id()

    def submit(self, values: object) -> None:
        assert isinstance(values, int)       # check() above refused an empty choice
        ContactService(self.ws).link(self.contact.id, values)

    def submitted(self, result: object) -> None:
        events.records_changed({events.CONTACTS}, person_id=self.picker.person_id())

    def link(self) -> None:
        self.save()
