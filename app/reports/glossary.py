"""The shared glossary (resources/glossary.json): one wording per concept for documents and
the interface, in FR and NL."""

from __future__ import annotations

import json
from functools import lru_cache

from app.paths import RESOURCES


@lru_cache(maxsize=1)
def glossary() -> dict:
    return json.loads((RESOURCES / "glossary.json").read_text("utf-8"))


def term(kind: str, key: str, lang: str) -> str | None:
    entry = glossary().get(kind, {}).get(key)
    if not entry:
        return None
    return entry.get(lang) or entry.get("en")


def language_names(codes: list[str] | tuple[str, ...], lang: str) -> str:
    """« roumain, français » / "Roemeens, Frans": the person's languages as names in the
    document's language; a code the glossary does not know prints as typed."""
    return ", ".join(term("language", code.strip().lower(), lang) or code for code in codes if code.strip())
