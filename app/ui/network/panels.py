"""The side of the network tab: the members list (model/view) and the measures panel."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from app.models.network import MemberData
from app.models.network_measures import NetworkComparison, NetworkMeasures
from app.ui.network import labels
from app.ui.table_model import Column, TableModel

_CIRCLE_ORDER = {"close": 0, "middle": 1, "outer": 2}


class MembersModel(TableModel):
    def columns_(self) -> list[Column]:
        return [
            Column("label", lambda: self.tr("Name or role"), lambda m: m.label,
                   tooltip=lambda m: m.label + (f"\n{m.partner_name}" if m.partner_name else "")),
            Column("category", lambda: self.tr("Category"), lambda m: labels.categories()[m.category]),
            Column("circle", lambda: self.tr("Circle"), lambda m: labels.circles()[m.circle],
                   sort=lambda m: _CIRCLE_ORDER.get(m.circle, 3)),
            Column("supports", lambda: self.tr("Support"),
                   lambda m: ", ".join(labels.supports()[s] for s in m.supports),
                   sort=lambda m: len(m.supports)),
            Column("quality", lambda: self.tr("Quality"), lambda m: labels.qualities()[m.quality]),
        ]

    @property
    def members(self) -> Sequence[MemberData]:
        return self._rows

    def set_members(self, members: tuple[MemberData, ...]) -> None:
        self.set_rows(members)

    def member_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, member_id: int) -> int:
        return next((row for row, m in enumerate(self._rows) if m.id == member_id), -1)


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
        # Plain words on the form; the research term, for those who know it, in the tooltip.
        technical = {
            "density": self.tr("Density: the share of all possible ties between members that exist "
                               "(0 = nobody knows anybody, 1 = everybody knows everybody)."),
            "components": self.tr("Components: groups of members with no tie between the groups."),
            "brokerage": self.tr("Ego-betweenness: how often the person is the only link between two "
                                 "members who do not know each other."),
        }
        self.captions: dict[str, QLabel] = {}
        for key, text in (("size", self.tr("Network size")), ("sectors", self.tr("Per sector")),
                          ("professional", self.tr("Professionals and services")),
                          ("close_informal", self.tr("Close informal ties")),
                          ("supports", self.tr("People giving support")),
                          ("density", self.tr("How many members know each other")),
                          ("components", self.tr("Groups who do not know each other")),
                          ("isolated", self.tr("Members tied to nobody else")),
                          ("brokerage", self.tr("Links only the person makes"))):
            value = QLabel()
            value.setWordWrap(key == "supports")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption = QLabel(text)
            caption.setWordWrap(True)
            caption.setBuddy(value)
            if key in technical:
                caption.setToolTip(technical[key])
                value.setToolTip(technical[key])
            self.values[key] = value
            self.captions[key] = caption
            self.form.addRow(caption, value)
        layout.addLayout(self.form)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        self.changes = QLabel()
        self.changes.setWordWrap(True)
        layout.addWidget(self.changes)
        layout.addStretch()

    def show_measures(self, m: NetworkMeasures) -> None:
        if m.isolation_signal and m.size > 0:     # an empty new map says nothing yet
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
