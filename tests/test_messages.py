"""Every core message exists in French, Dutch and English, once, in its feature's namespace,
and every code the code raises has a message."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.errors import FieldError, ValidationError
from app.paths import I18N
from app.texts import message

REPO = Path(__file__).resolve().parent.parent


def catalogue_files() -> dict[str, dict]:
    return {path.name: json.loads(path.read_text("utf-8")) for path in sorted(I18N.glob("messages*.json"))}


def catalogue() -> dict:
    merged = {}
    for entries in catalogue_files().values():
        merged.update(entries)
    return merged


def namespace(file_name: str) -> str:
    """messages_cansas.json -> "cansas"; messages.json (the shared core) -> ""."""
    return file_name.removeprefix("messages").removeprefix("_").removesuffix(".json")


def test_every_message_has_three_languages_with_the_same_placeholders():
    for code, entry in catalogue().items():
        assert set(entry) >= {"en", "fr", "nl"}, code
        placeholders = {lang: set(re.findall(r"{(\w+)}", entry[lang])) for lang in ("en", "fr", "nl")}
        assert placeholders["fr"] == placeholders["en"] == placeholders["nl"], code


def test_no_code_is_defined_in_two_catalogues():
    owners: dict[str, list[str]] = {}
    for name, entries in catalogue_files().items():
        for code in entries:
            owners.setdefault(code, []).append(name)
    assert not {code: files for code, files in owners.items() if len(files) > 1}


def test_no_code_is_defined_twice_in_one_catalogue():
    # json.load keeps the last of two equal keys without a word: count them while parsing.
    def keys(pairs: list[tuple[str, object]]) -> list[str]:
        return [key for key, _ in pairs]

    for path in sorted(I18N.glob("messages*.json")):
        codes = json.loads(path.read_text("utf-8"), object_pairs_hook=keys)
        assert len(codes) == len(set(codes)), (path.name, sorted({c for c in codes if codes.count(c) > 1}))


def test_each_feature_catalogue_keeps_to_its_namespace():
    files = catalogue_files()
    features = {namespace(name) for name in files} - {""}
    for name, entries in files.items():
        feature = namespace(name)
        for code in entries:
            if feature:
                assert code.startswith(feature + "."), (name, code)
            else:
                assert code.split(".")[0] not in features, (name, code)


def test_a_field_label_belongs_to_the_feature_that_raised_the_error():
    def label(feature: str) -> str:
        error = ValidationError([FieldError("comment", "text.too_long", {"max": 5})], feature)
        return error.message("en").split(":")[0]

    assert label("cansas") == message("cansas.field.comment", "en")
    assert label("careplan") == message("careplan.field.comment", "en")
    assert label("cansas") != label("careplan")
    # A field without a label of its own reads as its name, never as another feature's label.
    assert message("cansas.field.no_such_field", "en") == "no_such_field"


# Where app/ names a message code: error constructors, message() calls, `code = "..."` class
# attributes, (code, params) warnings and f-strings whose fixed part names a family of codes.
CODE = r"""["']([a-z_]+\.[a-z_.]+)["']"""
RAISER = r"(?:Error|Refused|Missing|Busy|Unavailable|Denied|NotFound|FieldError|RowError|Warning)\(\s*"
USES = [
    re.compile(RAISER + r"(?:[\w.\[\]\"']+,\s*)?" + CODE),
    re.compile(r"\bmessage\(\s*" + CODE),
    re.compile(r"^\s*code\s*=\s*" + CODE, re.M),
    re.compile(r"\(\s*" + CODE + r",\s*\{"),
]
FAMILY = re.compile(r"(?:" + RAISER + r"|\bmessage\(\s*)" + r"""f["']([a-z_]+\.[a-z_.]*)\{""")


@pytest.mark.parametrize("pattern", USES, ids=["constructor", "message", "class_code", "warning"])
def test_every_code_used_in_app_has_a_message(pattern):
    known = set(catalogue())
    missing = set()
    for path in (REPO / "app").rglob("*.py"):
        for code in pattern.findall(path.read_text("utf-8")):
            if code not in known:
                missing.add(f"{path.relative_to(REPO)}: {code}")
    assert not missing, sorted(missing)


def test_every_family_of_codes_built_in_app_has_messages():
    known = set(catalogue())
    missing = set()
    for path in (REPO / "app").rglob("*.py"):
        for prefix in FAMILY.findall(path.read_text("utf-8")):
            if not any(code.startswith(prefix) for code in known):
                missing.add(f"{path.relative_to(REPO)}: {prefix}…")
    assert not missing, sorted(missing)
