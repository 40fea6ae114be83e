"""Display names for referral statuses, urgencies, consent states and document types."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("ReferralLabels", text)


def status_label(code: str) -> str:
    return {
        "draft": _t("Draft"), "sent": _t("Sent"), "accepted": _t("Accepted"), "waiting_list": _t("Waiting list"),
        "refused": _t("Refused"), "started": _t("Started"), "ended": _t("Ended"),
    }.get(code, code)


def urgency_label(code: str) -> str:
    return {"routine": _t("Routine"), "soon": _t("Within weeks"), "urgent": _t("Urgent")}.get(code, code)


def consent_state_label(code: str) -> str:
    return {"valid": _t("Valid"), "expired": _t("Expired"), "revoked": _t("Revoked"),
            "not_yet": _t("Not yet valid")}.get(code, code)


def document_type_label(code: str) -> str:
    return {
        "identity": _t("Identity"), "needs_summary": _t("Needs summary (CANSAS)"), "care_plan": _t("Goals (care plan)"),
        "network": _t("Social network"), "bilan": _t("Functional bilan"), "referral_letter": _t("Referral letter"),
    }.get(code, code)


def form_label(code: str) -> str:
    return {"oral": _t("Oral"), "written": _t("Written")}.get(code, code)
