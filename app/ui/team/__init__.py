"""The team: its status line, the Team page (members, conflicts, set-up) and "Sync now"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.registry import (
    ActionSpec,
    NavPageSpec,
    StatusSpec,
    register_action,
    register_nav_page,
    register_status,
)


def _page(ws, window):
    from app.ui.team.page import TeamPage

    return TeamPage(ws, window)


def _status(ws, window):
    from app.ui.team.status_label import TeamStatusLabel

    return TeamStatusLabel(ws, window)


def _sync_now(ctx) -> None:
    from app.ui.team.status_label import TeamStatusLabel

    label = ctx.window.findChild(TeamStatusLabel)
    if label is not None:
        label.syncer.sync_now()


def register() -> None:
    register_nav_page(NavPageSpec(key="team", order=70, title=lambda: QCoreApplication.translate("TeamPages", "Team"),
                                  factory=_page))
    register_status(StatusSpec(key="team", factory=_status))
    register_action(ActionSpec(key="sync_now", title=lambda: QCoreApplication.translate("TeamPages", "Sync now"),
                               shortcut="Ctrl+Shift+Y", handler=_sync_now, toolbar=False))
