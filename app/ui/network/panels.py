"""The side of the network tab: the members list (model/view) and the measures panel."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from app.models.network import MemberData
from app.models.network_measures import NetworkComparison, NetworkMeasures
from app.ui.network import labels

_CIRCLE_ORDER = {"close": 0, "middle": 1, "outer": 2}


class MembersModel(QAbstractTableModel):
    COLUMNS = ("label", "category", "circle", "supports", "quality")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.members: list[MemberData] = []

    def set_members(self, members: tuple[MemberData, ...]) -> None:
        self.beginResetModel()
        self.members = list(members)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.members)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Name or role"), self.tr("Category"), self.tr("Circle"), self.tr("Support"),
                    self.tr("Quality"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        m = self.members[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "label":
                return m.label
            if column == "category":
                return labels.categories()[m.category]
            if column == "circle":
                return labels.circles()[m.circle]
            if column == "supports":
                return ", ".join(labels.supports()[s] for s in m.supports)
            return labels.qualities()[m.quality]
        if role == Qt.ItemDataRole.UserRole:   # sort key
            if column == "circle":
                return _CIRCLE_ORDER.get(m.circle, 3)
            if column == "supports":
                return len(m.supports)
            return self.data(index).casefold()
        if role == Qt.ItemDataRole.ToolTipRole and column == "label":
            return m.label + (f"\n{m.partner_name}" if m.partner_name else "")
        return None

    def member_id(self, row: int) -> int:
        return self.members[row].id

    def row_of(self, member_id: int) -> int:
        for row, m in enumerate(self.members):
            if m.id == member_id:
                return row
        return -1


class MeasuresPanel(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.signal = QLabel()
        self.signal.setObjectName("isolationSignal")
        self.signal.setWordWrap(True)
        self.signal.setStyleSheet("QLabel#isolationSignal { border: 2px solid #b42318; border-radius: 4px;"
                                  " padding: 6px; color: #7a271a; background: #fef3f2; font-weight: bold; }")
        layout.addWidget(self.signal)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.values: dict[str, QLabel] = {}
        for key, text in (("size", self.tr("Network size")), ("sectors", self.tr("Per sector")),
                          ("professional", self.tr("Professionals and services")),
                          ("close_informal", self.tr("Close informal ties")),
                          ("supports", self.tr("People giving support")),
                          ("density", self.tr("Density of ties")),
                          ("components", self.tr("Separate groups")),
                          ("isolated", self.tr("Members tied to nobody else")),
                          ("brokerage", self.tr("Brokerage (ego-betweenness)"))):
            value = QLabel()
            value.setWordWrap(key == "supports")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            self.form.addRow(text, value)
        layout.addLayout(self.form)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        self.changes = QLabel()
        self.changes.setWordWrap(True)
        layout.addWidget(self.changes)
        layout.addStretch()

    def show_measures(self, m: NetworkMeasures) -> None:
        if m.isolation_signal:
            reasons = "; ".join(labels.isolation_reasons()[r] for r in m.isolation_reasons)
            self.signal.setText(self.tr("Isolation signal: %1").replace("%1", reasons))
            self.signal.show()
        else:
            self.signal.hide()
        sectors = labels.sectors()
        supports = labels.supports()
        self.values["size"].setText(str(m.size))
        self.values["sectors"].setText("\n".join(f"{sectors[s]}: {n}" for s, n in m.per_sector))
        self.values["professional"].setText(f"{round(m.professional_share * 100)} %")
        self.values["close_informal"].setText(str(m.close_informal))
        self.values["supports"].setText(" · ".join(f"{supports[s]} {n}" for s, n in m.support_counts))
        self.values["density"].setText("—" if m.density is None else f"{m.density:.2f} ({m.ties})")
        self.values["components"].setText(str(m.components))
        self.values["isolated"].setText(str(len(m.isolated)))
        self.values["brokerage"].setText(f"{m.ego_betweenness:.1f}")

    def show_changes(self, comparison: NetworkComparison | None, previous_date: str = "") -> None:
        if comparison is None:
            self.changes.setText(self.tr("First map of this person: no earlier map to compare with."))
            return
        lines = [self.tr("Since the map of %1:").replace("%1", previous_date)]
        if comparison.joined:
            lines.append(self.tr("joined: %1").replace("%1", ", ".join(comparison.joined)))
        if comparison.left:
            lines.append(self.tr("no longer there: %1").replace("%1", ", ".join(comparison.left)))
        circles = labels.circles()
        for change in comparison.changes:
            if change.field == "circle":
                lines.append(f"{change.label}: {circles[change.before]} → {circles[change.after]}")
        names = {"size": self.tr("size"), "close_informal": self.tr("close informal ties"),
                 "emotional_support": self.tr("emotional support")}
        for name, before, after in comparison.deltas:
            if name in names:
                lines.append(f"{names[name]}: {int(before)} → {int(after)}")
        if len(lines) == 1:
            lines.append(self.tr("no change"))
        self.changes.setText("\n".join(lines))
