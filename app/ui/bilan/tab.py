"""The person's Bilans tab: the list of bilans beside the editor of the one selected,
with save, finalise, amend and produce. The services enforce every rule; this tab shows
their refusals as they are."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import RelaisError, ValidationError, field_label
from app.services.bilan import records as bilans
from app.services.shared.documents import PdfRequest
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace
from app.texts import message
from app.ui import a11y
from app.ui.bilan.editor import BilanEditor
from app.ui.bilan.model import BilanListModel, stage_label
from app.ui.bilan.produce import ProduceDialog
from app.ui.contracts import PersonTabBase
from app.ui.tasks import run_task

OK_STYLE = "background: #e6f2ea; color: #1d4d2c; padding: 6px; border-radius: 3px;"
REFUSED_STYLE = "background: #f9e3e0; color: #7a1f14; padding: 6px; border-radius: 3px;"



FINALISE, DRAFT, CANCEL = "finalise", "draft", "cancel"

class BilansTab(PersonTabBase, QWidget):
    person_changed = Signal()
    document_produced = Signal(int)

    def __init__(self, ws: Workspace, person_id: int, parent=None) -> None:
        super().__init__(parent)
        self.ws, self.person_id = ws, person_id
        self._last_request: PdfRequest | None = None
        self.can_write = ws.can(Permission.CLINICAL_WRITE)

        self.model = BilanListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.view = QTableView()
        a11y.name(self.view, self.tr("Bilans"))
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setMinimumWidth(340)
        self.view.selectionModel().currentRowChanged.connect(self._selected)

        self.new_button = QToolButton()
        self.new_button.setText(self.tr("New bilan"))
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.new_button)
        for stage in ("initial", "interim", "final"):
            action = menu.addAction(stage_label(stage))
            action.triggered.connect(lambda _checked=False, s=stage: self.new_bilan(s))
        self.new_button.setMenu(menu)
        self.delete_button = QPushButton(self.tr("Delete draft"))
        self.delete_button.clicked.connect(self.delete_draft)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)

        self.editor = BilanEditor()
        self.editor.changed.connect(self._update_actions)
        self.prefill_button = QPushButton(self.tr("Fill empty sections from the file"))
        self.prefill_button.clicked.connect(self.prefill)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.finalise_button = QPushButton(self.tr("Finalise…"))
        self.finalise_button.clicked.connect(self.finalise)
        self.amend_button = QPushButton(self.tr("Amend"))
        self.amend_button.clicked.connect(self.amend)
        self.indication_button = QPushButton(self.tr("Indicated function…"))
        self.indication_button.clicked.connect(self.edit_indication)
        self.produce_button = QPushButton(self.tr("Produce PDF…"))
        self.produce_button.clicked.connect(self.produce)
        actions = QHBoxLayout()
        for button in (self.prefill_button, self.save_button, self.finalise_button, self.amend_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.produce_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.editor, 1)
        self.indication_label = QLabel()
        self.indication_label.setWordWrap(True)
        convention = QHBoxLayout()
        convention.addWidget(self.indication_label, 1)
        convention.addWidget(self.indication_button)
        right_layout.addLayout(convention)
        right_layout.addLayout(actions)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.hide()
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([400, 880])
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self.reload()

    # -- the person-file tab protocol -------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self.editor.dirty

    def discard(self) -> None:
        self.editor.load(self._current_record())

    def reload(self, select_id: int | None = None) -> None:
        current = select_id or (self.editor.record.id if self.editor.record else None)
        self.model.set_rows(bilans.list_bilans(self.ws, self.person_id))
        row = self.model.row_of(current) if current else -1
        if row < 0 and self.model.rowCount():
            row = self.proxy.mapToSource(self.proxy.index(0, 0)).row()
        if row >= 0:
            self.view.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
            self._load(self.model.row_at(row).id)
        else:
            self.editor.load(None)
        self._update_actions()

    def save(self) -> bool:
        record = self.editor.record
        if record is None or record.is_final or not self.editor.dirty:
            return True
        try:
            updated = bilans.update_bilan(self.ws, record.id, **self.editor.values())
        except ValidationError as exc:
            self.editor.show_errors([f"{field_label(exc.feature, e.field)}: {e.message()}" for e in exc.errors])
            return False
        except RelaisError as exc:
            self.show_banner(exc.message(), ok=False)
            return False
        self.editor.load(updated)
        self.model.set_rows(bilans.list_bilans(self.ws, self.person_id))
        self.show_banner(self.tr("Bilan saved."), ok=True)
        self._update_actions()
        return True

    # -- actions --------------------------------------------------------------------------------
    def new_bilan(self, stage: str) -> None:
        if not self._leave_current():
            return
        bilan_id = self._attempt(lambda: bilans.create_bilan(self.ws, self.person_id, stage))
        if bilan_id is not None:
            self.reload(bilan_id)
            self.show_banner(self.tr("New draft started; sections were filled in where the file knew the "
                                     "answer. Rewrite them with the person."), ok=True)

    def delete_draft(self) -> None:
        record = self.editor.record
        if record is None or record.is_final:
            return
        answer = QMessageBox.question(self, self.tr("Delete draft"),
                                      self.tr("Delete this draft bilan? This cannot be undone."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            bilans.delete_draft(self.ws, record.id)
        except RelaisError as exc:
            self.show_banner(exc.message(), ok=False)
            return
        self.editor.load(None)
        self.reload()

    def prefill(self) -> None:
        record = self.editor.record
        if record is None or not self.save():
            return
        filled = self._attempt(lambda: bilans.prefill_empty_sections(self.ws, record.id))
        if filled is not None:
            self._load(record.id)
            self.show_banner(self.tr("%n section(s) filled in from the file.", "", len(filled)), ok=True)

    def finalise(self) -> None:
        record = self.editor.record
        if record is None or not self.save():
            return
        answer = QMessageBox.question(
            self, self.tr("Finalise"),
            self.tr("Once final, this bilan can no longer change (an amendment makes a new version). "
                    "Finalise it now?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.finalise_now()

    def finalise_now(self) -> None:
        record = self.editor.record
        if record is None:      # no bilan open
            return
        try:
            bilans.finalise_bilan(self.ws, record.id)
        except ValidationError as exc:
            self.editor.show_errors([e.message() for e in exc.errors])
            return
        except RelaisError as exc:
            self.show_banner(exc.message(), ok=False)
            return
        self.reload(record.id)
        self.show_banner(self.tr("Bilan finalised."), ok=True)

    def amend(self) -> None:
        record = self.editor.record
        if record is None:
            return
        new_id = self._attempt(lambda: bilans.amend_bilan(self.ws, record.id))
        if new_id is not None:
            self.reload(new_id)
            self.show_banner(self.tr("A new draft version was made from the final bilan. The physician "
                                     "co-signs it anew."), ok=True)

    def edit_indication(self) -> None:
        from app.ui.bilan.indication import IndicationDialog, fit_text

        record = self.editor.record
        if record is None or record.is_final:
            return
        dialog = IndicationDialog(self.ws, record.id, self)
        if dialog.exec() != IndicationDialog.DialogCode.Accepted:
            return
        problems = getattr(dialog.result_value, "problems", ())
        self._show_indication()
        if problems:
            self.show_banner(fit_text(problems), ok=False)
        else:
            self.show_banner(self.tr("Indicated function saved."), ok=True)

    def produce(self) -> None:
        record = self.editor.record
        if record is None or not self.save():
            return
        if not record.is_final:
            # A draft can only be an internal copy: offer to finalise it first.
            answer = self.ask_finalise_first()
            if answer == CANCEL:
                return
            if answer == FINALISE:
                self.finalise_now()
                record = self.editor.record
                if record is None or not record.is_final:
                    return
        recipients = self._attempt(lambda: bilans.recipients(self.ws, self.person_id))
        if recipients is None:
            return
        dialog = ProduceDialog(recipients, record.is_final, record.gp_refused, self)
        if dialog.exec() != ProduceDialog.DialogCode.Accepted:
            return
        partner_id, variant = dialog.choice()
        self.produce_for(partner_id, variant)

    def ask_finalise_first(self) -> str:
        """The bilan is a draft: finalise it (then produce it for a partner), produce an internal
        copy of the draft, or cancel."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Produce the bilan PDF"),
                          self.tr("This bilan is still a draft: a draft can only be produced as an internal "
                                  "copy. Finalise it now, to produce it for the GP or a partner?"),
                          QMessageBox.StandardButton.Cancel, self)
        finalise = box.addButton(self.tr("Finalise, then produce"), QMessageBox.ButtonRole.AcceptRole)
        draft = box.addButton(self.tr("Internal copy of the draft"), QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(finalise)
        box.exec()
        clicked = box.clickedButton()
        return FINALISE if clicked is finalise else DRAFT if clicked is draft else CANCEL

    def produce_for(self, partner_id: int | None, variant: str) -> None:
        record = self.editor.record
        if record is None:      # no bilan open
            return
        request = PdfRequest(self.person_id, partner_id, None, variant, {"bilan_id": record.id})
        self._last_request = request
        ws = self.ws
        self.produce_button.setEnabled(False)
        run_task(self, lambda ctx: bilans.produce_bilan(ws, request),
                 on_success=self._produced, on_failure=self._refused, label=self.tr("Producing the PDF…"),
                 cancellable=False)

    def _produced(self, doc_id: int) -> None:
        self.produce_button.setEnabled(True)
        self.show_banner(self.tr("The PDF is kept in the vault: open the Documents tab to preview, print or "
                                 "export it."), ok=True)
        self.document_produced.emit(doc_id)

    def _refused(self, exc: BaseException) -> None:
        self.produce_button.setEnabled(True)
        parts_missing = isinstance(exc, RelaisError) and exc.code == "bilan.parts_not_chosen"
        if parts_missing and self._last_request is not None and self._choose_parts(self._last_request):
            return
        reason = exc.message() if isinstance(exc, RelaisError) else message("error.generic")
        self.show_banner(self.tr("Not produced: %1").replace("%1", reason), ok=False)
        if not isinstance(exc, RelaisError):
            raise exc  # a bug, not a refusal: let the application's error hook report it

    def _choose_parts(self, request: PdfRequest) -> bool:
        """A partner other than the GP gets only the parts chosen for it: ask, then produce."""
        from app.ui.bilan.parts import PartsDialog

        if request.partner_id is None:      # parts are chosen for a partner; an internal copy has them all
            return False
        names = {r.partner_id: r.name for r in (self._attempt(lambda: bilans.recipients(self.ws, self.person_id))
                                                 or [])}
        dialog = PartsDialog(self.ws, request.options["bilan_id"], request.partner_id,
                             names.get(request.partner_id, ""), self)
        if dialog.exec() != PartsDialog.DialogCode.Accepted:
            return False
        self.produce_for(request.partner_id, request.variant)
        return True

    # -- helpers --------------------------------------------------------------------------------
    def show_banner(self, text: str, ok: bool) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(OK_STYLE if ok else REFUSED_STYLE)
        self.banner.show()

    def _attempt(self, call):
        try:
            return call()
        except RelaisError as exc:
            self.show_banner(exc.message(), ok=False)
            return None

    def _leave_current(self) -> bool:
        if not self.editor.dirty:
            return True
        return self.save()

    def _current_record(self):
        return self.editor.record and self._attempt(lambda: bilans.get_bilan(self.ws, self.editor.record.id))

    def _selected(self, current, _previous) -> None:
        if not current.isValid():
            return
        bilan_id = self.model.row_at(self.proxy.mapToSource(current).row()).id
        if self.editor.record and self.editor.record.id == bilan_id:
            return
        if not self._leave_current():
            return
        self._load(bilan_id)

    def _load(self, bilan_id: int) -> None:
        record = self._attempt(lambda: bilans.get_bilan(self.ws, bilan_id))
        self.editor.load(record)
        self._show_indication()
        self._update_actions()

    def _update_actions(self) -> None:
        record = self.editor.record
        draft = record is not None and not record.is_final
        self.new_button.setVisible(self.can_write)
        for button in (self.prefill_button, self.save_button, self.finalise_button, self.delete_button,
                       self.indication_button):
            button.setVisible(self.can_write)
            button.setEnabled(draft)
        self.save_button.setEnabled(draft and self.editor.dirty)
        self.amend_button.setVisible(self.can_write)
        self.amend_button.setEnabled(record is not None and record.is_final)
        self.produce_button.setEnabled(record is not None)
        self.produce_button.setVisible(self.ws.can(Permission.CLINICAL_READ))

    def _show_indication(self) -> None:
        """The function the selected bilan indicates, in words (convention.json)."""
        from app.models.convention import indicated_functions
        from app.services.bilan.convention import indication
        from app.texts import current_language

        record = self.editor.record
        found = self._attempt(lambda: indication(self.ws, record.id)) if record is not None else None
        spec = indicated_functions().get(found.function) if found is not None else None
        self.indication_label.setText(self.tr("Indicated function: %1").replace(
            "%1", spec.label(current_language()) if spec else self.tr("not decided yet")) if record else "")
