"""Every core message exists in French, Dutch and English, and every code the code raises
has a message."""

from __future__ import annotations

import json
import re
from pathlib import Path

from app.paths import I18N

REPO = Path(__file__).resolve().parent.parent


def catalogue() -> dict:
    merged = {}
    for path in I18N.glob("messages*.json"):
        merged.update(json.loads(path.read_text("utf-8")))
    return merged


def test_every_message_has_three_languages_with_the_same_placeholders():
    for code, entry in catalogue().items():
        assert set(entry) >= {"en", "fr", "nl"}, code
        placeholders = {lang: set(re.findall(r"{(\w+)}", entry[lang])) for lang in ("en", "fr", "nl")}
        assert placeholders["fr"] == placeholders["en"] == placeholders["nl"], code


def test_every_raised_code_has_a_message():
    known = set(catalogue())
    pattern = re.compile(r"""(?:Error|Refused|Missing|Busy|Unavailable|Denied|NotFound|FieldError|RowError)\(\s*(?:[\w.]+,\s*)?["']([a-z_]+\.[a-z_.]+)["']""")
    missing = set()
    for path in (REPO / "app").rglob("*.py"):
        for code in pattern.findall(path.read_text("utf-8")):
            if code not in known:
                missing.add(f"{path.relative_to(REPO)}: {code}")
    assert not missing, sorted(missing)
