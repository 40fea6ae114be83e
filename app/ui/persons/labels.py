"""Interface wording for the values a person record stores (status, housing, insurance, flags)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale


def status_labels() -> dict[str, str]:
    return {
        "active": QCoreApplication.translate("PersonLabels", "Active"),
        "paused": QCoreApplication.translate("PersonLabels", "Paused"),
        "closed": QCoreApplication.translate("PersonLabels", "Closed"),
    }


def housing_labels() -> dict[str, str]:
    return {
        "unknown": QCoreApplication.translate("PersonLabels", "Unknown"),
        "own_home": QCoreApplication.translate("PersonLabels", "Own home"),
        "rented": QCoreApplication.translate("PersonLabels", "Rented home"),
        "with_family_or_friends": QCoreApplication.translate("PersonLabels", "With family or friends"),
        "supported_housing": QCoreApplication.translate("PersonLabels", "Supported housing"),
        "shelter": QCoreApplication.translate("PersonLabels", "Shelter"),
        "institution": QCoreApplication.translate("PersonLabels", "Institution"),
        "no_fixed_address": QCoreApplication.translate("PersonLabels", "No fixed address"),
    }


def insurance_labels() -> dict[str, str]:
    return {
        "unknown": QCoreApplication.translate("PersonLabels", "Unknown"),
        "mutuelle": QCoreApplication.translate("PersonLabels", "Health insurance fund"),
        "mutuelle_bim": QCoreApplication.translate("PersonLabels", "Health insurance fund, increased allowance (BIM)"),
        "none": QCoreApplication.translate("PersonLabels", "No health insurance"),
    }


def flag_labels() -> dict[str, str]:
    return {
        "no_niss": QCoreApplication.translate("PersonLabels", "No NISS"),
        "no_fixed_address": QCoreApplication.translate("PersonLabels", "No fixed address"),
        "no_insurance": QCoreApplication.translate("PersonLabels", "No insurance"),
        "consent_missing": QCoreApplication.translate("PersonLabels", "Consent missing"),
        "consent_expired": QCoreApplication.translate("PersonLabels", "Consent expired"),
        "consent_revoked": QCoreApplication.translate("PersonLabels", "Consent revoked"),
        "consent_expiring": QCoreApplication.translate("PersonLabels", "Consent expires soon"),
        "review_overdue": QCoreApplication.translate("PersonLabels", "Care-plan review overdue"),
        "actions_overdue": QCoreApplication.translate("PersonLabels", "Actions overdue"),
        "in_stay": QCoreApplication.translate("PersonLabels", "In hospital or residential stay"),
        "review_after_discharge": QCoreApplication.translate("PersonLabels", "Discharged: review the care plan"),
    }


def short_date(value) -> str:
    """A date (or datetime) in the chosen locale's short format, e.g. 26/11/2026."""
    if value is None:
        return ""
    if hasattr(value, "hour"):
        value = value.date()
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())


def short_datetime(value) -> str:
    if value is None:
        return ""
    locale = QLocale()
    return locale.toString(QDateTime(value), f"{date_format()} {locale.timeFormat(QLocale.FormatType.ShortFormat)}")


def date_format() -> str:
    """The locale's short date order and separators, with two-digit day and month and a
    four-digit year: 01/03/2026 rather than 1/03/26, which reads ambiguously on a file."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return re.sub("y+", "yyyy", re.sub("M+", "MM", re.sub("d+", "dd", fmt)))
