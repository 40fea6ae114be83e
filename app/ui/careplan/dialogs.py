"""Dialogs of the care plan: a goal, an action, the agreement date, a review.

Each dialog hands its values to a `submit` callable (a service call). A refusal is shown
inside the dialog, which stays open with everything typed, so nothing is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.models.instruments import life_domains
from app.services.careplan import (
    ActionInput,
    ActionView,
    GoalInput,
    GoalOutcome,
    GoalView,
    OwnerChoices,
    ReviewInput,
    VersionView,
    add_months,
)
from app.texts import current_language
from app.ui import a11y
from app.ui.careplan.models import GOAL_STATUS, _t
from app.ui.formats import date_format
from app.ui.forms import SubmitDialog


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(day: date, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(to_qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    return edit


class GoalDialog(SubmitDialog):
    def __init__(self, parent: QWidget | None, submit: Callable, goal: GoalView | None = None) -> None:
        super().__init__(parent, submit)
        self.setWindowTitle(self.tr("Goal") if goal is None else self.tr("Edit goal"))
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(self.tr("What the person wants, as they say it"))
        self.text.setFixedHeight(80)
        self.domain = QComboBox(self)
        self.domain.addItem(self.tr("(no life domain)"), None)
        lang = current_language()
        for domain in life_domains():
            self.domain.addItem(domain.label(lang), domain.id)
        self.priority = QComboBox(self)
        for value, label in ((1, self.tr("1 — first")), (2, self.tr("2")), (3, self.tr("3 — later"))):
            self.priority.addItem(label, value)
        self.strengths = QPlainTextEdit(self)
        self.strengths.setPlaceholderText(self.tr("What the person can build on: skills, people, places, interests"))
        self.strengths.setFixedHeight(70)
        self.add_row(self.tr("Goal, in the person's words"), self.text, field="goal")
        self.add_row(self.tr("Life domain"), self.domain, field="domain")
        self.add_row(self.tr("Priority"), self.priority, field="priority")
        self.add_row(self.tr("Strengths"), self.strengths, field="strengths")
        if goal is not None:
            self.text.setPlainText(goal.text)
            self.domain.setCurrentIndex(max(self.domain.findData(goal.domain), 0))
            self.priority.setCurrentIndex(max(self.priority.findData(goal.priority), 0))
            self.strengths.setPlainText(goal.strengths)
        self.finish_layout()
        self.resize(600, self.sizeHint().height())

    def values(self) -> GoalInput:
        return GoalInput(self.text.toPlainText(), self.domain.currentData(), int(self.priority.currentData()),
                         self.strengths.toPlainText())


class ActionDialog(SubmitDialog):
    def __init__(self, parent: QWidget | None, submit: Callable, choices: OwnerChoices, default_due: date,
                 action: ActionView | None = None) -> None:
        super().__init__(parent, submit)
        self.setWindowTitle(self.tr("Action") if action is None else self.tr("Edit action"))
        self.what = QLineEdit(self)
        self.what.setPlaceholderText(self.tr("What will be done"))
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Choose who…"), "")
        for kind, label in (("person", self.tr("The person")), ("informal", self.tr("Someone close to the person")),
                            ("partner", self.tr("A partner service")), ("worker", self.tr("A worker"))):
            self.kind.addItem(label, kind)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(QWidget(self))
        self.informal = QLineEdit(self)
        self.informal.setPlaceholderText(self.tr("How the person names them, e.g. sister, neighbour Jo"))
        # Offer the supporters of the latest network map; typing someone new stays possible.
        self._members = {label: member_id for member_id, label in choices.informal}
        if self._members:
            completer = QCompleter(sorted(self._members), self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
            self.informal.setCompleter(completer)
        self.partner = QComboBox(self)
        for partner_id, name in choices.partners:
            self.partner.addItem(name, partner_id)
        self.worker = QComboBox(self)
        for user_id, label in choices.workers:
            self.worker.addItem(label, user_id)
        for widget in (self.informal, self.partner, self.worker):
            self.stack.addWidget(widget)
        a11y.name(self.informal, self.tr("Someone close to the person"))
        a11y.name(self.partner, self.tr("A partner service"))
        a11y.name(self.worker, self.tr("A worker"))
        # One line high, whichever owner field shows.
        self.stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.stack.setFixedHeight(max(w.sizeHint().height() for w in (self.informal, self.partner, self.worker)))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.has_due = QCheckBox(self.tr("Due date"), self)
        self.due = date_edit(default_due, self)
        a11y.name(self.due, self.tr("Due date"))
        self.has_due.toggled.connect(self.due.setEnabled)
        self.has_due.setChecked(True)
        self.add_row(self.tr("What"), self.what, field="what")
        self.add_row(self.tr("Who"), self.kind, field="owner")
        self.form.addRow("", self.stack)
        self.add_row(self.has_due, self.due, field="due_on")
        if action is not None:
            self.what.setText(action.what)
            self.kind.setCurrentIndex(max(self.kind.findData(action.owner_kind), 0))
            if action.owner_kind == "informal":
                self.informal.setText(action.owner_label)
            if action.owner_partner_id:
                self.partner.setCurrentIndex(max(self.partner.findData(action.owner_partner_id), 0))
            if action.owner_user_id:
                self.worker.setCurrentIndex(max(self.worker.findData(action.owner_user_id), 0))
            self.has_due.setChecked(action.due_on is not None)
            if action.due_on:
                self.due.setDate(to_qdate(action.due_on))
        self.finish_layout()
        self.resize(560, self.sizeHint().height())

    def _kind_changed(self) -> None:
        self.stack.setCurrentIndex({"informal": 1, "partner": 2, "worker": 3}.get(self.kind.currentData(), 0))

    def values(self) -> ActionInput:
        kind = self.kind.currentData() or ""
        return ActionInput(
            self.what.text(), kind,
            owner_label=self.informal.text() if kind == "informal" else "",
            owner_member_id=self._members.get(self.informal.text().strip()) if kind == "informal" else None,
            owner_partner_id=self.partner.currentData() if kind == "partner" else None,
            owner_user_id=self.worker.currentData() if kind == "worker" else None,
            due_on=from_qdate(self.due.date()) if self.has_due.isChecked() else None)


class AgreeDialog(SubmitDialog):
    def __init__(self, parent: QWidget | None, submit: Callable, today: date) -> None:
        super().__init__(parent, submit)
        self.setWindowTitle(self.tr("Agreed with the person"))
        intro = QLabel(self.tr("Read the goals and actions with the person. They agreed to this plan, in their "
                               "own words, on:"), self)
        intro.setWordWrap(True)
        self.layout_.insertWidget(0, intro)
        self.day = date_edit(today, self)
        self.add_row(self.tr("Agreed on"), self.day, field="agreed_on")
        self.finish_layout()
        self.resize(480, self.sizeHint().height())

    def values(self) -> date:
        return from_qdate(self.day.date())


class GoalReviewBox(QGroupBox):
    """One goal in the review dialog: its outcome and what the person says about it."""

    def __init__(self, goal: GoalView, parent: QWidget) -> None:
        super().__init__(parent)
        self.goal = goal
        self.setTitle(goal.text if len(goal.text) <= 90 else goal.text[:88] + "…")
        self.setToolTip(goal.text)
        form = QFormLayout(self)
        self.status = QComboBox(self)
        for status, marked in GOAL_STATUS.items():
            self.status.addItem(_t(marked), status)
        self.status.setCurrentIndex(max(self.status.findData(goal.status), 0))
        self.comment = QLineEdit(self)
        self.comment.setPlaceholderText(self.tr("What the person says about this goal"))
        self.new_text = QLineEdit(self)
        self.new_text.setPlaceholderText(self.tr("The new wording, in the person's words"))
        self.new_text.setEnabled(False)
        self.status.currentIndexChanged.connect(
            lambda: self.new_text.setEnabled(self.status.currentData() == "changed"))
        form.addRow(self.tr("Outcome"), self.status)
        form.addRow(self.tr("The person's comment"), self.comment)
        form.addRow(self.tr("New wording"), self.new_text)

    def outcome(self) -> GoalOutcome:
        return GoalOutcome(self.status.currentData(), self.comment.text(), self.new_text.text())


class ReviewDialog(SubmitDialog):
    def __init__(self, parent: QWidget | None, submit: Callable, version: VersionView, today: date) -> None:
        super().__init__(parent, submit)
        self.setWindowTitle(self.tr("Review the care plan with the person"))
        self.reviewed_on = date_edit(today, self)
        self.next_review = date_edit(add_months(today, 3), self)
        self.add_row(self.tr("Reviewed on"), self.reviewed_on, field="reviewed_on")
        self.add_row(self.tr("Next review"), self.next_review, field="review_on")
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        self.boxes = [GoalReviewBox(g, holder) for g in version.goals if g.status == "open"]
        for box in self.boxes:
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.layout_.addWidget(scroll, 1)
        self.new_goals = QPlainTextEdit(self)
        self.new_goals.setTabChangesFocus(True)
        self.new_goals.setPlaceholderText(self.tr("One goal per line (optional)"))
        self.new_goals.setFixedHeight(76)
        new_goals_label = QLabel(self.tr("New goals the person sets, in their words:"), self)
        new_goals_label.setBuddy(self.new_goals)
        self.layout_.addWidget(new_goals_label)
        self.layout_.addWidget(self.new_goals)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("How the review went (optional)"))
        a11y.name(self.note, self.tr("How the review went (optional)"))
        self.note.setFixedHeight(60)
        self.layout_.addWidget(self.note)
        self.agreed_now = QCheckBox(self.tr("The person agrees with the plan as reviewed, on the review date"), self)
        self.agreed_now.setToolTip(self.tr("Leave unticked to add or reword goals first, then record the agreement"))
        self.layout_.addWidget(self.agreed_now)
        self.finish_layout()
        self.resize(680, 580)

    def values(self) -> ReviewInput:
        return ReviewInput(from_qdate(self.reviewed_on.date()), from_qdate(self.next_review.date()),
                           {box.goal.id: box.outcome() for box in self.boxes}, self.note.toPlainText(),
                           self.agreed_now.isChecked(),
                           tuple(GoalInput(line) for line in self.new_goals.toPlainText().splitlines() if line.strip()))


def run_dialog(dialog: SubmitDialog) -> bool:
    """Show modally; True when the submit went through."""
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    return dialog.exec() == QDialog.DialogCode.Accepted
