"""The person's GP as a directory partner: shown above the consents, chosen from the
directory's GPs or entered as a new one (which then joins the directory)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QWidget,
)

from app.errors import RelaisError
from app.services.partners.directory import PartnerFilter, list_partners, set_gp
from app.services.partners.involved import partners_involved
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace
from app.ui import events
from app.ui.partners.editor import PartnerEditor


class GpLine(QWidget):
    def __init__(self, ws: Workspace, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.person_id = ws, person_id
        self.label = QLabel()
        self.choose = QPushButton(self.tr("Choose GP from the directory…"))
        self.add = QPushButton(self.tr("New GP…"))
        self.choose.clicked.connect(self.choose_gp)
        self.add.clicked.connect(self.add_gp)
        for button in (self.choose, self.add):
            button.setVisible(ws.can(Permission.PERSON_EDIT))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.choose)
        layout.addWidget(self.add)

    def reload(self) -> None:
        gp = next((p for p in partners_involved(self.ws, self.person_id) if p.role == "gp"), None)
        if gp is None:
            self.label.setText(self.tr("GP: not in the directory"))
        else:
            details = " · ".join(x for x in (gp.phone, gp.email) if x)
            self.label.setText(self.tr("GP: %1").replace("%1", gp.name + (f"  ({details})" if details else "")))

    def choose_gp(self) -> None:
        gps = list_partners(self.ws, PartnerFilter(gp_only=True)) or \
            list_partners(self.ws, PartnerFilter(sector="first_line"))
        if not gps:
            self.add_gp()
            return
        names = [p.display_name for p in gps]
        name, ok = QInputDialog.getItem(self, self.tr("Choose GP"), self.tr("GP or medical house"), names, 0, False)
        if ok:
            self._set(gps[names.index(name)].id)

    def add_gp(self) -> None:
        editor = PartnerEditor(self.ws, None, self)
        editor.is_gp.setChecked(True)
        editor.sector.setCurrentIndex(editor.sector.findData("first_line"))
        if editor.exec() == QDialog.DialogCode.Accepted and editor.partner_id:
            self._set(editor.partner_id)

    def _set(self, partner_id: int) -> None:
        try:
            set_gp(self.ws, self.person_id, partner_id)
        except RelaisError as exc:
            self.label.setText(exc.message())
            return
        self.reload()
        events.records_changed({events.PARTNERS, events.REFERRALS}, person_id=self.person_id)
