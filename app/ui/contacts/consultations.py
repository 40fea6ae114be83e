"""Multidisciplinary consultations in the person's Contacts tab: the list, the counter
against the limit per 12 months, and the form to record one (a SubmitDialog)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import RelaisError
from app.models.consultation import MAX_MINUTES, concertation_reading, concertation_rules
from app.services.counters.consultations import (
    add_consultation,
    consultation_counter,
    consultation_warnings,
    list_consultations,
)
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace
from app.texts import current_language
from app.ui import a11y, events, style
from app.ui.contacts.labels import level_label
from app.ui.formats import date_format, short_date
from app.ui.forms import SubmitDialog
from app.ui.table_model import RIGHT, Column, TableModel

LEVEL_COLOURS = {"approaching": style.LIMIT_NEAR, "reached": style.LIMIT_REACHED, "exceeded": style.LIMIT_REACHED}
EMPTY_ROWS = 3


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ConsultationDialog(SubmitDialog):
    """Date, duration, participants (name, role, care provider), the person's presence, a note.
    Warnings (over the limit, not reimbursed as it stands) are shown first; OK again records."""

    def __init__(self, ws: Workspace, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.person_id = ws, person_id
        self.setWindowTitle(self.tr("New multidisciplinary consultation"))
        self._warned_for: dict | None = None
        self.held_on = QDateEdit(_qdate(date.today()))
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat(date_format())
        self.add_row(self.tr("Date"), self.held_on, field="held_on")
        self.duration = QSpinBox()
        self.duration.setRange(0, MAX_MINUTES)
        self.duration.setSingleStep(15)
        self.duration.setValue(concertation_rules().min_minutes * 2)
        self.duration.setSuffix(self.tr(" min"))
        self.add_row(self.tr("Duration"), self.duration, field="duration_minutes")
        self.participants = QTableWidget(0, 3)
        a11y.name(self.participants, self.tr("Participants"),
                  self.tr("At least three participants besides the person, two of them care providers"))
        self.participants.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role or profession"),
                                                     self.tr("Care provider")])
        header = self.participants.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.participants.setColumnWidth(0, 160)
        self.participants.verticalHeader().hide()
        self.participants.setMinimumHeight(140)
        for _ in range(EMPTY_ROWS):
            self.add_participant_row()
        more = QPushButton(self.tr("Add a participant"))
        more.clicked.connect(self.add_participant_row)
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.participants)
        inner.addWidget(more, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_row(self.tr("Participants"), box, field="participants")
        self.present = QCheckBox(self.tr("The person took part"))
        self.add_row("", self.present)
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(70)
        a11y.name(self.note, self.tr("Note"))
        self.add_row(self.tr("Note"), self.note, field="note")
        rule = QLabel(concertation_reading(current_language()))
        rule.setWordWrap(True)
        rule.setStyleSheet("color: #555;")
        self.layout_.addWidget(rule)
        self.finish_layout()
        self.resize(620, 560)

    def add_participant_row(self) -> None:
        row = self.participants.rowCount()
        self.participants.insertRow(row)
        self.participants.setItem(row, 0, QTableWidgetItem(""))
        self.participants.setItem(row, 1, QTableWidgetItem(""))
        check = QTableWidgetItem("")
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        check.setCheckState(Qt.CheckState.Unchecked)
        self.participants.setItem(row, 2, check)

    def set_participant(self, row: int, name: str, role: str, care_provider: bool) -> None:
        while self.participants.rowCount() <= row:
            self.add_participant_row()
        cells = [self.participants.item(row, col) for col in range(3)]
        if cells[0] is not None:
            cells[0].setText(name)
        if cells[1] is not None:
            cells[1].setText(role)
        if cells[2] is not None:
            cells[2].setCheckState(Qt.CheckState.Checked if care_provider else Qt.CheckState.Unchecked)

    def values(self) -> dict:
        qd = self.held_on.date()
        people = []
        for row in range(self.participants.rowCount()):
            name, role, check = (self.participants.item(row, col) for col in range(3))
            people.append({"name": name.text() if name else "", "role": role.text() if role else "",
                           "care_provider": bool(check and check.checkState() == Qt.CheckState.Checked)})
        return {"held_on": date(qd.year(), qd.month(), qd.day()), "duration_minutes": self.duration.value(),
                "participants": people, "person_present": self.present.isChecked(),
                "note": self.note.toPlainText()}

    def check(self) -> str:
        """The convention's warnings (limit reached, no NISS, no bilan...), shown once: a second
        OK with the same values records the consultation anyway."""
        values = self.values()
        if values != self._warned_for:
            try:
                warnings = consultation_warnings(self.ws, self.person_id, values)
            except RelaisError:
                return ""      # invalid: submit() meets the service's errors, shown by their fields
            if warnings:
                self._warned_for = values
                return "\n".join(["• " + w for w in warnings] + [self.tr("Press OK again to record it anyway.")])
        return ""

    def submit(self, values: object) -> object:
        assert isinstance(values, dict)
        return add_consultation(self.ws, self.person_id, values)


class ConsultationsBox(QWidget):
    """The consultations of the person (clinical readers only), with their counter."""

    def __init__(self, ws: Workspace, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.person_id = ws, person_id
        self.title = QLabel(self.tr("Multidisciplinary consultations"), self)
        self.title.setStyleSheet("font-weight: bold;")
        self.counter = QLabel(self)
        self.counter.setWordWrap(True)
        self.counter.setToolTip(concertation_reading(current_language()))
        self.new_button = QPushButton(self.tr("New consultation"), self)
        self.new_button.setVisible(ws.can(Permission.CLINICAL_WRITE))
        self.new_button.clicked.connect(self.open_dialog)
        self.model = TableModel([
            Column("date", lambda: self.tr("Date"), lambda r: short_date(r.held_on), sort=lambda r: r.held_on),
            Column("duration", lambda: self.tr("Duration"), lambda r: f"{r.duration_minutes} min",
                   sort=lambda r: r.duration_minutes, align=RIGHT),
            Column("participants", lambda: self.tr("Participants"),
                   lambda r: ", ".join(" — ".join(x for x in (p.name, p.role) if x) for p in r.participants),
                   tooltip=lambda r: "\n".join(
                       " — ".join(x for x in (p.name, p.role) if x)
                       + (" ✓" if p.care_provider else "") for p in r.participants)),
            Column("person", lambda: self.tr("The person"),
                   lambda r: self.tr("present") if r.person_present else self.tr("absent")),
        ], self)
        self.view = QTableView(self)
        a11y.name(self.view, self.tr("Multidisciplinary consultations"))
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setMaximumHeight(110)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.counter, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self.reload()

    def reload(self) -> None:
        rows = list_consultations(self.ws, self.person_id)
        self.model.set_rows(rows)
        self.view.setVisible(bool(rows))
        counter = consultation_counter(self.ws, self.person_id)
        minutes = counter.used * concertation_rules().unit_minutes
        limit_minutes = counter.limit * concertation_rules().unit_minutes
        text = self.tr("%1 of %2 minutes over the last 12 months").replace("%1", str(minutes)).replace(
            "%2", str(limit_minutes))
        if counter.level in LEVEL_COLOURS:
            text += " — " + level_label(counter.level)
        self.counter.setText(text)
        self.counter.setStyleSheet(f"color: {LEVEL_COLOURS[counter.level]}; font-weight: bold;"
                                   if counter.level in LEVEL_COLOURS else "")

    def open_dialog(self) -> None:
        dialog = ConsultationDialog(self.ws, self.person_id, self)
        if dialog.exec():
            events.records_changed({events.CONTACTS}, self.person_id)
