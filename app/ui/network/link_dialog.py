"""Who knows whom, without a mouse (issue 24): the map's drag between two members has this
keyboard equivalent. The other members of the map are listed with a tick for those the chosen
member knows; Space ticks or unticks, OK saves the ties that changed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QWidget

from app.models.network import MemberData
from app.ui import a11y
from app.ui.forms import SubmitDialog


class LinkDialog(SubmitDialog):
    """`submit({member_id: tied})` receives only the ties that changed (a dict[int, bool])."""

    def __init__(self, member: MemberData, others: list[MemberData], tied: set[int],
                 submit: Callable[[object], object], parent: QWidget | None = None) -> None:
        super().__init__(parent, submit)
        self.setWindowTitle(self.tr("Link %1 to…").replace("%1", member.label))
        intro = QLabel(self.tr("Tick the members who know %1 (Space ticks or unticks); "
                               "untick to remove a tie.").replace("%1", member.label))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.layout_.insertWidget(0, intro)
        self.members = QListWidget()
        self._before: dict[int, bool] = {}
        for other in others:
            item = QListWidgetItem(other.label)
            item.setData(Qt.ItemDataRole.UserRole, other.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if other.id in tied else Qt.CheckState.Unchecked)
            self.members.addItem(item)
            self._before[other.id] = other.id in tied
        if self.members.count():
            self.members.setCurrentRow(0)
        self.add_row(a11y.buddy(self.tr("Knows"), self.members), self.members)
        self.finish_layout()
        self.members.setFocus()

    def ticked(self) -> dict[int, bool]:
        out = {}
        for row in range(self.members.count()):
            item = self.members.item(row)
            out[item.data(Qt.ItemDataRole.UserRole)] = item.checkState() == Qt.CheckState.Checked
        return out

    def values(self) -> dict[int, bool]:
        return {member_id: tied for member_id, tied in self.ticked().items() if self._before[member_id] != tied}
