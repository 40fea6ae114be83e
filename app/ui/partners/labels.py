"""Display names for directory codes (ESMS/DESDE types, sectors, languages), translated at
display time so a language change applies at once."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_SERVICE_TYPES = {
    "R": QT_TRANSLATE_NOOP("PartnerLabels", "Residential"),
    "D": QT_TRANSLATE_NOOP("PartnerLabels", "Day care"),
    "O": QT_TRANSLATE_NOOP("PartnerLabels", "Outpatient"),
    "A": QT_TRANSLATE_NOOP("PartnerLabels", "Accessibility"),
    "I": QT_TRANSLATE_NOOP("PartnerLabels", "Information"),
    "S": QT_TRANSLATE_NOOP("PartnerLabels", "Self-help"),
}
_SECTORS = {
    "mental_health": QT_TRANSLATE_NOOP("PartnerLabels", "Mental health"),
    "addiction": QT_TRANSLATE_NOOP("PartnerLabels", "Addiction"),
    "social": QT_TRANSLATE_NOOP("PartnerLabels", "Social"),
    "first_line": QT_TRANSLATE_NOOP("PartnerLabels", "First line"),
    "housing": QT_TRANSLATE_NOOP("PartnerLabels", "Housing"),
    "justice": QT_TRANSLATE_NOOP("PartnerLabels", "Justice"),
    "employment": QT_TRANSLATE_NOOP("PartnerLabels", "Employment"),
    "other": QT_TRANSLATE_NOOP("PartnerLabels", "Other"),
    "gp": QT_TRANSLATE_NOOP("PartnerLabels", "Any GP"),
}
_LANGUAGES = {
    "fr": QT_TRANSLATE_NOOP("PartnerLabels", "French"),
    "nl": QT_TRANSLATE_NOOP("PartnerLabels", "Dutch"),
    "en": QT_TRANSLATE_NOOP("PartnerLabels", "English"),
    "de": QT_TRANSLATE_NOOP("PartnerLabels", "German"),
    "ar": QT_TRANSLATE_NOOP("PartnerLabels", "Arabic"),
    "tr": QT_TRANSLATE_NOOP("PartnerLabels", "Turkish"),
    "pl": QT_TRANSLATE_NOOP("PartnerLabels", "Polish"),
    "ro": QT_TRANSLATE_NOOP("PartnerLabels", "Romanian"),
    "uk": QT_TRANSLATE_NOOP("PartnerLabels", "Ukrainian"),
    "ru": QT_TRANSLATE_NOOP("PartnerLabels", "Russian"),
    "es": QT_TRANSLATE_NOOP("PartnerLabels", "Spanish"),
}
_YES, _NO = QT_TRANSLATE_NOOP("PartnerLabels", "Yes"), QT_TRANSLATE_NOOP("PartnerLabels", "No")

SERVICE_TYPES = tuple(_SERVICE_TYPES)
SECTORS = tuple(k for k in _SECTORS if k != "gp")
COMMON_LANGUAGES = tuple(_LANGUAGES)


def _t(text: object) -> str:
    # QT_TRANSLATE_NOOP is typed as returning object; it returns the source text unchanged
    return QCoreApplication.translate("PartnerLabels", str(text))


def service_type_label(code: str) -> str:
    return _t(_SERVICE_TYPES[code]) if code in _SERVICE_TYPES else code


def sector_label(code: str) -> str:
    return _t(_SECTORS[code]) if code in _SECTORS else code


def language_label(code: str) -> str:
    return _t(_LANGUAGES[code]) if code in _LANGUAGES else code


def yes_no_unknown(value: bool | None) -> str:
    if value is None:
        return "—"
    return _t(_YES if value else _NO)
