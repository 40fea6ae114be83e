"""The Overview tab: the person's identity, edited in place with inline validation.

Each field is checked as it is typed with the same rule the service applies
(app.models.person.validate_person_fields), so an error shows under its field at once;
the service checks again on save (and adds what needs the database, such as a NISS
already used by someone else).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import FieldError, RelaisError, ValidationError
from app.models.niss import format_niss
from app.models.person import require_name, validate_person_fields
from app.services.persons.records import PersonService
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace
from app.ui import a11y, events
from app.ui.contracts import PersonTabBase
from app.ui.formats import short_date
from app.ui.persons.labels import (
    housing_labels,
    insurance_labels,
    short_datetime,
    status_labels,
)
from app.ui.widgets import error_label, label, set_invalid, show_error

TEXT_FIELDS = ("given_names", "family_name", "alias", "birth", "niss", "languages", "phone", "email",
               "mutuelle_name", "gp_name")
LONG_FIELDS = ("address", "usual_whereabouts", "contact_notes")
CHOICE_FIELDS = ("status", "housing", "insurance")


class OverviewTab(PersonTabBase, QWidget):

    def __init__(self, ws: Workspace, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.person_id = person_id
        self.service = PersonService(ws)
        self._loaded: dict[str, str] = {}
        self.editors: dict[str, QLineEdit | QPlainTextEdit | QComboBox] = {}
        self.errors: dict[str, QLabel] = {}
        self._build()
        self.reload()

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        names = {
            "given_names": self.tr("Given names"), "family_name": self.tr("Family name"),
            "alias": self.tr("Alias or usual name"), "birth": self.tr("Birth date or year"),
            "niss": self.tr("NISS"), "languages": self.tr("Languages"), "phone": self.tr("Phone"),
            "email": self.tr("E-mail"), "mutuelle_name": self.tr("Health insurance fund"),
            "gp_name": self.tr("General practitioner"), "address": self.tr("Address"),
            "usual_whereabouts": self.tr("Usual whereabouts"),
            "contact_notes": self.tr("Other ways to reach the person"), "status": self.tr("Status"),
            "housing": self.tr("Housing"), "insurance": self.tr("Insurance"),
        }
        hints = {
            "birth": self.tr("e.g. 1984 or 12/03/1984"), "niss": self.tr("Leave empty when unknown"),
            "languages": self.tr("e.g. fr, ar"),
            "usual_whereabouts": self.tr("Where the person can usually be found"),
        }
        choices = {"status": status_labels(), "housing": housing_labels(), "insurance": insurance_labels()}
        for key in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setPlaceholderText(hints.get(key, ""))
            edit.textChanged.connect(lambda _text, k=key: self._field_edited(k))
            self.editors[key] = edit
        for key in LONG_FIELDS:
            area = QPlainTextEdit()
            area.setPlaceholderText(hints.get(key, ""))
            area.setTabChangesFocus(True)
            area.setFixedHeight(64)
            area.textChanged.connect(lambda k=key: self._field_edited(k))
            self.editors[key] = area
        for key in CHOICE_FIELDS:
            combo = QComboBox()
            for value, text in choices[key].items():
                combo.addItem(text, value)
            combo.currentIndexChanged.connect(lambda _i, k=key: self._field_edited(k))
            self.editors[key] = combo
        for key in (*TEXT_FIELDS, *LONG_FIELDS, *CHOICE_FIELDS, "name"):
            self.errors[key] = error_label()

        def section(title: str, keys: tuple[str, ...]) -> QWidget:
            box = QWidget()
            layout = QVBoxLayout(box)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(label(title, "sectionTitle"))
            form = QFormLayout()
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
            form.setVerticalSpacing(4)
            for key in keys:
                cell = QVBoxLayout()
                cell.setSpacing(2)
                cell.addWidget(self.editors[key])
                cell.addWidget(self.errors[key])
                form.addRow(a11y.buddy(names[key], self.editors[key]), cell)
            layout.addLayout(form)
            if "given_names" in keys:
                layout.addWidget(self.errors["name"])
            layout.addStretch(1)
            return box

        grid = QGridLayout()
        grid.setHorizontalSpacing(32)
        grid.addWidget(section(self.tr("Identity"), ("given_names", "family_name", "alias", "birth", "niss",
                                                      "languages", "status")), 0, 0)
        grid.addWidget(section(self.tr("Contact and housing"), ("phone", "email", "contact_notes", "housing",
                                                                 "address", "usual_whereabouts")), 0, 1)
        grid.addWidget(section(self.tr("Insurance and care"), ("insurance", "mutuelle_name", "gp_name")), 0, 2)
        for col in range(3):
            grid.setColumnStretch(col, 1)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(24, 16, 24, 16)
        body_layout.addLayout(grid)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.discard_button = QPushButton(self.tr("Undo changes"))
        self.discard_button.clicked.connect(self.discard)
        self.meta = label("", "hint")
        self.save_error = label("", "error", wrap=True)
        bar = QHBoxLayout()
        bar.setContentsMargins(24, 8, 24, 12)
        bar.addWidget(self.meta, 1)
        bar.addWidget(self.save_error, 2)
        bar.addWidget(self.discard_button)
        bar.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(bar)
        editable = self.ws.can(Permission.PERSON_EDIT)
        for editor in self.editors.values():
            editor.setEnabled(editable)
        self.save_button.setVisible(editable)
        self.discard_button.setVisible(editable)

    # -- values -----------------------------------------------------------------------------
    def values(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for key, editor in self.editors.items():
            if isinstance(editor, QLineEdit):
                out[key] = editor.text()
            elif isinstance(editor, QPlainTextEdit):
                out[key] = editor.toPlainText()
            else:
                out[key] = editor.currentData() or ""
        return out

    def set_values(self, values: dict[str, str]) -> None:
        for key, editor in self.editors.items():
            editor.blockSignals(True)
            value = values.get(key, "")
            if isinstance(editor, QLineEdit):
                editor.setText(value)
                editor.setCursorPosition(0)
            elif isinstance(editor, QPlainTextEdit):
                editor.setPlainText(value)
            else:
                index = editor.findData(value)
                editor.setCurrentIndex(max(index, 0))
            editor.blockSignals(False)
        self._validate_all()
        self._refresh_buttons()

    def _record_values(self) -> dict[str, str]:
        record = self.service.get(self.person_id)
        v = record.values
        self.meta.setText(self.tr("Last changed {when}").format(when=short_datetime(record.updated_at)))
        birth = v.get("birth_date")
        return {
            **{k: str(v.get(k) or "") for k in (*TEXT_FIELDS, *LONG_FIELDS, *CHOICE_FIELDS)},
            "languages": ", ".join(v.get("languages") or []),
            # As printed on the eID card (85.07.30-033.28); the service accepts it back as typed.
            "niss": format_niss(v["niss"]) if v.get("niss") else "",
            # Belgian day/month/year, which the parser reads back unambiguously.
            "birth": short_date(birth) if birth else str(v.get("birth_year") or ""),
        }

    # -- validation ---------------------------------------------------------------------------
    def _field_edited(self, key: str) -> None:
        self._validate(key)
        self._refresh_buttons()

    def _validate(self, key: str) -> list[FieldError]:
        values = self.values()
        subset = {key: values[key]}
        if key == "niss":       # a NISS is checked against the birth date too
            subset["birth"] = values["birth"]
        _, errors = validate_person_fields(subset)
        mine = [e for e in errors if e.field == key]
        show_error(self.errors[key], "; ".join(e.message() for e in mine))
        set_invalid(self.editors[key], bool(mine))
        if key in ("given_names", "family_name", "alias"):
            missing = require_name(values["given_names"], values["family_name"], values["alias"])
            show_error(self.errors["name"], missing[0].message() if missing else "")
            mine += missing
        return mine

    def _validate_all(self) -> list[FieldError]:
        errors: list[FieldError] = []
        for key in self.editors:
            errors += self._validate(key)
        return errors

    def _refresh_buttons(self) -> None:
        dirty = self.has_unsaved_changes()
        self.save_button.setEnabled(dirty)
        self.discard_button.setEnabled(dirty)
        if not dirty:
            self.save_error.clear()

    # -- the person-file protocol ---------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return bool(self._loaded) and self.values() != self._loaded

    def save(self) -> bool:
        if not self.has_unsaved_changes():
            return True
        if self._validate_all():
            self.save_error.setText(self.tr("Some fields need attention."))
            return False
        values = self.values()
        changed = {k: v for k, v in values.items() if v != self._loaded.get(k)}
        try:
            self.service.update(self.person_id, changed)
        except ValidationError as exc:
            for error in exc.errors:
                target = error.field if error.field in self.errors else "name"
                show_error(self.errors[target], error.message())
                if error.field in self.editors:
                    set_invalid(self.editors[error.field], True)
            self.save_error.setText(self.tr("Some fields need attention."))
            return False
        except RelaisError as exc:
            self.save_error.setText(exc.message())
            return False
        self.reload()
        events.records_changed({events.PERSONS}, person_id=self.person_id)
        return True

    def discard(self) -> None:
        self.set_values(self._loaded)

    def reload(self) -> None:
        self._loaded = self._record_values()
        self.set_values(self._loaded)

    def focus_first_field(self) -> None:
        self.editors["given_names"].setFocus(Qt.FocusReason.OtherFocusReason)
