"""The person's "Referrals" tab: consents (record, revoke; missing or expired shown at the
top) and referrals (create with the criteria check, change status, send the letter in a
background task, export the letter). A refusal to share says which consent is missing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import RelaisError
from app.models.referral import ReferralStatus
from app.services.referrals.records import (
    ReferralRow,
    consent_gap_for,
    delete_draft,
    list_referrals,
    preview_letter,
    send,
)
from app.services.shared.consents import ConsentGap, consent_flag, list_consents, revoke_consent
from app.services.shared.documents import export_document
from app.services.shared.permissions import Permission
from app.services.shared.sharing import ConsentMissing
from app.services.shared.workspace import Workspace
from app.ui import a11y, events
from app.ui.contracts import PersonTabBase
from app.ui.referrals.dialogs import (
    ConsentDialog,
    FollowUpDialog,
    ReferralDialog,
    StatusDialog,
)
from app.ui.referrals.gp import GpLine
from app.ui.referrals.labels import document_type_label, status_label
from app.ui.referrals.models import ConsentTableModel, ReferralTableModel, format_date
from app.ui.tasks import run_task

BANNER_ERROR = "background: #fdecea; color: #8a1c12; border: 1px solid #f1aeb5; padding: 8px; font-weight: 600;"
BANNER_WARN = "background: #fff4e5; color: #7a4100; border: 1px solid #f5a524; padding: 8px;"
BANNER_OK = "background: #e8f5e9; color: #1e5128; border: 1px solid #9ccc9c; padding: 8px;"


def _table(model) -> tuple[QTableView, QSortFilterProxyModel]:
    view = QTableView()
    proxy = QSortFilterProxyModel(view)  # owned by its view, so Qt deletes them in order
    proxy.setSourceModel(model)
    proxy.setSortRole(Qt.ItemDataRole.UserRole)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, model.columnCount()):
        view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return view, proxy


class ReferralsTab(PersonTabBase, QWidget):

    def __init__(self, ws: Workspace, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.person_id = ws, person_id
        can_edit = ws.can(Permission.PERSON_EDIT)
        can_refer = ws.can(Permission.CLINICAL_WRITE)
        can_share = ws.can(Permission.SHARE)

        self.consent_banner = QLabel()
        self.consent_banner.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        # Shown with a refusal to send: opens the consent form on what is missing, for this recipient.
        self.fix_consent_button = QPushButton()
        self.fix_consent_button.clicked.connect(self.fix_consent)
        self.fix_consent_button.hide()
        self._gap: ConsentGap | None = None

        # -- consents
        self.consents = ConsentTableModel(self)
        self.consent_view, self.consent_proxy = _table(self.consents)
        a11y.name(self.consent_view, self.tr("Consents"))
        self.record_button = QPushButton(self.tr("Record consent…"))
        self.revoke_button = QPushButton(self.tr("Revoke…"))
        self.extend_button = QPushButton(self.tr("Add to this consent…"))
        self.extend_button.setToolTip(self.tr("The person agrees to share more with the same recipient"))
        self.extend_button.clicked.connect(self.extend_selected)
        self.extend_button.setVisible(can_edit)
        self.record_button.clicked.connect(self.record_consent)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.record_button.setVisible(can_edit)
        self.revoke_button.setVisible(can_edit)
        self.consent_view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        consent_box = QGroupBox(self.tr("Consents"))
        consent_layout = QVBoxLayout(consent_box)
        consent_layout.addWidget(self.consent_view)
        row = QHBoxLayout()
        row.addWidget(self.record_button)
        row.addWidget(self.extend_button)
        row.addWidget(self.revoke_button)
        row.addStretch(1)
        consent_layout.addLayout(row)

        # -- referrals
        self.referrals = ReferralTableModel(self)
        self.referral_view, self.referral_proxy = _table(self.referrals)
        a11y.name(self.referral_view, self.tr("Referrals"))
        self.referral_view.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        a11y.name(self.detail, self.tr("Selected referral"))
        self.new_button = QPushButton(self.tr("New referral…"))
        self.edit_button = QPushButton(self.tr("Edit draft…"))
        self.edit_button.clicked.connect(self.edit_draft)
        self.status_button = QPushButton(self.tr("Change status…"))
        self.follow_button = QPushButton(self.tr("Follow-up…"))
        self.follow_button.clicked.connect(self.edit_follow_up)
        self.send_button = QPushButton(self.tr("File letter, mark sent"))
        self.send_button.setToolTip(self.tr("Relais sends nothing itself: it writes the letter in the partner's "
                                            "language, keeps it in the person's documents and marks the referral "
                                            "sent. Print it or export it from the Documents tab."))
        self.letter_button = QPushButton(self.tr("Save letter as PDF…"))
        self.delete_button = QPushButton(self.tr("Delete draft"))
        self.new_button.clicked.connect(self.new_referral)
        self.status_button.clicked.connect(self.change_status)
        self.send_button.clicked.connect(self.send_selected)
        self.letter_button.clicked.connect(self.save_letter)
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.new_button, self.edit_button, self.status_button, self.follow_button,
                       self.delete_button):
            button.setVisible(can_refer)
        self.send_button.setVisible(can_share)
        self.letter_button.setVisible(ws.can(Permission.EXPORT))
        referral_box = QGroupBox(self.tr("Referrals"))
        referral_layout = QVBoxLayout(referral_box)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.referral_view)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        referral_layout.addWidget(split)
        # Two rows: seven buttons in French or Dutch do not fit one row at 1280 px.
        for buttons in ((self.new_button, self.edit_button, self.send_button, self.delete_button),
                        (self.status_button, self.follow_button, self.letter_button)):
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            referral_layout.addLayout(row)

        self.gp_line = GpLine(ws, person_id, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.consent_banner)
        layout.addWidget(self.gp_line)
        message_row = QHBoxLayout()
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.fix_consent_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(message_row)
        vertical = QSplitter(Qt.Orientation.Vertical)
        vertical.addWidget(consent_box)
        vertical.addWidget(referral_box)
        vertical.setStretchFactor(0, 2)
        vertical.setStretchFactor(1, 3)
        layout.addWidget(vertical, 1)
        self.reload()

    # -- registry hooks ----------------------------------------------------------------------
    def reload(self) -> None:
        self.gp_line.reload()
        flag = consent_flag(self.ws, self.person_id)
        if flag.state == "none":
            self._banner(self.tr("No consent recorded: nothing can be shared with partners."), BANNER_ERROR)
        elif flag.state in ("expired", "revoked"):
            self._banner(self.tr("No valid consent: every consent has expired or been revoked."), BANNER_ERROR)
        elif flag.state == "expiring":
            self._banner(self.tr("The last valid consent expires on %1.").replace("%1", format_date(flag.expires_on)),
                         BANNER_WARN)
        else:
            self.consent_banner.hide()
        self.consents.set_rows(list_consents(self.ws, self.person_id))
        selected = self.selected_referral()
        self.referrals.set_rows(list_referrals(self.ws, self.person_id))
        if selected:
            self._select_referral(selected.id)
        self._show_selected()

    def has_unsaved_changes(self) -> bool:
        return False  # every change is saved by its dialog

    def _banner(self, text: str, style: str) -> None:
        self.consent_banner.setText(text)
        self.consent_banner.setStyleSheet(style)
        self.consent_banner.show()

    def _clear_message(self) -> None:
        self.message.hide()
        self.fix_consent_button.hide()

    def _say(self, text: str, style: str) -> None:
        self.fix_consent_button.hide()
        self.message.setText(text)
        self.message.setStyleSheet(style)
        self.message.show()

    # -- selection ---------------------------------------------------------------------------
    def selected_referral(self) -> ReferralRow | None:
        rows = self.referral_view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.referrals.row_at(self.referral_proxy.mapToSource(rows[0]).row())

    def _select_referral(self, referral_id: int) -> None:
        for row in range(self.referrals.rowCount()):
            if self.referrals.row_at(row).id == referral_id:
                index = self.referral_proxy.mapFromSource(self.referrals.index(row, 0))
                self.referral_view.selectRow(index.row())
                return

    def selected_consent(self):
        rows = self.consent_view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.consents.row_at(self.consent_proxy.mapToSource(rows[0]).row())

    def _show_selected(self) -> None:
        r = self.selected_referral()
        if r is None:
            self.detail.setPlainText(self.tr("Select a referral to see its request and history."))
        else:
            lines = [r.partner_name, "", self.tr("Request (the person's words):"), r.request or "—", "",
                     self.tr("Reason:"), r.reason, ""]
            if r.criteria_override:
                lines += [self.tr("Referred despite the criteria because:"), r.criteria_override, ""]
            lines.append(self.tr("Shared: %1").replace(
                "%1", ", ".join(document_type_label(t) for t in ("referral_letter", *r.shared_types))))
            lines += ["", self.tr("History:")]
            lines += [f"  {format_date(e.on)}  {status_label(e.status)}" + (f" — {e.note}" if e.note else "")
                      for e in r.events]
            self.detail.setPlainText("\n".join(lines))
        self._update_buttons()

    def _update_buttons(self) -> None:
        r = self.selected_referral()
        draft = r is not None and r.status == ReferralStatus.DRAFT
        self.status_button.setEnabled(r is not None and bool(r.next_statuses()))
        self.follow_button.setEnabled(r is not None and r.status in ("sent", "accepted", "waiting_list"))
        self.send_button.setEnabled(draft)
        self.edit_button.setEnabled(draft)
        self.delete_button.setEnabled(draft)
        self.letter_button.setEnabled(r is not None)
        c = self.selected_consent()
        self.revoke_button.setEnabled(c is not None and c.revoked_on is None)
        self.extend_button.setEnabled(c is not None and c.state == "valid" and c.partner_id is not None)

    # -- consents ----------------------------------------------------------------------------
    def record_consent(self) -> None:
        if ConsentDialog(self.ws, self.person_id, self).exec() == QDialog.DialogCode.Accepted:
            self._clear_message()
            self.reload()
            events.records_changed({events.REFERRALS}, person_id=self.person_id)

    def extend_selected(self) -> None:
        c = self.selected_consent()
        if c is None or c.partner_id is None:
            return
        gap = ConsentGap(c.partner_id, (), (), c.id, c.document_types)
        if ConsentDialog(self.ws, self.person_id, self, gap=gap).exec() == QDialog.DialogCode.Accepted:
            self.reload()
            events.records_changed({events.REFERRALS}, person_id=self.person_id)

    def fix_consent(self) -> None:
        """From a refusal: the consent form for this recipient, with exactly what is missing ticked."""
        gap, referral = self._gap, self.selected_referral()
        if gap is None:
            return
        if ConsentDialog(self.ws, self.person_id, self, gap=gap).exec() != QDialog.DialogCode.Accepted:
            return
        self._gap = None
        self.fix_consent_button.hide()
        self.reload()
        events.records_changed({events.REFERRALS}, person_id=self.person_id)
        if referral is not None:
            self._select_referral(referral.id)
        self._say(self.tr("Consent recorded: the letter can be sent now."), BANNER_OK)
        self.send_button.setFocus()

    def revoke_selected(self) -> None:
        c = self.selected_consent()
        if c is None:
            return
        note, ok = QInputDialog.getText(self, self.tr("Revoke consent"),
                                        self.tr("The person withdraws this consent today. Note (optional):"))
        if not ok:
            return
        try:
            revoke_consent(self.ws, c.id, note=note)
        except RelaisError as exc:
            self._say(exc.message(), BANNER_ERROR)
            return
        self.reload()
        events.records_changed({events.REFERRALS}, person_id=self.person_id)

    # -- referrals ---------------------------------------------------------------------------
    def new_referral(self) -> None:
        dialog = ReferralDialog(self.ws, self.person_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._clear_message()
            self._changed()
            if dialog.referral_id is not None:      # set by the accepted dialog
                self._select_referral(dialog.referral_id)

    def edit_draft(self) -> None:
        r = self.selected_referral()
        if r and ReferralDialog(self.ws, self.person_id, self, draft=r).exec() == QDialog.DialogCode.Accepted:
            self._changed()

    def change_status(self) -> None:
        r = self.selected_referral()
        if r and StatusDialog(self.ws, r, self).exec() == QDialog.DialogCode.Accepted:
            self._changed()

    def edit_follow_up(self) -> None:
        r = self.selected_referral()
        if r and FollowUpDialog(self.ws, r, self).exec() == QDialog.DialogCode.Accepted:
            self._changed()

    def delete_selected(self) -> None:
        r = self.selected_referral()
        if r is None:
            return
        if QMessageBox.question(self, self.tr("Delete draft"), self.tr("Delete this draft referral?")) \
                != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_draft(self.ws, r.id)
        except RelaisError as exc:
            self._say(exc.message(), BANNER_ERROR)
        self._changed()

    def send_selected(self) -> None:
        r = self.selected_referral()
        if r is None:
            return
        self.send_button.setEnabled(False)
        run_task(self, lambda ctx: send(self.ws, r.id), on_success=self._sent, on_failure=self._send_failed,
                 label=self.tr("Preparing the letter…"), cancellable=False)

    def _sent(self, document_id: int) -> None:
        self._say(self.tr("Letter produced in the partner's language and kept in the person's documents; "
                          "the referral is marked sent."), BANNER_OK)
        self._changed()
        # Filing is not sending: say so, and lead to where it is printed or exported protected.
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Letter filed, not yet sent"),
                          self.tr("The letter is kept in the person's documents and the referral is marked "
                                  "sent, but Relais has not sent it. Print it or export it from the Documents "
                                  "tab, then send it the way you agreed with the partner."),
                          QMessageBox.StandardButton.Close, self)
        box.setObjectName("letter_filed")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        documents = box.addButton(self.tr("Open the Documents tab"), QMessageBox.ButtonRole.AcceptRole)
        documents.clicked.connect(self._open_documents)
        box.open()

    def _open_documents(self) -> None:
        widget = self.parentWidget()
        while widget is not None and not hasattr(widget, "select_tab"):
            widget = widget.parentWidget()
        if widget is not None:
            widget.select_tab("documents")

    def _changed(self) -> None:
        self.reload()
        events.records_changed({events.REFERRALS}, person_id=self.person_id)

    def _send_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ConsentMissing):
            self._say(self.tr("Sending refused — %1").replace("%1", exc.message()), BANNER_ERROR)
            self._offer_consent()
        elif isinstance(exc, RelaisError):
            self._say(exc.message(), BANNER_ERROR)
        else:
            raise exc
        self._update_buttons()

    def _offer_consent(self) -> None:
        r = self.selected_referral()
        self._gap = None
        if r is not None and self.ws.can(Permission.PERSON_EDIT):
            try:
                self._gap = consent_gap_for(self.ws, r.id)
            except RelaisError:
                self._gap = None
        if self._gap is None:
            self.fix_consent_button.hide()
            return
        self.fix_consent_button.setText(self.tr("Add to the consent…") if self._gap.extend_id is not None
                                        else self.tr("Record the missing consent…"))
        self.fix_consent_button.show()
        self.fix_consent_button.setFocus()

    def save_letter(self) -> None:
        r = self.selected_referral()
        if r is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the letter as PDF"), "letter.pdf",
                                              self.tr("PDF (*.pdf)"))
        if not path:
            return

        def work(ctx) -> Path:
            doc_id = r.letter_document_id or preview_letter(self.ws, r.id)
            return export_document(self.ws, doc_id, path)

        run_task(self, work,
                 on_success=lambda out: self._say(self.tr("Letter saved to %1").replace("%1", str(out)), BANNER_OK),
                 on_failure=self._send_failed, label=self.tr("Preparing the letter…"), cancellable=False)
