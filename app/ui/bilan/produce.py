"""Choose who a bilan PDF is for (a partner, or an internal copy) and which variant."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from app.services.bilan.records import Recipient


class ProduceDialog(QDialog):
    def __init__(self, recipients: list[Recipient], is_final: bool, gp_refused: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Produce the bilan PDF"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.recipient = QComboBox()
        self.recipient.addItem(self.tr("Internal copy (not shared)"), None)
        for r in recipients:
            name = r.name
            if r.is_persons_gp:
                name = self.tr("%1 — the person's GP").replace("%1", r.name)
            elif r.is_gp:
                name = self.tr("%1 (GP)").replace("%1", r.name)
            if r.is_gp and gp_refused:
                name = self.tr("%1 — the person refused their GP's involvement").replace("%1", r.name)
            self.recipient.addItem(name, r.partner_id)
            if r.is_gp and gp_refused:  # the service refuses it too; here it cannot even be chosen
                model = self.recipient.model()      # a combo box's own model is a QStandardItemModel
                item = model.item(self.recipient.count() - 1) if isinstance(model, QStandardItemModel) else None
                if item is not None:
                    item.setEnabled(False)
        self.variant = QComboBox()
        self.variant.addItem(self.tr("For the GP: one or two pages, shared parts only"), "gp")
        self.variant.addItem(self.tr("Full: every section, needs table and network"), "full")
        form.addRow(self.tr("For"), self.recipient)
        form.addRow(self.tr("Variant"), self.variant)
        layout.addLayout(form)
        note = QLabel(self.tr("For a partner, Relais checks the person's consent and prints only the parts "
                              "they agreed to share.") if is_final else
                      self.tr("This bilan is a draft: it can only be produced as an internal copy."))
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Produce"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if not is_final:
            self.recipient.setEnabled(False)
        # "For" follows the variant: the GP variant goes to the person's GP, the full one to an
        # internal copy; and a GP chosen as recipient gets the GP variant.
        self._gp_index = next((i + 1 for i, r in enumerate(recipients) if r.is_persons_gp and not gp_refused),
                              next((i + 1 for i, r in enumerate(recipients) if r.is_gp and not gp_refused), -1))
        self._gps = {r.partner_id for r in recipients if r.is_gp}
        self.variant.currentIndexChanged.connect(self._variant_chosen)
        self.recipient.currentIndexChanged.connect(self._recipient_chosen)
        self._variant_chosen()

    def _variant_chosen(self) -> None:
        if not self.recipient.isEnabled():
            return
        self.recipient.blockSignals(True)
        if self.variant.currentData() == "gp" and self._gp_index > 0:
            self.recipient.setCurrentIndex(self._gp_index)
        elif self.variant.currentData() == "full" and self.recipient.currentData() in self._gps:
            self.recipient.setCurrentIndex(0)
        self.recipient.blockSignals(False)

    def _recipient_chosen(self) -> None:
        if self.recipient.currentData() in self._gps:
            self.variant.blockSignals(True)
            self.variant.setCurrentIndex(self.variant.findData("gp"))
            self.variant.blockSignals(False)

    def choice(self) -> tuple[int | None, str]:
        return self.recipient.currentData(), self.variant.currentData()
