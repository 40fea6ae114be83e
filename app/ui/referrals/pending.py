"""The "Pending referrals" page: every referral sent and not yet started or closed, with
the days waiting; follow-ups that are due stand out. Double-click opens the person."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.services.referrals.records import pending_referrals
from app.services.shared.workspace import Workspace
from app.ui import a11y, events
from app.ui.contracts import OpensPersons, PageBase
from app.ui.referrals.models import PendingTableModel
from app.ui.referrals.tab import _table


class PendingReferralsPage(OpensPersons, PageBase, QWidget):
    open_person_requested = Signal(int)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.model = PendingTableModel(self)
        self.view, self.proxy = _table(self.model)
        a11y.name(self.view, self.tr("Pending referrals"))
        self.view.horizontalHeader().setSectionResizeMode(1, self.view.horizontalHeader().ResizeMode.Stretch)
        self.view.sortByColumn(5, Qt.SortOrder.DescendingOrder)
        self.view.doubleClicked.connect(self._open)
        self.mine = QCheckBox(self.tr("Only the persons I accompany"))
        self.mine.toggled.connect(self.reload)
        self.summary = QLabel()
        title = QLabel(self.tr("Pending referrals"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.mine)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        hint = QLabel(self.tr("Double-click a row to open the person's file."))
        hint.setStyleSheet("color: #5f6b7a;")
        layout.addWidget(hint)
        self.reload()
        events.listen(self, {events.REFERRALS, events.PERSONS, events.PARTNERS}, self._records_changed)

    def _records_changed(self, change: events.Change) -> None:
        if self.ws.is_open:
            self.reload()

    def reload(self) -> None:
        rows = pending_referrals(self.ws, mine_only=self.mine.isChecked())
        self.model.set_rows(rows)
        due = sum(1 for r in rows if r.follow_up_due)
        self.summary.setText(self.tr("%n referral(s) waiting", "", len(rows)) + " · "
                             + self.tr("%n follow-up(s) due", "", due))

    def _open(self, index) -> None:
        row = self.model.row_at(self.proxy.mapToSource(index).row())
        self.open_person_requested.emit(row.person_id)
