"""Background sync with the team hub: after unlock, shortly after a change, every few minutes
and on demand. The laptop is the place of work: a hub that is down or a missing network only
changes the status line, never blocks the window or opens a dialog (except for "Sync now").
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from app.errors import RelaisError
from app.services.shared.workspace import Workspace
from app.services.team.exchange import SyncReport, sync
from app.services.team.status import TeamStatus, team_status
from app.ui import events
from app.ui.tasks import report_failure, run_task

PERIOD_MS = 5 * 60 * 1000
AFTER_CHANGE_MS = 20 * 1000


class TeamSync(QObject):
    """One per signed-in session; it owns its timers and dies with the shell."""

    status_changed = Signal(object, str)      # TeamStatus, last problem ("" when none)

    def __init__(self, ws: Workspace, parent: QObject) -> None:
        super().__init__(parent)
        self.ws = ws
        self.running = False
        self._announcing = False
        self.problem = ""
        self.status = TeamStatus(False)
        self.periodic = QTimer(self)
        self.periodic.setInterval(PERIOD_MS)
        self.periodic.timeout.connect(self.sync_in_background)
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(AFTER_CHANGE_MS)
        self.soon.timeout.connect(self.sync_in_background)
        events.listen(self, events.ALL, self._records_changed)

    def start(self) -> None:
        self.refresh_status()
        if self.status.joined:
            self.periodic.start()
            QTimer.singleShot(0, self.sync_in_background)

    def refresh_status(self) -> None:
        if not self.ws.is_open:
            return
        try:
            self.status = team_status(self.ws)
        except RelaisError:
            return
        self.status_changed.emit(self.status, self.problem)

    def _records_changed(self, change: events.Change) -> None:
        if self._announcing:                 # our own "the team's changes arrived"
            return
        self.refresh_status()
        if self.status.joined:
            self.soon.start()

    def sync_in_background(self) -> None:
        self._run(report=False)

    def sync_now(self) -> None:
        self._run(report=True)

    def _run(self, report: bool) -> None:
        if self.running or not self.ws.is_open:
            return
        self.refresh_status()
        if not self.status.joined:
            return
        self.running = True

        def done(result: SyncReport) -> None:
            self.running = False
            self.problem = ""
            if result.applied or result.erased:
                self._announcing = True
                try:
                    events.records_changed(events.ALL)
                    for person_id in result.erased:       # a tombstone: an open file closes
                        events.records_changed({events.PERSONS}, person_id=person_id)
                finally:
                    self._announcing = False
            self.refresh_status()

        def failed(exc: BaseException) -> None:
            self.running = False
            self.problem = exc.message() if isinstance(exc, RelaisError) else ""
            self.refresh_status()
            if report:
                report_failure(self.parent(), exc)       # type: ignore[arg-type]

        run_task(None, lambda ctx: sync(self.ws), on_success=done, on_failure=failed, cancellable=False,
                 quiet=not report)
