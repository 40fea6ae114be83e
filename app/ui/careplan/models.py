"""Qt item models over the plain data the care-plan service returns."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QBrush, QColor, QFont

from app.models.instruments import life_domain_label
from app.services.careplan import ActionView, FollowUp, GoalView, VersionHeader
from app.texts import current_language
from app.ui import style
from app.ui.formats import short_date
from app.ui.table_model import RIGHT, Column, TableModel

LATE = QColor(style.ALERT_TEXT)
MUTED = QColor(style.MUTED)

CONTEXT = "CarePlan"


def _t(marked: object) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP("CarePlan", …) (what lupdate finds)."""
    # QT_TRANSLATE_NOOP is typed as returning object; it returns the source text unchanged
    return QCoreApplication.translate(CONTEXT, str(marked))


GOAL_STATUS = {
    "open": QT_TRANSLATE_NOOP("CarePlan", "Open"),
    "achieved": QT_TRANSLATE_NOOP("CarePlan", "Achieved"),
    "changed": QT_TRANSLATE_NOOP("CarePlan", "Changed"),
    "dropped": QT_TRANSLATE_NOOP("CarePlan", "Dropped"),
}
ACTION_STATUS = {
    "open": QT_TRANSLATE_NOOP("CarePlan", "To do"),
    "done": QT_TRANSLATE_NOOP("CarePlan", "Done"),
    "cancelled": QT_TRANSLATE_NOOP("CarePlan", "Cancelled"),
}
OWNER_KINDS = {
    "person": QT_TRANSLATE_NOOP("CarePlan", "The person"),
    "informal": QT_TRANSLATE_NOOP("CarePlan", "Someone close"),
    "partner": QT_TRANSLATE_NOOP("CarePlan", "Partner service"),
    "worker": QT_TRANSLATE_NOOP("CarePlan", "Worker"),
}


def show_date(day: date | None) -> str:
    return short_date(day, "—")


def goal_status_text(status: str) -> str:
    return _t(GOAL_STATUS[status]) if status in GOAL_STATUS else status


def action_status_text(status: str) -> str:
    return _t(ACTION_STATUS[status]) if status in ACTION_STATUS else status


def owner_display(kind: str, label: str) -> str:
    if kind == "person" or not label:
        return _t(OWNER_KINDS[kind]) if kind in OWNER_KINDS else kind
    return label


def domain_text(domain: str | None) -> str:
    return life_domain_label(domain, current_language()) if domain else "—"


def _goal_font(goal: GoalView):
    if not goal.draft_wording:
        return None
    font = QFont()
    font.setItalic(True)
    return font


def goal_text(goal: GoalView) -> str:
    """The goal as shown: a wording proposed automatically is marked until a person edits it."""
    if not goal.draft_wording:
        return goal.text
    return goal.text + " " + QCoreApplication.translate("CarePlan", "(proposal)")


def _action_status(action: ActionView) -> str:
    return QCoreApplication.translate("CarePlan", "Overdue") if action.overdue else action_status_text(action.status)


def _version_title(version: VersionHeader) -> str:
    if version.agreed_on:
        state = QCoreApplication.translate("CarePlan", "agreed %1").replace("%1", show_date(version.agreed_on))
    else:
        state = QCoreApplication.translate("CarePlan", "draft")
    current = "" if version.superseded else " — " + QCoreApplication.translate("CarePlan", "current")
    title = QCoreApplication.translate("CarePlan", "Version %1 (%2)")
    return title.replace("%1", str(version.number)).replace("%2", state) + current


# Goals, actions and versions are shown in the plan's own order; their UserRole (SORT_ROLE)
# carries the record id, which the tab reads to select a row.
class GoalsModel(TableModel):
    def columns_(self) -> list[Column]:
        muted = lambda g: QBrush(MUTED) if g.status != "open" else None  # noqa: E731
        return [
            Column("priority", lambda: QCoreApplication.translate("CarePlan", "Priority"), lambda g: str(g.priority),
                   sort=lambda g: g.id, foreground=muted),
            Column("text", lambda: QCoreApplication.translate("CarePlan", "Goal, in the person's words"),
                   goal_text, sort=lambda g: g.id, tooltip=goal_text, font=_goal_font,
                   foreground=muted),
            Column("domain", lambda: QCoreApplication.translate("CarePlan", "Life domain"),
                   lambda g: domain_text(g.domain),
                   sort=lambda g: g.id, foreground=muted),
            Column("status", lambda: QCoreApplication.translate("CarePlan", "Status"),
                   lambda g: goal_status_text(g.status), sort=lambda g: g.id, foreground=muted),
        ]


class ActionsModel(TableModel):
    def columns_(self) -> list[Column]:
        late = lambda a: QBrush(LATE) if a.overdue else None  # noqa: E731
        return [
            Column("what", lambda: QCoreApplication.translate("CarePlan", "What"), lambda a: a.what,
                   sort=lambda a: a.id, tooltip=lambda a: a.what),
            Column("who", lambda: QCoreApplication.translate("CarePlan", "Who"),
                   lambda a: owner_display(a.owner_kind, a.owner_label), sort=lambda a: a.id),
            Column("due", lambda: QCoreApplication.translate("CarePlan", "Due"), lambda a: show_date(a.due_on),
                   sort=lambda a: a.id, foreground=late),
            Column("status", lambda: QCoreApplication.translate("CarePlan", "Status"), _action_status,
                   sort=lambda a: a.id, foreground=late),
        ]


class VersionsModel(TableModel):
    """The versions of a plan for the history picker, newest first."""

    def columns_(self) -> list[Column]:
        return [Column("version", lambda: QCoreApplication.translate("CarePlan", "Version"), _version_title,
                       sort=lambda v: v.id)]


class FollowUpsModel(TableModel):
    def columns_(self) -> list[Column]:
        return [
            Column("person", lambda: QCoreApplication.translate("CarePlan", "Person"), lambda i: i.person_name),
            Column("what", lambda: QCoreApplication.translate("CarePlan", "Follow-up"), _followup_what,
                   sort=lambda i: i.what.casefold(), tooltip=_followup_goal),
            Column("who", lambda: QCoreApplication.translate("CarePlan", "Who"),
                   lambda i: "—" if i.kind == "review" else owner_display(i.owner_kind, i.owner_label),
                   sort=lambda i: i.owner_label.casefold()),
            Column("due", lambda: QCoreApplication.translate("CarePlan", "Was due"), lambda i: show_date(i.due_on),
                   sort=lambda i: i.due_on.toordinal()),
            Column("late", lambda: QCoreApplication.translate("CarePlan", "Days late"), lambda i: str(i.days_late),
                   sort=lambda i: i.days_late, align=RIGHT, foreground=lambda i: QBrush(LATE)),
        ]

    def person_id(self, row: int) -> int | None:
        item = self.row_at(row)
        return item.person_id if item else None


def _followup_what(item: FollowUp) -> str:
    return QCoreApplication.translate("CarePlan", "Review the care plan") if item.kind == "review" else item.what


def _followup_goal(item: FollowUp) -> str | None:
    return QCoreApplication.translate("CarePlan", "Goal: %1").replace("%1", item.goal) if item.goal else None
