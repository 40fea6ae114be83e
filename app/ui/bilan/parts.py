"""Choose what one partner (other than the GP) receives of a bilan: the parts prepared for the
GP never go to another partner by default, so the first time a bilan is produced for that
partner the worker ticks, with the person, the parts they agree to share."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from app.models.bilan import DERIVED_PARTS, bilan_sections
from app.services.bilan.convention import choose_parts_for
from app.services.shared.workspace import Workspace
from app.texts import current_language
from app.ui.forms import SubmitDialog


class PartsDialog(SubmitDialog[list[str]]):
    def __init__(self, ws: Workspace, bilan_id: int, partner_id: int, partner_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, lambda parts: choose_parts_for(ws, bilan_id, partner_id, parts))
        self.setWindowTitle(self.tr("What {partner} receives").format(partner=partner_name))
        intro = QLabel(self.tr("Tick the parts of this bilan the person agrees to share with {partner}. "
                               "Nothing else of the bilan reaches this partner.").format(partner=partner_name))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        lang = current_language()
        derived = {"needs": self.tr("Needs (CANSAS summary)"), "goals": self.tr("Goals of the care plan"),
                   "partners": self.tr("Partners involved")}
        self.boxes: dict[str, QCheckBox] = {}
        for spec in bilan_sections():
            if spec.group == "physician":
                continue
            self.boxes[spec.key] = QCheckBox(spec.label(lang))
        for key in DERIVED_PARTS:
            self.boxes[key] = QCheckBox(derived[key])
        for box in self.boxes.values():
            self.form.addRow(box)
        self.finish_layout()

    def values(self) -> list[str]:
        return [key for key, box in self.boxes.items() if box.isChecked()]

    def check(self) -> str:
        return "" if self.values() else self.tr("Tick at least one part, or cancel.")
