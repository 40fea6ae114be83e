"""Table models for the referrals tab (consents, referrals) and the pending-referrals page."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor

from app.services.referrals.records import ReferralRow
from app.services.shared.consents import ConsentRow
from app.ui import style
from app.ui.formats import short_date
from app.ui.partners.labels import sector_label
from app.ui.referrals.labels import (
    consent_state_label,
    document_type_label,
    form_label,
    status_label,
    urgency_label,
)
from app.ui.table_model import Column, TableModel

WARN = QColor(style.ALERT_TEXT)


def format_date(day: date | None) -> str:
    return short_date(day, "—")


def _day(day: date | None) -> int:
    return (day or date.max).toordinal()


class ConsentTableModel(TableModel):
    def columns_(self) -> list[Column]:
        return [
            Column("recipient", lambda: self.tr("Recipient"), self._recipient),
            Column("shared", lambda: self.tr("Information shared"),
                   lambda c: ", ".join(document_type_label(t) for t in c.document_types)),
            Column("given_on", lambda: self.tr("Given on"), lambda c: format_date(c.given_on),
                   sort=lambda c: _day(c.given_on)),
            Column("form", lambda: self.tr("Form"), lambda c: form_label(c.form)),
            Column("recorded_by", lambda: self.tr("Recorded by"), lambda c: c.recorded_by),
            Column("expires", lambda: self.tr("Expires"), lambda c: format_date(c.expires_on),
                   sort=lambda c: _day(c.expires_on)),
            Column("state", lambda: self.tr("State"), self._state,
                   foreground=lambda c: WARN if c.state != "valid" else None),
        ]

    def _recipient(self, c: ConsentRow) -> str:
        return c.recipient or self.tr("Category: %1").replace("%1", sector_label(c.recipient_category or ""))

    @staticmethod
    def _state(c: ConsentRow) -> str:
        state = consent_state_label(c.state)
        return f"{state} ({format_date(c.revoked_on)})" if c.state == "revoked" else state


class ReferralTableModel(TableModel):
    def columns_(self) -> list[Column]:
        return [
            Column("partner", lambda: self.tr("Partner"), lambda r: r.partner_name),
            Column("status", lambda: self.tr("Status"), lambda r: status_label(r.status)),
            Column("since", lambda: self.tr("Since"), lambda r: format_date(r.status_on),
                   sort=lambda r: _day(r.status_on)),
            Column("urgency", lambda: self.tr("Urgency"), lambda r: urgency_label(r.urgency)),
            Column("follow_up", lambda: self.tr("Follow-up"), lambda r: format_date(r.follow_up_on),
                   sort=lambda r: _day(r.follow_up_on),
                   foreground=self._late),
        ]

    @staticmethod
    def _late(r: ReferralRow):
        return WARN if r.follow_up_on and r.follow_up_on <= date.today() else None


class PendingTableModel(TableModel):
    def columns_(self) -> list[Column]:
        return [
            Column("person", lambda: self.tr("Person"), lambda p: p.person_name),
            Column("partner", lambda: self.tr("Partner"), lambda p: p.partner_name),
            Column("status", lambda: self.tr("Status"), lambda p: status_label(p.status)),
            Column("urgency", lambda: self.tr("Urgency"), lambda p: urgency_label(p.urgency),
                   foreground=lambda p: WARN if p.urgency == "urgent" else None),
            Column("sent_on", lambda: self.tr("Sent on"), lambda p: format_date(p.sent_on),
                   sort=lambda p: _day(p.sent_on)),
            Column("days_waiting", lambda: self.tr("Days waiting"), lambda p: str(p.days_waiting),
                   sort=lambda p: p.days_waiting),
            Column("follow_up", lambda: self.tr("Follow-up"), lambda p: format_date(p.follow_up_on),
                   sort=lambda p: _day(p.follow_up_on),
                   foreground=lambda p: WARN if p.follow_up_due else None),
        ]

