"""Translated labels for contact values, shared by the dialog, the lists and the tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.models.contact import ContactMode
from app.models.convention import convention_labels, convention_rules
from app.models.instruments import life_domain_label, life_domains
from app.texts import current_language


def mode_labels() -> dict[str, str]:
    return {
        ContactMode.FACE_TO_FACE: QCoreApplication.translate("ContactLabels", "Face to face"),
        ContactMode.PHONE: QCoreApplication.translate("ContactLabels", "Phone"),
        ContactMode.VIDEO: QCoreApplication.translate("ContactLabels", "Video"),
        ContactMode.STREET_OUTREACH: QCoreApplication.translate("ContactLabels", "Street outreach"),
        ContactMode.HOME_VISIT: QCoreApplication.translate("ContactLabels", "Home visit"),
        ContactMode.GROUP: QCoreApplication.translate("ContactLabels", "Group"),
    }


def mode_label(mode: str) -> str:
    return mode_labels().get(mode, mode)


def topic_choices() -> list[tuple[str, str]]:
    lang = current_language()
    return [(d.id, d.label(lang)) for d in life_domains()]


def topics_text(topics: tuple[str, ...] | list[str]) -> str:
    lang = current_language()
    return ", ".join(life_domain_label(t, lang) for t in topics)


def function_label(function_id: str | None) -> str:
    if not function_id:
        return ""
    rule = convention_rules().function(function_id)
    return rule.label(current_language()) if rule else function_id


def setting_label(setting: str | None) -> str:
    labels = convention_labels("settings").get(setting or "", {})
    return labels.get(current_language()) or labels.get("en", setting or "")


def age_group_label(age_group: str | None) -> str:
    labels = convention_labels("age_groups").get(age_group or "", {})
    return labels.get(current_language()) or labels.get("en", age_group or "")


def level_label(level: str) -> str:
    return {
        "ok": QCoreApplication.translate("ContactLabels", "Within the limit"),
        "approaching": QCoreApplication.translate("ContactLabels", "Limit near"),
        "reached": QCoreApplication.translate("ContactLabels", "Limit reached"),
        "exceeded": QCoreApplication.translate("ContactLabels", "Limit exceeded"),
        "unlimited": QCoreApplication.translate("ContactLabels", "No limit"),
    }.get(level, level)
