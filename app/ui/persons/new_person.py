"""A short dialog to register a person: a name or an alias is enough; the rest is the Overview's.

Before creating, the files this person may already have are proposed ("This may be Karim El
Amrani, 1979, followed by Sofie: open that file instead?"); a second click creates anyway."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.errors import RelaisError
from app.models.person import require_name, validate_person_fields
from app.services.persons.duplicates import candidates_for
from app.services.persons.records import PersonService
from app.services.shared.workspace import Workspace
from app.ui.forms import SubmitDialog
from app.ui.widgets import label, set_invalid, show_error


class NewPersonDialog(SubmitDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.person_id: int | None = None
        self.opened_existing = False          # the worker chose an existing file instead
        self._checked: tuple | None = None    # the values already compared with the other files
        self.setWindowTitle(self.tr("New person"))
        self.setMinimumWidth(460)
        self.layout_.setContentsMargins(24, 20, 24, 20)
        self.layout_.insertWidget(0, label(self.tr("A name or an alias is enough to start; everything else can "
                                                   "be added later."), "hint", wrap=True))
        form = self.form
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.given = QLineEdit()
        self.family = QLineEdit()
        self.alias = QLineEdit()
        self.birth = QLineEdit()
        self.birth.setPlaceholderText(self.tr("e.g. 1984 or 12/03/1984"))
        self.add_row(self.tr("Given names"), self.given)
        self.add_row(self.tr("Family name"), self.family, field="name")
        self.add_row(self.tr("Alias or usual name"), self.alias)
        self.add_row(self.tr("Birth date or year"), self.birth)
        self.birth_error = self.bind_field("birth", self.birth)
        self.buttons.removeButton(self.buttons.button(QDialogButtonBox.StandardButton.Ok))
        self.create_button = self.buttons.addButton(self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)
        self.maybe = QWidget()
        self.maybe.setObjectName("possibleDuplicates")
        self.maybe_layout = QVBoxLayout(self.maybe)
        self.maybe_layout.setContentsMargins(0, 0, 0, 0)
        self.maybe.hide()
        self.layout_.addWidget(self.maybe)
        self.finish_layout()
        # Create first proposes the files this person may already have, then submits.
        self.buttons.accepted.disconnect()
        self.buttons.accepted.connect(self.create_person)
        for edit in (self.given, self.family, self.alias, self.birth):
            edit.textChanged.connect(self._validate)
        self._validate()

    def _validate(self) -> bool:
        """Live checks while typing: the birth field, and a name or an alias before Create."""
        _, errors = validate_person_fields({"birth": self.birth.text()})
        show_error(self.birth_error, errors[0].message() if errors else "")
        set_invalid(self.birth, bool(errors))
        named = not require_name(self.given.text(), self.family.text(), self.alias.text())
        self.create_button.setEnabled(named and not errors)
        return named and not errors

    def _values(self) -> dict:
        return {"given_names": self.given.text(), "family_name": self.family.text(),
                "alias": self.alias.text(), "birth": self.birth.text()}

    def _propose(self) -> bool:
        """Show the files this person may already have; True when there are some to look at
        (the next click on Create creates anyway)."""
        key = tuple(self._values().values())
        if self._checked == key:
            return False
        self._checked = key
        found = candidates_for(self.ws, self._values(), limit=3)
        while self.maybe_layout.count():
            item = self.maybe_layout.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.deleteLater()
        if not found:
            self.maybe.hide()
            return False
        for brief, _reasons in found:
            row = QHBoxLayout()
            text = label(self.tr("This may be {person}: open that file instead?").format(person=brief.label()),
                         "hint", wrap=True)
            button = QPushButton(self.tr("Open that file"))
            button.clicked.connect(lambda _=False, pid=brief.id: self.open_existing(pid))
            holder = QWidget()
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(text, 1)
            row.addWidget(button)
            holder.setLayout(row)
            self.maybe_layout.addWidget(holder)
        self.maybe.show()
        self.create_button.setText(self.tr("Create anyway"))
        return True

    def open_existing(self, person_id: int) -> None:
        self.person_id = person_id
        self.opened_existing = True
        self.accept()

    def create_person(self) -> None:
        if not self._validate():
            return
        try:
            if self._propose():
                return
        except RelaisError as exc:
            show_error(self.error, exc.message())
            return
        self._try_accept()

    def values(self) -> dict:
        return self._values()

    def submit(self, values: object) -> int:
        assert isinstance(values, dict)
        return PersonService(self.ws).create(values)

    def submitted(self, result: object) -> None:
        assert isinstance(result, int)
        self.person_id = result
