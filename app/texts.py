"""Messages of the core (store, models, services) in French, Dutch and English.

The core has no Qt, so it cannot use Qt Linguist; its user-facing messages live in
resources/i18n/messages*.json keyed by a stable code: messages.json for the shared core
(vault, users, dates, imports, consents, storage, command line), and one messages_<feature>.json
per feature whose codes all start with "<feature>." (cansas.field.comment, careplan.field.comment).
The interface and the command line both show them in the user's language.
"""

from __future__ import annotations

import json
import locale
import os
import re
from functools import lru_cache
from typing import Any

from app.paths import I18N

LANGUAGES = ("fr", "nl", "en")
_language: str | None = None
_FIELD = re.compile(r"(?:\w+\.)?field\.(.+)")


def system_language() -> str:
    for var in ("RELAIS_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value[:2].lower() in LANGUAGES:
            return value[:2].lower()
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return loc[:2].lower() if loc[:2].lower() in LANGUAGES else "en"


def set_language(lang: str) -> None:
    global _language
    _language = lang if lang in LANGUAGES else "en"


def current_language() -> str:
    return _language or system_language()


@lru_cache(maxsize=1)
def _catalogue() -> dict[str, dict[str, str]]:
    """messages.json plus one messages_<feature>.json per feature."""
    merged: dict[str, dict[str, str]] = {}
    for path in sorted(I18N.glob("messages*.json")):
        with open(path, encoding="utf-8") as fh:
            merged.update(json.load(fh))
    return merged


def message(code: str, lang: str | None = None, **params: Any) -> str:
    """The message for `code` in `lang` (default: the current language), filled with params."""
    entry = _catalogue().get(code)
    if entry is None:
        # A field without its own label (<feature>.field.<name>) reads as its name; an unknown
        # code stays visible.
        label = _FIELD.fullmatch(code)
        return label.group(1) if label else code
    text = entry.get(lang or current_language()) or entry["en"]
    try:
        return text.format(**params)
    except (KeyError, IndexError):
        return text
