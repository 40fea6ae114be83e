"""The person file's "Needs (CANSAS)" tab.

Hook for the care plan: the tab emits `goals_requested(person_id, [domain ids])` when the
user asks to turn the selected assessment's unmet needs (rated 2, core first then extra)
into care-plan goals. The care-plan feature connects to it (e.g. in the person file, when
both tabs exist) and opens its goal editor with one proposed goal per domain; without a
listener the button stays hidden, so it never does nothing.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelectionModel,
    QMetaMethod,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import RelaisError
from app.models.cansas import Rater
from app.services.cansas import assessments as svc
from app.services.documents.catalogue import produce
from app.services.shared.documents import PdfRequest
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace
from app.ui import a11y, events
from app.ui.cansas.form import AssessmentForm
from app.ui.cansas.models import AssessmentListModel
from app.ui.cansas.pages import ComparisonPage, HistoryPage
from app.ui.contracts import PersonTabBase
from app.ui.tasks import run_task


class NeedsTab(PersonTabBase, QWidget):
    goals_requested = Signal(int, list)     # person id, unmet domain ids
    document_created = Signal(int)          # a PDF kept in the vault: the documents tab may refresh

    def __init__(self, ws: Workspace, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.person_id = ws, person_id
        self.rows: list[svc.AssessmentRow] = []
        self.can_write = ws.can(Permission.CLINICAL_WRITE)

        self.list_model = AssessmentListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.list_model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.list_view = QTableView()
        a11y.name(self.list_view, self.tr("Assessments"))
        self.list_view.setModel(self.proxy)
        self.list_view.setSortingEnabled(True)
        self.list_view.sortByColumn(AssessmentListModel.DATE, Qt.SortOrder.DescendingOrder)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.verticalHeader().hide()
        self.list_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list_view.horizontalHeader().setStretchLastSection(True)
        self.list_view.selectionModel().currentRowChanged.connect(self._row_chosen)

        self.new_staff = QPushButton(self.tr("New staff assessment"))
        self.new_staff.clicked.connect(lambda: self.start_new(Rater.STAFF))
        self.new_person = QPushButton(self.tr("New self-assessment (person)"))
        self.new_person.setToolTip(self.tr("CANSAS-P: the person rates their own needs"))
        self.new_person.clicked.connect(lambda: self.start_new(Rater.PERSON))
        self.delete_button = QPushButton(self.tr("Delete draft"))
        self.delete_button.clicked.connect(self._delete_draft)
        self.goals_button = QPushButton(self.tr("Make goals from unmet needs"))
        self.goals_button.setToolTip(self.tr("Propose one care-plan goal per domain rated 2 in this assessment"))
        self.goals_button.clicked.connect(self._request_goals)
        self.goals_button.hide()
        self.pdf_button = QPushButton(self.tr("PDF summary"))
        self.pdf_button.setToolTip(self.tr("One-page CANSAS summary of this assessment (with the other rater's of the "
                                           "same period), kept in the person's documents"))
        self.pdf_button.clicked.connect(self._make_pdf)
        self.pdf_status = QLabel()
        self.pdf_status.setWordWrap(True)
        for button in (self.new_staff, self.new_person, self.delete_button):
            button.setVisible(self.can_write)
        self.empty_label = QLabel(self.tr("No assessment yet."))

        self.form = AssessmentForm(ws, person_id)
        self.form.setEnabled(self.can_write)
        self.form.saved.connect(self._saved)
        self.comparison = ComparisonPage(ws)
        self.history = HistoryPage(ws, person_id)
        self.pages = QTabWidget()
        self.pages.addTab(self.form, self.tr("Ratings"))
        self.pages.addTab(self.comparison, self.tr("Staff and person"))
        self.pages.addTab(self.history, self.tr("History"))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("<b>Assessments</b> (newest first; drafts in italics)")))
        left_layout.addWidget(self.list_view, 1)
        left_layout.addWidget(self.empty_label)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_staff)
        new_row.addWidget(self.new_person)
        left_layout.addLayout(new_row)
        action_row = QHBoxLayout()
        action_row.addWidget(self.delete_button)
        action_row.addWidget(self.pdf_button)
        action_row.addStretch(1)
        action_row.addWidget(self.goals_button)
        left_layout.addLayout(action_row)
        left_layout.addWidget(self.pdf_status)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([600, 680])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self.reload()

    # -- the person-file contract (app/ui/registry.py) -------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self.can_write and self.form.is_dirty()

    def save(self) -> bool:
        return self.form.save_draft()

    def discard(self) -> None:
        self.form.discard()

    def reload(self, select_id: int | None = None) -> None:
        self.rows = svc.list_assessments(self.ws, self.person_id)
        self.list_model.set_rows(self.rows)
        self.empty_label.setVisible(not self.rows)
        self.history.reload(self.rows)
        target = select_id if select_id is not None else self.form.assessment_id
        if target is None and self.rows and not self.form.is_dirty():
            target = self.rows[0].id        # a new assessment being typed is never replaced
        if target is not None:
            self.select(target)
        else:
            self.comparison.show_for(None)
            self._update_buttons()

    # -- selection ------------------------------------------------------------------------------
    def select(self, assessment_id: int) -> None:
        for row, item in enumerate(self.list_model.rows):
            if item.id == assessment_id:
                index = self.proxy.mapFromSource(self.list_model.index(row, 0))
                self.list_view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                self._show(assessment_id)
                return

    def selected_row(self):
        index = self.list_view.currentIndex()
        if not index.isValid():
            return None
        return self.list_model.rows[self.proxy.mapToSource(index).row()]

    def _row_chosen(self, current, previous) -> None:
        row = self.selected_row()
        if row is None or row.id == self.form.assessment_id:
            return
        if self.form.is_dirty() and not self._resolve_unsaved():
            if self.form.assessment_id is not None:
                self.list_view.selectionModel().blockSignals(True)
                self.select(self.form.assessment_id)
                self.list_view.selectionModel().blockSignals(False)
            return
        self._show(row.id)

    def _show(self, assessment_id: int) -> None:
        if self.form.assessment_id != assessment_id:
            self.form.load(svc.get_assessment(self.ws, assessment_id))
        self.comparison.show_for(assessment_id)
        self._update_buttons()

    def _resolve_unsaved(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Unsaved ratings"), self.tr("Save the ratings you entered as a draft?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Save:
            return self.form.save_draft()
        if answer == QMessageBox.StandardButton.Discard:
            self.form.discard()
            return True
        return False

    def _update_buttons(self) -> None:
        row = self.selected_row() if self.form.assessment_id is not None else None
        self.delete_button.setEnabled(bool(self.can_write and row is not None and row.is_draft))
        has_listener = self.isSignalConnected(QMetaMethod.fromSignal(self.goals_requested))
        unmet = row is not None and not row.is_draft and (row.scores.core.unmet + row.scores.extra.unmet) > 0
        self.goals_button.setVisible(bool(has_listener and self.can_write))
        self.goals_button.setEnabled(bool(unmet))
        self.pdf_button.setEnabled(row is not None and not row.is_draft)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API: the care plan may have connected meanwhile
        super().showEvent(event)
        self._update_buttons()

    # -- actions --------------------------------------------------------------------------------
    def start_new(self, rater: Rater) -> None:
        if self.form.is_dirty() and not self._resolve_unsaved():
            return
        self.list_view.clearSelection()
        self.list_view.setCurrentIndex(self.proxy.index(-1, -1))
        # A network using extra domains keeps using them: propose the latest assessment's set.
        self.form.new_assessment(rater, self.rows[0].extra_set if self.rows else None)
        self.comparison.show_for(None)
        self.pages.setCurrentWidget(self.form)
        self._update_buttons()
        self.form.table.start()

    def _saved(self, assessment_id: int) -> None:
        self.reload(select_id=assessment_id)
        events.records_changed({events.CANSAS}, person_id=self.person_id)

    def _delete_draft(self) -> None:
        row = self.selected_row()
        if row is None or not row.is_draft:
            return
        answer = QMessageBox.question(self, self.tr("Delete draft"), self.tr("Delete this draft assessment?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        svc.delete_assessment(self.ws, row.id)
        self.form.new_assessment(Rater.STAFF)
        self.reload()
        events.records_changed({events.CANSAS}, person_id=self.person_id)

    def _request_goals(self) -> None:
        row = self.selected_row()
        if row is None or row.is_draft:
            return
        domains = svc.unmet_domain_ids(self.ws, row.id)
        if domains:
            self.goals_requested.emit(self.person_id, domains)

    def _make_pdf(self) -> None:
        row = self.selected_row()
        if row is None or row.is_draft:
            return
        request = PdfRequest(self.person_id, options={"assessment_id": row.id})
        self.pdf_button.setEnabled(False)
        self.pdf_status.setText(self.tr("Preparing the PDF…"))
        run_task(self, lambda ctx: produce(self.ws, "cansas", request), on_success=self._pdf_made,
                 on_failure=self._pdf_failed, label=self.tr("Preparing the CANSAS summary…"), cancellable=False)

    def _pdf_made(self, document_id: int) -> None:
        self.pdf_button.setEnabled(True)
        self.pdf_status.setText(self.tr("The CANSAS summary is kept in the person's documents."))
        self.document_created.emit(document_id)

    def _pdf_failed(self, exc: BaseException) -> None:
        self.pdf_button.setEnabled(True)
        self.pdf_status.setText(exc.message() if isinstance(exc, RelaisError) else str(exc))
