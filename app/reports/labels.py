"""Fixed document wording in French, Dutch and English, from resources/templates/*.json.

A document prints in the recipient's language, whatever the interface language.
"""

from __future__ import annotations

import json
import re
from datetime import date
from functools import cache

from app.paths import TEMPLATES

MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
}


@cache
def _table(name: str) -> dict[str, dict[str, str]]:
    with open(TEMPLATES / f"{name}.json", encoding="utf-8") as fh:
        return json.load(fh)


class Labels:
    """`Labels("common", "nl")["page_of"]` -> "Pagina {page} van {pages}"."""

    def __init__(self, name: str, lang: str) -> None:
        self.name = name
        self.lang = lang if lang in ("fr", "nl", "en") else "fr"

    def __getitem__(self, key: str) -> str:
        entry = _table(self.name).get(key) or _table("common").get(key)
        if entry is None:
            raise KeyError(f"{self.name}.{key}")
        return entry.get(self.lang) or entry["en"]

    def get(self, key: str, **params: object) -> str:
        text = self[key].format(**params)
        if self.lang == "fr":
            for value in params.values():
                if isinstance(value, str):
                    text = elide_fr(text, value)
        return text


# French elision before a name that starts with a vowel: « Orientation d'Ewa », « qu'Ana ».
# Not before h or y (aspirated or not, a foreign name cannot tell) nor before a digit.
_VOWELS = frozenset("aeiouàâäéèêëîïôöùûüæœAEIOUÀÂÄÉÈÊËÎÏÔÖÙÛÜÆŒ")


def elide_fr(text: str, value: str) -> str:
    """`text` with « de {value} » and « que {value} » elided when `value` starts with a vowel."""
    if not value or value[0] not in _VOWELS:
        return text
    for word, elided in (("de", "d'"), ("que", "qu'"), ("De", "D'"), ("Que", "Qu'")):
        replacement = (elided + value).replace("\\", "\\\\")     # a literal replacement
        text = re.sub(rf"(?<![\w’']){word} {re.escape(value)}", replacement, text)
    return text


def long_date(day: date, lang: str) -> str:
    """24 novembre 2026 / 24 november 2026 / 24 November 2026 (1er for the first in French)."""
    lang = lang if lang in MONTHS else "fr"
    number = "1er" if (lang == "fr" and day.day == 1) else str(day.day)
    return f"{number} {MONTHS[lang][day.month - 1]} {day.year}"


def short_date(day: date | None, lang: str) -> str:
    """26/11/2026 in the Belgian languages (day/month/year), ISO 8601 otherwise."""
    if day is None:
        return "—"
    if lang in ("fr", "nl"):
        return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"
    return day.isoformat()


def place_and_date(place: str, day: date, lang: str) -> str:
    """Belgian letter convention: "Bruxelles, le 24 novembre 2026" / "Brussel, 24 november 2026"."""
    if lang == "fr":
        return f"{place}, le {long_date(day, lang)}"
    return f"{place}, {long_date(day, lang)}"
