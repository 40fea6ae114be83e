"""Supervisors read the audit trail: who did what, when, filtered; and whether the chain
of events is intact (an edited or deleted event breaks it)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.admin.audit_log import (
    AuditFilter,
    AuditRow,
    chain_status,
    known_actions,
    known_actors,
    list_events,
)
from app.services.shared.workspace import Workspace
from app.ui import a11y, tasks
from app.ui.contracts import PageBase
from app.ui.formats import date_format, local_text
from app.ui.table_model import RIGHT, SORT_ROLE, Column, TableModel


def _local_midnight_utc(day: QDate) -> datetime:
    local = datetime.combine(date(day.year(), day.month(), day.day()), time(0, 0)).astimezone()
    return local.astimezone(UTC).replace(tzinfo=None)


def _detail_text(row: AuditRow) -> str:
    return ", ".join(f"{k}={json.dumps(v, ensure_ascii=False)}" for k, v in sorted(row.detail.items()))


class AuditPage(PageBase, QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self._generation = 0
        self.action = QComboBox(self)
        self.actor = QComboBox(self)
        self.start = QDateEdit(QDate.currentDate().addDays(-30), self)
        self.end = QDateEdit(QDate.currentDate(), self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format())
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.chain = QLabel(self)
        self.chain.setWordWrap(True)
        self._fill_choices()

        filters = QHBoxLayout()
        for label, widget in ((self.tr("Action"), self.action), (self.tr("User"), self.actor),
                              (self.tr("From"), self.start), (self.tr("To"), self.end)):
            filters.addWidget(a11y.buddy(label, widget, self))
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.refresh_button)

        self.model = TableModel([
            Column("no", lambda: self.tr("No."), lambda r: str(r.id), sort=lambda r: r.id, align=RIGHT),
            Column("when", lambda: self.tr("When"), lambda r: local_text(r.at), sort=lambda r: r.at),
            Column("user", lambda: self.tr("User"), lambda r: r.actor),
            Column("action", lambda: self.tr("Action"), lambda r: r.action),
            Column("record", lambda: self.tr("Record"),
                   lambda r: f"{r.target_kind} {r.target_id}" if r.target_kind else ""),
            Column("details", lambda: self.tr("Details"), _detail_text),
        ], self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView(self)
        a11y.name(self.view, self.tr("Audit log"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((60, 130, 110, 200, 120)):
            self.view.setColumnWidth(column, width)

        layout = QVBoxLayout(self)
        layout.addWidget(self.chain)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)

        for combo in (self.action, self.actor):
            combo.currentIndexChanged.connect(self.reload)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self.reload)
        self.refresh_button.clicked.connect(self.reload)
        self.reload()

    def _fill_choices(self) -> None:
        self.action.addItem(self.tr("All actions"), None)
        groups = sorted({a.split(".")[0] + "." for a in known_actions(self.ws) if "." in a})
        for group in groups:
            self.action.addItem(self.tr("%1 (all)").replace("%1", group.rstrip(".")), group)
        for action in known_actions(self.ws):
            self.action.addItem(action, action)
        self.actor.addItem(self.tr("All users"), None)
        for actor in known_actors(self.ws):
            self.actor.addItem(actor, actor)

    def filters(self) -> AuditFilter:
        return AuditFilter(action=self.action.currentData(), actor=self.actor.currentData(),
                           start=_local_midnight_utc(self.start.date()),
                           end=_local_midnight_utc(self.end.date()) + timedelta(days=1))

    def reload(self) -> None:
        self._generation += 1
        generation, filters = self._generation, self.filters()

        def work(ctx):
            return list_events(self.ws, filters), chain_status(self.ws)

        def done(result) -> None:
            if generation == self._generation:
                rows, status = result
                self.model.set_rows(rows)
                self._show_chain(status)

        tasks.run_task(self, work, on_success=done, label=self.tr("Checking the audit trail…"), cancellable=False)

    def _show_chain(self, status) -> None:
        if status.intact:
            self.chain.setText(self.tr("Audit chain intact: %1 events, none edited, removed or reordered.")
                               .replace("%1", str(status.events)))
            self.chain.setStyleSheet("color: #1a6b1a; font-weight: bold;")
        else:
            first = ", ".join(str(event_id) for event_id, _ in status.problems[:5])
            self.chain.setText(self.tr("Audit chain BROKEN: %1 problem(s), first at event(s) %2. "
                                       "Keep this vault as it is and restore a backup to compare.")
                               .replace("%1", str(len(status.problems))).replace("%2", first))
            self.chain.setStyleSheet("color: #a40000; font-weight: bold;")
