"""Display names for referral statuses, urgencies, consent states and document types,
translated at display time."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_STATUSES = {
    "draft": QT_TRANSLATE_NOOP("ReferralLabels", "Draft"),
    "sent": QT_TRANSLATE_NOOP("ReferralLabels", "Sent"),
    "accepted": QT_TRANSLATE_NOOP("ReferralLabels", "Accepted"),
    "waiting_list": QT_TRANSLATE_NOOP("ReferralLabels", "Waiting list"),
    "refused": QT_TRANSLATE_NOOP("ReferralLabels", "Refused"),
    "started": QT_TRANSLATE_NOOP("ReferralLabels", "Started"),
    "ended": QT_TRANSLATE_NOOP("ReferralLabels", "Ended"),
}
_URGENCIES = {
    "routine": QT_TRANSLATE_NOOP("ReferralLabels", "Routine"),
    "soon": QT_TRANSLATE_NOOP("ReferralLabels", "Within weeks"),
    "urgent": QT_TRANSLATE_NOOP("ReferralLabels", "Urgent"),
}
_CONSENT_STATES = {
    "valid": QT_TRANSLATE_NOOP("ReferralLabels", "Valid"),
    "expired": QT_TRANSLATE_NOOP("ReferralLabels", "Expired"),
    "revoked": QT_TRANSLATE_NOOP("ReferralLabels", "Revoked"),
    "not_yet": QT_TRANSLATE_NOOP("ReferralLabels", "Not yet valid"),
}
_DOCUMENT_TYPES = {
    "identity": QT_TRANSLATE_NOOP("ReferralLabels", "Identity"),
    "needs_summary": QT_TRANSLATE_NOOP("ReferralLabels", "Needs summary (CANSAS)"),
    "care_plan": QT_TRANSLATE_NOOP("ReferralLabels", "Goals (care plan)"),
    "network": QT_TRANSLATE_NOOP("ReferralLabels", "Social network"),
    "bilan": QT_TRANSLATE_NOOP("ReferralLabels", "Functional bilan"),
    "referral_letter": QT_TRANSLATE_NOOP("ReferralLabels", "Referral letter"),
}
_FORMS = {
    "oral": QT_TRANSLATE_NOOP("ReferralLabels", "Oral"),
    "written": QT_TRANSLATE_NOOP("ReferralLabels", "Written"),
}


def _label(table: dict[str, object], code: str) -> str:
    # QT_TRANSLATE_NOOP is typed as returning object; it returns the source text unchanged
    return QCoreApplication.translate("ReferralLabels", str(table[code])) if code in table else code


def status_label(code: str) -> str:
    return _label(_STATUSES, code)


def urgency_label(code: str) -> str:
    return _label(_URGENCIES, code)


def consent_state_label(code: str) -> str:
    return _label(_CONSENT_STATES, code)


def document_type_label(code: str) -> str:
    return _label(_DOCUMENT_TYPES, code)


def form_label(code: str) -> str:
    return _label(_FORMS, code)
