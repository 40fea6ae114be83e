"""Instrument wording for the needs tab: domain and scale labels come from
resources/instruments/cansas.json in the interface language, not from Qt Linguist."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from app.models.instruments import life_domain_label, load_instrument
from app.texts import current_language
from app.ui.formats import short_date


def domain_label(domain_id: str) -> str:
    return life_domain_label(domain_id, current_language())


def scale_label(value: int | None) -> str:
    if value is None:
        return ""
    lang = current_language()
    for entry in load_instrument("cansas")["scale"]:
        if entry["value"] == value:
            return entry.get(lang) or entry["en"]
    return str(value)


def short_scale_label(value: int | None) -> str:
    """"2 · Unmet" for tables where the full sentence would not fit."""
    if value is None:
        return "—"
    names = {
        0: QCoreApplication.translate("NeedsLabels", "no need"),
        1: QCoreApplication.translate("NeedsLabels", "met"),
        2: QCoreApplication.translate("NeedsLabels", "unmet"),
        9: QCoreApplication.translate("NeedsLabels", "not known"),
    }
    return f"{value} · {names.get(value, '?')}"


def rater_label(rater: str) -> str:
    if rater == "person":
        return QCoreApplication.translate("NeedsLabels", "Person (self-rated)")
    return QCoreApplication.translate("NeedsLabels", "Staff")


def extra_set_title(name: str | None) -> str:
    if not name:
        return QCoreApplication.translate("NeedsLabels", "22 core domains only")
    title = load_instrument("cansas").get("extra_domain_sets", {}).get(name, {}).get("title", {})
    return title.get(current_language()) or title.get("en") or name


def format_date(day: date) -> str:
    """dd/mm/yyyy as Belgian users write it (and as the PDFs print it)."""
    return short_date(day)
