"""The person file's Contacts tab: their contact history, the convention counters and the
multidisciplinary consultations."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.convention import window_reading
from app.services.contacts.records import ContactFilter, ContactService
from app.services.counters.sessions import session_counters
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace
from app.texts import current_language
from app.ui import a11y, events, style
from app.ui.contacts.consultations import ConsultationsBox
from app.ui.contacts.contact_table import contact_columns, make_contact_view
from app.ui.contacts.labels import (
    age_group_label,
    function_label,
    level_label,
    setting_label,
)
from app.ui.contacts.quick_entry import open_quick_contact
from app.ui.contracts import PersonTabBase
from app.ui.formats import short_date
from app.ui.table_model import RIGHT, Column, TableModel

LEVEL_COLOURS = {"approaching": style.LIMIT_NEAR, "reached": style.LIMIT_REACHED, "exceeded": style.LIMIT_REACHED}


class PersonContactsTab(PersonTabBase, QWidget):

    def __init__(self, ws: Workspace, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.person_id = ws, person_id
        self.service = ContactService(ws)
        self.clinical = ws.can(Permission.CLINICAL_READ)

        self.new_button = QPushButton(self.tr("New contact (Ctrl+K)"), self)
        self.summary = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.new_button)

        self.counters = TableModel([
            Column("function", lambda: self.tr("Function"), lambda c: function_label(c.function)),
            Column("setting", lambda: self.tr("Setting"), lambda c: setting_label(c.setting)),
            Column("age_group", lambda: self.tr("Age group"), lambda c: age_group_label(c.age_group)),
            Column("sessions_12_months", lambda: self.tr("Sessions (12 months)"),
                   lambda c: f"{c.used} / {c.limit}" if c.limit is not None else str(c.used), align=RIGHT),
            Column("status", lambda: self.tr("Status"), lambda c: level_label(c.level)),
            Column("a_session_frees_up_on", lambda: self.tr("A session frees up on"),
                   lambda c: short_date(c.frees_on) if c.frees_on and c.limit is not None else ""),
        ], self)
        self.counters_view = QTableView(self)
        a11y.name(self.counters_view, self.tr("Reimbursed sessions"))
        self.counters_view.setModel(self.counters)
        self.counters_view.verticalHeader().hide()
        self.counters_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.counters_view.horizontalHeader().setStretchLastSection(True)
        self.counters_view.setMaximumHeight(130)
        self.counters_title = QLabel(self.tr("Convention sessions over the last 12 months"), self)
        self.counters_warning = QLabel(self)
        self.counters_warning.setWordWrap(True)

        self.model = TableModel(contact_columns(with_person=False, with_convention=self.clinical), self)
        self.view, self.proxy = make_contact_view(self.model, self)
        a11y.name(self.view, self.tr("Contacts"))
        self.view.setColumnWidth(0, 120)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        for widget in (self.counters_title, self.counters_view, self.counters_warning):
            layout.addWidget(widget)
            widget.setVisible(self.clinical)
        # Multidisciplinary consultations (clinical, like the counters).
        self.consultations = ConsultationsBox(ws, person_id, self) if self.clinical else None
        if self.consultations is not None:
            layout.addWidget(self.consultations)
        layout.addWidget(self.view, 1)

        self.new_button.clicked.connect(lambda: open_quick_contact(self.ws, self, self.person_id))
        events.listen(self, {events.CONTACTS}, self._contacts_changed)
        self.reload()

    def _contacts_changed(self, change: events.Change) -> None:
        if self.ws.is_open and change.concerns(self.person_id):
            self.reload()

    def reload(self) -> None:
        if not self.ws.is_open:   # locked: the shell is closing this page
            return
        rows = self.service.list(ContactFilter(person_id=self.person_id), limit=None)
        self.model.set_rows(rows)
        hours = sum(r.duration_minutes for r in rows) / 60
        self.summary.setText(self.tr("%1 contacts, %2 hours in all").replace("%1", str(len(rows)))
                             .replace("%2", f"{hours:.1f}"))
        if self.consultations is not None:
            self.consultations.reload()
        if self.clinical:
            counters = session_counters(self.ws, self.person_id)
            self.counters.set_rows(counters)
            self.counters_view.setVisible(bool(counters))
            # Which reading of "per period of 12 months" the counters use (convention.json).
            self.counters_view.setToolTip(window_reading(current_language()))
            alerts = [c for c in counters if c.level in LEVEL_COLOURS]
            if not counters:
                self.counters_warning.setText(self.tr("No convention session in the last 12 months."))
                self.counters_warning.setStyleSheet("")
            elif alerts:
                worst = alerts[0]
                self.counters_warning.setText(
                    self.tr("%1: %2 of %3 sessions used. %4.")
                    .replace("%1", function_label(worst.function)).replace("%2", str(worst.used))
                    .replace("%3", str(worst.limit)).replace("%4", level_label(worst.level)))
                self.counters_warning.setStyleSheet(f"color: {LEVEL_COLOURS[worst.level]}; font-weight: bold;")
            else:
                self.counters_warning.setText("")

    # The tab has no edits of its own: contacts are saved by the quick entry.
    def has_unsaved_changes(self) -> bool:
        return False
