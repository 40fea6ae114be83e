"""The Contacts page: the user's recent contacts, filters, and contacts per week."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import RelaisError
from app.services.contacts.records import ContactFilter, ContactService, WeekCount
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace
from app.store.base import utcnow
from app.ui import a11y, events, tasks
from app.ui.contacts.contact_table import contact_columns, make_contact_view
from app.ui.contacts.labels import mode_labels
from app.ui.contacts.link_dialog import LinkEncounterDialog
from app.ui.contacts.quick_entry import open_quick_contact
from app.ui.contracts import PageBase
from app.ui.formats import local_text, number, short_date
from app.ui.table_model import RIGHT, SORT_ROLE, Column, TableModel

LIST_LIMIT = 2000


class ContactsPage(PageBase, QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.service = ContactService(ws)
        self._generation = 0

        self.period = QComboBox(self)
        periods = [(7, self.tr("Last 7 days")), (30, self.tr("Last 30 days")), (90, self.tr("Last 3 months")),
                   (365, self.tr("Last 12 months")), (0, self.tr("All"))]
        for days, text in periods:
            self.period.addItem(text, days)
        self.period.setCurrentIndex(2)
        self.mode = QComboBox(self)
        self.mode.addItem(self.tr("All modes"), None)
        for value, label in mode_labels().items():
            self.mode.addItem(label, str(value))
        self.place_filter = QLineEdit(self)
        self.place_filter.setPlaceholderText(self.tr("Place contains…"))
        self.place_filter.setClearButtonEnabled(True)
        a11y.name(self.place_filter, self.tr("Place contains…"))
        self.worker = QComboBox(self)
        self.worker.addItem(self.tr("My contacts"), ws.user.id)
        self.worker.addItem(self.tr("Everyone's"), None)
        for uid, label in self.service.workers():
            if uid != ws.user.id:
                self.worker.addItem(label, uid)
        self.anonymous_only = QCheckBox(self.tr("Anonymous only"), self)
        self.new_button = QPushButton(self.tr("New contact (Ctrl+K)"), self)
        self.link_button = QPushButton(self.tr("Link to a person…"), self)
        self.link_button.setEnabled(False)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setEnabled(False)

        filters = QHBoxLayout()
        for label, widget in ((self.tr("Period"), self.period), (self.tr("Mode"), self.mode),
                              (self.tr("Worker"), self.worker)):
            filters.addWidget(a11y.buddy(label, widget, self))
            filters.addWidget(widget)
        filters.addWidget(self.place_filter, 1)
        filters.addWidget(self.anonymous_only)

        actions = QHBoxLayout()
        self.summary = QLabel(self)
        actions.addWidget(self.summary, 1)
        actions.addWidget(self.delete_button)
        actions.addWidget(self.link_button)
        actions.addWidget(self.new_button)

        self.model = TableModel(contact_columns(with_person=True, with_convention=ws.can(Permission.CLINICAL_READ)),
                                self)
        self.view, self.proxy = make_contact_view(self.model, self)
        a11y.name(self.view, self.tr("Contacts"))
        self.view.setColumnWidth(0, 120)
        self.view.setColumnWidth(1, 220)

        self.weeks = TableModel([
            Column("week_of", lambda: self.tr("Week of"), lambda w: short_date(w.week_start),
                   sort=lambda w: w.week_start),
            Column("contacts", lambda: self.tr("Contacts"), lambda w: str(w.contacts), sort=lambda w: w.contacts,
                   align=RIGHT),
            Column("anonymous", lambda: self.tr("Anonymous"), lambda w: str(w.anonymous), sort=lambda w: w.anonymous,
                   align=RIGHT),
            Column("hours", lambda: self.tr("Hours"), lambda w: number(w.minutes / 60, 1), sort=lambda w: w.minutes,
                   align=RIGHT),
        ], self)
        weeks_proxy = QSortFilterProxyModel(self)
        weeks_proxy.setSourceModel(self.weeks)
        weeks_proxy.setSortRole(SORT_ROLE)
        self.weeks_view = QTableView(self)
        a11y.name(self.weeks_view, self.tr("Contacts by week"))
        self.weeks_view.setModel(weeks_proxy)
        self.weeks_view.setSortingEnabled(True)
        self.weeks_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.weeks_view.verticalHeader().hide()
        self.weeks_view.resizeColumnsToContents()
        weeks_box = QWidget(self)
        weeks_layout = QVBoxLayout(weeks_box)
        weeks_layout.setContentsMargins(0, 0, 0, 0)
        weeks_layout.addWidget(QLabel(self.tr("Contacts per week"), weeks_box))
        weeks_layout.addWidget(self.weeks_view)

        splitter = QSplitter(self)
        splitter.addWidget(self.view)
        splitter.addWidget(weeks_box)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([860, 400])

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)

        for combo in (self.period, self.mode, self.worker):
            combo.currentIndexChanged.connect(self.reload)
        self.place_filter.editingFinished.connect(self.reload)
        self.anonymous_only.toggled.connect(self.reload)
        self.new_button.clicked.connect(lambda: open_quick_contact(self.ws, self))
        self.link_button.clicked.connect(self.link_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        events.listen(self, {events.CONTACTS, events.PERSONS}, lambda change: self.reload())
        self.reload()

    def filters(self) -> ContactFilter:
        days = self.period.currentData()
        return ContactFilter(
            worker_id=self.worker.currentData(), mode=self.mode.currentData(),
            place=self.place_filter.text().strip() or None,
            start=utcnow() - timedelta(days=days) if days else None,
            anonymous_only=self.anonymous_only.isChecked(),
        )

    def reload(self) -> None:
        if not self.ws.is_open:   # locked: the shell is closing this page
            return
        self._generation += 1
        generation, filters = self._generation, self.filters()

        def work(ctx) -> tuple:
            return self.service.list(filters, limit=LIST_LIMIT), self.service.weekly_counts(filters)

        def done(result: tuple) -> None:
            if generation == self._generation:
                self._show(*result)

        tasks.run_task(self, work, on_success=done, on_failure=self._failed, label=self.tr("Loading contacts…"),
                       cancellable=False)

    def _show(self, rows: list, weeks: list[WeekCount]) -> None:
        self.model.set_rows(rows)
        self.weeks.set_rows(weeks)
        self.weeks_view.resizeColumnsToContents()
        # Totals come from the weekly counts: the list itself stops at the latest LIST_LIMIT.
        total = sum(w.contacts for w in weeks)
        text = (self.tr("%1 contacts, %2 anonymous, %3 hours")
                .replace("%1", str(total)).replace("%2", str(sum(w.anonymous for w in weeks)))
                .replace("%3", f"{sum(w.minutes for w in weeks) / 60:.1f}"))
        if total > len(rows):
            text += " " + self.tr("(the latest %1 are listed)").replace("%1", str(len(rows)))
        self.summary.setText(text)
        self._selection_changed()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, RelaisError):
            QMessageBox.warning(self, self.tr("Contacts"), exc.message())
        else:
            raise exc

    def selected(self):
        indexes = self.view.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.row_at(self.proxy.mapToSource(indexes[0]).row())

    def _selection_changed(self, *_: object) -> None:
        row = self.selected()
        self.link_button.setEnabled(row is not None and row.anonymous)
        # Its author removes a contact recorded by mistake; a supervisor may remove any.
        self.delete_button.setEnabled(row is not None and (
            row.worker_id == self.ws.user.id or self.ws.can(Permission.PERSON_DELETE)))

    def link_selected(self) -> None:
        row = self.selected()
        if row is not None and row.anonymous:
            LinkEncounterDialog(self.ws, row, self).exec()

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete a contact"), self.tr(
            "Delete the contact of %1 with %2? This cannot be undone.")
            .replace("%1", local_text(row.occurred_at)).replace("%2", row.person_name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.delete(row.id)
        except RelaisError as exc:
            QMessageBox.warning(self, self.tr("Contacts"), exc.message())
            return
        events.records_changed({events.CONTACTS}, person_id=row.person_id)
