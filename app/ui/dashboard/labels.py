"""Translated labels the dashboard shows for stored codes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.models.person import PersonStatus
from app.models.referral import ReferralStatus


def status_label(status: str) -> str:
    labels: dict[str, str] = {
        PersonStatus.ACTIVE: QCoreApplication.translate("DashboardLabels", "active"),
        PersonStatus.PAUSED: QCoreApplication.translate("DashboardLabels", "paused"),
        PersonStatus.CLOSED: QCoreApplication.translate("DashboardLabels", "closed"),
    }
    return labels.get(status, status)


def referral_status_label(status: str) -> str:
    labels: dict[str, str] = {
        ReferralStatus.SENT: QCoreApplication.translate("DashboardLabels", "sent"),
        ReferralStatus.ACCEPTED: QCoreApplication.translate("DashboardLabels", "accepted"),
        ReferralStatus.WAITING_LIST: QCoreApplication.translate("DashboardLabels", "waiting list"),
    }
    return labels.get(status, status)
