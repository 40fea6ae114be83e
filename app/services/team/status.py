"""What the status bar says about the team: joined or not, changes waiting, conflicts open."""

from __future__ import annotations

from dataclasses import dataclass

from app.services.shared.workspace import Workspace
from app.services.team.state import load_state


@dataclass(frozen=True)
class TeamStatus:
    joined: bool
    role: str = ""
    waiting: int = 0          # local changes not yet accepted by the hub
    conflicts: int = 0        # open conflicts to review
    refused: int = 0          # operations from others this laptop refused (reported)


def team_status(ws: Workspace) -> TeamStatus:
    with ws.read() as session:
        state = load_state(session)
        if state is None:
            return TeamStatus(False)
        conn = session.connection()
        waiting = (conn.exec_driver_sql("SELECT count(*) FROM sync_outbox").scalar() or 0) + \
            (conn.exec_driver_sql("SELECT count(*) FROM sync_pending WHERE pushed = 0").scalar() or 0)
        conflicts = conn.exec_driver_sql("SELECT count(*) FROM sync_conflicts WHERE status = 'open'").scalar() or 0
    return TeamStatus(True, state.role, int(waiting) + len(state.sealed), int(conflicts), len(state.reports))
