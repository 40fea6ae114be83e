"""The person's hospital and residential stays: the list, and a form to record one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import RelaisError
from app.models.stay import StayKind
from app.services.shared.permissions import Permission
from app.services.stays import add_stay, list_stays, review_proposal
from app.services.stays.records import StayRow
from app.ui import style
from app.ui.contracts import PersonTabBase
from app.ui.formats import short_date
from app.ui.table_model import Column, TableModel, selected_row, table_view


def kind_labels() -> dict[str, str]:
    return {
        StayKind.PSYCHIATRIC_WARD: QCoreApplication.translate("StayKinds", "Psychiatric ward"),
        StayKind.GENERAL_HOSPITAL: QCoreApplication.translate("StayKinds", "General hospital"),
        StayKind.DETOX: QCoreApplication.translate("StayKinds", "Detox"),
        StayKind.CRISIS_UNIT: QCoreApplication.translate("StayKinds", "Crisis unit"),
        StayKind.RESIDENTIAL: QCoreApplication.translate("StayKinds", "Residential"),
    }


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


CURRENT_STAY = QColor(style.NOTICE)     # the notice's background: the stay going on today


class StayTableModel(TableModel):
    def columns_(self) -> list[Column]:
        labels = kind_labels()

        def current(s: StayRow):
            return CURRENT_STAY if s.is_current(date.today()) else None

        return [
            Column("admitted", lambda: self.tr("Admission"), lambda s: short_date(s.admitted_on),
                   sort=lambda s: s.admitted_on, background=current),
            Column("discharged", lambda: self.tr("Discharge"),
                   lambda s: short_date(s.discharged_on) if s.discharged_on else self.tr("in stay"),
                   sort=lambda s: s.discharged_on, background=current),
            Column("kind", lambda: self.tr("Kind"), lambda s: labels.get(s.kind, s.kind), background=current),
            Column("place", lambda: self.tr("Place"), lambda s: s.place, background=current),
            Column("planned", lambda: self.tr("Planned"), lambda s: self.tr("yes") if s.planned else self.tr("no"),
                   background=current),
        ]


class StaysTab(PersonTabBase, QWidget):
    person_changed = Signal()

    def __init__(self, ws, person_id: int, parent=None) -> None:
        super().__init__(parent)
        self.ws, self.person_id = ws, person_id
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("background: #fff4d6; padding: 6px;")
        self.model = StayTableModel(self)
        self.table = table_view(self.model, self.tr("Stays"))
        self.plan_view = QLabel()
        self.plan_view.setWordWrap(True)
        self.plan_view.setTextFormat(Qt.TextFormat.PlainText)
        self.table.selectionModel().currentRowChanged.connect(self._show_plan)

        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of stay"))
        for value, label in kind_labels().items():
            self.kind.addItem(label, str(value))
        self.place = QLineEdit()
        self.admitted = QDateEdit(_qdate(date.today()))
        self.admitted.setCalendarPopup(True)
        self.discharged_known = QCheckBox(self.tr("Discharged on"))
        self.discharged = QDateEdit(_qdate(date.today()))
        self.discharged.setCalendarPopup(True)
        self.discharged.setEnabled(False)
        self.discharged_known.toggled.connect(self.discharged.setEnabled)
        self.planned = QCheckBox(self.tr("Planned admission"))
        self.discharge_plan = QPlainTextEdit()
        self.discharge_plan.setAccessibleName(self.tr("Discharge plan"))
        self.discharge_plan.setPlaceholderText(self.tr("Discharge plan agreed with the ward"))
        self.discharge_plan.setMaximumHeight(70)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b42318;")
        self.error.setWordWrap(True)
        add = QPushButton(self.tr("Record the stay"))
        add.clicked.connect(self.add)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Admission"), self.admitted)
        discharge = QHBoxLayout()
        discharge.addWidget(self.discharged_known)
        discharge.addWidget(self.discharged)
        discharge.addStretch(1)
        form.addRow(discharge)
        form.addRow(self.planned)
        form.addRow(self.tr("Discharge plan"), self.discharge_plan)
        box = QGroupBox(self.tr("New stay"))
        inner = QVBoxLayout(box)
        inner.addLayout(form)
        inner.addWidget(self.error)
        inner.addWidget(add, 0, Qt.AlignmentFlag.AlignRight)
        box.setVisible(ws.can(Permission.PERSON_EDIT))

        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.plan_view)
        layout.addWidget(box)
        self.reload()

    def reload(self) -> None:
        self.rows = list_stays(self.ws, self.person_id)
        today = date.today()
        self.model.set_rows(self.rows)
        proposal = review_proposal(self.ws, self.person_id)
        current = next((s for s in self.rows if s.is_current(today)), None)
        if current is not None:
            self.notice.setText(self.tr("In a stay since %1: %2").replace(
                "%1", short_date(current.admitted_on)).replace("%2", current.place))
        elif proposal is not None:
            self.notice.setText(self.tr("Discharged on %1 from %2: review the care plan with the person.").replace(
                "%1", short_date(proposal.discharged_on)).replace("%2", proposal.place))
        self.notice.setVisible(current is not None or proposal is not None)
        if self.rows:
            self.table.selectRow(0)

    def _show_plan(self) -> None:
        stay = selected_row(self.table)
        if stay is not None:
            plan = stay.discharge_plan
            self.plan_view.setText(self.tr("Discharge plan: %1").replace("%1", plan) if plan else "")

    def add(self) -> None:
        values = {"kind": self.kind.currentData(), "place": self.place.text(),
                  "admitted_on": _pydate(self.admitted.date()),
                  "discharged_on": _pydate(self.discharged.date()) if self.discharged_known.isChecked() else None,
                  "planned": self.planned.isChecked(), "discharge_plan": self.discharge_plan.toPlainText()}
        try:
            add_stay(self.ws, self.person_id, values)
        except RelaisError as exc:
            self.error.setText(exc.message())
            return
        self.error.clear()
        self.place.clear()
        self.discharge_plan.clear()
        self.reload()
        self.person_changed.emit()
