"""Choose a document to produce from the person's file, and who it is for.

Bilans and referral letters have their own flows (the Bilans tab, the referral's "send"),
because they carry more choices; the other kinds are produced here. For a partner, the
service checks the person's consent before anything is built, and the refusal names what
is missing.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from app.services.bilan.records import Recipient

# (kind, variant, may go to a partner)
KINDS = (
    ("cansas", "", True),
    ("careplan", "person", False),
    ("careplan", "partner", True),
    ("network", "", True),
    ("access", "", False),
)


class NewDocumentDialog(QDialog):
    def __init__(self, recipients: list[Recipient], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New document"))
        labels = {
            ("cansas", ""): self.tr("Needs summary (CANSAS)"),
            ("careplan", "person"): self.tr("Care plan, for the person (plain language)"),
            ("careplan", "partner"): self.tr("Care plan, for partners"),
            ("network", ""): self.tr("Social network map"),
            ("access", ""): self.tr("Everything held about the person (right of access)"),
        }
        self.kind = QComboBox()
        for kind, variant, shareable in KINDS:
            self.kind.addItem(labels[(kind, variant)], (kind, variant, shareable))
        self.recipient = QComboBox()
        self.recipient.addItem(self.tr("Internal copy (not shared)"), None)
        for r in recipients:
            self.recipient.addItem(self.tr("%1 (GP)").replace("%1", r.name) if r.is_gp else r.name, r.partner_id)
        form = QFormLayout()
        form.addRow(self.tr("Document"), self.kind)
        form.addRow(self.tr("For"), self.recipient)
        note = QLabel(self.tr("For a partner, Relais first checks the person's consent for that partner and "
                              "that kind of document."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Produce"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        shareable = self.kind.currentData()[2]
        if not shareable:
            self.recipient.setCurrentIndex(0)
        self.recipient.setEnabled(shareable)

    def choice(self) -> tuple[str, str, int | None]:
        kind, variant, _ = self.kind.currentData()
        return kind, variant, self.recipient.currentData()
