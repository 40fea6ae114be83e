"""The person's "Care plan" tab: the current version's goals and actions, earlier versions
read-only, agreement with the person, reviews, printing.

Every change goes through a dialog straight to the service, so the tab never holds unsaved
work. Peer workers see the goals and their own or the person's actions, and can only mark
those done; the service refuses the rest whatever this widget shows.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import RelaisError
from app.services import careplan as cp
from app.services.careplan import PlanView, VersionView
from app.services.documents.catalogue import produce
from app.services.shared.documents import PdfRequest
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace
from app.ui import a11y, events
from app.ui.careplan.dialogs import (
    ActionDialog,
    AgreeDialog,
    GoalDialog,
    ReviewDialog,
    run_dialog,
)
from app.ui.careplan.models import ActionsModel, GoalsModel, VersionsModel, show_date
from app.ui.contracts import PersonTabBase
from app.ui.tasks import run_task


def _table(parent: QWidget, model) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    # Rows follow their wrapped text as columns are resized (the lists are short).
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.verticalHeader().setMinimumSectionSize(view.fontMetrics().height() + 12)
    return view


class CarePlanTab(PersonTabBase, QWidget):

    def __init__(self, ws: Workspace, person_id: int, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.ws, self.person_id = ws, person_id
        self._today = today
        self.can_edit = ws.can(Permission.CLINICAL_WRITE)
        self.plan: PlanView | None = None
        self.shown: VersionView | None = None
        self._build()
        self.reload()

    @property
    def today(self) -> date:
        return self._today or date.today()

    # -- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.pages = QStackedWidget(self)
        outer.addWidget(self.pages)
        self.pages.addWidget(self._empty_page())
        self.pages.addWidget(self._plan_page())

    def _empty_page(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.addStretch(1)
        self.empty_label = QLabel(self.tr("No care plan yet. A plan is written with the person: their goals, "
                                          "in their words, and who does what."), page)
        self.empty_label.setWordWrap(True)
        column.addWidget(self.empty_label)
        self.start_button = QPushButton(self.tr("Start a care plan"), page)
        self.start_button.clicked.connect(self.start_plan)
        self.start_button.setVisible(self.can_edit)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(2)
        return page

    def _plan_page(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        top = QHBoxLayout()
        self.title = QLabel(page)
        self.title.setStyleSheet("font-weight: 600; font-size: 14px;")
        top.addWidget(self.title)
        top.addStretch(1)
        self.versions_model = VersionsModel(self)
        self.versions = QComboBox(page)
        top.addWidget(a11y.buddy(self.tr("Show"), self.versions, page))
        self.versions.setModel(self.versions_model)
        self.versions.setMinimumContentsLength(46)
        self.versions.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.versions.activated.connect(self._version_chosen)
        top.addWidget(self.versions)
        column.addLayout(top)
        self.dates = QLabel(page)
        self.dates.setWordWrap(True)
        column.addWidget(self.dates)
        self.banner = QLabel(page)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("color: #b42318; font-weight: 600;")
        column.addWidget(self.banner)

        buttons = QHBoxLayout()
        self.agree_button = QPushButton(self.tr("Agreed with the person…"), page)
        self.agree_button.clicked.connect(self.agree)
        self.review_button = QPushButton(self.tr("Review with the person…"), page)
        self.review_button.clicked.connect(self.review)
        self.print_button = QPushButton(self.tr("PDF"), page)
        menu = QMenu(self.print_button)
        menu.addAction(self.tr("For the person (plain language)"), lambda: self.make_pdf("person"))
        menu.addAction(self.tr("For partners (table)"), lambda: self.make_pdf("partner"))
        self.print_button.setMenu(menu)
        for button in (self.agree_button, self.review_button):
            button.setVisible(self.can_edit)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        column.addLayout(buttons)

        splitter = QSplitter(page)
        column.addWidget(splitter, 1)
        left = QWidget(splitter)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        self.goals_model = GoalsModel(self)
        self.goals = _table(left, self.goals_model)
        a11y.name(self.goals, self.tr("Goals"))
        header = self.goals.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (0, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.goals.selectionModel().currentRowChanged.connect(lambda *_: self._show_goal())
        self.goals.doubleClicked.connect(lambda *_: self.edit_goal())
        left_column.addWidget(self.goals, 1)
        goal_buttons = QHBoxLayout()
        self.add_goal_button = QPushButton(self.tr("Add goal"), left)
        self.add_goal_button.clicked.connect(self.add_goal)
        self.edit_goal_button = QPushButton(self.tr("Edit"), left)
        self.edit_goal_button.clicked.connect(self.edit_goal)
        self.confirm_button = QPushButton(self.tr("These are their words"), left)
        self.confirm_button.setToolTip(self.tr("The proposed wording is what the person says: keep it"))
        self.confirm_button.clicked.connect(self.confirm_wording)
        self.remove_goal_button = QPushButton(self.tr("Remove"), left)
        self.remove_goal_button.clicked.connect(self.remove_goal)
        self.goal_buttons = [self.add_goal_button, self.edit_goal_button, self.confirm_button, self.remove_goal_button]
        for button in self.goal_buttons:
            goal_buttons.addWidget(button)
        goal_buttons.addStretch(1)
        left_column.addLayout(goal_buttons)

        right = QWidget(splitter)
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        self.goal_detail = QLabel(right)
        self.goal_detail.setWordWrap(True)
        self.goal_detail.setTextFormat(Qt.TextFormat.PlainText)
        right_column.addWidget(self.goal_detail)
        self.actions_model = ActionsModel(self)
        self.actions_table = a11y.name(_table(right, self.actions_model), self.tr("Actions"))
        header = self.actions_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.actions_table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.actions_table.doubleClicked.connect(lambda *_: self.edit_action())
        right_column.addWidget(self.actions_table, 1)
        action_buttons = QHBoxLayout()
        self.add_action_button = QPushButton(self.tr("Add action"), right)
        self.add_action_button.clicked.connect(self.add_action)
        self.edit_action_button = QPushButton(self.tr("Edit"), right)
        self.edit_action_button.clicked.connect(self.edit_action)
        self.remove_action_button = QPushButton(self.tr("Remove"), right)
        self.remove_action_button.clicked.connect(self.remove_action)
        self.done_button = QPushButton(self.tr("Mark done"), right)
        self.done_button.clicked.connect(self.toggle_done)
        self.action_buttons = [self.add_action_button, self.edit_action_button, self.remove_action_button]
        for button in (*self.action_buttons, self.done_button):
            action_buttons.addWidget(button)
        action_buttons.addStretch(1)
        right_column.addLayout(action_buttons)
        splitter.setSizes([560, 640])
        for button in (*self.goal_buttons, *self.action_buttons):
            button.setVisible(self.can_edit)
        return page

    # -- the registry's tab protocol ------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return False   # every change is saved by its dialog

    def save(self) -> bool:
        return True

    def discard(self) -> None:
        pass

    def reload(self) -> None:
        keep_goal = self._selected_goal_id()
        self.plan = cp.get_plan(self.ws, self.person_id, today=self.today)
        if self.plan is None:
            self.shown = None
            self.pages.setCurrentIndex(0)
            return
        self.pages.setCurrentIndex(1)
        self.versions_model.set_rows(self.plan.history)
        self.versions.setCurrentIndex(0)
        self._show_version(self.plan.current, keep_goal)

    # -- showing ---------------------------------------------------------------------------
    def _version_chosen(self, row: int) -> None:
        version_id = self.versions_model.row_at(row).id
        if self.plan and version_id == self.plan.current.id:
            self._show_version(self.plan.current)
        else:
            self._show_version(cp.get_version(self.ws, version_id, today=self.today))

    def _show_version(self, version: VersionView, keep_goal: int | None = None) -> None:
        self.shown = version
        if version.superseded:
            self.title.setText(self.tr("Version %1 — replaced at a review, kept as it was").replace(
                "%1", str(version.number)))
        elif version.is_draft:
            self.title.setText(self.tr("Version %1 — draft, not yet agreed with the person").replace(
                "%1", str(version.number)))
        else:
            self.title.setText(self.tr("Version %1 — agreed with the person on %2").replace(
                "%1", str(version.number)).replace("%2", show_date(version.agreed_on)))
        parts = [self.tr("Since %1").replace("%1", show_date(version.starts_on)),
                 self.tr("review on %1").replace("%1", show_date(version.review_on))]
        if version.reviewed_on:
            parts.append(self.tr("reviewed on %1").replace("%1", show_date(version.reviewed_on)))
        text = " · ".join(parts)
        if self.can_edit and not version.superseded and not version.is_draft:
            text += "\n" + self.tr("To change goals or actions, review the plan with the person.")
        if version.review_note:
            text += "\n" + version.review_note
        self.dates.setText(text)
        late = sum(1 for g in version.goals for a in g.actions if a.overdue)
        warnings = []
        if version.review_overdue:
            warnings.append(self.tr("The review date has passed."))
        if late:
            warnings.append(self.tr("%n action(s) overdue.", "", late))
        self.banner.setText(" ".join(warnings))
        self.banner.setVisible(bool(warnings))
        self.goals_model.set_rows(version.goals)
        row = next((i for i, g in enumerate(version.goals) if g.id == keep_goal),
                   next((i for i, g in enumerate(version.goals) if g.status == "open"), 0))
        if version.goals:
            self.goals.selectionModel().setCurrentIndex(
                self.goals_model.index(row, 1),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._show_goal()

    def _current_goal(self):
        index = self.goals.selectionModel().currentIndex()
        return self.goals_model.row_at(index.row()) if index.isValid() else None

    def _selected_goal_id(self) -> int | None:
        goal = self._current_goal() if self.shown else None
        return goal.id if goal else None

    def _current_action(self):
        index = self.actions_table.selectionModel().currentIndex()
        return self.actions_model.row_at(index.row()) if index.isValid() else None

    def _show_goal(self) -> None:
        goal = self._current_goal()
        self.actions_model.set_rows(goal.actions if goal else [])
        lines = []
        if goal is not None:
            if goal.draft_wording:
                lines.append(self.tr("Proposed from the needs assessment: write it with the person, in their words."))
            if goal.strengths:
                lines.append(self.tr("Strengths: %1").replace("%1", goal.strengths))
            if goal.person_comment:
                lines.append(self.tr("The person says: %1").replace("%1", goal.person_comment))
            if goal.hidden_actions:
                lines.append(self.tr("%n other action(s) are for other workers.", "", goal.hidden_actions))
        self.goal_detail.setText("\n".join(lines))
        self.goal_detail.setVisible(bool(lines))
        self._update_buttons()

    def _update_buttons(self) -> None:
        version = self.shown
        editable = bool(version and version.editable and self.can_edit)
        goal, action = self._current_goal(), self._current_action()
        self.add_goal_button.setEnabled(editable)
        for button in (self.edit_goal_button, self.remove_goal_button, self.add_action_button):
            button.setEnabled(editable and goal is not None)
        self.confirm_button.setEnabled(editable and goal is not None and goal.draft_wording)
        for button in (self.edit_action_button, self.remove_action_button):
            button.setEnabled(editable and action is not None)
        markable = bool(action and action.can_mark_done and action.status != "cancelled")
        self.done_button.setEnabled(markable)
        self.done_button.setText(self.tr("Mark as to do") if action and action.status == "done"
                                 else self.tr("Mark done"))
        current = version is not None and not version.superseded
        self.agree_button.setEnabled(version is not None and current and version.is_draft)
        self.review_button.setEnabled(version is not None and current and not version.is_draft)

    # -- changing --------------------------------------------------------------------------
    def _changed(self) -> None:
        self.reload()
        events.records_changed({events.CAREPLAN}, person_id=self.person_id)

    def _attempt(self, work) -> None:
        try:
            work()
        except RelaisError as exc:
            QMessageBox.warning(self, self.tr("Care plan"), exc.message())
            return
        self._changed()

    def start_plan(self) -> None:
        self._attempt(lambda: cp.create_plan(self.ws, self.person_id, today=self.today))

    def add_goal(self) -> None:
        version = self.shown
        if version and run_dialog(GoalDialog(self, lambda g: cp.add_goal(self.ws, version.id, g))):
            self._changed()

    def edit_goal(self) -> None:
        goal, version = self._current_goal(), self.shown
        if goal and version and version.editable and self.can_edit and run_dialog(
                GoalDialog(self, lambda g: cp.update_goal(self.ws, goal.id, g), goal)):
            self._changed()

    def confirm_wording(self) -> None:
        goal = self._current_goal()
        if goal:
            self._attempt(lambda: cp.confirm_wording(self.ws, goal.id))

    def remove_goal(self) -> None:
        goal = self._current_goal()
        if goal and QMessageBox.question(self, self.tr("Remove goal"),
                                         self.tr("Remove this goal and its actions from the draft?")) \
                == QMessageBox.StandardButton.Yes:
            self._attempt(lambda: cp.remove_goal(self.ws, goal.id))

    def _due_default(self) -> date:
        return max(self.today, self.shown.starts_on) if self.shown else self.today

    def add_action(self) -> None:
        goal = self._current_goal()
        if goal and run_dialog(ActionDialog(self, lambda a: cp.add_action(self.ws, goal.id, a),
                                            cp.owner_choices(self.ws, self.person_id), self._due_default())):
            self._changed()

    def edit_action(self) -> None:
        action, version = self._current_action(), self.shown
        if action and version and version.editable and self.can_edit and run_dialog(
                ActionDialog(self, lambda a: cp.update_action(self.ws, action.id, a),
                             cp.owner_choices(self.ws, self.person_id), self._due_default(), action)):
            self._changed()

    def remove_action(self) -> None:
        action = self._current_action()
        if action:
            self._attempt(lambda: cp.remove_action(self.ws, action.id))

    def toggle_done(self) -> None:
        action = self._current_action()
        if action:
            status = "open" if action.status == "done" else "done"
            self._attempt(lambda: cp.set_action_status(self.ws, action.id, status, today=self.today))

    def agree(self) -> None:
        version = self.shown
        if version and run_dialog(AgreeDialog(self, lambda day: cp.agree(self.ws, version.id, day, today=self.today),
                                              self.today)):
            self._changed()

    def review(self) -> None:
        if self.shown and run_dialog(ReviewDialog(
                self, lambda data: cp.review(self.ws, self.person_id, data, today=self.today), self.shown,
                self.today)):
            self._changed()

    def make_pdf(self, variant: str) -> None:
        request = PdfRequest(self.person_id, None, None, variant)
        run_task(self, lambda ctx: produce(self.ws, "careplan", request),
                 on_success=lambda _doc: QMessageBox.information(
                     self, self.tr("Care plan"), self.tr("The PDF is kept with the person's documents.")),
                 on_failure=self._task_failed, label=self.tr("Preparing the PDF…"))

    def _task_failed(self, exc: BaseException) -> None:
        if isinstance(exc, RelaisError):
            QMessageBox.warning(self, self.tr("Care plan"), exc.message())
        else:
            raise exc
