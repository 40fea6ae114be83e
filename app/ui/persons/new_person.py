"""A short dialog to register a person: a name or an alias is enough; the rest is the Overview's."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from app.models.person import require_name, validate_person_fields
from app.services.persons.records import PersonService
from app.services.shared.workspace import Workspace
from app.ui.forms import SubmitDialog
from app.ui.widgets import label, set_invalid, show_error


class NewPersonDialog(SubmitDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.person_id: int | None = None
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
        self.finish_layout()
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

    def create(self) -> None:
        if self._validate():
            self._try_accept()

    def submit(self, values: object) -> int:
        self.person_id = PersonService(self.ws).create({
            "given_names": self.given.text(), "family_name": self.family.text(),
            "alias": self.alias.text(), "birth": self.birth.text(),
        })
        return self.person_id
