"""The person's referrals tab (consents and referrals) and the pending-referrals page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.shared.permissions import Permission


def register() -> None:
    from app.ui.referrals.pending import PendingReferralsPage
    from app.ui.referrals.tab import ReferralsTab
    from app.ui.registry import (
        NavPageSpec,
        PersonTabSpec,
        register_nav_page,
        register_person_tab,
    )

    register_person_tab(PersonTabSpec(
        key="referrals", order=60,
        title=lambda: QCoreApplication.translate("Referrals", "Referrals & consents"),
        factory=lambda ws, person_id, parent: ReferralsTab(ws, person_id, parent),
        visible=lambda ws: ws.can(Permission.CLINICAL_READ),
    ))
    register_nav_page(NavPageSpec(
        key="referrals", order=35,
        title=lambda: QCoreApplication.translate("Referrals", "Pending referrals"),
        factory=lambda ws, window: PendingReferralsPage(ws, window),
        visible=lambda ws: ws.can(Permission.CLINICAL_READ),
    ))
