"""Entering or editing one assessment: date, rater, the rating table, live counts, and
"save as draft" / "complete"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import RelaisError
from app.models.cansas import Rater
from app.services.cansas import assessments as svc
from app.services.cansas.assessments import AssessmentDetail, RatingRow
from app.services.shared.workspace import Workspace
from app.ui import a11y
from app.ui.cansas.editor import RatingTableView
from app.ui.cansas.labels import extra_set_title, rater_label
from app.ui.cansas.models import RatingModel
from app.ui.formats import date_format


class AssessmentForm(QWidget):
    saved = Signal(int)           # assessment id, after a save or a completion

    def __init__(self, ws: Workspace, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.person_id = ws, person_id
        self.assessment_id: int | None = None
        self.status = "draft"
        self.loaded_date: date | None = None
        self.loaded_rater = Rater.STAFF.value

        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_format())
        self.date_edit.setMaximumDate(QDate.currentDate())        # the future cannot be chosen
        self.date_edit.setMinimumDate(QDate(1990, 1, 1))
        self.rater_box = QComboBox()
        for rater in Rater:
            self.rater_box.addItem(rater_label(rater.value), rater.value)
        self.extra_box = QComboBox()
        self.extra_box.addItem(extra_set_title(None), None)
        for name in svc.extra_set_names():
            self.extra_box.addItem(extra_set_title(name), name)
        self.extra_box.setToolTip(self.tr("Extra domains are chosen when an assessment is created and reported "
                                          "apart from the 22 core domains."))
        self.extra_box.currentIndexChanged.connect(self._extra_set_chosen)
        a11y.name(self.date_edit, self.tr("Assessment date"))
        a11y.name(self.rater_box, self.tr("Rated by"))
        a11y.name(self.extra_box, self.tr("Extra domains"))

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b91c1c;")
        self.error_label.hide()

        self.model = RatingModel(self)
        self.model.changed.connect(self._refresh_counts)
        self.table = RatingTableView()
        self.table.setModel(self.model)
        a11y.name(self.table, self.tr("Ratings by domain"),
                  self.tr("0, 1, 2 or 9 rates the domain; Enter writes a comment"))
        hint = QLabel(self.tr("Keyboard: 0, 1, 2 or 9 rates the domain and moves down · ↑ ↓ move · "
                              "Enter writes a comment · Delete clears a rating"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6b7a;")

        self.save_button = QPushButton(self.tr("Save as draft"))
        self.save_button.clicked.connect(self.save_draft)
        self.complete_button = QPushButton(self.tr("Save and mark complete"))
        self.complete_button.setDefault(False)
        self.complete_button.clicked.connect(self.complete)
        self.revert_button = QPushButton(self.tr("Undo changes"))
        self.revert_button.clicked.connect(self.discard)

        form = QFormLayout()
        form.addRow(self.tr("Assessment date"), self.date_edit)
        form.addRow(self.tr("Rated by"), self.rater_box)
        form.addRow(self.tr("Extra domains"), self.extra_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.complete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addWidget(self.counts_label)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.new_assessment(Rater.STAFF)

    # -- loading ------------------------------------------------------------------------------
    def new_assessment(self, rater: Rater | str, extra_set: str | None = None) -> None:
        self.assessment_id = None
        self.status = "draft"
        self.loaded_date = date.today()
        self.loaded_rater = Rater(rater).value
        self._set_header(date.today(), self.loaded_rater)
        self.extra_box.blockSignals(True)
        self.extra_box.setCurrentIndex(max(self.extra_box.findData(extra_set), 0))
        self.extra_box.blockSignals(False)
        self.extra_box.setEnabled(True)
        self._load_blank(extra_set)

    def load(self, detail: AssessmentDetail) -> None:
        self.assessment_id = detail.row.id
        self.status = detail.row.status
        self.loaded_date = detail.row.assessed_on
        self.loaded_rater = detail.row.rater
        self._set_header(detail.row.assessed_on, detail.row.rater)
        self.extra_box.blockSignals(True)
        self.extra_box.setCurrentIndex(max(self.extra_box.findData(detail.row.extra_set), 0))
        self.extra_box.blockSignals(False)
        self.extra_box.setEnabled(False)     # an assessment keeps the domain set it was made with
        self.model.set_ratings(detail.ratings)
        self.error_label.hide()
        self.table.start()

    def _load_blank(self, extra_set: str | None) -> None:
        blank = [RatingRow(d["id"], d["core"], None, "") for d in svc.current_domain_set(extra_set)]
        self.model.set_ratings(blank)
        self.error_label.hide()
        self.table.start()

    def _extra_set_chosen(self) -> None:
        if self.assessment_id is None:
            self._load_blank(self.extra_box.currentData())

    def _set_header(self, day: date, rater: str) -> None:
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.rater_box.setCurrentIndex(max(self.rater_box.findData(rater), 0))

    # -- state ----------------------------------------------------------------------------------
    def chosen_date(self) -> date:
        chosen = self.date_edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def is_dirty(self) -> bool:
        if self.assessment_id is None:
            return any(r.value is not None or r.comment for r in self.model.ratings)
        return (self.model.is_dirty() or self.chosen_date() != self.loaded_date
                or self.rater_box.currentData() != self.loaded_rater)

    def _refresh_counts(self) -> None:
        s = self.model.scores()
        to_rate = s.core.unrated + s.extra.unrated
        counts = self.tr("Met %1 · Unmet %2 · Total needs %3 of 22 · Not known %4 (not counted as needs)")
        for i, value in enumerate((s.core.met, s.core.unmet, s.core.total, s.core.unknown), start=1):
            counts = counts.replace(f"%{i}", str(value))
        if any(not r.is_core for r in self.model.ratings):
            extra = self.tr("Extra domains, apart: %1 met, %2 unmet, %3 not known")
            counts += "\n" + extra.replace("%1", str(s.extra.met)).replace("%2", str(s.extra.unmet)).replace(
                "%3", str(s.extra.unknown))
        self.counts_label.setText(counts)
        if self.status == "complete":
            self.status_label.setText(self.tr("Complete — counted in summaries"))
            self.status_label.setStyleSheet("color: #276749; font-weight: bold;")
        else:
            text = self.tr("DRAFT — %n domain(s) to rate; not counted in any summary until complete", "", to_rate)
            self.status_label.setText(text)
            self.status_label.setStyleSheet("color: #b45309; font-weight: bold;")

    # -- actions --------------------------------------------------------------------------------
    def save_draft(self) -> bool:
        return self._save(complete=False)

    def complete(self) -> bool:
        return self._save(complete=True)

    def discard(self) -> None:
        if self.assessment_id is None:
            self.new_assessment(self.loaded_rater, self.extra_box.currentData())
        else:
            self.load(svc.get_assessment(self.ws, self.assessment_id))

    def _save(self, complete: bool) -> bool:
        """Save the ratings (a draft keeps whatever is rated), then complete if asked. When
        completing is refused (domains still to rate) the draft stays saved and the reason shows."""
        try:
            if self.assessment_id is None:
                ratings = {r.domain_id: (r.value, r.comment) for r in self.model.ratings}
                detail = svc.create_assessment(self.ws, self.person_id, self.chosen_date(),
                                               self.rater_box.currentData(), ratings,
                                               extra_set=self.extra_box.currentData())
            else:
                detail = svc.update_assessment(self.ws, self.assessment_id, self.model.changes(),
                                               assessed_on=self.chosen_date(), rater=self.rater_box.currentData())
            self.load(detail)
            if complete and detail.row.is_draft:
                detail = svc.complete_assessment(self.ws, detail.row.id)
                self.load(detail)
        except RelaisError as exc:
            self.error_label.setText(exc.message())
            self.error_label.show()
            if self.assessment_id is not None:
                self.saved.emit(self.assessment_id)
            return False
        self.saved.emit(detail.row.id)
        return True
