"""The team's line in the status bar: in step, offline with N changes waiting, conflicts to
review. Click it to open the Team page. Hidden for a vault that belongs to no team."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from app.services.shared.workspace import Workspace
from app.services.team.status import TeamStatus
from app.ui.team.syncer import TeamSync


class TeamStatusLabel(QLabel):
    clicked = Signal()

    def __init__(self, ws: Workspace, window: QWidget) -> None:
        super().__init__()
        self.setObjectName("teamStatus")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(self.tr("Team sync status"))
        self.syncer = TeamSync(ws, self)
        self.syncer.status_changed.connect(self.show_status)
        self.clicked.connect(lambda: window.shell.show_page("team") if window.shell else None)  # type: ignore[attr-defined]
        self.setVisible(False)
        self.syncer.start()

    def show_status(self, status: TeamStatus, problem: str) -> None:
        self.setVisible(status.joined)
        if not status.joined:
            return
        parts = []
        if problem:
            parts.append(self.tr("Offline"))
        elif self.syncer.running:
            parts.append(self.tr("Syncing…"))
        if status.waiting:
            parts.append(self.tr("%n change(s) waiting", "", status.waiting))
        if status.conflicts:
            parts.append(self.tr("%n conflict(s) to review", "", status.conflicts))
        if not parts:
            parts.append(self.tr("In step with the team"))
        self.setText(" · ".join(parts))
        self.setToolTip(problem or self.tr("Click to see the team and the conflicts to review"))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)
