"""Table models for the referrals tab (consents, referrals) and the pending-referrals page."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from app.services.referrals.records import PendingReferral, ReferralRow
from app.services.shared.consents import ConsentRow
from app.ui.partners.labels import sector_label
from app.ui.referrals.labels import (
    consent_state_label,
    document_type_label,
    form_label,
    status_label,
    urgency_label,
)
from app.ui.rows_model import RowsModel

WARN = QColor("#b42318")


def format_date(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else "—"


class _ListModel(RowsModel):
    headers: tuple[str, ...] = ()

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.header_texts())

    def header_texts(self) -> list[str]:
        raise NotImplementedError

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header_texts()[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column())
        if role == Qt.ItemDataRole.UserRole:
            return self.sort_key(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.colour(row, index.column())
        return None

    def cell(self, row, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, row, column: int):
        return str(self.cell(row, column)).casefold()

    def colour(self, row, column: int):
        return None


class ConsentTableModel(_ListModel):
    def header_texts(self) -> list[str]:
        return [self.tr("Recipient"), self.tr("Information shared"), self.tr("Given on"), self.tr("Form"),
                self.tr("Recorded by"), self.tr("Expires"), self.tr("State")]

    def cell(self, c: ConsentRow, column: int) -> str:
        if column == 0:
            return c.recipient or self.tr("Category: %1").replace("%1", sector_label(c.recipient_category or ""))
        if column == 1:
            return ", ".join(document_type_label(t) for t in c.document_types)
        if column == 2:
            return format_date(c.given_on)
        if column == 3:
            return form_label(c.form)
        if column == 4:
            return c.recorded_by
        if column == 5:
            return format_date(c.expires_on)
        state = consent_state_label(c.state)
        return f"{state} ({format_date(c.revoked_on)})" if c.state == "revoked" else state

    def colour(self, c: ConsentRow, column: int):
        return WARN if column == 6 and c.state != "valid" else None


class ReferralTableModel(_ListModel):
    def header_texts(self) -> list[str]:
        return [self.tr("Partner"), self.tr("Status"), self.tr("Since"), self.tr("Urgency"), self.tr("Follow-up")]

    def cell(self, r: ReferralRow, column: int) -> str:
        return [r.partner_name, status_label(r.status), format_date(r.status_on), urgency_label(r.urgency),
                format_date(r.follow_up_on)][column]

    def colour(self, r: ReferralRow, column: int):
        if column == 4 and r.follow_up_on and r.follow_up_on <= date.today():
            return WARN
        return None


class PendingTableModel(_ListModel):
    def header_texts(self) -> list[str]:
        return [self.tr("Person"), self.tr("Partner"), self.tr("Status"), self.tr("Urgency"), self.tr("Sent on"),
                self.tr("Days waiting"), self.tr("Follow-up")]

    def cell(self, p: PendingReferral, column: int) -> str:
        return [p.person_name, p.partner_name, status_label(p.status), urgency_label(p.urgency), format_date(p.sent_on),
                str(p.days_waiting), format_date(p.follow_up_on)][column]

    def sort_key(self, p: PendingReferral, column: int):
        if column == 5:
            return p.days_waiting
        if column in (4, 6):
            return (getattr(p, "sent_on" if column == 4 else "follow_up_on") or date.max).toordinal()
        return super().sort_key(p, column)

    def colour(self, p: PendingReferral, column: int):
        if column == 6 and p.follow_up_due:
            return WARN
        if column == 3 and p.urgency == "urgent":
            return WARN
        return None
