"""Type a few letters of a name, alias, NISS or birth year; arrows and Enter pick."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListView, QSizePolicy, QVBoxLayout, QWidget

from app.services.persons.records import PersonRow, PersonService
from app.services.shared.workspace import Workspace
from app.ui import a11y
from app.ui.table_model import Column, TableModel

MAX_MATCHES = 8


class PersonMatchModel(TableModel):
    """One column: the name, with the birth year and a closed file said after it."""

    def columns_(self) -> list[Column]:
        return [Column("person", lambda: self.tr("Person"), self._label)]

    def _label(self, row: PersonRow) -> str:
        extra = [str(row.birth_year)] if row.birth_year else []
        if row.status == "closed":
            extra.append(self.tr("file closed"))
        return f"{row.display_name}  ({', '.join(extra)})" if extra else row.display_name


class PersonPicker(QWidget):
    """A search line with its matches under it. `picked(person_id)` fires on Enter or a
    click; `person_id()` is the chosen or highlighted person."""

    picked = Signal(int)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = PersonService(ws)
        self._chosen: PersonRow | None = None
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Type a name, alias, NISS or birth year"))
        self.edit.setClearButtonEnabled(True)
        a11y.name(self.edit, self.tr("Person"), self.edit.placeholderText())
        self.model = PersonMatchModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setMaximumHeight(150)
        self.list.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.list)
        self.setFocusProxy(self.edit)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.edit.textEdited.connect(self._search)
        self.edit.installEventFilter(self)
        self.list.clicked.connect(lambda idx: self._choose(idx.row()))

    def person_id(self) -> int | None:
        if self._chosen is not None:
            return self._chosen.id
        current = self.list.currentIndex()
        if not self.list.isHidden() and current.isValid():
            return self.model.rows[current.row()].id
        return None

    def chosen(self) -> PersonRow | None:
        return self._chosen

    def set_person(self, person_id: int) -> None:
        rows = self.service.rows(person_ids=[person_id])
        if rows:
            self._chosen = rows[0]
            self.edit.setText(rows[0].display_name)
            self.list.hide()

    def clear(self) -> None:
        self._chosen = None
        self.edit.clear()
        self.model.set_rows([])
        self.list.hide()

    def _search(self, text: str) -> None:
        self._chosen = None
        ids = self.service.search_ids(text, limit=MAX_MATCHES * 4) if text.strip() else []
        rows = self.service.rows(person_ids=ids)[:MAX_MATCHES] if ids else []
        # Open files first: the person met today is rarely a closed one.
        rows.sort(key=lambda r: (r.status == "closed",))
        self.model.set_rows(rows)
        self.list.setVisible(bool(rows))
        if rows:
            self.list.setCurrentIndex(self.model.index(0, 0))

    def _choose(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            self._chosen = self.model.rows[row]
            self.edit.setText(self._chosen.display_name)
            self.list.hide()
            self.picked.emit(self._chosen.id)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.edit and event.type() == QEvent.Type.FocusOut and self._chosen is None \
                and not self.list.isHidden() and self.list.currentIndex().isValid():
            # Tab away from the search: the highlighted match is the one meant.
            self._choose(self.list.currentIndex().row())
        if obj is self.edit and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress \
                and not self.list.isHidden() and self.model.rows:
            row = self.list.currentIndex().row()
            if event.key() == Qt.Key.Key_Down:
                self.list.setCurrentIndex(self.model.index(min(row + 1, len(self.model.rows) - 1), 0))
                return True
            if event.key() == Qt.Key.Key_Up:
                self.list.setCurrentIndex(self.model.index(max(row - 1, 0), 0))
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                self._choose(max(row, 0))
                return True
        return super().eventFilter(obj, event)
