"""The Team page: this laptop's membership, the members it has verified, "Sync now", and the
conflicts to review side by side ("keep" what stands, or "restore the other" value)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import RelaisError
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace
from app.services.sync.replica import keep, restore_other
from app.services.team.conflicts import conflicts_to_review
from app.services.team.roster import members
from app.services.team.status import team_status
from app.ui import events
from app.ui.contracts import PageBase
from app.ui.table_model import ROW_ROLE, Column, TableModel
from app.ui.tasks import report_failure
from app.ui.team.dialogs import CodeDialog, CreateTeamDialog, InviteDialog, JoinDialog


def _value_text(value: Any) -> str:
    if value is None:
        return "—"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class TeamPage(PageBase, QWidget):
    def __init__(self, ws: Workspace, window: QWidget) -> None:
        super().__init__()
        self.ws, self.window_ = ws, window
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.clicked.connect(self._sync_now)
        self.create_button = QPushButton(self.tr("Create a team…"))
        self.create_button.clicked.connect(self._create)
        self.invite_button = QPushButton(self.tr("Invite a member…"))
        self.invite_button.clicked.connect(self._invite)
        self.join_button = QPushButton(self.tr("Join a team…"))
        self.join_button.clicked.connect(self._join)
        buttons = QHBoxLayout()
        for button in (self.sync_button, self.create_button, self.invite_button, self.join_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.members_model = TableModel([
            Column("name", lambda: self.tr("Member"), lambda r: r["name"] + (self.tr(" (this computer)")
                                                                             if r["this_device"] else "")),
            Column("role", lambda: self.tr("Role"), lambda r: _role_text(r["role"])),
        ], self)
        self.members_view = _table(self.members_model, self.tr("Team members"))

        self.conflicts_model = TableModel([
            Column("person", lambda: self.tr("Person"), lambda r: r.person or "—"),
            Column("field", lambda: self.tr("Field"), lambda r: r.field or "—"),
            Column("kind", lambda: self.tr("What happened"), lambda r: _kind_text(r.kind)),
            Column("value", lambda: self.tr("Value that stands"), lambda r: _value_text(r.standing)),
            Column("other", lambda: self.tr("The other value"), lambda r: _value_text(r.other)),
        ], self)
        self.conflicts_view = _table(self.conflicts_model, self.tr("Conflicts to review"))
        self.keep_button = QPushButton(self.tr("Keep"))
        self.keep_button.setToolTip(self.tr("Keep the value that stands; the conflict is closed"))
        self.keep_button.clicked.connect(lambda: self._resolve(keep))
        self.restore_button = QPushButton(self.tr("Restore the other"))
        self.restore_button.setToolTip(self.tr("Put the other value back: an ordinary change, sent to the team"))
        self.restore_button.clicked.connect(lambda: self._resolve(restore_other))
        resolve = QHBoxLayout()
        resolve.addWidget(self.keep_button)
        resolve.addWidget(self.restore_button)
        resolve.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Members verified by this computer")))
        layout.addWidget(self.members_view, 1)
        layout.addWidget(QLabel(self.tr("Conflicts to review")))
        layout.addWidget(self.conflicts_view, 2)
        layout.addLayout(resolve)
        events.listen(self, events.ALL, lambda _change: self.reload())
        self.reload()

    def reload(self) -> None:
        if not self.ws.is_open:
            return
        status = team_status(self.ws)
        supervisor = self.ws.can(Permission.USERS_MANAGE)
        self.create_button.setVisible(not status.joined and supervisor)
        self.join_button.setVisible(not status.joined)
        self.invite_button.setVisible(status.joined and status.role == "supervisor")
        self.sync_button.setEnabled(status.joined)
        if not status.joined:
            self.summary.setText(self.tr("This vault works on its own. A team shares files across laptops through "
                                         "a hub that stores only encrypted data: create a team (supervisor) or "
                                         "join one with an invitation."))
            self.members_model.set_rows([])
            self.conflicts_model.set_rows([])
            return
        self.summary.setText(self.tr("This computer belongs to the team as {role}. {waiting} change(s) waiting, "
                                     "{conflicts} conflict(s) to review.").format(
            role=_role_text(status.role), waiting=status.waiting, conflicts=status.conflicts))
        self.members_model.set_rows(members(self.ws))
        self.conflicts_model.set_rows(conflicts_to_review(self.ws))

    def _status_label(self):
        from app.ui.team.status_label import TeamStatusLabel

        return self.window_.findChild(TeamStatusLabel)

    def _sync_now(self) -> None:
        label = self._status_label()
        if label is not None:
            label.syncer.sync_now()

    def _create(self) -> None:
        if CreateTeamDialog(self.ws, self).exec():
            self._after_setup()

    def _join(self) -> None:
        if JoinDialog(self.ws, self).exec():
            self._after_setup()

    def _invite(self) -> None:
        dialog = InviteDialog(self.ws, self)
        if dialog.exec() and dialog.result_value is not None:
            CodeDialog(dialog.result_value.code, dialog.result_value.path, self).exec()   # type: ignore[attr-defined]

    def _after_setup(self) -> None:
        self.reload()
        label = self._status_label()
        if label is not None:
            label.syncer.start()

    def _resolve(self, action) -> None:
        index = self.conflicts_view.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        if row is None:
            return
        try:
            action(self.ws, row.id)
        except RelaisError as exc:
            report_failure(self, exc)
        events.records_changed(events.ALL)


def _table(model: TableModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    view.verticalHeader().setVisible(False)
    return view


def _role_text(role: str) -> str:
    return {"supervisor": QCoreApplication.translate("TeamPage", "supervisor"),
            "case_manager": QCoreApplication.translate("TeamPage", "case manager"),
            "peer_worker": QCoreApplication.translate("TeamPage", "peer worker")}.get(role, role)


def _kind_text(kind: str) -> str:
    return {"replaced": QCoreApplication.translate("TeamPage", "changed by two people"),
            "possible_duplicate": QCoreApplication.translate("TeamPage", "possible duplicate (same NISS)"),
            "status_moved": QCoreApplication.translate("TeamPage", "status changed meanwhile"),
            "renumbered": QCoreApplication.translate("TeamPage", "versions renumbered"),
            "parent_deleted": QCoreApplication.translate("TeamPage", "added under a deleted record"),
            "edit_deleted": QCoreApplication.translate("TeamPage", "changed after it was deleted")}.get(kind, kind)
