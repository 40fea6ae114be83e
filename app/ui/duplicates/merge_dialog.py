"""Merge two files: which one is kept, each identity field where both have a value, what is
taken from the other file, how many records move, and the notices; then one merge."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import RelaisError, field_label
from app.models.user import Role
from app.services.persons.merging import MergePlan, MergeResult, merge_persons, plan_merge
from app.services.shared.workspace import Workspace
from app.texts import message
from app.ui.formats import short_date
from app.ui.persons.labels import housing_labels, insurance_labels, status_labels
from app.ui.widgets import error_label, label, show_error


class MergeDialog(QDialog):
    def __init__(self, ws: Workspace, keep_id: int, remove_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.keep_id, self.remove_id = keep_id, remove_id
        self.result_: MergeResult | None = None
        self.setWindowTitle(self.tr("Merge two files"))
        self.setMinimumWidth(640)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(24, 20, 24, 20)
        self.body = QWidget()
        self.layout_.addWidget(self.body)
        self.error = error_label()
        self.layout_.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.swap_button = self.buttons.addButton(self.tr("Keep the other file"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button = self.buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.swap_button.clicked.connect(self.swap)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)
        self.groups: dict[str, QButtonGroup] = {}
        self.confirm_niss: QCheckBox | None = None
        self.build()

    def swap(self) -> None:
        self.keep_id, self.remove_id = self.remove_id, self.keep_id
        self.build()

    def build(self) -> None:
        try:
            plan = plan_merge(self.ws, self.keep_id, self.remove_id)
        except RelaisError as exc:
            show_error(self.error, exc.message())
            self.merge_button.setEnabled(False)
            return
        self.plan = plan
        old = self.body
        self.body = QWidget()
        self.layout_.replaceWidget(old, self.body)
        old.deleteLater()
        box = QVBoxLayout(self.body)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(label(self.tr("Kept: {kept}. Merged into it, then removed: {other}.").format(
            kept=plan.kept_label, other=plan.removed_label), "", wrap=True))
        self.groups = {}
        if plan.choices:
            box.addWidget(label(self.tr("Both files have a value: choose, field by field."), "hint", wrap=True))
            grid = QGridLayout()
            for row, choice in enumerate(plan.choices):
                group = QButtonGroup(self)
                kept = QRadioButton(shown(plan, choice.field, choice.kept))
                other = QRadioButton(shown(plan, choice.field, choice.other))
                kept.setChecked(True)
                group.addButton(kept, 0)
                group.addButton(other, 1)
                self.groups[choice.field] = group
                grid.addWidget(label(field_label("persons", choice.field)), row, 0)
                grid.addWidget(kept, row, 1)
                grid.addWidget(other, row, 2)
            box.addLayout(grid)
        if plan.filled:
            box.addWidget(label(self.tr("Taken from the other file: {fields}.").format(
                fields=", ".join(f"{field_label('persons', c.field)}: {shown(plan, c.field, c.other)}"
                                 for c in plan.filled)),
                "hint", wrap=True))
        moved = sum(plan.records.values())
        box.addWidget(label(self.tr("%n record(s) move to the kept file.", "", moved), "hint", wrap=True))
        for notice in plan.notices:
            box.addWidget(label(message(notice), "warning", wrap=True))
        self.confirm_niss = None
        if plan.different_niss:
            self.confirm_niss = QCheckBox(self.tr("As supervisor, I confirm these two NISS belong to one person"))
            self.confirm_niss.setEnabled(self.ws.user.role is Role.SUPERVISOR)
            box.addWidget(self.confirm_niss)
        box.addWidget(label(self.tr("The merge can be undone for 30 days."), "hint", wrap=True))

    def choices(self) -> dict[str, str]:
        return {name: "other" if group.checkedId() == 1 else "kept" for name, group in self.groups.items()}

    def merge(self) -> None:
        try:
            self.result_ = merge_persons(self.ws, self.keep_id, self.remove_id, choices=self.choices(),
                                         confirm_different_niss=bool(self.confirm_niss
                                                                     and self.confirm_niss.isChecked()))
        except RelaisError as exc:
            show_error(self.error, exc.message())
            return
        self.accept()


def shown(plan: MergePlan, name: str, value: Any) -> str:
    """A field's value in words: housing, insurance and status as the person's file names
    them, a birth date in the locale's format, a GP from the directory by its name."""
    if value is None:
        return ""
    if name == "birth":
        if value.get("birth_date"):
            return short_date(date.fromisoformat(value["birth_date"]))
        return str(value.get("birth_year") or "")
    if name == "gp_partner_id":
        return plan.partner_names.get(value, "")
    words = {"housing": housing_labels, "insurance": insurance_labels, "status": status_labels}.get(name)
    if words is not None:
        return words().get(str(value), str(value))
    return str(value)

