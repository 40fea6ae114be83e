"""Add or edit one member of the network. The service validates; its refusals are shown
in the dialog, which stays open so nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.errors import RelaisError
from app.models.network import FORMAL, MAX_LABEL, MemberData
from app.ui.forms import SubmitDialog
from app.ui.network import labels
from app.ui.widgets import match_anywhere


def _combo(choices: dict[str, str], current: str | None, placeholder: str = "") -> QComboBox:
    combo = QComboBox()
    if placeholder:
        combo.addItem(placeholder, "")
    for value, text in choices.items():
        combo.addItem(text, value)
    index = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(index, 0))
    return combo


class MemberDialog(SubmitDialog[dict]):
    """`submit(values)` saves (raises RelaisError to refuse); `remove()` deletes the member."""

    def __init__(self, submit: Callable[[dict], None], member: MemberData | None = None,
                 partners: list[tuple[int, str]] | None = None, remove: Callable[[], None] | None = None,
                 default_circle: str = "middle", parent: QWidget | None = None) -> None:
        super().__init__(parent, submit, save_button=True)
        self.remove = remove
        self.setWindowTitle(self.tr("Edit member") if member else self.tr("Add a member"))
        self.setMinimumWidth(460)
        self.label = QLineEdit(member.label if member else "")
        self.label.setMaxLength(MAX_LABEL)
        self.label.setPlaceholderText(self.tr("A name, or just a role: \u201csister\u201d, \u201cneighbour\u201d"))
        self.add_row(self.tr("Name or role"), self.label, field="label")
        self.category = _combo(labels.categories(), member.category if member else None,
                               self.tr("\u2014 choose \u2014"))
        self.add_row(self.tr("Category"), self.category, field="category")
        self.circle = _combo(labels.circles(), member.circle if member else default_circle)
        self.add_row(self.tr("Closeness"), self.circle, field="circle")
        support_box = QWidget()
        grid = QGridLayout(support_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.supports: dict[str, QCheckBox] = {}
        for i, (value, text) in enumerate(labels.supports().items()):
            box = QCheckBox(text)
            box.setChecked(bool(member and value in member.supports))
            grid.addWidget(box, i // 3, i % 3)
            self.supports[value] = box
        self.add_row(self.tr("Support given"), support_box, field="supports")
        self.frequency = _combo(labels.frequencies(), member.frequency if member else "unknown")
        self.add_row(self.tr("Contact"), self.frequency, field="frequency")
        self.quality = _combo(labels.qualities(), member.quality if member else "supportive")
        self.add_row(self.tr("Quality of the relation"), self.quality, field="quality")
        self.reciprocity = _combo(labels.reciprocities(), member.reciprocity if member else "unknown")
        self.add_row(self.tr("Reciprocity"), self.reciprocity, field="reciprocity")
        self.partner = QComboBox()
        self.partner.addItem(self.tr("\u2014 none \u2014"), None)
        for partner_id, name in partners or []:
            self.partner.addItem(name, partner_id)
        match_anywhere(self.partner)
        if member and member.partner_id:
            self.partner.setCurrentIndex(max(self.partner.findData(member.partner_id), 0))
        self.add_row(self.tr("Partner in the directory"), self.partner, field="partner_id")
        self.note = QPlainTextEdit(member.note if member else "")
        self.note.setFixedHeight(70)
        self.add_row(self.tr("Note"), self.note, field="note")
        if member is not None and remove is not None:
            delete = QPushButton(self.tr("Remove from the map"))
            self.buttons.addButton(delete, QDialogButtonBox.ButtonRole.DestructiveRole)
            delete.clicked.connect(self._remove)
        self.finish_layout()
        self.category.currentIndexChanged.connect(self._category_changed)
        self._category_changed()

    def _category_changed(self) -> None:
        formal = self.category.currentData() in FORMAL
        self.partner.setEnabled(formal and self.partner.count() > 1)
        if not formal:
            self.partner.setCurrentIndex(0)

    def values(self) -> dict:
        return {
            "label": self.label.text(), "category": self.category.currentData() or "",
            "circle": self.circle.currentData(), "supports": [k for k, box in self.supports.items() if box.isChecked()],
            "frequency": self.frequency.currentData(), "quality": self.quality.currentData(),
            "reciprocity": self.reciprocity.currentData(), "partner_id": self.partner.currentData(),
            "note": self.note.toPlainText(),
        }

    def _save(self) -> None:
        self._try_accept()

    def _remove(self) -> None:
        try:
            if self.remove:
                self.remove()
        except RelaisError as exc:
            self.show_errors(exc)
            return
        self.done(2)

    def field_name(self, field: str) -> str:
        return {"label": self.tr("Name or role"), "category": self.tr("Category"), "circle": self.tr("Closeness"),
                "supports": self.tr("Support given"), "frequency": self.tr("Contact"),
                "quality": self.tr("Quality of the relation"), "reciprocity": self.tr("Reciprocity"),
                "partner_id": self.tr("Partner in the directory"), "note": self.tr("Note")}.get(field, field)
