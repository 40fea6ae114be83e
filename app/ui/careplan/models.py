"""Qt item models over the plain data the care-plan service returns."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.models.instruments import life_domain_label
from app.services.careplan import ActionView, FollowUp, GoalView, VersionHeader
from app.texts import current_language
from app.ui.rows_model import RowsModel

LATE = QColor("#b42318")
MUTED = QColor("#5f6b7a")

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "CarePlan"


def _t(marked: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP("CarePlan", …) (what lupdate finds)."""
    return QCoreApplication.translate(CONTEXT, marked)


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
    if day is None:
        return "—"
    return day.strftime("%d/%m/%Y")   # the Belgian form, whatever the interface language


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


class _RowsModel(RowsModel):
    """A small list that is reset whole when its data changes (Vorta's pattern)."""

    def headers(self) -> list[str]:
        raise NotImplementedError

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None


class GoalsModel(_RowsModel):
    def headers(self) -> list[str]:
        return [_t(h) for h in (
            QT_TRANSLATE_NOOP("CarePlan", "Priority"),
            QT_TRANSLATE_NOOP("CarePlan", "Goal, in the person's words"),
            QT_TRANSLATE_NOOP("CarePlan", "Life domain"),
            QT_TRANSLATE_NOOP("CarePlan", "Status"),
        )]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        goal: GoalView | None = self.row_at(index.row())
        if goal is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [str(goal.priority), goal.text, domain_text(goal.domain), goal_status_text(goal.status)][col]
        if role == Qt.ItemDataRole.ToolTipRole and col == 1:
            return goal.text
        if role == Qt.ItemDataRole.FontRole and col == 1 and goal.draft_wording:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and goal.status != "open":
            return QBrush(MUTED)
        if role == Qt.ItemDataRole.UserRole:
            return goal.id
        return None


class ActionsModel(_RowsModel):
    def headers(self) -> list[str]:
        return [_t(h) for h in (
            QT_TRANSLATE_NOOP("CarePlan", "What"),
            QT_TRANSLATE_NOOP("CarePlan", "Who"),
            QT_TRANSLATE_NOOP("CarePlan", "Due"),
            QT_TRANSLATE_NOOP("CarePlan", "Status"),
        )]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        action: ActionView | None = self.row_at(index.row())
        if action is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            status = action_status_text(action.status)
            if action.overdue:
                status = QCoreApplication.translate("CarePlan", "Overdue")
            return [action.what, owner_display(action.owner_kind, action.owner_label), show_date(action.due_on),
                    status][col]
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return action.what
        if role == Qt.ItemDataRole.ForegroundRole and action.overdue and col in (2, 3):
            return QBrush(LATE)
        if role == Qt.ItemDataRole.UserRole:
            return action.id
        return None


class VersionsModel(_RowsModel):
    """The versions of a plan for the history picker, newest first."""

    def headers(self) -> list[str]:
        return [_t(h) for h in (
            QT_TRANSLATE_NOOP("CarePlan", "Version"),
        )]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        version: VersionHeader | None = self.row_at(index.row())
        if version is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if version.agreed_on:
                state = QCoreApplication.translate("CarePlan", "agreed %1").replace("%1", show_date(version.agreed_on))
            else:
                state = QCoreApplication.translate("CarePlan", "draft")
            current = "" if version.superseded else " — " + QCoreApplication.translate("CarePlan", "current")
            title = QCoreApplication.translate("CarePlan", "Version %1 (%2)")
            return title.replace("%1", str(version.number)).replace("%2", state) + current
        if role == Qt.ItemDataRole.UserRole:
            return version.id
        return None


class FollowUpsModel(_RowsModel):
    def headers(self) -> list[str]:
        return [_t(h) for h in (
            QT_TRANSLATE_NOOP("CarePlan", "Person"),
            QT_TRANSLATE_NOOP("CarePlan", "Follow-up"),
            QT_TRANSLATE_NOOP("CarePlan", "Who"),
            QT_TRANSLATE_NOOP("CarePlan", "Was due"),
            QT_TRANSLATE_NOOP("CarePlan", "Days late"),
        )]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        item: FollowUp | None = self.row_at(index.row())
        if item is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            what = (QCoreApplication.translate("CarePlan", "Review the care plan") if item.kind == "review"
                    else item.what)
            who = "—" if item.kind == "review" else owner_display(item.owner_kind, item.owner_label)
            return [item.person_name, what, who, show_date(item.due_on), str(item.days_late)][col]
        if role == Qt.ItemDataRole.ToolTipRole and col == 1 and item.goal:
            return QCoreApplication.translate("CarePlan", "Goal: %1").replace("%1", item.goal)
        if role == Qt.ItemDataRole.UserRole:
            # Sort key: dates and numbers sort as such, text case-insensitively.
            return [item.person_name.casefold(), item.what.casefold(), item.owner_label.casefold(),
                    item.due_on.toordinal(), item.days_late][col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == 4:
            return QBrush(LATE)
        return None

    def person_id(self, row: int) -> int | None:
        item = self.row_at(row)
        return item.person_id if item else None
