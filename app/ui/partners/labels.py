"""Display names for directory codes (ESMS/DESDE types, sectors, languages), translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("PartnerLabels", text)


def service_type_label(code: str) -> str:
    return {
        "R": _t("Residential"), "D": _t("Day care"), "O": _t("Outpatient"), "A": _t("Accessibility"),
        "I": _t("Information"), "S": _t("Self-help"),
    }.get(code, code)


def sector_label(code: str) -> str:
    return {
        "mental_health": _t("Mental health"), "addiction": _t("Addiction"), "social": _t("Social"),
        "first_line": _t("First line"), "housing": _t("Housing"), "justice": _t("Justice"),
        "employment": _t("Employment"), "other": _t("Other"), "gp": _t("GP (any)"),
    }.get(code, code)


def language_label(code: str) -> str:
    return {
        "fr": _t("French"), "nl": _t("Dutch"), "en": _t("English"), "de": _t("German"), "ar": _t("Arabic"),
        "tr": _t("Turkish"), "pl": _t("Polish"), "ro": _t("Romanian"), "uk": _t("Ukrainian"), "ru": _t("Russian"),
        "es": _t("Spanish"), "pt": _t("Portuguese"), "it": _t("Italian"), "el": _t("Greek"),
    }.get(code, code)


def yes_no_unknown(value: bool | None) -> str:
    if value is None:
        return "—"
    return _t("Yes") if value else _t("No")


SERVICE_TYPES = ("R", "D", "O", "A", "I", "S")
SECTORS = ("mental_health", "addiction", "social", "first_line", "housing", "justice", "employment", "other")
COMMON_LANGUAGES = ("fr", "nl", "en", "de", "ar", "tr", "pl", "ro", "uk", "ru", "es")
