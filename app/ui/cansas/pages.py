"""The read-only pages of the needs tab: staff vs person of the same period, and history
(chart, and per-domain change between two chosen assessments)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.cansas import assessments as svc
from app.services.cansas.assessments import AssessmentRow
from app.services.shared.workspace import Workspace
from app.ui import a11y
from app.ui.cansas.chart import NeedsChart
from app.ui.cansas.labels import format_date, rater_label
from app.ui.cansas.models import ChangeModel, ComparisonModel


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setWordWrap(False)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    return view


def assessment_title(row: AssessmentRow) -> str:
    return f"{format_date(row.assessed_on)} — {rater_label(row.rater)}"


class ComparisonPage(QWidget):
    """The staff's and the person's ratings of the same period, side by side, never merged."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.model = ComparisonModel(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.view = _table(self.model)
        a11y.name(self.view, self.tr("Staff and person ratings side by side"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.show_for(None)

    def show_for(self, assessment_id: int | None) -> None:
        other = svc.counterpart_id(self.ws, assessment_id) if assessment_id is not None else None
        if other is None or assessment_id is None:
            self.model.set_comparison(None)
            self.summary.setText(self.tr("No assessment by the other rater within a month of this one. Record the "
                                         "person's own ratings (or the staff's) for the same period to compare."))
            return
        comparison = svc.compare(self.ws, assessment_id, other)
        self.model.set_comparison(comparison)
        text = self.tr("Staff and person agree on %1 core domain(s) and disagree on %2 (highlighted). Domains "
                       "rated 9 by either side are not compared. The two assessments are never merged.")
        text = text.replace("%1", str(comparison.agreed)).replace("%2", str(comparison.disagreed))
        if comparison.staff.is_draft or comparison.person.is_draft:
            text += " " + self.tr("One of the two is still a draft: its unrated domains cannot be compared yet.")
        self.summary.setText(text)


class HistoryPage(QWidget):
    """Met and unmet needs over time, and how each domain moved between two assessments."""

    def __init__(self, ws: Workspace, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.person_id = ws, person_id
        self.chart = NeedsChart()
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.before_box = QComboBox()
        self.after_box = QComboBox()
        for box in (self.before_box, self.after_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.currentIndexChanged.connect(self._show_changes)
        self.changes = ChangeModel(self)
        self.change_view = _table(self.changes)
        a11y.name(self.change_view, self.tr("Changes by domain"))
        self.empty = QLabel(self.tr("Changes need two complete assessments."))

        chooser = QHBoxLayout()
        chooser.addWidget(a11y.buddy(self.tr("Compare"), self.before_box))
        chooser.addWidget(self.before_box)
        chooser.addWidget(a11y.buddy(self.tr("with"), self.after_box))
        chooser.addWidget(self.after_box)
        chooser.addStretch(1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(chooser)
        lower_layout.addWidget(self.empty)
        lower_layout.addWidget(self.change_view, 1)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.chart, 1)
        upper_layout.addWidget(self.legend)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setSizes([300, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def reload(self, rows: list[AssessmentRow]) -> None:
        self.chart.set_points(svc.history(self.ws, self.person_id))
        self.legend.setText(self.chart.legend_html())
        complete = sorted((r for r in rows if not r.is_draft), key=lambda r: (r.assessed_on, r.id))
        for box in (self.before_box, self.after_box):
            box.blockSignals(True)
            box.clear()
            for row in complete:
                box.addItem(assessment_title(row), row.id)
            box.blockSignals(False)
        if len(complete) >= 2:
            # By default the first and the latest rating by the same rater (staff preferred):
            # a change read across raters would mix two points of view.
            staff = [i for i, r in enumerate(complete) if r.rater == "staff"]
            person = [i for i, r in enumerate(complete) if r.rater == "person"]
            same = staff if len(staff) >= 2 else person if len(person) >= 2 else list(range(len(complete)))
            self.before_box.setCurrentIndex(same[0])
            self.after_box.setCurrentIndex(same[-1])
        self._show_changes()

    def choose(self, before_id: int, after_id: int) -> None:
        self.before_box.setCurrentIndex(self.before_box.findData(before_id))
        self.after_box.setCurrentIndex(self.after_box.findData(after_id))

    def _show_changes(self) -> None:
        before, after = self.before_box.currentData(), self.after_box.currentData()
        enough = before is not None and after is not None and before != after
        self.empty.setVisible(not enough)
        self.change_view.setVisible(enough)
        if not enough:
            self.changes.set_changes([], "", "")
            return
        changes = svc.changes_between(self.ws, before, after)
        titles = [box.currentText().replace(" — ", "\n") for box in (self.before_box, self.after_box)]
        if self.before_box.currentIndex() > self.after_box.currentIndex():
            titles.reverse()                  # the service orders by date: earlier, then later
        self.changes.set_changes(changes, *titles)
